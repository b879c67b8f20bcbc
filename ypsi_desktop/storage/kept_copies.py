"""The older copies of a case file the app keeps beside it, and removing them.

Before a migration the app copies the file to `FILE.pre-vNNNN.bak`; a restore keeps the file it
replaced (and its key files and journal) as `FILE.replaced-STAMP.bak` and the like, and a
restore that fails puts its attempt aside as `FILE.failed-restore-STAMP.bak`. Each is encrypted,
but each holds the records as they were then, including any disposed of since, so they must
not outlive their use: the app lists them and a DSL removes them once a checked backup exists.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ypsi_desktop.storage.files import fsync_dir

# What follows FILE's own name in a kept copy's name: an optional key-file part (the key files
# are kept at a restore too), the reason the copy was kept, and an optional journal.
KEPT_COPY_SUFFIX = re.compile(
    r"(?:\.keys(?:\.bak)?)?"
    r"\.(?:pre-v\d{4}(?:\.\d+)?|replaced-[^/\\]+|failed-restore-[^/\\]+)\.bak(?:-journal)?$"
)


def kept_copies(case_file: Path) -> list[Path]:
    """The kept copies beside `case_file`, by name. A folder that cannot be read: none."""
    case_file = Path(case_file)
    prefix = case_file.name + "."
    try:
        names = sorted(os.listdir(case_file.parent))
    except OSError:
        return []
    return [
        case_file.with_name(name)
        for name in names
        if name.startswith(prefix)
        and KEPT_COPY_SUFFIX.fullmatch(name[len(case_file.name) :]) is not None
    ]


def remove_kept_copies(case_file: Path) -> int:
    """Delete every kept copy beside `case_file`; returns how many were deleted."""
    removed = 0
    for copy in kept_copies(case_file):
        try:
            os.unlink(copy)
        except FileNotFoundError:
            continue
        removed += 1
    if removed:
        fsync_dir(Path(case_file).parent)
    return removed
