"""Backups, restores and pre-migration copies: always encrypted, verified, never destructive."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from casefile_helpers import flip_bit, raw_connect
from conftest import DSL_ID

from ypsi_desktop.storage.audit import add_chronology_entry
from ypsi_desktop.storage.backup import (
    backup_case_file,
    default_backup_name,
    restore_case_file,
)
from ypsi_desktop.storage.chain import anchor, contains_anchor
from ypsi_desktop.storage.connection import PAGE_SIZE
from ypsi_desktop.storage.database import CaseFile, create_case_file, open_case_file
from ypsi_desktop.storage.errors import (
    CaseFileDamaged,
    CaseFileExists,
    MigrationFailed,
    OpenElsewhere,
)
from ypsi_desktop.storage.integrity import check
from ypsi_desktop.storage.schema import MIGRATIONS, Migration, load_migrations, user_version


@pytest.fixture
def case_path(case_path_with_incidents: Path) -> Path:
    """These tests write chronology entries, which belong to incidents."""
    return case_path_with_incidents


def _add(case: CaseFile, body: str) -> int:
    return add_chronology_entry(
        case.conn,
        incident_id=1,
        author_id=DSL_ID,
        occurred_at="2025-01-01",
        kind="note",
        body=body,
    ).id


def _bodies(case: CaseFile) -> list[str]:
    return [r[0] for r in case.conn.execute("SELECT body FROM chronology ORDER BY id")]


def _assert_encrypted(path: Path) -> None:
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    plain = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT 1 FROM sqlite_schema").fetchone()
    finally:
        plain.close()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_backup_verify_restore_round_trip(case_path: Path, data_key: bytes, tmp_path: Path) -> None:
    backups = tmp_path / "usb"
    backups.mkdir()
    keys = case_path.with_name("case.ypsi.keys")
    keys.write_bytes(b"header v1")
    with open_case_file(case_path, data_key) as case:
        _add(case, "before the backup")
        name = default_backup_name(case_path)
        result = backup_case_file(
            case,
            data_key,
            backups / name,
            user_id=DSL_ID,
            extra_files=lambda final: [(keys, final.name + ".keys")],
        )
        assert result.report.ok and result.anchor == anchor(case.conn)
        _add(case, "after the backup")
    assert sorted(p.name for p in backups.iterdir()) == [name, name + ".keys"]
    assert (backups / (name + ".keys")).read_bytes() == b"header v1"
    _assert_encrypted(backups / name)

    keys.write_bytes(b"header v2")
    restored = restore_case_file(
        backups / name,
        case_path,
        data_key,
        user_id=DSL_ID,
        extra_files=[(backups / (name + ".keys"), keys)],
    )
    assert restored.report.ok and restored.backup_anchor == result.anchor
    assert keys.read_bytes() == b"header v1"
    assert restored.set_aside is not None
    _assert_encrypted(restored.set_aside)
    with open_case_file(case_path, data_key) as case:
        assert _bodies(case) == ["before the backup"]
        assert contains_anchor(case.conn, *result.anchor)
        assert (
            case.conn.execute("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1")
            .fetchone()[0]
            .startswith("restored from a backup ending at ")
        )
    with open_case_file(restored.set_aside, data_key) as previous:  # kept, whole
        assert _bodies(previous) == ["before the backup", "after the backup"]
    old_keys = [p for p in case_path.parent.iterdir() if p.name.startswith("case.ypsi.keys.")]
    assert [p.read_bytes() for p in old_keys] == [b"header v2"]


def test_backup_refuses_to_overwrite(case: CaseFile, data_key: bytes, tmp_path: Path) -> None:
    existing = tmp_path / "existing.ypsi"
    existing.write_bytes(b"someone's file")
    with pytest.raises(CaseFileExists):
        backup_case_file(case, data_key, existing, user_id=DSL_ID)
    assert existing.read_bytes() == b"someone's file"


def test_corrupted_backup_is_refused_before_anything_is_touched(
    case_path: Path, data_key: bytes, tmp_path: Path
) -> None:
    with open_case_file(case_path, data_key) as case:
        _add(case, "current record")
        backup = backup_case_file(case, data_key, tmp_path / "b.ypsi", user_id=DSL_ID).path
    flip_bit(backup, 2 * PAGE_SIZE + 77)
    before = {p.name: p.read_bytes() for p in case_path.parent.iterdir()}
    with pytest.raises(CaseFileDamaged):
        restore_case_file(backup, case_path, data_key, user_id=DSL_ID)
    assert {p.name: p.read_bytes() for p in case_path.parent.iterdir()} == before


def test_restore_refuses_while_the_file_is_open(
    case_path: Path, data_key: bytes, tmp_path: Path
) -> None:
    with open_case_file(case_path, data_key) as case:
        backup = backup_case_file(case, data_key, tmp_path / "b.ypsi", user_id=DSL_ID).path
        with pytest.raises(OpenElsewhere):
            restore_case_file(backup, case_path, data_key, user_id=DSL_ID)
        assert check(case.conn).ok
    assert sorted(p.name for p in case_path.parent.iterdir()) == ["case.ypsi"]


def test_restore_when_the_current_file_is_gone(
    case_path: Path, data_key: bytes, tmp_path: Path
) -> None:
    with open_case_file(case_path, data_key) as case:
        backup = backup_case_file(case, data_key, tmp_path / "b.ypsi", user_id=DSL_ID).path
    case_path.unlink()
    result = restore_case_file(backup, case_path, data_key, user_id=DSL_ID)
    assert result.set_aside is None
    open_case_file(case_path, data_key).close()


# --- migrations -----------------------------------------------------------------------------

_EXTRA = Migration(
    version=len(MIGRATIONS) + 1,
    name="test_extra",
    sql="CREATE TABLE extra_test (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT;",
)


def test_migration_copies_the_file_first_encrypted(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _add(case, "kept through the migration")
        head = anchor(case.conn)
    with open_case_file(case_path, data_key, migrations=(*MIGRATIONS, _EXTRA)) as case:
        assert case.schema_version == _EXTRA.version
        copy = case.premigration_copy
        assert copy == case_path.with_name(f"case.ypsi.pre-v{_EXTRA.version:04d}.bak")
        assert case.conn.execute("SELECT count(*) FROM extra_test").fetchone()[0] == 0
        assert (
            case.conn.execute("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[
                0
            ]
            == f"schema updated to version {_EXTRA.version}"
        )
        assert check(case.conn).ok
    assert copy is not None
    _assert_encrypted(copy)
    with open_case_file(copy, data_key, readonly=True) as old:
        assert user_version(old.conn) == len(MIGRATIONS)
        assert _bodies(old) == ["kept through the migration"]
        assert anchor(old.conn) == head


def test_failing_migration_leaves_the_file_as_it_was(case_path: Path, data_key: bytes) -> None:
    broken = Migration(
        version=len(MIGRATIONS) + 1,
        name="broken",
        sql="CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);",
    )
    with pytest.raises(MigrationFailed):
        open_case_file(case_path, data_key, migrations=(*MIGRATIONS, broken))
    with open_case_file(case_path, data_key) as case:
        assert user_version(case.conn) == len(MIGRATIONS)
        assert (
            case.conn.execute(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"
            ).fetchone()[0]
            == 0
        )
        assert check(case.conn).ok


def test_creating_runs_every_migration_without_a_copy(tmp_path: Path, data_key: bytes) -> None:
    with create_case_file(tmp_path / "new.ypsi", data_key) as case:
        assert case.schema_version == len(MIGRATIONS) and case.premigration_copy is None
        assert check(case.conn).ok
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.ypsi"]


def test_migration_files_are_discovered_in_order(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "0002_b.sql").write_text("CREATE TABLE b (x);")
    (tmp_path / "README.txt").write_text("ignored")
    assert [m.name for m in load_migrations(tmp_path)] == ["a", "b"]
    (tmp_path / "0004_d.sql").write_text("CREATE TABLE d (x);")
    with pytest.raises(ValueError, match="no gaps"):
        load_migrations(tmp_path)


@pytest.mark.parametrize("sql", ["COMMIT;", "BEGIN TRANSACTION;", "PRAGMA user_version = 9;"])
def test_migrations_may_not_manage_transactions(tmp_path: Path, sql: str) -> None:
    (tmp_path / "0001_bad.sql").write_text(f"CREATE TABLE a (x);\n{sql}\n")
    with pytest.raises(ValueError):
        load_migrations(tmp_path)


def test_shipped_migrations_are_well_formed() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[0].name == "core"


def test_fts5_is_available(tmp_path: Path, data_key: bytes) -> None:
    conn = raw_connect(tmp_path / "fts.db", data_key)
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61')")
        conn.execute("INSERT INTO t VALUES ('the referral was made by telephone')")
        assert conn.execute("SELECT count(*) FROM t WHERE t MATCH 'referral'").fetchone() == (1,)
    finally:
        conn.close()
