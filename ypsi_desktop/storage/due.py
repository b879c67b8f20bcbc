"""The due view: what needs chasing today.

Follow-up actions past their due date and not done, and referrals that an agency has not
acknowledged after one working day (agencies are expected to acknowledge a referral within
one working day; a DSL who has heard nothing by then should telephone). Also, from the moment
they start: a child's file sent to a new school whose receipt is not yet confirmed, and
subject access requests not yet answered, each with its deadline.
"""

from __future__ import annotations

from datetime import date, timedelta

from ypsi_desktop.domain.calendar import Calendar
from ypsi_desktop.domain.case_views import DueItem, DueKind

from .bank_holidays import calendar
from .case_codec import date_out
from .connection import Connection


def acknowledgement_due(made_on: date, days_off: Calendar | None = None) -> date:
    """The day by which a referral made on `made_on` should have been acknowledged: the next
    working day (not a weekend, nor a bank holiday the file lists)."""
    return (days_off or Calendar()).add_working_days(made_on, 1)


def latest_overdue_referral_date(as_of: date, days_off: Calendar | None = None) -> date:
    """The latest `made_on` whose acknowledgement is overdue on `as_of` (every earlier date
    is overdue too, since the due date never goes down as the referral date goes up)."""
    candidate = as_of - timedelta(days=1)
    while acknowledgement_due(candidate, days_off) >= as_of:
        candidate -= timedelta(days=1)
    return candidate


def due_items(conn: Connection, as_of: date) -> list[DueItem]:
    """Everything overdue on `as_of` in open incidents, most overdue first. (A closed
    incident has no open follow-ups, and chasing an acknowledgement for it is noise.)

    A follow-up is overdue from the day after its due date; a referral's acknowledgement from
    the day after the working day following the referral (made Friday: due Monday, overdue
    on Tuesday; a bank holiday the file lists is not a working day).
    """
    items: list[DueItem] = []
    days_off = calendar(conn)
    for row in conn.execute(
        "SELECT f.id, f.incident_id, i.reference, f.description, f.owner, f.due_on"
        " FROM follow_ups f CROSS JOIN incidents i ON i.id = f.incident_id"
        " WHERE f.done_on IS NULL AND f.due_on < ? AND i.status = 'open'",
        (as_of.isoformat(),),
    ):
        due_on = date_out(row[5])
        if due_on is None:
            continue
        items.append(
            DueItem(
                kind=DueKind.FOLLOW_UP,
                incident_id=int(row[1]),
                incident_reference=str(row[2]),
                item_id=int(row[0]),
                description=str(row[3]),
                owner=str(row[4]),
                due_on=due_on,
                days_overdue=(as_of - due_on).days,
            )
        )
    cutoff = latest_overdue_referral_date(as_of, days_off)
    for row in conn.execute(
        "SELECT r.id, r.incident_id, i.reference, r.agency, i.owner, r.made_on"
        " FROM referrals r CROSS JOIN incidents i ON i.id = r.incident_id"
        " WHERE r.acknowledged_on IS NULL AND r.made_on IS NOT NULL AND r.made_on <= ?"
        " AND i.status = 'open'",
        (cutoff.isoformat(),),
    ):
        made_on = date_out(row[5])
        if made_on is None:
            continue
        expected = acknowledgement_due(made_on, days_off)
        items.append(
            DueItem(
                kind=DueKind.ACKNOWLEDGEMENT,
                incident_id=int(row[1]),
                incident_reference=str(row[2]),
                item_id=int(row[0]),
                description=str(row[3]),
                owner=str(row[4]),
                due_on=expected,
                days_overdue=(as_of - expected).days,
            )
        )
    items += _lifetime_items(conn, as_of)
    items.sort(key=lambda item: (item.due_on, item.incident_reference, item.item_id))
    return items


# Person-level deadlines, each row: id, person id, person reference, description, owner, due.
_LIFETIME_QUERIES = (
    (
        DueKind.TRANSFER_RECEIPT,
        "SELECT t.id, t.person_id, p.reference, t.recipient, u.name, t.due_on"
        " FROM transfers_out t JOIN people p ON p.id = t.person_id"
        " LEFT JOIN users u ON u.id = t.sent_by WHERE t.received_on IS NULL",
    ),
    (
        DueKind.SUBJECT_ACCESS,
        "SELECT s.id, s.person_id, p.reference, s.requested_by || CASE WHEN s.extended_on"
        " IS NULL THEN '' ELSE ' (deadline extended)' END, u.name, s.due_on"
        " FROM subject_access_requests s JOIN people p ON p.id = s.person_id"
        " LEFT JOIN users u ON u.id = s.recorded_by WHERE s.completed_on IS NULL",
    ),
)


def _lifetime_items(conn: Connection, as_of: date) -> list[DueItem]:
    """A child's file sent and not yet confirmed received (due five school days after the
    child starts at the new setting), and subject access requests not yet answered (due one
    month after receipt): listed from the start, since both have a fixed deadline."""
    items: list[DueItem] = []
    for kind, sql in _LIFETIME_QUERIES:
        for row in conn.execute(sql):
            due_on = date.fromisoformat(str(row[5]))
            items.append(
                DueItem(
                    kind=kind,
                    incident_id=0,
                    incident_reference=str(row[2]),
                    item_id=int(row[0]),
                    description=str(row[3]),
                    owner=str(row[4] or ""),
                    due_on=due_on,
                    days_overdue=(as_of - due_on).days,
                    person_id=int(row[1]),
                )
            )
    return items
