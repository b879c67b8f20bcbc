"""Temporary data never reaches the disk: temp_store is MEMORY on every connection.

SQLite unlinks its temp files the moment it opens them, so listing a folder afterwards
proves nothing. On Linux, inotify sees every file created in the folder while it watches.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ypsi_desktop.storage.connection import connect_keyed
from ypsi_desktop.storage.database import CaseFile, open_case_file

REPO = Path(__file__).resolve().parents[2]
IN_CREATE = 0x00000100
IN_NONBLOCK = 0o4000


@contextmanager
def files_created_in(folder: Path) -> Iterator[list[int]]:
    """Watch `folder` for IN_CREATE during the block; appends the bytes of events seen."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    fd = libc.inotify_init1(IN_NONBLOCK)
    if fd < 0:
        pytest.skip("inotify is not available here")
    try:
        if libc.inotify_add_watch(fd, os.fsencode(folder), IN_CREATE) < 0:
            pytest.skip("inotify cannot watch the temp folder")
        result: list[int] = []
        yield result
        events = 0
        while True:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                break
            events += len(chunk)  # bytes of inotify events: zero means nothing was created
            if not chunk:
                break
        result.append(events)
    finally:
        os.close(fd)


_SORT = """
import os, sys
sys.path.insert(0, {repo!r})
from pathlib import Path
import sqlcipher3
from ypsi_desktop.storage.database import open_case_file
key = bytes.fromhex(sys.argv[2])
if sys.argv[3] == "app":
    case = open_case_file(Path(sys.argv[1]), key)
    conn = case.conn
else:  # the control: what happens without the pin
    conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = \\"x'" + sys.argv[2] + "'\\"")
    conn.execute("PRAGMA temp_store = " + sys.argv[3])
conn.execute("PRAGMA cache_size = 50")  # small cache: the sorter must spill somewhere
conn.execute("CREATE TEMP TABLE junk (t TEXT)")
conn.executemany("INSERT INTO junk VALUES (?)", ((os.urandom(600).hex(),) for _ in range(4000)))
rows = conn.execute("SELECT t FROM junk ORDER BY t DESC").fetchall()
conn.execute("DROP TABLE junk")
conn.execute("VACUUM")  # rebuilds the whole file through a temporary database
print(len(rows), conn.execute("PRAGMA temp_store").fetchone()[0])
"""


def _sort_in_child(case_path: Path, key: bytes, mode: str, temp: Path) -> tuple[str, int]:
    env = {**os.environ, "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}
    with files_created_in(temp) as created:
        result = subprocess.run(
            [sys.executable, "-c", _SORT.format(repo=str(REPO)), str(case_path), key.hex(), mode],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip(), created[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses inotify")
def test_large_sort_and_vacuum_create_no_temp_file(
    case_path: Path, data_key: bytes, tmp_path: Path
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    # Control: with the pin removed, the same sort does write a temp file here.
    _out, control_events = _sort_in_child(case_path, data_key, "FILE", temp)
    assert control_events > 0, "the control sort did not spill; the test proves nothing"
    out, events = _sort_in_child(case_path, data_key, "app", temp)
    assert out == "4000 2"
    assert events == 0
    assert list(temp.iterdir()) == []


def test_temp_store_is_memory_on_every_connection(
    case: CaseFile, case_path: Path, data_key: bytes, tmp_path: Path
) -> None:
    assert case.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    other = tmp_path / "other.db"
    conn = connect_keyed(other, data_key)
    try:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    finally:
        conn.close()


def test_temp_store_is_memory_on_readonly_connections(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key, readonly=True) as case:
        assert case.conn.execute("PRAGMA temp_store").fetchone()[0] == 2


# --- source rules: checked over the whole package, so later code cannot slip ------------------

PACKAGE = REPO / "ypsi_desktop"
_TEMP_STORE = re.compile(r"temp_store\s*=\s*['\"]?([A-Za-z0-9_]+)", re.IGNORECASE)


def _sources() -> Iterator[tuple[Path, str]]:
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in {".py", ".sql"} and path.is_file():
            yield path, path.read_text(encoding="utf-8", errors="replace")


def test_no_code_sets_temp_store_to_file() -> None:
    offenders = []
    for path, text in _sources():
        for match in _TEMP_STORE.finditer(text):
            if match.group(1).upper() not in {"MEMORY", "2"}:
                offenders.append(f"{path.relative_to(REPO)}: {match.group(0)}")
        if re.search(r"temp_store_directory|\btemp_store\s*\(", text, re.IGNORECASE):
            offenders.append(f"{path.relative_to(REPO)}: temp_store_directory")
    assert offenders == []


def test_no_code_writes_a_plaintext_copy() -> None:
    forbidden = re.compile(r"KEY\s*(''|\"\")|sqlcipher_export|plaintext_header", re.IGNORECASE)
    offenders = [
        f"{path.relative_to(REPO)}: {match.group(0)}"
        for path, text in _sources()
        for match in forbidden.finditer(text)
    ]
    assert offenders == []
