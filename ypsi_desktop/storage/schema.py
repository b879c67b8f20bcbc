"""Schema migrations: numbered .sql files applied in order, each in one transaction.

A migration is `migrations/NNNN_name.sql` (package data). The runner wraps each file in
`BEGIN IMMEDIATE … PRAGMA user_version = NNNN; COMMIT`, so a file must not manage its own
transaction or touch user_version. Work SQL cannot do (a digest in the history) is a step in
AFTER_SQL, run by the runner inside the same transaction, straight after the file. Before an
existing file (user_version > 0) is migrated, it is copied through the backup API to an
encrypted sibling `FILE.pre-vNNNN.bak`, keyed with the same data key, so a faulty migration can
never cost a record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .audit import AuditAction, append_audit
from .connection import Connection, encrypted_copy, rollback_quietly
from .errors import CaseFileError, MigrationFailed, map_error

MIN_READABLE_VERSION = 1


def _seal_existing_decisions(conn: Connection) -> None:
    """0004: every decision already on file is sealed in the history as it stands."""
    from .assessment_seal import seal

    ids = [int(r[0]) for r in conn.execute("SELECT id FROM assessments ORDER BY id")]
    for assessment_id in ids:
        seal(
            conn,
            assessment_id,
            user_id=None,
            action=AuditAction.MIGRATE,
            detail="decision sealed when the file was updated",
        )


AFTER_SQL = {(4, "assessment_seals"): _seal_existing_decisions}
_FILE_NAME = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")
# Statements that would end or nest the runner's transaction, or change what it manages.
# Anchored at a statement start, so trigger bodies (BEGIN … END;) are fine.
_FORBIDDEN = re.compile(
    r"(?:\A|;)\s*(?:(?:COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM)\b|END\s+TRANSACTION\b"
    r"|BEGIN\s*(?:;|\Z|(?:DEFERRED|IMMEDIATE|EXCLUSIVE|TRANSACTION)\b))"
    r"|PRAGMA\s+(?:\w+\.)?(?:user_version|application_id|journal_mode|temp_store)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(folder: Path | None = None) -> tuple[Migration, ...]:
    """Read NNNN_*.sql from the package (or `folder`), checking they number 1, 2, 3, …"""
    root = (
        resources.files("ypsi_desktop.storage").joinpath("migrations") if folder is None else folder
    )
    found: list[Migration] = []
    # Only NNNN_*.sql files are read: an installed package also holds __init__.py and a
    # __pycache__ folder beside them.
    for item in root.iterdir():
        match = _FILE_NAME.fullmatch(item.name)
        if match is None or not item.is_file():
            continue
        name, sql = item.name, item.read_text(encoding="utf-8")
        if _FORBIDDEN.search(_strip_comments(sql)):
            raise ValueError(f"migration {name} must not manage transactions or pragmas")
        found.append(Migration(int(match.group(1)), match.group(2), sql))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise ValueError("migrations must be numbered 0001, 0002, … with no gaps")
    return tuple(found)


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)


MIGRATIONS = load_migrations()
SCHEMA_VERSION_RANGE: tuple[int, int] = (MIN_READABLE_VERSION, MIGRATIONS[-1].version)


def user_version(conn: Connection) -> int:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def premigration_copy_path(path: Path, target_version: int) -> Path:
    """`FILE.pre-vNNNN.bak`, or a numbered variant if an earlier attempt left one."""
    candidate = path.with_name(f"{path.name}.pre-v{target_version:04d}.bak")
    attempt = 1
    while candidate.exists():
        attempt += 1
        candidate = path.with_name(f"{path.name}.pre-v{target_version:04d}.{attempt}.bak")
    return candidate


def migrate(
    conn: Connection,
    path: Path,
    key: bytes | bytearray | memoryview,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> Path | None:
    """Bring the file up to the newest migration; returns the pre-migration copy, if made.

    Each migration that runs on an existing file is recorded in the audit log in its own
    transaction. A failure rolls that migration back and raises `MigrationFailed` (or
    `WriteFailed` for a disk fault); the copy stays beside the file.
    """
    current = user_version(conn)
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return None
    copy: Path | None = None
    if current > 0:
        copy = premigration_copy_path(path, pending[-1].version)
        encrypted_copy(conn, key, copy)
    for migration in pending:
        _apply(conn, migration, audited=current > 0)
    return copy


def _apply(conn: Connection, migration: Migration, *, audited: bool) -> None:
    script = (
        f"BEGIN IMMEDIATE;\n{migration.sql}\n;\nPRAGMA user_version = {int(migration.version)};\n"
    )
    try:
        conn.executescript(script)
        if not conn.in_transaction:
            raise MigrationFailed(f"Migration {migration.version:04d} ended its own transaction.")
        step = AFTER_SQL.get((migration.version, migration.name))
        if step is not None:
            step(conn)
        if audited:
            append_audit(
                conn,
                user_id=None,
                action=AuditAction.MIGRATE,
                record_type="case_file",
                detail=f"schema updated to version {migration.version}",
            )
        conn.execute("COMMIT")
    except BaseException as exc:
        rollback_quietly(conn)
        if not isinstance(exc, Exception) or isinstance(exc, CaseFileError):
            raise
        mapped = map_error(exc)
        if mapped is exc:
            raise MigrationFailed() from exc
        raise mapped from exc
