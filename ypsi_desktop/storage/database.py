"""Opening and creating a case file: the only way the rest of the app gets a connection.

Opening, in order: refuse a missing, empty, too short or plaintext-SQLite file before any key
is applied (sqlcipher3 would happily open a plaintext file); connect and apply the raw key and
pragmas (connection.py); prove the key by reading the schema, telling a wrong key from a
damaged file by whether any page's seal verifies; take the exclusive write lock, held until
close, so a second window or machine is refused; check the application id, the schema version
window and the file's length; verify every page's seal; migrate, copying the file first.

Creating builds the file under a temporary name (mode 0600) and renames it into place only
when it is complete, so a crash during setup never leaves a half-made case file.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import sqlcipher3

from .audit import AuditAction, Clock, append_audit, format_time, utc_now
from .connection import (
    PAGE_SIZE,
    SQLITE_HEADER,
    Connection,
    apply_file_pragmas,
    connect_keyed,
    transaction,
)
from .errors import (
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    CaseFileDamaged,
    CaseFileError,
    CaseFileExists,
    NewerVersion,
    NotACaseFile,
    OpenElsewhere,
    PlaintextFile,
    WrongKey,
    map_error,
    translate_errors,
)
from .files import (
    create_private_file,
    fsync_dir,
    fsync_file,
    journal_of,
    private_umask,
    remove_quietly,
    rename_no_clobber,
    temp_name,
    tighten_mode,
)
from .integrity import page_seal_problems, size_problems
from .schema import MIGRATIONS, MIN_READABLE_VERSION, Migration, migrate, user_version

APPLICATION_ID = 0x59505349  # "YPSI": marks the decrypted file as ours
Key = bytes | bytearray | memoryview


class CaseFile:
    """An open, unlocked case file. Close it on lock; the connection holds the key."""

    def __init__(
        self,
        conn: Connection,
        path: Path,
        *,
        file_id: str,
        is_training: bool,
        schema_version: int,
        premigration_copy: Path | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.file_id = file_id
        self.is_training = is_training
        self.schema_version = schema_version
        self.premigration_copy = premigration_copy
        self._closed = False

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.conn.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _preflight(path: Path) -> None:
    """Refuse what is certainly not an encrypted case file, before any key is applied."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise NotACaseFile()
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise NotACaseFile("No case file was found at this location.") from None
    except PermissionError:
        raise CaseFileError(
            "YPSI Desktop is not allowed to open this file. Check the file's permissions."
        ) from None
    if info.st_size == 0:
        raise NotACaseFile(
            "This file is empty. It is not a YPSI Desktop case file, or it was never finished."
        )
    if head == SQLITE_HEADER:
        raise PlaintextFile()
    if info.st_size < PAGE_SIZE:
        raise NotACaseFile()


def _diagnose_unreadable(conn: Connection, path: Path) -> CaseFileError:
    """Wrong key, or right key and a damaged first page? Any page whose seal verifies proves
    the key right (a wrong key fails every page)."""
    try:
        seals = page_seal_problems(conn)
    except sqlcipher3.Error:
        return WrongKey()
    full_pages = os.path.getsize(path) // PAGE_SIZE
    failed = sum(1 for line in seals if line.startswith("Page "))
    if full_pages > 1 and failed < full_pages:
        return CaseFileDamaged(details=tuple(seals))
    return WrongKey()


def _seal_details(conn: Connection) -> tuple[str, ...]:
    try:
        return tuple(page_seal_problems(conn))
    except sqlcipher3.Error:
        return ()


