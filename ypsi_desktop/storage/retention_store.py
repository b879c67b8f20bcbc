"""Retention: each person's review date, decisions to keep a record longer, and legal holds.

The rules themselves (date of birth + 25 years, the allegation period, estimates) are in
domain/retention.py; this module reads what they need from the case file: dates of birth and
ages, the date each person's first incident came to light, which children share incidents
with which adults, the latest decision to keep a record, and the holds in force.

Every write is audited (ids and dates only; the reasons live in the rows, not the audit log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ypsi_desktop.domain.case import PersonKind
from ypsi_desktop.domain.retention import (
    ReviewDate,
    allegation_review,
    child_review,
    follows_children,
    with_keep_decision,
)

from .audit import AuditAction, Clock, format_time, utc_now
from .case_codec import date_out
from .case_history import record_audit
from .connection import Connection, transaction

_LIVE = "merged_into_id IS NULL AND disposed_at IS NULL AND placeholder = 0"
REASON_LIMIT = 1000


class RetentionError(ValueError):
    """A retention request that cannot be done; the message says why, for a DSL."""


@dataclass(frozen=True)
class LegalHold:
    id: int
    person_id: int | None
    incident_id: int | None
    reference: str  # the person's or incident's reference
    reason: str
    placed_by: str
    placed_at: str
    lifted_by: str
    lifted_at: str | None
    lift_reason: str

    @property
    def in_force(self) -> bool:
        return self.lifted_at is None


@dataclass(frozen=True)
class RetentionItem:
    """One live person's record as the retention view lists it."""

    person_id: int
    reference: str
    kind: PersonKind
    name: str
    review: ReviewDate
    incidents: int
    holds: tuple[int, ...]  # ids of holds in force on the person or their incidents

    @property
    def on_hold(self) -> bool:
        return bool(self.holds)


@dataclass(frozen=True)
class _PersonRow:
    id: int
    reference: str
    kind: PersonKind
    name: str
    date_of_birth: date | None
    age_years: int | None
    age_recorded_on: date | None
    works_with_children: bool


def _name(first: str, last: str, known_as: str) -> str:
    name = " ".join(p for p in (first, last) if p)
    if known_as and known_as != first:
        name = f"{name} ({known_as})" if name else known_as
    return name or "(name not recorded)"


def _people(conn: Connection, person_id: int | None = None) -> dict[int, _PersonRow]:
    sql = (
        "SELECT id, reference, kind, first_name, last_name, known_as, date_of_birth, age_years,"
        f" age_recorded_on, works_with_children FROM people WHERE {_LIVE}"
    )
    params: tuple[int, ...] = ()
    if person_id is not None:
        sql += " AND id = ?"
        params = (person_id,)
    return {
        int(r[0]): _PersonRow(
            id=int(r[0]),
            reference=str(r[1]),
            kind=PersonKind(r[2]),
            name=_name(str(r[3]), str(r[4]), str(r[5])),
            date_of_birth=date_out(r[6]),
            age_years=None if r[7] is None else int(r[7]),
            age_recorded_on=date_out(r[8]),
            works_with_children=bool(r[9]),
        )
        for r in conn.execute(sql, params)
    }


def _links(conn: Connection) -> dict[int, list[tuple[int, date | None]]]:
    """person id -> [(incident id, the day it came to light)] for every live incident."""
    out: dict[int, list[tuple[int, date | None]]] = {}
    for person_id, incident_id, came in conn.execute(
        "SELECT ip.person_id, ip.incident_id, substr(i.came_to_light_at, 1, 10)"
        " FROM incident_people ip CROSS JOIN incidents i ON i.id = ip.incident_id"
        " WHERE i.disposed_at IS NULL"
    ):
        out.setdefault(int(person_id), []).append((int(incident_id), date_out(came)))
    return out


def _keep_until(conn: Connection) -> dict[int, date]:
    return {
        int(p): date.fromisoformat(str(k))
        for p, k in conn.execute(
            "SELECT person_id, max(keep_until) FROM retention_reviews GROUP BY person_id"
        )
    }


def _holds_by_person(
    conn: Connection, links: dict[int, list[tuple[int, date | None]]]
) -> dict[int, list[int]]:
    by_person: dict[int, list[int]] = {}
    by_incident: dict[int, list[int]] = {}
    for hold_id, person_id, incident_id in conn.execute(
        "SELECT id, person_id, incident_id FROM legal_holds WHERE lifted_at IS NULL"
    ):
        if person_id is not None:
            by_person.setdefault(int(person_id), []).append(int(hold_id))
        else:
            by_incident.setdefault(int(incident_id), []).append(int(hold_id))
    if by_incident:
        for person_id, incidents in links.items():
            for incident_id, _ in incidents:
                for hold_id in by_incident.get(incident_id, ()):
                    by_person.setdefault(person_id, []).append(hold_id)
    return by_person


