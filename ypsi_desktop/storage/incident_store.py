"""Reading and writing one incident's rows: the incident itself, its people, referrals and
follow-ups. Used by IncidentRepository, which wraps each save in a transaction with its audit
and chronology entries.

The sync functions compare the incident being saved with the one stored, so the repository
knows which fields changed (for the audit entry, which names fields, never values) and which
changes are part of the incident's story (a referral made, an acknowledgement received, a
follow-up added or done), which go in the chronology.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import reduce
from typing import Any

from ypsi_desktop.domain.case import (
    Agency,
    FollowUp,
    Incident,
    IncidentPerson,
    IncidentStatus,
    Referral,
    ReviewMeeting,
    RiskRating,
    Role,
    Viewing,
)
from ypsi_desktop.domain.dates import short_date

from .case_codec import (
    PERSON_SELECT,
    SqlValue,
    date_in,
    date_out,
    datetime_in,
    datetime_out,
    person_from_row,
    tri_in,
    tri_out,
)
from .connection import Connection

# (column, attribute path on Incident, codec): every stored Incident field but status, the
# collections and the id/reference, which have their own handling.
_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("owner", "owner", "text"),
    ("came_to_light_at", "came_to_light_at", "datetime"),
    ("closed_on", "closed_on", "date"),
    ("reported_by", "reported_by", "text"),
    ("how_came_to_light", "how_came_to_light", "text"),
    ("imagery_description", "imagery_description", "text"),
    ("viewed", "viewing.viewed", "tri"),
    ("viewed_by", "viewing.viewed_by", "text"),
    ("viewed_at", "viewing.viewed_at", "datetime"),
    ("viewing_reason", "viewing.reason", "text"),
    ("viewing_others_present", "viewing.others_present", "text"),
    ("apps_services", "apps_services", "text"),
    ("shared_publicly", "shared_publicly", "tri"),
    ("sharing_extent", "sharing_extent", "text"),
    ("multiple_incidents", "multiple_incidents", "tri"),
    ("review_held_on", "review.held_on", "date"),
    ("review_attendees", "review.attendees", "text"),
    ("review_triggers_considered", "review.triggers_considered", "text"),
    ("review_notes", "review.notes", "text"),
    ("device_steps", "device_steps", "text"),
    ("parents_contacted", "parents_contacted", "tri"),
    ("parents_contact_details", "parents_contact_details", "text"),
    ("parents_not_contacted_reason", "parents_not_contacted_reason", "text"),
    ("advice_report_remove", "advice_report_remove", "tri"),
    ("advice_ceop", "advice_ceop", "tri"),
    ("support_given", "support_given", "text"),
    ("outcome", "outcome", "text"),
)
_TO_SQL: dict[str, Callable[[Any], SqlValue]] = {
    "text": str,
    "tri": tri_in,
    "date": date_in,
    "datetime": datetime_in,
}
_FROM_SQL: dict[str, Callable[[Any], Any]] = {
    "text": str,
    "tri": tri_out,
    "date": date_out,
    "datetime": datetime_out,
}
INCIDENT_SELECT = "id, reference, status, " + ", ".join(c for c, _, _ in _FIELDS)

AGENCY_LABELS = {
    Agency.MASH: "children's social care (MASH)",
    Agency.POLICE: "the police",
    Agency.LADO: "the LADO",
    Agency.CEOP: "CEOP",
    Agency.OTHER: "another agency",
}


@dataclass
class Story:
    """What a save changed, for the audit detail and the chronology."""

    changed_fields: list[str] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=dict)  # kind -> [added, removed, changed]
    events: list[tuple[str, str, date | None]] = field(default_factory=list)  # kind, body, when
    names_changed: set[int] = field(default_factory=set)  # person ids

    def count(self, kind: str, index: int) -> None:
        self.counts.setdefault(kind, [0, 0, 0])[index] += 1


def _get(incident: Incident, path: str) -> Any:
    return reduce(getattr, path.split("."), incident)


def incident_values(incident: Incident) -> dict[str, SqlValue]:
    return {col: _TO_SQL[codec](_get(incident, path)) for col, path, codec in _FIELDS}


def incident_differences(old: Incident, new: Incident) -> list[str]:
    return [col for col, path, _ in _FIELDS if _get(old, path) != _get(new, path)]


def _incident_from_row(row: tuple[Any, ...]) -> Incident:
    top: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {"viewing": {}, "review": {}}
    for (_, path, codec), value in zip(_FIELDS, row[3:], strict=True):
        head, _, tail = path.partition(".")
        target = nested[head] if tail else top
        target[tail or head] = _FROM_SQL[codec](value)
    return Incident(
        id=int(row[0]),
        reference=str(row[1]),
        status=IncidentStatus(row[2]),
        viewing=Viewing(**nested["viewing"]),
        review=ReviewMeeting(**nested["review"]),
        **top,
    )


def load_incident(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(
        f"SELECT {INCIDENT_SELECT} FROM incidents WHERE id = ?", (incident_id,)
    ).fetchone()
    if row is None:
        return None
    incident = _incident_from_row(tuple(row))
    person_columns = ", ".join(f"p.{c.strip()}" for c in PERSON_SELECT.split(","))
    for link in conn.execute(
        f"SELECT {person_columns}, ip.roles, ip.own_words, ip.parents_aware,"
        " ip.parents_consent, ip.parents_not_informed_reason, ip.notes"
        " FROM incident_people ip CROSS JOIN people p ON p.id = ip.person_id"
        " WHERE ip.incident_id = ? ORDER BY ip.position",
        (incident_id,),
    ).fetchall():
        roles, own_words, aware, consent, reason, notes = link[-6:]
        incident.people.append(
            IncidentPerson(
                person=person_from_row(link[:-6]),
                roles=frozenset(Role(r) for r in str(roles).split(",") if r),
                own_words=str(own_words),
                parents_aware=tri_out(aware),
                parents_consent=tri_out(consent),
                parents_not_informed_reason=str(reason),
                notes=str(notes),
            )
        )
    children: dict[int, set[int]] = {}
    for referral_id, person_id in conn.execute(
        "SELECT rc.referral_id, rc.person_id FROM referrals r"
        " CROSS JOIN referral_children rc ON rc.referral_id = r.id WHERE r.incident_id = ?",
        (incident_id,),
    ):
        children.setdefault(int(referral_id), set()).add(int(person_id))
    for r in conn.execute(
        "SELECT id, agency, made_on, telephone_first, spoken_to, agency_reference,"
        " risk_rating, risk_reasons, acknowledged_on, agency_decision FROM referrals"
        " WHERE incident_id = ? ORDER BY position, id",
        (incident_id,),
    ).fetchall():
        incident.referrals.append(
            Referral(
                agency=Agency(r[1]),
                made_on=date_out(r[2]),
                telephone_first=tri_out(r[3]),
                spoken_to=str(r[4]),
                agency_reference=str(r[5]),
                risk_rating=RiskRating(r[6]),
                risk_reasons=str(r[7]),
                acknowledged_on=date_out(r[8]),
                agency_decision=str(r[9]),
                children=frozenset(children.get(int(r[0]), ())),
                id=int(r[0]),
            )
        )
    for f in conn.execute(
        "SELECT id, description, owner, due_on, done_on FROM follow_ups"
        " WHERE incident_id = ? ORDER BY position, id",
        (incident_id,),
    ).fetchall():
        incident.follow_ups.append(
            FollowUp(
                description=str(f[1]),
                owner=str(f[2]),
                due_on=date_out(f[3]),
                done_on=date_out(f[4]),
                id=int(f[0]),
            )
        )
    return incident


def _link_values(link: IncidentPerson) -> tuple[SqlValue, ...]:
    return (
        ",".join(sorted(Role(r).value for r in link.roles)),
        link.own_words,
        tri_in(link.parents_aware),
        tri_in(link.parents_consent),
        link.parents_not_informed_reason,
        link.notes,
    )


def sync_links(
    conn: Connection, incident_id: int, new: Incident, old: Incident | None, story: Story
) -> None:
    """Write the incident's people links (the people themselves are already saved)."""
    before = {ip.person.id: ip for ip in (old.people if old else [])}
    seen: set[int] = set()
    for position, link in enumerate(new.people):
        person_id = link.person.id
        if person_id is None:
            raise ValueError("save the person before linking them")
        if person_id in seen:
            raise ValueError("a person is listed twice in this incident")
        seen.add(person_id)
        previous = before.get(person_id)
        if previous is not None and _link_values(previous) == _link_values(link):
            if old is not None and old.people.index(previous) == position:
                continue
        else:
            story.count("people", 0 if previous is None else 2)
        conn.execute(
            "INSERT INTO incident_people (incident_id, person_id, position, roles, own_words,"
            " parents_aware, parents_consent, parents_not_informed_reason, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, person_id) DO UPDATE"
            " SET position = excluded.position, roles = excluded.roles,"
            " own_words = excluded.own_words, parents_aware = excluded.parents_aware,"
            " parents_consent = excluded.parents_consent,"
            " parents_not_informed_reason = excluded.parents_not_informed_reason,"
            " notes = excluded.notes",
            (incident_id, person_id, position, *_link_values(link)),
        )
    for person_id in set(before) - seen:
        story.count("people", 1)
        conn.execute(
            "DELETE FROM incident_people WHERE incident_id = ? AND person_id = ?",
            (incident_id, person_id),
        )


