"""Confidentiality and durability when the process dies: canaries and SIGKILL trials.

Saves run in a forked child that reports each committed chronology id down a pipe; the
parent kills it with SIGKILL at a random moment and then checks, like a user reopening the
file after a power cut, that every committed record is there, whole, and the history holds.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import pytest
from casefile_helpers import child_exit, every_file_bytes
from conftest import DSL_ID

from ypsi_desktop.storage.audit import AuditAction, add_chronology_entry, append_audit
from ypsi_desktop.storage.chain import verify_chain
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.database import open_case_file
from ypsi_desktop.storage.drafts import list_drafts, load_draft, save_draft
from ypsi_desktop.storage.errors import WrongKey
from ypsi_desktop.storage.integrity import check

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

CANARY = "CANARY-2f9d41b7e0"


@pytest.fixture
def case_path(case_path_with_incidents: Path) -> Path:
    """These tests write chronology entries, which belong to incidents."""
    return case_path_with_incidents


def _save(conn: Any, n: int, body_size: int = 200) -> int:
    """One save as the app makes it: a chronology entry, its audit entry and a draft update."""
    with transaction(conn):
        entry = add_chronology_entry(
            conn,
            incident_id=1 + n % 5,
            author_id=DSL_ID,
            occurred_at="2025-02-03T10:00:00",
            kind="note",
            body=f"save {n}: {CANARY} " + "x" * body_size,
        )
        save_draft(
            conn,
            user_id=DSL_ID,
            record_type="incident",
            record_id=1,
            content=f"draft after {entry.id} {CANARY}",
        )
    return entry.id


def _assert_no_canary(folder: Path) -> None:
    for name, data in every_file_bytes(folder).items():
        assert CANARY.encode() not in data, f"canary in plain bytes of {name}"


def test_canary_absent_from_every_file_after_commit(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        for n in range(20):
            _save(case.conn, n)
        append_audit(
            case.conn, user_id=DSL_ID, action=AuditAction.PRINT, detail=f"printed {CANARY}"
        )
        _assert_no_canary(case_path.parent)  # while open, journal present
    _assert_no_canary(case_path.parent)


def _kill_mid_transaction(case_path: Path, data_key: bytes) -> None:
    """Leave a hot journal: a child writes a large transaction and is killed before commit."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: a big transaction that spills pages to the file, then waits
        try:
            os.close(read_end)
            case = open_case_file(case_path, data_key)
            case.conn.execute("BEGIN IMMEDIATE")
            for n in range(400):
                add_chronology_entry(
                    case.conn,
                    incident_id=5,
                    author_id=DSL_ID,
                    occurred_at="2025-01-01",
                    kind="note",
                    body=f"{CANARY} uncommitted {n} " + "y" * 4000,
                )
            save_draft(case.conn, user_id=DSL_ID, record_type="incident", content=CANARY * 50)
            append_audit(case.conn, user_id=DSL_ID, action=AuditAction.VIEW, detail=CANARY)
            os.write(write_end, b"ready\n")
            time.sleep(60)
        except BaseException:
            traceback.print_exc()
        finally:
            child_exit(1)
    os.close(write_end)
    try:
        assert os.read(read_end, 100) == b"ready\n"
        journal = case_path.with_name(case_path.name + "-journal")
        assert journal.stat().st_size > 0  # a hot journal is really there
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    finally:
        os.close(read_end)


def test_canary_absent_after_sigkill_mid_transaction(case_path: Path, data_key: bytes) -> None:
    _kill_mid_transaction(case_path, data_key)
    _assert_no_canary(case_path.parent)  # file and hot journal, both encrypted
    with open_case_file(case_path, data_key) as case:  # rolls the hot journal back
        assert case.conn.execute("SELECT count(*) FROM chronology").fetchone()[0] == 0
        assert check(case.conn).ok
    _assert_no_canary(case_path.parent)


def test_wrong_key_never_replays_a_hot_journal(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        _save(case.conn, 1)
    _kill_mid_transaction(case_path, data_key)
    before = case_path.read_bytes()
    with pytest.raises(WrongKey):
        open_case_file(case_path, os.urandom(32))
    assert case_path.read_bytes() == before
    with open_case_file(case_path, data_key) as case:
        assert case.conn.execute("SELECT count(*) FROM chronology").fetchone()[0] == 1
        assert check(case.conn).ok


def _saver(case_path: Path, key: bytes, write_end: int, start: int) -> None:
    """Child: save records as fast as it can, reporting each commit."""
    try:
        case = open_case_file(case_path, key)
        n = start
        while True:
            entry_id = _save(case.conn, n, body_size=random.randint(10, 6000))
            os.write(write_end, f"{entry_id}\n".encode())
            n += 1
    except BaseException:
        traceback.print_exc()
    finally:
        child_exit(1)


@pytest.mark.slow
def test_hundred_sigkills_during_saves(case_path: Path, data_key: bytes) -> None:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    committed: set[int] = set()
    started = time.perf_counter()
    for trial in range(100):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _saver(case_path, data_key, write_end, trial * 1000)
        os.close(write_end)
        # Wait for the first commit so the kill lands among saves, not during start-up.
        reported = b""
        if select.select([read_end], [], [], 10)[0]:
            reported = os.read(read_end, 65536)
        time.sleep(rng.uniform(0, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):
            reported += chunk
        os.close(read_end)
        committed.update(int(x) for x in reported.split())

        with open_case_file(case_path, data_key) as case:
            present = {row[0] for row in case.conn.execute("SELECT id FROM chronology")}
            missing = committed - present
            assert not missing, f"trial {trial}: committed records lost: {sorted(missing)[:5]}"
            report = check(case.conn)
            assert report.ok, (trial, report.lines)
            # The draft is whole and from the last save or the one the kill interrupted.
            drafts = list_drafts(case.conn, user_id=DSL_ID)
            if committed:
                draft = load_draft(case.conn, user_id=DSL_ID, record_type="incident", record_id=1)
                assert draft is not None and draft.content.endswith(CANARY)
                assert int(draft.content.split()[2]) >= max(committed)
            assert len(drafts) <= 1
    elapsed = time.perf_counter() - started
    with open_case_file(case_path, data_key) as case:
        assert verify_chain(case.conn).ok
    print(
        f"\n100 SIGKILL trials: {len(committed)} committed saves survived, {elapsed:.1f} s",
        file=sys.stderr,
    )
    assert len(committed) >= 100  # every trial got at least one save in before its kill
    assert elapsed < 60