def _prove_key(conn: Connection, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.Error as exc:
        code = _primary_code(exc)
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise OpenElsewhere() from exc
        if code == SQLITE_NOTADB:
            raise _diagnose_unreadable(conn, path) from exc
        if code == SQLITE_CORRUPT:
            raise CaseFileDamaged(details=_seal_details(conn)) from exc
        raise map_error(exc) from exc


def _take_write_lock(conn: Connection) -> None:
    """BEGIN EXCLUSIVE in exclusive locking mode keeps the lock until close: no other
    process can read or write the file meanwhile."""
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlcipher3.Error as exc:
        if _primary_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise OpenElsewhere() from exc
        raise map_error(exc) from exc


def _check_identity(conn: Connection, newest: int) -> int:
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    version = user_version(conn)
    if int(app_id) != APPLICATION_ID:
        raise NotACaseFile()
    if version > newest:
        raise NewerVersion()
    if version < MIN_READABLE_VERSION:
        raise NotACaseFile()
    return version


def _read_meta(conn: Connection) -> tuple[str, bool]:
    row = conn.execute("SELECT file_id, is_training FROM meta WHERE singleton = 1").fetchone()
    if row is None:
        raise CaseFileDamaged(details=("The file's identity record is missing.",))
    return str(row[0]), bool(row[1])


def open_case_file(
    path: Path | str,
    key: Key,
    *,
    readonly: bool = False,
    verify_pages: bool = True,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> CaseFile:
    """Open and unlock a case file with its 32-byte data key.

    Raises NotACaseFile, PlaintextFile, WrongKey, OpenElsewhere, NewerVersion,
    CaseFileDamaged, WriteFailed or MigrationFailed, each with a message for the user.
    `readonly` opens without taking the write lock or migrating (for checking backups).
    `verify_pages` checks every page's seal at open (about 2.5 ms per MB) so a damaged file
    is refused before anything in it is shown. SQLCipher also checks each page's seal whenever
    it reads it, so a caller that skips this for a very large file still never gets a damaged
    page as if it were whole; it only learns of the damage later (services/session.py).
    """
    path = Path(path)
    _preflight(path)
    newest = migrations[-1].version
    with private_umask():
        if not readonly:
            tighten_mode(path)
        conn = connect_keyed(path, key, readonly=readonly)
        try:
            _prove_key(conn, path)
            with translate_errors():
                apply_file_pragmas(conn, readonly=readonly)
                if not readonly:
                    _take_write_lock(conn)
                version = _check_identity(conn, newest)
                damage = size_problems(conn) + (page_seal_problems(conn) if verify_pages else [])
                if damage:
                    raise CaseFileDamaged(details=tuple(damage))
                file_id, is_training = _read_meta(conn)
                copy = None
                if not readonly and version < newest:
                    copy = migrate(conn, path, key, migrations)
                    version = user_version(conn)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, CaseFileError) or not isinstance(exc, Exception):
                raise
            mapped = map_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc
    return CaseFile(
        conn,
        path,
        file_id=file_id,
        is_training=is_training,
        schema_version=version,
        premigration_copy=copy,
    )


def _initialise(conn: Connection, is_training: bool, clock: Clock, file_id: str | None) -> None:
    """Mark the file as ours and give it an identity, in one transaction.

    `file_id` is the key header's id when there is one, so header and database can be
    checked to belong together on every open."""
    file_id = file_id or uuid.uuid4().hex
    if len(file_id) != 32 or any(c not in "0123456789abcdef" for c in file_id):
        raise ValueError("file_id must be 32 lower-case hex digits")
    with transaction(conn):
        conn.execute(f"PRAGMA application_id = {int(APPLICATION_ID)}")
        conn.execute(
            "INSERT INTO meta (singleton, file_id, created_at, is_training) VALUES (1, ?, ?, ?)",
            (file_id, format_time(clock()), int(is_training)),
        )
        append_audit(
            conn,
            user_id=None,
            action=AuditAction.CREATE,
            record_type="case_file",
            detail=f"case file {file_id} created" + (" for training" if is_training else ""),
            clock=clock,
        )


def create_case_file(
    path: Path | str,
    key: Key,
    *,
    is_training: bool = False,
    file_id: str | None = None,
    clock: Clock = utc_now,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> CaseFile:
    """Create a new, empty case file (mode 0600) keyed with `key`, and open it.

    The first audit entry records the creation and the file's id, so the chain is tied to
    this file from its first link.
    """
    path = Path(path)
    if os.path.lexists(path):
        raise CaseFileExists()
    building = temp_name(path, "creating")
    try:
        with private_umask(), translate_errors():
            create_private_file(building)
            conn = connect_keyed(building, key)
            try:
                conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                apply_file_pragmas(conn)
                migrate(conn, building, key, migrations)
                _initialise(conn, is_training, clock, file_id)
            finally:
                conn.close()
            fsync_file(building)
            rename_no_clobber(building, path)  # a same-named file made meanwhile is kept
            fsync_dir(path.parent)
    finally:
        remove_quietly(journal_of(building))
        remove_quietly(building)
    return open_case_file(path, key, migrations=migrations)


def vacuum(conn: Connection) -> None:
    """Rebuild the file to drop free pages. Its temporary copy stays in memory
    (temp_store = MEMORY), and the result is encrypted with the same key."""
    if conn.in_transaction:
        raise RuntimeError("vacuum cannot run inside a transaction")
    with translate_errors():
        conn.execute("VACUUM")
