"""Retention review: records due or overdue for review, legal holds, and disposal.

Lists each live record with its review date (IRMS: a child's date of birth + 25 years; an
allegation record: pension age or 10 years, whichever is later; estimates marked) and what
it is based on. The DSL can place a legal hold, record a decision to keep a record longer,
or dispose of it: disposal needs a written reason, the record's reference typed back, and a
confirmation; a record not yet due needs a second confirmation. Records that an older backup
brought back after they had been disposed of are listed at the top, with a button to dispose
of them again. Everyone else can look but not act (the services refuse too).

Slow work (disposal rebuilds the file) runs through the Background helper when one is given.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QWidget

from ypsi_desktop.domain.case import PersonKind
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.domain.retention import ReviewBasis
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_retention_dialog import Ui_RetentionDialog
from ypsi_desktop.gui.lifetime_widgets import (
    RecordsWindow,
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
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.disposal import DisposalResult
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.retention_store import RetentionItem, list_holds

TITLE = "Retention review"
SHOW = (("Due or overdue now", 0), ("Due within the next year", 365), ("Every record", None))
ITEM_COLUMNS = ("Reference", "Name", "Record", "Review date", "Based on", "Legal hold")
HOLD_COLUMNS = ("Hold", "Record", "Reason", "Placed", "Status")
DISPOSED_COLUMNS = ("Reference", "Record", "Disposed of", "Reason")
BASIS_WORDS = {
    ReviewBasis.DATE_OF_BIRTH: "Date of birth + 25 years",
    ReviewBasis.AGE_ESTIMATE: "Estimated from the recorded age",
    ReviewBasis.INCIDENT_ESTIMATE: "Estimated from the first incident",
    ReviewBasis.ALLEGATION: "Allegation record",
    ReviewBasis.FOLLOWS_CHILDREN: "As long as the children's records",
    ReviewBasis.KEEP_DECISION: "Kept longer after a review",
    ReviewBasis.UNKNOWN: "Not known: review by hand",
}
_ERRORS = (retention.RetentionError, NotAllowed, CaseFileError, ValueError)


def _stamp(text: str) -> str:
    try:
        return short_date(datetime.fromisoformat(text.replace("Z", "+00:00")).date())
    except ValueError:
        return text


class RetentionDialog(RecordsWindow):
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
        self.ui = Ui_RetentionDialog()
        self.ui.setupUi(self)
        self._explain_refusals()
        self.items: list[RetentionItem] = []
        ui = self.ui
        for table, columns in (
            (ui.items_table, ITEM_COLUMNS),
            (ui.holds_table, HOLD_COLUMNS),
            (ui.disposed_table, DISPOSED_COLUMNS),
        ):
            set_columns(table, columns)
        for text, days in SHOW:
            ui.show_combo.addItem(text, days)
        ui.keep_until_edit.setDate(to_qdate(date(self._today.year + 1, self._today.month, 1)))
        ui.show_combo.currentIndexChanged.connect(self.refresh)
        ui.items_table.itemSelectionChanged.connect(self._update_controls)
        ui.holds_table.itemSelectionChanged.connect(self._update_controls)
        ui.confirm_edit.textChanged.connect(self._update_controls)
        ui.hold_button.clicked.connect(self.place_hold)
        ui.keep_button.clicked.connect(self.keep_longer)
        ui.dispose_button.clicked.connect(self.dispose_selected)
        ui.lift_button.clicked.connect(self.lift_selected_hold)
        ui.dispose_again_button.clicked.connect(self.dispose_again)
        ui.button_box.rejected.connect(self.reject)
        self._dsl = allowed(session.user.role, Permission.DISPOSE)
        ui.action_group.setEnabled(self._dsl)
        if not self._dsl:
            ui.action_group.setToolTip("Only the designated safeguarding lead can do this.")
        self.refresh()

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        ui = self.ui
        days = ui.show_combo.currentData()
        self.items = retention.retention_view(self._session, self._today, due_within_days=days)
        due = [i for i in self.items if i.review.is_due(self._today)]
        unknown = [i for i in self.items if i.review.due_on is None]
        ui.summary_label.setText(
            f"{len(due)} record(s) due or overdue for review on {short_date(self._today)}"
            + (f"; {len(unknown)} whose date cannot be worked out" if unknown else "")
            + ". Children's records are kept until their date of birth + 25 years, then "
            "reviewed; a legal hold stops a record being disposed of."
        )
        fill(
            ui.items_table,
            [
                (
                    i.reference,
                    i.name,
                    "Child" if i.kind is PersonKind.CHILD else "Adult",
                    (short_date(i.review.due_on) if i.review.due_on else "Not known")
                    + (" (estimate)" if i.review.estimated and i.review.due_on else ""),
                    BASIS_WORDS[i.review.basis],
                    "On hold" if i.on_hold else "",
                )
                for i in self.items
            ],
            [i.person_id for i in self.items],
        )
        holds = list_holds(self._session.conn)
        fill(
            ui.holds_table,
            [
                (
                    str(h.id),
                    h.reference,
                    h.reason,
                    f"{_stamp(h.placed_at)} by {h.placed_by}",
                    "In force" if h.in_force else f"Lifted {_stamp(h.lifted_at or '')}",
                )
                for h in holds
            ],
            [h.id if h.in_force else None for h in holds],
        )
        fill(
            ui.disposed_table,
            [
                (reference, kind.capitalize(), _stamp(at), reason)
                for reference, kind, at, reason in retention.disposal_history(self._session)
            ],
        )
        undone = retention.undone_disposals(self._session)
        ui.undone_frame.setVisible(bool(undone))
        ui.undone_label.setText(
            "Restoring an older backup brought back records that had been disposed of: "
            + ", ".join(u.reference for u in undone)
            + ". Dispose of them again unless a reason to keep them has arisen since."
        )
        ui.dispose_again_button.setEnabled(self._dsl)
        self._update_controls()

    def selected(self) -> RetentionItem | None:
        row = selected_row(self.ui.items_table)
        return None if row is None else self.items[row]

    def item_rows(self) -> list[tuple[str, ...]]:
        return table_text(self.ui.items_table)

    # --- acting ----------------------------------------------------------------------------

    def _reason(self) -> str:
        return self.ui.reason_edit.toPlainText().strip()

    def place_hold(self) -> None:
        item = self.selected()
        if item is None:
            return
        reason = self._reason()
        self._attempt(
            lambda: retention.place_hold(self._session, person_id=item.person_id, reason=reason),
            lambda _hold: self._prompts.inform(
                self, TITLE, f"A legal hold is now in force on {item.reference}."
            ),
        )

    def keep_longer(self) -> None:
        item = self.selected()
        if item is None:
            return
        until = day_of(self.ui.keep_until_edit)
        reason = self._reason()
        self._attempt(
            lambda: retention.keep_longer(
                self._session, item.person_id, keep_until=until, reason=reason, today=self._today
            ),
            lambda _none: self._prompts.inform(
                self, TITLE, f"{item.reference} will be kept until {short_date(until)}."
            ),
        )

    def lift_selected_hold(self) -> None:
        row = selected_row(self.ui.holds_table)
        hold_id = None if row is None else row_data(self.ui.holds_table, row)
        if hold_id is None:
            return
        reason = self.ui.lift_reason_edit.clean_text()
        self._attempt(
            lambda: retention.lift_hold(self._session, int(hold_id), reason=reason),
            lambda _none: self.ui.lift_reason_edit.clear(),
        )

    def dispose_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        confirmation = self.ui.confirm_edit.text().strip().upper()
        if confirmation != item.reference:
            self._prompts.warn(
                self, TITLE, f"Type the record's reference ({item.reference}) to confirm."
            )
            return
        if not self._reason():
            self._prompts.warn(self, TITLE, "Write down why this record is being disposed of.")
            return
        early = not item.review.is_due(self._today)
        if early and not self._prompts.confirm(
            self,
            TITLE,
            f"{item.reference} is not due for review"
            + (f" until {short_date(item.review.due_on)}" if item.review.due_on else "")
            + ". Dispose of it early only for a record made in error or a lawful erasure "
            "request, and say so in the reason.",
            yes="Dispose of it early",
        ):
            return
        if not self._prompts.confirm(
            self,
            TITLE,
            f"Dispose of {item.reference} for good? Their details, every incident only they "
            "were in, and every chronology entry about them will be erased and cannot be got "
            "back. Incidents shared with others are kept, with the name removed. Backups "
            "made before today still hold the record.",
            yes="Dispose of it",
        ):
            return
        reason = self._reason()

        def work() -> DisposalResult:
            return retention.dispose(
                self._session,
                item.person_id,
                reason=reason,
                confirmation=confirmation,
                today=self._today,
                early=early,
            )

        def done(result: DisposalResult) -> None:
            self.ui.reason_edit.clear()
            self.ui.confirm_edit.clear()
            self._prompts.inform(
                self,
                TITLE,
                f"{result.tombstone.reference} has been disposed of. Incidents removed: "
                f"{', '.join(result.incidents_disposed) or 'none'}. Incidents kept for others, "
                f"with the name removed: {', '.join(result.incidents_redacted) or 'none'}."
                + ("" if result.rebuilt else f" {retention.REBUILD_FAILED}"),
            )

        self._attempt(work, done)

    def dispose_again(self) -> None:
        if not self._prompts.confirm(
            self,
            TITLE,
            "Dispose again of every record a restored backup brought back? Each is disposed of "
            "with its original reason, unless a legal hold is now in force on it.",
            yes="Dispose of them again",
        ):
            return

        def done(outcome: tuple[list[DisposalResult], list[str]]) -> None:
            results, refused = outcome
            text = f"{len(results)} record(s) disposed of again."
            if refused:
                text += " Not disposed of: " + " ".join(refused)
            self._prompts.inform(self, TITLE, text)

        self._attempt(lambda: retention.dispose_again(self._session, self._today), done)

    def _update_controls(self) -> None:
        ui = self.ui
        item = self.selected()
        ui.explanation_label.setText(item.review.explanation if item else "")
        for button in (ui.hold_button, ui.keep_button):
            button.setEnabled(item is not None)
        ui.dispose_button.setEnabled(
            item is not None
            and not item.on_hold
            and ui.confirm_edit.text().strip().upper() == item.reference
        )
        row = selected_row(ui.holds_table)
        ui.lift_button.setEnabled(
            self._dsl and row is not None and row_data(ui.holds_table, row) is not None
        )
