"""The verifiable history: append-only in the database, tamper-evident with the key."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from casefile_helpers import decrypt_pages, every_file_bytes, raw_connect
from conftest import DSL_ID

from ypsi_desktop.storage.audit import (
    AuditAction,
    add_chronology_entry,
    append_audit,
    erase_audit_detail,
    erase_chronology_entry,
    read_chronology,
    record_unlock,
)
from ypsi_desktop.storage.chain import (
    ChainReport,
    _audit_rows,
    anchor,
    contains_anchor,
    format_anchor,
    parse_anchor,
    verify_chain,
)
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.database import CaseFile, open_case_file, vacuum
from ypsi_desktop.storage.integrity import check
from ypsi_desktop.storage.sealing import audit_content_digest, link_hash, text_commitment


@pytest.fixture
def case_path(case_path_with_incidents: Path) -> Path:
    """These tests write chronology entries, which belong to incidents."""
    return case_path_with_incidents


def _history(case: CaseFile, entries: int = 6) -> None:
    for n in range(entries):
        add_chronology_entry(
            case.conn,
            incident_id=1,
            author_id=DSL_ID,
            occurred_at=f"2025-03-0{n % 9 + 1}",
            kind="note",
            body=f"entry number {n}",
        )
        append_audit(
            case.conn, user_id=DSL_ID, action=AuditAction.VIEW, record_type="incident", record_id=1
        )


def _drop_guards(conn: Any) -> None:
    """What an attacker holding the key would do first."""
    for name in (
        "audit_log_append_only",
        "audit_log_no_delete",
        "audit_log_only_erasure",
        "chronology_no_delete",
        "chronology_only_erasure",
    ):
        conn.execute(f"DROP TRIGGER {name}")


def _tamper(case_path: Path, key: bytes, *statements: str) -> None:
    raw = raw_connect(case_path, key)
    try:
        _drop_guards(raw)
        for statement in statements:
            raw.execute(statement)
    finally:
        raw.close()


def _report_after(
    case_path: Path, key: bytes, expected_anchor: tuple[int, str] | None = None
) -> ChainReport:
    with open_case_file(case_path, key) as case:
        return verify_chain(case.conn, expected_anchor=expected_anchor)


# --- the database itself refuses changes ------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET detail = 'changed' WHERE seq = 3",
        "UPDATE audit_log SET at = '2000-01-01T00:00:00.000000Z' WHERE seq = 3",
        "UPDATE audit_log SET detail = '', erased = 1, user_id = NULL WHERE seq = 3",
        "DELETE FROM audit_log WHERE seq = 3",
        "DELETE FROM audit_log",
        "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE seq = 3",
        "UPDATE chronology SET body = 'changed' WHERE id = 1",
        "UPDATE chronology SET body = '', erased = 1, digest = 'x' WHERE id = 1",
        "UPDATE chronology SET body = '', erased = 1, occurred_at = '1999-01-01' WHERE id = 1",
        "DELETE FROM chronology WHERE id = 1",
        "UPDATE meta SET is_training = 1",
        "DELETE FROM users",
    ],
)
def test_database_refuses_changes_to_history(case: CaseFile, statement: str) -> None:
    _history(case, 2)
    before = verify_chain(case.conn)
    with pytest.raises(sqlcipher3.IntegrityError):
        case.conn.execute(statement)
    assert verify_chain(case.conn) == before


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT OR REPLACE INTO chronology SELECT * FROM chronology WHERE id = 1",
        "REPLACE INTO chronology SELECT * FROM chronology WHERE id = 1",
        "INSERT OR REPLACE INTO users SELECT * FROM users WHERE id = 1",
        "INSERT OR REPLACE INTO meta SELECT * FROM meta",
    ],
)
def test_a_database_tool_cannot_rewrite_history_with_replace(
    case_path: Path, data_key: bytes, statement: str
) -> None:
    # A plain SQLCipher connection holding the key, without the app's recursive_triggers:
    # REPLACE's hidden delete would not fire the delete triggers there.
    with open_case_file(case_path, data_key) as case:
        _history(case, 2)
    raw = raw_connect(case_path, data_key)
    try:
        assert raw.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
        with pytest.raises(sqlcipher3.IntegrityError, match="replaced"):
            raw.execute(statement)
    finally:
        raw.close()


def test_sanctioned_erasure_keeps_the_chain_and_removes_the_text(
    case_path: Path, data_key: bytes
) -> None:
    canary = "ERASE-ME-7f3a9c"
    with open_case_file(case_path, data_key) as case:
        _history(case, 3)
        entry = add_chronology_entry(
            case.conn,
            incident_id=2,
            author_id=DSL_ID,
            occurred_at="2025-04-01",
            kind="note",
            body=f"the child said {canary} " * 20,
        )
        noted = append_audit(
            case.conn, user_id=DSL_ID, action=AuditAction.PRINT, detail=f"printed {canary}"
        )
        _history(case, 2)
        assert canary in b"".join(decrypt_pages(case_path, data_key)).decode("latin-1")

        erased = erase_chronology_entry(
            case.conn, entry.id, by_user_id=DSL_ID, reason="recorded in error"
        )
        erase_audit_detail(case.conn, noted.seq, by_user_id=DSL_ID, reason="personal data")
        assert erased.detail == "text erased: recorded in error"
        stored = read_chronology(case.conn, entry.id)
        assert stored is not None and stored.erased and stored.body == ""
        assert stored.digest == entry.digest
        report = verify_chain(case.conn)
        assert report.ok, report.lines()
        with pytest.raises(ValueError):
            erase_chronology_entry(case.conn, entry.id, by_user_id=DSL_ID, reason="again")
        with pytest.raises(sqlcipher3.IntegrityError):  # erased text cannot be put back
            case.conn.execute(
                "UPDATE chronology SET body = 'x', erased = 0 WHERE id = ?", (entry.id,)
            )
        for pages in (decrypt_pages(case_path, data_key),):
            assert all(canary.encode() not in page for page in pages)
        vacuum(case.conn)
        assert check(case.conn).ok
    for name, data in every_file_bytes(case_path.parent).items():
        assert canary.encode() not in data, name
    assert all(canary.encode() not in page for page in decrypt_pages(case_path, data_key))


# --- tampering with the key is caught, naming the first bad entry ------------------------------


def test_edited_detail_is_caught(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case)
    _tamper(case_path, data_key, "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 7")
    report = _report_after(case_path, data_key)
    assert report.first_bad_seq == 7
    assert "Entry 7 has been changed since it was made." in report.lines()[1]


def test_edited_and_rehashed_entry_breaks_the_next_link(case_path: Path, data_key: bytes) -> None:
    """An attacker who recomputes the entry's own seal still breaks its successor."""
    with open_case_file(case_path, data_key) as case:
        _history(case)
        rows = list(_audit_rows(case.conn))
    target, prev = rows[6], rows[5]
    commit = text_commitment(target.detail_salt, "forged")
    digest = audit_content_digest(replace(target, detail="forged", detail_commit=commit))
    new_hash = link_hash(bytes.fromhex(prev.hash), digest, target.seq)
    _tamper(
        case_path,
        data_key,
        f"UPDATE audit_log SET detail = 'forged', detail_commit = '{commit}',"
        f" content_digest = '{digest}', hash = '{new_hash}' WHERE seq = {target.seq}",
    )
    assert _report_after(case_path, data_key).first_bad_seq == target.seq + 1