def _first_day(incidents: list[tuple[int, date | None]]) -> date | None:
    days = [d for _, d in incidents if d is not None]
    return min(days) if days else None


def _reviews(
    people: dict[int, _PersonRow],
    links: dict[int, list[tuple[int, date | None]]],
    keep: dict[int, date],
    children_of_incident: dict[int, list[int]] | None = None,
    child_rows: dict[int, _PersonRow] | None = None,
) -> dict[int, ReviewDate]:
    """Review dates for `people`; adults need the children in their incidents."""
    child_rows = child_rows if child_rows is not None else people
    reviews: dict[int, ReviewDate] = {}

    def child(row: _PersonRow) -> ReviewDate:
        if row.id in reviews:
            return reviews[row.id]
        review = child_review(
            date_of_birth=row.date_of_birth,
            age_years=row.age_years,
            age_recorded_on=row.age_recorded_on,
            first_incident_on=_first_day(links.get(row.id, [])),
        )
        return with_keep_decision(review, keep.get(row.id))

    if children_of_incident is None:
        children_of_incident = {}
        for person_id, incidents in links.items():
            row = child_rows.get(person_id)
            if row is not None and row.kind is PersonKind.CHILD:
                for incident_id, _ in incidents:
                    children_of_incident.setdefault(incident_id, []).append(person_id)
    for row in people.values():
        if row.kind is PersonKind.CHILD:
            reviews[row.id] = child(row)
    for row in people.values():
        if row.kind is not PersonKind.ADULT:
            continue
        incidents = links.get(row.id, [])
        own = None
        if row.works_with_children:
            own = allegation_review(
                date_of_birth=row.date_of_birth,
                age_years=row.age_years,
                age_recorded_on=row.age_recorded_on,
                first_allegation_on=_first_day(incidents),
            )
        kids = {
            c for incident_id, _ in incidents for c in children_of_incident.get(incident_id, [])
        }
        child_dates = [child(child_rows[c]) for c in sorted(kids) if c in child_rows]
        if own is None and not child_dates:
            own = child_review(
                date_of_birth=None,
                age_years=None,
                age_recorded_on=None,
                first_incident_on=_first_day(incidents),
            )
        reviews[row.id] = with_keep_decision(follows_children(own, child_dates), keep.get(row.id))
    return reviews


def retention_items(
    conn: Connection, as_of: date, *, due_within_days: int | None = 0
) -> list[RetentionItem]:
    """Live records whose review date is on or before `as_of` + `due_within_days` (None: all
    records), plus every record whose date cannot be worked out; most overdue first."""
    people = _people(conn)
    links = _links(conn)
    reviews = _reviews(people, links, _keep_until(conn))
    holds = _holds_by_person(conn, links)
    limit = None if due_within_days is None else as_of.toordinal() + due_within_days
    items: list[RetentionItem] = []
    for person_id, row in people.items():
        review = reviews[person_id]
        if limit is not None and review.due_on is not None and review.due_on.toordinal() > limit:
            continue
        items.append(
            RetentionItem(
                person_id=person_id,
                reference=row.reference,
                kind=row.kind,
                name=row.name,
                review=review,
                incidents=len(links.get(person_id, [])),
                holds=tuple(sorted(set(holds.get(person_id, [])))),
            )
        )
    items.sort(key=lambda i: (i.review.due_on or date.min, i.reference))
    return items


def review_for(conn: Connection, person_id: int) -> ReviewDate:
    """The review date of one live person (children in an adult's incidents included)."""
    people = _people(conn, person_id)
    if person_id not in people:
        raise RetentionError("That record does not exist or has already been disposed of.")
    links = _links(conn)
    if people[person_id].kind is PersonKind.ADULT:
        incidents = {i for i, _ in links.get(person_id, [])}
        children = _people(conn)
        related = {
            p: r
            for p, r in children.items()
            if r.kind is PersonKind.CHILD and incidents & {i for i, _ in links.get(p, [])}
        }
        return _reviews(people, links, _keep_until(conn), child_rows={**related, **people})[
            person_id
        ]
    return _reviews(people, links, _keep_until(conn))[person_id]


# --- Legal holds ----------------------------------------------------------------------------


def _check_reason(reason: str, what: str) -> str:
    text = reason.strip()
    if not text:
        raise RetentionError(f"Write down {what}.")
    if len(text) > REASON_LIMIT:
        raise RetentionError(f"Keep {what} under {REASON_LIMIT} characters.")
    return text


