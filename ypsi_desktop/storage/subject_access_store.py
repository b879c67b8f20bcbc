"""Subject access requests: when each was received, its deadline, the redactions the DSL has
released in its response and why, and when it was answered.

The deadline is one calendar month from receipt (UK GDPR art. 12(3); the ICO's rule: the
corresponding date in the next month, or that month's last day when it is shorter; a weekend
or a bank holiday the file lists moves it to the next working day). For a complex request
the DSL may extend it by two further months (three from receipt, moved off a weekend or bank
holiday in the same way), deciding within the first month and recording why.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ypsi_desktop.domain.calendar import Calendar

from .audit import AuditAction, Clock, format_time, utc_now
from .bank_holidays import calendar as listed_holidays
from .case_codec import date_out
from .case_history import record_audit
from .connection import Connection, transaction

_KEY = re.compile(r"[a-z_]{1,30}:[0-9a-z_\-]{1,60}")


class AccessRequestError(ValueError):
    """A request or release that cannot be recorded; the message says why, for a DSL."""


def one_month_after(received: date, days_off: Calendar | None = None) -> date:
    """The response deadline for a request received on `received`."""
    return months_after(received, 1, days_off)


def months_after(received: date, months: int, days_off: Calendar | None = None) -> date:
    """The same date `months` later (or that month's last day), on a working day."""
    year, month = divmod(received.year * 12 + received.month - 1 + months, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return (days_off or Calendar()).on_or_after(date(year, month, min(received.day, last)))


@dataclass(frozen=True)
class AccessRequest:
    id: int
    person_id: int
    reference: str
    name: str
    received_on: date
    due_on: date
    requested_by: str
    completed_on: date | None
    recorded_by: str
    extended_on: date | None = None
    extension_reason: str = ""

    @property
    def open(self) -> bool:
        return self.completed_on is None


@dataclass(frozen=True)
class Release:
    item_key: str
    reason: str
    released_by: str
    released_at: str


def _request_from_row(r: tuple[object, ...]) -> AccessRequest:
    return AccessRequest(
        id=int(str(r[0])),
        person_id=int(str(r[1])),
        reference=str(r[2]),
        name=" ".join(p for p in (str(r[3]), str(r[4])) if p) or "(name not recorded)",
        received_on=date.fromisoformat(str(r[5])),
        due_on=date.fromisoformat(str(r[6])),
        requested_by=str(r[7]),
        completed_on=date_out(r[8]),
        recorded_by=str(r[9] or ""),
        extended_on=date_out(r[10]),
        extension_reason=str(r[11] or ""),
    )


_SELECT = (
    "SELECT s.id, s.person_id, p.reference, p.first_name, p.last_name, s.received_on, s.due_on,"
    " s.requested_by, s.completed_on, u.name, s.extended_on, s.extension_reason"
    " FROM subject_access_requests s"
    " JOIN people p ON p.id = s.person_id LEFT JOIN users u ON u.id = s.recorded_by"
)


def requests(conn: Connection, *, open_only: bool = False) -> list[AccessRequest]:
    where = " WHERE s.completed_on IS NULL" if open_only else ""
    return [
        _request_from_row(tuple(r))
        for r in conn.execute(f"{_SELECT}{where} ORDER BY s.due_on, s.id")
    ]


def request(conn: Connection, request_id: int) -> AccessRequest:
    row = conn.execute(f"{_SELECT} WHERE s.id = ?", (request_id,)).fetchone()
    if row is None:
        raise AccessRequestError(f"There is no subject access request {request_id}.")
    return _request_from_row(tuple(row))


def _audit(
    conn: Connection, action: AuditAction, request_id: int, detail: str, user_id: int, clock: Clock
) -> None:
    record_audit(
        conn,
        user_id=user_id,
        action=action,
        record_type="subject_access",
        record_id=request_id,
        detail=detail,
        clock=clock,
    )


def record_request(
    conn: Connection,
    person_id: int,
    *,
    received_on: date,
    requested_by: str,
    user_id: int,
    clock: Clock = utc_now,
) -> int:
    with transaction(conn):
        found = conn.execute(
            "SELECT 1 FROM people WHERE id = ? AND disposed_at IS NULL AND merged_into_id IS NULL"
            " AND placeholder = 0",
            (person_id,),
        ).fetchone()
        if found is None:
            raise AccessRequestError("That person's record does not exist in this file.")
        cursor = conn.execute(
            "INSERT INTO subject_access_requests (person_id, received_on, due_on, requested_by,"
            " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                person_id,
                received_on.isoformat(),
                one_month_after(received_on, listed_holidays(conn)).isoformat(),
                requested_by.strip()[:200],
                user_id,
                format_time(clock()),
            ),
        )
        request_id = int(cursor.lastrowid or 0)
        _audit(
            conn,
            AuditAction.CREATE,
            request_id,
            f"subject access request recorded for person {person_id}",
            user_id,
            clock,
        )
    return request_id


def releases(conn: Connection, request_id: int) -> dict[str, Release]:
    return {
        str(r[0]): Release(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3]))
        for r in conn.execute(
            "SELECT r.item_key, r.reason, u.name, r.released_at FROM subject_access_releases r"
            " LEFT JOIN users u ON u.id = r.released_by WHERE r.request_id = ? ORDER BY r.id",
            (request_id,),
        )
    }


