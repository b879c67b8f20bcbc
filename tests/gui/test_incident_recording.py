"""Recording a whole incident through the real main window, then reading it back from the file.

Three children and an adult who works with children, every section of the form, a referral
naming two of the children and a follow-up: all typed and chosen as a DSL would, saved, the
file closed and unlocked again, and every value found — in the file and back on screen.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from tests.gui.incident_helpers import (
    PASSPHRASE,
    accept,
    choose,
    click,
    form_of,
    new_file,
    shown_main,
    type_into,
    when_dialog_shows,
)
from tests.integration.case_builders import fake_upn
from ypsi_desktop.domain.case import Agency, PersonKind, RiskRating, Role
from ypsi_desktop.gui.person_dialog import PersonDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.record_dialogs import FollowUpDialog, ReferralDialog
from ypsi_desktop.services.session import unlock
from ypsi_desktop.storage.incident_repository import IncidentRepository

CAME = date(2026, 2, 3)
CHILDREN = (
    ("Ava", "Testperson", "14/05/2012", ("pictured", "made", "sent"), "Year 9"),
    ("Łucja", "Wiśniewska-Test", "02/09/2011", ("received", "reported"), "Year 10"),
    ("Noah", "Sampleton", "21/01/2012", ("received",), "Year 9"),
)


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def _add_child(
    qtbot: QtBot, form: object, child: tuple[str, str, str, tuple[str, ...], str]
) -> None:
    first, last, born, roles, year = child

    def fill(dialog: PersonDialog) -> None:
        ui = dialog.ui
        for role in roles:
            tick(qtbot, getattr(ui, f"{role}_check"))
        type_into(qtbot, ui.own_words_edit, f"{first} said it was meant as a joke (test)")
        choose(ui.parents_aware_combo, "Yes")
        choose(ui.parents_consent_combo, "Yes")
        ui.section_tabs.setCurrentWidget(ui.identity_tab)
        type_into(qtbot, ui.first_name_edit, first)
        type_into(qtbot, ui.last_name_edit, last)
        type_into(qtbot, ui.date_of_birth_edit, born)
        type_into(qtbot, ui.year_group_edit, year)
        type_into(qtbot, ui.gender_edit, "Test gender")
        type_into(qtbot, ui.upn_edit, fake_upn(len(first) + len(last)))
        ui.section_tabs.setCurrentWidget(ui.family_tab)
        type_into(qtbot, ui.household_edit, f"{first}'s household (test)")
        accept(dialog)

    when_dialog_shows(qtbot, PersonDialog, fill)  # type: ignore[arg-type]
    click(qtbot, form.ui.add_child_button)  # type: ignore[attr-defined]


def _add_adult(qtbot: QtBot, form: object) -> None:
    def fill(dialog: PersonDialog) -> None:
        ui = dialog.ui
        tick(qtbot, ui.solicited_check)
        ui.section_tabs.setCurrentWidget(ui.identity_tab)
        type_into(qtbot, ui.first_name_edit, "Chris")
        type_into(qtbot, ui.last_name_edit, "Examplecoach")
        type_into(qtbot, ui.role_edit, "Volunteer football coach (invented)")
        choose(ui.works_with_children_combo, "Yes")
        accept(dialog)

    when_dialog_shows(qtbot, PersonDialog, fill)  # type: ignore[arg-type]
    click(qtbot, form.ui.add_adult_button)  # type: ignore[attr-defined]


def test_a_full_incident_is_recorded_saved_and_read_back(qtbot: QtBot, tmp_path: Path) -> None:
    session = new_file(tmp_path)
    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    window.ui.action_new_incident.trigger()
    form = form_of(window)
    ui = form.ui
    assert window.detail_stack.currentWidget() is form

    type_into(qtbot, ui.came_date_edit, "03/02/2026")
    type_into(qtbot, ui.came_time_edit, "10:15")
    type_into(qtbot, ui.reported_by_edit, "Form tutor (test)")
    type_into(qtbot, ui.how_edit, "A pupil told her form tutor at registration.")
    ui.section_tabs.setCurrentWidget(ui.people_tab)
    for child in CHILDREN:
        _add_child(qtbot, form, child)
    _add_adult(qtbot, form)
    assert ui.people_table.rowCount() == 4
    assert ui.people_table.item(0, 2).text() == "13"  # age on the day it came to light
    assert "works with children" in ui.people_table.item(3, 1).text()

    ui.section_tabs.setCurrentWidget(ui.imagery_tab)
    type_into(qtbot, ui.imagery_edit, "Described by the pupil as a topless photo (test).")
    type_into(qtbot, ui.apps_edit, "Snapchat, WhatsApp")
    choose(ui.public_combo, "No")
    type_into(qtbot, ui.extent_edit, "Two pupils in Year 9 (test)")
    choose(ui.multiple_combo, "No")
    ui.section_tabs.setCurrentWidget(ui.review_tab)
    type_into(qtbot, ui.review_date_edit, "04/02/2026")
    type_into(qtbot, ui.attendees_edit, "DSL and deputy DSL (test)")
    type_into(qtbot, ui.triggers_edit, "An adult is involved: referral to police and LADO.")
    type_into(qtbot, ui.review_notes_edit, "Parents to be told today.")
    ui.section_tabs.setCurrentWidget(ui.actions_tab)
    type_into(qtbot, ui.device_steps_edit, "Pupils deleted it in front of the DSL (not viewed).")
    choose(ui.parents_contacted_combo, "Yes")
    type_into(qtbot, ui.parents_details_edit, "All three families phoned on 04/02/2026.")
    choose(ui.report_remove_combo, "Yes")
    choose(ui.ceop_combo, "No")
    type_into(qtbot, ui.support_edit, "School counsellor offered to each child.")
    click(qtbot, ui.save_button)
    assert not prompts.shown, prompts.shown
    incident_id = form.incident.id
    assert incident_id is not None and form.incident.reference.startswith("YP-")
    assert not form.dirty
    assert window.saved_label.text() == f"Last saved {datetime.now().strftime('%H:%M')}"
    assert form.incident.reference in window.ui.status_bar.currentMessage()
    ui.section_tabs.setCurrentWidget(ui.chronology_tab)  # read when shown
    entries = [row[1] for row in window.workspace.chronology_rows()]  # type: ignore[union-attr]
    assert "Incident recorded." in entries

    ui.section_tabs.setCurrentWidget(ui.referrals_tab)

    def fill_referral(dialog: ReferralDialog) -> None:
        r = dialog.ui
        choose(r.agency_combo, "Police")
        type_into(qtbot, r.made_on_edit, "04/02/2026")
        choose(r.telephone_combo, "Yes")
        type_into(qtbot, r.spoken_to_edit, "PC Example (test)")
        type_into(qtbot, r.agency_reference_edit, "POL-TEST-0001")
        choose(r.risk_combo, "High")
        type_into(qtbot, r.risk_reasons_edit, "An adult who coaches children asked for it.")
        for row in (0, 1):  # Ava and Łucja
            r.children_list.item(row).setCheckState(Qt.CheckState.Checked)
        r.children_list.item(2).setCheckState(Qt.CheckState.Unchecked)
        accept(dialog)

    when_dialog_shows(qtbot, ReferralDialog, fill_referral)  # type: ignore[arg-type]
    click(qtbot, ui.add_referral_button)
    ui.section_tabs.setCurrentWidget(ui.follow_ups_tab)

    def fill_follow_up(dialog: FollowUpDialog) -> None:
        f = dialog.ui
        type_into(qtbot, f.description_edit, "Check in with Ava (test)")
        type_into(qtbot, f.owner_edit, "Deputy DSL (test)")
        type_into(qtbot, f.due_edit, "20/02/2026")
        accept(dialog)

    when_dialog_shows(qtbot, FollowUpDialog, fill_follow_up)  # type: ignore[arg-type]
    click(qtbot, ui.add_follow_up_button)
    window.ui.action_save_incident.trigger()
    assert not form.dirty and not prompts.shown
    assert ui.referrals_table.rowCount() == 1 and ui.follow_ups_table.rowCount() == 1
    path = session.path
    window.detach()
    session.close()

    again = unlock(path, user_name="Sam Taylor", passphrase=PASSPHRASE)
    try:
        stored = IncidentRepository(again.conn).get(incident_id)
        assert stored is not None
        came = stored.came_to_light_at
        assert came is not None and came.astimezone().replace(tzinfo=None) == datetime(
            2026, 2, 3, 10, 15
        )
        assert stored.reported_by == "Form tutor (test)"
        assert stored.how_came_to_light == "A pupil told her form tutor at registration."
        assert stored.imagery_description.startswith("Described by the pupil")
        assert stored.apps_services == "Snapchat, WhatsApp"
        assert stored.shared_publicly is False and stored.multiple_incidents is False
        assert stored.sharing_extent == "Two pupils in Year 9 (test)"
        assert stored.review.held_on == date(2026, 2, 4)
        assert stored.review.attendees == "DSL and deputy DSL (test)"
        assert stored.review.triggers_considered.startswith("An adult is involved")
        assert stored.review.notes == "Parents to be told today."
        assert stored.device_steps.startswith("Pupils deleted it")
        assert stored.parents_contacted is True
        assert stored.parents_contact_details.startswith("All three families")
        assert stored.advice_report_remove is True and stored.advice_ceop is False
        assert stored.support_given == "School counsellor offered to each child."
        by_name = {p.person.first_name: p for p in stored.people}
        assert set(by_name) == {"Ava", "Łucja", "Noah", "Chris"}
        for first, last, born, roles, year in CHILDREN:
            link = by_name[first]
            assert link.person.kind is PersonKind.CHILD
            assert link.person.last_name == last
            day, month, year_ = (int(x) for x in born.split("/"))
            assert link.person.date_of_birth == date(year_, month, day)
            assert link.person.year_group == year
            assert link.person.household == f"{first}'s household (test)"
            assert link.roles == frozenset(Role(r) for r in roles)
            assert link.own_words == f"{first} said it was meant as a joke (test)"
            assert link.parents_aware is True and link.parents_consent is True
        adult = by_name["Chris"]
        assert adult.person.kind is PersonKind.ADULT and adult.person.works_with_children
        assert adult.roles == frozenset({Role.SOLICITED})
        (referral,) = stored.referrals
        assert referral.agency is Agency.POLICE and referral.made_on == date(2026, 2, 4)
        assert referral.telephone_first is True and referral.spoken_to == "PC Example (test)"
        assert referral.agency_reference == "POL-TEST-0001"
        assert referral.risk_rating is RiskRating.HIGH
        assert referral.children == {by_name["Ava"].person.id, by_name["Łucja"].person.id}
        (follow_up,) = stored.follow_ups
        assert follow_up.description == "Check in with Ava (test)"
        assert follow_up.owner == "Deputy DSL (test)" and follow_up.due_on == date(2026, 2, 20)

        reopened = shown_main(qtbot, again, ScriptedPrompts())
        assert reopened.open_incident(incident_id)
        shown = form_of(reopened).ui
        assert (
            shown.came_date_edit.text() == "03/02/2026" and shown.came_time_edit.text() == "10:15"
        )
        assert shown.people_table.rowCount() == 4
        assert shown.public_combo.currentText() == "No"
        assert "POL-TEST-0001" in [
            shown.referrals_table.item(0, c).text()
            for c in range(shown.referrals_table.columnCount())
        ]
        assert reopened.wizard_dock.isVisible()  # the classification sits beside the form
        reopened.detach()
    finally:
        again.close()
