"""School transfer: send a child's file to their new school, record its receipt, receive one.

Sending writes an encrypted package (or, for a school without YPSI Desktop, a printable PDF
with a receipt slip) and shows the package's one-time passphrase once, in this dialog only,
to be passed on separately; it is never stored and is cleared when the dialog closes. The
log of files sent shows when each receipt is due (five school days after the child starts
there) until it is recorded. Receiving opens a package with its passphrase, shows where it
came from, and imports it only when the DSL says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_transfer_dialog import Ui_TransferDialog
from ypsi_desktop.gui.lifetime_widgets import (
    RecordsWindow,
    day_of,
    fill,
    row_data,
    selected_row,
    set_columns,
    to_qdate,
)
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.services.lifetime import retention, transfer
from ypsi_desktop.services.lifetime.transfer_package import SUFFIX, PackageError
from ypsi_desktop.services.lifetime.transfer_read import ReceivedPackage, provenance_lines
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.key_derivation import KdfParams

TITLE = "School transfer"
SENT_COLUMNS = ("No.", "Child", "Sent to", "Sent", "How", "Receipt")
RECEIVED_COLUMNS = ("Child here", "From", "Sent by", "Sent", "Their reference", "Fingerprint")
_ERRORS = (
    transfer.TransferRefused,
    retention.RetentionError,
    PackageError,
    NotAllowed,
    CaseFileError,
    OSError,
    ValueError,
)


DUE_HOW = (
    "(five school days after the child starts there, skipping weekends and the bank "
    "holidays listed under Records)"
)


class TransferDialog(RecordsWindow):
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
        person_reference: str = "",
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent, session, prompts, background=background, today=today)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self._explain_refusals()
        self._kdf = kdf  # tests only: cheaper key derivation for the package
        self._opened: ReceivedPackage | None = None
        ui = self.ui
        set_columns(ui.sent_table, SENT_COLUMNS)
        set_columns(ui.received_table, RECEIVED_COLUMNS)
        today_q = to_qdate(self._today)
        ui.starts_on_edit.setDate(today_q)
        ui.received_on_edit.setDate(today_q)
        ui.child_edit.setText(person_reference)
        ui.passphrase_group.hide()
        ui.package_button.clicked.connect(self.send_package)
        ui.printable_button.clicked.connect(self.save_printable)
        ui.receipt_button.clicked.connect(self.record_receipt)
        ui.open_package_button.clicked.connect(self.open_package)
        ui.import_button.clicked.connect(self.import_package)
        ui.sent_table.itemSelectionChanged.connect(self._update_controls)
        ui.button_box.rejected.connect(self.reject)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        sent = transfer.list_sent(self._session)
        fill(
            self.ui.sent_table,
            [
                (
                    str(t.id),
                    f"{t.reference} {t.name}",
                    t.recipient,
                    short_date(t.sent_on),
                    "Encrypted package" if t.package_kind == "encrypted" else "Printed",
                    f"Received {short_date(t.received_on)} ({t.received_by_name})"
                    if t.received_on
                    else f"Due by {short_date(t.due_on)}"
                    + (" – OVERDUE" if t.due_on < self._today else ""),
                )
                for t in sent
            ],
            [t.id if t.awaiting_receipt else None for t in sent],
        )
        received = transfer.list_received(self._session)
        fill(
            self.ui.received_table,
            [
                (
                    t.reference,
                    t.from_setting,
                    t.sent_by_name,
                    short_date(t.sent_on),
                    t.source_reference,
                    t.fingerprint,
                )
                for t in received
            ],
            [t.id for t in received],
        )
        self._update_controls()

    def passphrase_shown(self) -> str:
        return self.ui.passphrase_label.text()

    # --- acting ----------------------------------------------------------------------------

    def _details(self) -> tuple[int, str, str, date] | None:
        ui = self.ui
        try:
            person_id = retention.find_person(self._session, ui.child_edit.text())
        except retention.RetentionError as error:
            self._prompts.warn(self, TITLE, str(error))
            return None
        recipient, method = ui.recipient_edit.clean_text(), ui.method_edit.clean_text()
        if not recipient or not method:
            self._prompts.warn(
                self, TITLE, "Fill in the new school or college and how the file is sent."
            )
            return None
        return person_id, recipient, method, day_of(ui.starts_on_edit)

    def send_package(self) -> None:
        details = self._details()
        if details is None:
            return
        person_id, recipient, method, starts = details
        reference = self.ui.child_edit.text().strip().upper()
        path = self._prompts.save_path(
            self,
            "Save the encrypted transfer package",
            Path.home() / f"{reference}-transfer{SUFFIX}",
            f"Transfer packages (*{SUFFIX})",
        )
        if path is None:
            return
        self.ui.passphrase_label.clear()

        def work() -> transfer.SentFile:
            return transfer.send_file(
                self._session,
                person_id,
                recipient=recipient,
                method=method,
                starts_on=starts,
                out_path=path,
                today=self._today,
                kdf=self._kdf,
            )

        def done(sent: transfer.SentFile) -> None:
            ui = self.ui
            ui.passphrase_label.setText(sent.passphrase)
            ui.passphrase_note_label.setText(
                f"{transfer.PASSPHRASE_ADVICE} Package fingerprint: {sent.fingerprint} (the "
                f"receiving DSL sees the same). Receipt due by {short_date(sent.due_on)}"
                f" {DUE_HOW}."
            )
            ui.passphrase_group.show()

        self._attempt(work, done)

    def save_printable(self) -> None:
        from ypsi_desktop.services.lifetime.transfer_pdf import UNENCRYPTED_WARNING, print_file
        from ypsi_desktop.services.paperwork import save_pdf

        details = self._details()
        if details is None:
            return
        person_id, recipient, method, starts = details
        reference = self.ui.child_edit.text().strip().upper()
        path = self._prompts.save_path(
            self,
            "Save the printable file",
            Path.home() / f"{reference}-transfer.pdf",
            "PDF (*.pdf)",
        )
        if path is None:
            return
        if not self._prompts.confirm(
            self, TITLE, f"{UNENCRYPTED_WARNING}\n\nSave it to {path}?", yes="Save"
        ):
            return

        def work() -> Any:
            return print_file(
                self._session,
                person_id,
                recipient=recipient,
                method=method,
                starts_on=starts,
                today=self._today,
                save=lambda data: save_pdf(data, path),
            )

        self._attempt(
            work,
            lambda printed: self._prompts.inform(
                self,
                TITLE,
                f"Saved {path.name} ({printed.pages} pages, the receipt slip last). It is not "
                f"encrypted: keep it safe. Receipt due by {short_date(printed.due_on)}"
                f" {DUE_HOW}.",
            ),
        )

    def record_receipt(self) -> None:
        row = selected_row(self.ui.sent_table)
        transfer_id = None if row is None else row_data(self.ui.sent_table, row)
        if transfer_id is None:
            return
        received_on = day_of(self.ui.received_on_edit)
        by = self.ui.received_by_edit.clean_text()
        self._attempt(
            lambda: transfer.record_receipt(
                self._session, int(transfer_id), received_on=received_on, received_by=by
            ),
            lambda _none: self.ui.received_by_edit.clear(),
        )

    def open_package(self) -> None:
        path = self._prompts.open_path(
            self, "Open a transfer package", Path.home(), f"Transfer packages (*{SUFFIX})"
        )
        if path is None:
            return
        passphrase = self._prompts.secret(
            self, TITLE, "The package's passphrase (given to you separately by the sender):"
        )
        if passphrase is None:
            return
        self._opened = None
        self.ui.provenance_view.clear()

        def done(opened: ReceivedPackage) -> None:
            self._opened = opened
            self.ui.provenance_view.setPlainText("\n".join(provenance_lines(opened)))

        self._attempt(lambda: transfer.open_package(path, passphrase), done)

    def import_package(self) -> None:
        opened = self._opened
        if opened is None:
            return
        if not self._prompts.confirm(
            self,
            TITLE,
            f"Import {opened.child_name}'s file from "
            f"{opened.incoming.from_setting or 'this sender'} as a new child's file here?",
            yes="Import",
        ):
            return

        def done(received: Any) -> None:
            self._opened = None
            self.ui.provenance_view.clear()
            self._prompts.inform(
                self,
                TITLE,
                f"Imported as {received.reference}, with incident(s) "
                f"{', '.join(received.incident_references)}. Record the receipt with the "
                "sending school's DSL.",
            )

        self._attempt(lambda: transfer.receive_package(self._session, opened), done)

    def _update_controls(self) -> None:
        ui = self.ui
        row = selected_row(ui.sent_table)
        waiting = row is not None and row_data(ui.sent_table, row) is not None
        ui.receipt_button.setEnabled(waiting)
        ui.import_button.setEnabled(self._opened is not None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.ui.passphrase_label.clear()  # shown once: gone with the dialog
        super().closeEvent(event)

    def done(self, result: int) -> None:  # noqa: D401 (Qt's name)
        self.ui.passphrase_label.clear()
        super().done(result)