def referral_values(r: Referral) -> tuple[SqlValue, ...]:
    """A referral's own columns, agency to agency_decision (shared with case_import)."""
    return (
        Agency(r.agency).value,
        date_in(r.made_on),
        tri_in(r.telephone_first),
        r.spoken_to,
        r.agency_reference,
        RiskRating(r.risk_rating).value,
        r.risk_reasons,
        date_in(r.acknowledged_on),
        r.agency_decision,
    )


def _referral_made(r: Referral) -> str:
    phoned = " (by telephone first)" if r.telephone_first else ""
    when = f" on {short_date(r.made_on)}" if r.made_on else ""
    return f"Referral made to {AGENCY_LABELS[r.agency]}{when}{phoned}."


def sync_referrals(
    conn: Connection, incident_id: int, new: Incident, old: Incident | None, story: Story
) -> None:
    before = {r.id: r for r in (old.referrals if old else [])}
    people = {ip.person.id for ip in new.people}
    seen: set[int] = set()
    columns = (
        "agency, made_on, telephone_first, spoken_to, agency_reference, risk_rating,"
        " risk_reasons, acknowledged_on, agency_decision"
    )
    for position, r in enumerate(new.referrals):
        if not r.children <= people:
            raise ValueError("a referral can only concern people in this incident")
        previous = before.get(r.id)
        if r.id is None:
            cursor = conn.execute(
                f"INSERT INTO referrals (incident_id, position, {columns})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (incident_id, position, *referral_values(r)),
            )
            r.id = int(cursor.lastrowid or 0)
            story.count("referrals", 0)
            label = AGENCY_LABELS[r.agency]
            story.events.append(
                ("referral", _referral_made(r), r.made_on)
                if r.made_on
                else ("referral", f"Referral to {label} added to the record; not yet made.", None)
            )
        elif previous is None:
            raise ValueError(f"referral {r.id} does not belong to this incident")
        else:
            if referral_values(previous) != referral_values(r) or previous.children != r.children:
                story.count("referrals", 2)
            conn.execute(
                "UPDATE referrals SET position = ?, agency = ?, made_on = ?, telephone_first = ?,"
                " spoken_to = ?, agency_reference = ?, risk_rating = ?, risk_reasons = ?,"
                " acknowledged_on = ?, agency_decision = ? WHERE id = ?",
                (position, *referral_values(r), r.id),
            )
            if previous.made_on is None and r.made_on is not None:
                story.events.append(("referral", _referral_made(r), r.made_on))
        if previous is not None and previous.acknowledged_on is None and r.acknowledged_on:
            story.events.append(
                (
                    "acknowledgement",
                    f"Acknowledgement received from {AGENCY_LABELS[r.agency]} on "
                    f"{short_date(r.acknowledged_on)}.",
                    r.acknowledged_on,
                )
            )
        seen.add(r.id)
        if previous is None or previous.children != r.children:
            conn.execute("DELETE FROM referral_children WHERE referral_id = ?", (r.id,))
            conn.executemany(
                "INSERT INTO referral_children (referral_id, person_id) VALUES (?, ?)",
                [(r.id, pid) for pid in sorted(c for c in r.children)],
            )
    for referral_id in set(before) - seen:
        gone = before[referral_id]
        story.count("referrals", 1)
        conn.execute("DELETE FROM referral_children WHERE referral_id = ?", (referral_id,))
        conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))
        story.events.append(
            ("referral", f"Referral to {AGENCY_LABELS[gone.agency]} removed from the record.", None)
        )


