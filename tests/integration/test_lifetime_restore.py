"""Restoring a backup made before a disposal: the app says the disposed records are coming
back, lists them in the restored file, and disposes of them again on request."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lifetime_helpers import MAIN_FIRST, PASSPHRASE, USER, build_scenario, new_session

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.lifetime import retention
from ypsi_desktop.services.lifetime.restore_check import (
    disposals_a_restore_would_undo,
    removed_user_names,
)
from ypsi_desktop.services.maintenance import backup, check_file, restore
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import active_users
from ypsi_desktop.services.users import add_user, remove_user, set_own_passphrase
from ypsi_desktop.storage.key_header_copies import header_paths
from ypsi_desktop.storage.person_repository import PersonRepository
from ypsi_desktop.storage.search import search

LATER = date(2040, 1, 1)


def test_a_restore_of_an_older_backup_warns_and_offers_to_dispose_again(tmp_path: Path) -> None:
    session = new_session(tmp_path)
    scenario = build_scenario(session)
    path = session.path
    person = PersonRepository(session.conn).get(scenario.main_id)
    assert person is not None
    reference = person.reference
    folder = tmp_path / "usb"
    folder.mkdir()
    made = backup(session, folder).path
    retention.dispose(
        session,
        scenario.main_id,
        reason="Retention period reached (test)",
        confirmation=reference,
        today=LATER,
    )
    session.close()

    before = disposals_a_restore_would_undo(made, path, user_name=USER, passphrase=PASSPHRASE)
    assert [r.reference for r in before] == [reference]

    outcome = restore(made, path, user_name=USER, passphrase=PASSPHRASE)
    assert [r.reference for r in outcome.disposals_undone] == [reference]
    assert reference in outcome.warning and "Dispose of them again" in outcome.warning

    with sessions.unlock(path, user_name=USER, passphrase=PASSPHRASE) as restored:
        assert PersonRepository(restored.conn).get(scenario.main_id) is not None
        undone = retention.undone_disposals(restored)
        assert [u.reference for u in undone] == [reference]
        assert undone[0].original_reason == "Retention period reached (test)"
        done, refused = retention.dispose_again(restored, LATER)
        assert refused == [] and [d.tombstone.reference for d in done] == [reference]
        assert PersonRepository(restored.conn).get(scenario.main_id) is None
        assert search(restored.conn, MAIN_FIRST) == []
        assert retention.undone_disposals(restored) == []
        assert check_file(restored).ok


def test_a_restore_of_a_backup_made_after_the_disposal_says_nothing(tmp_path: Path) -> None:
    session = new_session(tmp_path)
    scenario = build_scenario(session)
    path = session.path
    person = PersonRepository(session.conn).get(scenario.main_id)
    assert person is not None
    retention.dispose(
        session,
        scenario.main_id,
        reason="Reached (test)",
        confirmation=person.reference,
        today=LATER,
    )
    folder = tmp_path / "usb"
    folder.mkdir()
    made = backup(session, folder).path
    session.close()
    outcome = restore(made, path, user_name=USER, passphrase=PASSPHRASE)
    assert outcome.disposals_undone == () and outcome.warning == ""


DEPUTY, DEPUTY_PASS = "Deputy Madeup", "copper-willow-fen-29-anvil"
SECOND_DSL, SECOND_PASS = "Other Lead Madeup", "amber-cobble-reef-63-lintel"


def _file_with_a_leaver(tmp_path: Path) -> tuple[Path, Path]:
    """A file whose deputy and second DSL are in a backup but were removed after it."""
    session = new_session(tmp_path)
    add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASS)
    add_user(session, SECOND_DSL, UserRole.DSL, SECOND_PASS)
    folder = tmp_path / "usb"
    folder.mkdir()
    made = backup(session, folder).path
    remove_user(session, DEPUTY)
    remove_user(session, SECOND_DSL)
    path = session.path
    session.close()
    return path, made


def test_people_removed_since_the_backup_do_not_get_their_access_back(tmp_path: Path) -> None:
    path, made = _file_with_a_leaver(tmp_path)

    outcome = restore(made, path, user_name=USER, passphrase=PASSPHRASE)

    assert DEPUTY in outcome.warning and "removed again" in outcome.warning
    for name, passphrase in ((DEPUTY, DEPUTY_PASS), (SECOND_DSL, SECOND_PASS)):
        with pytest.raises(sessions.SignInFailed):
            sessions.unlock(path, user_name=name, passphrase=passphrase)
    with sessions.unlock(path, user_name=USER, passphrase=PASSPHRASE) as restored:
        assert [u.name for u in active_users(restored)] == [USER]
        assert check_file(restored).ok


def test_the_app_passes_the_names_it_saw_removed_when_the_backup_key_is_old(
    tmp_path: Path,
) -> None:
    # The removal re-encrypted the file; with the lead's passphrase changed as well, nothing
    # in the backup opens the current file, so only the names the app read are known.
    path, made = _file_with_a_leaver(tmp_path)
    with sessions.unlock(path, user_name=USER, passphrase=PASSPHRASE) as session:
        set_own_passphrase(session, "later-chosen-gravel-88-pylon")
        removed = removed_user_names(session.conn)
    assert set(removed) == {DEPUTY, SECOND_DSL}

    outcome = restore(made, path, user_name=USER, passphrase=PASSPHRASE, known_removed=removed)

    assert SECOND_DSL in outcome.warning
    with pytest.raises(sessions.SignInFailed):
        sessions.unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASS)


def test_without_the_app_the_current_key_files_say_who_was_removed(tmp_path: Path) -> None:
    # The command line or the sign-in screen: nothing passes the names, the lead's passphrase
    # changed since the backup, and the removal re-encrypted the file, so the file itself
    # cannot be read. Its key files, which need no key, still tell.
    path, made = _file_with_a_leaver(tmp_path)
    with sessions.unlock(path, user_name=USER, passphrase=PASSPHRASE) as session:
        set_own_passphrase(session, "later-chosen-gravel-88-pylon")

    outcome = restore(made, path, user_name=USER, passphrase=PASSPHRASE)

    assert DEPUTY in outcome.warning and SECOND_DSL in outcome.warning
    for name, passphrase in ((DEPUTY, DEPUTY_PASS), (SECOND_DSL, SECOND_PASS)):
        with pytest.raises(sessions.SignInFailed):
            sessions.unlock(path, user_name=name, passphrase=passphrase)


def test_someone_removed_cannot_restore_an_old_backup(tmp_path: Path) -> None:
    path, made = _file_with_a_leaver(tmp_path)
    before = path.read_bytes()
    # From the command line nothing says who was removed; the current key header, which has
    # no slot for them any more, does.
    with pytest.raises(NotAllowed, match="not a user of the current case file"):
        restore(made, path, user_name=SECOND_DSL, passphrase=SECOND_PASS)
    assert path.read_bytes() == before
    # With the current key header lost, the restore is how the file is mended: allowed.
    for header in header_paths(path):
        header.unlink()
    outcome = restore(made, path, user_name=USER, passphrase=PASSPHRASE)
    assert "could not check who has been removed" in outcome.warning  # said, not guessed
    with sessions.unlock(path, user_name=USER, passphrase=PASSPHRASE) as restored:
        assert check_file(restored).ok
