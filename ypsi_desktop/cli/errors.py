"""Turning what went wrong into one calm line and the documented exit code.

Exit codes: 0 success; 1 `check` found a problem; 2 usage, or a passphrase / recovery key not
recognised; 3 the file cannot be used (missing, not a case file, damaged header, open
elsewhere, newer version); 4 a write failed (disk full, permissions); 5 the acting user's role
does not allow it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ypsi_desktop.cli.main import CliError, ExitCode
from ypsi_desktop.services.passphrase_policy import WeakPassphrase
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileMissing, FileOlderThanItsKeys, SignInFailed
from ypsi_desktop.services.users import UserChangeRefused
from ypsi_desktop.storage.errors import CaseFileError, WriteFailed
from ypsi_desktop.storage.key_errors import (
    HeaderError,
    HeaderWriteFailed,
    KeyStoreError,
    PassphraseNotRecognised,
    RecoveryKeyMistyped,
)

_RULES: list[tuple[type[BaseException], ExitCode]] = [
    (NotAllowed, ExitCode.NOT_ALLOWED),
    (SignInFailed, ExitCode.USAGE),
    (PassphraseNotRecognised, ExitCode.USAGE),
    (RecoveryKeyMistyped, ExitCode.USAGE),
    (WeakPassphrase, ExitCode.USAGE),
    (UserChangeRefused, ExitCode.USAGE),
    (WriteFailed, ExitCode.WRITE_FAILED),
    (HeaderWriteFailed, ExitCode.WRITE_FAILED),
    (CaseFileMissing, ExitCode.UNUSABLE_FILE),
    (FileOlderThanItsKeys, ExitCode.UNUSABLE_FILE),
    (HeaderError, ExitCode.UNUSABLE_FILE),
    (CaseFileError, ExitCode.UNUSABLE_FILE),
    (KeyStoreError, ExitCode.USAGE),
]


def exit_code_for(error: BaseException) -> ExitCode | None:
    for kind, code in _RULES:
        if isinstance(error, kind):
            return code
    if isinstance(error, PermissionError | OSError):
        return ExitCode.WRITE_FAILED
    return None


def _message(error: BaseException) -> str:
    details = getattr(error, "details", ())
    text = str(error)
    if isinstance(error, OSError) and not isinstance(error, CaseFileError):
        text = (
            "A file could not be written or read: "
            f"{error.strerror or 'the system refused'}. Nothing saved before was changed."
        )
    return text + ("".join(f"\n  {line}" for line in details) if details else "")


@contextmanager
def human_errors() -> Iterator[None]:
    """Re-raise known failures as CliError with their exit code and message."""
    try:
        yield
    except CliError:
        raise
    except (ValueError, OSError, CaseFileError, KeyStoreError, NotAllowed) as error:
        code = exit_code_for(error)
        if code is None:
            code = ExitCode.USAGE if isinstance(error, ValueError) else ExitCode.WRITE_FAILED
        raise CliError(_message(error), code) from error
