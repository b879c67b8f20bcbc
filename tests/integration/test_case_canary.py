"""THE CANARY: text typed into any field of any record never reaches a disk unencrypted, and
text that was changed or erased is gone from every page afterwards (SECURITY.md items 1, 5).

Each test proves its own search can succeed (the canary is found in the decrypted pages and
read back from every field), so an absence can never pass vacuously.
"""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from case_builders import (
    DSL_ID,
    assessment_data,
    full_contact,
    full_incident,
    full_referral,
    full_setting,
    text_fields,
)
from casefile_helpers import decrypt_pages

from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.database import CaseFile, open_case_file
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.search import search
from ypsi_desktop.storage.setting_repository import SettingRepository

TABLES = (
    "people",
    "incidents",
    "incident_people",
    "referrals",
    "follow_ups",
    "assessments",
    "setting_details",
    "contacts",
    "chronology",
)
_SKIP_TEMP = ("bash_jobs",)  # the session machinery's own folders: not ours to read


def _canary() -> str:
    return f"Canary{secrets.token_hex(6).upper()}Zq"


def _needles(canary: str) -> list[bytes]:
    """The canary as SQLite could store it: as typed, folded for the index, as UTF-16, and
    its random tail alone (an index may store a word as a shared prefix plus the rest)."""
    tail = canary[6:-2]
    return [
        canary.encode(),
        canary.lower().encode(),
        canary.encode("utf-16-le"),
        tail.encode(),
        tail.lower().encode(),
    ]


def _found_in(data: bytes, canary: str) -> list[bytes]:
    return [needle for needle in _needles(canary) if needle in data]


def _assert_text_fields_hold(obj: Any, canary: str) -> None:
    for name in text_fields(type(obj)):
        if name != "reference":
            assert canary in getattr(obj, name), f"{type(obj).__name__}.{name}"


def _fill_every_record(case: CaseFile, canary: str) -> int:
    repo = IncidentRepository(case.conn)
    incident = repo.save(full_incident(canary), user_id=DSL_ID)
    assert incident.id is not None
    children = frozenset(p.person.id for p in incident.children() if p.person.id)
    incident.referrals.append(full_referral(children, canary))
    repo.save(incident, user_id=DSL_ID)
    repo.add_note(incident.id, user_id=DSL_ID, body=f"Note holding {canary}.")
    data = assessment_data(override=True, marker=canary)
    AssessmentRepository(case.conn).save(incident.id, data, user_id=DSL_ID)
    settings = SettingRepository(case.conn)
    settings.save_details(full_setting(canary), user_id=DSL_ID)
    settings.save_contact(full_contact(canary), user_id=DSL_ID)
    return incident.id


def _prove_every_field_holds(case: CaseFile, incident_id: int, canary: str) -> None:
    incident = IncidentRepository(case.conn).get(incident_id)
    assert incident is not None
    for obj in (
        incident,
        incident.viewing,
        incident.review,
        *incident.referrals,
        *incident.follow_ups,
        *incident.people,
        *(p.person for p in incident.people),
        SettingRepository(case.conn).details(),
        *SettingRepository(case.conn).contacts(),
    ):
        _assert_text_fields_hold(obj, canary)
    assessment = AssessmentRepository(case.conn).latest(incident_id)
    assert assessment is not None and canary in assessment.reasons
    assert all(canary in v for v in assessment.free_text.values())
    bodies = [e.body for e in IncidentRepository(case.conn).chronology(incident_id)]
    assert any(canary in body for body in bodies)
    for table in TABLES:
        columns = [r[1] for r in case.conn.execute(f"PRAGMA table_info({table})")]
        where = " OR ".join(f"instr({c}, ?)" for c in columns)
        (count,) = case.conn.execute(
            f"SELECT count(*) FROM {table} WHERE {where}", [canary] * len(columns)
        ).fetchone()
        assert count > 0, table
    assert search(case.conn, canary), "the index holds the canary too"