def record_release(
    conn: Connection,
    request_id: int,
    item_key: str,
    *,
    reason: str,
    user_id: int,
    clock: Clock = utc_now,
) -> None:
    text = reason.strip()
    if not text:
        raise AccessRequestError("Write down why this information can be released.")
    if len(text) > 1000:
        raise AccessRequestError("Keep the reason under 1,000 characters.")
    if _KEY.fullmatch(item_key) is None:
        raise ValueError("not a redaction key")
    with transaction(conn):
        found = request(conn, request_id)
        if not found.open:
            raise AccessRequestError("This request has been answered; record a new one.")
        if conn.execute(
            "SELECT 1 FROM subject_access_releases WHERE request_id = ? AND item_key = ?",
            (request_id, item_key),
        ).fetchone():
            raise AccessRequestError("That redaction has already been released.")
        conn.execute(
            "INSERT INTO subject_access_releases (request_id, item_key, reason, released_by,"
            " released_at) VALUES (?, ?, ?, ?, ?)",
            (request_id, item_key, text, user_id, format_time(clock())),
        )
        _audit(
            conn, AuditAction.CHANGE, request_id, f"redaction {item_key} released", user_id, clock
        )


def record_extension(
    conn: Connection,
    request_id: int,
    *,
    reason: str,
    extended_on: date,
    user_id: int,
    clock: Clock = utc_now,
) -> date:
    """Extend the deadline by two further months; returns the new deadline. Only once, only
    while the request is open, and only within its first month (the requester must be told
    within it)."""
    text = " ".join(reason.split())
    if not text:
        raise AccessRequestError("Say why the request needs longer (it is complex or one of many).")
    if len(text) > 1000:
        raise AccessRequestError("Keep the reason under 1,000 characters.")
    with transaction(conn):
        found = request(conn, request_id)
        if not found.open:
            raise AccessRequestError("This request has already been answered.")
        if found.extended_on is not None:
            raise AccessRequestError("This request's deadline has already been extended once.")
        first_month = found.due_on  # one month on, kept in step with the bank holidays
        if extended_on > first_month:
            raise AccessRequestError(
                "An extension has to be decided, and the requester told, within the first "
                f"month: by {first_month:%d/%m/%Y} for this request."
            )
        if extended_on < found.received_on:
            raise AccessRequestError("An extension cannot come before the request.")
        due = months_after(found.received_on, 3, listed_holidays(conn))
        conn.execute(
            "UPDATE subject_access_requests SET due_on = ?, extended_on = ?, extension_reason = ?"
            " WHERE id = ?",
            (due.isoformat(), extended_on.isoformat(), text, request_id),
        )
        _audit(
            conn,
            AuditAction.CHANGE,
            request_id,
            "subject access deadline extended by two months",
            user_id,
            clock,
        )
    return due


def record_completed(
    conn: Connection, request_id: int, *, completed_on: date, user_id: int, clock: Clock = utc_now
) -> None:
    with transaction(conn):
        found = request(conn, request_id)
        if not found.open:
            raise AccessRequestError("This request has already been marked as answered.")
        if completed_on < found.received_on:
            raise AccessRequestError("A request cannot be answered before it was received.")
        conn.execute(
            "UPDATE subject_access_requests SET completed_on = ? WHERE id = ?",
            (completed_on.isoformat(), request_id),
        )
        _audit(
            conn, AuditAction.CHANGE, request_id, "subject access request answered", user_id, clock
        )
