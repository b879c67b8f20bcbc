"""Export a whole case file to JSON and fill a new file from it: the same records come back.

Round trips on a training file of made-up incidents and on a hand-built incident with every
field set (an extra author, a merge, a correction and an erased entry included); refusals of
malformed files, non-empty targets and training/real mix-ups; and the written file itself.
"""

from __future__ import annotations

import copy
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from case_builders import (
    assessment_data,
    full_child,
    full_contact,
    full_incident,
    full_referral,
    full_setting,
)

from ypsi_desktop.domain.calendar import england_and_wales_bank_holidays
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.demo import build_demo
from ypsi_desktop.services.export import (
    ImportRefused,
    export_bytes,
    export_case_file,
    import_case_file,
    records_of,
    write_export,
)
from ypsi_desktop.services.export_format import MalformedExport
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.bank_holidays import record_days
from ypsi_desktop.storage.case_transfer import is_empty
from ypsi_desktop.storage.chain import verify_chain
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.integrity import check
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.person_repository import PersonRepository
from ypsi_desktop.storage.setting_repository import SettingRepository

PASSPHRASE = "plain test passphrase, never used for real"
DEPUTY_PASSPHRASE = "Quartz lantern 7 rivers & a heron"


def new_file(
    folder: Path, name: str, *, user: str = "Demo DSL", training: bool = False
) -> sessions.CaseFileSession:
    session, _recovery = sessions.create(
        folder / name,
        user_name=user,
        passphrase=PASSPHRASE,
        training=training,
        kdf=KdfParams.for_tests(),
    )
    return session


def imported_copy(
    folder: Path, data: dict[str, Any], *, user: str = "Demo DSL"
) -> tuple[dict[str, Any], sessions.CaseFileSession]:
    """Fill a new file from `data` (through JSON text, as the CLI reads it) and export it."""
    session = new_file(folder, "imported.ypsi", user=user, training=data["training"])
    import_case_file(session, json.loads(export_bytes(data)), source_name="export.json")
    return export_case_file(session, with_audit=True), session


# --- A training file of made-up incidents -------------------------------------------------


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("demo-export")
    with new_file(folder, "demo.ypsi", training=True) as session:
        build_demo(session, incidents=40, seed=7)
        record_days(session.conn, england_and_wales_bank_holidays(2026), user_id=session.user.id)
        return export_case_file(session, with_audit=True)


