"""Looking after the file: checking it, backing it up and restoring it.

A backup is the encrypted database plus both copies of its key header, written beside each
other in the chosen folder, verified before they are given their final names. Restore checks
the backup first and keeps the file it replaces (encrypted) rather than deleting it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from ypsi_desktop.services.lifetime import restore_check
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.audit import AuditAction
from ypsi_desktop.storage.backup import (
    BackupResult,
    RestoreResult,
    default_backup_name,
    restore_case_file,
)
from ypsi_desktop.storage.backup import backup_case_file as _backup
from ypsi_desktop.storage.chain import anchor, contains_anchor, format_anchor, parse_anchor
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.integrity import CheckReport, check
from ypsi_desktop.storage.key_header_copies import header_paths
from ypsi_desktop.storage.keys import KeyStore

REMOVED_CANNOT_RESTORE = (
    "You are not a user of the current case file (you were removed, or your name was "
    "changed, after this backup was made), so you cannot restore the backup over it. Ask a "
    "designated safeguarding lead who uses the current file and could open the file when the "
    "backup was made to restore it. If nobody can, keep the backup safe: the current file is "
    "untouched."
)


@dataclass(frozen=True)
class FileCheck:
    report: CheckReport
    anchor: str  # the current chain anchor, SEQ:HASH16
    anchor_found: bool | None  # for --anchor: does the file still hold that entry?

    @property
    def ok(self) -> bool:
        return self.report.ok and self.anchor_found is not False


def check_file(session: CaseFileSession, *, anchor_text: str | None = None) -> FileCheck:
    session.require(Permission.VIEW)
    if not session.behind:  # a rolled-back file is only read, so the gap stays visible
        try:  # recorded first, so the anchor printed includes this check
            session.audit(AuditAction.CHECK, "case_file", detail="file checked")
        except CaseFileError:
            pass  # a damaged file may refuse writes; the check below says why
    expected = session.keys.read_anchor(session.data_key)
    report = check(
        session.conn, expected_anchor=(expected.seq, expected.hash) if expected.seq else None
    )
    found: bool | None = None
    if anchor_text is not None:
        try:
            anchor_seq, anchor_head = parse_anchor(anchor_text.strip())
        except ValueError:
            found = False  # not an anchor at all: it cannot be in the file
        else:
            found = contains_anchor(session.conn, anchor_seq, anchor_head)
    session.audit(
        AuditAction.CHECK,
        "case_file",
        detail="check passed" if report.ok else "check found problems",
    )
    seq, head = anchor(session.conn)
    return FileCheck(report, format_anchor(seq, head), found)


def backup(session: CaseFileSession, folder: Path) -> BackupResult:
    """Write a verified encrypted backup (database + key header) into `folder`."""
    session.require(Permission.BACKUP)
    session.checkpoint()
    destination = Path(folder) / default_backup_name(session.path)
    headers = header_paths(destination)
    extras = [(src, dst.name) for src, dst in zip(header_paths(session.path), headers, strict=True)]
    result = _backup(
        session.case, session.data_key, destination, user_id=session.user.id, extra_files=extras
    )
    session.checkpoint()
    return result


@dataclass(frozen=True)
class RestoreOutcome(RestoreResult):
    """A restore's result, with the records disposed of after the backup was made that the
    restore brought back (listed in the restored file too, to be disposed of again)."""

    disposals_undone: tuple[restore_check.DisposedBefore, ...] = ()
    access_note: str = ""  # people removed since the backup, removed again (or not)

    @property
    def warning(self) -> str:
        parts = [
            restore_check.warning_text(list(self.disposals_undone))
            if self.disposals_undone
            else "",
            self.access_note,
        ]
        return "\n\n".join(part for part in parts if part)


def restore(
    backup_file: Path,
    target: Path,
    *,
    user_name: str,
    passphrase: str,
    known_removed: Sequence[str] = (),
) -> RestoreOutcome:
    """Replace the (closed) case file at `target` with a verified backup and its key header.

    The backup is unlocked with the user's passphrase from the backup's own key header, so a
    backup can be restored even after the live header was lost. Only a DSL (as recorded in
    the backup) may restore, and only a backup of the same case file. Records the replaced
    file had disposed of that the backup still holds are listed in the outcome and in the
    restored file (see services/lifetime/restore_check.py). People the replaced file had
    removed (read from it, plus `known_removed` from a caller that had it open) lose again the
    access the backup gave back; someone removed cannot restore at all.
    """
    from ypsi_desktop.domain.case import UserRole
    from ypsi_desktop.services.permissions import NotAllowed
    from ypsi_desktop.services.session import SignInFailed, clean_user_name
    from ypsi_desktop.storage.database import open_case_file
    from ypsi_desktop.storage.errors import NotACaseFile
    from ypsi_desktop.storage.key_errors import PassphraseNotRecognised, UnknownUser

    backup_file, target = Path(backup_file), Path(target)
    keys = KeyStore(backup_file)
    try:
        unlocked = keys.unlock(clean_user_name(user_name), passphrase)
    except (PassphraseNotRecognised, UnknownUser, ValueError):
        raise SignInFailed() from None  # one message, so names cannot be probed
    try:
        with open_case_file(backup_file, unlocked.data_key, readonly=True) as copy:
            row = copy.conn.execute(
                "SELECT role FROM users WHERE slot_id = ? AND removed_at IS NULL",
                (unlocked.slot_id,),
            ).fetchone()
            backup_id = copy.file_id
        if row is None or UserRole(row[0]) is not UserRole.DSL:
            raise NotAllowed(UserRole(row[0]) if row else UserRole.READ_ONLY, Permission.RESTORE)
        # Read once: which file the restore would replace, and who can open it now. A lost
        # or damaged header says neither; restoring is then how the file is mended.
        current = restore_check.current_header(target)
        if current is not None and target.exists() and current.summary().file_id != backup_id:
            raise NotACaseFile(
                "That backup is of a different case file, so it was not restored over this one."
            )
        acting = clean_user_name(user_name)
        removed = restore_check.users_removed_since(
            backup_file,
            target,
            unlocked.data_key,
            user_name=acting,
            passphrase=passphrase,
            known_removed=known_removed,
            current=current,
        )
        if acting in removed or (current is not None and not current.has_user(acting)):
            raise NotAllowed(UserRole.DSL, Permission.RESTORE, REMOVED_CANNOT_RESTORE)
        extras = list(zip(header_paths(backup_file), header_paths(target), strict=True))
        coming_back = restore_check.disposed_records_in_backup(
            backup_file,
            target,
            unlocked.data_key,
            user_name=clean_user_name(user_name),
            passphrase=passphrase,
        )
        result = restore_case_file(
            backup_file, target, unlocked.data_key, user_id=None, extra_files=extras
        )
        try:
            restore_check.record_undone(target, unlocked.data_key, coming_back)
        except CaseFileError:
            pass  # restored all the same; the outcome below still names them
        access = restore_check.remove_again(
            target, user_name=acting, passphrase=passphrase, names=removed
        )
        if current is None and not known_removed:
            notes = (access, restore_check.ACCESS_UNCHECKED)
            access = "\n\n".join(note for note in notes if note)
        return RestoreOutcome(
            **{f.name: getattr(result, f.name) for f in fields(RestoreResult)},
            disposals_undone=tuple(coming_back),
            access_note=access,
        )
    finally:
        unlocked.wipe()


def kept_copies(session: CaseFileSession) -> list[Path]:
    """The older copies kept beside the open file (before updates, at restores)."""
    from ypsi_desktop.storage import kept_copies as copies

    session.require(Permission.VIEW)
    return copies.kept_copies(session.path)


def remove_kept_copies(session: CaseFileSession) -> int:
    """Delete the kept copies (a DSL's decision, audited by count); returns how many."""
    from ypsi_desktop.storage import kept_copies as copies

    session.require(Permission.RESTORE)
    removed = copies.remove_kept_copies(session.path)
    if removed:
        session.audit(
            AuditAction.ERASE,
            "case_file",
            detail=f"{removed} older cop{'y' if removed == 1 else 'ies'} kept beside the file "
            "deleted",
        )
    return removed