def test_rubbish_in_the_seal_columns_is_reported_not_raised(
    case_path: Path, data_key: bytes
) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case)
    _tamper(
        case_path,
        data_key,
        f"UPDATE audit_log SET content_digest = '{'z' * 64}' WHERE seq = 4",
        "UPDATE chronology SET body_salt = 'not hex' WHERE id = 2",
    )
    report = _report_after(case_path, data_key)
    assert report.first_bad_seq == 4
    assert "  Chronology entry 2 has been changed since it was recorded." in report.lines()


def test_deleted_entry_is_caught(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case)
    _tamper(case_path, data_key, "DELETE FROM audit_log WHERE seq = 5")
    report = _report_after(case_path, data_key)
    assert report.first_bad_seq == 5
    assert "Entry 5 of the history is missing." in report.lines()[1]


def test_reordered_entries_are_caught(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case)
    _tamper(
        case_path,
        data_key,
        "UPDATE audit_log SET seq = 1000 WHERE seq = 6",
        "UPDATE audit_log SET seq = 6 WHERE seq = 8",
        "UPDATE audit_log SET seq = 8 WHERE seq = 1000",
    )
    report = _report_after(case_path, data_key)
    assert report.first_bad_seq == 6
    assert "does not follow from the one before it" in report.lines()[1]