def test_a_demo_file_round_trips_to_the_same_records(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    again, session = imported_copy(tmp_path, demo_export)
    with session:
        assert records_of(again).keys() == records_of(demo_export).keys()
        for key, value in records_of(demo_export).items():
            if key != "audit_log":  # the new file's history is its own
                assert records_of(again)[key] == value, key
        assert check(session.conn).ok and verify_chain(session.conn).ok
        assert session.is_training
        assert len(again["bank_holidays"]) == 8


def _with_lifetime_records(session: sessions.CaseFileSession) -> None:
    """A legal hold in force on a child and a lifted one on an incident, a decision to keep a
    record, and an extended subject access request with a released redaction."""
    from ypsi_desktop.storage import retention_store, subject_access_store

    conn, user = session.conn, session.user.id
    child, other = [
        int(r[0])
        for r in conn.execute("SELECT id FROM people WHERE kind = 'child' ORDER BY id LIMIT 2")
    ]
    (incident,) = conn.execute("SELECT id FROM incidents ORDER BY id LIMIT 1").fetchone()
    retention_store.place_hold(conn, user_id=user, reason="Police request (test)", person_id=child)
    lifted = retention_store.place_hold(
        conn, user_id=user, reason="Inquiry (test)", incident_id=int(incident)
    )
    retention_store.lift_hold(conn, lifted, user_id=user, reason="Inquiry closed (test)")
    retention_store.record_keep(
        conn,
        other,
        keep_until=date(2060, 1, 1),
        reason="Ongoing proceedings (test)",
        user_id=user,
        today=date(2026, 9, 1),
    )
    request = subject_access_store.record_request(
        conn, child, received_on=date(2026, 9, 1), requested_by="Parent (test)", user_id=user
    )
    subject_access_store.record_release(
        conn, request, f"person:{other}", reason="Agreed in writing (test)", user_id=user
    )
    subject_access_store.record_extension(
        conn, request, reason="Complex (test)", extended_on=date(2026, 9, 5), user_id=user
    )


def test_legal_holds_retention_and_subject_access_round_trip(tmp_path: Path) -> None:
    with new_file(tmp_path, "source.ypsi", training=True) as source:
        build_demo(source, incidents=12, seed=3)
        _with_lifetime_records(source)
        exported = export_case_file(source)
    assert [len(exported[k]) for k in ("legal_holds", "retention_reviews")] == [2, 1]
    assert exported["subject_access_requests"][0]["extension_reason"] == "Complex (test)"
    again, session = imported_copy(tmp_path, exported)
    with session:
        for key, value in records_of(exported).items():
            assert records_of(again)[key] == value, key
        assert check(session.conn).ok
        # The imported hold is in force: the child cannot be disposed of in the new file.
        (held,) = exported["legal_holds"][:1]
        assert session.conn.execute(
            "SELECT lifted_at FROM legal_holds WHERE id = ?", (held["id"],)
        ).fetchone() == (None,)


def test_a_lifetime_record_pointing_nowhere_is_refused(tmp_path: Path) -> None:
    with new_file(tmp_path, "source.ypsi", training=True) as source:
        build_demo(source, incidents=6, seed=4)
        _with_lifetime_records(source)
        exported = export_case_file(source)
    exported["retention_reviews"][0]["person"] = "C-9999"
    with pytest.raises(MalformedExport, match="no person 'C-9999'"):
        imported_copy(tmp_path, exported)
    exported = {**exported, "legal_holds": [{**exported["legal_holds"][0], "incident": "YP-1"}]}
    with pytest.raises(MalformedExport, match="no incident|one person or one incident"):
        (tmp_path / "b").mkdir()
        imported_copy(tmp_path / "b", exported)


def test_a_file_that_lists_only_bank_holidays_still_takes_an_import(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    session = new_file(tmp_path, "imported.ypsi", training=True)
    with session:
        record_days(session.conn, england_and_wales_bank_holidays(2027), user_id=session.user.id)
        import_case_file(session, json.loads(export_bytes(demo_export)), source_name="x.json")
        listed = export_case_file(session)["bank_holidays"]
        assert len(listed) == 16  # 2026's from the export and the 2027 ones already there


LATER_KEYS = {
    1: ("bank_holidays", "legal_holds", "retention_reviews", "subject_access_requests"),
    2: ("legal_holds", "retention_reviews", "subject_access_requests"),
}


@pytest.mark.parametrize("version", [1, 2])
def test_an_export_in_an_earlier_format_still_imports(
    tmp_path: Path, demo_export: dict[str, Any], version: int
) -> None:
    from ypsi_desktop.storage.lifetime_rows import LIFETIME_TABLES

    later = {*LATER_KEYS[version], *(spec.key for spec in LIFETIME_TABLES)}
    older = {k: v for k, v in demo_export.items() if k not in later}
    older["format_version"] = version
    older["incidents"] = [
        {k: v for k, v in i.items() if k != "disposed_at"} for i in demo_export["incidents"]
    ]
    again, session = imported_copy(tmp_path, older)
    with session:
        assert again["incidents"] == demo_export["incidents"]
        assert again["legal_holds"] == [] and again["disposals"] == []
        if version == 1:
            assert again["bank_holidays"] == []


def test_a_row_the_case_file_would_refuse_is_named_not_crashed_on(tmp_path: Path) -> None:
    with new_file(tmp_path, "source.ypsi", training=True) as source:
        build_demo(source, incidents=6, seed=5)
        _with_lifetime_records(source)
        exported = export_case_file(source)
    exported["legal_holds"][0]["reason"] = "   "  # the schema wants words
    with pytest.raises(MalformedExport, match=r"legal_holds\[1\].*does not allow"):
        imported_copy(tmp_path, exported)


def test_text_arriving_in_an_export_meets_the_same_boundary_as_typing(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    # Edited by hand or made by other software: a direction override that would make a name
    # print reversed, a NUL, a lone surrogate (which cannot even be stored as UTF-8), and a
    # decomposed accent.
    data = copy.deepcopy(demo_export)
    person = data["people"][0]
    person["last_name"] = "Testchild\u202eEvil"
    person["first_name"] = "Zoe\u0301\x00"
    incident = data["incidents"][0]
    incident["how_came_to_light"] = "Reported at break \ud800 by a pupil"
    # As json.loads gives it from a file that escapes the surrogate ("\\ud800").
    data = json.loads(json.dumps(data, ensure_ascii=True))
    with new_file(tmp_path, "imported.ypsi", training=True) as session:
        import_case_file(session, data, source_name="export.json")
        again = export_case_file(session)
    back = {p["id"]: p for p in again["people"]}[person["id"]]
    assert back["last_name"] == "Testchild[RLO]Evil"
    assert back["first_name"] == "Zo\u00e9"
    came = {i["id"]: i for i in again["incidents"]}[incident["id"]]["how_came_to_light"]
    assert came == "Reported at break \ufffd by a pupil"


def test_the_import_is_recorded_in_the_new_history_without_personal_data(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    again, session = imported_copy(tmp_path, demo_export)
    session.close()
    anchor = demo_export["source"]["anchor"]
    entries = [e for e in again["audit_log"] if e["record_type"] == "case_file"]
    details = " ".join(e["detail"] for e in entries)
    assert "export.json" in details and anchor in details
    every_detail = " ".join(e["detail"] for e in again["audit_log"])
    for person in demo_export["people"]:
        if person["last_name"]:
            assert person["last_name"] not in every_detail


def test_references_dates_and_chronology_order_are_kept(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    again, session = imported_copy(tmp_path, demo_export)
    session.close()
    assert [i["reference"] for i in again["incidents"]] == [
        i["reference"] for i in demo_export["incidents"]
    ]

    def order(data: dict[str, Any]) -> list[tuple[Any, ...]]:
        keys = ("id", "occurred_at", "recorded_at", "author", "kind")
        return [tuple(c[k] for k in keys) for c in data["chronology"]]

    assert order(again) == order(demo_export)


def test_authors_who_are_not_users_of_the_new_file_are_kept_without_a_key(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    again, session = imported_copy(tmp_path, demo_export, user="Another DSL")
    with session:
        row = session.conn.execute(
            "SELECT role, slot_id, removed_at FROM users WHERE name = 'Demo DSL'"
        ).fetchone()
        assert row[0] == "dsl" and row[1] is None and row[2] is not None
    assert {c["author"] for c in again["chronology"]} == {"Demo DSL"}
    assert again["users"] == [{"name": "Another DSL", "role": "dsl"}, *demo_export["users"]]
    assert again["incidents"] == demo_export["incidents"]


def test_with_audit_includes_the_audit_log_up_to_the_anchor(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    log = demo_export["audit_log"]
    assert [e["seq"] for e in log] == list(range(1, len(log) + 1))
    seq, head = demo_export["source"]["anchor"].split(":")
    assert log[-1]["seq"] == int(seq) and log[-1]["hash"].startswith(head)
    with new_file(tmp_path, "plain.ypsi") as session:
        assert "audit_log" not in export_case_file(session)
        assert "audit_log" in export_case_file(session, with_audit=True)


# --- A hand-built incident with every field set -------------------------------------------


def _answer_everything(obj: Any) -> None:
    for field in fields(obj):
        if field.type == "Tri" and getattr(obj, field.name) is None:
            setattr(obj, field.name, False)


@pytest.fixture
def full_file(tmp_path: Path) -> Iterator[sessions.CaseFileSession]:
    with new_file(tmp_path, "full.ypsi") as session:
        dsl = session.user.id
        deputy = add_user(session, "Deputy Testperson", UserRole.DEPUTY, DEPUTY_PASSPHRASE)
        repo = IncidentRepository(session.conn)
        incident = full_incident("(full)")
        for link in incident.people:
            _answer_everything(link)
            _answer_everything(link.person)
        repo.save(incident, user_id=dsl)
        children = frozenset(p.person.id for p in incident.children() if p.person.id)
        referral = full_referral(children, "(full)")
        referral.acknowledged_on = date(2026, 2, 6)
        incident.referrals.append(referral)
        for follow_up in incident.follow_ups:
            follow_up.done_on = follow_up.due_on
        incident.outcome = "Managed in school (full)."
        repo.save(incident, user_id=deputy.id)
        assert incident.id is not None
        AssessmentRepository(session.conn).save(
            incident.id, assessment_data(override=True, marker="(full)"), user_id=dsl
        )
        note = repo.add_note(
            incident.id,
            user_id=deputy.id,
            body="Spoke to Zoë (full).",
            occurred_at=date(2026, 2, 5),
            person_id=incident.people[0].person.id,
        )
        repo.add_note(
            incident.id, user_id=dsl, body="Correction: Zoë's tutor.", corrects_id=note.id
        )
        wrong = repo.add_note(incident.id, user_id=dsl, body="Wrong incident (full).")
        repo.erase_note(wrong.id or 0, user_id=dsl, reason="entered on the wrong incident")
        repo.close(incident.id, user_id=dsl, closed_on=date(2026, 3, 2))
        people = PersonRepository(session.conn)
        twin = people.save(full_child("Zoë", "Testchild", 1, "(full)"), user_id=dsl)
        people.merge(keep_id=incident.people[0].person.id or 0, absorb_id=twin.id or 0, user_id=dsl)
        settings = SettingRepository(session.conn)
        settings.save_details(full_setting("(full)"), user_id=dsl)
        settings.save_contact(full_contact("(full)"), user_id=dsl)
        session.conn.execute("INSERT INTO settings (key, value) VALUES ('marking', 'OFFICIAL')")
        yield session


def _blanks(value: Any, where: str = "") -> list[str]:
    if isinstance(value, dict):
        return [b for k, v in value.items() for b in _blanks(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [b for n, v in enumerate(value) for b in _blanks(v, f"{where}[{n}]")]
    return [where] if value in (None, "") else []


def test_a_hand_built_incident_with_every_field_set_round_trips(
    tmp_path: Path, full_file: sessions.CaseFileSession
) -> None:
    source = export_case_file(full_file)
    # disposed_at stays empty on a live incident (a disposal's round trip has its own test)
    blanks = [b for b in _blanks(source["incidents"]) if not b.endswith(".disposed_at")]
    assert blanks == [], "every field of the incident is set"
    assert source["person_merges"] and any(p["merged_into"] for p in source["people"])
    assert any(c["erased"] for c in source["chronology"])
    assert {c["author"] for c in source["chronology"]} == {"Demo DSL", "Deputy Testperson"}
    again, session = imported_copy(tmp_path, source)
    with session:
        assert records_of(again) == records_of(source) | {"audit_log": again["audit_log"]}
        assert check(session.conn).ok
        users = session.conn.execute(
            "SELECT name, role, slot_id IS NULL, removed_at IS NOT NULL FROM users ORDER BY id"
        ).fetchall()
        assert [tuple(u) for u in users] == [
            ("Demo DSL", "dsl", 0, 0),
            ("Deputy Testperson", "deputy", 1, 1),
        ]
        search = session.conn.execute(
            "SELECT count(*) FROM incident_search WHERE incident_search MATCH 'zoe'"
        ).fetchone()[0]
        assert search == 1, "the search index is built for imported incidents"


def test_exporting_the_same_file_twice_gives_identical_bytes(
    full_file: sessions.CaseFileSession,
) -> None:
    first = export_bytes(export_case_file(full_file, with_audit=True))
    assert export_bytes(export_case_file(full_file, with_audit=True)) == first


def test_the_written_export_is_private_atomic_utf8_and_sorted(
    tmp_path: Path, full_file: sessions.CaseFileSession
) -> None:
    data = export_case_file(full_file)
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    out.write_text("an older export")
    write_export(data, out)
    raw = out.read_bytes()
    assert raw == export_bytes(data)
    assert "Ελένη".encode() in raw and json.loads(raw) == data
    assert list(json.loads(raw)) == sorted(json.loads(raw))
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["export.json"]


# --- Refusals --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("small-export")
    with new_file(folder, "small.ypsi") as session:
        repo = IncidentRepository(session.conn)
        incident = repo.save(full_incident(), user_id=session.user.id)
        children = frozenset(p.person.id for p in incident.children() if p.person.id)
        incident.referrals.append(full_referral(children))
        repo.save(incident, user_id=session.user.id)
        AssessmentRepository(session.conn).save(
            incident.id or 0, assessment_data(), user_id=session.user.id
        )
        first = repo.add_note(incident.id or 0, user_id=session.user.id, body="A note.")
        repo.add_note(incident.id or 0, user_id=session.user.id, body="Fix.", corrects_id=first.id)
        return export_case_file(session)


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.pop(key)


def _later_correction(data: dict[str, Any]) -> None:
    data["chronology"][-1]["corrects_id"] = data["chronology"][-1]["id"] + 5


MALFORMED = {
    "another kind of file": (_set("format", "something else"), "not a YPSI Desktop"),
    "a newer format": (_set("format_version", 4), "newer version"),
    "a bank holiday twice": (
        _set("bank_holidays", [{"day": "2026-04-03", "note": ""}] * 2),
        "appears twice",
    ),
    "a bank holiday that is no date": (
        _set("bank_holidays", [{"day": "03/04/2026", "note": ""}]),
        "not a date",
    ),
    "a newer schema": (_set("schema_version", 9999), "newer version"),
    "a missing list": (_drop("people"), "'people' missing"),
    "an unknown key": (_set("surprise", 1), "unexpected 'surprise'"),
    "yes for true": (_set("incidents/0/shared_publicly", "yes"), "true, false or null"),
    "a bool for an age": (_set("people/0/age_years", True), "whole number"),
    "a British date": (_set("incidents/0/review/held_on", "04/02/2026"), "YYYY-MM-DD"),
    "an unknown role": (_set("incidents/0/people/0/roles", ["watched"]), "expected one of"),
    "an unknown person": (_set("incidents/0/people/0/person", "C-9999"), "no person 'C-9999'"),
    "a referral about an outsider": (
        _set("incidents/0/referrals/0/children", ["C-9999"]),
        "not in this incident",
    ),
    "a duplicate person id": (_set("people/1/id", 1), "appears twice"),
    "an override without reasons": (
        _set("assessments/0/decision/accepted_suggestion", False),
        "override without reasons",
    ),
    "an unknown author": (_set("chronology/0/author", "Nobody"), "not among the export's users"),
    "a correction of a later entry": (_later_correction, "does not come before it"),
    "a malformed anchor": (_set("source/anchor", "latest"), "not an anchor"),
}


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_a_malformed_export_is_refused_and_nothing_is_written(
    tmp_path: Path, small_export: dict[str, Any], case: str
) -> None:
    change, expected = MALFORMED[case]
    data = copy.deepcopy(small_export)
    change(data)
    with new_file(tmp_path, "target.ypsi") as session:
        with pytest.raises(MalformedExport) as caught:
            import_case_file(session, data, source_name="bad.json")
        assert isinstance(caught.value, ValueError)
        message = str(caught.value)
        assert message.startswith("This file cannot be imported") and expected in message
        assert "Nothing was imported" in message
        assert is_empty(session.conn) and verify_chain(session.conn).ok


@pytest.mark.parametrize("data", [[], "text", None, {"format": "ypsi-case-file-export"}])
def test_something_that_is_not_an_export_at_all_is_refused(tmp_path: Path, data: object) -> None:
    with new_file(tmp_path, "target.ypsi") as session:
        with pytest.raises(MalformedExport):
            import_case_file(session, data, source_name="bad.json")


def test_an_export_only_goes_into_an_empty_file(
    tmp_path: Path, small_export: dict[str, Any]
) -> None:
    with new_file(tmp_path, "target.ypsi") as session:
        import_case_file(session, copy.deepcopy(small_export), source_name="a.json")
        with pytest.raises(ImportRefused, match="new, empty case file"):
            import_case_file(session, copy.deepcopy(small_export), source_name="a.json")


def test_training_and_real_records_are_never_mixed(
    tmp_path: Path, small_export: dict[str, Any]
) -> None:
    with new_file(tmp_path, "training.ypsi", training=True) as session:
        with pytest.raises(ImportRefused, match="TRAINING"):
            import_case_file(session, copy.deepcopy(small_export), source_name="real.json")
        assert is_empty(session.conn)
    made_up = copy.deepcopy(small_export) | {"training": True}
    with new_file(tmp_path, "real.ypsi") as session:
        with pytest.raises(ImportRefused, match="TRAINING"):
            import_case_file(session, made_up, source_name="demo.json")
        assert is_empty(session.conn)
