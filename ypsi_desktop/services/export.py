"""A whole case file as one JSON document, and a new case file filled from one.

What it is for: data portability (moving a setting's records to another system or machine)
and the training file's repeatable content. The export is NOT encrypted; the CLI says so and
audits every export. It holds every record: the setting's details and settings, contacts,
the bank holidays listed, people (merged-away records included), incidents with their
people, referrals and follow-ups, assessments, the chronology, the records of the file's
lifetime (legal holds, retention decisions, subject access requests with their released
redactions, school transfers sent and received, records of disposals; see
storage/lifetime_rows.py), and the users' names and roles (never key material), and, only
when asked for, the audit log.

Deterministic: the same file content always gives byte-identical output. Nothing in it comes
from the clock or from chance; ids are included because they are stable. The one part that
tells two files apart is `source` (the source file's chain anchor, "SEQ:HASH16"): it names the
state the export was taken from, and differs between two files with identical records (each
file's history is sealed with its own random salts). Comparisons of content leave it out;
see `records_of`.

Importing fills a NEW, empty case file with every record as it was: the same references,
ids, dates, chronology order and authors. Authors are matched to the new file's users by name;
an author who is not one of them is added as a user without a key (marked removed, so nobody
can sign in as them). The source's audit log is not replayed: the new file's history starts
with its creation, records each imported record, and ends with an entry naming the export and
its source anchor. Exporting the imported file gives the same records again.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from ypsi_desktop.domain.case import Incident
from ypsi_desktop.domain.guidance import RULES_VERSION
from ypsi_desktop.domain.text import clean_everywhere
from ypsi_desktop.services.export_format import FORMAT, FORMAT_VERSION, MalformedExport, encode
from ypsi_desktop.services.export_reader import ParsedExport, parse_export
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import case_transfer as transfer
from ypsi_desktop.storage.audit import AuditAction, append_audit, format_time, utc_now
from ypsi_desktop.storage.bank_holidays import bank_holidays as listed_holidays
from ypsi_desktop.storage.bank_holidays import record_days
from ypsi_desktop.storage.case_import import IMPORTED, Importer
from ypsi_desktop.storage.chain import anchor, format_anchor
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.files import fsync_dir, remove_quietly, temp_name, write_private_bytes
from ypsi_desktop.storage.incident_store import load_incident
from ypsi_desktop.storage.lifetime_rows import (
    LIFETIME_TABLES,
    LifetimeRowRefused,
    read_rows,
    write_rows,
)
from ypsi_desktop.storage.setting_repository import SettingRepository
from ypsi_desktop.storage.targets import refuse_case_file_target

__all__ = [
    "ImportRefused",
    "ImportResult",
    "export_case_file",
    "import_case_file",
    "records_of",
    "write_export",
]

# Parts of an export that identify where it came from rather than what it holds.
PROVENANCE: Final = ("source",)
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class ImportRefused(ValueError):
    """The export is readable but cannot go into this case file; the message says why."""


@dataclass(frozen=True)
class ImportResult:
    incidents: int
    people: int
    chronology_entries: int
    users_added: int  # authors added without a key


# --- Export ---------------------------------------------------------------------------------


def _incident_data(
    incident: Incident, times: transfer.RecordTimes, refs: dict[int, str]
) -> dict[str, object]:
    data = encode(incident, skip=("people", "referrals", "follow_ups"))
    data["people"] = [
        {"person": link.person.reference, **encode(link, skip=("person",))}
        for link in incident.people
    ]
    data["referrals"] = [
        {**encode(r, skip=("children",)), "children": sorted(refs[c] for c in r.children)}
        for r in incident.referrals
    ]
    data["follow_ups"] = [encode(f) for f in incident.follow_ups]
    data.update(
        created_at=times.created_at,
        updated_at=times.updated_at,
        created_by=times.created_by,
        disposed_at=times.disposed_at,
    )
    return data


def export_case_file(session: CaseFileSession, *, with_audit: bool = False) -> dict[str, object]:
    """Every record of the open case file as plain JSON data (see the module docstring).

    Only reads: the caller audits the export once it is written.
    """
    session.require(Permission.EXPORT)
    conn = session.conn
    people = transfer.people(conn)
    refs = {int(row.person.id or 0): row.person.reference for row in people}
    times = transfer.incident_times(conn)
    incidents: list[dict[str, object]] = []
    for incident_id in transfer.incident_ids(conn):
        incident = load_incident(conn, incident_id)
        if incident is not None:
            incidents.append(_incident_data(incident, times[incident_id], refs))
    data: dict[str, object] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": session.case.schema_version,
        "rules_version": RULES_VERSION,
        "training": session.is_training,
        "source": {"anchor": format_anchor(*anchor(conn))},
        "setting": encode(SettingRepository(conn).details()),
        "settings": transfer.settings(conn),
        "contacts": [encode(c) for c in transfer.contacts(conn)],
        "bank_holidays": [
            {"day": h.day.isoformat(), "note": h.note} for h in listed_holidays(conn)
        ],
        "users": [
            {"name": name, "role": role}
            for name, role in sorted(transfer.users(conn), key=lambda u: (u[0].casefold(), u))
        ],
        "people": [
            {
                **encode(row.person),
                "merged_into": row.merged_into,
                "merged_at": row.merged_at,
                "disposed_at": row.disposed_at,
                "placeholder": row.placeholder,
                "created_at": row.times.created_at,
                "updated_at": row.times.updated_at,
            }
            for row in people
        ],
        "person_merges": [
            {
                "id": m.id,
                "survivor": m.survivor,
                "absorbed": m.absorbed,
                "links_moved": m.links_moved,
                "merged_by": m.merged_by,
                "merged_at": m.merged_at,
            }
            for m in transfer.merges(conn)
        ],
        "incidents": incidents,
        "assessments": [
            {
                "id": a.id,
                "incident": a.incident,
                "decided_by": a.decided_by,
                "decided_at": a.decided_at,
                "review_meeting_on": a.review_meeting_on,
                **a.data,
            }
            for a in transfer.assessments(conn)
        ],
        **{spec.key: read_rows(conn, spec) for spec in LIFETIME_TABLES},
        "chronology": [
            {
                "id": c.id,
                "incident": c.incident,
                "person": c.person,
                "occurred_at": c.occurred_at,
                "recorded_at": c.recorded_at,
                "author": c.author,
                "kind": c.kind,
                "body": c.body,
                "corrects_id": c.corrects_id,
                "erased": c.erased,
            }
            for c in transfer.chronology(conn)
        ],
    }
    if with_audit:
        data["audit_log"] = transfer.audit_log(conn)
    return data


def records_of(data: dict[str, Any]) -> dict[str, Any]:
    """An export without its provenance (`source`): what two exports must share to hold the
    same records, whichever files they were taken from."""
    return {k: v for k, v in data.items() if k not in PROVENANCE}


def export_bytes(data: dict[str, object]) -> bytes:
    """The exact bytes `write_export` writes: UTF-8 JSON, sorted keys, one value per line."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_export(data: dict[str, object], out_path: Path) -> None:
    """Write the export to `out_path` (mode 0600): a temporary name beside it first, fsynced,
    then renamed into place, so a crash never leaves half an export under the real name."""
    if data.get("format") != FORMAT:
        raise ValueError("write_export needs the data export_case_file returned")
    out_path = Path(out_path)
    refuse_case_file_target(out_path)
    payload = export_bytes(data)
    temporary = temp_name(out_path, "export")
    try:
        write_private_bytes(temporary, payload)
        os.replace(temporary, out_path)
    except BaseException:
        remove_quietly(temporary)
        raise
    fsync_dir(out_path.parent)


