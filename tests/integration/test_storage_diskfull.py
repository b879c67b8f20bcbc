"""A full disk: the save or backup fails with a calm message and nothing saved before is lost.

Uses a small tmpfs mounted for the test (root on Linux); skipped with the reason otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DSL_ID

from ypsi_desktop.storage.audit import add_chronology_entry
from ypsi_desktop.storage.backup import backup_case_file
from ypsi_desktop.storage.chain import anchor, verify_chain
from ypsi_desktop.storage.database import CaseFile, open_case_file
from ypsi_desktop.storage.errors import WriteFailed
from ypsi_desktop.storage.integrity import check


@pytest.fixture
def case_path(case_path_with_incidents: Path) -> Path:
    """These tests write chronology entries, which belong to incidents."""
    return case_path_with_incidents


def _small_disk(where: Path, size: str) -> Iterator[Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("mounting a small tmpfs needs Linux")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    where.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {result.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _small_disk(tmp_path / "small", "1m")


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _small_disk(tmp_path / "tiny", "200k")


def _add(case: CaseFile, n: int, size: int) -> int:
    return add_chronology_entry(
        case.conn,
        incident_id=1,
        author_id=DSL_ID,
        occurred_at="2025-01-01",
        kind="note",
        body=f"entry {n} " + "z" * size,
    ).id


def _assert_calm(exc: WriteFailed) -> None:
    assert "not enough free space" in str(exc) and "Everything saved before is safe" in str(exc)


def test_save_on_a_full_disk_fails_cleanly(
    case_path: Path, data_key: bytes, small_disk: Path
) -> None:
    path = small_disk / "case.ypsi"
    shutil.copyfile(case_path, path)
    saved: list[int] = []
    with open_case_file(path, data_key) as case:
        with pytest.raises(WriteFailed) as caught:
            for n in range(10_000):
                saved.append(_add(case, n, 20_000))
        _assert_calm(caught.value)
        assert len(saved) > 3 and not case.conn.in_transaction
        present = {r[0] for r in case.conn.execute("SELECT id FROM chronology")}
        assert present == set(saved)
        assert check(case.conn).ok
        head = anchor(case.conn)
    with open_case_file(path, data_key) as case:  # reopens on the still-full disk
        present = {r[0] for r in case.conn.execute("SELECT id FROM chronology")}
        assert present == set(saved)
        report = check(case.conn, expected_anchor=head)
        assert report.ok, report.lines
        assert verify_chain(case.conn).ok


def test_backup_to_a_full_disk_fails_cleanly(
    case_path: Path, data_key: bytes, tiny_disk: Path
) -> None:
    keys = case_path.with_name("case.ypsi.keys")
    keys.write_bytes(b"key header bytes")
    with open_case_file(case_path, data_key) as case:
        saved = [_add(case, n, 3000) for n in range(150)]  # larger than the tiny disk
        with pytest.raises(WriteFailed) as caught:
            backup_case_file(
                case,
                data_key,
                tiny_disk / "backup.ypsi",
                user_id=DSL_ID,
                extra_files=[(keys, "backup.ypsi.keys")],
            )
        _assert_calm(caught.value)
        assert list(tiny_disk.iterdir()) == []  # no partial backup, no temp file left
        assert {r[0] for r in case.conn.execute("SELECT id FROM chronology")} == set(saved)
        details = [
            r[0]
            for r in case.conn.execute(
                "SELECT detail FROM audit_log WHERE action = 'backup' ORDER BY seq"
            )
        ]
        assert details == ["backup made", "backup failed"]
        assert check(case.conn).ok
