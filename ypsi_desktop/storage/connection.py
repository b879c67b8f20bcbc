"""The one place a data key is applied to a connection, and the pragmas every connection has.

The key is always a 32-byte random data key from the key header (never a passphrase), applied
in SQLCipher's raw-key form so no key derivation runs and nothing but validated hex is ever
put into SQL. `cipher_log_level = NONE` comes first so a wrong key prints nothing on stderr.
The pragmas pin what the threat model depends on instead of trusting build defaults:
temp data in memory only, deleted content overwritten, a rollback journal with the strongest
fsync rule, an exclusive lock held for the life of the connection, and a journal truncated to
nothing after every commit (in exclusive mode SQLite would otherwise keep old page images in
it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from .errors import WriteFailed, map_error, translate_errors
from .files import create_private_file, fsync_file, journal_of, remove_quietly

KEY_BYTES = 32
PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"

# Connection-level settings; none of them reads the file, so they are safe before the key
# is proven. cipher_compatibility pins SQLCipher 4's page format so a later library with
# other defaults still reads files written today.
CONNECTION_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA locking_mode = EXCLUSIVE",
    "PRAGMA journal_size_limit = 0",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA recursive_triggers = ON",  # so INSERT OR REPLACE cannot dodge the DELETE guards
    "PRAGMA cell_size_check = ON",
)
# These read the file, so they come once the key is proven; journal_mode is stored in the
# file (a WAL file is turned back into a rollback-journal file).
FILE_PRAGMAS = ("PRAGMA synchronous = EXTRA",)
WRITABLE_FILE_PRAGMAS = ("PRAGMA journal_mode = DELETE",)
TEMP_STORE_MEMORY = 2
# Each connection holds its lock until it closes, so waiting longer than a moment for a lock
# only delays the "open elsewhere" message; a moment covers a window that is just closing.
LOCK_WAIT_SECONDS = 0.25

_HEX_KEY = re.compile(r"[0-9a-f]{64}")


class Cursor(Protocol):
    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of a sqlcipher3 connection the storage layer uses (typed for mypy --strict)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(
        self, sql: str, parameters: Sequence[object] | Mapping[str, object] = ..., /
    ) -> Cursor: ...

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> Cursor: ...

    def executescript(self, sql_script: str, /) -> Cursor: ...

    def backup(
        self,
        target: Any,
        *,
        pages: int = ...,
        progress: Callable[[int, int, int], object] | None = ...,
        name: str = ...,
        sleep: float = ...,
    ) -> None: ...

    def close(self) -> None: ...


def _key_pragma(key: bytes | bytearray | memoryview) -> str:
    """`PRAGMA key` in raw-key form, built only from hex we have checked character by character.

    The hex string is an immutable Python str and cannot be wiped; it lives only as long as
    this call and SQLCipher's own copy, which it clears on close.
    """
    if not isinstance(key, bytes | bytearray | memoryview):
        raise TypeError("the data key must be bytes or bytearray")
    if len(key) != KEY_BYTES:
        raise ValueError(f"the data key must be exactly {KEY_BYTES} bytes")
    hex_key = bytes(key).hex()
    if _HEX_KEY.fullmatch(hex_key) is None:  # cannot happen; guards the interpolation below
        raise ValueError("the data key did not encode as hex")
    return f"PRAGMA key = \"x'{hex_key}'\""


def connect_keyed(
    path: Path, key: bytes | bytearray | memoryview, *, readonly: bool = False
) -> Connection:
    """Connect, apply the key and the connection pragmas. Does not read the file yet.

    Transactions are managed explicitly (isolation_level=None). The connection may be handed
    between threads (a worker unlocks, the UI uses it) but must be used by one at a time.
    """
    key_sql = _key_pragma(key)
    if readonly:
        target, uri = Path(path).absolute().as_uri() + "?mode=ro", True
    else:
        target, uri = str(path), False
    with translate_errors():
        conn = sqlcipher3.connect(
            target,
            uri=uri,
            timeout=LOCK_WAIT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_sql)
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
        (temp_store,) = conn.execute("PRAGMA temp_store").fetchone()
        if temp_store != TEMP_STORE_MEMORY:
            raise RuntimeError("SQLCipher did not accept temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    typed: Connection = conn
    return typed


def rekey(conn: Connection, new_key: bytes | bytearray | memoryview) -> None:
    """Re-encrypt every page under `new_key` (atomic in SQLCipher; used by key rotation).

    Built like `PRAGMA key`, only from checked hex of the key bytes."""
    statement = _key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1)
    with translate_errors():
        try:
            conn.execute(statement)
        except sqlcipher3.OperationalError as exc:
            # SQLCipher reports any failure inside rekey (typically no room for the journal)
            # with one generic message; the rekey is rolled back and the old key still works.
            raise WriteFailed(
                "The file could not be re-encrypted, most likely because the disk is full. "
                "Nothing was changed: everyone can still sign in as before. Free some space "
                "and try again."
            ) from exc


def apply_file_pragmas(conn: Connection, *, readonly: bool = False) -> None:
    for pragma in FILE_PRAGMAS + (() if readonly else WRITABLE_FILE_PRAGMAS):
        conn.execute(pragma).fetchall()


@contextmanager
def transaction(conn: Connection, *, exclusive: bool = False) -> Iterator[Connection]:
    """One write transaction; joins the caller's if one is already open.

    On any error the transaction is rolled back before the error leaves, and I/O faults
    (disk full, permissions) arrive as `WriteFailed`, so the caller can say "nothing was
    changed" truthfully.
    """
    if conn.in_transaction:
        yield conn
        return
    with translate_errors():
        conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        rollback_quietly(conn)
        mapped = map_error(exc)
        if mapped is exc:
            raise
        raise mapped from exc


def rollback_quietly(conn: Connection) -> None:
    """Roll back if SQLite has not already done so (it does after some I/O errors)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlcipher3.Error:
            pass  # the next read will roll back the hot journal


def encrypted_copy(source: Connection, key: bytes | bytearray | memoryview, dest: Path) -> None:
    """Copy a live database through SQLite's backup API into a new file keyed with `key`.

    The destination is created 0600 and must not exist. It is fsynced before returning. On
    failure it is removed (it is our own temporary file, never a live case file).
    """
    create_private_file(dest)
    try:
        with translate_errors():
            target = connect_keyed(dest, key)
            try:
                source.backup(target)
            finally:
                target.close()
            fsync_file(dest)
    except BaseException:
        remove_quietly(journal_of(dest))
        remove_quietly(dest)
        raise
