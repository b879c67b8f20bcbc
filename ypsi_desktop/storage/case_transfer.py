"""Reading every record of a case file for an export, as case-model values plus the little
each record carries beyond the model (when it was saved, by whom, what it was merged into).

Why here: the export must hold every record exactly as stored, merged-away people and erased
chronology entries included, which the repositories (built for the working screens) do not
return. Writing them back into a new file is case_import.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ypsi_desktop.domain.case import Contact, ContactKind, Person

from .case_codec import PERSON_SELECT, person_from_row
from .connection import Connection
from .sealing import AUDIT_COLUMNS, audit_entry_from_row


@dataclass(frozen=True)
class RecordTimes:
    """When a record was first saved and last changed, and (incidents) by whom."""

    created_at: str
    updated_at: str
    created_by: str = ""
    disposed_at: str | None = None  # incidents: when disposed of (what is left is blank)


@dataclass(frozen=True)
class PersonRow:
    person: Person
    times: RecordTimes
    merged_into: str | None = None  # the reference of the record that absorbed this one
    merged_at: str | None = None
    disposed_at: str | None = None  # disposed of: the row is a blank, kept for its links
    placeholder: bool = False  # a stand-in made by a school transfer, not a real record


@dataclass(frozen=True)
class ChronologyRow:
    id: int
    incident: str  # incident reference
    person: str | None  # person reference
    occurred_at: str  # exactly as stored
    recorded_at: str
    author: str
    kind: str
    body: str
    corrects_id: int | None
    erased: bool


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    incident: str
    data: dict[str, object]  # CompletedAssessment.to_dict() shape
    decided_by: str
    decided_at: str
    review_meeting_on: str | None


@dataclass(frozen=True)
class MergeRow:
    id: int
    survivor: str
    absorbed: str
    links_moved: int
    merged_by: str
    merged_at: str


# --- Reading --------------------------------------------------------------------------------


def users(conn: Connection) -> list[tuple[str, str]]:
    """(name, role) of everyone who has ever used the file; no key material."""
    return [(str(n), str(r)) for n, r in conn.execute("SELECT name, role FROM users ORDER BY id")]


def settings(conn: Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM settings")}


def contacts(conn: Connection) -> list[Contact]:
    return [
        Contact(
            id=int(r[0]),
            kind=ContactKind(r[1]),
            name=str(r[2]),
            telephone=str(r[3]),
            email=str(r[4]),
            address=str(r[5]),
            notes=str(r[6]),
        )
        for r in conn.execute(
            "SELECT id, kind, name, telephone, email, address, notes FROM contacts ORDER BY id"
        )
    ]


def people(conn: Connection) -> list[PersonRow]:
    """Every person record, merged-away ones (blanked, pointing at the survivor) included."""
    columns = ", ".join(f"p.{c.strip()}" for c in PERSON_SELECT.split(","))
    rows = conn.execute(
        f"SELECT {columns}, m.reference, p.merged_at, p.created_at, p.updated_at,"
        " p.disposed_at, p.placeholder FROM people p"
        " LEFT JOIN people m ON m.id = p.merged_into_id ORDER BY p.id"
    ).fetchall()
    return [
        PersonRow(
            person=person_from_row(row[:-6]),
            times=RecordTimes(str(row[-4]), str(row[-3])),
            merged_into=None if row[-6] is None else str(row[-6]),
            merged_at=None if row[-5] is None else str(row[-5]),
            disposed_at=None if row[-2] is None else str(row[-2]),
            placeholder=bool(row[-1]),
        )
        for row in rows
    ]


def incident_ids(conn: Connection) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM incidents ORDER BY id")]


def incident_times(conn: Connection) -> dict[int, RecordTimes]:
    return {
        int(r[0]): RecordTimes(str(r[1]), str(r[2]), str(r[3] or ""), _opt_text(r[4]))
        for r in conn.execute(
            "SELECT i.id, i.created_at, i.updated_at, u.name, i.disposed_at FROM incidents i"
            " LEFT JOIN users u ON u.id = i.created_by"
        )
    }


def chronology(conn: Connection) -> list[ChronologyRow]:
    """Every entry in the order it was written (id order), with references and author names."""
    return [
        ChronologyRow(
            id=int(r[0]),
            incident=str(r[1]),
            person=None if r[2] is None else str(r[2]),
            occurred_at=str(r[3]),
            recorded_at=str(r[4]),
            author=str(r[5] or ""),
            kind=str(r[6]),
            body=str(r[7]),
            corrects_id=None if r[8] is None else int(r[8]),
            erased=bool(r[9]),
        )
        for r in conn.execute(
            "SELECT c.id, i.reference, p.reference, c.occurred_at, c.recorded_at, u.name,"
            " c.kind, c.body, c.corrects_id, c.erased FROM chronology c"
            " JOIN incidents i ON i.id = c.incident_id LEFT JOIN people p ON p.id = c.person_id"
            " LEFT JOIN users u ON u.id = c.author_id ORDER BY c.id"
        )
    ]


def assessments(conn: Connection) -> list[AssessmentRow]:
    out: list[AssessmentRow] = []
    for r in conn.execute(
        "SELECT a.id, i.reference, a.rules_version, a.facts, a.free_text, a.suggestion,"
        " a.category, a.route, a.accepted_suggestion, a.reasons, u.name, a.decided_at,"
        " a.review_meeting_on FROM assessments a JOIN incidents i ON i.id = a.incident_id"
        " LEFT JOIN users u ON u.id = a.decided_by ORDER BY a.id"
    ):
        data: dict[str, object] = {
            "rules_version": str(r[2]),
            "facts": json.loads(r[3]),
            "free_text": json.loads(r[4]),
            "suggestion": json.loads(r[5]),
            "decision": {
                "category": str(r[6]),
                "route": str(r[7]),
                "accepted_suggestion": bool(r[8]),
                "reasons": str(r[9]),
            },
        }
        out.append(
            AssessmentRow(
                int(r[0]), str(r[1]), data, str(r[10] or ""), str(r[11]), _opt_text(r[12])
            )
        )
    return out


def merges(conn: Connection) -> list[MergeRow]:
    return [
        MergeRow(int(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4] or ""), str(r[5]))
        for r in conn.execute(
            "SELECT m.id, s.reference, m.absorbed_reference, m.links_moved, u.name, m.merged_at"
            " FROM person_merges m JOIN people s ON s.id = m.survivor_id"
            " LEFT JOIN users u ON u.id = m.merged_by ORDER BY m.id"
        )
    ]


def audit_log(conn: Connection) -> list[dict[str, object]]:
    """The audit log as plain data, user names instead of ids; salts are left out (they only
    serve to verify a detail inside the file)."""
    names = {int(i): str(n) for i, n in conn.execute("SELECT id, name FROM users")}
    out: list[dict[str, object]] = []
    for row in conn.execute(f"SELECT {AUDIT_COLUMNS} FROM audit_log ORDER BY seq"):
        entry = audit_entry_from_row(row)
        out.append(
            {
                "seq": entry.seq,
                "at": entry.at,
                "user": None if entry.user_id is None else names.get(int(entry.user_id), ""),
                "action": entry.action,
                "record_type": entry.record_type,
                "record_id": entry.record_id,
                "detail": entry.detail,
                "ref_digest": entry.ref_digest,
                "clock_back": entry.clock_back,
                "erased": entry.erased,
                "hash": entry.hash,
            }
        )
    return out


def is_empty(conn: Connection) -> bool:
    """No case records yet (a newly created file: its first user and setting name only)."""
    # Bank holidays are not records: a file may list them before an import fills it.
    for table in ("people", "incidents", "chronology", "assessments", "contacts", "settings"):
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
            return False
    return True


def _opt_text(value: object) -> str | None:
    return None if value is None else str(value)
