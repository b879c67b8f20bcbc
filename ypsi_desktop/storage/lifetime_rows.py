"""Records of a file's lifetime as an export carries them: legal holds, retention decisions
and subject access requests (with their released redactions).

Each table is described once (LIFETIME_TABLES): for each field of the export, the column it
comes from and what kind of value it is. A reference to a person or an incident is carried
as its reference (C-0001, YP-2026-0001) and a user as their name, as elsewhere in an export;
ids are kept, as for every other record. `read_rows` (the export) and `write_rows` (the
import) both follow the description, so the two cannot drift apart.

Not carried yet: disposals (their tombstones are sealed into the source's history) and
school transfers; services/export.py refuses a file that holds them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .audit import AuditAction, Clock, append_audit
from .connection import Connection

# Kinds: "id" (kept), "person" / "incident" (a reference), "request" (a subject access
# request's id), "user" (a name), "text", "date" (YYYY-MM-DD), "time" (a stored UTC time);
# a trailing "?" allows null.
Field = tuple[str, str, str]  # (export key, column, kind)


@dataclass(frozen=True)
class LifetimeTable:
    key: str  # the export's key, and the audit record type (singular) below
    table: str
    record_type: str
    fields: tuple[Field, ...]


LIFETIME_TABLES: tuple[LifetimeTable, ...] = (
    LifetimeTable(
        "legal_holds",
        "legal_holds",
        "legal_hold",
        (
            ("id", "id", "id"),
            ("person", "person_id", "person?"),
            ("incident", "incident_id", "incident?"),
            ("reason", "reason", "text"),
            ("placed_by", "placed_by", "user"),
            ("placed_at", "placed_at", "time"),
            ("lifted_by", "lifted_by", "user?"),
            ("lifted_at", "lifted_at", "time?"),
            ("lift_reason", "lift_reason", "text"),
        ),
    ),
    LifetimeTable(
        "retention_reviews",
        "retention_reviews",
        "retention_review",
        (
            ("id", "id", "id"),
            ("person", "person_id", "person"),
            ("keep_until", "keep_until", "date"),
            ("reason", "reason", "text"),
            ("reviewed_by", "reviewed_by", "user"),
            ("reviewed_at", "reviewed_at", "time"),
        ),
    ),
    LifetimeTable(
        "subject_access_requests",
        "subject_access_requests",
        "subject_access",
        (
            ("id", "id", "id"),
            ("person", "person_id", "person"),
            ("received_on", "received_on", "date"),
            ("due_on", "due_on", "date"),
            ("requested_by", "requested_by", "text"),
            ("completed_on", "completed_on", "date?"),
            ("recorded_by", "recorded_by", "user"),
            ("recorded_at", "recorded_at", "time"),
            ("extended_on", "extended_on", "date?"),
            ("extension_reason", "extension_reason", "text"),
        ),
    ),
    LifetimeTable(
        "subject_access_releases",
        "subject_access_releases",
        "subject_access_release",
        (
            ("id", "id", "id"),
            ("request", "request_id", "request"),
            ("item_key", "item_key", "text"),
            ("reason", "reason", "text"),
            ("released_by", "released_by", "user"),
            ("released_at", "released_at", "time"),
        ),
    ),
)

_LOOKUPS = {
    "person": ("people", "reference"),
    "incident": ("incidents", "reference"),
    "user": ("users", "name"),
}


def _select(spec: LifetimeTable) -> str:
    """The table's rows with references and names in place of ids, in id order."""
    columns, joins = [], []
    for n, (_key, column, kind) in enumerate(spec.fields):
        base = kind.rstrip("?")
        if base in _LOOKUPS:
            table, shown = _LOOKUPS[base]
            joins.append(f" LEFT JOIN {table} j{n} ON j{n}.id = t.{column}")
            columns.append(f"j{n}.{shown}")
        else:
            columns.append(f"t.{column}")
    return f"SELECT {', '.join(columns)} FROM {spec.table} t{''.join(joins)} ORDER BY t.id"


def read_rows(conn: Connection, spec: LifetimeTable) -> list[dict[str, object]]:
    return [
        {key: value for (key, _column, _kind), value in zip(spec.fields, row, strict=True)}
        for row in conn.execute(_select(spec))
    ]


def write_rows(
    conn: Connection,
    spec: LifetimeTable,
    rows: Sequence[Mapping[str, object]],
    *,
    person_ids: Mapping[str, int],
    incident_ids: Mapping[str, int],
    user_ids: Mapping[str, int],
    user_id: int,
    clock: Clock,
    detail: str,
) -> None:
    """Write checked rows (services/export_reader.py) with their ids, each one audited."""
    maps: dict[str, Mapping[str, int]] = {
        "person": person_ids,
        "incident": incident_ids,
        "user": user_ids,
    }
    columns = ", ".join(column for _key, column, _kind in spec.fields)
    marks = ", ".join("?" for _ in spec.fields)
    for row in rows:
        values = []
        for key, _column, kind in spec.fields:
            value = row[key]
            base = kind.rstrip("?")
            if value is not None and base in maps:
                value = maps[base][str(value)]
            values.append(value)
        conn.execute(f"INSERT INTO {spec.table} ({columns}) VALUES ({marks})", values)
        append_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CREATE,
            record_type=spec.record_type,
            record_id=int(str(row["id"])),
            detail=detail,
            clock=clock,
        )