def _recent_temp_files(since: float) -> list[Path]:
    found: list[Path] = []
    for root in {Path(tempfile.gettempdir()), Path("/var/tmp")}:
        if not root.is_dir():
            continue
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [s for s in subfolders if not s.startswith(_SKIP_TEMP)]
            for name in files:
                path = Path(folder) / name
                try:
                    stat = path.lstat()
                except OSError:
                    continue
                if stat.st_mtime >= since and stat.st_size < 500_000_000 and path.is_file():
                    found.append(path)
    return found


def test_canary_in_every_field_never_reaches_a_disk_unencrypted(
    case: CaseFile, case_path: Path, data_key: bytes
) -> None:
    started = time.time() - 1
    canary = _canary()
    incident_id = _fill_every_record(case, canary)
    _prove_every_field_holds(case, incident_id, canary)
    case.close()  # a clean save and close

    folder_files = [p for p in case_path.parent.rglob("*") if p.is_file()]
    assert folder_files == [case_path], "no journal, temp or side file is left behind"
    for path in folder_files:
        assert _found_in(path.read_bytes(), canary) == [], path.name
    for path in _recent_temp_files(started):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        assert _found_in(data, canary) == [], f"temp file {path}"

    decrypted = b"".join(decrypt_pages(case_path, data_key))
    assert canary.encode() in decrypted, "the search above would have found it"
    with open_case_file(case_path, data_key) as reopened:
        _prove_every_field_holds(reopened, incident_id, canary)


def test_changed_and_erased_text_is_gone_from_every_page(
    case: CaseFile, case_path: Path, data_key: bytes
) -> None:
    """Text replaced in a record, a renamed person, an erased note and a deleted contact leave
    nothing behind: not in the tables, not in the search index, not in free pages.

    Checked by hand when this was written: with PRAGMA secure_delete off the old cells stay
    in the pages, and with FTS5's secure-delete option off the index keeps the old word (as a
    shared prefix plus its tail, hence the tail needle); this test fails in both cases.
    """
    canary = _canary()
    repo = IncidentRepository(case.conn)
    incident = full_incident()
    incident.outcome = f"Outcome {canary}"
    incident.how_came_to_light = f"Came to light {canary} (test)"
    incident.people[0].person.first_name = f"Name{canary}"
    incident.people[1].own_words = f"Said {canary}. " * 50  # long: spills to overflow pages
    repo.save(incident, user_id=DSL_ID)
    assert incident.id is not None
    children = frozenset(p.person.id for p in incident.children() if p.person.id)
    incident.referrals.append(full_referral(children, canary))
    repo.save(incident, user_id=DSL_ID)
    note = repo.add_note(incident.id, user_id=DSL_ID, body=f"Erase me {canary}.")
    settings = SettingRepository(case.conn)
    contact = settings.save_contact(full_contact(canary), user_id=DSL_ID)
    assert search(case.conn, canary)
    assert canary.encode() in b"".join(decrypt_pages(case_path, data_key))

    incident.outcome = "Outcome replaced (test)."
    incident.how_came_to_light = "Replaced (test)."
    incident.people[0].person.first_name = "Zoë"
    incident.people[1].own_words = "Replaced words (test)."
    for field in fields(incident.referrals[0]):
        if field.type == "str":
            setattr(incident.referrals[0], field.name, "replaced (test)")
    repo.save(incident, user_id=DSL_ID)
    assert note.id is not None
    repo.erase_note(note.id, user_id=DSL_ID, reason="recorded in error")
    settings.delete_contact(contact.id or 0, user_id=DSL_ID)
    assert search(case.conn, canary) == []
    case.close()

    pages = decrypt_pages(case_path, data_key)
    leftovers = [(n, _found_in(page, canary)) for n, page in enumerate(pages)]
    assert [hit for hit in leftovers if hit[1]] == []
    assert b"Replaced words (test)." in b"".join(pages)  # the decryption itself works
