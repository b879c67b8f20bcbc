"""A full disk during key rotation or a passphrase change: a clear error, and the file still
opens with the passphrases that opened it before, with every record intact."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.users import add_user, rotate_key, set_own_passphrase
from ypsi_desktop.storage.errors import WriteFailed
from ypsi_desktop.storage.integrity import check
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_errors import HeaderWriteFailed

DSL, DSL_PASS = "Alex Example", "blue-kettle-marsh-41-orbit"
DEPUTY, DEPUTY_PASS = "Sam Sample", "green-ladder-pond-73-vessel"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    where = tmp_path / "usb"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the disk until only about `leave` bytes are free."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as out:
        out.write(b"\0" * max(free - leave, 0))
    return filler


def _make(folder: Path) -> Path:
    path = folder / "case.ypsi"
    session, _ = sessions.create(
        path, user_name=DSL, passphrase=DSL_PASS, kdf=KdfParams.for_tests()
    )
    with session:
        add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASS)
        for n in range(40):
            session.audit(sessions.AuditAction.VIEW, "incident", n)
    return path


def _still_whole(path: Path) -> None:
    for name, passphrase in ((DSL, DSL_PASS), (DEPUTY, DEPUTY_PASS)):
        with sessions.unlock(path, user_name=name, passphrase=passphrase) as session:
            report = check(session.conn)
            assert report.ok, report.problems
            views = session.conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'view'"
            ).fetchone()[0]
            assert views == 40


@pytest.mark.parametrize("leave", [0, 2_000, 12_000, 40_000])
def test_key_rotation_on_a_full_disk_fails_cleanly_and_loses_nothing(
    small_disk: Path, leave: int
) -> None:
    path = _make(small_disk)
    session = sessions.unlock(path, user_name=DSL, passphrase=DSL_PASS)
    filler = _fill(small_disk, leave)
    try:
        rotate_key(session)
        rotated = True
    except (WriteFailed, HeaderWriteFailed) as error:
        rotated = False
        assert (
            "space" in str(error) or "could not be saved" in str(error) or "written" in str(error)
        )
    finally:
        try:
            session.close()
        except (WriteFailed, HeaderWriteFailed):
            session.case.close()  # closing writes an audit entry; the disk may refuse it
    filler.unlink()
    _still_whole(path)
    if leave == 0:
        assert not rotated, "a rotation cannot succeed with no free space at all"


def test_passphrase_change_on_a_full_disk_keeps_the_old_passphrase(small_disk: Path) -> None:
    path = _make(small_disk)
    session = sessions.unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASS)
    filler = _fill(small_disk, 0)
    with pytest.raises((WriteFailed, HeaderWriteFailed)):
        set_own_passphrase(session, "quiet-harbour-stone-58-lantern")
    session.case.close()
    filler.unlink()
    _still_whole(path)


def test_a_removal_interrupted_after_the_rekey_is_finished_at_the_next_sign_in(
    tmp_path: Path,
) -> None:
    from ypsi_desktop.services.session import rekey_safely

    path = tmp_path / "case.ypsi"
    session, _ = sessions.create(
        path, user_name=DSL, passphrase=DSL_PASS, kdf=KdfParams.for_tests()
    )
    deputy = add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASS)
    slot = session.conn.execute("SELECT slot_id FROM users WHERE id = ?", (deputy.id,)).fetchone()[
        0
    ]
    # The steps of a removal up to the point where the app stops (a power cut, say):
    new_key = session.keys.begin_rotation(session.data_key, remove_slot_ids=[slot])
    session.case, done = rekey_safely(session.case, session.data_key, new_key)
    assert done
    session.keys.commit_rotation(new_key)
    session.case.close()  # ... and nothing more: the users row still looks current
    with sessions.unlock(path, user_name=DSL, passphrase=DSL_PASS) as again:
        names = [u.name for u in sessions.active_users(again)]
        assert names == [DSL]
        row = again.conn.execute(
            "SELECT removed_at FROM users WHERE id = ?", (deputy.id,)
        ).fetchone()
        assert row[0] is not None
