"""The incident form: the sections a DSL works through, read into and out of the case model.

The form holds one incident at a time and knows nothing about the case file: it shows an
`Incident`, gives one back (`collect()` checks every field first and names each mistake next to
its field), and says when anything changed. Saving, drafts, the people and referral editors and
the chronology are the workspace's job (incident_workspace.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ypsi_desktop.domain.case import (
    FollowUp,
    Incident,
    IncidentPerson,
    IncidentStatus,
    PersonKind,
    Referral,
    ReviewMeeting,
    Viewing,
)
from ypsi_desktop.domain.dates import DateError, age_on, parse_date, parse_time, short_date
from ypsi_desktop.gui.forms.ui_incident_form import Ui_IncidentForm
from ypsi_desktop.gui.person_dialog import describe_roles
from ypsi_desktop.gui.plain_text import PlainLineEdit, PlainTextEdit, plain_tip
from ypsi_desktop.gui.record_dialogs import (
    AGENCY_SHORT,
    RISK_WORDS,
    fill_tri,
    parse_moment,
    show_error,
)
from ypsi_desktop.gui.tones import adapt

# Field of the model (dotted for the nested review and viewing) → the widget that shows it.
TEXT_FIELDS = {
    "how_came_to_light": "how_edit",
    "imagery_description": "imagery_edit",
    "sharing_extent": "extent_edit",
    "device_steps": "device_steps_edit",
    "parents_contact_details": "parents_details_edit",
    "parents_not_contacted_reason": "parents_reason_edit",
    "support_given": "support_edit",
    "outcome": "outcome_edit",
    "review.attendees": "attendees_edit",
    "review.triggers_considered": "triggers_edit",
    "review.notes": "review_notes_edit",
    "viewing.reason": "viewing_reason_edit",
}
LINE_FIELDS = {
    "reported_by": "reported_by_edit",
    "owner": "owner_edit",
    "apps_services": "apps_edit",
    "viewing.viewed_by": "viewed_by_edit",
    "viewing.others_present": "others_present_edit",
}
TRI_FIELDS = {
    "shared_publicly": "public_combo",
    "multiple_incidents": "multiple_combo",
    "parents_contacted": "parents_contacted_combo",
    "advice_report_remove": "report_remove_combo",
    "advice_ceop": "ceop_combo",
    "viewing.viewed": "viewed_combo",
}
# Date fields typed as text: kept exactly as typed in a draft, even when not yet valid.
TYPED_FIELDS = ("came_date_edit", "came_time_edit", "review_date_edit", "viewed_at_edit")
VIEWING_WIDGETS = ("viewed_by_edit", "viewed_at_edit", "viewing_reason_edit", "others_present_edit")
_FIELD_OF_ERROR = {
    "came_date_error": "came_date_edit",
    "came_time_error": "came_time_edit",
    "viewed_at_error": "viewed_at_edit",
    "review_date_error": "review_date_edit",
    "parents_reason_error": "parents_reason_edit",
}
TAB_OF_ERROR = {
    "came_date_error": "came_tab",
    "came_time_error": "came_tab",
    "viewed_at_error": "imagery_tab",
    "review_date_error": "review_tab",
    "parents_reason_error": "actions_tab",
}


def field_value(incident: Incident, path: str) -> object:
    """A field of the incident by its dotted path ("review.held_on")."""
    target: object = incident
    for part in path.split("."):
        target = getattr(target, part)
    return target


def set_field(incident: Incident, path: str, value: object) -> None:
    *parents, last = path.split(".")
    target: object = incident
    for part in parents:
        target = getattr(target, part)
    setattr(target, last, value)


def person_age(link: IncidentPerson, on: date) -> str:
    person = link.person
    if person.date_of_birth is not None:
        return str(age_on(person.date_of_birth, on))
    if person.age_years is not None:
        return f"{person.age_years} (as told)"
    return "Not known"


def _cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = QTableWidgetItem(text)
    item.setToolTip(plain_tip(text))
    table.setItem(row, column, item)


class IncidentForm(QWidget):
    changed = Signal()
    notice = Signal(str)  # one-line explanations (an image refused, text cleaned)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_IncidentForm()
        ui.setupUi(self)
        self.incident = Incident()
        self.people: list[IncidentPerson] = []
        self.referrals: list[Referral] = []
        self.follow_ups: list[FollowUp] = []
        self.dirty = False
        self._loading = False
        self.today: Callable[[], date] = date.today
        for name in TRI_FIELDS.values():
            fill_tri(getattr(ui, name))
        for table in (ui.people_table, ui.referrals_table, ui.follow_ups_table):
            table.itemSelectionChanged.connect(self._update_buttons)
        ui.chronology_table.itemSelectionChanged.connect(self._update_buttons)
        chronology_header = ui.chronology_table.horizontalHeader()
        chronology_header.setStretchLastSection(False)
        chronology_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        chronology_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Rows follow their wrapped text as the table's width changes (first shown, resized).
        ui.chronology_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        adapt(self)
        self._lines = self.findChildren(PlainLineEdit)
        self._texts = self.findChildren(PlainTextEdit)
        self._combos = self.findChildren(QComboBox)
        self._error_labels = [
            label for label in self.findChildren(QLabel) if label.objectName().endswith("_error")
        ]
        for edit in self._lines:
            edit.textChanged.connect(self._touched)
            edit.notice.connect(self.notice)
        for text in self._texts:
            text.textChanged.connect(self._touched)
            text.notice.connect(self.notice)
        for combo in self._combos:
            combo.currentIndexChanged.connect(self._touched)
        ui.parents_contacted_combo.currentIndexChanged.connect(self._update_buttons)
        ui.viewed_combo.currentIndexChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- showing -------------------------------------------------------------------------

    def load(self, incident: Incident, typed: dict[str, str] | None = None) -> None:
        """Show `incident` (a copy is kept; the form never changes the caller's object)."""
        self._loading = True
        try:
            ui = self.ui
            self.incident = incident
            for path, name in TEXT_FIELDS.items():
                getattr(ui, name).setPlainText(str(field_value(incident, path) or ""))
            for path, name in LINE_FIELDS.items():
                getattr(ui, name).setText(str(field_value(incident, path) or ""))
            for path, name in TRI_FIELDS.items():
                combo = getattr(ui, name)
                combo.setCurrentIndex(max(combo.findData(field_value(incident, path)), 0))
            when = incident.came_to_light_at
            local = when.astimezone() if when is not None else None
            ui.came_date_edit.setText(short_date(local.date()) if local else "")
            has_time = local is not None and (local.hour, local.minute) != (0, 0)
            ui.came_time_edit.setText(local.strftime("%H:%M") if local and has_time else "")
            held = incident.review.held_on
            ui.review_date_edit.setText(short_date(held) if held else "")
            viewed = incident.viewing.viewed_at
            ui.viewed_at_edit.setText(
                viewed.astimezone().strftime("%d/%m/%Y %H:%M") if viewed else ""
            )
            for name, value in (typed or {}).items():
                if name in TYPED_FIELDS:
                    getattr(ui, name).setText(value)
            self.people = list(incident.people)
            self.referrals = list(incident.referrals)
            self.follow_ups = list(incident.follow_ups)
            for label in self._error_labels:
                show_error(label, None)
            ui.message_label.hide()
            self._show_heading()
            self.show_people()
            self.show_referrals()
            self.show_follow_ups()
        finally:
            self._loading = False
        self.dirty = False
        self._apply_read_only()

    def mark_saved(self, incident: Incident) -> None:
        """The form's content was just saved as `incident`: take its ids and references
        without setting every field again (they already show what was saved)."""
        self.incident = incident
        self.people = list(incident.people)
        self.referrals = list(incident.referrals)
        self.follow_ups = list(incident.follow_ups)
        self._show_heading()
        self.show_people()
        self.show_referrals()
        self.show_follow_ups()
        self.dirty = False
        self._apply_read_only()

    def _show_heading(self) -> None:
        ui, incident = self.ui, self.incident
        ui.heading_label.setText(incident.reference or "New incident")
        if incident.id is None:
            ui.status_label.setText("not saved yet")
        elif incident.status is IncidentStatus.CLOSED and incident.closed_on:
            ui.status_label.setText(f"closed {short_date(incident.closed_on)}")
        else:
            ui.status_label.setText(str(incident.status.value))
        closed = incident.status is IncidentStatus.CLOSED
        ui.close_incident_button.setText(
            "Reopen the &incident…" if closed else "Close the &incident…"
        )

    def incident_date(self) -> date:
        when = self.incident.came_to_light_at
        try:
            return parse_date(self.ui.came_date_edit.clean_text(), today=self.today())
        except DateError:
            return when.astimezone().date() if when else self.today()

    def show_people(self) -> None:
        table = self.ui.people_table
        table.setRowCount(len(self.people))
        on = self.incident_date()
        for row, link in enumerate(self.people):
            person = link.person
            kind = "Child" if person.kind is PersonKind.CHILD else "Adult"
            if person.kind is PersonKind.ADULT and person.works_with_children:
                kind = "Adult who works with children"
            for column, text in enumerate(
                (
                    person.display_name,
                    kind,
                    person_age(link, on) if person.kind is PersonKind.CHILD else "",
                    person.year_group,
                    describe_roles(link.roles),
                    person.reference or "new",
                )
            ):
                _cell(table, row, column, text)
        table.resizeColumnsToContents()

    def show_referrals(self) -> None:
        table = self.ui.referrals_table
        names = {link.person.id: link.person.display_name for link in self.people}
        table.setRowCount(len(self.referrals))
        for row, r in enumerate(self.referrals):
            phoned = {True: "Yes", False: "No", None: "Not known"}[r.telephone_first]
            for column, text in enumerate(
                (
                    AGENCY_SHORT[r.agency],
                    short_date(r.made_on) if r.made_on else "",
                    ", ".join(sorted(names.get(c, "?") for c in r.children)),
                    phoned,
                    r.spoken_to,
                    r.agency_reference,
                    RISK_WORDS[r.risk_rating],
                    short_date(r.acknowledged_on) if r.acknowledged_on else "Not yet",
                    r.agency_decision or "Not yet",
                )
            ):
                _cell(table, row, column, text)
        table.resizeColumnsToContents()

    def show_follow_ups(self) -> None:
        table = self.ui.follow_ups_table
        table.setRowCount(len(self.follow_ups))
        today = self.today()
        for row, f in enumerate(self.follow_ups):
            due = short_date(f.due_on) if f.due_on else ""
            if f.overdue(today):
                due += " (overdue)"
            done = short_date(f.done_on) if f.done_on else "Still to do"
            for column, text in enumerate((f.description, f.owner, due, done)):
                _cell(table, row, column, text)
        table.resizeColumnsToContents()

    def show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        """For a user who may not record (the form is also read-only while closed)."""
        self.may_record = not read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        closed = self.incident.status is IncidentStatus.CLOSED
        read_only = not self.may_record or closed
        if read_only != self.read_only or not self._applied:
            for edit in self._lines:
                edit.setReadOnly(read_only)
            for text in self._texts:
                text.setReadOnly(read_only)
            for combo in self._combos:
                combo.setEnabled(not read_only)
            self._applied = True
        self.read_only = read_only
        self._update_buttons()

    read_only = False
    may_record = True
    _applied = False

    # --- reading back --------------------------------------------------------------------

    def typed(self) -> dict[str, str]:
        return {name: getattr(self.ui, name).text() for name in TYPED_FIELDS}

    def current(self) -> Incident:
        """Whatever the form holds now, without checks (for a draft): dates that do not
        read yet keep their stored value, and are kept as typed by `typed()`."""
        return self._build(strict=False) or self.incident

    def collect(self) -> Incident | None:
        """The incident as the form shows it, or None after naming every mistake."""
        return self._build(strict=True)

    def _build(self, *, strict: bool) -> Incident | None:
        ui, base = self.ui, self.incident
        incident = replace(
            base,
            review=replace(base.review) if base.review else ReviewMeeting(),
            viewing=replace(base.viewing) if base.viewing else Viewing(),
            people=list(self.people),
            referrals=list(self.referrals),
            follow_ups=list(self.follow_ups),
        )
        for path, name in TEXT_FIELDS.items():
            set_field(incident, path, getattr(ui, name).text().strip())
        for path, name in LINE_FIELDS.items():
            set_field(incident, path, getattr(ui, name).clean_text())
        for path, name in TRI_FIELDS.items():
            set_field(incident, path, getattr(ui, name).currentData())
        problems = []
        today = self.today()
        came = self._came_to_light(today, strict)
        if isinstance(came, datetime) or came is None:
            incident.came_to_light_at = came
        else:
            problems.append("came_date_error")
        came_at = incident.came_to_light_at
        came_day = came_at.astimezone().date() if came_at else None
        review_typed = ui.review_date_edit.clean_text()
        try:
            held = parse_date(review_typed, today=today) if review_typed else None
            if held and came_day and held < came_day:
                raise DateError("The review meeting cannot come before the incident came to light.")
            incident.review.held_on = held
            show_error(ui.review_date_error, None) if strict else None
        except DateError as problem:
            problems.append("review_date_error")
            if strict:
                show_error(ui.review_date_error, str(problem))
        viewed_typed = ui.viewed_at_edit.clean_text()
        try:
            moment = parse_moment(viewed_typed, today=today) if viewed_typed else None
            if isinstance(moment, date) and not isinstance(moment, datetime):
                moment = datetime.combine(moment, datetime.min.time()).astimezone()
            incident.viewing.viewed_at = moment
            if strict:
                message = None
                if incident.viewing.viewed is True and (
                    moment is None or not incident.viewing.viewed_by or not incident.viewing.reason
                ):
                    message = "A viewing must say who viewed it, when and why."
                if show_error(ui.viewed_at_error, message):
                    problems.append("viewed_at_error")
        except DateError as problem:
            problems.append("viewed_at_error")
            if strict:
                show_error(ui.viewed_at_error, str(problem))
        if strict:
            reason_needed = incident.parents_contacted is False and not (
                incident.parents_not_contacted_reason
            )
            if show_error(
                ui.parents_reason_error,
                "Say why parents or carers were not contacted." if reason_needed else None,
            ):
                problems.append("parents_reason_error")
        if strict and problems:
            shown = [name for name in TAB_OF_ERROR if not getattr(ui, name).isHidden()]
            first = shown[0] if shown else problems[0]
            ui.section_tabs.setCurrentWidget(getattr(ui, TAB_OF_ERROR[first]))
            count = max(len(shown), 1)
            self.show_message(
                "Not saved yet: "
                + ("one thing needs" if count == 1 else f"{count} things need")
                + " putting right. Each is named next to its field."
            )
            getattr(ui, _FIELD_OF_ERROR.get(first, "came_date_edit")).setFocus()
            return None
        if strict:
            self.show_message("")
        return incident

    def _came_to_light(self, today: date, strict: bool) -> datetime | None | bool:
        """The moment it came to light; False when typed wrongly (the error is shown)."""
        ui = self.ui
        day_typed, time_typed = ui.came_date_edit.clean_text(), ui.came_time_edit.clean_text()
        ok = True
        try:
            if not day_typed:
                raise DateError("Enter the date it came to light, as day/month/year.")
            day = parse_date(day_typed, today=today)
            if strict:
                show_error(ui.came_date_error, None)
        except DateError as problem:
            if strict:
                show_error(ui.came_date_error, str(problem))
            ok = False
            day = None
        try:
            at = parse_time(time_typed) if time_typed else None
            if strict:
                show_error(ui.came_time_error, None)
        except DateError as problem:
            if strict:
                show_error(ui.came_time_error, str(problem))
            return False
        if not ok or day is None:
            return False
        moment = datetime.combine(day, at or datetime.min.time()).astimezone()
        if at is not None and moment > datetime.now().astimezone():
            if strict:
                show_error(ui.came_time_error, "That time is still to come today.")
            return False
        return moment

    # --- state ---------------------------------------------------------------------------

    def _touched(self, *_: object) -> None:
        if self._loading:
            return
        if not self.dirty:
            self.dirty = True
        self.changed.emit()

    def mark_changed(self) -> None:
        """A table changed (a person, referral or follow-up added or edited)."""
        self.dirty = True
        self.show_people()
        self.show_referrals()
        self.show_follow_ups()
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self, *_: object) -> None:
        ui = self.ui
        writable = not self.read_only
        person = ui.people_table.currentRow()
        chosen = self.people[person] if 0 <= person < len(self.people) else None
        for button in (
            ui.add_child_button,
            ui.add_adult_button,
            ui.add_referral_button,
            ui.add_follow_up_button,
            ui.save_button,
        ):
            button.setEnabled(writable)
        ui.close_incident_button.setEnabled(self.may_record and self.incident.id is not None)
        ui.classify_button.setEnabled(self.incident.id is not None)
        ui.edit_person_button.setEnabled(writable and chosen is not None)
        ui.remove_person_button.setEnabled(
            writable and chosen is not None and chosen.person.id not in self._stored_people()
        )
        ui.child_file_button.setEnabled(
            chosen is not None
            and chosen.person.kind is PersonKind.CHILD
            and chosen.person.id is not None
        )
        referral = ui.referrals_table.currentRow()
        has_referral = 0 <= referral < len(self.referrals)
        ui.edit_referral_button.setEnabled(writable and has_referral)
        ui.remove_referral_button.setEnabled(
            writable and has_referral and self.referrals[referral].id is None
        )
        ui.edit_follow_up_button.setEnabled(
            writable and 0 <= ui.follow_ups_table.currentRow() < len(self.follow_ups)
        )
        saved = self.incident.id is not None
        ui.add_entry_button.setEnabled(self.may_record and saved)  # notes, even once closed
        ui.correct_entry_button.setEnabled(
            self.may_record and saved and ui.chronology_table.currentRow() >= 0
        )
        ui.parents_details_edit.setEnabled(ui.parents_contacted_combo.currentData() is not False)
        ui.parents_reason_edit.setEnabled(ui.parents_contacted_combo.currentData() is not True)
        viewed = ui.viewed_combo.currentData() is True
        for name in VIEWING_WIDGETS:
            getattr(ui, name).setEnabled(viewed or bool(getattr(ui, name).text()))

    def _stored_people(self) -> set[int | None]:
        return {link.person.id for link in self.incident.people}
