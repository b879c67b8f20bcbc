"""Restoring a backup made before a disposal: the app says the disposed records are coming
back, lists them in the restored file, and disposes of them again on request."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lifetime_helpers import MAIN_FIRST, PASSPHRASE, USER, build_scenario, new_session

from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.lifetime import retention
from ypsi_desktop.services.lifetime.restore_check import disposals_a_restore_would_undo
from ypsi_desktop.services.maintenance import backup, check_file, restore
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
