"""The bank holidays the DSL records (migration 0005); every change is audited, and the
deadlines stored with open records are worked out again with it (storage/deadlines.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ypsi_desktop.domain.calendar import BankHoliday, Calendar

from .audit import AuditAction, Clock, append_audit, utc_now
from .connection import Connection, transaction

NOTE_LIMIT = 60


def bank_holidays(conn: Connection, *, year: int | None = None) -> list[BankHoliday]:
    """Every recorded bank holiday (or one year's), in date order."""
    sql, args = "SELECT day, note FROM bank_holidays", ()
    if year is not None:
        sql, args = sql + " WHERE day LIKE ?", (f"{year:04d}-%",)  # type: ignore[assignment]
    return [
        BankHoliday(date.fromisoformat(str(d)), str(n))
        for d, n in conn.execute(sql + " ORDER BY day", args)
    ]


def calendar(conn: Connection) -> Calendar:
    return Calendar.of(bank_holidays(conn))


def _clean_note(note: str) -> str:
    text = " ".join(note.split())
    if len(text) > NOTE_LIMIT:
        raise ValueError(f"Keep the name to {NOTE_LIMIT} characters or fewer.")
    return text


def _audit(conn: Connection, detail: str, user_id: int, clock: Clock) -> None:
    append_audit(
        conn,
        user_id=user_id,
        action=AuditAction.CHANGE,
        record_type="setting",
        record_id=1,
        detail=detail,
        clock=clock,
    )


def _refresh(conn: Connection) -> None:
    from .deadlines import refresh_deadlines  # it imports the stores that import this module

    refresh_deadlines(conn, calendar(conn))


def record_days(
    conn: Connection, days: Iterable[BankHoliday], *, user_id: int, clock: Clock = utc_now
) -> int:
    """Add these days (one already listed takes the new name); returns how many."""
    rows = [(d.day.isoformat(), _clean_note(d.note)) for d in days]
    if not rows:
        return 0
    with transaction(conn):
        conn.executemany(
            "INSERT INTO bank_holidays (day, note) VALUES (?, ?)"
            " ON CONFLICT (day) DO UPDATE SET note = excluded.note",
            rows,
        )
        _audit(conn, f"{len(rows)} bank holiday(s) recorded", user_id, clock)
        _refresh(conn)
    return len(rows)


def remove_days(
    conn: Connection, days: Iterable[date], *, user_id: int, clock: Clock = utc_now
) -> int:
    listed = sorted({d.isoformat() for d in days})
    if not listed:
        return 0
    with transaction(conn):
        marks = ", ".join("?" for _ in listed)
        count = conn.execute(f"DELETE FROM bank_holidays WHERE day IN ({marks})", listed).rowcount
        if count:
            _audit(conn, f"{count} bank holiday(s) removed", user_id, clock)
            _refresh(conn)
    return int(count)
