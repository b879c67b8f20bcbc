"""Replacing the data key (after removing someone) without ever losing the way into the file.

The protocol under test is the one in `ypsi_desktop/storage/keys.py`'s docstring: begin (header
gains a pending key), `PRAGMA rekey`, commit; on every open, try the current key, then the
pending one, and finish or abandon accordingly. `open_case` below is that caller-side protocol,
written as the database code will write it.
"""

from __future__ import annotations

import inspect
import json
import os
import random
import signal
import subprocess
import sys
import time
from hashlib import sha256
from pathlib import Path

import pytest
import sqlcipher3

from ypsi_desktop.storage import key_header_copies
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_errors import (
    LastUserSlot,
    PassphraseNotRecognised,
    RotationPending,
    SlotNotForThisFile,
    UnknownUser,
    WrongDataKey,
)
from ypsi_desktop.storage.key_header import canonical
from ypsi_desktop.storage.key_slot import open_slot, passphrase_secret
from ypsi_desktop.storage.keys import ChainAnchor, KeyStore, NewCaseFileKeys

REPO = Path(__file__).resolve().parents[2]
NAME = "Jane Smith"
PASSPHRASE = "correct horse battery staple"


# --- the caller's side of the protocol (also run inside the SIGKILLed child) -----------------


def db_connect(path: Path, key: bytearray) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # proves the key
    return conn


def db_opens(path: Path, key: bytearray) -> bool:
    try:
        db_connect(path, key).close()
    except sqlcipher3.DatabaseError:
        return False
    return True


def db_rekey(path: Path, key: bytearray, new_key: bytearray) -> None:
    conn = db_connect(path, key)
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    conn.close()


def open_case(store: KeyStore, path: Path) -> tuple[bytearray, str]:
    """The key that opens the database, rolling an interrupted rotation forward."""
    keys = store.unlock("Jane Smith", "correct horse battery staple")
    if db_opens(path, keys.data_key):
        if keys.pending_key is None:
            return keys.data_key, "current"
        db_rekey(path, keys.data_key, keys.pending_key)  # the rekey never happened: do it now
        store.commit_rotation(keys.pending_key)
        return keys.pending_key, "current, rotation rolled forward"
    if keys.pending_key is not None and db_opens(path, keys.pending_key):
        store.commit_rotation(keys.pending_key)  # the rekey happened; finish the header
        return keys.pending_key, "pending, rotation finished"
    raise AssertionError("neither the current nor the pending key opens the database")


def rotate(store: KeyStore, path: Path, key: bytearray, remove: tuple[str, ...] = ()) -> bytearray:
    new_key = store.begin_rotation(key, remove_slot_ids=remove)
    db_rekey(path, key, new_key)
    store.commit_rotation(new_key)
    return new_key


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def case(tmp_path: Path) -> Path:
    return tmp_path / "case.ypsi"


@pytest.fixture
def store(case: Path) -> KeyStore:
    return KeyStore(case, kdf=KdfParams.for_tests())


@pytest.fixture
def created(store: KeyStore, case: Path) -> NewCaseFileKeys:
    keys = store.create(NAME, PASSPHRASE)
    conn = db_connect(case, keys.data_key)
    conn.execute("CREATE TABLE notes (n INTEGER)")
    conn.execute("INSERT INTO notes VALUES (1)")
    conn.close()
    return keys


def _rows(case: Path, key: bytearray) -> int:
    conn = db_connect(case, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])
    finally:
        conn.close()


# --- tests -----------------------------------------------------------------------------------


def test_rotation_gives_every_slot_the_new_key_without_their_passphrases(
    store: KeyStore, created: NewCaseFileKeys, case: Path
) -> None:
    store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    new_key = rotate(store, case, created.data_key)
    assert new_key != created.data_key
    assert store.unlock(NAME, PASSPHRASE).data_key == new_key
    assert store.unlock("Dev Deputy", "deputy passphrase").data_key == new_key
    assert store.unlock_with_recovery_key(created.recovery_key).data_key == new_key
    assert store.summary().epoch == 2 and not store.summary().rotation_pending
    assert not db_opens(case, created.data_key) and _rows(case, new_key) == 1
    with pytest.raises(WrongDataKey):
        store.add_user(created.data_key, "Old Key", "the old key is refused")


