"""Every case file made by an earlier schema version still opens, whole, with this code.

The fixtures in tests/fixtures/schema-vNNNN were written once by tools/make_schema_fixture.py
when that version was current and are never changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.maintenance import check_file
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.bank_holidays import calendar
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.schema import SCHEMA_VERSION_RANGE

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema-v*"))
USER = "Fixture DSL"
PASSPHRASE = "fixture-passphrase-for-tests-only-2026"


def test_there_is_a_fixture_for_the_first_released_version() -> None:
    assert FIXTURES and FIXTURES[0].name == "schema-v0002"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_an_old_case_file_opens_whole_with_its_records(fixture: Path, tmp_path: Path) -> None:
    for file in fixture.iterdir():
        shutil.copy2(file, tmp_path / file.name)
    with sessions.unlock(tmp_path / "case.ypsi", user_name=USER, passphrase=PASSPHRASE) as session:
        assert session.case.schema_version == SCHEMA_VERSION_RANGE[1]
        result = check_file(session)
        assert result.ok, result.report.problems
        incident = IncidentRepository(session.conn).get(1)
        assert incident is not None and incident.reference.startswith("YP-")
        assert len(incident.children()) >= 1 and incident.referrals
        assert AssessmentRepository(session.conn).latest(1) is not None
        # Every decision is sealed in the history (those from before 0004 by the update).
        decisions, sealed = session.conn.execute(
            "SELECT (SELECT count(*) FROM assessments), (SELECT count(DISTINCT record_id)"
            " FROM audit_log WHERE record_type = 'assessment' AND ref_digest IS NOT NULL)"
        ).fetchone()
        assert decisions >= 1 and sealed == decisions
        if int(fixture.name.removeprefix("schema-v")) >= 5:
            days_off = calendar(session.conn)
            assert len(days_off.bank_holidays) == 8
        notes = IncidentRepository(session.conn).chronology(1)
        assert any(n.body == "Fixture chronology note." for n in notes)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_a_backup_made_by_an_earlier_version_restores(fixture: Path, tmp_path: Path) -> None:
    """A backup is checked as it is (not migrated) before it replaces the case file, then
    migrated as it opens: an older one must pass that check."""
    from ypsi_desktop.storage.backup import restore_case_file
    from ypsi_desktop.storage.keys import KeyStore

    backup = tmp_path / "backup"
    shutil.copytree(fixture, backup)
    key = KeyStore(backup / "case.ypsi").unlock(USER, PASSPHRASE).data_key
    target = tmp_path / "live" / "case.ypsi"
    target.parent.mkdir()
    restore_case_file(backup / "case.ypsi", target, key, user_id=None)
    shutil.copy2(backup / "case.ypsi.keys", tmp_path / "live" / "case.ypsi.keys")
    with sessions.unlock(target, user_name=USER, passphrase=PASSPHRASE) as session:
        assert session.case.schema_version == SCHEMA_VERSION_RANGE[1]
        assert check_file(session).ok
