"""Creating, unlocking and closing a case file: the one way in, for the app and the CLI.

A CaseFileSession is an open case file with a signed-in user: the database connection, the
key header beside it, the data key (a bytearray, wiped on close) and the user's role, which
every service checks before acting. Opening follows the key header's rotation protocol,
checks that header and database belong together, and compares the audit chain with the
anchor kept in the header, so a file put back from an older copy is noticed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.domain.text import NAME_LIMIT, clean_line
from ypsi_desktop.services.permissions import PassphraseFirst, Permission, require
from ypsi_desktop.storage.audit import (
    AuditAction,
    append_audit,
    format_time,
    record_unlock,
    utc_now,
)
from ypsi_desktop.storage.chain import anchor, contains_anchor
from ypsi_desktop.storage.connection import Connection, rekey, transaction
from ypsi_desktop.storage.database import CaseFile, create_case_file, open_case_file
from ypsi_desktop.storage.errors import (
    CaseFileError,
    CaseFileExists,
    NotACaseFile,
    WriteFailed,
    WrongKey,
)
from ypsi_desktop.storage.files import remove_quietly
from ypsi_desktop.storage.key_derivation import KdfParams, wipe
from ypsi_desktop.storage.key_errors import KeyStoreError, PassphraseNotRecognised, UnknownUser
from ypsi_desktop.storage.keys import ChainAnchor, KeyStore, RecoveryKey, UnlockedKeys
from ypsi_desktop.storage.setting_repository import SettingRepository


class SignInFailed(KeyStoreError):
    """Name or passphrase not recognised. One message for both, so names cannot be probed."""

    def __init__(self) -> None:
        super().__init__(
            "That name and passphrase were not recognised. Check the spelling of your name "
            "and that Caps Lock is off, then try again."
        )


class CaseFileMissing(CaseFileError):
    default_message = (
        "There is no case file at that place. It may have been moved or renamed; choose it "
        "again, or restore it from a backup."
    )


class FileOlderThanItsKeys(CaseFileError):
    default_message = (
        "This case file is older than the last one used with these keys: entries recorded "
        "since are missing. It may have been replaced with an old copy. Check it, and restore "
        "the newest backup if entries are missing."
    )


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: UserRole


@dataclass
class CaseFileSession:
    case: CaseFile
    keys: KeyStore
    data_key: bytearray
    user: User
    must_set_passphrase: bool = False
    notes: list[str] = field(default_factory=list)  # e.g. a key header copy was repaired
    # The file is behind its key header's anchor (an older copy put back); opened only to be
    # checked, so nothing is written to it and the header's anchor is left as evidence.
    behind: bool = False
    # The chain head last copied into the key header by this session (checkpoint_if_moved).
    _anchored: tuple[int, str] | None = field(default=None, init=False, repr=False)

    @property
    def path(self) -> Path:
        return self.case.path

    @property
    def conn(self) -> Connection:
        return self.case.conn

    @property
    def is_training(self) -> bool:
        return self.case.is_training

    def require(self, permission: Permission) -> None:
        if self.must_set_passphrase:
            raise PassphraseFirst(self.user.role, permission)
        require(self.user.role, permission)

    def audit(
        self,
        action: AuditAction,
        record_type: str = "",
        record_id: int | None = None,
        detail: str = "",
    ) -> None:
        append_audit(
            self.conn,
            user_id=self.user.id,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        )

    def checkpoint(self) -> str:
        """Copy the chain's head into the key header; returns the anchor as SEQ:HASH16."""
        seq, head = anchor(self.conn)
        self.keys.update_anchor(self.data_key, ChainAnchor(seq, head))
        self._anchored = (seq, head)
        return f"{seq}:{head[:16]}"

    def checkpoint_if_moved(self) -> bool:
        """Checkpoint when anything was recorded since the last one (the app calls this a few
        seconds after work is saved, so an older copy of the file put back after a crash is
        caught at the next sign-in). True when the header was written."""
        if self.behind:
            return False
        seq, head = anchor(self.conn)
        if self._anchored == (seq, head):
            return False
        self.checkpoint()
        return True

    def replace_key(self, new_key: bytearray) -> None:
        old = self.data_key
        self.data_key = new_key
        wipe(old)

    def close(self, *, audit: bool = True) -> None:
        """Record the lock, anchor the chain, close the database and wipe the key."""
        if self.case.closed:
            return
        try:
            if not self.behind:
                if audit:
                    self.audit(AuditAction.LOCK, "case_file")
                self.checkpoint()
        finally:
            self.case.close()
            wipe(self.data_key)

    def __enter__(self) -> CaseFileSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def clean_user_name(name: str) -> str:
    cleaned = clean_line(name, limit=NAME_LIMIT).text
    if not cleaned:
        raise ValueError("Enter a name.")
    return cleaned


