"""Printing from the main window: choose a form, preview it, print or save it, record that.

The main window owns one PaperworkController and calls `print_incident(incident_id)` (Print,
Ctrl+P, with an incident chosen), `print_child_chronology(person_id)`, `print_blank_form()`
and `edit_setting_details()`, and `close_all()` when the app locks. Forms are read from the
case file on the UI thread (quick) and laid out on a worker thread when a Background is given
(a long record takes a second or so); the worker never touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog, QListWidgetItem, QWidget

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_choose_form_dialog import Ui_ChooseFormDialog
from ypsi_desktop.gui.print_preview import PrintPreviewDialog
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.setting_details_dialog import SettingDetailsDialog
from ypsi_desktop.services import paperwork
from ypsi_desktop.services.paperwork import FormChoice, Output, PreparedForm
from ypsi_desktop.services.paperwork.layout import RenderedPdf
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError

SessionGetter = Callable[[], CaseFileSession | None]
NOT_MADE = "The form could not be made"


class ChooseFormDialog(QDialog):
    """The forms that apply to an incident; those the user's role cannot print are greyed."""

    def __init__(self, choices: list[FormChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChooseFormDialog()
        self.ui.setupUi(self)
        self.choices = choices
        forms = self.ui.forms_list
        for choice in choices:
            item = QListWidgetItem(choice.label)
            if not choice.allowed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(f"{choice.label} (your role cannot print referrals)")
            forms.addItem(item)
        first = next((i for i, c in enumerate(choices) if c.allowed), -1)
        forms.setCurrentRow(first)
        self.ui.note_label.setText(
            "A MASH referral is made for each child referred; the other children appear on it "
            "by reference only. You see each form before anything is printed."
        )
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        forms.itemActivated.connect(lambda _item: self.accept())

    def chosen(self) -> FormChoice | None:
        row = self.ui.forms_list.currentRow()
        if row < 0 or not self.choices[row].allowed:
            return None
        return self.choices[row]


def _choose_with_dialog(choices: list[FormChoice], parent: QWidget | None) -> FormChoice | None:
    dialog = ChooseFormDialog(choices, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


class PaperworkController(QObject):
    def __init__(
        self,
        parent_widget: QWidget,
        session_getter: SessionGetter,
        prompts: Prompts,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._session = session_getter
        self._prompts = prompts
        self._background = background
        self._previews: list[PrintPreviewDialog] = []
        # Replaced by tests to pick a form without the dialog.
        self.choose: Callable[[list[FormChoice], QWidget | None], FormChoice | None] = (
            _choose_with_dialog
        )
        self.busy = False

    # --- what the main window calls ---------------------------------------------------------

    def print_incident(self, incident_id: int) -> None:
        session = self._session()
        if session is None:
            return
        try:
            choices = paperwork.forms_for_incident(session, incident_id)
        except (LookupError, NotAllowed) as error:
            self._prompts.warn(self._parent, NOT_MADE, str(error))
            return
        if not any(c.allowed for c in choices):
            self._prompts.warn(self._parent, "Print", "Your role does not allow printing.")
            return
        choice = self.choose(choices, self._parent)
        if choice is not None:
            self.preview_choice(choice)

    def preview_choice(self, choice: FormChoice) -> None:
        assert choice.incident_id is not None
        incident_id, person_id = choice.incident_id, choice.person_id
        self._preview(
            lambda session: paperwork.incident_form(
                session, incident_id, choice.kind, person_id=person_id
            )
        )

    def print_child_chronology(self, person_id: int) -> None:
        self._preview(lambda session: paperwork.child_chronology(session, person_id))

    def print_blank_form(self) -> None:
        self._preview(paperwork.blank_form)

    def edit_setting_details(self) -> None:
        session = self._session()
        if session is None:
            return
        try:
            dialog = SettingDetailsDialog(session, self._prompts, self._parent)
        except NotAllowed as error:
            self._prompts.warn(self._parent, "Setting details", str(error))
            return
        dialog.exec()

    def close_all(self) -> None:
        """Close every open preview (the app is locking): no record stays on screen."""
        for dialog in list(self._previews):
            dialog.reject()
        self._previews.clear()

    @property
    def previews(self) -> list[PrintPreviewDialog]:
        return list(self._previews)

    # --- the steps ----------------------------------------------------------------------------

    def _preview(self, prepare: Callable[[CaseFileSession], PreparedForm]) -> None:
        session = self._session()
        if session is None or self.busy:
            return
        try:
            prepared = prepare(session)
        except (NotAllowed, paperwork.NothingToPrint, LookupError) as error:
            self._prompts.warn(self._parent, NOT_MADE, str(error))
            return
        except Exception as error:  # never a traceback: say what happened, nothing changed
            self._failed(error)
            return
        self.busy = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if self._background is None:
            try:
                rendered = paperwork.render(prepared)
            except Exception as error:
                self._done_rendering()
                self._failed(error)
                return
            self._rendered(session, prepared, rendered)
        else:
            self._background.run(
                lambda: paperwork.render(prepared),
                lambda rendered: self._rendered(session, prepared, rendered),
                self._render_failed,
            )

    def _done_rendering(self) -> None:
        self.busy = False
        QApplication.restoreOverrideCursor()

    def _render_failed(self, error: BaseException) -> None:
        self._done_rendering()
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self._prompts.warn(
            self._parent,
            NOT_MADE,
            "Something went wrong inside YPSI Desktop while making the form. Nothing in the "
            "case file was changed. Try again; if it happens again, contact whoever supports "
            "YPSI Desktop in your setting.",
        )

    def _rendered(
        self, session: CaseFileSession, prepared: PreparedForm, rendered: RenderedPdf
    ) -> None:
        self._done_rendering()
        if self._session() is not session:  # locked while the form was being laid out
            return
        count = len(prepared.documents)
        reference = prepared.incident_reference or ", ".join(prepared.person_references)
        title = f"{prepared.name}, {reference}" if reference else prepared.name
        summary = title[:1].upper() + title[1:]
        if count > 1:
            summary += f" ({count} referrals, one per child)"
        dialog = PrintPreviewDialog(
            rendered.data,
            title=title,
            summary=summary,
            warnings=rendered.warnings,
            prompts=self._prompts,
            suggested_path=_documents_folder() / prepared.file_name,
            on_printed=lambda: self._record(prepared, Output.PRINTED),
            on_saved=lambda _path: self._record(prepared, Output.SAVED),
            parent=self._parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self._previews.append(dialog)
        dialog.open()

    def _forget(self, dialog: PrintPreviewDialog) -> None:
        if dialog in self._previews:
            self._previews.remove(dialog)

    def _record(self, prepared: PreparedForm, output: Output) -> None:
        session = self._session()
        try:
            if session is None:
                raise RuntimeError("locked")
            paperwork.record_output(session, prepared, output)
        except Exception as error:
            why = f" {error}" if isinstance(error, CaseFileError) else ""
            self._prompts.warn(
                self._parent,
                "Not recorded",
                f"The form went out, but it could not be recorded in the chronology.{why} "
                f"Add a chronology entry saying it was {output.value}.",
            )


def _documents_folder() -> Path:
    place = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(place) if place else Path.home()
