"""Synthetic, obviously fake case records for the case-model integration tests.

Every builder can put a marker into every text field, so the canary test can prove that no
text field of any record type reaches a file unencrypted. Names are plainly invented
("Testchild", "Δοκιμή" is Greek for "test", "Тестова" is Russian-style "Test").
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from typing import Any

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import (
    Agency,
    ChildPlan,
    Contact,
    ContactKind,
    FollowUp,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Referral,
    ReviewMeeting,
    RiskRating,
    Role,
    SenStatus,
    SettingDetails,
    Viewing,
)
from ypsi_desktop.domain.upn import check_letter
from ypsi_desktop.domain.wizard_decision import CompletedAssessment, make_decision
from ypsi_desktop.guidance import assess

DSL_ID = 1


def fake_upn(serial: int) -> str:
    """A well-formed UPN (right check letter) for an invented establishment."""
    body = f"999{9000 + serial % 1000:04d}26{serial % 1000:03d}"
    return check_letter(body) + body


def text_fields(cls: type) -> list[str]:
    """Names of the plain-text fields of a case-model dataclass."""
    return [f.name for f in fields(cls) if f.type == "str"]


def fill_text(obj: Any, marker: str, skip: tuple[str, ...] = ()) -> None:
    """Append `marker` to every text field of `obj` (references are assigned on save)."""
    for name in text_fields(type(obj)):
        if name in skip or name == "reference":
            continue
        setattr(obj, name, f"{getattr(obj, name)} {marker}".strip())


def full_child(first: str, last: str, serial: int, marker: str = "") -> Person:
    person = Person(
        kind=PersonKind.CHILD,
        first_name=first,
        last_name=last,
        known_as=f"{first[:3]}",
        date_of_birth=date(2012, 1 + serial % 12, 1 + serial % 28),
        age_years=13,
        age_recorded_on=date(2026, 1, 5),
        year_group="Year 9",
        school="Testwood Academy (fictional)",
        gender="not recorded in tests",
        ethnicity="test value",
        first_language="English",
        interpreter_needed=False,
        address=f"{serial} Imaginary Road, Nowhereton",
        upn=fake_upn(serial),
        sen=SenStatus.SEN_SUPPORT,
        looked_after=False,
        plan=ChildPlan.CHILD_IN_NEED,
        vulnerable=True,
        vulnerability_notes="test vulnerability note",
        social_worker="Sam Placeholder",
        household="test household",
        parental_responsibility="test carers",
        other_professionals="test school nurse",
        agency_involvement=True,
        agency_details="test agency details",
        works_with_children=None,
        role_or_relationship="pupil",
    )
    if marker:
        fill_text(person, marker)
    return person


def full_adult(marker: str = "") -> Person:
    person = Person(
        kind=PersonKind.ADULT,
        first_name="Adrian",
        last_name="Notarealperson",
        known_as="AN",
        age_years=34,
        age_recorded_on=date(2026, 1, 5),
        gender="test",
        address="1 Fictional Close",
        works_with_children=True,
        role_or_relationship="online contact (invented)",
        agency_involvement=False,
    )
    if marker:
        fill_text(person, marker)
    return person


def full_incident(marker: str = "", *, when: datetime | None = None) -> Incident:
    """Three children (Latin with diacritics, Greek, Cyrillic) and an adult, every field set."""
    children = [
        full_child("Zoë", "Testchild", 1, marker),
        full_child("Ελένη", "Δοκιμή", 2, marker),
        full_child("Юлия", "Тестова", 3, marker),
    ]
    people = [
        IncidentPerson(
            person=child,
            roles=frozenset(roles),
            own_words=f"test own words {n}",
            parents_aware=n % 2 == 0,
            parents_consent=None if n == 2 else True,
            parents_not_informed_reason=f"test reason {n}",
            notes=f"test link note {n}",
        )
        for n, (child, roles) in enumerate(
            zip(
                children,
                ({Role.PICTURED, Role.MADE}, {Role.SENT}, {Role.RECEIVED, Role.REPORTED}),
                strict=True,
            )
        )
    ]
    people.append(
        IncidentPerson(
            person=full_adult(marker),
            roles=frozenset({Role.SOLICITED, Role.RECEIVED}),
            own_words="n/a",
            notes="test adult note",
        )
    )
    incident = Incident(
        owner="Ms Testlead",
        came_to_light_at=when or datetime(2026, 2, 3, 9, 15),
        reported_by="Form tutor (fictional)",
        how_came_to_light="A pupil told a teacher at break",
        imagery_description="Described as a semi-nude image; not viewed",
        viewing=Viewing(
            viewed=True,
            viewed_by="Police officer (test)",
            viewed_at=datetime(2026, 2, 4, 11, 0),
            reason="police advised it (test)",
            others_present="Deputy DSL (test)",
        ),
        apps_services="Snapchat (test)",
        shared_publicly=False,
        sharing_extent="sent to two pupils",
        multiple_incidents=False,
        review=ReviewMeeting(
            held_on=date(2026, 2, 4),
            attendees="DSL, deputy (test)",
            triggers_considered="all five considered (test)",
            notes="test review notes",
        ),
        device_steps="pupils deleted the image with staff present",
        parents_contacted=True,
        parents_contact_details="telephoned (test)",
        parents_not_contacted_reason="n/a (test)",
        advice_report_remove=True,
        advice_ceop=False,
        support_given="test support given",
        outcome="",
        people=people,
        follow_ups=[
            FollowUp("Check in with pupil (test)", owner="Ms Testlead", due_on=date(2026, 2, 10)),
            FollowUp("Review device steps (test)", owner="Mr Deputy", due_on=date(2026, 2, 12)),
        ],
    )
    if marker:
        fill_text(incident, marker)
        fill_text(incident.viewing, marker)
        fill_text(incident.review, marker)
        for link in incident.people:
            fill_text(link, marker)
        for follow_up in incident.follow_ups:
            fill_text(follow_up, marker)
    return incident


def full_referral(children: frozenset[int], marker: str = "") -> Referral:
    referral = Referral(
        agency=Agency.MASH,
        made_on=date(2026, 2, 4),
        telephone_first=True,
        spoken_to="Duty worker (test)",
        agency_reference="MASH-TEST-1",
        risk_rating=RiskRating.MEDIUM,
        risk_reasons="test risk reasons",
        acknowledged_on=None,
        agency_decision="test decision pending",
        children=children,
    )
    if marker:
        fill_text(referral, marker)
    return referral


def assessment_data(*, override: bool = False, marker: str = "") -> dict[str, object]:
    """A completed assessment as the wizard saves it (CompletedAssessment.to_dict())."""
    facts: dict[str, object] = {
        "adult_involved": False,
        "intent_to_harm": False,
        "coercion": False,
        "exploitation": False,
        "pictured_willing": True,
        "shared_without_consent": False,
        "sharing": "partner",
    }
    suggestion = assess(facts)
    if override:
        decision = make_decision(
            suggestion,
            ids.CATEGORIES[0] if suggestion.category != ids.CATEGORIES[0] else ids.CATEGORIES[1],
            suggestion.route,
            f"test override reasons {marker}".strip(),
        )
    else:
        decision = make_decision(suggestion, suggestion.category, suggestion.route)
    free_text = {"apps": f"Snapchat {marker}".strip(), "emotional_impact": f"upset {marker}"}
    return CompletedAssessment(facts, free_text, suggestion, decision).to_dict()


def full_setting(marker: str = "") -> SettingDetails:
    details = SettingDetails(
        name="Testwood Academy (fictional)",
        address="2 Imaginary Road",
        telephone="01632 960000",
        email="office@example.invalid",
        urn="999999",
    )
    if marker:
        fill_text(details, marker)
    return details


def full_contact(marker: str = "") -> Contact:
    contact = Contact(
        kind=ContactKind.MASH,
        name="Test MASH team",
        telephone="01632 960001",
        email="mash@example.invalid",
        address="3 Imaginary Road",
        notes="test contact notes",
    )
    if marker:
        fill_text(contact, marker)
    return contact


def assessment_for(category: str, route: str) -> dict[str, object]:
    """A completed assessment whose decision is `category` and `route` (overriding the
    suggestion, with reasons, where they differ)."""
    suggestion = assess({"adult_involved": False, "sharing": "partner"})
    differs = (category, route) != (suggestion.category, suggestion.route)
    decision = make_decision(suggestion, category, route, "test reasons" if differs else "")
    return CompletedAssessment(
        {"adult_involved": False, "sharing": "partner"}, {}, suggestion, decision
    ).to_dict()
