"""Users and keys: who may open the file, with which role, and rotating the data key.

Every change is for the DSL role only (checked here, not just hidden in the interface), is
audited, and keeps at least one DSL. Removing a user re-encrypts the file under a new data key
(the key header's two-phase rotation, then PRAGMA rekey), so a departed user's passphrase and
any copy of the old key header no longer open the current file.
"""

from __future__ import annotations

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services.passphrase_policy import require_strong
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import (
    CaseFileSession,
    User,
    active_users,
    clean_user_name,
    rekey_safely,
)
from ypsi_desktop.storage.audit import AuditAction, append_audit, format_time, utc_now
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.errors import WriteFailed
from ypsi_desktop.storage.key_derivation import wipe
from ypsi_desktop.storage.key_errors import KeyStoreError
from ypsi_desktop.storage.setting_repository import SettingRepository


class UserChangeRefused(ValueError):
    """A change that would leave the file without a DSL, or names nobody; message for a DSL."""


def _context(session: CaseFileSession, *names: str) -> list[str]:
    setting = SettingRepository(session.conn).details().name
    return [n for n in (setting, *names) if n]


def _find(session: CaseFileSession, name: str) -> User:
    wanted = clean_user_name(name).casefold()
    for user in active_users(session):
        if user.name.casefold() == wanted:
            return user
    raise UserChangeRefused(f"There is no current user called {clean_user_name(name)}.")


def add_user(session: CaseFileSession, name: str, role: UserRole, passphrase: str) -> User:
    session.require(Permission.MANAGE_USERS)
    name = clean_user_name(name)
    if any(u.name.casefold() == name.casefold() for u in active_users(session)):
        raise UserChangeRefused(f"There is already a user called {name}.")
    require_strong(passphrase, context=_context(session, name))
    slot_id = session.keys.add_user(session.data_key, name, passphrase)
    try:
        with transaction(session.conn):
            cursor = session.conn.execute(
                "INSERT INTO users (name, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
                (name, role.value, slot_id, format_time(utc_now())),
            )
            user = User(int(cursor.lastrowid or 0), name, role)
            session.audit(AuditAction.USER_CHANGE, "user", user.id, f"user added as {role.value}")
    except BaseException:
        session.keys.remove_user(session.data_key, slot_id)
        raise
    session.checkpoint()
    return user


def set_role(session: CaseFileSession, name: str, role: UserRole) -> User:
    """Change a user's role, e.g. hand the DSL role to someone else (one DSL always remains)."""
    session.require(Permission.MANAGE_USERS)
    user = _find(session, name)
    users = active_users(session)
    dsls = [u for u in users if u.role is UserRole.DSL]
    if user.role is UserRole.DSL and role is not UserRole.DSL and len(dsls) == 1:
        raise UserChangeRefused(
            "There must always be a DSL. Give the DSL role to someone else first."
        )
    with transaction(session.conn):
        session.conn.execute("UPDATE users SET role = ? WHERE id = ?", (role.value, user.id))
        session.audit(AuditAction.USER_CHANGE, "user", user.id, f"role changed to {role.value}")
    session.checkpoint()
    changed = User(user.id, user.name, role)
    if user.id == session.user.id:
        session.user = changed
    return changed


def rotate_key(session: CaseFileSession, *, remove: User | None = None) -> None:
    """Re-encrypt the file under a new data key, optionally dropping one user's slot."""
    session.require(Permission.ROTATE_KEY if remove is None else Permission.MANAGE_USERS)
    removed_slots: list[str] = []
    if remove is not None:
        row = session.conn.execute(
            "SELECT slot_id FROM users WHERE id = ?", (remove.id,)
        ).fetchone()
        if row and row[0]:
            removed_slots.append(str(row[0]))
    new_key = session.keys.begin_rotation(session.data_key, remove_slot_ids=removed_slots)
    try:
        session.case, done = rekey_safely(session.case, session.data_key, new_key)
    except BaseException:
        wipe(new_key)
        raise
    if not done:
        wipe(new_key)
        try:
            session.keys.abandon_rotation(session.data_key)
        except KeyStoreError:
            pass  # the pending key is harmless: the next sign-in retries or keeps the old key
        raise WriteFailed(
            "The file could not be re-encrypted, most likely because the disk is full. "
            "Nothing was changed: everyone can still sign in as before. Free some space "
            "and try again."
        )
    # The pages are now under the new key: from here on the session must use it, whatever
    # happens to the key files, and the record of the removal is written before them.
    session.replace_key(new_key)
    with transaction(session.conn):
        if remove is not None:
            session.conn.execute(
                "UPDATE users SET removed_at = ?, slot_id = NULL WHERE id = ?",
                (format_time(utc_now()), remove.id),
            )
            session.audit(AuditAction.USER_CHANGE, "user", remove.id, "user removed")
        session.audit(AuditAction.KEY_ROTATION, "case_file", detail="data key rotated")
    try:
        session.keys.commit_rotation(session.data_key)
    except KeyStoreError as error:
        raise WriteFailed(
            "The file was re-encrypted, but its key files could not be updated (is the disk "
            "full?). Nothing is lost: lock the app, free some space and sign in again, and the "
            "change will be finished then."
        ) from error
    session.checkpoint()


def remove_user(session: CaseFileSession, name: str) -> User:
    session.require(Permission.MANAGE_USERS)
    user = _find(session, name)
    if user.id == session.user.id:
        raise UserChangeRefused("You cannot remove yourself. Another DSL can do it.")
    if (
        user.role is UserRole.DSL
        and sum(u.role is UserRole.DSL for u in active_users(session)) == 1
    ):
        raise UserChangeRefused("There must always be a DSL; this user is the only one.")
    rotate_key(session, remove=user)
    return user


def set_own_passphrase(session: CaseFileSession, new_passphrase: str) -> None:
    """After the recovery route, or any time: the signed-in user's passphrase (slot only)."""
    require_strong(new_passphrase, context=_context(session, session.user.name))
    session.keys.set_passphrase(session.data_key, session.user.name, new_passphrase)
    with transaction(session.conn):
        append_audit(
            session.conn,
            user_id=session.user.id,
            action=AuditAction.USER_CHANGE,
            record_type="user",
            record_id=session.user.id,
            detail="passphrase changed",
        )
    session.must_set_passphrase = False
    session.checkpoint()
