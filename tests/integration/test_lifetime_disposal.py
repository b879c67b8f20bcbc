"""Retention disposal: the child's details and narrative are gone from every page, the
audit chain still verifies with the tombstone sealed in it, the other children's records stay
whole, and a legal hold blocks it all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from casefile_helpers import decrypt_pages
from lifetime_helpers import (
    MAIN_FIRST,
    MAIN_LAST,
    MAIN_NAME,
    OTHERS,
    SHARED_NARRATIVE,
    SOLO_NARRATIVE,
    Scenario,
    build_scenario,
    new_session,
)

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.domain.retention import ReviewBasis
from ypsi_desktop.services.lifetime import retention
from ypsi_desktop.services.maintenance import check_file
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.disposal import tombstones, verify_tombstones
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.person_repository import PersonRepository
from ypsi_desktop.storage.search import search
from ypsi_desktop.storage.text_fold import fold

LATER = date(2040, 1, 1)  # the main child (born 2011) is due for review in 2036
REASON = "Retention period reached (DOB + 25 years); reviewed, no further need."
GONE = [
    MAIN_FIRST,
    MAIN_LAST,
    "Quill was upset",
    "main child's words",
    "Private note about the main child",
    "Zephyrine",
    "1 Imaginary Road",
]


@pytest.fixture
def scenario(tmp_path: Path) -> Scenario:
    session = new_session(tmp_path)
    try:
        yield build_scenario(session)
    finally:
        session.close()


def _reference(scenario: Scenario, person_id: int) -> str:
    person = PersonRepository(scenario.session.conn).get(person_id)
    assert person is not None
    return person.reference


def _dispose_main(scenario: Scenario, said: list[str] | None = None) -> retention.DisposalResult:
    return retention.dispose(
        scenario.session,
        scenario.main_id,
        reason=REASON,
        confirmation=_reference(scenario, scenario.main_id),
        today=LATER,
        progress=None if said is None else said.append,
    )


def _needles(words: list[str]) -> list[bytes]:
    out: list[bytes] = []
    for word in words:
        out += [word.encode(), fold(word).encode(), word.encode("utf-16-le")]
    return out


def test_the_search_of_every_page_can_find_the_name_before_disposal(scenario: Scenario) -> None:
    session = scenario.session
    session.checkpoint()
    pages = b"".join(decrypt_pages(session.path, bytes(session.data_key)))
    for needle in (MAIN_FIRST.encode(), SOLO_NARRATIVE.encode(), fold(MAIN_LAST).encode()):
        assert needle in pages


def test_disposal_leaves_no_personal_data_and_the_history_verifies(scenario: Scenario) -> None:
    session = scenario.session
    reference = _reference(scenario, scenario.main_id)
    salts_before = dict(session.conn.execute("SELECT id, seal_salt FROM assessments"))
    said: list[str] = []
    result = _dispose_main(scenario, said)
    # The disposal is announced before the rebuild: an interrupted rebuild must not hide it.
    rebuilding = next(n for n, line in enumerate(said) if "Rebuilding" in line)
    assert f"{reference} has been disposed of" in said[rebuilding]

    incidents = IncidentRepository(session.conn)
    solo = incidents.get(scenario.solo_id)
    shared = incidents.get(scenario.shared_id)
    assert solo is not None and shared is not None
    assert result.incidents_disposed == [solo.reference] and result.rebuilt
    assert set(result.incidents_redacted) >= {shared.reference}
    # The file's bytes: no page, live or free, holds the child's name or narrative.
    key = bytes(session.data_key)
    pages = b"".join(decrypt_pages(session.path, key))
    for needle in _needles(GONE):
        assert needle not in pages, needle
    assert MAIN_FIRST.encode() not in session.path.read_bytes()
    # The history verifies, and the tombstone is sealed into it.
    check = check_file(session)
    assert check.ok, check.report.problems
    assert verify_tombstones(session.conn) == []
    # Each decision that lost words was sealed again under a new salt, so the old seal cannot
    # be used to test guesses at the name taken out.
    resealed = {
        int(r[0])
        for r in session.conn.execute(
            "SELECT record_id FROM audit_log WHERE record_type = 'assessment'"
            " AND action = 'change' AND ref_digest IS NOT NULL"
        )
    }
    salts_after = dict(session.conn.execute("SELECT id, seal_salt FROM assessments"))
    assert resealed and all(salts_after[i] != salts_before[i] for i in resealed)
    assert all(salts_after[i] == salts_before[i] for i in set(salts_after) - resealed)
    (stone,) = tombstones(session.conn)
    assert stone.reference == reference and stone.reason == REASON
    assert stone.basis == ReviewBasis.DATE_OF_BIRTH
    sealed = session.conn.execute(
        "SELECT ref_digest FROM audit_log WHERE record_type = 'disposal' AND record_id = ?",
        (stone.id,),
    ).fetchone()
    assert sealed == (stone.digest,)
    # Nothing a user can reach finds the child any more.
    assert search(session.conn, MAIN_FIRST) == []
    assert PersonRepository(session.conn).get(scenario.main_id) is None
    assert PersonRepository(session.conn).search_children(MAIN_FIRST) == []


def test_the_other_children_in_a_shared_incident_stay_whole(scenario: Scenario) -> None:
    session = scenario.session
    reference = _reference(scenario, scenario.main_id)
    _dispose_main(scenario)
    stand_in = f"[child {reference}, record disposed of]"

    shared = IncidentRepository(session.conn).get(scenario.shared_id)
    assert shared is not None
    names = [(p.person.first_name, p.person.last_name) for p in shared.children()]
    assert names == list(OTHERS)
    assert SHARED_NARRATIVE in shared.imagery_description
    assert shared.how_came_to_light == f"{stand_in} told a teacher that Marisol had the image."
    assert shared.people[0].own_words == f"{stand_in} sent it to me (words of child 0)"
    assert shared.people[0].notes == f"Friend of {stand_in}."
    assert shared.people[0].person.household == "Lives with test carers (2)"
    (referral,) = shared.referrals
    assert referral.children == frozenset({scenario.other_ids[0]})
    assert referral.risk_reasons == f"{stand_in} is vulnerable"
    # The chronology: the entry about the child is erased, the one naming them re-recorded
    # without the name as a correction, the others untouched.
    entries = IncidentRepository(session.conn).chronology(scenario.shared_id)
    bodies = [e.body for e in entries if not e.erased]
    assert f"Spoke with {stand_in} and her carer." in bodies
    assert "Тимофей Тестовый was supported." in bodies
    correction = next(e for e in entries if e.body == f"Spoke with {stand_in} and her carer.")
    assert correction.corrects_id is not None
    erased = {e.id for e in entries if e.erased}
    assert correction.corrects_id in erased
    latest = AssessmentRepository(session.conn).latest(scenario.shared_id)
    assert latest is not None
    assert latest.free_text == {"emotional_impact": f"{stand_in} and Marisol upset"}
    # Another incident that only named the child in a note.
    mention = IncidentRepository(session.conn).chronology(scenario.mention_id)
    assert [e.body for e in mention if not e.erased and "Similar" in e.body] == [
        f"Similar to what happened to {stand_in}."
    ]
    # Searching finds the other children still.
    assert search(session.conn, "Marisol")
    assert search(session.conn, "Тимофей")


def test_the_whole_incident_goes_when_no_one_else_is_in_it(scenario: Scenario) -> None:
    session = scenario.session
    _dispose_main(scenario)
    solo = IncidentRepository(session.conn).get(scenario.solo_id)
    assert solo is not None
    assert solo.people == [] and solo.how_came_to_light == "" and solo.reported_by == ""
    entries = IncidentRepository(session.conn).chronology(scenario.solo_id)
    assert entries and all(e.erased and e.body == "" for e in entries)
    latest = AssessmentRepository(session.conn).latest(scenario.solo_id)
    assert latest is not None and latest.free_text == {} and latest.category
    row = session.conn.execute(
        "SELECT disposed_at, reference, came_to_light_at FROM incidents WHERE id = ?",
        (scenario.solo_id,),
    ).fetchone()
    assert row[0] is not None and row[1] == solo.reference and row[2] is not None


def test_a_legal_hold_blocks_disposal_until_lifted(scenario: Scenario) -> None:
    session = scenario.session
    hold = retention.place_hold(
        session, incident_id=scenario.shared_id, reason="Police investigation (test)"
    )
    with pytest.raises(retention.DisposalRefused, match="legal hold"):
        _dispose_main(scenario)
    assert PersonRepository(session.conn).get(scenario.main_id) is not None
    assert tombstones(session.conn) == []
    items = retention.retention_view(session, LATER)
    held = next(i for i in items if i.person_id == scenario.main_id)
    assert held.holds == (hold,)
    retention.lift_hold(session, hold, reason="Investigation closed (test)")
    _dispose_main(scenario)
    assert PersonRepository(session.conn).get(scenario.main_id) is None


def test_disposal_needs_a_reason_a_confirmation_and_the_due_date(scenario: Scenario) -> None:
    session = scenario.session
    reference = _reference(scenario, scenario.main_id)
    with pytest.raises(retention.DisposalRefused, match="reference exactly"):
        retention.dispose(
            session, scenario.main_id, reason=REASON, confirmation="C-9999", today=LATER
        )
    with pytest.raises(retention.DisposalRefused, match="why"):
        retention.dispose(
            session, scenario.main_id, reason="  ", confirmation=reference, today=LATER
        )
    with pytest.raises(retention.DisposalRefused, match="name out of the reason"):
        retention.dispose(
            session,
            scenario.main_id,
            reason=f"{MAIN_NAME} left long ago",
            confirmation=reference,
            today=LATER,
        )
    with pytest.raises(retention.DisposalRefused, match="not due for review until"):
        retention.dispose(
            session, scenario.main_id, reason=REASON, confirmation=reference, today=date(2030, 1, 1)
        )
    assert PersonRepository(session.conn).get(scenario.main_id) is not None
    retention.dispose(
        session,
        scenario.main_id,
        reason="Record made in error (test)",
        confirmation=reference,
        today=date(2030, 1, 1),
        early=True,
    )
    assert PersonRepository(session.conn).get(scenario.main_id) is None


def test_only_the_dsl_can_dispose(scenario: Scenario) -> None:
    session = scenario.session
    add_user(session, "Deputy Testperson", UserRole.DEPUTY, "green-lantern-fossil-77-harbour")
    from ypsi_desktop.services import session as sessions

    path = session.path
    session.close()
    deputy = sessions.unlock(
        path, user_name="Deputy Testperson", passphrase="green-lantern-fossil-77-harbour"
    )
    try:
        with pytest.raises(NotAllowed):
            retention.dispose(deputy, 1, reason=REASON, confirmation="C-0001", today=LATER)
        with pytest.raises(NotAllowed):
            retention.place_hold(deputy, person_id=1, reason="test")
        assert retention.retention_view(deputy, LATER)
    finally:
        deputy.close()
        scenario.session = deputy  # the fixture closes it again harmlessly


def test_check_file_catches_an_edited_record_of_a_disposal(scenario: Scenario) -> None:
    session = scenario.session
    _dispose_main(scenario)
    assert check_file(session).ok
    # Someone with the key edits the tombstone behind the app's back.
    session.conn.execute("DROP TRIGGER disposals_no_update")
    session.conn.execute("UPDATE disposals SET reason = 'Nothing to see here'")
    report = check_file(session)
    assert not report.ok
    assert verify_tombstones(session.conn) != []
    assert any(line in report.report.problems for line in verify_tombstones(session.conn))


def test_an_export_carries_the_record_of_a_disposal_and_it_stays_sealed(
    scenario: Scenario, tmp_path: Path
) -> None:
    """Leaving a disposal's record behind would lose the evidence that it happened: the
    export carries it, and the new file seals it in its own history."""
    import json

    from ypsi_desktop.services.export import export_bytes, export_case_file, import_case_file

    reference = _reference(scenario, scenario.main_id)
    _dispose_main(scenario)
    exported = export_case_file(scenario.session)
    (stone,) = exported["disposals"]
    assert stone["reference"] == reference and stone["reason"] == REASON
    target = new_session(tmp_path, "imported.ypsi")
    with target:
        import_case_file(target, json.loads(export_bytes(exported)), source_name="export.json")
        assert verify_tombstones(target.conn) == []
        (copied,) = tombstones(target.conn)
        assert copied.reference == reference and copied.reason == REASON
        assert check_file(target).ok
        again = export_case_file(target)
        assert again["disposals"] == exported["disposals"]
        # The incident disposed of with the child stays disposed of (blank, not live).
        disposed = [i for i in exported["incidents"] if i["disposed_at"] is not None]
        assert disposed and [i for i in again["incidents"] if i["disposed_at"]] == disposed
