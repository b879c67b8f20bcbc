"""The incident service: roles enforced, views audited, drafts exact, corrections kept apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.case_builders import full_incident, full_referral
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services.incident_service import (
    DraftUnreadable,
    IncidentService,
    draft_editor,
    draft_text,
    incident_from_draft,
)
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileSession, create, unlock
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.key_derivation import KdfParams

DSL_PASS = "blue-kettle-marsh-41-orbit"
READER_PASS = "quiet-lantern-fjord-88-pebble"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session, _ = create(
        tmp_path / "case.ypsi",
        user_name="Sam Taylor",
        passphrase=DSL_PASS,
        kdf=KdfParams.for_tests(),
    )
    yield session
    session.close()


def test_a_draft_of_a_whole_incident_reads_back_exactly(session: CaseFileSession) -> None:
    incident = full_incident("draft")
    saved = IncidentService(session).save(incident)
    ids = frozenset(p.person.id for p in saved.children() if p.person.id is not None)
    saved.referrals.append(full_referral(ids, "draft"))
    typed = {"came_date_edit": "31/02/2026"}
    assert incident_from_draft(draft_text(saved, typed)) == saved

    service = IncidentService(session)
    service.keep_draft(saved, typed)
    found = service.draft(saved.id)
    assert found is not None and found.incident == saved and found.typed == typed
    service.save(found.incident)
    assert service.draft(saved.id) is None  # saving clears the draft


def test_an_editor_kept_with_a_draft_reads_back_and_a_damaged_one_is_dropped(
    session: CaseFileSession,
) -> None:
    service = IncidentService(session)
    saved = service.save(full_incident("editor"))
    editor = {
        "kind": "follow_up",
        "target": 0,
        "key": 17,
        "fields": {"description_edit": "Check in with Ava (test)", "done_edit": ""},
    }
    service.keep_draft(saved, {}, editor, form_changed=False)
    found = service.draft(saved.id)
    assert found is not None and found.editor == editor and not found.form_changed

    text = draft_text(saved, {}, {"kind": "format_disk", "target": None, "fields": {}})
    assert draft_editor(text) == (None, True)  # not an editor the app has
    text = draft_text(saved, {}, {"kind": "referral", "target": 0, "fields": {"a": {"b": 1}}})
    assert draft_editor(text) == (
        {"kind": "referral", "target": 0, "key": None, "fields": {}},
        True,
    )
    assert incident_from_draft(text) == saved  # the form's draft comes back regardless


def test_a_damaged_draft_is_refused_in_words(session: CaseFileSession) -> None:
    with pytest.raises(DraftUnreadable):
        incident_from_draft('{"version": 1, "incident": {"id": "x"}}')
    with pytest.raises(DraftUnreadable, match="different version"):
        incident_from_draft('{"version": 99}')


def test_opening_an_incident_is_audited(session: CaseFileSession) -> None:
    service = IncidentService(session)
    saved = service.save(full_incident("audit"))
    service.open(saved.id or 0)
    (detail,) = session.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'view' AND record_id = ?", (saved.id,)
    ).fetchone()
    assert detail == "incident opened"


def test_a_read_only_user_can_read_but_not_record(tmp_path: Path) -> None:
    session, _ = create(
        tmp_path / "ro.ypsi", user_name="Sam Taylor", passphrase=DSL_PASS, kdf=KdfParams.for_tests()
    )
    saved = IncidentService(session).save(full_incident("ro"))
    add_user(session, "Head Teacher", UserRole.READ_ONLY, READER_PASS)
    path = session.path
    session.close()
    reader = unlock(path, user_name="Head Teacher", passphrase=READER_PASS)
    try:
        service = IncidentService(reader)
        incident = service.open(saved.id or 0)
        incident.outcome = "changed by a reader"
        with pytest.raises(NotAllowed):
            service.save(incident)
        with pytest.raises(NotAllowed):
            service.add_entry(saved.id or 0, "a note")
        service.keep_draft(incident)  # quietly not kept: a reader has nothing to keep
        assert service.draft(saved.id) is None
    finally:
        reader.close()


def test_a_correction_points_at_the_entry_and_leaves_it(session: CaseFileSession) -> None:
    service = IncidentService(session)
    saved = service.save(full_incident("chron"))
    entry = service.add_entry(saved.id or 0, "Met the child's mother (test)")
    correction = service.correct_entry(saved.id or 0, entry, "Met the child's father (test)")
    entries = service.chronology(saved.id or 0)
    assert entry in entries
    assert correction.corrects_id == entry.id and correction.kind == "correction"
    assert correction.occurred_at == entry.occurred_at


def test_saving_one_incident_keeps_the_draft_of_a_new_one(session: CaseFileSession) -> None:
    service = IncidentService(session)
    existing = service.save(full_incident("kept"))
    unsaved = full_incident("typed before a power cut")
    service.keep_draft(unsaved)
    existing.outcome = "Updated outcome (test)"
    service.save(existing)
    found = service.draft(None)
    assert found is not None and found.incident.how_came_to_light == unsaved.how_came_to_light
