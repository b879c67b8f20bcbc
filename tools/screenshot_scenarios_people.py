"""Screenshot scenarios for adding a person to an incident and a child's file.

Each builds a real dialog on a real case file made in a temporary folder with the cheap test
key derivation, filled with synthetic, obviously invented people: `SCENARIOS` maps a name to
the builder. The sessions stay open until the process ends.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ypsi_desktop.domain.case import (
    ChildPlan,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Role,
    SenStatus,
)
from ypsi_desktop.domain.upn import check_letter
from ypsi_desktop.gui.child_file_dialog import ChildFileDialog
from ypsi_desktop.gui.person_dialog import PersonDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.person_repository import PersonRepository

_TEMP: list[tempfile.TemporaryDirectory[str]] = []
_SESSIONS: list[CaseFileSession] = []
_INCIDENT = date(2026, 2, 3)
_BODY = "999900026001"
_UPN = check_letter(_BODY) + _BODY


def _session() -> CaseFileSession:
    folder = tempfile.TemporaryDirectory(prefix="ypsi-shots-")
    _TEMP.append(folder)  # removed when the process ends
    session, _ = create(
        Path(folder.name) / "case.ypsi",
        user_name="Sam Taylor",
        passphrase="otter kettle 7 lantern gravel",
        setting_name="Oakfield Academy",
        kdf=KdfParams.for_tests(),
    )
    _SESSIONS.append(session)
    return session


def _child() -> Person:
    return Person(
        kind=PersonKind.CHILD,
        first_name="Testina",
        last_name="Madeupson",
        known_as="Tess",
        date_of_birth=date(2012, 5, 14),
        year_group="Year 9",
        gender="Girl",
        ethnicity="White British (example)",
        first_language="English",
        interpreter_needed=False,
        address="12 Imaginary Road\nNowhereton NW1 0AA",
        upn=_UPN,
        sen=SenStatus.SEN_SUPPORT,
        looked_after=False,
        plan=ChildPlan.CHILD_IN_NEED,
        vulnerable=True,
        vulnerability_notes="Anxiety; low attendance this term (invented example).",
        social_worker="Pat Example, Children's Services Team B",
        household="Mother, stepfather and two younger brothers",
        parental_responsibility="Mother and birth father",
        other_professionals="School nurse; CAMHS worker",
        agency_involvement=True,
        agency_details="Early help in 2024 (invented example)",
    )


def _dialog(session: CaseFileSession, **kwargs: object) -> PersonDialog:
    dialog = PersonDialog(
        session,
        ScriptedPrompts(),
        incident_date=_INCIDENT,
        **kwargs,  # type: ignore[arg-type]
    )
    dialog.resize(760, 680)
    dialog.move(0, 0)
    return dialog


def _person_child() -> QWidget:
    link = IncidentPerson(
        _child(),
        frozenset({Role.PICTURED, Role.MADE, Role.SENT}),
        own_words="\u201cI only sent it to him because he kept asking.\u201d",
        parents_aware=True,
        parents_consent=None,
    )
    dialog = _dialog(_session(), link=link)
    dialog.ui.section_tabs.setCurrentWidget(dialog.ui.identity_tab)
    dialog.ui.upn_edit.setText("B" + _BODY if _UPN[0] != "B" else "C" + _BODY)
    dialog.ui.age_spin.setValue(15)
    dialog.accept()  # refused: shows the UPN and age messages next to their fields
    return dialog


def _person_adult() -> QWidget:
    adult = Person(
        kind=PersonKind.ADULT,
        first_name="Adrian",
        last_name="Notarealperson",
        role_or_relationship="Football coach at a local club (invented)",
        works_with_children=True,
        age_years=34,
        age_recorded_on=_INCIDENT,
    )
    link = IncidentPerson(adult, frozenset({Role.SOLICITED, Role.RECEIVED}))
    dialog = _dialog(_session(), link=link)
    dialog.ui.section_tabs.setCurrentWidget(dialog.ui.identity_tab)
    return dialog


def _person_duplicate() -> QWidget:
    session = _session()
    PersonRepository(session.conn).save(_child(), user_id=session.user.id)
    dialog = _dialog(session, roles=frozenset({Role.RECEIVED}))
    ui = dialog.ui
    ui.first_name_edit.setText("Testina")
    ui.last_name_edit.setText("Madeupson")
    ui.date_of_birth_edit.setText("14/05/2012")
    ui.section_tabs.setCurrentWidget(ui.identity_tab)
    dialog.accept()  # finds the child already on file and offers it
    return dialog


def _child_file() -> QWidget:
    session = _session()
    repo, user_id = IncidentRepository(session.conn), session.user.id
    child = _child()
    first = repo.save(
        Incident(
            came_to_light_at=datetime(2025, 11, 4, 9, 30),
            people=[IncidentPerson(child, frozenset({Role.PICTURED, Role.SENT}))],
        ),
        user_id=user_id,
    )
    second = repo.save(
        Incident(
            came_to_light_at=datetime(2026, 2, 3, 14, 0),
            people=[IncidentPerson(child, frozenset({Role.RECEIVED}))],
        ),
        user_id=user_id,
    )
    for incident, when, body in (
        (first, datetime(2025, 11, 5, 10, 0), "Spoke to Tess with her form tutor present."),
        (second, datetime(2026, 2, 4, 11, 0), "Telephoned MASH; advised to monitor."),
    ):
        repo.add_note(incident.id or 0, user_id=user_id, body=body, occurred_at=when)
    dialog = ChildFileDialog(session, child.id or 0)
    dialog.move(0, 0)
    dialog.ui.section_tabs.setCurrentWidget(dialog.ui.chronology_tab)
    return dialog


SCENARIOS: dict[str, Callable[[], QWidget]] = {
    "person_dialog_child": _person_child,
    "person_dialog_adult": _person_adult,
    "person_dialog_duplicate": _person_duplicate,
    "child_file": _child_file,
}