def place_hold(
    conn: Connection,
    *,
    user_id: int,
    reason: str,
    person_id: int | None = None,
    incident_id: int | None = None,
    clock: Clock = utc_now,
) -> int:
    """Put a legal hold on a person or an incident; nothing it covers can be disposed of."""
    if (person_id is None) == (incident_id is None):
        raise ValueError("a hold is on one person or one incident")
    text = _check_reason(reason, "why the record must be kept (the inquiry or proceedings)")
    with transaction(conn):
        if person_id is not None:
            found = conn.execute(
                "SELECT 1 FROM people WHERE id = ? AND disposed_at IS NULL", (person_id,)
            ).fetchone()
        else:
            found = conn.execute(
                "SELECT 1 FROM incidents WHERE id = ? AND disposed_at IS NULL", (incident_id,)
            ).fetchone()
        if found is None:
            raise RetentionError("That record does not exist or has been disposed of.")
        cursor = conn.execute(
            "INSERT INTO legal_holds (person_id, incident_id, reason, placed_by, placed_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (person_id, incident_id, text, user_id, format_time(clock())),
        )
        hold_id = int(cursor.lastrowid or 0)
        target = f"person {person_id}" if person_id is not None else f"incident {incident_id}"
        record_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CREATE,
            record_type="legal_hold",
            record_id=hold_id,
            detail=f"legal hold placed on {target}",
            clock=clock,
        )
    return hold_id


def lift_hold(
    conn: Connection, hold_id: int, *, user_id: int, reason: str, clock: Clock = utc_now
) -> None:
    text = _check_reason(reason, "why the hold can be lifted")
    with transaction(conn):
        row = conn.execute("SELECT lifted_at FROM legal_holds WHERE id = ?", (hold_id,)).fetchone()
        if row is None:
            raise RetentionError(f"There is no legal hold {hold_id}.")
        if row[0] is not None:
            raise RetentionError("That legal hold has already been lifted.")
        conn.execute(
            "UPDATE legal_holds SET lifted_by = ?, lifted_at = ?, lift_reason = ? WHERE id = ?",
            (user_id, format_time(clock()), text, hold_id),
        )
        record_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CHANGE,
            record_type="legal_hold",
            record_id=hold_id,
            detail="legal hold lifted",
            clock=clock,
        )


def list_holds(conn: Connection, *, in_force_only: bool = False) -> list[LegalHold]:
    where = "WHERE h.lifted_at IS NULL" if in_force_only else ""
    return [
        LegalHold(
            id=int(r[0]),
            person_id=None if r[1] is None else int(r[1]),
            incident_id=None if r[2] is None else int(r[2]),
            reference=str(r[3] or r[4] or ""),
            reason=str(r[5]),
            placed_by=str(r[6] or ""),
            placed_at=str(r[7]),
            lifted_by=str(r[8] or ""),
            lifted_at=None if r[9] is None else str(r[9]),
            lift_reason=str(r[10]),
        )
        for r in conn.execute(
            "SELECT h.id, h.person_id, h.incident_id, p.reference, i.reference, h.reason,"
            " u.name, h.placed_at, l.name, h.lifted_at, h.lift_reason FROM legal_holds h"
            " LEFT JOIN people p ON p.id = h.person_id"
            " LEFT JOIN incidents i ON i.id = h.incident_id"
            " LEFT JOIN users u ON u.id = h.placed_by LEFT JOIN users l ON l.id = h.lifted_by"
            f" {where} ORDER BY h.id"
        )
    ]


def holds_blocking(conn: Connection, person_id: int) -> list[int]:
    """Ids of holds in force on this person or on any incident they appear in."""
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM legal_holds WHERE lifted_at IS NULL AND (person_id = ?1 OR"
            " incident_id IN (SELECT incident_id FROM incident_people WHERE person_id = ?1))"
            " ORDER BY id",
            (person_id,),
        )
    ]


# --- Decisions to keep ----------------------------------------------------------------------


def record_keep(
    conn: Connection,
    person_id: int,
    *,
    keep_until: date,
    reason: str,
    user_id: int,
    today: date,
    clock: Clock = utc_now,
) -> int:
    """A review decided to keep this record until `keep_until` (a later date), and why."""
    text = _check_reason(reason, "why the record is being kept longer")
    if keep_until <= today:
        raise RetentionError("Choose a date in the future to keep the record until.")
    with transaction(conn):
        if not _people(conn, person_id):
            raise RetentionError("That record does not exist or has been disposed of.")
        cursor = conn.execute(
            "INSERT INTO retention_reviews (person_id, keep_until, reason, reviewed_by,"
            " reviewed_at) VALUES (?, ?, ?, ?, ?)",
            (person_id, keep_until.isoformat(), text, user_id, format_time(clock())),
        )
        record_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CHANGE,
            record_type="person",
            record_id=person_id,
            detail=f"retention reviewed: kept until {keep_until.isoformat()}",
            clock=clock,
        )
    return int(cursor.lastrowid or 0)
