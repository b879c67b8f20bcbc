"""The two copies of the key header on disk: reading, choosing, repairing and writing them.

For a case file `FILE` the copies are `FILE.keys` (main) and `FILE.keys.bak` (second), written
with identical bytes; `FILE.keys.tmp-<hex>` is a transient name used while writing (a leftover
one, from a crash, is harmless and removed at the next write). The format is in key_header.

Why two copies and a generation number: a write replaces the main copy atomically, then the
second; a crash between the two leaves one copy a generation ahead, and the reader takes the
higher generation and rewrites the other. A copy that is missing, empty, truncated, random
bytes, has a bad checksum or holds anything out of bounds (KDF settings included) is simply
"damaged"; with one good copy it is repaired (and reported in `repairs`), with none the caller
gets HeaderMissing, HeaderTooNew or HeaderDamaged, never a traceback.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from ypsi_desktop.storage.key_errors import (
    HeaderDamaged,
    HeaderMissing,
    HeaderTooNew,
    HeaderWriteFailed,
)
from ypsi_desktop.storage.key_header import (
    MAX_HEADER_BYTES,
    TOO_NEW,
    Header,
    parse,
    serialise,
)

PRIMARY_SUFFIX = ".keys"
BACKUP_SUFFIX = ".keys.bak"
TEMP_INFIX = ".keys.tmp-"


def header_paths(case_file: str | os.PathLike[str]) -> tuple[Path, Path]:
    """(main copy, second copy) for a case file."""
    base = Path(case_file)
    return base.with_name(base.name + PRIMARY_SUFFIX), base.with_name(base.name + BACKUP_SUFFIX)


@dataclass(frozen=True)
class LoadedHeader:
    header: Header
    raw: bytes
    repairs: tuple[str, ...]


def _read_copy(path: Path) -> tuple[Header | None, bytes, str]:
    """(header or None, raw bytes, problem) for one copy; problem is "missing" or a reason."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        return None, b"", "missing"
    except OSError as error:
        return None, b"", f"unreadable: {type(error).__name__}"
    try:
        return parse(raw), raw, ""
    except ValueError as error:
        return None, raw, str(error)


def load(case_file: str | os.PathLike[str]) -> LoadedHeader:
    """The newest good copy, with the other copy rewritten from it if it was bad or older."""
    primary, backup = header_paths(case_file)
    first, first_raw, first_problem = _read_copy(primary)
    second, second_raw, second_problem = _read_copy(backup)
    if TOO_NEW in (first_problem, second_problem):
        # Never "repair" a copy written by a newer version: it may hold the only record of a
        # key change this version cannot understand.
        raise HeaderTooNew()
    if first is None and second is None:
        if first_problem == second_problem == "missing":
            raise HeaderMissing()
        raise HeaderDamaged(detail=f"main copy: {first_problem}; second copy: {second_problem}")
    if first is not None and second is not None and first.file_id != second.file_id:
        raise HeaderDamaged(
            "The two copies of the key header belong to different case files. Restore the case "
            "file together with its key header from a backup.",
            detail="file_id differs between copies",
        )
    if first is not None and (second is None or first.generation >= second.generation):
        good, good_raw = first, first_raw
        stale, stale_raw, stale_name = backup, second_raw, "second"
    else:
        assert second is not None
        good, good_raw = second, second_raw
        stale, stale_raw, stale_name = primary, first_raw, "main"
    repairs: list[str] = []
    if stale_raw != good_raw:
        try:
            _write_copy(stale, good_raw)
            repairs.append(
                f"The {stale_name} copy of the key header was damaged or out of date "
                "and has been rewritten from the other copy."
            )
        except OSError:
            repairs.append(
                f"The {stale_name} copy of the key header is damaged or out of date "
                "and could not be rewritten (the folder may be read-only)."
            )
    return LoadedHeader(good, good_raw, tuple(repairs))


def store(case_file: str | os.PathLike[str], header: Header) -> bytes:
    """Write both copies, main first, each atomically; raise HeaderWriteFailed on failure."""
    primary, backup = header_paths(case_file)
    raw = serialise(header)
    _remove_stale_temps(primary)
    try:
        _write_copy(primary, raw)
    except OSError:
        raise HeaderWriteFailed(committed=False) from None
    try:
        _write_copy(backup, raw)
    except OSError:
        raise HeaderWriteFailed(committed=True) from None
    return raw


def _write_copy(path: Path, raw: bytes) -> None:
    """Temp file in the same folder, fsync, atomic replace, fsync the folder (where possible).

    Created with mode 0600 (owner only) on POSIX; the mode is ignored on Windows, where the
    folder's ACL applies.
    """
    temp = path.with_name(_case_name(path) + TEMP_INFIX + secrets.token_hex(8))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(path.parent)


def _case_name(path: Path) -> str:
    name = path.name
    for suffix in (BACKUP_SUFFIX, PRIMARY_SUFFIX):
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    raise ValueError("not a key header path")


def replace_file(source: Path, target: Path) -> None:
    """os.replace (atomic on POSIX and NTFS); its own name so tests can crash between copies.

    On Windows a replace fails while another program (often a virus scanner) has the target
    open, so it is retried for about half a second there before giving up.
    """
    attempts = 10 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)


def _fsync_directory(folder: Path) -> None:
    """Make the rename durable. Windows cannot open a directory this way, and NTFS journals the
    rename itself, so there it is skipped."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_temps(primary: Path) -> None:
    """Temp files left by a crash hold only public header data; tidy them away."""
    pattern = glob.escape(_case_name(primary) + TEMP_INFIX) + "*"
    with contextlib.suppress(OSError):
        for leftover in primary.parent.glob(pattern):
            with contextlib.suppress(OSError):
                leftover.unlink()
