"""Restoring a backup made before a disposal brings the disposed records back.

A backup is a copy of the file as it was; if it was made before a record was disposed of,
restoring it puts the record back. The file being replaced knows what it disposed of (its
tombstones), so before it is moved aside the restore reads them, and afterwards writes each
record that is back into the restored file's `disposals_undone` list with its original date
and reason. The retention view and `ypsi-desktop retention` show that list and offer to
dispose of them again (services/lifetime/retention.py `dispose_again`).

`disposals_a_restore_would_undo` answers the same question before anything is touched, so the
app can warn before the DSL confirms the restore.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ypsi_desktop.storage.audit import AuditAction, append_audit, format_time, utc_now
from ypsi_desktop.storage.connection import Connection, transaction
from ypsi_desktop.storage.database import Key, open_case_file
from ypsi_desktop.storage.disposal import Tombstone, tombstones
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.key_errors import KeyStoreError
from ypsi_desktop.storage.keys import KeyStore

T = TypeVar("T")

WARNING = (
    "{count} record(s) disposed of after this backup was made came back with it: "
    "{references}. Dispose of them again from the retention review (the app lists them there) "
    "or with `ypsi-desktop retention FILE --dispose-again`."
)


@dataclass(frozen=True)
class DisposedBefore:
    """A tombstone of the file being replaced whose record the backup still holds."""

    person_id: int
    reference: str
    disposed_at: str
    reason: str


def _read_current(
    target: Path, key: Key, user_name: str, passphrase: str, read: Callable[[Connection], list[T]]
) -> list[T]:
    """`read` on the current (closed) case file, opened read-only.

    Tried first with the backup's data key (the same unless the key was rotated since), then
    with the file's own key header and the same passphrase. Unreadable: an empty list."""
    if not target.exists():
        return []
    try:
        with open_case_file(target, key, readonly=True, verify_pages=False) as current:
            return read(current.conn)
    except CaseFileError:
        pass
    try:
        unlocked = KeyStore(target).unlock(user_name, passphrase)
    except (KeyStoreError, ValueError, OSError):
        return []
    try:
        with open_case_file(target, unlocked.data_key, readonly=True, verify_pages=False) as c:
            return read(c.conn)
    except CaseFileError:
        return []
    finally:
        unlocked.wipe()


def _read_tombstones(target: Path, key: Key, user_name: str, passphrase: str) -> list[Tombstone]:
    return _read_current(target, key, user_name, passphrase, tombstones)


def _still_held(backup: Path, key: Key, stones: list[Tombstone]) -> list[DisposedBefore]:
    if not stones:
        return []
    found: list[DisposedBefore] = []
    with open_case_file(backup, key, readonly=True, verify_pages=False) as copy:
        for stone in stones:
            row = copy.conn.execute(
                "SELECT 1 FROM people WHERE id = ? AND reference = ? AND disposed_at IS NULL",
                (stone.person_id, stone.reference),
            ).fetchone()
            if row is not None:
                found.append(
                    DisposedBefore(
                        stone.person_id, stone.reference, stone.disposed_at, stone.reason
                    )
                )
    return found


def disposed_records_in_backup(
    backup: Path, target: Path, key: Key, *, user_name: str, passphrase: str
) -> list[DisposedBefore]:
    """Records the current file has disposed of that `backup` (opened with `key`) still holds."""
    return _still_held(backup, key, _read_tombstones(target, key, user_name, passphrase))


def disposals_a_restore_would_undo(
    backup: Path, target: Path, *, user_name: str, passphrase: str
) -> list[DisposedBefore]:
    """Before a restore: which disposed records the backup would bring back (read only)."""
    unlocked = KeyStore(Path(backup)).unlock(user_name, passphrase)
    try:
        return disposed_records_in_backup(
            Path(backup),
            Path(target),
            unlocked.data_key,
            user_name=user_name,
            passphrase=passphrase,
        )
    finally:
        unlocked.wipe()


