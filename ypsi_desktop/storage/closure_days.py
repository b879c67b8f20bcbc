"""The bank holidays and school closure days the DSL records (migration 0005), audited."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ypsi_desktop.domain.calendar import Calendar, ClosureDay, ClosureKind

from .audit import AuditAction, Clock, append_audit, utc_now
from .connection import Connection, transaction

NOTE_LIMIT = 60


def closure_days(conn: Connection, *, year: int | None = None) -> list[ClosureDay]:
    """Every recorded day (or one year's), in date order."""
    sql, args = "SELECT day, kind, note FROM closure_days", ()
    if year is not None:
        sql, args = sql + " WHERE day LIKE ?", (f"{year:04d}-%",)  # type: ignore[assignment]
    return [
        ClosureDay(date.fromisoformat(str(d)), ClosureKind(str(k)), str(n))
        for d, k, n in conn.execute(sql + " ORDER BY day", args)
    ]


def calendar(conn: Connection) -> Calendar:
    return Calendar.of(closure_days(conn))


def _clean_note(note: str) -> str:
    text = " ".join(note.split())
    if len(text) > NOTE_LIMIT:
        raise ValueError(f"Keep the note to {NOTE_LIMIT} characters or fewer.")
    return text


def record_days(
    conn: Connection, days: Iterable[ClosureDay], *, user_id: int, clock: Clock = utc_now
) -> int:
    """Add these days; returns how many. A day already listed takes the new kind and note,
    except that a bank holiday stays one when a run of school closure days covers it (it is
    both, and only as a bank holiday does it stop the working-day count too)."""
    rows = [(d.day.isoformat(), d.kind.value, _clean_note(d.note)) for d in days]
    if not rows:
        return 0
    with transaction(conn):
        conn.executemany(
            "INSERT INTO closure_days (day, kind, note) VALUES (?, ?, ?)"
            " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note"
            " WHERE closure_days.kind <> 'bank_holiday' OR excluded.kind = 'bank_holiday'",
            rows,
        )
        append_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CHANGE,
            record_type="setting",
            record_id=1,
            detail=f"{len(rows)} closure day(s) recorded",
            clock=clock,
        )
    return len(rows)


def remove_days(
    conn: Connection, days: Iterable[date], *, user_id: int, clock: Clock = utc_now
) -> int:
    listed = sorted({d.isoformat() for d in days})
    if not listed:
        return 0
    with transaction(conn):
        marks = ", ".join("?" for _ in listed)
        removed = conn.execute(f"DELETE FROM closure_days WHERE day IN ({marks})", listed)
        count = removed.rowcount
        append_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CHANGE,
            record_type="setting",
            record_id=1,
            detail=f"{count} closure day(s) removed",
            clock=clock,
        )
    return int(count)
