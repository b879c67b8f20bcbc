"""The dock saves a decision into the case file: an assessment and a chronology entry, each
decision a new record, and a read-only user refused by the service, not just the buttons."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.wizard_helpers import activate, answer_radio, shown_dock
from ypsi_desktop.domain.case import (
    ChildPlan,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Role,
    SenStatus,
    UserRole,
)
from ypsi_desktop.gui.assessment_controller import AssessmentController
from ypsi_desktop.services import assessment_service
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.key_derivation import KdfParams

PASS = "blue-kettle-marsh-41-orbit"
VIEWER_PASS = "green-ladder-pond-73-vessel"


@pytest.fixture
def session(tmp_path: Path) -> sessions.CaseFileSession:
    s, _ = sessions.create(
        tmp_path / "case.ypsi", user_name="Alex Example", passphrase=PASS, kdf=KdfParams.for_tests()
    )
    return s


def _incident(session: sessions.CaseFileSession) -> int:
    incident = Incident(
        came_to_light_at=datetime(2026, 10, 5, 9, 30),
        reported_by="Form tutor (test)",
        apps_services="A made-up messaging app",
        people=[
            IncidentPerson(
                Person(
                    PersonKind.CHILD,
                    "Testchild",
                    "Alpha",
                    date_of_birth=date(2012, 3, 1),
                    sen=SenStatus.NONE,
                    looked_after=False,
                    plan=ChildPlan.NONE,
                    vulnerable=False,
                    agency_involvement=False,
                ),
                frozenset({Role.PICTURED, Role.MADE, Role.SENT}),
            ),
            IncidentPerson(
                Person(
                    PersonKind.CHILD,
                    "Testchild",
                    "Beta",
                    date_of_birth=date(2011, 6, 1),
                    sen=SenStatus.NONE,
                    looked_after=False,
                    plan=ChildPlan.NONE,
                    vulnerable=False,
                    agency_involvement=False,
                ),
                frozenset({Role.RECEIVED}),
            ),
        ],
    )
    saved = IncidentRepository(session.conn).save(incident, user_id=session.user.id)
    assert saved.id is not None
    return saved.id


def test_the_wizard_is_prefilled_from_the_record_and_people(
    session: sessions.CaseFileSession,
) -> None:
    incident_id = _incident(session)
    flow = assessment_service.start(session, incident_id)
    assert flow.value("youngest_age") == 14  # worked out from the dates of birth
    assert flow.value("youngest_pictured_age") == 14
    assert flow.value("vulnerable") is False
    assert flow.value("apps") == "A made-up messaging app"


def test_a_decision_made_in_the_dock_lands_in_the_case_file(
    qtbot: QtBot, session: sessions.CaseFileSession
) -> None:
    incident_id = _incident(session)
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    controller = AssessmentController(dock, session, incident_id)
    answer_radio(qtbot, "Is anyone aged 18 or over involved?", "Yes")
    for _ in range(4):
        activate(qtbot, dock.ui.next_button)
    with qtbot.waitSignal(controller.saved):
        activate(qtbot, dock.ui.use_suggestion_button)
    assert "Decision recorded" in dock.ui.decision_message_label.text()

    latest = AssessmentRepository(session.conn).latest(incident_id)
    assert latest is not None
    assert (latest.category, latest.route) == ("aggravated.adult_involved", "refer_immediately")
    assert latest.decided_by == session.user.id and latest.accepted_suggestion
    entries = IncidentRepository(session.conn).chronology(incident_id)
    assert any("Aggravated (adult involved)" in e.body for e in entries)
    assert "Earlier decisions" in dock.ui.history_label.text()

    # A second decision is a new assessment; the first is kept.
    dock.ui.decision_reasons_edit.setPlainText("Police advised they are already aware.")
    dock.ui.decided_route_combo.setCurrentIndex(
        dock.ui.decided_route_combo.findData("discuss_with_specialists")
    )
    with qtbot.waitSignal(controller.saved):
        dock.ui.record_decision_button.click()
    history = AssessmentRepository(session.conn).history(incident_id)
    assert len(history) == 2
    assert {r.route for r in history} == {"refer_immediately", "discuss_with_specialists"}
    session.close()


def test_a_read_only_user_is_refused_by_the_service(
    tmp_path: Path, session: sessions.CaseFileSession
) -> None:
    incident_id = _incident(session)
    add_user(session, "Head Teacher Example", UserRole.READ_ONLY, VIEWER_PASS)
    path = session.path
    session.close()
    viewer = sessions.unlock(path, user_name="Head Teacher Example", passphrase=VIEWER_PASS)
    flow = assessment_service.start(viewer, incident_id)  # viewing is allowed
    flow.answer("adult_involved", False)
    for _ in range(4):
        flow.next()
    flow.accept()
    with pytest.raises(NotAllowed, match="read-only user"):
        assessment_service.save(viewer, incident_id, flow.complete(), {})
    assert AssessmentRepository(viewer.conn).history(incident_id) == []
    viewer.close()


def _vulnerable_and_agency(session: sessions.CaseFileSession, **details: object) -> tuple:
    person = Person(PersonKind.CHILD, "Testchild", "Gamma", date_of_birth=date(2011, 6, 1))
    for name, value in details.items():
        setattr(person, name, value)
    incident = Incident(
        came_to_light_at=datetime(2026, 10, 5, 9, 30),
        people=[IncidentPerson(person, frozenset({Role.PICTURED, Role.MADE}))],
    )
    saved = IncidentRepository(session.conn).save(incident, user_id=session.user.id)
    assert saved.id is not None
    flow = assessment_service.start(session, saved.id)
    return flow.value("vulnerable"), flow.value("agency_involvement")


NONE_RECORDED = {
    "sen": SenStatus.NONE,
    "looked_after": False,
    "plan": ChildPlan.NONE,
    "vulnerable": False,
    "agency_involvement": False,
}


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        ({}, (None, None)),
        (NONE_RECORDED, (False, False)),
        # "Other vulnerability: no" is not the whole answer: an EHCP, being looked after or a
        # plan each make the child vulnerable, and a plan or a social worker means another
        # agency is involved (which sends the incident down existing procedures).
        ({**NONE_RECORDED, "sen": SenStatus.EHCP}, (True, False)),
        ({**NONE_RECORDED, "sen": SenStatus.SEN_SUPPORT}, (True, False)),
        ({**NONE_RECORDED, "looked_after": True}, (True, False)),
        ({**NONE_RECORDED, "plan": ChildPlan.CHILD_PROTECTION}, (True, True)),
        ({**NONE_RECORDED, "plan": ChildPlan.CHILD_IN_NEED}, (True, True)),
        ({**NONE_RECORDED, "social_worker": "A. Placeholder (fictional)"}, (False, True)),
        # One of the four not recorded yet: not known, never a "no".
        ({**NONE_RECORDED, "looked_after": None}, (None, False)),
        ({**NONE_RECORDED, "sen": SenStatus.UNKNOWN}, (None, False)),
    ],
)
def test_vulnerability_counts_sen_care_and_plans_not_only_the_other_box(
    session: sessions.CaseFileSession, details: dict[str, object], expected: tuple
) -> None:
    assert _vulnerable_and_agency(session, **details) == expected