def test_a_removed_user_cannot_open_anything_after_rotation(
    store: KeyStore, created: NewCaseFileKeys, case: Path
) -> None:
    deputy = store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    new_key = rotate(store, case, created.data_key, remove=(deputy,))
    header = key_header_copies.load(case).header
    assert deputy not in {slot.slot_id for slot in header.slots}
    for slot in header.slots:
        with pytest.raises(PassphraseNotRecognised):
            open_slot(
                header.file_id, slot, passphrase_secret("deputy passphrase"), header.key, None
            )
    assert store.unlock(NAME, PASSPHRASE).data_key == new_key
    assert not db_opens(case, created.data_key)  # the key the deputy may remember is dead


def test_rotation_cannot_remove_everyone_or_someone_unknown(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    with pytest.raises(LastUserSlot):
        store.begin_rotation(created.data_key, remove_slot_ids=[created.slot_id])
    with pytest.raises(UnknownUser):
        store.begin_rotation(created.data_key, remove_slot_ids=["00" * 16])
    assert not store.summary().rotation_pending


def test_abandoning_keeps_the_old_key_and_the_removal(
    store: KeyStore, created: NewCaseFileKeys, case: Path
) -> None:
    deputy = store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    store.begin_rotation(created.data_key, remove_slot_ids=[deputy])
    keys = store.unlock(NAME, PASSPHRASE)
    assert keys.pending_key is not None and db_opens(case, keys.data_key)
    store.abandon_rotation(keys.data_key)
    assert not store.summary().rotation_pending
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key
    with pytest.raises(UnknownUser):
        store.unlock("Dev Deputy", "deputy passphrase")


def test_anchor_survives_rotation_and_reads_with_either_key_midway(
    store: KeyStore, created: NewCaseFileKeys, case: Path
) -> None:
    store.update_anchor(created.data_key, ChainAnchor(12, "ab" * 32))
    new_key = store.begin_rotation(created.data_key)
    assert store.read_anchor(created.data_key) == ChainAnchor(12, "ab" * 32)
    assert store.read_anchor(new_key) == ChainAnchor(12, "ab" * 32)
    store.commit_rotation(new_key)
    assert store.read_anchor(new_key) == ChainAnchor(12, "ab" * 32)


def test_other_changes_wait_while_a_rotation_is_pending(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    new_key = store.begin_rotation(created.data_key)
    for change in (
        lambda: store.add_user(created.data_key, "Dev Deputy", "deputy passphrase"),
        lambda: store.change_passphrase(NAME, PASSPHRASE, "a brand new passphrase"),
        lambda: store.update_anchor(created.data_key, ChainAnchor(1, "ab" * 32)),
        lambda: store.begin_rotation(created.data_key),
        lambda: store.replace_recovery_key(created.data_key),
    ):
        with pytest.raises(RotationPending):
            change()
    with pytest.raises(WrongDataKey):
        store.commit_rotation(created.data_key)
    with pytest.raises(WrongDataKey):
        store.abandon_rotation(new_key)
    store.commit_rotation(new_key)
    store.commit_rotation(new_key)  # repeating the last step is harmless


def test_a_pending_seal_cannot_pass_for_the_current_one(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    store.begin_rotation(created.data_key)
    for path in store.paths:
        document = json.loads(path.read_bytes())
        del document["checksum"]
        for slot in document["slots"]:
            slot["wrap"] = slot["pending_wrap"]
        document["checksum"] = sha256(canonical(document)).hexdigest()
        path.write_bytes(canonical(document) + b"\n")
    with pytest.raises(SlotNotForThisFile):
        store.unlock(NAME, PASSPHRASE)


class Crash(BaseException):
    """Stands for the power going off: raised instead of the n-th durable step."""


@pytest.mark.parametrize(
    ("crash_at", "expected", "deputy_removed"),
    [
        (1, "current", False),  # before the main header copy gains the pending key
        (2, "current, rotation rolled forward", True),  # main copy has it, second not yet
        (3, "current, rotation rolled forward", True),  # both copies have it; no rekey yet
        (4, "pending, rotation finished", True),  # rekeyed; header not yet committed
        (5, "current", True),  # main copy committed, second copy not yet (repaired on read)
        (6, "current", True),  # no crash at all
    ],
)
def test_a_crash_at_every_step_leaves_a_key_that_opens_the_database(
    store: KeyStore,
    created: NewCaseFileKeys,
    case: Path,
    monkeypatch: pytest.MonkeyPatch,
    crash_at: int,
    expected: str,
    deputy_removed: bool,
) -> None:
    deputy = store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    steps = 0

    def step() -> None:
        nonlocal steps
        steps += 1
        if steps == crash_at:
            raise Crash

    real_replace = key_header_copies.replace_file

    def replace_or_crash(source: Path, target: Path) -> None:
        step()
        real_replace(source, target)

    monkeypatch.setattr(key_header_copies, "replace_file", replace_or_crash)
    try:
        new_key = store.begin_rotation(created.data_key, remove_slot_ids=[deputy])
        step()  # the rekey is one atomic step
        db_rekey(case, created.data_key, new_key)
        store.commit_rotation(new_key)
    except Crash:
        pass
    monkeypatch.undo()

    key, how = open_case(KeyStore(case, kdf=KdfParams.for_tests()), case)
    assert how == expected
    assert _rows(case, key) == 1
    assert (key == created.data_key) is (not deputy_removed)  # the caller can tell which
    assert (deputy not in store.summary().user_slot_ids) is deputy_removed
    # and the file is settled: no rotation pending, every route gives the same key
    assert not store.summary().rotation_pending
    assert store.unlock_with_recovery_key(created.recovery_key).data_key == key
    assert open_case(store, case) == (key, "current")


_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
import sqlcipher3
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.keys import KeyStore

{helpers}

case = Path({case!r})
store = KeyStore(case, kdf=KdfParams.for_tests())
print("ready", flush=True)
while True:
    key, how = open_case(store, case)
    conn = db_connect(case, key)
    conn.execute("INSERT INTO notes VALUES (1)")
    conn.close()
    rotate(store, case, key)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments_during_rotations_never_loses_the_file(
    store: KeyStore, created: NewCaseFileKeys, case: Path
) -> None:
    helpers = "\n\n".join(
        inspect.getsource(f) for f in (db_connect, db_opens, db_rekey, open_case, rotate)
    )
    script = _CHILD.format(repo=str(REPO), helpers=helpers, case=str(case))
    seed = int.from_bytes(os.urandom(4), "big")
    chance = random.Random(seed)
    outcomes: dict[str, int] = {}
    rows = 1
    for _ in range(30):
        child = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n", child.stderr.read() if child.stderr else ""
        time.sleep(chance.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL, (seed, child.stderr and child.stderr.read())
        key, how = open_case(KeyStore(case, kdf=KdfParams.for_tests()), case)
        outcomes[how] = outcomes.get(how, 0) + 1
        now = _rows(case, key)
        assert now >= rows, seed  # whole transactions only, nothing lost
        rows = now
    assert sum(outcomes.values()) == 30
    assert rows > 30, seed  # the child really was rotating and writing between kills
    print(f"seed {seed}: {outcomes}, {rows} rows")


_PASSWD_CHILD = """
import sys
sys.path.insert(0, {repo!r})
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_errors import PassphraseNotRecognised
from ypsi_desktop.storage.keys import KeyStore

store = KeyStore({case!r}, kdf=KdfParams.for_tests())
words = ({first!r}, {second!r})
try:
    store.unlock({name!r}, words[0])
    now = 0
except PassphraseNotRecognised:
    now = 1
print("ready", flush=True)
while True:
    store.change_passphrase({name!r}, words[now], words[1 - now])
    now = 1 - now
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_passphrase_changes_leaves_the_old_or_the_new_one_working(
    store: KeyStore, created: NewCaseFileKeys, case: Path
) -> None:
    """SECURITY.md item 11: after a kill mid-change, the old or the new passphrase opens the
    file, never neither, and the data pages are untouched (a change rewrites one slot)."""
    second = "a second passphrase, also made up"
    script = _PASSWD_CHILD.format(
        repo=str(REPO), case=str(case), name=NAME, first=PASSPHRASE, second=second
    )
    data_before = case.read_bytes()
    seed = int.from_bytes(os.urandom(4), "big")
    chance = random.Random(seed)
    works: dict[str, int] = {}
    for _ in range(25):
        child = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n", child.stderr.read() if child.stderr else ""
        time.sleep(chance.uniform(0.0, 0.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL, (seed, child.stderr and child.stderr.read())
        fresh = KeyStore(case, kdf=KdfParams.for_tests())
        opened = []
        for label, words in (("first", PASSPHRASE), ("second", second)):
            try:
                opened.append((label, fresh.unlock(NAME, words).data_key))
            except PassphraseNotRecognised:
                continue
        assert len(opened) == 1, (seed, opened)  # exactly one of the two, never neither
        assert opened[0][1] == created.data_key, seed
        works[opened[0][0]] = works.get(opened[0][0], 0) + 1
    assert case.read_bytes() == data_before, "a passphrase change never touches the data"
    assert set(works) == {"first", "second"}, (seed, works)  # the changes really ran