# --- Import ---------------------------------------------------------------------------------


def _safe_name(source_name: str) -> str:
    """The export's file name for the audit entry: one short line, no control characters."""
    name = _UNSAFE.sub("", Path(source_name).name).strip() or "(unnamed)"
    return name if len(name) <= 60 else name[:59] + "…"


def import_case_file(session: CaseFileSession, data: object, *, source_name: str) -> ImportResult:
    """Fill this new, empty case file with every record of an export.

    Raises MalformedExport (a ValueError) naming the first problem when the data is not a
    readable export, and ImportRefused when the file already holds records or the export's
    training flag differs from this file's. Either way nothing is written: the whole import is
    checked first and then written in one transaction.
    """
    session.require(Permission.MANAGE_USERS)
    session.require(Permission.RECORD)
    try:
        parsed = parse_export(clean_everywhere(data))  # the same boundary as typing
    except RecursionError:  # lists in lists a thousand deep: no export looks like that
        raise MalformedExport("", "it is nested far deeper than any export") from None
    _refuse_mismatch(session, parsed)
    conn = session.conn
    with transaction(conn):
        if not transfer.is_empty(conn):
            raise ImportRefused(
                "This case file already holds records. An export can only be imported into a "
                "new, empty case file."
            )
        importer = Importer(conn, user_id=session.user.id, clock=utc_now)
        result = _write(importer, parsed)
        append_audit(
            conn,
            user_id=session.user.id,
            action=AuditAction.CREATE,
            record_type="case_file",
            detail=f"filled from the export {_safe_name(source_name)} (source anchor "
            f"{parsed.anchor}): {result.incidents} incident(s), {result.people} person record(s)",
        )
    session.checkpoint()
    return result