def _describe(f: FollowUp) -> str:
    extras = [x for x in (f.owner.strip(), f"due {short_date(f.due_on)}" if f.due_on else "") if x]
    return f.description.strip() + (f" ({', '.join(extras)})" if extras else "")


def sync_follow_ups(
    conn: Connection, incident_id: int, new: Incident, old: Incident | None, story: Story
) -> None:
    before = {f.id: f for f in (old.follow_ups if old else [])}
    seen: set[int] = set()
    for position, f in enumerate(new.follow_ups):
        values = (position, date_in(f.due_on), date_in(f.done_on), f.owner, f.description)
        previous = before.get(f.id)
        if f.id is None:
            cursor = conn.execute(
                "INSERT INTO follow_ups (incident_id, position, due_on, done_on, owner,"
                " description) VALUES (?, ?, ?, ?, ?, ?)",
                (incident_id, *values),
            )
            f.id = int(cursor.lastrowid or 0)
            story.count("follow_ups", 0)
            story.events.append(("follow_up", f"Follow-up action added: {_describe(f)}.", None))
        elif previous is None:
            raise ValueError(f"follow-up {f.id} does not belong to this incident")
        else:
            old_values = (previous.due_on, previous.done_on, previous.owner, previous.description)
            if old_values != (f.due_on, f.done_on, f.owner, f.description):
                story.count("follow_ups", 2)
            conn.execute(
                "UPDATE follow_ups SET position = ?, due_on = ?, done_on = ?, owner = ?,"
                " description = ? WHERE id = ?",
                (*values, f.id),
            )
        if f.done_on is not None and (previous is None or previous.done_on is None):
            story.events.append(
                ("follow_up_done", f"Follow-up action completed: {_describe(f)}.", f.done_on)
            )
        seen.add(f.id)
    for follow_up_id in set(before) - seen:
        story.count("follow_ups", 1)
        conn.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))
        story.events.append(
            (
                "follow_up",
                f"Follow-up action removed from the record: {_describe(before[follow_up_id])}.",
                None,
            )
        )
    conn.execute(
        "UPDATE incidents SET next_due = (SELECT min(due_on) FROM follow_ups"
        " WHERE incident_id = ?1 AND done_on IS NULL AND due_on IS NOT NULL) WHERE id = ?1",
        (incident_id,),
    )