def record_undone(target: Path, key: bytearray | bytes, records: list[DisposedBefore]) -> None:
    """Write the records a restore brought back into the restored file, audited."""
    if not records:
        return
    now = format_time(utc_now())
    with open_case_file(target, key, verify_pages=False) as restored:
        conn = restored.conn
        with transaction(conn):
            for record in records:
                cursor = conn.execute(
                    "INSERT INTO disposals_undone (person_id, reference, original_disposed_at,"
                    " original_reason, found_at) VALUES (?, ?, ?, ?, ?)",
                    (record.person_id, record.reference, record.disposed_at, record.reason, now),
                )
                append_audit(
                    conn,
                    user_id=None,
                    action=AuditAction.RESTORE,
                    record_type="disposal_undone",
                    record_id=int(cursor.lastrowid or 0),
                    detail=f"record {record.reference} disposed of earlier is back after a restore",
                )


# --- people removed since the backup ------------------------------------------------------


def removed_user_names(conn: Connection) -> list[str]:
    """Names removed from the file and not given access again since."""
    rows = conn.execute(
        "SELECT name FROM users WHERE removed_at IS NOT NULL"
        " AND name NOT IN (SELECT name FROM users WHERE removed_at IS NULL) ORDER BY id"
    ).fetchall()
    return list(dict.fromkeys(str(r[0]) for r in rows))


def users_removed_since(
    backup: Path,
    target: Path,
    key: Key,
    *,
    user_name: str,
    passphrase: str,
    known_removed: Sequence[str] = (),
    current: KeyStore | None = None,
) -> list[str]:
    """People the current file removed whom `backup` (opened with `key`) still lets in.

    The current file is read as for tombstones; a caller that had it open (the app) also
    passes the names it saw removed there, since a removal re-encrypts the file and the
    backup's key may no longer open it. `current` is its key header (`current_header`)."""
    with open_case_file(backup, key, readonly=True, verify_pages=False) as copy:
        active = [
            str(r[0]) for r in copy.conn.execute("SELECT name FROM users WHERE removed_at IS NULL")
        ]
    removed = dict.fromkeys(
        [*known_removed, *_read_current(target, key, user_name, passphrase, removed_user_names)]
    )
    # The current key header needs no key to say who can open the file now: whoever the
    # backup lets in and it does not was removed (or renamed) since. This holds even when the
    # file itself cannot be read, with the backup's key or the passphrase just typed.
    if current is not None:
        removed.update(dict.fromkeys(name for name in active if not current.has_user(name)))
    return [name for name in removed if name in active]


def current_header(target: Path) -> KeyStore | None:
    """The key header of the file a restore would replace, checked readable; None when it is
    gone or damaged (nothing then says who can open that file, or which file it is)."""
    try:
        keys = KeyStore(target)
        if not keys.exists():
            return None
        keys.user_count()  # reads and checks the header
        return keys
    except (KeyStoreError, ValueError, OSError):
        return None


def warning_text(records: list[DisposedBefore]) -> str:
    return WARNING.format(count=len(records), references=", ".join(r.reference for r in records))


REMOVED_AGAIN = (
    "{names} had been removed from this case file after the backup was made. The backup "
    "still let them in, so they were removed again and the file was re-encrypted with a new "
    "key: their old passphrases no longer open it."
)
ACCESS_UNCHECKED = (
    "The key files of the file this backup replaced could not be read, so the app could not "
    "check who has been removed since the backup was made. Open Users after signing in and "
    "remove anyone who should no longer have access."
)
STILL_LET_IN = (
    "{names} had been removed from this case file after the backup was made, and the backup "
    "still lets them in. Removing them again did not work ({reason}). Remove them from Users "
    "as soon as you sign in."
)


def remove_again(target: Path, *, user_name: str, passphrase: str, names: Sequence[str]) -> str:
    """After a restore: take away again the access the backup gave back. Returns the words for
    the DSL (empty when there was nobody to remove)."""
    if not names:
        return ""
    from ypsi_desktop.services import session as sessions
    from ypsi_desktop.services.users import remove_user

    listed = ", ".join(names)
    try:
        with sessions.unlock(target, user_name=user_name, passphrase=passphrase) as session:
            for name in names:
                remove_user(session, name)
    except (CaseFileError, KeyStoreError, ValueError) as error:
        return STILL_LET_IN.format(names=listed, reason=str(error).rstrip("."))
    return REMOVED_AGAIN.format(names=listed)