def _refuse_mismatch(session: CaseFileSession, parsed: ParsedExport) -> None:
    if parsed.training and not session.is_training:
        raise ImportRefused(
            "This export came from a TRAINING case file of made-up records. Import it into a "
            "training case file, never into one holding real records."
        )
    if session.is_training and not parsed.training:
        raise ImportRefused(
            "This export holds real records and this is a TRAINING case file. Import it into "
            "an ordinary case file."
        )


def _write(importer: Importer, parsed: ParsedExport) -> ImportResult:
    before = len(importer.user_ids)
    users = {name: importer.user(name, role) for name, role in parsed.users}
    stamp = format_time(utc_now())
    importer.setting_details(parsed.setting, stamp)
    for key, value in sorted(parsed.settings.items()):
        importer.setting(key, value)
    for contact in parsed.contacts:
        importer.contact(contact, stamp)
    record_days(importer.conn, parsed.bank_holidays, user_id=importer.user_id, clock=importer.clock)
    for row in parsed.people:
        importer.person(row)
    importer.merged_links(parsed.people)
    for merge in parsed.merges:
        importer.merge(merge, users[merge.merged_by])
    for incident, times in parsed.incidents:
        importer.incident(incident, times, users[times.created_by])
    for assessment in parsed.assessments:
        importer.assessment(assessment, users[assessment.decided_by])
    for entry in parsed.chronology:
        importer.chronology_entry(entry, users[entry.author])
    for spec in LIFETIME_TABLES:
        try:
            write_rows(
                importer.conn,
                spec,
                parsed.lifetime[spec.key],
                person_ids=importer.person_ids,
                incident_ids=importer.incident_ids,
                user_ids=users,
                user_id=importer.user_id,
                clock=importer.clock,
                detail=IMPORTED,
            )
        except LifetimeRowRefused as refused:  # nothing is kept: the transaction rolls back
            raise MalformedExport(refused.where, refused.rule) from None
    importer.finish()
    return ImportResult(
        incidents=len(parsed.incidents),
        people=len(parsed.people),
        chronology_entries=len(parsed.chronology),
        users_added=len(importer.user_ids) - before,
    )
