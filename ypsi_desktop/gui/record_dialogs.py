"""The small editors the incident form opens: a referral, a follow-up action, a chronology entry.

Each is a Designer form; each checks its own fields and names a mistake next to the field it is
about. None writes to the case file: the incident form saves everything together (a chronology
entry is the exception, saved by the caller at once, because entries are never edited later).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QWidget

from ypsi_desktop.domain.case import (
    Agency,
    ChronologyEntry,
    FollowUp,
    IncidentPerson,
    Referral,
    RiskRating,
)
from ypsi_desktop.domain.dates import DateError, parse_date, parse_time, short_date
from ypsi_desktop.gui.forms.ui_chronology_entry_dialog import Ui_ChronologyEntryDialog
from ypsi_desktop.gui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from ypsi_desktop.gui.forms.ui_referral_dialog import Ui_ReferralDialog
from ypsi_desktop.gui.person_dialog import TRI_CHOICES
from ypsi_desktop.gui.plain_text import PlainLineEdit, PlainTextEdit
from ypsi_desktop.gui.tones import adapt

AGENCY_WORDS = {
    Agency.MASH: "Children's social care (MASH)",
    Agency.POLICE: "Police",
    Agency.LADO: "LADO (allegation about an adult working with children)",
    Agency.CEOP: "CEOP",
    Agency.OTHER: "Other agency",
}
AGENCY_SHORT = {
    Agency.MASH: "Children's social care",
    Agency.POLICE: "Police",
    Agency.LADO: "LADO",
    Agency.CEOP: "CEOP",
    Agency.OTHER: "Other",
}
RISK_WORDS = {
    RiskRating.UNKNOWN: "Not rated yet",
    RiskRating.LOW: "Low",
    RiskRating.MEDIUM: "Medium",
    RiskRating.HIGH: "High",
}


def show_error(label: QLabel, message: str | None) -> bool:
    """Show or hide a field's error label; True when there was an error."""
    label.setText(message or "")
    label.setVisible(bool(message))
    return bool(message)


def read_date(
    edit: PlainLineEdit,
    error: QLabel,
    *,
    today: date,
    required: bool = False,
    earliest: date | None = None,
    earliest_words: str = "",
) -> tuple[bool, date | None]:
    """(ok, value) for a date field; blank is None unless required."""
    typed = edit.clean_text()
    if not typed:
        if required:
            show_error(error, "Enter the date as day/month/year, for example 03/04/2026.")
            return False, None
        show_error(error, None)
        return True, None
    try:
        value = parse_date(typed, today=today)
    except DateError as problem:
        show_error(error, str(problem))
        return False, None
    if earliest is not None and value < earliest:
        show_error(error, f"This is before {earliest_words} ({short_date(earliest)}).")
        return False, None
    show_error(error, None)
    return True, value


def parse_moment(typed: str, *, today: date) -> datetime | date:
    """'dd/mm/yyyy' or 'dd/mm/yyyy hh:mm' as a date or a local date and time."""
    parts = typed.split()
    if len(parts) not in (1, 2):
        raise DateError("Enter the date as day/month/year, optionally followed by hh:mm.")
    day = parse_date(parts[0], today=today)
    if len(parts) == 1:
        return day
    moment = datetime.combine(day, parse_time(parts[1])).astimezone()
    if moment > datetime.now().astimezone():
        raise DateError("That time is in the future.")
    return moment


def fill_tri(combo: object) -> None:
    for words, value in TRI_CHOICES:
        combo.addItem(words, value)  # type: ignore[attr-defined]


def _connect_notices(dialog: QWidget, label: QLabel) -> None:
    adapt(dialog)

    def show(message: str) -> None:
        label.setText(message)
        label.setVisible(True)

    for widget in dialog.findChildren(PlainLineEdit) + dialog.findChildren(PlainTextEdit):
        widget.notice.connect(show)


