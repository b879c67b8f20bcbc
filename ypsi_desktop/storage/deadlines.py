"""Deadlines stored with a record and counted in working days, kept in step with the list of
bank holidays: a subject access request's response (one month, or three once extended) and
a child's file's receipt at their new school (five school days after they start there).

The referral acknowledgement is worked out each time it is shown (storage/due.py), so it
needs nothing here.
"""

from __future__ import annotations

from datetime import date

from ypsi_desktop.domain.calendar import Calendar

from .connection import Connection
from .subject_access_store import months_after

TRANSFER_SCHOOL_DAYS = 5  # KCSIE: within five school days of the child starting


def transfer_due(starts_on: date, days_off: Calendar) -> date:
    """Five school days after the child starts at the new setting. They are the new school's
    days and it is open, so they are counted as working days: never late."""
    return days_off.add_working_days(starts_on, TRANSFER_SCHOOL_DAYS)


def refresh_deadlines(conn: Connection, days_off: Calendar) -> int:
    """Work out again the deadlines of open requests and unreceived transfers (in the
    caller's transaction, after the bank holidays changed); returns how many moved."""
    moved = 0
    for request_id, received, extended, due in conn.execute(
        "SELECT id, received_on, extended_on, due_on FROM subject_access_requests"
        " WHERE completed_on IS NULL"
    ).fetchall():
        months = 3 if extended else 1
        new = months_after(date.fromisoformat(str(received)), months, days_off).isoformat()
        if new != due:
            conn.execute(
                "UPDATE subject_access_requests SET due_on = ? WHERE id = ?", (new, request_id)
            )
            moved += 1
    for transfer_id, starts, due in conn.execute(
        "SELECT id, starts_on, due_on FROM transfers_out WHERE received_on IS NULL"
    ).fetchall():
        new = transfer_due(date.fromisoformat(str(starts)), days_off).isoformat()
        if new != due:
            conn.execute("UPDATE transfers_out SET due_on = ? WHERE id = ?", (new, transfer_id))
            moved += 1
    return moved