def create(
    path: Path,
    *,
    user_name: str,
    passphrase: str,
    setting_name: str = "",
    training: bool = False,
    recovery_key: RecoveryKey | None = None,
    kdf: KdfParams | None = None,
) -> tuple[CaseFileSession, str]:
    """Make a new case file with its first user (the DSL). Returns the session and the
    recovery key, which the caller shows once. The app's setup passes a `recovery_key` it has
    already shown and had typed back, so no file exists until that is done. `kdf` is for
    tests only (see KdfParams)."""
    path = Path(path)
    name = clean_user_name(user_name)
    if path.exists():
        raise CaseFileExists()
    keys = KeyStore(path, kdf=kdf)
    new = keys.create(name, passphrase, recovery_key=recovery_key)
    try:
        case = create_case_file(path, new.data_key, is_training=training, file_id=new.file_id)
    except BaseException:
        for header in keys.paths:
            remove_quietly(header)
        wipe(new.data_key)
        raise
    now = format_time(utc_now())
    with transaction(case.conn):
        cursor = case.conn.execute(
            "INSERT INTO users (name, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
            (name, UserRole.DSL.value, new.slot_id, now),
        )
        user = User(int(cursor.lastrowid or 0), name, UserRole.DSL)
        append_audit(
            case.conn,
            user_id=user.id,
            action=AuditAction.USER_CHANGE,
            record_type="user",
            record_id=user.id,
            detail="first user added with the DSL role",
        )
    if setting_name:
        repo = SettingRepository(case.conn)
        details = repo.details()
        details.name = clean_line(setting_name).text
        repo.save_details(details, user_id=user.id)
    session = CaseFileSession(case, keys, new.data_key, user)
    session.checkpoint()
    return session, new.recovery_key


# Every page's tamper seal is checked at sign-in for files up to this size (about 0.15 s at
# the limit); a school's file is far smaller. Above it, sign-in skips the full pass: SQLCipher
# still refuses any damaged page it reads, and File > Check file reads them all.
VERIFY_AT_OPEN_LIMIT = 64 * 1024 * 1024


def rekey_safely(case: CaseFile, old_key: bytearray, new_key: bytearray) -> tuple[CaseFile, bool]:
    """Re-encrypt under `new_key`; on failure return a fresh connection under `old_key`.

    Measured here: when PRAGMA rekey fails part-way (a full disk), SQLCipher rolls the pages
    back but leaves the connection holding the new key, so the next write would mix keys and
    damage the file. The failed connection is therefore closed unused and the file reopened.
    """
    try:
        rekey(case.conn, new_key)
    except WriteFailed:
        path = case.path
        case.close()
        verify = path.stat().st_size <= VERIFY_AT_OPEN_LIMIT
        return open_case_file(path, old_key, verify_pages=verify), False
    return case, True


def _open_with(keys: KeyStore, unlocked: UnlockedKeys) -> tuple[CaseFile, bytearray]:
    """Open the database following the key header's rotation protocol (see storage.keys)."""
    path = keys.case_file
    verify = path.stat().st_size <= VERIFY_AT_OPEN_LIMIT
    try:
        case = open_case_file(path, unlocked.data_key, verify_pages=verify)
    except WrongKey:
        if unlocked.pending_key is None:
            unlocked.wipe()
            raise
        try:
            case = open_case_file(path, unlocked.pending_key, verify_pages=verify)
        except BaseException:
            unlocked.wipe()
            raise
        try:
            keys.commit_rotation(unlocked.pending_key)
        except BaseException:
            case.close()
            unlocked.wipe()
            raise
        wipe(unlocked.data_key)
        return case, unlocked.pending_key
    except BaseException:
        unlocked.wipe()
        raise
    if unlocked.pending_key is not None:  # crashed before the rekey: finish the removal
        try:
            case, done = rekey_safely(case, unlocked.data_key, unlocked.pending_key)
            if done:
                keys.commit_rotation(unlocked.pending_key)
        except BaseException:
            case.close()
            unlocked.wipe()
            raise
        if done:
            wipe(unlocked.data_key)
            return case, unlocked.pending_key
        wipe(unlocked.pending_key)  # tried again at the next sign-in
    return case, unlocked.data_key


def _user_for(case: CaseFile, *, slot_id: str | None = None, name: str | None = None) -> User:
    if slot_id is not None:
        row = case.conn.execute(
            "SELECT id, name, role FROM users WHERE slot_id = ? AND removed_at IS NULL", (slot_id,)
        ).fetchone()
    else:
        row = case.conn.execute(
            "SELECT id, name, role FROM users WHERE lower(name) = lower(?) AND removed_at IS NULL",
            (name,),
        ).fetchone()
    if row is None:
        raise SignInFailed()
    return User(int(row[0]), str(row[1]), UserRole(row[2]))


