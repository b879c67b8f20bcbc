"""Records of a file's lifetime as an export carries them: legal holds, retention decisions,
subject access requests (with their released redactions), school transfers sent and
received, and the records of disposals.

Each table is described once (LIFETIME_TABLES): for each field of the export, the column it
comes from and what kind of value it is. A reference to a person or an incident is carried
as its reference (C-0001, YP-2026-0001) and a user as their name, as elsewhere in an export;
ids are kept, as for every other record. `read_rows` (the export) and `write_rows` (the
import) both follow the description, so the two cannot drift apart.

A record of a disposal (a tombstone) is sealed into the history: imported, its digest is
worked out again (the user who disposed of the record may have a new id here) and sealed in
the new file's history by the audit entry that records the import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlcipher3

from .audit import AuditAction, Clock, append_audit
from .connection import Connection

# Kinds: "id" (kept), "count" (a whole number, 0 or more), "person" / "incident" (a
# reference), "of:KEY" (the id of a record under KEY in the same export), "user" (a name),
# "text", "date" (YYYY-MM-DD), "time" (a stored UTC time); a trailing "?" allows null.
Field = tuple[str, str, str]  # (export key, column, kind)


class LifetimeRowRefused(ValueError):
    """A row the case file's own rules refuse (a blank reason, a text too long, a value not
    allowed, the same thing twice): `where` names it as the export does."""

    def __init__(self, where: str, rule: str) -> None:
        super().__init__(f"{where}: {rule}")
        self.where = where
        self.rule = rule


@dataclass(frozen=True)
class LifetimeTable:
    key: str  # the export's key
    table: str
    record_type: str  # what the audit entry for each imported row names
    fields: tuple[Field, ...]
    id_key: str = "id"  # the field that names the row (unique; the audit entry's record id)
    sealed: bool = False  # a tombstone: digest worked out on import and sealed in the history


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
            ("request", "request_id", "of:subject_access_requests"),
            ("item_key", "item_key", "text"),
            ("reason", "reason", "text"),
            ("released_by", "released_by", "user"),
            ("released_at", "released_at", "time"),
        ),
    ),
    LifetimeTable(
        "transfers_out",
        "transfers_out",
        "transfer_out",
        (
            ("id", "id", "id"),
            ("person", "person_id", "person"),
            ("recipient", "recipient", "text"),
            ("method", "method", "text"),
            ("package_kind", "package_kind", "text"),
            ("package_id", "package_id", "text"),
            ("fingerprint", "fingerprint", "text"),
            ("starts_on", "starts_on", "date"),
            ("due_on", "due_on", "date"),
            ("sent_on", "sent_on", "date"),
            ("sent_by", "sent_by", "user"),
            ("recorded_at", "recorded_at", "time"),
            ("received_on", "received_on", "date?"),
            ("received_by_name", "received_by_name", "text"),
            ("receipt_recorded_by", "receipt_recorded_by", "user?"),
            ("receipt_recorded_at", "receipt_recorded_at", "time?"),
        ),
    ),
    LifetimeTable(
        "transfers_in",
        "transfers_in",
        "transfer_in",
        (
            ("id", "id", "id"),
            ("person", "person_id", "person"),
            ("package_id", "package_id", "text"),
            ("fingerprint", "fingerprint", "text"),
            ("from_setting", "from_setting", "text"),
            ("from_urn", "from_urn", "text"),
            ("sent_by_name", "sent_by_name", "text"),
            ("sent_on", "sent_on", "date"),
            ("source_reference", "source_reference", "text"),
            ("source_anchor", "source_anchor", "text"),
            ("imported_by", "imported_by", "user"),
            ("imported_at", "imported_at", "time"),
        ),
    ),
    LifetimeTable(
        "transferred_incidents",
        "transferred_incidents",
        "transferred_incident",
        (
            ("incident", "incident_id", "incident"),
            ("transfer_in", "transfer_in_id", "of:transfers_in"),
            ("source_reference", "source_reference", "text"),
        ),
        id_key="incident",
    ),
    LifetimeTable(
        "disposals",
        "disposals",
        "disposal",
        (
            ("id", "id", "id"),
            ("person", "person_id", "person"),
            ("reference", "reference", "text"),
            ("record_kind", "record_kind", "text"),
            ("review_due_on", "review_due_on", "date?"),
            ("basis", "basis", "text"),
            ("reason", "reason", "text"),
            ("incidents_disposed", "incidents_disposed", "count"),
            ("incidents_redacted", "incidents_redacted", "count"),
            ("entries_erased", "entries_erased", "count"),
            ("disposed_by", "disposed_by", "user"),
            ("disposed_at", "disposed_at", "time"),
        ),
        sealed=True,
    ),
    LifetimeTable(
        "disposals_undone",
        "disposals_undone",
        "disposal_undone",
        (
            ("id", "id", "id"),
            ("person", "person_id", "person"),
            ("reference", "reference", "text"),
            ("original_disposed_at", "original_disposed_at", "time"),
            ("original_reason", "original_reason", "text"),
            ("found_at", "found_at", "time"),
            ("resolved_at", "resolved_at", "time?"),
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
    order = next(column for key, column, _kind in spec.fields if key == spec.id_key)
    return f"SELECT {', '.join(columns)} FROM {spec.table} t{''.join(joins)} ORDER BY t.{order}"


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
    names = [column for _key, column, _kind in spec.fields] + (["digest"] if spec.sealed else [])
    marks = ", ".join("?" for _ in names)
    for n, row in enumerate(rows, start=1):
        content: dict[str, object] = {}
        for key, column, kind in spec.fields:
            value = row[key]
            base = kind.rstrip("?")
            if value is not None and base in maps:
                value = maps[base][str(value)]
            content[column] = value
        digest = _tombstone_digest(content) if spec.sealed else None
        values = [*content.values(), *([digest] if spec.sealed else [])]
        try:
            conn.execute(f"INSERT INTO {spec.table} ({', '.join(names)}) VALUES ({marks})", values)
        except sqlcipher3.IntegrityError as error:  # the schema's CHECK and UNIQUE rules
            raise LifetimeRowRefused(
                f"{spec.key}[{n}]", f"the case file does not allow it ({error})"
            ) from None
        record = row[spec.id_key]
        append_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CREATE,
            record_type=spec.record_type,
            record_id=int(
                str(maps["incident"][str(record)] if spec.id_key == "incident" else record)
            ),
            detail=detail,
            ref_digest=digest,
            clock=clock,
        )


def _tombstone_digest(content: dict[str, object]) -> str:
    from .disposal import tombstone_digest  # imported here: disposal imports much else

    return tombstone_digest(content)
