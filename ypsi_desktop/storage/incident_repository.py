"""Incidents: save (one upsert of the incident, its people, referrals and follow-ups), read,
close and reopen, and add or erase chronology notes.

Every method that writes runs in ONE transaction with its audit entries (ids and field names
only) and, when the incident's story changed, its chronology entries, so a crash leaves
either the whole change, sealed in the history, or none of it. The full-text index row is
refreshed in the same transaction, so a search never finds text the record no longer holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from ypsi_desktop.domain.case import (
    ChronologyEntry,
    FollowUp,
    Incident,
    IncidentStatus,
    Referral,
)
from ypsi_desktop.domain.closing import check_can_close

from .audit import AuditAction, Clock, erase_chronology_entry, format_time, utc_now
from .case_history import read_entries, record_audit, record_story
from .connection import Connection, transaction
from .incident_store import (
    Story,
    incident_differences,
    incident_values,
    load_incident,
    sync_follow_ups,
    sync_links,
    sync_referrals,
)
from .person_repository import incidents_of, upsert_person
from .search import refresh, refresh_many


class IncidentNotFound(LookupError):
    pass


def _remember_ids(incident: Incident) -> Callable[[], None]:
    """A function putting back the ids and references a failed save wrote into `incident`."""
    people = [(p.person, p.person.id, p.person.reference) for p in incident.people]
    collection: list[Referral | FollowUp] = [*incident.referrals, *incident.follow_ups]
    items = [(item, item.id) for item in collection]
    top = (incident.id, incident.reference)

    def restore() -> None:
        incident.id, incident.reference = top
        for person, person_id, reference in people:
            person.id, person.reference = person_id, reference
        for item, item_id in items:
            item.id = item_id

    return restore


def _audit_detail(story: Story, created: bool) -> str:
    parts = ["created" if created else ""]
    if story.changed_fields:
        shown = story.changed_fields[:6]
        more = len(story.changed_fields) - len(shown)
        parts.append("changed: " + ", ".join(shown) + (f" and {more} more" if more else ""))
    for kind, (added, removed, changed) in sorted(story.counts.items()):
        parts.append(f"{kind} +{added} -{removed} ~{changed}")
    return "; ".join(p for p in parts if p) or "saved, nothing changed"


class IncidentRepository:
    """Incident records, with the people, referrals and follow-ups that belong to them."""

    def __init__(self, conn: Connection, *, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.clock = clock

    # --- Reading -------------------------------------------------------------------------

    def get(self, incident_id: int) -> Incident | None:
        return load_incident(self.conn, incident_id)

    def get_by_reference(self, reference: str) -> Incident | None:
        row = self.conn.execute(
            "SELECT id FROM incidents WHERE reference = ?", (reference.strip().upper(),)
        ).fetchone()
        return None if row is None else load_incident(self.conn, int(row[0]))

    def chronology(self, incident_id: int) -> list[ChronologyEntry]:
        return read_entries(self.conn, "c.incident_id = ?", (incident_id,))

    def has_decision(self, incident_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM assessments WHERE incident_id = ? LIMIT 1", (incident_id,)
        ).fetchone()
        return row is not None

    # --- Writing -------------------------------------------------------------------------

    def save(self, incident: Incident, *, user_id: int) -> Incident:
        """Insert or update the incident and everything in it; people are upserted too.

        Ids and references assigned here are written back into `incident` (and its people,
        referrals and follow-ups), which is returned. Status changes go through `close` and
        `reopen`, never through a save.
        """
        restore = _remember_ids(incident)
        try:
            self._save(incident, user_id)
        except BaseException:
            restore()  # the transaction was rolled back: ids assigned in it do not exist
            raise
        return incident

    def _save(self, incident: Incident, user_id: int) -> None:
        with transaction(self.conn):
            old = None if incident.id is None else load_incident(self.conn, incident.id)
            if incident.id is not None and old is None:
                raise IncidentNotFound(f"there is no incident {incident.id}")
            expected = IncidentStatus.OPEN if old is None else old.status
            if IncidentStatus(incident.status) is not expected or (
                old is not None and incident.closed_on != old.closed_on
            ):
                raise ValueError(
                    "This incident was closed or reopened meanwhile. Open it again to see it "
                    "as it is now."
                )
            story = Story()
            for link in incident.people:
                _, names_changed = upsert_person(
                    self.conn, link.person, user_id=user_id, clock=self.clock
                )
                if names_changed and link.person.id is not None:
                    story.names_changed.add(link.person.id)
            incident_id = self._write_row(incident, old, story, user_id)
            sync_links(self.conn, incident_id, incident, old, story)
            sync_referrals(self.conn, incident_id, incident, old, story)
            sync_follow_ups(self.conn, incident_id, incident, old, story)
            if old is None:
                story.events.insert(0, ("incident_recorded", "Incident recorded.", None))
            if old is None or story.changed_fields or story.counts:
                record_audit(
                    self.conn,
                    user_id=user_id,
                    action=AuditAction.CREATE if old is None else AuditAction.CHANGE,
                    record_type="incident",
                    record_id=incident_id,
                    detail=_audit_detail(story, old is None),
                    clock=self.clock,
                )
            for kind, body, when in story.events:
                record_story(
                    self.conn,
                    incident_id=incident_id,
                    user_id=user_id,
                    kind=kind,
                    body=body,
                    occurred_at=when,
                    clock=self.clock,
                )
            others: set[int] = set()
            for person_id in story.names_changed:
                others.update(incidents_of(self.conn, person_id))
            refresh_many(self.conn, others | {incident_id})

    def _write_row(
        self, incident: Incident, old: Incident | None, story: Story, user_id: int
    ) -> int:
        values = incident_values(incident)
        now = format_time(self.clock())
        if old is None:
            year = self.clock().year
            (number,) = self.conn.execute(
                "SELECT coalesce(max(ref_number), 0) + 1 FROM incidents WHERE ref_year = ?",
                (year,),
            ).fetchone()
            reference = f"YP-{year}-{int(number):04d}"
            values.update(
                ref_year=year,
                ref_number=int(number),
                reference=reference,
                status=IncidentStatus.OPEN.value,
                created_by=user_id,
                created_at=now,
                updated_at=now,
            )
            cursor = self.conn.execute(
                f"INSERT INTO incidents ({', '.join(values)})"
                f" VALUES ({', '.join('?' for _ in values)})",
                tuple(values.values()),
            )
            incident.id, incident.reference = int(cursor.lastrowid or 0), reference
            return incident.id
        incident_id = int(old.id or 0)  # a stored incident always has its id
        incident.reference = old.reference
        story.changed_fields = incident_differences(old, incident)
        if story.changed_fields:
            values["updated_at"] = now
            self.conn.execute(
                f"UPDATE incidents SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                (*values.values(), incident_id),
            )
        return incident_id

    def close(self, incident_id: int, *, user_id: int, closed_on: date) -> Incident:
        """Close the incident, or raise CannotClose listing every reason it cannot be yet
        (no decision recorded, no outcome, follow-up actions still open)."""
        with transaction(self.conn):
            incident = self._require(incident_id)
            check_can_close(incident, has_decision=self.has_decision(incident_id))
            self.conn.execute(
                "UPDATE incidents SET status = 'closed', closed_on = ?, updated_at = ?"
                " WHERE id = ?",
                (closed_on.isoformat(), format_time(self.clock()), incident_id),
            )
            self._story(incident_id, user_id, "closed", "Incident closed.", closed_on, "closed")
        return replace(incident, status=IncidentStatus.CLOSED, closed_on=closed_on)

    def reopen(self, incident_id: int, *, user_id: int, reason: str) -> Incident:
        """Reopen a closed incident; the reason goes in the chronology."""
        if not reason.strip():
            raise ValueError("Say why the incident is being reopened.")
        with transaction(self.conn):
            incident = self._require(incident_id)
            if incident.status is not IncidentStatus.CLOSED:
                raise ValueError("This incident is already open.")
            self.conn.execute(
                "UPDATE incidents SET status = 'open', closed_on = NULL, updated_at = ?"
                " WHERE id = ?",
                (format_time(self.clock()), incident_id),
            )
            body = f"Incident reopened: {reason.strip()}"
            self._story(incident_id, user_id, "reopened", body, None, "reopened")
        return replace(incident, status=IncidentStatus.OPEN, closed_on=None)

    def add_note(
        self,
        incident_id: int,
        *,
        user_id: int,
        body: str,
        occurred_at: date | datetime | None = None,
        kind: str = "note",
        person_id: int | None = None,
        corrects_id: int | None = None,
    ) -> ChronologyEntry:
        """A dated chronology entry written by the DSL (a correction points at the entry it
        corrects). It is searchable at once."""
        if not body.strip():
            raise ValueError("A chronology entry needs some text.")
        with transaction(self.conn):
            self._require(incident_id)
            entry = record_story(
                self.conn,
                incident_id=incident_id,
                user_id=user_id,
                kind=kind,
                body=body,
                occurred_at=occurred_at,
                clock=self.clock,
                person_id=person_id,
                corrects_id=corrects_id,
            )
            refresh(self.conn, incident_id)
        return entry

    def erase_note(self, entry_id: int, *, user_id: int, reason: str) -> None:
        """Blank a chronology entry's text (disposal or a record made in error), audited,
        and drop its words from the search index in the same transaction."""
        with transaction(self.conn):
            row = self.conn.execute(
                "SELECT incident_id FROM chronology WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise LookupError(f"there is no chronology entry {entry_id}")
            erase_chronology_entry(
                self.conn, entry_id, by_user_id=user_id, reason=reason, clock=self.clock
            )
            refresh(self.conn, int(row[0]))

    # --- Helpers -------------------------------------------------------------------------

    def _require(self, incident_id: int) -> Incident:
        incident = load_incident(self.conn, incident_id)
        if incident is None:
            raise IncidentNotFound(f"there is no incident {incident_id}")
        return incident

    def _story(
        self,
        incident_id: int,
        user_id: int,
        kind: str,
        body: str,
        when: date | None,
        audit_detail: str,
    ) -> None:
        record_audit(
            self.conn,
            user_id=user_id,
            action=AuditAction.CHANGE,
            record_type="incident",
            record_id=incident_id,
            detail=audit_detail,
            clock=self.clock,
        )
        record_story(
            self.conn,
            incident_id=incident_id,
            user_id=user_id,
            kind=kind,
            body=body,
            occurred_at=when,
            clock=self.clock,
        )
        refresh(self.conn, incident_id)
