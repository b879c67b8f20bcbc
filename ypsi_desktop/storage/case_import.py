"""Writing the records of an export into a new, empty case file, exactly as they were.

Why not the repositories: they number records themselves and tell every change's story in the
chronology, while an import must put back the same references, ids, dates and chronology (its
order, times and authors). So rows are written here, directly, in the caller's transaction;
each imported record still gets an audit entry and each chronology entry its seal, so the new
file's history verifies like any other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace

from ypsi_desktop.domain.case import (
    Contact,
    ContactKind,
    Incident,
    PersonKind,
    Role,
    SettingDetails,
)

from .assessment_seal import new_seal_salt, seal
from .audit import (
    AuditAction,
    Clock,
    append_audit,
    erase_chronology_entry,
    format_time,
    insert_chronology_row,
)
from .case_codec import date_in, person_search_key, person_values, tri_in
from .case_transfer import AssessmentRow, ChronologyRow, MergeRow, PersonRow, RecordTimes
from .connection import Connection, transaction
from .incident_store import incident_values, referral_values
from .sealing import ChronologyRecord, chronology_digest, new_salt, text_commitment
from .search import rebuild, refresh_many

INCIDENT_REFERENCE = re.compile(r"[A-Z]{1,10}-(\d{4})-(\d{1,9})")
PERSON_REFERENCE = re.compile(r"([CA])-(\d{1,9})")
_PERSON_PREFIX = {PersonKind.CHILD: "C", PersonKind.ADULT: "A"}
IMPORTED = "imported from an export"


class Importer:
    """Writes records into an empty file with their ids and references, auditing each one.

    Every record keeps the id and reference it had (people, incidents, referrals, follow-ups,
    assessments, chronology entries, contacts); users are the new file's own, found by name.
    """

    def __init__(self, conn: Connection, *, user_id: int, clock: Clock) -> None:
        self.conn = conn
        self.user_id = user_id
        self.clock = clock
        self.user_ids = {
            str(n).casefold(): int(i)
            for i, n in conn.execute("SELECT id, name FROM users ORDER BY id DESC")
        }
        self.person_ids: dict[str, int] = {}
        self.incident_ids: dict[str, int] = {}

    def _audit(self, record_type: str, record_id: int | None, detail: str = IMPORTED) -> None:
        append_audit(
            self.conn,
            user_id=self.user_id,
            action=AuditAction.CREATE,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
            clock=self.clock,
        )

    def user(self, name: str, role: str) -> int:
        """The new file's user of that name (case ignored); for an author who is not a user
        here, a user without a key slot is added, marked removed so nobody can sign in."""
        key = name.casefold()
        if key in self.user_ids:
            return self.user_ids[key]
        stamp = format_time(self.clock())
        cursor = self.conn.execute(
            "INSERT INTO users (name, role, slot_id, created_at, removed_at)"
            " VALUES (?, ?, NULL, ?, ?)",
            (name, role, stamp, stamp),
        )
        user_id = int(cursor.lastrowid or 0)
        self.user_ids[key] = user_id
        append_audit(
            self.conn,
            user_id=self.user_id,
            action=AuditAction.USER_CHANGE,
            record_type="user",
            record_id=user_id,
            detail=f"author from an export added as {role}, without a key (cannot sign in)",
            clock=self.clock,
        )
        return user_id

    def setting_details(self, details: SettingDetails, stamp: str) -> None:
        columns = [f.name for f in fields(SettingDetails)]
        self.conn.execute(
            f"INSERT INTO setting_details (singleton, {', '.join(columns)}, updated_at)"
            f" VALUES (1, {', '.join('?' for _ in columns)}, ?) ON CONFLICT (singleton) DO UPDATE"
            " SET " + ", ".join(f"{c} = excluded.{c}" for c in (*columns, "updated_at")),
            (*(str(getattr(details, c)) for c in columns), stamp),
        )
        self._audit("setting", 1)

    def setting(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, value))

    def contact(self, contact: Contact, stamp: str) -> None:
        self.conn.execute(
            "INSERT INTO contacts (id, kind, name, telephone, email, address, notes, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                contact.id,
                ContactKind(contact.kind).value,
                contact.name,
                contact.telephone,
                contact.email,
                contact.address,
                contact.notes,
                stamp,
            ),
        )
        self._audit("contact", contact.id)

    def person(self, row: PersonRow) -> None:
        person = row.person
        match = PERSON_REFERENCE.fullmatch(person.reference)
        if match is None or match.group(1) != _PERSON_PREFIX[PersonKind(person.kind)]:
            raise ValueError(f"person reference {person.reference!r} is malformed")
        values = person_values(person)
        merged = row.merged_into is not None or row.disposed_at is not None
        values.update(
            disposed_at=row.disposed_at,
            placeholder=int(row.placeholder),
            id=person.id,
            ref_number=int(match.group(2)),
            reference=person.reference,
            name_key="" if merged else values["name_key"],
            search_key="" if merged else person_search_key(person, person.reference),
            merged_at=row.merged_at,
            created_at=row.times.created_at,
            updated_at=row.times.updated_at,
        )
        self.conn.execute(
            f"INSERT INTO people ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        self.person_ids[person.reference] = int(person.id or 0)
        self._audit("person", person.id)

    def merged_links(self, rows: Iterable[PersonRow]) -> None:
        """Point merged-away records at their survivors, once every record exists."""
        for row in rows:
            if row.merged_into is not None:
                self.conn.execute(
                    "UPDATE people SET merged_into_id = ? WHERE id = ?",
                    (self.person_ids[row.merged_into], row.person.id),
                )

    def merge(self, row: MergeRow, merged_by: int) -> None:
        self.conn.execute(
            "INSERT INTO person_merges (id, survivor_id, absorbed_id, absorbed_reference,"
            " links_moved, merged_by, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                self.person_ids[row.survivor],
                self.person_ids[row.absorbed],
                row.absorbed,
                row.links_moved,
                merged_by,
                row.merged_at,
            ),
        )

    def incident(self, incident: Incident, times: RecordTimes, created_by: int) -> None:
        match = INCIDENT_REFERENCE.fullmatch(incident.reference)
        if match is None:
            raise ValueError(f"incident reference {incident.reference!r} is malformed")
        values = incident_values(incident)
        values.update(
            id=incident.id,
            ref_year=int(match.group(1)),
            ref_number=int(match.group(2)),
            reference=incident.reference,
            status=incident.status.value,
            created_by=created_by,
            created_at=times.created_at,
            updated_at=times.updated_at,
            disposed_at=times.disposed_at,
        )
        self.conn.execute(
            f"INSERT INTO incidents ({', '.join(values)})"
            f" VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        incident_id = int(incident.id or 0)
        self.incident_ids[incident.reference] = incident_id
        for position, link in enumerate(incident.people):
            self.conn.execute(
                "INSERT INTO incident_people (incident_id, person_id, position, roles, own_words,"
                " parents_aware, parents_consent, parents_not_informed_reason, notes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    incident_id,
                    link.person.id,
                    position,
                    ",".join(sorted(Role(r).value for r in link.roles)),
                    link.own_words,
                    tri_in(link.parents_aware),
                    tri_in(link.parents_consent),
                    link.parents_not_informed_reason,
                    link.notes,
                ),
            )
        for position, r in enumerate(incident.referrals):
            self.conn.execute(
                "INSERT INTO referrals (id, incident_id, position, agency, made_on,"
                " telephone_first, spoken_to, agency_reference, risk_rating, risk_reasons,"
                " acknowledged_on, agency_decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (r.id, incident_id, position, *referral_values(r)),
            )
            self.conn.executemany(
                "INSERT INTO referral_children (referral_id, person_id) VALUES (?, ?)",
                [(r.id, pid) for pid in sorted(r.children)],
            )
        for position, f in enumerate(incident.follow_ups):
            self.conn.execute(
                "INSERT INTO follow_ups (id, incident_id, position, due_on, done_on, owner,"
                " description) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    f.id,
                    incident_id,
                    position,
                    date_in(f.due_on),
                    date_in(f.done_on),
                    f.owner,
                    f.description,
                ),
            )
        self._audit("incident", incident_id)

    def assessment(self, row: AssessmentRow, decided_by: int) -> None:
        data = row.data
        decision = data["decision"]
        if not isinstance(decision, dict):
            raise ValueError("assessment decision malformed")
        self.conn.execute(
            "INSERT INTO assessments (id, incident_id, rules_version, facts, free_text,"
            " suggestion, category, route, accepted_suggestion, reasons, decided_by,"
            " decided_at, review_meeting_on, seal_salt)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                self.incident_ids[row.incident],
                data["rules_version"],
                _json(data["facts"]),
                _json(data["free_text"]),
                _json(data["suggestion"]),
                decision["category"],
                decision["route"],
                int(bool(decision["accepted_suggestion"])),
                decision["reasons"],
                decided_by,
                row.decided_at,
                row.review_meeting_on,
                new_seal_salt(),
            ),
        )
        seal(
            self.conn,
            row.id,
            user_id=self.user_id,
            action=AuditAction.CREATE,
            detail="assessment " + IMPORTED,
            clock=self.clock,
        )

    def chronology_entry(self, row: ChronologyRow, author_id: int) -> None:
        """Write one entry as it was (its times, author and id) and seal it in the history.

        An entry erased in the source arrives blank and is erased here too, audited, so the
        new file shows that it existed and was erased, as the source did.
        """
        salt = new_salt()
        body = "" if row.erased else row.body
        draft = ChronologyRecord(
            id=row.id,
            incident_id=self.incident_ids[row.incident],
            person_id=None if row.person is None else self.person_ids[row.person],
            occurred_at=row.occurred_at,
            recorded_at=row.recorded_at,
            author_id=author_id,
            kind=row.kind,
            body=body,
            body_salt=salt,
            body_commit=text_commitment(salt, body),
            corrects_id=row.corrects_id,
            digest="",
        )
        entry = replace(draft, digest=chronology_digest(draft))
        insert_chronology_row(self.conn, entry)
        append_audit(
            self.conn,
            user_id=self.user_id,
            action=AuditAction.CREATE,
            record_type="chronology",
            record_id=entry.id,
            detail="chronology entry " + IMPORTED,
            ref_digest=entry.digest,
            clock=self.clock,
        )
        if row.erased:
            erase_chronology_entry(
                self.conn,
                entry.id,
                by_user_id=self.user_id,
                reason="erased in the source file",
                clock=self.clock,
            )

    def finish(self) -> None:
        """Bring the incidents' derived columns and the search index up to date."""
        self.conn.execute(
            "UPDATE incidents SET"
            " latest_category = (SELECT category FROM assessments a"
            "   WHERE a.incident_id = incidents.id ORDER BY a.id DESC LIMIT 1),"
            " latest_route = (SELECT route FROM assessments a"
            "   WHERE a.incident_id = incidents.id ORDER BY a.id DESC LIMIT 1),"
            " next_due = (SELECT min(due_on) FROM follow_ups f WHERE f.incident_id = incidents.id"
            "   AND f.done_on IS NULL AND f.due_on IS NOT NULL)"
        )
        refresh_many(self.conn, self.incident_ids.values())


def _json(value: object) -> str:
    """As the assessment repository stores it, so a re-export gives the same values."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@contextmanager
def filling_new_file(conn: Connection) -> Iterator[None]:
    """Bulk-filling a new file (the training demo): index maintenance made cheap meanwhile.

    Why: the full-text index runs with FTS5's secure-delete, so every save's re-indexing
    (delete the incident's old text, add the new) rewrites index pages at once, which makes a
    bulk fill of thousands of saves some ten times slower. Here it is turned off while the
    records are written and, at the end, turned back on and the index rebuilt from the
    records, so nothing a deletion left behind survives and the index ends exactly as the
    repositories would have left it. Only for a file being filled from nothing.
    """
    with transaction(conn):
        conn.execute(_SECURE_DELETE, (0,))
    try:
        yield
    finally:
        with transaction(conn):
            conn.execute(_SECURE_DELETE, (1,))
            rebuild(conn)


_SECURE_DELETE = "INSERT INTO incident_search (incident_search, rank) VALUES ('secure-delete', ?)"
