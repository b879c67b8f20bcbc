"""The case repositories' doorway to the audit chain and the chronology (storage/audit.py).

Why a doorway: every mutation must leave an audit entry whose detail names ids and fields
only (never a name or a sentence someone typed), and every change to an incident's story must
leave a dated chronology entry with its author, in the same transaction as the change. Keeping
both calls here keeps that rule in one place, and reading the chronology back as case-model
`ChronologyEntry` objects (with the author's name) is here for the same reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from ypsi_desktop.domain.case import ChronologyEntry

from .audit import AuditAction, Clock, add_chronology_entry, append_audit, format_time
from .case_codec import datetime_out
from .connection import Connection

_SELECT = (
    "SELECT c.id, c.incident_id, c.occurred_at, c.body, coalesce(u.name, ''), c.kind,"
    " c.corrects_id, c.recorded_at, c.erased FROM chronology c"
    " LEFT JOIN users u ON u.id = c.author_id"
)


def occurred_text(moment: date | datetime | None, clock: Clock) -> str:
    """Chronology time as ISO text: a date stays a date; a naive time is local wall-clock
    time, stored in UTC like every other recorded time; None means now."""
    if moment is None:
        return format_time(clock())
    if isinstance(moment, datetime):
        return format_time(moment if moment.tzinfo else moment.astimezone())
    return moment.isoformat()


def record_audit(
    conn: Connection,
    *,
    user_id: int,
    action: AuditAction,
    record_type: str,
    record_id: int | None,
    detail: str,
    clock: Clock,
) -> None:
    append_audit(
        conn,
        user_id=user_id,
        action=action,
        record_type=record_type,
        record_id=record_id,
        detail=detail[:200],
        clock=clock,
    )


def record_story(
    conn: Connection,
    *,
    incident_id: int,
    user_id: int,
    kind: str,
    body: str,
    occurred_at: date | datetime | None,
    clock: Clock,
    person_id: int | None = None,
    corrects_id: int | None = None,
) -> ChronologyEntry:
    entry = add_chronology_entry(
        conn,
        incident_id=incident_id,
        author_id=user_id,
        occurred_at=occurred_text(occurred_at, clock),
        kind=kind,
        body=body,
        person_id=person_id,
        corrects_id=corrects_id,
        clock=clock,
    )
    found = read_entries(conn, "c.id = ?", (entry.id,))
    return found[0]


def _aware(text: object) -> datetime:
    """Stored chronology times are UTC or bare dates; both come back zone-aware (UTC), so
    entries can always be compared with each other."""
    value = datetime_out(text)
    if value is None:
        raise ValueError("a chronology entry has no time")
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def read_entries(conn: Connection, where: str, params: Sequence[object]) -> list[ChronologyEntry]:
    """Chronology entries matching `where` (on alias c), oldest first."""
    return [
        ChronologyEntry(
            incident_id=int(row[1]),
            occurred_at=_aware(row[2]),
            body=str(row[3]),
            author=str(row[4]),
            kind=str(row[5]),
            corrects_id=None if row[6] is None else int(row[6]),
            recorded_at=_aware(row[7]),
            erased=bool(row[8]),
            id=int(row[0]),
        )
        for row in conn.execute(
            f"{_SELECT} WHERE {where} ORDER BY c.occurred_at, c.id", tuple(params)
        )
    ]
