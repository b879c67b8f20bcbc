"""What can go wrong with a case file, in words a safeguarding lead can act on.

Every failure the storage layer expects is raised as a `CaseFileError` subclass whose `str()` is
a calm, complete sentence for the person at the keyboard (British English, no SQL, no paths
that could carry a name). The original low-level exception is kept as `__cause__` for logs.
`translate_errors()` is the one place where sqlcipher3 and OS errors are mapped, so the
opener, transactions, backups and repositories all say the same thing about the same fault.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_NO_SPACE_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


class CaseFileError(Exception):
    """Base class: the message is meant to be shown to the user as it is."""

    default_message = "The case file could not be used."

    def __init__(self, message: str | None = None, *, details: tuple[str, ...] = ()) -> None:
        super().__init__(message or self.default_message)
        self.details = details  # plain-English specifics (which page, which entry), if known

    @property
    def message(self) -> str:
        return str(self.args[0])


class NotACaseFile(CaseFileError):
    default_message = (
        "This file is not a YPSI Desktop case file. Check that you chose the right file."
    )


class PlaintextFile(NotACaseFile):
    """An unencrypted SQLite file where the case file should be: never open it as ours."""

    default_message = (
        "This file is not an encrypted YPSI Desktop case file: it is an ordinary, unprotected "
        "database. It has not been opened. If you expected your case file here, it may have "
        "been replaced; restore it from a backup."
    )


class WrongKey(CaseFileError):
    """The key did not decrypt the file. Callers map this to their own wording.

    SQLCipher cannot tell a wrong key from a file that was never ours (both look like random
    bytes), so the message covers both.
    """

    default_message = (
        "The case file could not be unlocked with this key. Either the key does not belong to "
        "this file, or the file is not a YPSI Desktop case file."
    )


class OpenElsewhere(CaseFileError):
    default_message = "This case file is open in another window or on another machine."


class NewerVersion(CaseFileError):
    default_message = (
        "This case file was made by a newer version of YPSI Desktop. Install the newer version "
        "to open it; nothing in the file has been changed."
    )


class CaseFileDamaged(CaseFileError):
    default_message = (
        "This case file is damaged and has not been opened, so that no incomplete record is "
        "shown as if it were whole. Restore it from your most recent backup."
    )


class WriteFailed(CaseFileError):
    default_message = (
        "The change could not be saved, so nothing was changed. Everything saved before is safe."
    )


class CaseFileExists(CaseFileError):
    default_message = (
        "A file with this name already exists. Choose another name; the existing file has "
        "not been touched."
    )


class MigrationFailed(CaseFileError):
    default_message = (
        "The case file could not be updated to this version of YPSI Desktop. It has been left "
        "as it was, and a copy was kept beside it."
    )


_DISK_FULL = (
    "There is not enough free space on the disk, so the change was not saved and nothing was "
    "changed. Everything saved before is safe. Free some space and try again."
)
_NO_PERMISSION = (
    "YPSI Desktop is not allowed to write to this location, so the change was not saved and "
    "nothing was changed. Everything saved before is safe."
)
_IO_ERROR = (
    "The disk reported an error while saving, so the change was not saved. Everything saved "
    "before is safe. If this happens again, check the disk and make a backup."
)


# Some paths (the backup API among them) raise without an error code; SQLite's messages for
# these codes are fixed strings (sqlite3ErrStr), so they identify the code reliably.
_MESSAGES = {
    "database or disk is full": SQLITE_FULL,
    "disk I/O error": SQLITE_IOERR,
    "unable to open database file": SQLITE_CANTOPEN,
    "attempt to write a readonly database": SQLITE_READONLY,
    "access permission denied": SQLITE_PERM,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
}


def _code_from_message(message: str) -> int | None:
    return _MESSAGES.get(message.strip())


def map_error(exc: BaseException) -> BaseException:
    """The `CaseFileError` for a low-level error, or `exc` itself if it is not one we expect.

    Constraint failures (a refused UPDATE on the chronology, a bad foreign key) are left as
    they are: they are programming errors, not something to word for the user.
    """
    original: BaseException = exc
    if isinstance(exc, CaseFileError):
        return exc
    if isinstance(exc, sqlcipher3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else _code_from_message(str(exc))
        if primary == SQLITE_FULL:
            return WriteFailed(_DISK_FULL)
        if primary in (SQLITE_IOERR, SQLITE_CANTOPEN):
            return WriteFailed(_IO_ERROR)
        if primary in (SQLITE_READONLY, SQLITE_PERM):
            return WriteFailed(_NO_PERMISSION)
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return OpenElsewhere()
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return CaseFileDamaged()
        return original
    if isinstance(exc, OSError):
        if isinstance(exc, FileExistsError):
            return CaseFileExists()
        if exc.errno in _NO_SPACE_ERRNOS:
            return WriteFailed(_DISK_FULL)
        if isinstance(exc, PermissionError) or exc.errno in _NO_PERMISSION_ERRNOS:
            return WriteFailed(_NO_PERMISSION)
        return WriteFailed(_IO_ERROR)
    return exc


@contextmanager
def translate_errors() -> Iterator[None]:
    """Re-raise expected low-level errors inside the block as `CaseFileError`s."""
    try:
        yield
    except (sqlcipher3.Error, OSError) as exc:
        mapped = map_error(exc)
        if mapped is exc:
            raise
        raise mapped from exc
