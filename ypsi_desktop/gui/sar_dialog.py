"""Subject access requests (DSL): record a request, see its one-month deadline, review what
the response withholds and release a redaction with a reason, save the response as a PDF.

The redactions table shows the DSL what each mark hides (another child's name, who reported
the concern, an entry about someone else); the response itself prints only the numbered mark
and its reason. Saving the PDF says plainly that the file is not encrypted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QWidget

from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_sar_dialog import Ui_SarDialog
from ypsi_desktop.gui.lifetime_widgets import (
    RecordsWindow,
    cell_text,
    day_of,
    fill,
    row_data,
    selected_row,
    set_columns,
    table_text,
    to_qdate,
)
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.services.lifetime import retention
from ypsi_desktop.services.lifetime import subject_access as sar
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError

TITLE = "Subject access"
REQUEST_COLUMNS = ("No.", "About", "Received", "Due by", "Asked by", "Status")
REDACTION_COLUMNS = ("Mark", "What is withheld (shown here only)", "Places", "Status")
_ERRORS = (sar.AccessRequestError, retention.RetentionError, NotAllowed, CaseFileError, OSError)


class SarDialog(RecordsWindow):
    TITLE = TITLE
    EXPECTED = _ERRORS

    def __init__(
        self,
        parent: QWidget | None,
        session: CaseFileSession,
        prompts: Prompts,
        *,
        background: Background | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, session, prompts, background=background, today=today)
        self.ui = Ui_SarDialog()
        self.ui.setupUi(self)
        self._explain_refusals()
        self.requests: list[sar.AccessRequest] = []
        self.response: sar.SarResponse | None = None
        ui = self.ui
        set_columns(ui.requests_table, REQUEST_COLUMNS)
        set_columns(ui.redactions_table, REDACTION_COLUMNS)
        ui.redactions_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        ui.redactions_table.horizontalHeader().setStretchLastSection(False)
        ui.received_on_edit.setDate(to_qdate(self._today))
        ui.record_button.clicked.connect(self.record_request)
        ui.requests_table.itemSelectionChanged.connect(self._request_chosen)
        ui.redactions_table.itemSelectionChanged.connect(self._update_controls)
        ui.release_button.clicked.connect(self.release_selected)
        ui.save_pdf_button.clicked.connect(self.save_pdf)
        ui.answered_button.clicked.connect(self.mark_answered)
        ui.extend_button.clicked.connect(self.extend_selected)
        ui.button_box.rejected.connect(self.reject)
        try:
            self.refresh()
        except NotAllowed as error:  # the menu should not offer it; say so, never crash
            ui.intro_label.setText(str(error))
            for widget in (ui.new_group, ui.requests_table, ui.redactions_table):
                widget.setEnabled(False)
            for button in (
                ui.release_button,
                ui.save_pdf_button,
                ui.answered_button,
                ui.extend_button,
            ):
                button.setEnabled(False)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        self.requests = sar.list_requests(self._session)
        fill(
            self.ui.requests_table,
            [
                (
                    str(r.id),
                    f"{r.reference} {r.name}",
                    short_date(r.received_on),
                    short_date(r.due_on) + (" (extended)" if r.extended_on else ""),
                    r.requested_by,
                    f"Answered {short_date(r.completed_on)}"
                    if r.completed_on
                    else ("OVERDUE" if r.due_on < self._today else "Open"),
                )
                for r in self.requests
            ],
            [r.id for r in self.requests],
        )
        chosen = next((n for n, r in enumerate(self.requests) if r.id == keep), None)
        if chosen is not None:
            self.ui.requests_table.selectRow(chosen)
        self._request_chosen()

    def selected_request(self) -> sar.AccessRequest | None:
        row = selected_row(self.ui.requests_table)
        return None if row is None else self.requests[row]

    def redaction_rows(self) -> list[tuple[str, ...]]:
        return table_text(self.ui.redactions_table)

    def _request_chosen(self) -> None:
        request = self.selected_request()
        self.response = None if request is None else sar.build_response(self._session, request.id)
        redactions = self.response.redactions if self.response else []
        fill(
            self.ui.redactions_table,
            [
                (
                    r.label,
                    r.description,
                    str(r.places),
                    f"Released: {r.release.reason}" if r.release else r.reason,
                )
                for r in redactions
            ],
            [r.key for r in redactions],
        )
        if request is None:
            self.ui.deadline_label.setText("Choose a request to review its response.")
        else:
            left = (request.due_on - self._today).days
            when = f"{left} day(s) left" if left >= 0 else f"{-left} day(s) OVERDUE"
            self.ui.deadline_label.setText(
                f"Request {request.id} about {request.reference}: received "
                f"{short_date(request.received_on)}, response due by "
                f"{short_date(request.due_on)}"
                + ("" if request.completed_on else f" ({when})")
                + f". {len([r for r in redactions if not r.release])} redaction(s) withheld."
            )
        self._update_controls()

    # --- acting ----------------------------------------------------------------------------

    def record_request(self) -> None:
        ui = self.ui
        received = day_of(ui.received_on_edit)

        def work() -> int:
            person_id = retention.find_person(self._session, ui.person_edit.text())
            return sar.record_request(
                self._session,
                person_id,
                received_on=received,
                requested_by=ui.requested_by_edit.clean_text(),
                today=self._today,
            )

        def done(request_id: int) -> None:
            ui.person_edit.clear()
            ui.requested_by_edit.clear()
            self.refresh(keep=request_id)
            self._prompts.inform(
                self,
                TITLE,
                f"Request {request_id} recorded. The response is due by "
                f"{short_date(self._due_of(request_id))}.",
            )

        self._run(work, done)

    def _due_of(self, request_id: int) -> date:
        """The deadline as stored (moved off the bank holidays the file lists)."""
        return next(r.due_on for r in self.requests if r.id == request_id)

    def release_selected(self) -> None:
        request = self.selected_request()
        row = selected_row(self.ui.redactions_table)
        if request is None or row is None:
            return
        key = str(row_data(self.ui.redactions_table, row))
        reason = self.ui.release_reason_edit.clean_text()

        def done(_none: None) -> None:
            self.ui.release_reason_edit.clear()
            self.refresh(keep=request.id)

        self._run(
            lambda: sar.release_redaction(self._session, request.id, key, reason=reason), done
        )

    def save_pdf(self) -> None:
        from ypsi_desktop.services.paperwork import save_pdf

        request, response = self.selected_request(), self.response
        if request is None or response is None:
            return
        path = self._prompts.save_path(
            self,
            "Save the subject access response",
            Path.home() / f"SAR-{request.id}-{request.reference}.pdf",
            "PDF (*.pdf)",
        )
        if path is None:
            return
        if not self._prompts.confirm(
            self, TITLE, f"{sar.UNENCRYPTED_WARNING}\n\nSave it to {path}?", yes="Save"
        ):
            return

        def work() -> None:
            save_pdf(sar.render_response(self._session, response), path)

        self._run(
            work,
            lambda _none: self._prompts.inform(
                self, TITLE, f"Saved {path.name}. It is not encrypted: keep it safe."
            ),
        )

    def mark_answered(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        self._run(
            lambda: sar.complete_request(self._session, request.id, completed_on=self._today),
            lambda _none: self.refresh(keep=request.id),
        )

    def extend_selected(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        reason = self._prompts.text(
            self,
            "Extend the deadline",
            "A complex request, or one of several from the same person, may have two further "
            "months. Tell the requester within the first month, with the reason. Why does this "
            "one need longer? (kept with the request)",
        )
        if reason is None:
            return

        def done(due: date) -> None:
            self.refresh(keep=request.id)
            self._prompts.inform(
                self,
                TITLE,
                f"The response is now due by {short_date(due)}. Tell the requester, with the "
                "reason, before the first month ends.",
            )

        self._run(
            lambda: sar.extend_request(self._session, request.id, reason=reason, today=self._today),
            done,
        )

    def _update_controls(self) -> None:
        ui = self.ui
        request = self.selected_request()
        open_request = request is not None and request.completed_on is None
        row = selected_row(ui.redactions_table)
        released = row is not None and cell_text(ui.redactions_table, row, 3).startswith("Released")
        ui.release_button.setEnabled(open_request and row is not None and not released)
        ui.save_pdf_button.setEnabled(request is not None)
        ui.answered_button.setEnabled(open_request)
        ui.extend_button.setEnabled(  # decided within the first month, once
            open_request
            and request is not None
            and request.extended_on is None
            and self._today <= request.due_on
        )
