"""File-system steps that must be done carefully: private modes, fsync, atomic placement.

Anything the storage layer writes outside SQLite goes to a temporary name in the destination
folder, is fsynced, and is renamed into place, so a crash leaves either the old file or the
new one, never half of one. POSIX-only calls (umask, fchmod, directory fsync) are guarded so
Windows degrades to what it offers (the folder's inherited ACLs, NTFS's own metadata journal).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POSIX = os.name == "posix"
PRIVATE_MODE = 0o600
_BINARY = getattr(os, "O_BINARY", 0)


@contextmanager
def private_umask() -> Iterator[None]:
    """Make files created in the block (SQLite's journal among them) readable by us alone.

    The umask is process-wide, so keep the block short. SQLite also gives its journal the
    database file's own mode, which is 0600; this is the second line of defence.
    """
    if not POSIX:
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600, failing if anything already has that name."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, PRIVATE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, PRIVATE_MODE)  # the umask may have removed bits, never added them
    finally:
        os.close(fd)


def tighten_mode(path: Path) -> None:
    """Remove group and other access from an existing file (POSIX only)."""
    if not POSIX:
        return
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode & 0o077:
        os.chmod(path, mode & 0o700)


def fsync_file(path: Path) -> None:
    # Windows can only flush a handle opened for writing.
    fd = os.open(path, (os.O_RDONLY if POSIX else os.O_RDWR) | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder for fsync; NTFS journals renames."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(final: Path, purpose: str) -> Path:
    """A hidden, unique sibling of `final`, so a rename into place never crosses a disk."""
    return final.with_name(f".{final.name}.{purpose}-{secrets.token_hex(4)}.tmp")


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a new 0600 file and fsync it."""
    create_private_file(path)
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def rename_no_clobber(source: Path, target: Path) -> None:
    """Rename, refusing to replace an existing target (which may be the only good copy)."""
    if POSIX:
        try:
            os.link(source, target)  # atomic, and fails with FileExistsError if target exists
        except FileExistsError:
            raise
        except OSError:
            # FAT, exFAT and some network shares have no hard links: check, then rename.
            if os.path.lexists(target):
                raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
            os.rename(source, target)
            return
        os.unlink(source)
    else:
        os.rename(source, target)  # Windows refuses to rename over an existing file


def remove_quietly(path: Path) -> None:
    """Remove a temporary file this process made; never used on a live case file."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")
