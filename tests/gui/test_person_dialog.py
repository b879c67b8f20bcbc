"""Adding a child or adult to an incident through the real widgets, on a real case file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot

from tests.integration.case_builders import fake_upn
from ypsi_desktop.domain.case import (
    ChildPlan,
    IncidentPerson,
    Person,
    PersonKind,
    Role,
    SenStatus,
)
from ypsi_desktop.gui.person_dialog import NO_ROLE, PersonDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.person_repository import PersonRepository

TODAY = date(2026, 3, 2)
INCIDENT = date(2026, 2, 3)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session, _ = create(
        tmp_path / "case.ypsi",
        user_name="Sam Taylor",
        passphrase="otter kettle 7 lantern gravel",
        kdf=KdfParams.for_tests(),
    )
    yield session
    session.close()


def open_dialog(qtbot: QtBot, session: CaseFileSession, **kwargs: object) -> PersonDialog:
    dialog = PersonDialog(
        session,
        ScriptedPrompts(),
        incident_date=INCIDENT,
        today=TODAY,
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo: QComboBox, words: str) -> None:
    index = combo.findText(words)
    assert index >= 0, f"{words!r} is not offered"
    combo.setCurrentIndex(index)


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    widget.clear()  # type: ignore[attr-defined]
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest can only type ASCII: paste the rest, as a user with another keyboard might
        widget.insertPlainText(text) if hasattr(widget, "insertPlainText") else widget.insert(text)


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """Click on the box itself (a check box in a grid is wider than what reacts to a click)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def ok(qtbot: QtBot, dialog: PersonDialog) -> None:
    button = dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_name(qtbot: QtBot, dialog: PersonDialog, first: str, last: str, born: str = "") -> None:
    ui = dialog.ui
    tick(qtbot, ui.pictured_check)
    type_into(qtbot, ui.first_name_edit, first)
    type_into(qtbot, ui.last_name_edit, last)
    if born:
        type_into(qtbot, ui.date_of_birth_edit, born)


def test_every_child_detail_comes_back(qtbot: QtBot, session: CaseFileSession) -> None:
    dialog = open_dialog(qtbot, session)
    ui = dialog.ui
    for check in (ui.pictured_check, ui.sent_check, ui.reported_check):
        tick(qtbot, check)
    type_into(qtbot, ui.own_words_edit, "I only sent it to one person")
    choose(ui.parents_aware_combo, "Yes")
    choose(ui.parents_consent_combo, "No")
    type_into(qtbot, ui.not_informed_edit, "Mother refused; proceeding to protect the child")
    type_into(qtbot, ui.link_notes_edit, "Told her form tutor")
    ui.section_tabs.setCurrentWidget(ui.identity_tab)
    type_into(qtbot, ui.first_name_edit, "Zoë")
    type_into(qtbot, ui.last_name_edit, "Testchild")
    type_into(qtbot, ui.known_as_edit, "Zo")
    type_into(qtbot, ui.date_of_birth_edit, "14/05/2012")
    ui.age_spin.setValue(13)
    type_into(qtbot, ui.year_group_edit, "Year 9")
    type_into(qtbot, ui.gender_edit, "Girl (test)")
    type_into(qtbot, ui.ethnicity_edit, "Test ethnicity")
    type_into(qtbot, ui.first_language_edit, "Polish")
    choose(ui.interpreter_combo, "Yes")
    type_into(qtbot, ui.address_edit, "1 Imaginary Road, Nowhereton")
    upn = fake_upn(7)
    type_into(qtbot, ui.upn_edit, upn.lower())
    ui.section_tabs.setCurrentWidget(ui.needs_tab)
    choose(ui.sen_combo, "Education, health and care plan (EHCP)")
    choose(ui.looked_after_combo, "No")
    choose(ui.plan_combo, "Child protection (CP) plan")
    choose(ui.vulnerable_combo, "Yes")
    type_into(qtbot, ui.vulnerability_notes_edit, "Anxiety (test)")
    ui.section_tabs.setCurrentWidget(ui.family_tab)
    type_into(qtbot, ui.household_edit, "Mother and two brothers (test)")
    type_into(qtbot, ui.parental_responsibility_edit, "Mother (test)")
    type_into(qtbot, ui.social_worker_edit, "Sam Placeholder, Team B")
    type_into(qtbot, ui.other_professionals_edit, "School nurse (test)")
    choose(ui.agency_involvement_combo, "Yes")
    type_into(qtbot, ui.agency_details_edit, "Early help in 2024 (test)")
    ok(qtbot, dialog)

    assert dialog.result() == IncidentPerson(
        person=Person(
            kind=PersonKind.CHILD,
            first_name="Zoë",
            last_name="Testchild",
            known_as="Zo",
            date_of_birth=date(2012, 5, 14),
            year_group="Year 9",
            gender="Girl (test)",
            ethnicity="Test ethnicity",
            first_language="Polish",
            interpreter_needed=True,
            address="1 Imaginary Road, Nowhereton",
            upn=upn,
            sen=SenStatus.EHCP,
            looked_after=False,
            plan=ChildPlan.CHILD_PROTECTION,
            vulnerable=True,
            vulnerability_notes="Anxiety (test)",
            social_worker="Sam Placeholder, Team B",
            household="Mother and two brothers (test)",
            parental_responsibility="Mother (test)",
            other_professionals="School nurse (test)",
            agency_involvement=True,
            agency_details="Early help in 2024 (test)",
        ),
        roles=frozenset({Role.PICTURED, Role.SENT, Role.REPORTED}),
        own_words="I only sent it to one person",
        parents_aware=True,
        parents_consent=False,
        parents_not_informed_reason="Mother refused; proceeding to protect the child",
        notes="Told her form tutor",
    )
    saved = dialog.save_person()
    assert saved.id is not None and saved.reference == "C-0001"
    assert PersonRepository(session.conn).get(saved.id) == saved