def _finish_open(
    keys: KeyStore,
    unlocked: UnlockedKeys,
    *,
    name: str | None,
    recovery: bool,
    failed_attempts: int,
    allow_older: bool,
) -> CaseFileSession:
    repairs = keys.repairs  # made by the unlock's read of the header; a later read finds none
    case, key = _open_with(keys, unlocked)
    try:
        if case.file_id != unlocked.file_id:
            raise NotACaseFile(
                "The key files beside this case file belong to a different case file. Put the "
                "matching key files back, or restore from a backup."
            )
        user = _user_for(case, name=name) if recovery else _user_for(case, slot_id=unlocked.slot_id)
        expected = keys.read_anchor(key)
        behind = bool(expected.seq) and not contains_anchor(
            case.conn, expected.seq, expected.hash[:16]
        )
        if behind and not allow_older:
            raise FileOlderThanItsKeys()
        session = CaseFileSession(case, keys, key, user, must_set_passphrase=recovery)
        session.behind = behind
        session.notes.extend(dict.fromkeys((*repairs, *keys.repairs)))
        if not behind:  # writing to a rolled-back file would paper over the gap: read only
            record_unlock(case.conn, user_id=user.id, failed_attempts=failed_attempts)
            _finish_interrupted_removals(session)
            session.checkpoint()
    except BaseException:
        case.close()
        wipe(key)
        raise
    return session


def _finish_interrupted_removals(session: CaseFileSession) -> None:
    """A user whose key slot is gone from the header was being removed when the app stopped
    (the slot goes first, then the file is re-encrypted, then the user is marked removed):
    mark them removed now, so they are not counted as a current user or a DSL."""
    live = set(session.keys.summary().user_slot_ids)
    rows = session.conn.execute(
        "SELECT id, slot_id FROM users WHERE removed_at IS NULL AND slot_id IS NOT NULL"
    ).fetchall()
    stale = [int(row[0]) for row in rows if str(row[1]) not in live]
    if not stale:
        return
    with transaction(session.conn):
        for user_id in stale:
            session.conn.execute(
                "UPDATE users SET removed_at = ?, slot_id = NULL WHERE id = ?",
                (format_time(utc_now()), user_id),
            )
            session.audit(
                AuditAction.USER_CHANGE,
                "user",
                user_id,
                "user removed (finishing an interrupted removal)",
            )


# The first bytes of files a case file is sometimes confused with (an encrypted case file
# begins with random bytes, and a SQLCipher file is whole pages of at least 1,024 bytes).
_OTHER_KINDS = (
    b"%PDF",  # a PDF
    b"PK\x03\x04",  # a zip, and so a Word or Excel file
    b'{"',  # an export (JSON)
    b"\xd0\xcf\x11\xe0",  # an older Office file
    b"\xff\xd8\xff",  # a photo (JPEG)
    b"\x89PNG",
)


def refuse_plainly_not_a_case_file(path: Path) -> None:
    """When no key header is beside `path`, say so plainly if it is not a case file at all
    (a folder, an empty file, a PDF...), instead of asking for a backup of key files that a
    case file would have. A real case file whose key files are lost passes through."""
    from ypsi_desktop.storage.errors import PlaintextFile

    if KeyStore(path).exists():
        return
    if path.is_dir():
        raise NotACaseFile(
            "That is a folder, not a case file. Choose the case file itself (its name ends "
            "in .ypsi)."
        )
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            start = handle.read(16)
    except OSError:
        return  # the open itself will say what is wrong
    if start.startswith(b"SQLite format 3\x00"):
        raise PlaintextFile()
    if size < 1024 or size % 1024 or start.startswith(_OTHER_KINDS):
        raise NotACaseFile()


def unlock(
    path: Path,
    *,
    user_name: str | None,
    passphrase: str,
    failed_attempts: int = 0,
    allow_older: bool = False,
) -> CaseFileSession:
    """Sign in with name and passphrase (no name: the file's only user).

    `allow_older` lets `check` open a file that is behind its key header's anchor."""
    path = Path(path)
    if not path.exists():
        raise CaseFileMissing()
    refuse_plainly_not_a_case_file(path)
    keys = KeyStore(path)
    try:
        if user_name is None:  # the CLI on a one-user file
            unlocked = keys.unlock_sole_user(passphrase)
        else:
            unlocked = keys.unlock(clean_user_name(user_name), passphrase)
    except (PassphraseNotRecognised, UnknownUser, ValueError):
        raise SignInFailed() from None
    return _finish_open(
        keys,
        unlocked,
        name=None,
        recovery=False,
        failed_attempts=failed_attempts,
        allow_older=allow_older,
    )


def unlock_with_recovery_key(
    path: Path, *, recovery_key: str, acting_user: str, allow_older: bool = False
) -> CaseFileSession:
    """Open with the recovery key, acting as `acting_user`, who must then set a new passphrase."""
    path = Path(path)
    if not path.exists():
        raise CaseFileMissing()
    refuse_plainly_not_a_case_file(path)
    keys = KeyStore(path)
    acting = clean_user_name(acting_user)  # before the key is opened, so nothing to wipe
    unlocked = keys.unlock_with_recovery_key(recovery_key)
    return _finish_open(
        keys,
        unlocked,
        name=acting,
        recovery=True,
        failed_attempts=0,
        allow_older=allow_older,
    )


def active_users(session: CaseFileSession) -> list[User]:
    rows = session.conn.execute(
        "SELECT id, name, role FROM users WHERE removed_at IS NULL ORDER BY id"
    ).fetchall()
    return [User(int(r[0]), str(r[1]), UserRole(r[2])) for r in rows]
