"""Backups and restores that can only ever add a good copy, never lose the last one.

Backup: the history records the backup first (so the copy holds the record of its own making
and the same anchor), then SQLite's backup API copies the live file into a new file keyed with
the same data key (never a plain file copy, never a plaintext export), under a temporary name
in the chosen folder. The copy is fsynced, re-opened read-only, fully checked and its anchor
compared with the source's before it is renamed into place. Extra files the caller owns (the
key header) are staged beside it and placed before it, so a backup that exists is complete.

Restore: the backup is opened read-only and fully checked before anything is touched; it is
copied through the backup API to a staging name and checked again; only then is the current
file (with its journal, if any) moved aside under a dated name, never deleted, and the staged
copy renamed into place and verified once more. If that final check fails, everything is put
back as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from .audit import AuditAction, Clock, append_audit, utc_now
from .chain import anchor, contains_anchor, format_anchor
from .connection import connect_keyed, encrypted_copy, rollback_quietly
from .database import CaseFile, Key, open_case_file
from .errors import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    CaseFileDamaged,
    CaseFileError,
    CaseFileExists,
    OpenElsewhere,
    WriteFailed,
    translate_errors,
)
from .files import (
    fsync_dir,
    journal_of,
    private_umask,
    remove_quietly,
    rename_no_clobber,
    temp_name,
    write_private_bytes,
)
from .integrity import CheckReport, check

# (file to copy, where the copy goes). For a backup the second item may be a bare name,
# placed beside the backup; a callable receives the backup's final path and returns the list.
ExtraFile = tuple[Path, Path | str]
ExtraFiles = Sequence[ExtraFile] | Callable[[Path], Sequence[ExtraFile]]

_BACKUP_UNVERIFIED = (
    "The backup copy could not be verified, so it was not kept. Your case file has not been "
    "changed. Try another disk or folder."
)
_BACKUP_DAMAGED = (
    "This backup is damaged or incomplete, so it was not restored. Nothing has been changed."
)
_RESTORE_UNVERIFIED = (
    "The restored file could not be verified, so your previous case file has been put back "
    "as it was."
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    anchor: tuple[int, str]
    report: CheckReport
    extra_paths: tuple[Path, ...]


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    set_aside: Path | None  # the previous case file, kept encrypted under a dated name
    backup_anchor: tuple[int, str]
    report: CheckReport


def timestamp(clock: Clock = utc_now) -> str:
    return clock().strftime("%Y%m%d-%H%M%S")


def default_backup_name(case_path: Path, clock: Clock = utc_now) -> str:
    """A dated name with no personal data: `<file name>-backup-YYYYmmdd-HHMMSS<suffix>`."""
    return f"{case_path.stem}-backup-{timestamp(clock)}{case_path.suffix}"


def verify_copy(path: Path, key: Key, expected: tuple[int, str] | None = None) -> CheckReport:
    """Open a copy read-only, run the full check, and compare its anchor with `expected`."""
    with open_case_file(path, key, readonly=True) as copy:
        report = check(copy.conn, expected_anchor=expected)
        head = anchor(copy.conn)
    if not report.ok or (expected is not None and head != expected):
        raise CaseFileDamaged(details=report.problems)
    return report


def _resolve_extras(extra_files: ExtraFiles, beside: Path) -> list[tuple[Path, Path]]:
    extras = extra_files(beside) if callable(extra_files) else extra_files
    return [
        (Path(src), beside.parent / dst if isinstance(dst, str) else dst) for src, dst in extras
    ]


def _stage(pairs: list[tuple[Path, Path]]) -> list[tuple[Path, Path]]:
    """Write each source to a temporary name beside its destination; returns (temp, final)."""
    staged: list[tuple[Path, Path]] = []
    try:
        for source, final in pairs:
            staging = temp_name(final, "staging")
            staged.append((staging, final))
            write_private_bytes(staging, source.read_bytes())
    except BaseException:
        for staging, _ in staged:
            remove_quietly(staging)
        raise
    return staged


def backup_case_file(
    case: CaseFile,
    key: Key,
    destination: Path | str,
    *,
    user_id: int | None,
    extra_files: ExtraFiles = (),
    clock: Clock = utc_now,
) -> BackupResult:
    """Write a verified, encrypted backup of an open case file to `destination` (new name).

    Raises CaseFileExists if the name is taken, WriteFailed if the copy cannot be written or
    does not verify; in every failure the destination folder is left as it was.
    """
    destination = Path(destination)
    if os.path.lexists(destination):
        raise CaseFileExists()
    append_audit(
        case.conn,
        user_id=user_id,
        action=AuditAction.BACKUP,
        record_type="case_file",
        detail="backup made",
        clock=clock,
    )
    expected = anchor(case.conn)
    copy = temp_name(destination, "backup")
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        with private_umask(), translate_errors():
            encrypted_copy(case.conn, key, copy)
            try:
                report = verify_copy(copy, key, expected)
            except CaseFileDamaged as exc:
                raise WriteFailed(_BACKUP_UNVERIFIED, details=exc.details) from exc
            staged = _stage(_resolve_extras(extra_files, destination))
            for staging, final in staged:
                rename_no_clobber(staging, final)
                placed.append(final)
            rename_no_clobber(copy, destination)
            fsync_dir(destination.parent)
    except BaseException:
        for staging, _ in staged:
            remove_quietly(staging)
        for final in placed:
            remove_quietly(final)  # our own new files; nothing existed under these names
        remove_quietly(journal_of(copy))
        remove_quietly(copy)
        _record_failure(case, user_id, clock)
        raise
    return BackupResult(destination, expected, report, tuple(placed))


def _record_failure(case: CaseFile, user_id: int | None, clock: Clock) -> None:
    """Best effort: the failure belongs in the history, unless the history cannot be written."""
    try:
        append_audit(
            case.conn,
            user_id=user_id,
            action=AuditAction.BACKUP,
            record_type="case_file",
            detail="backup failed",
            clock=clock,
        )
    except (CaseFileError, sqlcipher3.Error, OSError):
        rollback_quietly(case.conn)


def _refuse_if_open(path: Path, key: Key) -> None:
    """Refuse to move a case file another window has open; roll back any hot journal.

    Reading with the key makes SQLite replay a hot journal into the file, so the file is
    consistent before it is moved. If it cannot be read (damaged, another key) it is moved
    with its journal beside it, never apart from it.
    """
    probe = connect_keyed(path, key)
    try:
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        probe.execute("COMMIT")
    except sqlcipher3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise OpenElsewhere() from exc
    finally:
        probe.close()


class _Moves:
    """Renames done during a restore, undone in reverse order if the restore fails."""

    def __init__(self) -> None:
        self.done: list[tuple[Path, Path]] = []

    def move(self, source: Path, target: Path) -> None:
        rename_no_clobber(source, target)
        self.done.append((source, target))

    def set_aside(self, path: Path, stamp: str) -> Path | None:
        """Move `path` (journal first, so it is never left beside the wrong file) aside."""
        if not os.path.lexists(path):
            return None
        aside = path.with_name(f"{path.name}.replaced-{stamp}.bak")
        if os.path.lexists(journal_of(path)):
            self.move(journal_of(path), journal_of(aside))
        self.move(path, aside)
        return aside

    def undo(self) -> None:
        for source, target in reversed(self.done):
            try:
                rename_no_clobber(target, source)
            except OSError:
                pass  # leave it where it is rather than overwrite anything
        self.done.clear()


def restore_case_file(
    backup_path: Path | str,
    target: Path | str,
    key: Key,
    *,
    user_id: int | None,
    extra_files: Sequence[tuple[Path, Path]] = (),
    clock: Clock = utc_now,
) -> RestoreResult:
    """Replace the (closed) case file at `target` with a verified backup.

    `extra_files` are (source, destination) pairs, e.g. the backup's key header and where the
    live one lives; an existing destination is set aside like the case file. The previous
    case file is kept, encrypted, at `RestoreResult.set_aside` (it may hold newer records;
    the caller decides with the user what to do with it).
    """
    backup_path, target = Path(backup_path), Path(target)
    with open_case_file(backup_path, key, readonly=True) as source:
        report = check(source.conn)
        if not report.ok:
            raise CaseFileDamaged(_BACKUP_DAMAGED, details=report.problems)
        backup_anchor = anchor(source.conn)
        staging = temp_name(target, "restoring")
        with private_umask(), translate_errors():
            encrypted_copy(source.conn, key, staging)
    moves = _Moves()
    staged: list[tuple[Path, Path]] = []
    try:
        with private_umask(), translate_errors():
            try:
                verify_copy(staging, key, backup_anchor)
            except CaseFileDamaged as exc:
                raise WriteFailed(_BACKUP_UNVERIFIED, details=exc.details) from exc
            staged = _stage(list(extra_files))
            if os.path.lexists(target):
                _refuse_if_open(target, key)
            stamp = timestamp(clock)
            aside = moves.set_aside(target, stamp)
            for staging_extra, final in staged:
                moves.set_aside(final, stamp)
                moves.move(staging_extra, final)
            moves.move(staging, target)
            fsync_dir(target.parent)
        result_report = _verify_restored(target, key, backup_anchor, user_id, clock)
    except BaseException:
        _undo_restore(moves, target, clock)
        for staging_extra, _ in staged:
            remove_quietly(staging_extra)
        remove_quietly(journal_of(staging))
        remove_quietly(staging)
        raise
    return RestoreResult(target, aside, backup_anchor, result_report)


def _verify_restored(
    target: Path, key: Key, backup_anchor: tuple[int, str], user_id: int | None, clock: Clock
) -> CheckReport:
    """Open the restored file for real (migrating it if the backup is older), check that it
    still holds the backup's history, and record the restore in it."""
    try:
        with open_case_file(target, key) as restored:
            report = check(restored.conn)
            if not report.ok or not contains_anchor(restored.conn, *backup_anchor):
                raise CaseFileDamaged(_RESTORE_UNVERIFIED, details=report.problems)
            append_audit(
                restored.conn,
                user_id=user_id,
                action=AuditAction.RESTORE,
                record_type="case_file",
                detail=f"restored from a backup ending at {format_anchor(*backup_anchor)}",
                clock=clock,
            )
            return report
    except CaseFileDamaged as exc:
        raise WriteFailed(_RESTORE_UNVERIFIED, details=exc.details) from exc


def _undo_restore(moves: _Moves, target: Path, clock: Clock) -> None:
    """Move a placed-but-failed restore out of the way, then put the originals back."""
    if moves.done and moves.done[-1][1] == target:
        failed = target.with_name(f"{target.name}.failed-restore-{timestamp(clock)}.bak")
        try:
            if os.path.lexists(journal_of(target)):
                rename_no_clobber(journal_of(target), journal_of(failed))
            rename_no_clobber(target, failed)
            moves.done.pop()
        except OSError:
            return
    moves.undo()