def test_an_age_alone_is_kept_as_the_age_at_the_incident(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    dialog = open_dialog(qtbot, session)
    fill_name(qtbot, dialog, "Testy", "Agechild")
    dialog.ui.age_spin.setValue(14)
    ok(qtbot, dialog)
    person = dialog.result().person
    assert (person.date_of_birth, person.age_years, person.age_recorded_on) == (None, 14, INCIDENT)


def test_no_role_is_refused(qtbot: QtBot, session: CaseFileSession) -> None:
    dialog = open_dialog(qtbot, session)
    type_into(qtbot, dialog.ui.first_name_edit, "Testy")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.roles_error_label.isVisible()
    assert dialog.ui.roles_error_label.text() == NO_ROLE


def test_a_wrong_upn_check_letter_is_refused_next_to_the_field(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    dialog = open_dialog(qtbot, session)
    fill_name(qtbot, dialog, "Testy", "Upnchild")
    good = fake_upn(3)
    wrong = ("B" if good[0] != "B" else "C") + good[1:]
    type_into(qtbot, dialog.ui.upn_edit, wrong)
    ok(qtbot, dialog)
    ui = dialog.ui
    assert dialog.isVisible()
    assert ui.section_tabs.currentWidget() is ui.identity_tab
    assert ui.upn_error_label.isVisible()
    assert "first letter does not match" in ui.upn_error_label.text()

    type_into(qtbot, ui.upn_edit, good)
    ok(qtbot, dialog)
    assert dialog.result().person.upn == good


@pytest.mark.parametrize(
    ("typed", "words"),
    [("03/04/2026", "in the future"), ("03/04/12", "Type the year in full")],
)
def test_future_and_ambiguous_dates_of_birth_are_refused(
    qtbot: QtBot, session: CaseFileSession, typed: str, words: str
) -> None:
    dialog = open_dialog(qtbot, session)
    fill_name(qtbot, dialog, "Testy", "Datechild", typed)
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.date_of_birth_error_label.isVisible()
    assert words in dialog.ui.date_of_birth_error_label.text()


def test_a_date_of_birth_after_the_incident_is_refused(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    dialog = open_dialog(qtbot, session)
    fill_name(qtbot, dialog, "Testy", "Datechild", "10/02/2026")
    ok(qtbot, dialog)
    assert "after the incident" in dialog.ui.date_of_birth_error_label.text()


def test_a_date_of_birth_and_an_age_that_disagree_are_refused(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    dialog = open_dialog(qtbot, session)
    fill_name(qtbot, dialog, "Testy", "Agechild", "14/05/2012")
    dialog.ui.age_spin.setValue(15)
    ok(qtbot, dialog)
    ui = dialog.ui
    assert dialog.isVisible()
    assert ui.age_error_label.isVisible()
    assert "they were 13 on 03/02/2026, not 15" in ui.age_error_label.text()

    ui.age_spin.setValue(13)
    ok(qtbot, dialog)
    assert dialog.result().person.date_of_birth == date(2012, 5, 14)


@pytest.mark.parametrize(
    ("words", "value"), [("Yes", True), ("No", False), ("Not known yet", None)]
)
def test_an_adults_work_with_children_is_kept_as_a_tri_state(
    qtbot: QtBot, session: CaseFileSession, words: str, value: bool | None
) -> None:
    dialog = open_dialog(qtbot, session, kind=PersonKind.ADULT)
    ui = dialog.ui
    assert not ui.upn_edit.isVisible() and not ui.own_words_edit.isVisible()
    tick(qtbot, ui.solicited_check)
    ui.section_tabs.setCurrentWidget(ui.identity_tab)
    type_into(qtbot, ui.role_edit, "Online contact (invented)")
    choose(ui.works_with_children_combo, words)
    ok(qtbot, dialog)
    result = dialog.result()
    assert result.person.kind is PersonKind.ADULT
    assert result.person.role_or_relationship == "Online contact (invented)"
    assert result.person.works_with_children is value
    assert result.roles == frozenset({Role.SOLICITED})


def _existing(session: CaseFileSession) -> Person:
    return PersonRepository(session.conn).save(
        Person(
            kind=PersonKind.CHILD,
            first_name="Zoë",
            last_name="Testchild",
            date_of_birth=date(2012, 5, 14),
            year_group="Year 9",
        ),
        user_id=session.user.id,
    )


def test_a_matching_child_is_offered_and_can_be_used(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    existing = _existing(session)
    dialog = open_dialog(qtbot, session)
    fill_name(qtbot, dialog, "zoe", "TESTCHILD", "14/05/2012")
    ok(qtbot, dialog)
    ui = dialog.ui
    assert dialog.isVisible() and ui.duplicate_frame.isVisible()
    assert dialog.possible_matches() == [
        "Zoë Testchild (C-0001), born 14/05/2012, Year 9",
    ]
    qtbot.mouseClick(ui.use_existing_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.chose_existing
    result = dialog.result()
    assert result.person == existing
    assert result.roles == frozenset({Role.PICTURED})


def test_a_different_child_with_the_same_name_gets_a_new_record(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    _existing(session)
    dialog = open_dialog(qtbot, session)
    fill_name(qtbot, dialog, "Zoë", "Testchild", "14/05/2012")
    ok(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.different_child_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not dialog.chose_existing
    assert dialog.result().person.id is None
    assert dialog.save_person().reference == "C-0002"


def test_editing_keeps_the_record_and_does_not_ask_about_duplicates(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    existing = _existing(session)
    link = IncidentPerson(existing, frozenset({Role.RECEIVED}), own_words="test words")
    dialog = open_dialog(qtbot, session, link=link)
    assert dialog.windowTitle() == f"Edit child {existing.reference}"  # a title never names
    assert dialog.ui.heading_label.text() == "Edit child: Zoë Testchild"
    type_into(qtbot, dialog.ui.year_group_edit, "Year 10")
    ok(qtbot, dialog)
    result = dialog.result()
    assert result.person.id == existing.id and result.person.year_group == "Year 10"
    assert result.own_words == "test words" and result.roles == frozenset({Role.RECEIVED})
    dialog.save_person()
    saved = PersonRepository(session.conn).get(existing.id or 0)
    assert saved is not None and saved.year_group == "Year 10"