def test_truncated_tail_is_caught_against_the_anchor(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case)
        seq, full = anchor(case.conn)
    _tamper(case_path, data_key, f"DELETE FROM audit_log WHERE seq = {seq}")  # a view entry
    assert _report_after(case_path, data_key).ok  # internally consistent...
    report = _report_after(
        case_path, data_key, expected_anchor=parse_anchor(format_anchor(seq, full))
    )
    assert not report.ok and report.first_bad_seq == seq  # ...but behind the anchor
    assert "entries have been removed from the end" in report.lines()[1]
    with open_case_file(case_path, data_key) as case:
        assert not contains_anchor(case.conn, seq, full[:16])


def test_edited_chronology_body_is_caught(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case)
        sealing = case.conn.execute(
            "SELECT seq FROM audit_log WHERE record_type = 'chronology' AND record_id = 3"
        ).fetchone()[0]
    _tamper(case_path, data_key, "UPDATE chronology SET body = 'softened' WHERE id = 3")
    report = _report_after(case_path, data_key)
    assert report.first_bad_seq == sealing
    assert "Chronology entry 3 has been changed since it was recorded." in report.lines()[1]


def test_erased_entries_keep_their_other_fields_sealed(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case, 3)
        erase_chronology_entry(case.conn, 2, by_user_id=DSL_ID, reason="disposal")
        erase_audit_detail(case.conn, 3, by_user_id=DSL_ID, reason="personal data")
        assert verify_chain(case.conn).ok
    _tamper(
        case_path,
        data_key,
        "UPDATE chronology SET occurred_at = '1999-12-31' WHERE id = 2",
        "UPDATE audit_log SET user_id = NULL WHERE seq = 3",
    )
    lines = _report_after(case_path, data_key).lines()
    assert "  Chronology entry 2 has been changed since it was recorded." in lines
    assert "  Entry 3 has been changed since it was made." in lines


def test_chronology_without_an_audit_entry_is_caught(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case, 1)
    _tamper(
        case_path,
        data_key,
        "INSERT INTO chronology (id, incident_id, occurred_at, recorded_at, author_id, kind, body,"
        " body_salt, body_commit, digest) VALUES (99, 1, '2025-01-01', '2025-01-01', 1, 'note',"
        f" 'planted', '', '{'0' * 64}', '{'0' * 64}')",
    )
    report = _report_after(case_path, data_key)
    assert "  Chronology entry 99 has no matching entry in the history." in report.lines()


def _decision(case: CaseFile) -> int:
    from tests.integration.case_builders import assessment_data
    from ypsi_desktop.storage.assessment_repository import AssessmentRepository

    record = AssessmentRepository(case.conn).save(1, assessment_data(), user_id=DSL_ID)
    assert record.id is not None and verify_chain(case.conn).ok
    return record.id


