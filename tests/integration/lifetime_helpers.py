"""Synthetic records for the lifetime tests (transfer, subject access, retention, report).

Names are invented and unusual on purpose, so a search of the file's bytes for them can only
find these records: "Quillon Testchild" is the child whose file is disposed of or sent, and
"Marisol Fakename" / "Ελπίδα Δοκιμαστική" / "Тимофей Тестовый" are the other children.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tests.integration.case_builders import assessment_data
from ypsi_desktop.domain.case import (
    Agency,
    FollowUp,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Referral,
    RiskRating,
    Role,
)
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.key_derivation import KdfParams

PASSPHRASE = "blue-kettle-marsh-41-orbit"
USER = "Lead Testperson"
MAIN_FIRST, MAIN_LAST = "Quillon", "Testchild"
MAIN_NAME = f"{MAIN_FIRST} {MAIN_LAST}"
OTHERS = (("Marisol", "Fakename"), ("Ελπίδα", "Δοκιμαστική"), ("Тимофей", "Тестовый"))
ADULT = ("Adalbert", "Notarealman")
SOLO_NARRATIVE = "Zephyrine narrative only about the one child"
SHARED_NARRATIVE = "Group chat shared across the tutor group"


def new_session(tmp_path: Path, name: str = "case.ypsi", *, setting: str = "") -> CaseFileSession:
    folder = tmp_path / name.replace(".", "-")
    folder.mkdir(parents=True, exist_ok=True)
    session, _recovery = sessions.create(
        folder / name,
        user_name=USER,
        passphrase=PASSPHRASE,
        setting_name=setting or "Testwood Academy (fictional)",
        kdf=KdfParams.for_tests(),
    )
    return session


def child(first: str, last: str, serial: int, **extra: object) -> Person:
    person = Person(
        kind=PersonKind.CHILD,
        first_name=first,
        last_name=last,
        known_as=extra.pop("known_as", "") or "",  # type: ignore[arg-type]
        date_of_birth=date(2011, 1 + serial % 12, 1 + serial),
        year_group="Year 9",
        address=f"{serial} Imaginary Road, Nowhereton",
        household=f"Lives with test carers ({serial})",
        vulnerability_notes=f"test vulnerability note {serial}",
    )
    for key, value in extra.items():
        setattr(person, key, value)
    return person


@dataclass
class Scenario:
    session: CaseFileSession
    main_id: int
    other_ids: list[int]
    adult_id: int
    shared_id: int  # incident with every child and the adult
    solo_id: int  # incident with the main child only
    mention_id: int  # incident without the main child, whose note names them in full


def _close(repo: IncidentRepository, incident: Incident, user_id: int, day: date) -> None:
    assert incident.id is not None
    for follow_up in incident.follow_ups:
        follow_up.done_on = day
    incident.outcome = incident.outcome or "Managed in school (test)."
    repo.save(incident, user_id=user_id)
    repo.close(incident.id, user_id=user_id, closed_on=day)


def build_scenario(session: CaseFileSession, *, close: bool = True) -> Scenario:
    """Three incidents: shared (four children and an adult), solo (the main child only) and
    one that only mentions the main child by name in a note."""
    user = session.user.id
    repo = IncidentRepository(session.conn)
    assessments = AssessmentRepository(session.conn)
    main = child(MAIN_FIRST, MAIN_LAST, 1, known_as="Quill")
    others = [child(f, la, n + 2) for n, (f, la) in enumerate(OTHERS)]
    adult = Person(
        kind=PersonKind.ADULT,
        first_name=ADULT[0],
        last_name=ADULT[1],
        age_years=41,
        age_recorded_on=date(2026, 1, 5),
        works_with_children=True,
        role_or_relationship="sports coach (invented)",
    )
    shared = Incident(
        owner="Ms Testlead",
        came_to_light_at=datetime(2026, 2, 3, 9, 15),
        reported_by=f"{OTHERS[0][0]} {OTHERS[0][1]}'s form tutor",
        how_came_to_light=f"{MAIN_NAME} told a teacher that {OTHERS[0][0]} had the image.",
        imagery_description=f"{SHARED_NARRATIVE}; described by Quill, not viewed.",
        sharing_extent=f"Sent by {MAIN_FIRST} to {OTHERS[1][0]} {OTHERS[1][1]} and others.",
        people=[
            IncidentPerson(
                person=main,
                roles=frozenset({Role.PICTURED, Role.MADE}),
                own_words="I only sent it to one person (main child's words)",
                notes="Quill was upset.",
            ),
            *[
                IncidentPerson(
                    person=o,
                    roles=frozenset({Role.RECEIVED}),
                    own_words=f"{MAIN_FIRST} sent it to me (words of child {n})",
                    notes=f"Friend of {MAIN_NAME}.",
                )
                for n, o in enumerate(others)
            ],
            IncidentPerson(person=adult, roles=frozenset({Role.SOLICITED})),
        ],
        follow_ups=[FollowUp(f"Check in with {MAIN_FIRST}", owner="Ms Testlead")],
    )
    repo.save(shared, user_id=user)
    assert shared.id is not None and main.id is not None and adult.id is not None
    shared.referrals.append(
        Referral(
            agency=Agency.MASH,
            made_on=date(2026, 2, 4),
            spoken_to="Duty worker (test)",
            risk_rating=RiskRating.MEDIUM,
            risk_reasons=f"{MAIN_NAME} is vulnerable",
            children=frozenset({main.id, others[0].id or 0}),
        )
    )
    repo.save(shared, user_id=user)
    repo.add_note(shared.id, user_id=user, body=f"Spoke with {MAIN_NAME} and her carer.")
    repo.add_note(
        shared.id, user_id=user, body="Private note about the main child.", person_id=main.id
    )
    repo.add_note(shared.id, user_id=user, body=f"{OTHERS[2][0]} {OTHERS[2][1]} was supported.")
    data = assessment_data()
    data["free_text"] = {"emotional_impact": f"{MAIN_FIRST} and {OTHERS[0][0]} upset"}
    assessments.save(shared.id, data, user_id=user)

    solo = Incident(
        owner="Ms Testlead",
        came_to_light_at=datetime(2026, 3, 10, 11, 0),
        reported_by="Pastoral lead (test)",
        how_came_to_light=SOLO_NARRATIVE,
        people=[IncidentPerson(person=main, roles=frozenset({Role.PICTURED}))],
    )
    repo.save(solo, user_id=user)
    assert solo.id is not None
    repo.add_note(solo.id, user_id=user, body=f"{SOLO_NARRATIVE}: follow-up with {MAIN_FIRST}.")
    assessments.save(solo.id, assessment_data(), user_id=user)

    mention = Incident(
        owner="Ms Testlead",
        came_to_light_at=datetime(2026, 4, 20, 10, 0),
        how_came_to_light="A separate matter.",
        people=[IncidentPerson(person=others[1], roles=frozenset({Role.SENT}))],
    )
    repo.save(mention, user_id=user)
    assert mention.id is not None
    repo.add_note(mention.id, user_id=user, body=f"Similar to what happened to {MAIN_NAME}.")
    assessments.save(mention.id, assessment_data(), user_id=user)
    if close:
        for incident_id in (shared.id, solo.id, mention.id):
            incident = repo.get(incident_id)
            assert incident is not None
            _close(repo, incident, user, date(2026, 5, 1))
    return Scenario(
        session=session,
        main_id=main.id,
        other_ids=[o.id or 0 for o in others],
        adult_id=adult.id,
        shared_id=shared.id,
        solo_id=solo.id,
        mention_id=mention.id,
    )
