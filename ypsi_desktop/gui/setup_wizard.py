"""First run: a new case file, its first user (the DSL) and its recovery key.

Nothing is written to disk until the recovery key has been shown and typed back (SECURITY.md,
item 9): a case file whose only way in is a passphrase that may be forgotten tomorrow would
lock a setting out of its own records. So the key is generated here, shown once, optionally
printed (straight to a printer, never to a file), typed back, and only then handed to
`session.create`, which runs in the background while the page shows it is busy.

Next is enabled through QWizard's own mechanism: each gated page has a mandatory field, a line
edit whose validator only calls its input acceptable when the page's condition holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QFontDatabase, QIcon, QTextDocument, QValidator
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget, QWizard, QWizardPage

from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.domain.text import clean_line
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_setup_wizard import Ui_SetupWizard
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.sign_in import (
    CASE_FILE_FILTER,
    WHY_PASSPHRASE,
    PassphraseChoice,
    describe_error,
    fixed_font,
)
from ypsi_desktop.gui.tones import tone
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.errors import CaseFileExists, translate_errors
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_errors import RecoveryKeyMistyped
from ypsi_desktop.storage.key_header_copies import header_paths
from ypsi_desktop.storage.recovery_key import GROUP_CHARS, GROUPS, RecoveryKey

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

CASE_FILE_SUFFIX = ".ypsi"
_KEY_CHARS = GROUPS * GROUP_CHARS


class _Gate(QValidator):
    """Calls a line edit's input acceptable only while `ready(text)` holds (see module doc)."""

    def __init__(self, ready: Callable[[str], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._ready = ready

    def validate(self, text: str, pos: int) -> QValidator.State:
        return QValidator.State.Acceptable if self._ready(text) else QValidator.State.Intermediate


@dataclass(frozen=True)
class RecoverySheet:
    """What the printed recovery key sheet says. No child's or user's name, by design."""

    key: RecoveryKey
    setting_name: str
    file_name: str
    printed_on: date


def recovery_sheet_html(sheet: RecoverySheet) -> str:
    groups = sheet.key.groups()
    half = GROUPS // 2
    rows = ["-".join(groups[:half]), "-".join(groups[half:])]
    family = escape(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family())
    key_rows = "<br>".join(rows)
    return (
        "<h1>YPSI Desktop recovery key</h1>"
        f"<p><b>Setting:</b> {escape(sheet.setting_name)}<br>"
        f"<b>Case file:</b> {escape(sheet.file_name)}<br>"
        f"<b>Printed on:</b> {short_date(sheet.printed_on)}</p>"
        f"<p style=\"font-family: '{family}'; font-size: 20pt; font-weight: bold;\">"
        f"{key_rows}</p>"
        "<p>This key opens the case file if the passphrase is forgotten, or when another "
        "designated safeguarding lead takes over. Anyone holding this key and a copy of the "
        "case file can read every record in it.</p>"
        "<ul>"
        "<li>Keep this sheet locked away, for example in the school safe, and never with the "
        "computer.</li>"
        "<li>Never type it into an email, a document or any other program.</li>"
        "<li>Each group of six characters ends in a check character, so a mistyped group is "
        "pointed out when the key is typed.</li>"
        "<li>Keep it for as long as the case file is kept; destroy it securely afterwards.</li>"
        "</ul>"
    )


def print_recovery_key(printer: QPrinter, sheet: RecoverySheet) -> None:
    """Lay out the sheet on `printer`. The document's title carries no name (SECURITY 29)."""
    printer.setDocName("YPSI Desktop recovery key")
    printer.setCreator("YPSI Desktop")
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(sheet))
    document.print_(printer)


class SetupWizard(QWizard):
    """The first-run wizard. Emits `created(CaseFileSession)` or `open_existing(Path)`."""

    created = Signal(object)  # CaseFileSession, signed in as the new DSL
    open_existing = Signal(object)  # Path of an existing case file to sign in to

    _NORMAL_BUTTONS = [
        QWizard.WizardButton.Stretch,
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    ]

    def __init__(
        self,
        prompts: Prompts,
        background: Background,
        *,
        default_path: Path,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self._prompts = prompts
        self._background = background
        self._kdf = kdf  # None in the app; cheap settings in tests only
        self._path = Path(default_path)
        self._key: RecoveryKey | None = None
        self._busy = False
        self._session: CaseFileSession | None = None
        self._next_text = self.buttonText(QWizard.WizardButton.NextButton)
        ui = self.ui
        self.setButtonLayout(self._NORMAL_BUTTONS)
        logo = QIcon(":/icons/ypsi-desktop.svg").pixmap(QSize(48, 48))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        ui.passphrase_why_label.setText(WHY_PASSPHRASE)
        ui.recovery_key_label.setFont(fixed_font(20))
        ui.typed_key_edit.setFont(fixed_font(14))
        self.passphrase = PassphraseChoice(
            ui.passphrase_edit,
            ui.confirm_edit,
            ui.strength_bar,
            ui.strength_label,
            ui.match_label,
            context=lambda: [ui.setting_name_edit.clean_text(), ui.user_name_edit.clean_text()],
        )
        self._gate(ui.setting_page, "setting_name", ui.setting_name_edit, _has_text)
        self._gate(ui.user_page, "user_name", ui.user_name_edit, _has_text)
        self._gate(
            ui.passphrase_page, "passphrase", ui.confirm_edit, lambda _: self.passphrase.ready
        )
        self._gate(ui.location_page, "location", ui.location_edit, lambda _: self._place_free())
        self._gate(ui.confirm_key_page, "typed_key", ui.typed_key_edit, self._key_matches)
        ui.recovery_key_page.registerField("written_down*", ui.written_down_check)
        self.passphrase.changed.connect(ui.passphrase_page.completeChanged)
        ui.open_existing_radio.toggled.connect(self._choice_changed)
        ui.change_location_button.clicked.connect(self.change_location)
        ui.print_button.clicked.connect(self.print_key)
        ui.typed_key_edit.textChanged.connect(self._show_key_check)
        ui.retry_button.clicked.connect(self._start_creating)
        self.currentIdChanged.connect(self._page_shown)
        self._show_location()

    def _gate(
        self, page: QWizardPage, field: str, edit: QLineEdit, ready: Callable[[str], bool]
    ) -> None:
        # Registered while the edit is empty: a mandatory field must differ from its first value.
        edit.setValidator(_Gate(ready, edit))
        page.registerField(f"{field}*", edit)

    # --- what was chosen -------------------------------------------------------------------

    @property
    def case_path(self) -> Path:
        return self._path

    @property
    def recovery_key(self) -> RecoveryKey | None:
        """The key shown on the recovery key page (None before that page, and after finishing)."""
        return self._key

    def recovery_sheet(self) -> RecoverySheet:
        assert self._key is not None, "the recovery key page has not been shown"
        return RecoverySheet(
            self._key, self.ui.setting_name_edit.clean_text(), self._path.name, date.today()
        )

    # --- the pages -------------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        page = self.page(page_id)
        ui = self.ui
        if page is ui.passphrase_page:
            self.passphrase.refresh()  # the names typed earlier are part of the check
        elif page is ui.location_page:
            self._show_location()
        elif page is ui.recovery_key_page:
            self._show_key()
        elif page is ui.confirm_key_page:
            self._show_key_check()
        elif page is ui.creating_page:
            self._start_creating()

    def cleanupPage(self, page_id: int) -> None:
        """Back keeps what was typed (Qt's default would clear the page's fields)."""

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.welcome_page and self.ui.open_existing_radio.isChecked():
            self._choose_existing()
            return False
        if page is self.ui.creating_page:
            return self._session is not None
        return super().validateCurrentPage()

    def done(self, result: int) -> None:
        if self._busy:
            return  # the case file is being written; closing now would abandon it half-made
        super().done(result)
        if not self.isVisible():
            self._forget_secrets()

    def _page_shown(self, _id: int) -> None:
        if self.currentPage() is not self.ui.creating_page:
            self.setButtonLayout(self._NORMAL_BUTTONS)
            self.button(QWizard.WizardButton.CancelButton).setEnabled(True)

    def _choice_changed(self, open_existing: bool) -> None:
        text = "&Open…" if open_existing else self._next_text
        self.ui.welcome_page.setButtonText(QWizard.WizardButton.NextButton, text)

    def _choose_existing(self) -> None:
        chosen = self._prompts.open_path(
            self, "Open a case file", self._path.parent, CASE_FILE_FILTER
        )
        if chosen is None:
            return
        self._forget_secrets()
        QDialog.done(self, QDialog.DialogCode.Accepted)  # QWizard.done would validate again
        self.open_existing.emit(chosen)

    # --- where the file goes ---------------------------------------------------------------

    def change_location(self) -> None:
        chosen = self._prompts.save_path(
            self, "Where to keep the case file", self._path, CASE_FILE_FILTER
        )
        if chosen is None:
            return
        if chosen.suffix.lower() != CASE_FILE_SUFFIX:
            chosen = chosen.with_name(chosen.name + CASE_FILE_SUFFIX)
        self._path = chosen
        self._show_location()

    def _place_free(self) -> bool:
        return not any(p.exists() for p in (self._path, *header_paths(self._path)))

    def _show_location(self) -> None:
        ui = self.ui
        ui.location_edit.setText(str(self._path))
        free = self._place_free()
        ui.location_message_label.setText("" if free else str(CaseFileExists()))
        ui.location_message_label.setVisible(not free)
        ui.location_page.completeChanged.emit()

    # --- the recovery key ------------------------------------------------------------------

    def _show_key(self) -> None:
        if self._key is None:
            self._key = RecoveryKey.generate()
        groups = self._key.groups()
        half = GROUPS // 2
        label = self.ui.recovery_key_label
        label.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        # Read out character by character: "7 K 2 Q..." rather than an unpronounceable word.
        label.setAccessibleDescription(", then ".join(" ".join(g) for g in groups))

    def print_key(self) -> None:
        """Print through the print dialog; the dialog may not offer printing to a file."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print the recovery key")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFileName():
            self._prompts.warn(
                self,
                "Recovery key not printed",
                "The recovery key is only ever sent to a printer, never saved as a file: a file "
                "can be copied without anyone noticing. Choose a printer and print it again.",
            )
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        print_recovery_key(printer, self.recovery_sheet())

    def _key_matches(self, text: str) -> bool:
        try:
            return self._key is not None and RecoveryKey.parse(text) == self._key
        except RecoveryKeyMistyped:
            return False

    def _show_key_check(self) -> None:
        text = self.ui.typed_key_edit.text()
        typed = sum(c.isalnum() for c in text)
        colour = tone("error")
        if not text.strip():
            message, colour = "", ""
        elif typed < _KEY_CHARS:
            message, colour = f"{typed} of {_KEY_CHARS} characters typed.", ""
        elif self._key_matches(text):
            message, colour = "That is the recovery key. Your copy is correct.", tone("ok")
        else:
            try:
                RecoveryKey.parse(text)
                message = (
                    "This is not the recovery key shown on the previous page. Go back and "
                    "check your copy against it."
                )
            except RecoveryKeyMistyped as error:
                message = str(error)
        label = self.ui.key_check_label
        label.setText(message)
        label.setStyleSheet(f"color: {colour};" if colour else "")

    # --- creating the file -----------------------------------------------------------------

    def _start_creating(self) -> None:
        ui = self.ui
        assert self._key is not None
        self._set_busy(True)
        path, key, kdf = self._path, self._key, self._kdf
        user, passphrase = ui.user_name_edit.clean_text(), self.passphrase.passphrase()
        setting = ui.setting_name_edit.clean_text()

        def work() -> CaseFileSession:
            with translate_errors():
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            session, _ = create(
                path,
                user_name=user,
                passphrase=passphrase,
                setting_name=setting,
                recovery_key=key,
                kdf=kdf,
            )
            return session

        self._background.run(work, self._created, self._creation_failed)

    def _set_busy(self, busy: bool, error: str = "") -> None:
        ui = self.ui
        self._busy = busy
        ui.creating_bar.setVisible(busy)
        ui.creating_label.setText(
            "<b>The case file was not created.</b>"
            if error
            else "Creating and encrypting your case file. This takes a few seconds…"
        )
        ui.creating_error_label.setText(error)
        ui.creating_error_label.setVisible(bool(error))
        ui.retry_button.setVisible(bool(error))
        buttons = [QWizard.WizardButton.Stretch]
        if not busy:
            buttons.append(QWizard.WizardButton.BackButton)
        self.setButtonLayout([*buttons, QWizard.WizardButton.CancelButton])
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        if error:
            ui.retry_button.setFocus()

    def _created(self, session: CaseFileSession) -> None:
        self._busy = False
        self._session = session
        self.accept()
        self.created.emit(session)

    def _creation_failed(self, error: BaseException) -> None:
        message = describe_error(error)
        self._set_busy(
            False,
            f"{message}\n\nNothing was saved. Try again, or use Back to change what you chose, "
            "for example where to keep the case file.",
        )

    def _forget_secrets(self) -> None:
        """Passphrases and the key leave the screen (and Qt's copies) as soon as setup ends."""
        ui = self.ui
        for edit in (ui.passphrase_edit, ui.confirm_edit, ui.typed_key_edit):
            edit.clear()
        ui.recovery_key_label.clear()
        ui.recovery_key_label.setAccessibleDescription("")
        self._key = None


def _has_text(text: str) -> bool:
    return bool(clean_line(text).text)
