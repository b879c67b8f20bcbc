"""The wizard beside an open incident works from the facts as saved, not as they were when it
opened: a child added to the people table, or a record answer changed on the form, reaches the
run under way (GUIDANCE.md, one home per fact)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.incident_helpers import form_of, new_file, shown_main
from ypsi_desktop.domain.case import (
    ChildPlan,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Role,
    SenStatus,
)
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.storage.incident_repository import IncidentRepository


def _child(first: str, born: date, *, vulnerable: bool = False) -> Person:
    return Person(
        PersonKind.CHILD,
        "Testchild",
        first,
        date_of_birth=born,
        sen=SenStatus.NONE,
        looked_after=False,
        plan=ChildPlan.NONE,
        vulnerable=vulnerable,
        agency_involvement=False,
    )


def test_a_child_added_while_the_wizard_is_open_changes_its_suggestion(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = new_file(tmp_path)
    incident = Incident(
        came_to_light_at=datetime(2026, 10, 5, 9, 30),
        people=[
            IncidentPerson(_child("Older", date(2011, 3, 1)), frozenset({Role.PICTURED, Role.MADE}))
        ],
    )
    saved = IncidentRepository(session.conn).save(incident, user_id=session.user.id)
    assert saved.id is not None
    window = shown_main(qtbot, session, ScriptedPrompts())
    assert window.open_incident(saved.id)
    flow = window.wizard_dock.flow
    assert flow is not None and flow.value("youngest_pictured_age") == 15
    for _step in range(3):  # on to "Impact", where the content is described
        window.wizard_dock.go_next()
    assert flow.step.id == "impact"
    flow.answer("sexual_acts", True)
    assert flow.assessment.route != "refer_immediately"

    # An 11-year-old, also pictured, is added to the people table and the incident saved.
    form = form_of(window)
    form.people.append(
        IncidentPerson(
            _child("Younger", date(2015, 1, 10), vulnerable=True), frozenset({Role.PICTURED})
        )
    )
    form.mark_changed()
    assert window.workspace is not None and window.workspace.save()

    flow = window.wizard_dock.flow
    assert flow is not None
    assert flow.value("youngest_pictured_age") == 11 and flow.value("vulnerable") is True
    assert flow.answers()["sexual_acts"] is True, "what the DSL answered is kept"
    assert flow.assessment.route == "refer_immediately"
    assert "refer.under_13_sexual_acts" in flow.assessment.triggers
    words = "now follows the changes saved to the incident"
    assert words in window.ui.status_bar.currentMessage()
    assert words in window.wizard_dock.ui.decision_message_label.text()
    # What the dock shows is the new suggestion, not the one it opened with.
    assert "refer" in window.wizard_dock.ui.route_value.text().lower()