def test_a_decision_changed_behind_the_apps_back_is_caught(
    case_path: Path, data_key: bytes
) -> None:
    with open_case_file(case_path, data_key) as case:
        decision = _decision(case)
        sealing = case.conn.execute(
            "SELECT seq FROM audit_log WHERE record_type = 'assessment' AND record_id = ?",
            (decision,),
        ).fetchone()[0]
    _tamper(
        case_path,
        data_key,
        "DROP TRIGGER assessments_no_update",
        f"UPDATE assessments SET category = 'experimental' WHERE id = {decision}",
    )
    report = _report_after(case_path, data_key)
    assert report.first_bad_seq == sealing
    assert any("has been changed since it was recorded" in line for line in report.lines())


@pytest.mark.parametrize("salt", ["ab" * 16, "not hex"], ids=["a new salt", "a mangled salt"])
def test_a_redaction_done_outside_the_app_is_caught(
    case_path: Path, data_key: bytes, salt: str
) -> None:
    """The one change the database allows a decision (a redaction, counted, with a new salt)
    still has to be sealed by the app: done by hand, it shows, and rubbish in the salt is
    reported rather than raised."""
    with open_case_file(case_path, data_key) as case:
        decision = _decision(case)
    _tamper(
        case_path,
        data_key,
        "UPDATE assessments SET reasons = 'rewritten', redactions = redactions + 1,"
        f" seal_salt = '{salt}' WHERE id = {decision}",
    )
    lines = _report_after(case_path, data_key).lines()
    assert any(
        f"The decision {decision} recorded for" in line
        and "has been changed since it was recorded" in line
        for line in lines
    )


def test_decisions_added_or_removed_outside_the_app_are_caught(
    case_path: Path, data_key: bytes
) -> None:
    with open_case_file(case_path, data_key) as case:
        decision = _decision(case)
        columns = ", ".join(
            r[1] for r in case.conn.execute("PRAGMA table_info(assessments)") if r[1] != "id"
        )
    _tamper(
        case_path,
        data_key,
        f"INSERT INTO assessments ({columns}) SELECT {columns} FROM assessments WHERE id = "
        f"{decision}",
        "DROP TRIGGER IF EXISTS assessments_no_delete",
        f"DELETE FROM assessments WHERE id = {decision}",
    )
    lines = _report_after(case_path, data_key).lines()
    assert any("has no matching entry in the history" in line for line in lines)
    assert any(f"The decision {decision}, recorded in entry" in line for line in lines)


def test_deleted_chronology_and_unsanctioned_blanking_are_caught(
    case_path: Path, data_key: bytes
) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case, 3)
    _tamper(
        case_path,
        data_key,
        "DELETE FROM chronology WHERE id = 2",
        "UPDATE chronology SET body = '', erased = 1 WHERE id = 3",
        "UPDATE audit_log SET detail = '', erased = 1 WHERE seq = 4",
    )
    lines = _report_after(case_path, data_key).lines()
    assert any(
        "Chronology entry 2, recorded in entry" in line and "is missing" in line for line in lines
    )
    assert "  Chronology entry 3 was blanked outside YPSI Desktop." in lines
    assert "  Entry 4 was blanked outside YPSI Desktop." in lines


# --- anchors and rollback ---------------------------------------------------------------------


