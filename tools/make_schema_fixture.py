"""Write a populated case file at the current schema version into tests/fixtures/.

Run once per released schema version (`python tools/make_schema_fixture.py`), commit the
folder it writes, and never change it afterwards: tests/integration/test_schema_fixtures.py
opens every fixture with the current code, so a migration that cannot read an old file fails.
The content is synthetic; the passphrase is public because the file holds nothing real.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.integration.case_builders import assessment_data, full_incident, full_referral  # noqa: E402
from ypsi_desktop.services import session as sessions  # noqa: E402
from ypsi_desktop.storage.assessment_repository import AssessmentRepository  # noqa: E402
from ypsi_desktop.storage.incident_repository import IncidentRepository  # noqa: E402
from ypsi_desktop.storage.key_derivation import KdfParams  # noqa: E402
from ypsi_desktop.storage.schema import SCHEMA_VERSION_RANGE  # noqa: E402

USER = "Fixture DSL"
PASSPHRASE = "fixture-passphrase-for-tests-only-2026"


def main() -> int:
    version = SCHEMA_VERSION_RANGE[1]
    folder = REPO / "tests" / "fixtures" / f"schema-v{version:04d}"
    if folder.exists():
        print(f"{folder} exists already: fixtures are never rewritten", file=sys.stderr)
        return 1
    folder.mkdir(parents=True)
    session, _ = sessions.create(
        folder / "case.ypsi",
        user_name=USER,
        passphrase=PASSPHRASE,
        setting_name="Fixture Test School",
        kdf=KdfParams.for_tests(),
    )
    with session:
        incidents = IncidentRepository(session.conn)
        incident = incidents.save(full_incident("fixture"), user_id=session.user.id)
        assert incident.id is not None
        children = frozenset(p.person.id for p in incident.children() if p.person.id is not None)
        incident.referrals.append(full_referral(children, "fixture"))
        incidents.save(incident, user_id=session.user.id)
        incidents.add_note(incident.id, user_id=session.user.id, body="Fixture chronology note.")
        AssessmentRepository(session.conn).save(
            incident.id, assessment_data(override=True), user_id=session.user.id
        )
    print(f"wrote {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
