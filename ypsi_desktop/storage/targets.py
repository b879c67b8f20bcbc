"""Where a file the user asked for (an export, a saved PDF) may go: anywhere but over a case
file or one of its companions.

An export or a PDF replaces a file of the same name, as any save does; but if the name chosen
were the case file itself, its key header, its journal or one of the copies kept beside it,
the encrypted records would be swapped for a readable file. That is refused, for any case file
on the disk, not only the one that is open.
"""

from __future__ import annotations

import re
from pathlib import Path

from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.kept_copies import KEPT_COPY_SUFFIX
from ypsi_desktop.storage.key_header_copies import BACKUP_SUFFIX, PRIMARY_SUFFIX

# What sits beside FILE: its key header copies and SQLite's journals; the copies the app keeps
# are matched by kept_copies.KEPT_COPY_SUFFIX.
# Either may be typed in any case: Windows and macOS folders ignore it.
_COMPANION = re.compile(r"(?:\.keys(?:\.bak)?|-journal|-wal|-shm)$", re.IGNORECASE)
_KEPT_COPY = re.compile(KEPT_COPY_SUFFIX.pattern, re.IGNORECASE)


class TargetIsCaseFile(CaseFileError):
    default_message = (
        "That name belongs to a case file, or to one of the files kept beside it, so nothing "
        "was written there. Choose another name."
    )


def _is_case_file(path: Path) -> bool:
    return (
        path.with_name(path.name + PRIMARY_SUFFIX).exists()
        or path.with_name(path.name + BACKUP_SUFFIX).exists()
    )


def refuse_case_file_target(path: Path) -> None:
    """Raise TargetIsCaseFile if writing to `path` would replace part of a case file."""
    try:
        target = Path(path).resolve()
    except (OSError, RuntimeError):  # a loop of links: the write itself will say so
        target = Path(path).absolute()
    if _is_case_file(target):
        raise TargetIsCaseFile()
    for pattern in (_KEPT_COPY, _COMPANION):
        found = pattern.search(target.name)
        if found is not None and found.start() > 0:
            if _is_case_file(target.with_name(target.name[: found.start()])):
                raise TargetIsCaseFile()
