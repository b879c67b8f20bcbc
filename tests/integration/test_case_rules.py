"""The rules the case model enforces: closing, duplicates and merging, the due view, and
assessments that can never be changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlcipher3
from case_builders import DSL_ID, assessment_data, fake_upn, full_incident, full_referral

from ypsi_desktop.domain.calendar import (
    BankHoliday,
    Calendar,
    england_and_wales_bank_holidays,
)
from ypsi_desktop.domain.case import (
    FollowUp,
    Incident,
    IncidentPerson,
    IncidentStatus,
    Person,
    PersonKind,
    Referral,
    Role,
)
from ypsi_desktop.domain.case_views import DueKind
from ypsi_desktop.domain.closing import CannotClose
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.bank_holidays import bank_holidays, record_days, remove_days
from ypsi_desktop.storage.case_list import CaseList
from ypsi_desktop.storage.chain import verify_chain
from ypsi_desktop.storage.child_file import child_file
from ypsi_desktop.storage.database import CaseFile
from ypsi_desktop.storage.due import due_items
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.person_repository import PersonRepository
from ypsi_desktop.storage.search import search


def _saved(case: CaseFile, incident: Incident) -> Incident:
    saved = IncidentRepository(case.conn).save(incident, user_id=DSL_ID)
    assert saved.id is not None
    return saved


# --- Closing -------------------------------------------------------------------------------


def test_closing_needs_a_decision_an_outcome_and_no_open_actions(case: CaseFile) -> None:
    repo = IncidentRepository(case.conn)
    incident = _saved(case, full_incident())
    assert incident.id is not None
    with pytest.raises(CannotClose) as refused:
        repo.close(incident.id, user_id=DSL_ID, closed_on=date(2026, 3, 1))
    message = str(refused.value)
    assert "No decision has been recorded" in message
    assert "The outcome has not been recorded" in message
    assert "2 follow-up actions are still open" in message
    assert "“Check in with pupil (test)” (Ms Testlead, due 10/02/2026)" in message
    assert len(refused.value.reasons) == 3

    AssessmentRepository(case.conn).save(incident.id, assessment_data(), user_id=DSL_ID)
    incident.outcome = "Managed in school (test)."
    incident.follow_ups[0].done_on = date(2026, 2, 10)
    repo.save(incident, user_id=DSL_ID)
    with pytest.raises(CannotClose) as still:
        repo.close(incident.id, user_id=DSL_ID, closed_on=date(2026, 3, 1))
    assert still.value.reasons == (
        "1 follow-up action is still open: “Review device steps (test)” (Mr Deputy, due "
        "12/02/2026). Mark each one done, with the date, before closing.",
    )

    incident.follow_ups[1].done_on = date(2026, 2, 12)
    repo.save(incident, user_id=DSL_ID)
    closed = repo.close(incident.id, user_id=DSL_ID, closed_on=date(2026, 3, 1))
    assert closed.status is IncidentStatus.CLOSED and closed.closed_on == date(2026, 3, 1)
    assert repo.get(incident.id) == closed
    assert CaseList(case.conn).page(0, 5)[0].status is IncidentStatus.CLOSED
    assert "Incident closed." in [e.body for e in repo.chronology(incident.id)]
    with pytest.raises(CannotClose, match="already closed"):
        repo.close(incident.id, user_id=DSL_ID, closed_on=date(2026, 3, 2))

    reopened = repo.reopen(incident.id, user_id=DSL_ID, reason="new information (test)")
    assert reopened.status is IncidentStatus.OPEN and reopened.closed_on is None
    assert repo.get(incident.id) == reopened
    assert verify_chain(case.conn).ok


def test_status_cannot_be_changed_by_a_plain_save(case: CaseFile) -> None:
    incident = _saved(case, full_incident())
    with pytest.raises(ValueError, match="close"):
        IncidentRepository(case.conn).save(
            replace(incident, status=IncidentStatus.CLOSED), user_id=DSL_ID
        )


# --- People: finding, duplicates, merging ---------------------------------------------------


def test_children_are_found_by_name_birth_date_upn_and_reference(case: CaseFile) -> None:
    incident = _saved(case, full_incident())
    people = PersonRepository(case.conn)
    zoe, eleni = incident.people[0].person, incident.people[1].person
    assert people.search_children("zoe") == [zoe]
    assert people.search_children("TESTCH ZOË") == [zoe]
    assert people.search_children("ελενη") == [eleni]
    assert people.search_children("c-0002") == [eleni]
    assert people.search_children(upn=eleni.upn.lower()) == [eleni]
    assert people.search_children(eleni.upn) == [eleni]
    assert people.search_children(date_of_birth=zoe.date_of_birth) == [zoe]
    assert people.search_children("notarealperson") == []  # adults are not children
    assert people.search_children("") == []
    assert people.search_children("%") == [] and people.search_children("_") == []


def test_likely_duplicates_by_folded_name_and_birth_date_or_upn(case: CaseFile) -> None:
    incident = _saved(case, full_incident())
    people = PersonRepository(case.conn)
    zoe = incident.people[0].person
    typed_again = Person(
        PersonKind.CHILD, first_name="ZOE", last_name="test-child", date_of_birth=None
    )
    assert people.likely_duplicates(typed_again) == []  # no birth date to compare
    typed_again.date_of_birth = zoe.date_of_birth
    typed_again.last_name = "Testchild"
    assert people.likely_duplicates(typed_again) == [zoe]
    same_upn = Person(PersonKind.CHILD, first_name="Other", upn=zoe.upn.lower())
    assert people.likely_duplicates(same_upn) == [zoe]
    unrelated = Person(
        PersonKind.CHILD,
        first_name="Zoë",
        last_name="Testchild",
        date_of_birth=date(2001, 1, 1),
        upn=fake_upn(99),
    )
    assert people.likely_duplicates(unrelated) == []
    assert people.likely_duplicates(zoe) == []  # a record is not its own duplicate


def test_merging_two_records_of_one_child(case: CaseFile) -> None:
    incidents = IncidentRepository(case.conn)
    people = PersonRepository(case.conn)
    first = _saved(case, full_incident())
    keep = first.people[0].person
    duplicate = Person(
        PersonKind.CHILD,
        first_name="Zoe",
        last_name="Testchild",
        date_of_birth=keep.date_of_birth,
        known_as="",
        gender="",
        first_language="Welsh",
    )
    both = IncidentPerson(duplicate, roles=frozenset({Role.SENT}), own_words="second account")
    second = _saved(case, Incident(people=[IncidentPerson(duplicate, roles=frozenset())]))
    first.people.append(both)
    incidents.save(first, user_id=DSL_ID)  # the duplicate is also in the first incident
    first_referral = full_referral(frozenset({keep.id or 0, duplicate.id or 0}))
    first.referrals.append(first_referral)
    incidents.save(first, user_id=DSL_ID)
    assert first.id and second.id and duplicate.id and keep.id
    note = incidents.add_note(
        second.id, user_id=DSL_ID, body="About the duplicate (test).", person_id=duplicate.id
    )
    assert people.likely_duplicates(duplicate) == [keep]

    merged = people.merge(keep_id=keep.id, absorb_id=duplicate.id, user_id=DSL_ID)
    assert merged.id == keep.id and merged.first_name == "Zoë"  # the kept record wins
    assert merged.first_language == "English"  # both set: kept record's value stays
    assert people.get(duplicate.id) is None and people.resolve(duplicate.id) == keep.id
    assert people.search_children("zoe") == [merged]
    tomb = case.conn.execute(
        "SELECT first_name, last_name, reference, merged_into_id FROM people WHERE id = ?",
        (duplicate.id,),
    ).fetchone()
    assert tuple(tomb) == ("", "", duplicate.reference, keep.id)
    log = case.conn.execute("SELECT survivor_id, absorbed_id, links_moved FROM person_merges")
    assert log.fetchall() == [(keep.id, duplicate.id, 2)]

    again = incidents.get(first.id)
    assert again is not None
    assert [p.person.id for p in again.people] == [
        keep.id,
        first.people[1].person.id,
        first.people[2].person.id,
        first.people[3].person.id,
    ]
    assert again.people[0].roles == frozenset({Role.PICTURED, Role.MADE, Role.SENT})
    assert again.people[0].own_words.endswith("second account")
    assert again.referrals[0].children == frozenset({keep.id})
    assert [p.person.id for p in incidents.get(second.id).people] == [keep.id]  # type: ignore[union-attr]

    file = child_file(case.conn, duplicate.id)  # the old id still leads to the file
    assert file.person == merged and file.merged_references == (duplicate.reference,)
    assert sorted(r.id for r in file.incidents) == sorted([first.id, second.id])
    assert note.id in [e.id for e in file.chronology]
    assert [e.occurred_at for e in file.chronology] == sorted(
        e.occurred_at for e in file.chronology
    )
    assert search(case.conn, duplicate.reference) == []
    assert verify_chain(case.conn).ok
    with pytest.raises(LookupError):
        people.merge(keep_id=keep.id, absorb_id=duplicate.id, user_id=DSL_ID)
    with pytest.raises(sqlcipher3.IntegrityError):
        case.conn.execute("DELETE FROM person_merges")


# --- The due view ---------------------------------------------------------------------------


def test_working_days_skip_weekends() -> None:
    add_working_days = Calendar().add_working_days
    friday = date(2026, 3, 6)
    assert add_working_days(friday, 1) == date(2026, 3, 9)
    assert add_working_days(date(2026, 3, 7), 1) == date(2026, 3, 9)  # Saturday
    assert add_working_days(date(2026, 3, 9), 1) == date(2026, 3, 10)
    assert add_working_days(friday, 5) == date(2026, 3, 13)


def test_due_view_lists_overdue_actions_and_unacknowledged_referrals(case: CaseFile) -> None:
    friday = date(2026, 3, 6)
    incident = _saved(
        case,
        Incident(
            owner="Ms Testlead",
            follow_ups=[
                FollowUp("Late action (test)", owner="Mr Deputy", due_on=date(2026, 3, 2)),
                FollowUp("Done action (test)", due_on=date(2026, 3, 2), done_on=date(2026, 3, 2)),
                FollowUp("Future action (test)", due_on=date(2026, 3, 20)),
            ],
        ),
    )
    incident.referrals += [
        Referral(agency=full_referral(frozenset()).agency, made_on=friday),
        replace(full_referral(frozenset()), made_on=friday, acknowledged_on=friday),
        Referral(agency=full_referral(frozenset()).agency),  # not made yet
    ]
    IncidentRepository(case.conn).save(incident, user_id=DSL_ID)

    monday = due_items(case.conn, date(2026, 3, 9))
    assert [(i.kind, i.description) for i in monday] == [(DueKind.FOLLOW_UP, "Late action (test)")]
    assert monday[0].days_overdue == 7 and monday[0].owner == "Mr Deputy"
    tuesday = due_items(case.conn, date(2026, 3, 10))
    assert [i.kind for i in tuesday] == [DueKind.FOLLOW_UP, DueKind.ACKNOWLEDGEMENT]
    ack = tuesday[1]
    assert ack.due_on == date(2026, 3, 9) and ack.days_overdue == 1
    assert ack.item_id == incident.referrals[0].id and ack.incident_reference == incident.reference

    incident.follow_ups[0].done_on = date(2026, 3, 10)
    incident.outcome = "Closed in tests."
    IncidentRepository(case.conn).save(incident, user_id=DSL_ID)
    assert incident.id is not None
    AssessmentRepository(case.conn).save(incident.id, assessment_data(), user_id=DSL_ID)
    incident.follow_ups[2].done_on = date(2026, 3, 10)
    IncidentRepository(case.conn).save(incident, user_id=DSL_ID)
    IncidentRepository(case.conn).close(incident.id, user_id=DSL_ID, closed_on=date(2026, 3, 10))
    assert due_items(case.conn, date(2026, 3, 10)) == []  # closed: nothing left to chase


def test_a_listed_bank_holiday_is_not_a_working_day_for_an_acknowledgement(
    case: CaseFile,
) -> None:
    thursday = date(2026, 4, 2)  # before Good Friday
    incident = _saved(case, Incident(owner="Ms Testlead"))
    incident.referrals.append(Referral(agency=full_referral(frozenset()).agency, made_on=thursday))
    IncidentRepository(case.conn).save(incident, user_id=DSL_ID)
    easter_monday = date(2026, 4, 6)
    assert [i.kind for i in due_items(case.conn, easter_monday)] == [DueKind.ACKNOWLEDGEMENT]

    seq_before = case.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    assert record_days(case.conn, england_and_wales_bank_holidays(2026), user_id=DSL_ID) == 8
    assert case.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0] == seq_before + 1
    assert due_items(case.conn, easter_monday) == []  # due on the Tuesday now
    (item,) = due_items(case.conn, date(2026, 4, 8))
    assert item.due_on == date(2026, 4, 7) and item.days_overdue == 1
    assert [d.note for d in bank_holidays(case.conn, year=2026)][:2] == [
        "New Year's Day",
        "Good Friday",
    ]

    assert remove_days(case.conn, [date(2026, 4, 3), date(2026, 4, 6)], user_id=DSL_ID) == 2
    assert [i.kind for i in due_items(case.conn, easter_monday)] == [DueKind.ACKNOWLEDGEMENT]
    with pytest.raises(ValueError, match="60 characters"):
        record_days(case.conn, [BankHoliday(date(2026, 7, 20), "x" * 61)], user_id=DSL_ID)


# --- Assessments ----------------------------------------------------------------------------


def test_assessments_are_append_only_and_drive_the_case_list(case: CaseFile) -> None:
    incident = _saved(case, full_incident())
    assert incident.id is not None
    repo = AssessmentRepository(case.conn)
    first = repo.save(incident.id, assessment_data(), user_id=DSL_ID)
    second = repo.save(incident.id, assessment_data(override=True), user_id=DSL_ID)
    assert first.accepted_suggestion and not second.accepted_suggestion
    assert second.reasons == "test override reasons"
    assert first.review_meeting_on == incident.review.held_on
    assert repo.history(incident.id) == [first, second]
    assert repo.latest(incident.id) == second
    assert second.to_dict() == assessment_data(override=True)
    row = CaseList(case.conn).page(0, 1)[0]
    assert (row.category, row.route) == (second.category, second.route)

    for statement in (
        "UPDATE assessments SET reasons = 'rewritten' WHERE id = ?",
        "UPDATE assessments SET category = 'undetermined' WHERE id = ?",
        "DELETE FROM assessments WHERE id = ?",
    ):
        with pytest.raises(sqlcipher3.IntegrityError, match="assessments cannot be"):
            case.conn.execute(statement, (first.id,))
    with pytest.raises(sqlcipher3.IntegrityError):
        case.conn.execute("INSERT OR REPLACE INTO assessments SELECT * FROM assessments")
    assert repo.history(incident.id) == [first, second]


def test_a_malformed_or_unexplained_assessment_is_refused(case: CaseFile) -> None:
    incident = _saved(case, full_incident())
    assert incident.id is not None
    data = assessment_data(override=True)
    decision = dict(data["decision"])  # type: ignore[call-overload]
    decision["reasons"] = ""
    with pytest.raises(ValueError):
        AssessmentRepository(case.conn).save(
            incident.id, {**data, "decision": decision}, user_id=DSL_ID
        )
    with pytest.raises(ValueError):
        AssessmentRepository(case.conn).save(incident.id, {"facts": {}}, user_id=DSL_ID)
    assert AssessmentRepository(case.conn).history(incident.id) == []
