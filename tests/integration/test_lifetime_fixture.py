"""Lifetime records (legal holds, decisions to keep, subject access, transfers) in every
committed case file from schema 3 on still read whole with this code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.maintenance import check_file
from ypsi_desktop.storage import subject_access_store, transfer_store
from ypsi_desktop.storage.retention_store import list_holds

FIXTURES = [
    f
    for f in sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema-v*"))
    if int(f.name.removeprefix("schema-v")) >= 3
]


def test_there_is_a_fixture_with_lifetime_records() -> None:
    assert FIXTURES and FIXTURES[0].name == "schema-v0003"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_lifetime_records_open_whole(fixture: Path, tmp_path: Path) -> None:
    for file in fixture.iterdir():
        shutil.copy2(file, tmp_path / file.name)
    with sessions.unlock(
        tmp_path / "case.ypsi",
        user_name="Fixture DSL",
        passphrase="fixture-passphrase-for-tests-only-2026",
    ) as session:
        assert check_file(session).ok
        (hold,) = list_holds(session.conn)
        assert hold.in_force and hold.reason == "Fixture hold"
        (request,) = subject_access_store.requests(session.conn)
        assert request.requested_by == "Fixture"
        assert [
            r.reason for r in subject_access_store.releases(session.conn, request.id).values()
        ] == ["Fixture release"]
        (sent,) = transfer_store.transfers_out(session.conn)
        assert sent.recipient == "Fixture College" and sent.received_by_name == "Fixture DSL"
