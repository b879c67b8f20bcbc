"""A whole incident survives saving, closing the file and opening it again, exactly."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from case_builders import (
    DSL_ID,
    assessment_data,
    full_contact,
    full_incident,
    full_referral,
    full_setting,
)

from ypsi_desktop.domain.case import Agency, FollowUp, IncidentStatus, PersonKind, Referral
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.chain import verify_chain
from ypsi_desktop.storage.database import CaseFile, open_case_file
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.integrity import check
from ypsi_desktop.storage.person_repository import PersonRepository
from ypsi_desktop.storage.setting_repository import SettingRepository


def _save_full(case: CaseFile) -> int:
    repo = IncidentRepository(case.conn)
    incident = repo.save(full_incident(), user_id=DSL_ID)
    children = frozenset(p.person.id for p in incident.children() if p.person.id is not None)
    incident.referrals.append(full_referral(children))
    repo.save(incident, user_id=DSL_ID)
    assert incident.id is not None
    return incident.id


def _no_unknowns(obj: Any) -> None:
    """Answer every still-unknown yes/no field, so the round trip covers every column."""
    for field in fields(obj):
        if field.type == "Tri" and getattr(obj, field.name) is None:
            setattr(obj, field.name, False)


def test_full_incident_round_trips_through_a_reopened_file(
    case: CaseFile, case_path: Path, data_key: bytes
) -> None:
    repo = IncidentRepository(case.conn)
    incident_id = _save_full(case)
    incident = repo.get(incident_id)
    assert incident is not None
    for link in incident.people:
        _no_unknowns(link)
        _no_unknowns(link.person)
    incident.referrals[0].acknowledged_on = date(2026, 2, 5)
    for follow_up in incident.follow_ups:
        follow_up.done_on = follow_up.due_on
    incident.outcome = "Managed in school (test outcome)."
    repo.save(incident, user_id=DSL_ID)
    AssessmentRepository(case.conn).save(incident_id, assessment_data(), user_id=DSL_ID)
    repo.close(incident_id, user_id=DSL_ID, closed_on=date(2026, 3, 2))
    saved = repo.get(incident_id)
    assert saved is not None
    assert saved == replace(incident, status=IncidentStatus.CLOSED, closed_on=date(2026, 3, 2))
    assert len(saved.people) == 4 and len(saved.children()) == 3
    assert re.fullmatch(r"YP-\d{4}-0001", saved.reference)
    assert [p.person.reference for p in saved.people] == ["C-0001", "C-0002", "C-0003", "A-0001"]
    children = saved.children()
    everything = (saved, saved.viewing, saved.review, *saved.referrals, *saved.follow_ups,
                  *children, *(p.person for p in children))  # fmt: skip
    blank = [
        (type(obj).__name__, f.name)
        for obj in everything
        for f in fields(obj)
        if getattr(obj, f.name) in (None, "")
    ]
    assert blank == [], "every field of every child record is set"
    case.close()

    with open_case_file(case_path, data_key) as reopened:
        again = IncidentRepository(reopened.conn).get(incident_id)
        assert again == saved
        child = PersonRepository(reopened.conn).get_by_reference("c-0002")
        assert child == saved.people[1].person
        assert verify_chain(reopened.conn).ok
        assert check(reopened.conn).ok  # the search index passes SQLite's own checks too


def test_a_failed_save_leaves_no_ids_behind(case: CaseFile) -> None:
    incident = full_incident()
    incident.people.append(incident.people[0])  # the same child twice: refused
    with pytest.raises(ValueError, match="listed twice"):
        IncidentRepository(case.conn).save(incident, user_id=DSL_ID)
    assert incident.id is None and incident.reference == ""
    assert all(p.person.id is None and p.person.reference == "" for p in incident.people)
    assert case.conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_an_update_changes_only_what_changed_and_keeps_ids(case: CaseFile) -> None:
    repo = IncidentRepository(case.conn)
    incident_id = _save_full(case)
    incident = repo.get(incident_id)
    assert incident is not None
    person_ids = [p.person.id for p in incident.people]
    incident.support_given = "changed support (test)"
    incident.people[0].person.known_as = "Zed"
    incident.people[2].own_words = "new words (test)"
    incident.follow_ups[0] = replace(incident.follow_ups[0], done_on=incident.follow_ups[0].due_on)
    incident.follow_ups.append(FollowUp("Third action (test)"))
    del incident.people[3]  # the adult leaves this incident; their record stays
    repo.save(incident, user_id=DSL_ID)

    again = repo.get(incident_id)
    assert again == incident
    assert [p.person.id for p in again.people] == person_ids[:3]
    assert PersonRepository(case.conn).get(person_ids[3]) is not None  # type: ignore[arg-type]
    kinds = [e.kind for e in repo.chronology(incident_id)]
    assert kinds.count("follow_up_done") == 1 and kinds.count("follow_up") == 3


def test_every_mutation_is_audited_with_ids_and_field_names_only(case: CaseFile) -> None:
    repo = IncidentRepository(case.conn)
    incident_id = _save_full(case)
    incident = repo.get(incident_id)
    assert incident is not None
    incident.outcome = "Resolved in school (test outcome)"
    repo.save(incident, user_id=DSL_ID)
    AssessmentRepository(case.conn).save(incident_id, assessment_data(), user_id=DSL_ID)
    settings = SettingRepository(case.conn)
    settings.save_details(full_setting(), user_id=DSL_ID)
    settings.save_contact(full_contact(), user_id=DSL_ID)

    rows = case.conn.execute(
        "SELECT action, record_type, record_id, detail FROM audit_log WHERE seq > 1"
    ).fetchall()
    types = {r[1] for r in rows}
    assert {"person", "incident", "chronology", "assessment", "setting", "contact"} <= types
    typed = [
        "Zoë", "Testchild", "Ελένη", "Юлия", "Adrian", "Imaginary", "pupil told", "Snapchat",
        "Resolved", "Testwood", "test", "MASH-TEST",
    ]  # fmt: skip
    for _action, _type, _id, detail in rows:
        for word in typed:
            assert word not in detail, detail
    assert "changed: outcome" in " ".join(r[3] for r in rows)
    assert verify_chain(case.conn).ok


def test_referral_story_and_acknowledgement_reach_the_chronology(case: CaseFile) -> None:
    repo = IncidentRepository(case.conn)
    incident_id = _save_full(case)
    incident = repo.get(incident_id)
    assert incident is not None
    incident.referrals.append(Referral(Agency.POLICE))  # recorded, not yet made
    repo.save(incident, user_id=DSL_ID)
    first = incident.referrals[0]
    incident.referrals[0] = replace(first, acknowledged_on=first.made_on)
    repo.save(incident, user_id=DSL_ID)
    bodies = [e.body for e in repo.chronology(incident_id)]
    assert any(b.startswith("Referral made to children's social care (MASH)") for b in bodies)
    assert any("Referral to the police added to the record" in b for b in bodies)
    assert any(b.startswith("Acknowledgement received from") for b in bodies)
    assert all(e.author == "Test Lead" for e in repo.chronology(incident_id))


def test_settings_and_contacts_round_trip(case: CaseFile, case_path: Path, data_key: bytes) -> None:
    settings = SettingRepository(case.conn)
    details = full_setting()
    settings.save_details(details, user_id=DSL_ID)
    contact = settings.save_contact(full_contact(), user_id=DSL_ID)
    case.close()
    with open_case_file(case_path, data_key) as reopened:
        again = SettingRepository(reopened.conn)
        assert again.details() == details
        assert again.contacts() == [contact]
        again.delete_contact(contact.id or 0, user_id=DSL_ID)
        assert again.contacts() == []


def test_a_person_saved_alone_gets_a_reference_per_kind(case: CaseFile) -> None:
    people = PersonRepository(case.conn)
    incident_id = _save_full(case)
    incident = IncidentRepository(case.conn).get(incident_id)
    assert incident is not None
    adult = replace(incident.people[3].person, id=None, reference="", first_name="Second")
    people.save(adult, user_id=DSL_ID)
    assert adult.kind is PersonKind.ADULT and adult.reference == "A-0002"
