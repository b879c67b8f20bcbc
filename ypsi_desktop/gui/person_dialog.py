"""Add or edit one person in an incident: their part in it and, for a child, what a referral needs.

The sections follow GUIDANCE.md ("What a record holds"): this incident (roles, the child's own
words, parents' awareness and consent), who they are, needs and vulnerability, family and
professionals. Every answer that can be unknown is Yes / No / Not known yet, never a tick box,
because "not known yet" is not "no". Mistakes are named in words next to the field they are
about, and the tab holding the first one is shown.

Before a new child is recorded the case file is searched for the same child (name, date of birth,
UPN), so one child keeps one file: the DSL picks the existing record or says it is a different
child. The dialog writes nothing itself; `save_person()` saves when the caller asks it to.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QListWidgetItem, QWidget

from ypsi_desktop.domain.case import (
    ChildPlan,
    IncidentPerson,
    Person,
    PersonKind,
    Role,
    SenStatus,
    Tri,
)
from ypsi_desktop.domain.dates import DateError, age_on, parse_date, short_date
from ypsi_desktop.domain.upn import UpnError, normalise_upn
from ypsi_desktop.gui.forms.ui_person_dialog import Ui_PersonDialog
from ypsi_desktop.gui.plain_text import PlainLineEdit, PlainTextEdit
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.tones import adapt
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.person_repository import PersonRepository

TRI_CHOICES: tuple[tuple[str, Tri], ...] = (
    ("Not known yet", None),
    ("Yes", True),
    ("No", False),
)
SEN_WORDS = {
    SenStatus.UNKNOWN: "Not known yet",
    SenStatus.NONE: "None",
    SenStatus.SEN_SUPPORT: "SEN support",
    SenStatus.EHCP: "Education, health and care plan (EHCP)",
}
PLAN_WORDS = {
    ChildPlan.UNKNOWN: "Not known yet",
    ChildPlan.NONE: "None",
    ChildPlan.CHILD_IN_NEED: "Child in need (CIN) plan",
    ChildPlan.CHILD_PROTECTION: "Child protection (CP) plan",
}
ROLE_WORDS = {
    Role.PICTURED: "pictured",
    Role.MADE: "made it",
    Role.SENT: "sent it",
    Role.RECEIVED: "received it",
    Role.SOLICITED: "asked for it",
    Role.REPORTED: "reported it",
}
NO_ROLE = "Tick at least one: what was their part in this incident?"
NO_NAME = "Enter a name, or the name they are known by."
NO_ADULT_NAME = "Enter a name, or their role or relationship (for example: online contact)."
# Fields of Person and IncidentPerson shown by a widget called "<field>_edit" (text) or
# "<field>_combo" (Yes / No / Not known yet), or by the name in _WIDGET.
_TRI = frozenset(
    {"interpreter_needed", "looked_after", "vulnerable", "agency_involvement"}
    | {"works_with_children", "parents_aware", "parents_consent"}
)
_WIDGET = {
    "role_or_relationship": "role_edit",
    "interpreter_needed": "interpreter_combo",
    "parents_not_informed_reason": "not_informed_edit",
    "notes": "link_notes_edit",
}
_COMMON = ("first_name", "last_name", "known_as", "gender", "address", "role_or_relationship")
_ADULT_ONLY = ("works_with_children",)
# Read for a child only: an adult's record keeps whatever it had.
_CHILD_ONLY = (
    *("year_group", "ethnicity", "first_language", "interpreter_needed", "looked_after"),
    *("vulnerable", "vulnerability_notes", "social_worker", "household"),
    *("parental_responsibility", "other_professionals", "agency_involvement", "agency_details"),
)
_LINK = ("own_words", "parents_aware", "parents_consent", "parents_not_informed_reason", "notes")


def _widget_name(field: str) -> str:
    return _WIDGET.get(field, f"{field}_combo" if field in _TRI else f"{field}_edit")


def describe_roles(roles: frozenset[Role]) -> str:
    """Roles in the order of the form, in words: "pictured, sent it"."""
    return ", ".join(ROLE_WORDS[r] for r in Role if r in roles)


class PersonDialog(QDialog):
    """`result()` gives the IncidentPerson once accepted. `chose_existing` says whether the DSL
    picked an existing child's record instead of the details typed."""

    def __init__(
        self,
        session: CaseFileSession,
        prompts: Prompts,
        *,
        person: Person | None = None,
        kind: PersonKind = PersonKind.CHILD,
        incident_date: date | None = None,
        roles: frozenset[Role] = frozenset(),
        link: IncidentPerson | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._session = session
        self._prompts = prompts
        self._repo = PersonRepository(session.conn)
        self._today = today or date.today()
        self._incident_date = min(incident_date or self._today, self._today)
        if link is not None:
            person, roles = link.person, link.roles
        self._original = person
        self._kind = PersonKind(person.kind) if person is not None else PersonKind(kind)
        self._result: IncidentPerson | None = None
        self._different_confirmed = False
        self.chose_existing = False
        ui = self.ui
        self._role_checks: dict[Role, QCheckBox] = {
            role: getattr(ui, f"{role.value}_check") for role in Role
        }
        for field in _TRI:
            for words, value in TRI_CHOICES:
                getattr(ui, _widget_name(field)).addItem(words, value)
        for status, words in SEN_WORDS.items():
            ui.sen_combo.addItem(words, status.value)
        for plan, words in PLAN_WORDS.items():
            ui.plan_combo.addItem(words, plan.value)
        errors = (ui.roles_error_label, ui.date_of_birth_error_label, ui.age_error_label)
        for label in (*errors, ui.upn_error_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.hide()
        ui.message_label.setTextFormat(Qt.TextFormat.PlainText)
        ui.message_label.hide()
        ui.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        ui.duplicate_frame.hide()
        for widget in self.findChildren(PlainLineEdit) + self.findChildren(PlainTextEdit):
            widget.notice.connect(self._show_message)

        ui.upn_edit.editingFinished.connect(self._check_upn)
        ui.date_of_birth_edit.editingFinished.connect(self._check_age)
        ui.age_spin.valueChanged.connect(lambda _: self._check_age())
        ui.parents_aware_combo.currentIndexChanged.connect(self._update_controls)
        ui.parents_consent_combo.currentIndexChanged.connect(self._update_controls)
        ui.agency_involvement_combo.currentIndexChanged.connect(self._update_controls)
        for check in self._role_checks.values():
            check.toggled.connect(lambda _: self._check_roles(quiet=True))
        ui.duplicate_list.itemDoubleClicked.connect(lambda _: self.use_existing())
        ui.use_existing_button.clicked.connect(self.use_existing)
        ui.different_child_button.clicked.connect(self.different_child)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

        self._arrange_for_kind()
        self._load(person or Person(kind=self._kind), roles, link)
        self._update_controls()
        ui.section_tabs.setCurrentIndex(0)
        adapt(self)

    # --- public ----------------------------------------------------------------------------

    def result(self) -> IncidentPerson:  # type: ignore[override]
        """The person and their part in the incident, once the dialog was accepted."""
        if self._result is None:
            raise RuntimeError("the dialog has not been accepted")
        return self._result

    def save_person(self) -> Person:
        """Save the person (new or changed) under the signed-in user; returns it with its id."""
        self._session.require(Permission.RECORD)  # checked here too, not only by hiding buttons
        person = self.result().person
        return self._repo.save(person, user_id=self._session.user.id)

    def accept(self) -> None:
        """Check every field; for a new child, look for an existing record first."""
        person = self._collect()
        if person is None:
            return
        if self._kind is PersonKind.CHILD and person.id is None and not self._different_confirmed:
            matches = self._possible_matches(person)
            if matches:
                self._offer(matches)
                return
        self._finish(person)

    def use_existing(self) -> None:
        """Record the selected existing child in this incident instead of a new record."""
        item = self.ui.duplicate_list.currentItem()
        if item is None:
            self._show_message("Select the existing child first.")
            return
        existing = self._repo.get(int(item.data(Qt.ItemDataRole.UserRole)))
        if existing is None:
            self._show_message("That record has just been merged or removed: look again.")
            return
        self.chose_existing = True
        self._finish(existing)

    def different_child(self) -> None:
        """The DSL says the matches are other children: make a new record."""
        self._different_confirmed = True
        person = self._collect()
        if person is not None:
            self._finish(person)

    def possible_matches(self) -> list[str]:
        """The existing children offered, as shown."""
        items = (self.ui.duplicate_list.item(i) for i in range(self.ui.duplicate_list.count()))
        return [item.text() for item in items if item is not None]

    # --- building --------------------------------------------------------------------------

    def _arrange_for_kind(self) -> None:
        ui, child = self.ui, self._kind is PersonKind.CHILD
        original, noun = self._original, "child" if child else "adult"
        editing = original is not None and original.id is not None
        title = f"Edit {noun}: {original.display_name}" if original and editing else f"Add {noun}"
        # Window titles show in task bars and screen shares: a reference, never a name.
        self.setWindowTitle(
            f"Edit {noun} {original.reference}" if original and editing else f"Add {noun}"
        )
        ui.heading_label.setText(title)
        when = short_date(self._incident_date)
        ui.intro_label.setText(
            "Record the child's part in this incident and what a referral would need. Leave "
            "what you do not know yet as \u201cNot known yet\u201d and come back to it."
            if child
            else "Record the adult's part in this incident, who they are and whether they work "
            "or volunteer with children."
        )
        ui.age_caption.setText(f"&Age on {when}")
        ui.age_hint.setText(
            f"Only when the date of birth is not known: their age on {when}, the incident date."
        )
        form = ui.incident_form
        for row in (ui.own_words_edit, ui.parents_aware_combo, ui.parents_consent_combo):
            form.setRowVisible(row, child)
        form.setRowVisible(ui.not_informed_edit, child)
        identity = ui.identity_form
        identity.setRowVisible(ui.role_edit, not child)
        identity.setRowVisible(ui.works_box, not child)
        for widget in (ui.year_group_edit, ui.ethnicity_edit, ui.first_language_edit):
            identity.setRowVisible(widget, child)
        identity.setRowVisible(ui.interpreter_combo, child)
        identity.setRowVisible(ui.upn_box, child)
        ui.section_tabs.setTabVisible(ui.section_tabs.indexOf(ui.needs_tab), child)
        ui.section_tabs.setTabVisible(ui.section_tabs.indexOf(ui.family_tab), child)

    def _load(self, person: Person, roles: frozenset[Role], link: IncidentPerson | None) -> None:
        ui = self.ui
        for role, check in self._role_checks.items():
            check.setChecked(role in roles)
        fields: list[tuple[object, str]] = [
            (person, field) for field in (*_COMMON, *_ADULT_ONLY, *_CHILD_ONLY, "upn")
        ]
        fields += [(link, field) for field in _LINK] if link is not None else []
        for source, field in fields:
            _set_value(getattr(ui, _widget_name(field)), getattr(source, field))
        if person.date_of_birth is not None:
            ui.date_of_birth_edit.setText(short_date(person.date_of_birth))
        ui.age_spin.setValue(person.age_years or 0)
        ui.sen_combo.setCurrentIndex(ui.sen_combo.findData(SenStatus(person.sen).value))
        ui.plan_combo.setCurrentIndex(ui.plan_combo.findData(ChildPlan(person.plan).value))
        self._check_age()

    def _read(self, fields: tuple[str, ...]) -> dict[str, object]:
        return {field: _value(getattr(self.ui, _widget_name(field))) for field in fields}

    # --- checking --------------------------------------------------------------------------

    def _check_roles(self, *, quiet: bool = False) -> bool:
        ok = any(check.isChecked() for check in self._role_checks.values())
        label = self.ui.roles_error_label
        if ok:
            label.hide()
        elif not quiet:
            _show(label, NO_ROLE)
        return ok

    def _check_upn(self) -> str | None:
        """The UPN in capitals ('' when blank), or None after saying what is wrong with it."""
        ui = self.ui
        text = ui.upn_edit.clean_text()
        ui.upn_error_label.hide()
        if not text or self._kind is not PersonKind.CHILD:
            return ""
        try:
            upn = normalise_upn(text)
        except UpnError as error:
            _show(ui.upn_error_label, str(error))
            return None
        if upn != text:
            ui.upn_edit.setText(upn)
        return upn

    def _date_of_birth(self) -> tuple[bool, date | None]:
        """(ok, date of birth): a typed date must be real, past and before the incident."""
        ui = self.ui
        text = ui.date_of_birth_edit.clean_text()
        ui.date_of_birth_error_label.hide()
        if not text:
            return True, None
        try:
            value = parse_date(text, today=self._today)
        except DateError as error:
            _show(ui.date_of_birth_error_label, str(error))
            return False, None
        if value > self._incident_date:
            _show(
                ui.date_of_birth_error_label,
                f"{short_date(value)} is after the incident ({short_date(self._incident_date)}).",
            )
            return False, None
        return True, value

    def _age_recorded_on(self) -> date:
        original = self._original
        if original and original.age_recorded_on and original.age_years == self.ui.age_spin.value():
            return original.age_recorded_on
        return self._incident_date

    def _check_age(self) -> tuple[bool, date | None, int | None]:
        """(ok, date of birth, age): an age and a date of birth given together must agree."""
        ui = self.ui
        ok, born = self._date_of_birth()
        age = ui.age_spin.value() or None
        ui.age_error_label.hide()
        ui.age_at_incident_label.setVisible(born is not None)
        if born is None:
            return ok, None, age
        actual = age_on(born, self._incident_date)
        ui.age_at_incident_label.setText(f"{actual} on {short_date(self._incident_date)}.")
        if age is not None:
            on = self._age_recorded_on()
            then = age_on(born, on)
            if then != age:
                _show(
                    ui.age_error_label,
                    f"Born on {short_date(born)}, they were {then} on {short_date(on)}, not "
                    f"{age}. Correct one of them, or set the age to \u201cNot known\u201d.",
                )
                return False, born, age
        return ok, born, age

    def _collect(self) -> Person | None:
        """The person as typed, or None after marking every field that needs changing."""
        ui = self.ui
        self._show_message("")
        roles_ok = self._check_roles()
        upn = self._check_upn()
        dates_ok, born, age = self._check_age()
        first, last = ui.first_name_edit.clean_text(), ui.last_name_edit.clean_text()
        known_as, role_text = ui.known_as_edit.clean_text(), ui.role_edit.clean_text()
        child = self._kind is PersonKind.CHILD
        named = bool(first or last or known_as or (not child and role_text))
        problems: list[tuple[QWidget, QWidget]] = []
        if not roles_ok:
            problems.append((ui.incident_tab, ui.pictured_check))
        if not named:
            problems.append((ui.identity_tab, ui.first_name_edit))
        if not dates_ok:
            problems.append((ui.identity_tab, ui.date_of_birth_edit))
        if upn is None:
            problems.append((ui.identity_tab, ui.upn_edit))
        if problems:
            if not named:
                self._show_message(NO_NAME if child else NO_ADULT_NAME)
            else:
                self._show_message("Some answers need changing: see the messages in red.")
            tab, field = problems[0]
            ui.section_tabs.setCurrentWidget(tab)
            scroll = getattr(ui, f"{tab.objectName()}_scroll")
            scroll.ensureWidgetVisible(field)
            field.setFocus()
            return None
        base = self._original or Person(kind=self._kind)
        person = replace(
            base,
            date_of_birth=born,
            age_years=None if born is not None else age,
            age_recorded_on=None if born is not None or age is None else self._age_recorded_on(),
            **self._read(_COMMON),  # type: ignore[arg-type]
        )
        if not child:
            return replace(person, **self._read(_ADULT_ONLY))  # type: ignore[arg-type]
        return replace(
            person,
            upn=upn or "",
            sen=SenStatus(ui.sen_combo.currentData()),
            plan=ChildPlan(ui.plan_combo.currentData()),
            **self._read(_CHILD_ONLY),  # type: ignore[arg-type]
        )

    # --- duplicates ------------------------------------------------------------------------

    def _possible_matches(self, person: Person) -> list[Person]:
        """Children already on file who may be this one: same name and date of birth, same
        UPN, or (with no date of birth to go on) the same name."""
        found: dict[int, Person] = {}
        name = " ".join(p for p in (person.first_name, person.last_name) if p)
        candidates = list(self._repo.likely_duplicates(person))
        if name and person.date_of_birth is not None:
            candidates += self._repo.search_children(name, date_of_birth=person.date_of_birth)
        elif name:
            candidates += self._repo.search_children(name, limit=10)
        if person.upn:
            candidates += self._repo.search_children(upn=person.upn)
        for match in candidates:
            if match.id is not None:
                found.setdefault(match.id, match)
        return list(found.values())[:20]

    def _offer(self, matches: list[Person]) -> None:
        ui = self.ui
        many = len(matches) > 1
        ui.duplicate_label.setText(
            (
                f"{len(matches)} children already on file may be this child."
                if many
                else "A child already on file may be this child."
            )
            + " If it is the same child, use the existing record so their file stays in one "
            "place; the details typed here are then not saved. Otherwise say it is a different "
            "child and a new record is made."
        )
        ui.duplicate_list.clear()
        for match in matches:
            item = QListWidgetItem(match_words(match))
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            ui.duplicate_list.addItem(item)
        ui.duplicate_list.setCurrentRow(0)
        ui.duplicate_frame.show()
        ui.button_box.button(ui.button_box.StandardButton.Ok).setEnabled(False)
        ui.use_existing_button.setDefault(True)
        ui.duplicate_list.setFocus()

    def _finish(self, person: Person) -> None:
        roles = frozenset(r for r, check in self._role_checks.items() if check.isChecked())
        values = self._read(_LINK if self._kind is PersonKind.CHILD else ("notes",))
        self._result = IncidentPerson(person=person, roles=roles, **values)  # type: ignore[arg-type]
        super().accept()

    # --- drawing ---------------------------------------------------------------------------

    def _update_controls(self) -> None:
        ui = self.ui
        not_yes = (ui.parents_aware_combo.currentData() is not True) or (
            ui.parents_consent_combo.currentData() is not True
        )
        ui.not_informed_edit.setEnabled(not_yes)
        ui.agency_details_edit.setEnabled(ui.agency_involvement_combo.currentData() is not False)

    def _show_message(self, message: str) -> None:
        label = self.ui.message_label
        label.setText(message)
        label.setVisible(bool(message))


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


def match_words(person: Person) -> str:
    parts = [f"{person.display_name} ({person.reference})"]
    if person.date_of_birth is not None:
        parts.append(f"born {short_date(person.date_of_birth)}")
    elif person.age_years is not None:
        parts.append(f"aged {person.age_years}")
    if person.year_group:
        parts.append(person.year_group)
    if person.upn:
        parts.append(f"UPN {person.upn}")
    return ", ".join(parts)


def _set_value(widget: QWidget, value: object) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, PlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, PlainLineEdit):
        widget.setText(str(value))


def _value(widget: QWidget) -> object:
    """What a field holds, as saved: cleaned text, or True/False/None from a tri-state."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, PlainTextEdit):
        return widget.text().strip()
    assert isinstance(widget, PlainLineEdit)
    return widget.clean_text()
