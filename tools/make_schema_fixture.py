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


def _lifetime_records(
    session: sessions.CaseFileSession, incident_id: int, children: frozenset[int]
) -> None:
    """From schema 3: a legal hold, a decision to keep, a subject access request with a
    released redaction, and a transfer sent and received back."""
    from datetime import date

    from ypsi_desktop.storage import retention_store, subject_access_store, transfer_store

    first, *others = sorted(children)
    conn, user = session.conn, session.user.id
    retention_store.place_hold(conn, user_id=user, reason="Fixture hold", incident_id=incident_id)
    retention_store.record_keep(
        conn,
        first,
        keep_until=date(2060, 1, 1),
        reason="Fixture keep",
        user_id=user,
        today=date(2026, 1, 1),
    )
    request = subject_access_store.record_request(
        conn, first, received_on=date(2026, 3, 2), requested_by="Fixture", user_id=user
    )
    subject_access_store.record_release(
        conn, request, f"person:{others[0]}", reason="Fixture release", user_id=user
    )
    # From schema 6: the request's deadline extended.
    subject_access_store.record_extension(
        conn, request, reason="Fixture extension", extended_on=date(2026, 3, 10), user_id=user
    )
    sent = transfer_store.record_sent(
        conn,
        person_id=first,
        recipient="Fixture College",
        method="by hand",
        package_kind="encrypted",
        package_id="0" * 32,
        fingerprint="0000 0000 0000 0000",
        starts_on=date(2026, 3, 2),
        due_on=date(2026, 3, 9),
        sent_on=date(2026, 3, 2),
        user_id=user,
    )
    transfer_store.record_receipt(
        conn, sent, received_on=date(2026, 3, 4), received_by="Fixture DSL", user_id=user
    )
    # From schema 5: bank holidays.
    from ypsi_desktop.domain.calendar import england_and_wales_bank_holidays
    from ypsi_desktop.storage.bank_holidays import record_days

    record_days(conn, england_and_wales_bank_holidays(2026), user_id=user)


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
        _lifetime_records(session, incident.id, children)
    print(f"wrote {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