def test_older_copy_put_back_lacks_a_later_anchor(
    case_path: Path, data_key: bytes, tmp_path: Path
) -> None:
    with open_case_file(case_path, data_key) as case:
        _history(case, 2)
    old_copy = tmp_path / "old-copy"
    shutil.copyfile(case_path, old_copy)  # closed file: as someone with the disk would
    with open_case_file(case_path, data_key) as case:
        _history(case, 2)
        later = anchor(case.conn)
        middle_seq = later[0] - 2
        middle = case.conn.execute(
            "SELECT hash FROM audit_log WHERE seq = ?", (middle_seq,)
        ).fetchone()[0]
        assert contains_anchor(case.conn, later[0], later[1][:16])
        assert contains_anchor(case.conn, middle_seq, middle[:16])
        assert not contains_anchor(case.conn, later[0], "")  # an anchor names its hash
        assert not contains_anchor(case.conn, later[0], later[1][:8])
    shutil.copyfile(old_copy, case_path)
    with open_case_file(case_path, data_key) as case:
        assert check(case.conn).ok  # SQLCipher alone cannot see a whole-file rollback
        assert not contains_anchor(case.conn, later[0], later[1][:16])
        # The old copy, brought back up to the same seq with other entries, still fails.
        while anchor(case.conn)[0] < later[0]:
            append_audit(case.conn, user_id=DSL_ID, action=AuditAction.VIEW)
        assert not contains_anchor(case.conn, later[0], later[1][:16])
        assert not check(case.conn, expected_anchor=(later[0], later[1][:16])).ok


def test_anchor_text_round_trip(case: CaseFile) -> None:
    seq, full = anchor(case.conn)
    text = format_anchor(seq, full)
    assert text == f"{seq}:{full[:16]}"
    assert parse_anchor(text.upper()) == (seq, full[:16])
    with pytest.raises(ValueError):
        parse_anchor("12-abc")


# --- time and atomicity ------------------------------------------------------------------------


def test_clock_set_backwards_is_recorded(case: CaseFile) -> None:
    now = datetime.now(UTC) + timedelta(days=1)
    first = append_audit(case.conn, user_id=DSL_ID, action=AuditAction.VIEW, clock=lambda: now)
    back = append_audit(
        case.conn, user_id=DSL_ID, action=AuditAction.VIEW, clock=lambda: now - timedelta(days=3)
    )
    # Moved on a day from the wrong time: later than the entry before, still behind.
    still = append_audit(
        case.conn, user_id=DSL_ID, action=AuditAction.VIEW, clock=lambda: now - timedelta(days=2)
    )
    after = append_audit(
        case.conn, user_id=DSL_ID, action=AuditAction.VIEW, clock=lambda: now + timedelta(minutes=1)
    )
    flags = (first.clock_back, back.clock_back, still.clock_back, after.clock_back)
    assert flags == (False, True, True, False)
    assert [first.seq + 1, first.seq + 2, first.seq + 3] == [back.seq, still.seq, after.seq]
    report = verify_chain(case.conn)
    assert report.ok and report.clock_back_seqs == (back.seq, still.seq)
    assert any("clock was behind" in line for line in report.lines())


def test_record_and_history_are_written_together_or_not_at_all(case: CaseFile) -> None:
    before = anchor(case.conn)
    with pytest.raises(RuntimeError):
        with transaction(case.conn):
            add_chronology_entry(
                case.conn,
                incident_id=1,
                author_id=DSL_ID,
                occurred_at="2025-01-02",
                kind="note",
                body="half a save",
            )
            raise RuntimeError("the form failed validation")
    assert anchor(case.conn) == before
    assert case.conn.execute("SELECT count(*) FROM chronology").fetchone()[0] == 0


def test_unlock_records_failed_attempts(case: CaseFile) -> None:
    entry = record_unlock(case.conn, user_id=DSL_ID, failed_attempts=3)
    rows = case.conn.execute(
        "SELECT action, user_id, detail FROM audit_log WHERE seq >= ? ORDER BY seq",
        (entry.seq - 1,),
    ).fetchall()
    assert rows == [
        ("unlock_failed", None, "3 failed unlock attempt(s) since the last unlock"),
        ("unlock", DSL_ID, ""),
    ]


@pytest.mark.parametrize("detail", ["x" * 201, "line one\nline two", "\u202eevil"])
def test_audit_detail_is_a_short_label(case: CaseFile, detail: str) -> None:
    with pytest.raises(ValueError):
        append_audit(case.conn, user_id=DSL_ID, action=AuditAction.VIEW, detail=detail)