class ReferralDialog(QDialog):
    """One referral: the agency, when, to whom, the risk rating and reasons, which children it
    concerns, and the acknowledgement and decision when they come."""

    def __init__(
        self,
        referral: Referral | None,
        children: list[IncidentPerson],  # saved ones: a referral names children by record
        *,
        earliest: date | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ReferralDialog()
        ui.setupUi(self)
        self._today = today or date.today()
        self._earliest = earliest
        self._original = referral
        self._result: Referral | None = None
        for agency, words in AGENCY_WORDS.items():
            ui.agency_combo.addItem(words, agency.value)
        for rating, words in RISK_WORDS.items():
            ui.risk_combo.addItem(words, rating.value)
        fill_tri(ui.telephone_combo)
        _connect_notices(self, ui.children_error)
        r = referral or Referral(agency=Agency.MASH, made_on=self._today)
        self.setWindowTitle("Edit a referral" if referral else "Add a referral")
        ui.heading_label.setText(self.windowTitle())
        ui.agency_combo.setCurrentIndex(ui.agency_combo.findData(r.agency.value))
        ui.made_on_edit.setText(short_date(r.made_on) if r.made_on else "")
        ui.telephone_combo.setCurrentIndex(ui.telephone_combo.findData(r.telephone_first))
        ui.spoken_to_edit.setText(r.spoken_to)
        ui.agency_reference_edit.setText(r.agency_reference)
        ui.risk_combo.setCurrentIndex(ui.risk_combo.findData(r.risk_rating.value))
        ui.risk_reasons_edit.setPlainText(r.risk_reasons)
        ui.acknowledged_edit.setText(short_date(r.acknowledged_on) if r.acknowledged_on else "")
        ui.decision_edit.setPlainText(r.agency_decision)
        for link in children:
            item = QListWidgetItem(f"{link.person.display_name} ({link.person.reference or 'new'})")
            item.setData(Qt.ItemDataRole.UserRole, link.person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = link.person.id in r.children or (referral is None and len(children) == 1)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            ui.children_list.addItem(item)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def result(self) -> Referral:  # type: ignore[override]
        if self._result is None:
            raise RuntimeError("the dialog has not been accepted")
        return self._result

    def accept(self) -> None:
        ui = self.ui
        ok_made, made_on = read_date(
            ui.made_on_edit,
            ui.made_on_error,
            today=self._today,
            required=True,
            earliest=self._earliest,
            earliest_words="the date the incident came to light",
        )
        ok_ack, acknowledged = read_date(
            ui.acknowledged_edit, ui.acknowledged_error, today=self._today
        )
        if ok_ack and acknowledged and made_on and acknowledged < made_on:
            ok_ack = not show_error(
                ui.acknowledged_error, "The acknowledgement cannot come before the referral."
            )
        chosen = []
        for row in range(ui.children_list.count()):
            item = ui.children_list.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        ok_children = True
        if not chosen and ui.children_list.count():
            ok_children = not show_error(ui.children_error, "Tick each child it concerns.")
        else:
            show_error(ui.children_error, None)
        if not (ok_made and ok_ack and ok_children):
            return
        base = self._original
        self._result = Referral(
            agency=Agency(ui.agency_combo.currentData()),
            made_on=made_on,
            telephone_first=ui.telephone_combo.currentData(),
            spoken_to=ui.spoken_to_edit.clean_text(),
            agency_reference=ui.agency_reference_edit.clean_text(),
            risk_rating=RiskRating(ui.risk_combo.currentData()),
            risk_reasons=ui.risk_reasons_edit.text().strip(),
            acknowledged_on=acknowledged,
            agency_decision=ui.decision_edit.text().strip(),
            children=frozenset(int(c) for c in chosen),
            id=None if base is None else base.id,
        )
        super().accept()


class FollowUpDialog(QDialog):
    """One follow-up action with its owner, due date and, once done, the date it was done."""

    def __init__(
        self,
        follow_up: FollowUp | None,
        *,
        default_owner: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FollowUpDialog()
        ui.setupUi(self)
        self._today = today or date.today()
        self._original = follow_up
        self._result: FollowUp | None = None
        _connect_notices(self, ui.description_error)
        f = follow_up or FollowUp(description="", owner=default_owner)
        self.setWindowTitle("Edit a follow-up action" if follow_up else "Add a follow-up action")
        ui.heading_label.setText(self.windowTitle())
        ui.description_edit.setPlainText(f.description)
        ui.owner_edit.setText(f.owner)
        ui.due_edit.setText(short_date(f.due_on) if f.due_on else "")
        ui.done_edit.setText(short_date(f.done_on) if f.done_on else "")
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def result(self) -> FollowUp:  # type: ignore[override]
        if self._result is None:
            raise RuntimeError("the dialog has not been accepted")
        return self._result

    def accept(self) -> None:
        ui = self.ui
        description = ui.description_edit.text().strip()
        ok_text = not show_error(
            ui.description_error, None if description else "Say what is to be done."
        )
        due_typed = ui.due_edit.clean_text()
        ok_due, due = True, None
        if due_typed:  # a due date may be in the future, of course
            try:
                due = parse_date(due_typed, today=self._today, allow_future=True)
                show_error(ui.due_error, None)
            except DateError as problem:
                ok_due = not show_error(ui.due_error, str(problem))
        else:
            ok_due = not show_error(ui.due_error, "Give the date it is due by.")
        ok_done, done = read_date(ui.done_edit, ui.done_error, today=self._today)
        if not (ok_text and ok_due and ok_done):
            return
        base = self._original
        self._result = FollowUp(
            description=description,
            owner=ui.owner_edit.clean_text(),
            due_on=due,
            done_on=done,
            id=None if base is None else base.id,
        )
        super().accept()


class ChronologyEntryDialog(QDialog):
    """A new dated entry, or a correction of `corrects` (which stays as it was)."""

    def __init__(
        self,
        *,
        corrects: ChronologyEntry | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ChronologyEntryDialog()
        ui.setupUi(self)
        self._today = today or date.today()
        self.corrects = corrects
        self.body = ""
        self.occurred_at: datetime | date | None = None
        _connect_notices(self, ui.body_error)
        if corrects is None:
            self.setWindowTitle("Add a chronology entry")
            ui.corrects_label.hide()
            ui.occurred_edit.setText(datetime.now().strftime("%d/%m/%Y %H:%M"))
        else:
            self.setWindowTitle("Correct a chronology entry")
            when = corrects.occurred_at.astimezone()
            ui.corrects_label.setText(
                f"Correcting the entry of {when.strftime('%d/%m/%Y %H:%M')}"
                f"{' by ' + corrects.author if corrects.author else ''}:\n“{corrects.body}”\n\n"
                "That entry stays as it is; your correction is added beside it."
            )
            ui.occurred_edit.setText(when.strftime("%d/%m/%Y %H:%M"))
            ui.occurred_edit.setEnabled(False)
            ui.body_edit.setPlainText(corrects.body)
        ui.heading_label.setText(self.windowTitle())
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        ui = self.ui
        body = ui.body_edit.text().strip()
        ok_body = not show_error(ui.body_error, None if body else "Write what happened.")
        if self.corrects is not None and body == self.corrects.body.strip():
            ok_body = not show_error(ui.body_error, "Change the text to say what is correct.")
        ok_when = True
        if self.corrects is None:
            try:
                self.occurred_at = parse_moment(ui.occurred_edit.clean_text(), today=self._today)
                show_error(ui.occurred_error, None)
            except DateError as problem:
                ok_when = not show_error(ui.occurred_error, str(problem))
        if not (ok_body and ok_when):
            return
        self.body = body
        super().accept()
