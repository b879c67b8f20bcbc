"""School transfers in the case file: the log of files sent and their receipts, and writing a
received child's file into this case file with where it came from.

Sending: one `transfers_out` row per file sent (date, recipient, method, who sent it, the
package's fingerprint), due five school days after the child starts at the new setting, until
the receipt (date and name) is recorded.

Receiving: the child gets a new record here (this file's own reference), every incident a new
reference starting TR- (so a received incident is never mistaken for one of this setting's
own), other children and adults arrive as placeholders ("Child A", with an age only), and the
chronology keeps its dates, times, authors and order. Authors are added as users without a key
("Name (Their school)"), who can never sign in. Everything is sealed into the audit chain like
any other record, and a first chronology entry in each incident says where it came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from ypsi_desktop.domain.case import Incident, Person, PersonKind, Role

from .assessment_seal import new_seal_salt, seal
from .audit import (
    AuditAction,
    Clock,
    add_chronology_entry,
    append_audit,
    erase_chronology_entry,
    format_time,
    insert_chronology_row,
    utc_now,
)
from .case_codec import date_in, date_out, tri_in
from .case_history import record_audit
from .connection import Connection, transaction
from .incident_store import incident_values, referral_values
from .person_repository import upsert_person
from .sealing import ChronologyRecord, chronology_digest, new_salt, text_commitment
from .search import refresh_many

TRANSFER_PREFIX = "TR"


class TransferRefused(ValueError):
    """A transfer that cannot be recorded or received; the message says why, for a DSL."""


@dataclass(frozen=True)
class TransferOut:
    id: int
    person_id: int
    reference: str
    name: str
    recipient: str
    method: str
    package_kind: str
    fingerprint: str
    starts_on: date
    due_on: date
    sent_on: date
    sent_by: str
    received_on: date | None
    received_by_name: str

    @property
    def awaiting_receipt(self) -> bool:
        return self.received_on is None


@dataclass(frozen=True)
class TransferIn:
    id: int
    person_id: int
    reference: str
    from_setting: str
    from_urn: str
    sent_by_name: str
    sent_on: date
    source_reference: str
    source_anchor: str
    fingerprint: str
    imported_by: str
    imported_at: str


# --- Sending --------------------------------------------------------------------------------


def record_sent(
    conn: Connection,
    *,
    person_id: int,
    recipient: str,
    method: str,
    package_kind: str,
    package_id: str,
    fingerprint: str,
    starts_on: date,
    due_on: date,
    sent_on: date,
    user_id: int,
    clock: Clock = utc_now,
) -> int:
    if not recipient.strip():
        raise TransferRefused("Name the school or college the file is going to.")
    if not method.strip():
        raise TransferRefused("Say how the file is being sent (for example, by hand).")
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO transfers_out (person_id, recipient, method, package_kind, package_id,"
            " fingerprint, starts_on, due_on, sent_on, sent_by, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person_id,
                recipient.strip()[:200],
                method.strip()[:500],
                package_kind,
                package_id,
                fingerprint,
                starts_on.isoformat(),
                due_on.isoformat(),
                sent_on.isoformat(),
                user_id,
                format_time(clock()),
            ),
        )
        transfer_id = int(cursor.lastrowid or 0)
        record_audit(
            conn,
            user_id=user_id,
            action=AuditAction.EXPORT,
            record_type="transfer_out",
            record_id=transfer_id,
            detail=f"child's file of person {person_id} sent ({package_kind})",
            clock=clock,
        )
    return transfer_id


def record_receipt(
    conn: Connection,
    transfer_id: int,
    *,
    received_on: date,
    received_by: str,
    user_id: int,
    clock: Clock = utc_now,
) -> None:
    name = received_by.strip()
    if not name:
        raise TransferRefused("Enter the name of the person who confirmed they received it.")
    with transaction(conn):
        row = conn.execute(
            "SELECT sent_on, received_on FROM transfers_out WHERE id = ?", (transfer_id,)
        ).fetchone()
        if row is None:
            raise TransferRefused(f"There is no transfer {transfer_id}.")
        if row[1] is not None:
            raise TransferRefused("The receipt of this transfer has already been recorded.")
        if received_on < date.fromisoformat(str(row[0])):
            raise TransferRefused("The file cannot have been received before it was sent.")
        conn.execute(
            "UPDATE transfers_out SET received_on = ?, received_by_name = ?,"
            " receipt_recorded_by = ?, receipt_recorded_at = ? WHERE id = ?",
            (received_on.isoformat(), name[:200], user_id, format_time(clock()), transfer_id),
        )
        record_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CHANGE,
            record_type="transfer_out",
            record_id=transfer_id,
            detail="receipt of the transferred file recorded",
            clock=clock,
        )


def transfers_out(conn: Connection, *, awaiting_only: bool = False) -> list[TransferOut]:
    where = "WHERE t.received_on IS NULL" if awaiting_only else ""
    return [
        TransferOut(
            id=int(r[0]),
            person_id=int(r[1]),
            reference=str(r[2]),
            name=" ".join(p for p in (str(r[3]), str(r[4])) if p) or "(name not recorded)",
            recipient=str(r[5]),
            method=str(r[6]),
            package_kind=str(r[7]),
            fingerprint=str(r[8]),
            starts_on=date.fromisoformat(str(r[9])),
            due_on=date.fromisoformat(str(r[10])),
            sent_on=date.fromisoformat(str(r[11])),
            sent_by=str(r[12] or ""),
            received_on=date_out(r[13]),
            received_by_name=str(r[14]),
        )
        for r in conn.execute(
            "SELECT t.id, t.person_id, p.reference, p.first_name, p.last_name, t.recipient,"
            " t.method, t.package_kind, t.fingerprint, t.starts_on, t.due_on, t.sent_on, u.name,"
            " t.received_on, t.received_by_name FROM transfers_out t"
            " JOIN people p ON p.id = t.person_id LEFT JOIN users u ON u.id = t.sent_by"
            f" {where} ORDER BY t.due_on, t.id"
        )
    ]


def transfers_in(conn: Connection, person_id: int | None = None) -> list[TransferIn]:
    where, params = ("WHERE t.person_id = ?", (person_id,)) if person_id is not None else ("", ())
    return [
        TransferIn(
            id=int(r[0]),
            person_id=int(r[1]),
            reference=str(r[2]),
            from_setting=str(r[3]),
            from_urn=str(r[4]),
            sent_by_name=str(r[5]),
            sent_on=date.fromisoformat(str(r[6])),
            source_reference=str(r[7]),
            source_anchor=str(r[8]),
            fingerprint=str(r[9]),
            imported_by=str(r[10] or ""),
            imported_at=str(r[11]),
        )
        for r in conn.execute(
            "SELECT t.id, t.person_id, p.reference, t.from_setting, t.from_urn, t.sent_by_name,"
            " t.sent_on, t.source_reference, t.source_anchor, t.fingerprint, u.name,"
            " t.imported_at FROM transfers_in t JOIN people p ON p.id = t.person_id"
            f" LEFT JOIN users u ON u.id = t.imported_by {where} ORDER BY t.id",
            params,
        )
    ]


# --- Receiving ------------------------------------------------------------------------------


@dataclass
class IncomingEntry:
    """One chronology entry of a received file, as the sender recorded it."""

    key: int  # its id at the sender, for corrections
    incident_index: int
    about_child: bool
    occurred_at: str
    recorded_at: str
    author: str
    kind: str
    body: str
    erased: bool
    corrects_key: int | None


@dataclass
class IncomingAssessment:
    incident_index: int
    data: dict[str, object]  # CompletedAssessment.to_dict() shape
    decided_by: str
    decided_at: str
    review_meeting_on: str | None


@dataclass
class IncomingFile:
    """A received child's file, checked, ready to be written. People carry temporary
    negative ids (the child -1), which referrals' `children` use too."""

    child: Person
    placeholders: list[Person]
    incidents: list[tuple[Incident, str]]  # (incident, its reference at the sender)
    assessments: list[IncomingAssessment]
    chronology: list[IncomingEntry]
    package_id: str
    fingerprint: str
    from_setting: str
    from_urn: str
    sent_by_name: str
    sent_on: date
    source_anchor: str
    source_reference: str


@dataclass
class Received:
    transfer_id: int
    person_id: int
    reference: str
    incident_references: list[str] = field(default_factory=list)


def _author(conn: Connection, name: str, setting: str, cache: dict[str, int], stamp: str) -> int:
    """A user without a key for an author at the sending setting (never able to sign in)."""
    label = f"{name} ({setting})" if setting else name
    label = label.strip()[:200] or "Unknown author"
    if label in cache:
        return cache[label]
    row = conn.execute(
        "SELECT id FROM users WHERE name = ? AND slot_id IS NULL", (label,)
    ).fetchone()
    if row is None:
        cursor = conn.execute(
            "INSERT INTO users (name, role, slot_id, created_at, removed_at)"
            " VALUES (?, 'readonly', NULL, ?, ?)",
            (label, stamp, stamp),
        )
        row = (cursor.lastrowid,)
        append_audit(
            conn,
            user_id=None,
            action=AuditAction.USER_CHANGE,
            record_type="user",
            record_id=int(row[0] or 0),
            detail="author from a received transfer added, without a key (cannot sign in)",
        )
    cache[label] = int(row[0] or 0)
    return cache[label]


def _new_reference(conn: Connection, year: int) -> tuple[int, str]:
    (number,) = conn.execute(
        "SELECT coalesce(max(ref_number), 0) + 1 FROM incidents WHERE ref_year = ?", (year,)
    ).fetchone()
    return int(number), f"{TRANSFER_PREFIX}-{year}-{int(number):04d}"


def receive_file(
    conn: Connection, incoming: IncomingFile, *, user_id: int, clock: Clock = utc_now
) -> Received:
    """Write a received child's file into this case file, in one transaction."""
    stamp = format_time(clock())
    with transaction(conn):
        if conn.execute(
            "SELECT 1 FROM transfers_in WHERE package_id = ?", (incoming.package_id,)
        ).fetchone():
            raise TransferRefused(
                "This package has already been imported into this case file; nothing was "
                "imported again."
            )
        ids: dict[int, int] = {}
        for person in (incoming.child, *incoming.placeholders):
            temp = int(person.id or 0)
            new = replace(person, id=None, reference="")
            upsert_person(conn, new, user_id=user_id, clock=clock)
            ids[temp] = int(new.id or 0)
        child_id = ids[int(incoming.child.id or 0)]
        for person in incoming.placeholders:
            conn.execute(
                "UPDATE people SET placeholder = 1, name_key = '', search_key = '' WHERE id = ?",
                (ids[int(person.id or 0)],),
            )
        cursor = conn.execute(
            "INSERT INTO transfers_in (person_id, package_id, fingerprint, from_setting,"
            " from_urn, sent_by_name, sent_on, source_reference, source_anchor, imported_by,"
            " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                child_id,
                incoming.package_id,
                incoming.fingerprint,
                incoming.from_setting,
                incoming.from_urn,
                incoming.sent_by_name,
                incoming.sent_on.isoformat(),
                incoming.source_reference,
                incoming.source_anchor,
                user_id,
                stamp,
            ),
        )
        transfer_id = int(cursor.lastrowid or 0)
        authors: dict[str, int] = {}
        incident_ids: list[int] = []
        references: list[str] = []
        for incident, source_reference in incoming.incidents:
            incident_id, reference = _write_incident(
                conn, incident, ids, user_id=user_id, stamp=stamp
            )
            incident_ids.append(incident_id)
            references.append(reference)
            conn.execute(
                "INSERT INTO transferred_incidents (incident_id, transfer_in_id, source_reference)"
                " VALUES (?, ?, ?)",
                (incident_id, transfer_id, source_reference),
            )
            record_audit(
                conn,
                user_id=user_id,
                action=AuditAction.CREATE,
                record_type="incident",
                record_id=incident_id,
                detail=f"received in transfer {transfer_id}",
                clock=clock,
            )
        for item in incoming.assessments:
            author = _author(conn, item.decided_by, incoming.from_setting, authors, stamp)
            _write_assessment(conn, incident_ids[item.incident_index], item, author)
        _write_chronology(
            conn,
            incoming,
            incident_ids,
            child_id,
            lambda name: _author(conn, name, incoming.from_setting, authors, stamp),
            user_id=user_id,
            clock=clock,
        )
        sent = incoming.sent_on.strftime("%d/%m/%Y")
        sender = incoming.from_setting or "another setting"
        by = incoming.sent_by_name or "their DSL"
        for incident_id, (_incident, source_reference) in zip(
            incident_ids, incoming.incidents, strict=True
        ):
            add_chronology_entry(
                conn,
                incident_id=incident_id,
                author_id=user_id,
                occurred_at=stamp,
                kind="transfer_received",
                body=f"Received in a school transfer from {sender} (their reference "
                f"{source_reference}), sent by {by} on {sent}. Other children and adults are "
                "shown by pseudonyms.",
                clock=clock,
            )
        _finish(conn, incident_ids)
        refresh_many(conn, incident_ids)
        record_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CREATE,
            record_type="transfer_in",
            record_id=transfer_id,
            detail=f"child's file received: person {child_id}, {len(incident_ids)} incident(s)",
            clock=clock,
        )
        (reference,) = conn.execute(
            "SELECT reference FROM people WHERE id = ?", (child_id,)
        ).fetchone()
    return Received(transfer_id, child_id, str(reference), references)


def _write_incident(
    conn: Connection, incident: Incident, ids: dict[int, int], *, user_id: int, stamp: str
) -> tuple[int, str]:
    year = incident.came_to_light_at.year if incident.came_to_light_at else int(stamp[:4])
    number, reference = _new_reference(conn, year)
    values = incident_values(incident)
    values.update(
        ref_year=year,
        ref_number=number,
        reference=reference,
        status=incident.status.value,
        created_by=user_id,
        created_at=stamp,
        updated_at=stamp,
    )
    cursor = conn.execute(
        f"INSERT INTO incidents ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
        tuple(values.values()),
    )
    incident_id = int(cursor.lastrowid or 0)
    for position, link in enumerate(incident.people):
        conn.execute(
            "INSERT INTO incident_people (incident_id, person_id, position, roles, own_words,"
            " parents_aware, parents_consent, parents_not_informed_reason, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                incident_id,
                ids[int(link.person.id or 0)],
                position,
                ",".join(sorted(Role(r).value for r in link.roles)),
                link.own_words,
                tri_in(link.parents_aware),
                tri_in(link.parents_consent),
                link.parents_not_informed_reason,
                link.notes,
            ),
        )
    for position, referral in enumerate(incident.referrals):
        cursor = conn.execute(
            "INSERT INTO referrals (incident_id, position, agency, made_on, telephone_first,"
            " spoken_to, agency_reference, risk_rating, risk_reasons, acknowledged_on,"
            " agency_decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (incident_id, position, *referral_values(referral)),
        )
        conn.executemany(
            "INSERT INTO referral_children (referral_id, person_id) VALUES (?, ?)",
            [(cursor.lastrowid, ids[c]) for c in sorted(referral.children)],
        )
    for position, follow_up in enumerate(incident.follow_ups):
        conn.execute(
            "INSERT INTO follow_ups (incident_id, position, due_on, done_on, owner, description)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                incident_id,
                position,
                date_in(follow_up.due_on),
                date_in(follow_up.done_on),
                follow_up.owner,
                follow_up.description,
            ),
        )
    return incident_id, reference


def _write_assessment(
    conn: Connection, incident_id: int, item: IncomingAssessment, author: int
) -> None:
    data = item.data
    decision = data["decision"]
    assert isinstance(decision, dict)

    def as_json(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    cursor = conn.execute(
        "INSERT INTO assessments (incident_id, rules_version, facts, free_text, suggestion,"
        " category, route, accepted_suggestion, reasons, decided_by, decided_at,"
        " review_meeting_on, seal_salt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            incident_id,
            data["rules_version"],
            as_json(data["facts"]),
            as_json(data["free_text"]),
            as_json(data["suggestion"]),
            decision["category"],
            decision["route"],
            int(bool(decision["accepted_suggestion"])),
            decision["reasons"],
            author,
            item.decided_at,
            item.review_meeting_on,
            new_seal_salt(),
        ),
    )
    seal(
        conn,
        int(cursor.lastrowid or 0),
        user_id=None,
        action=AuditAction.CREATE,
        detail="assessment received in a transfer",
    )


def _write_chronology(
    conn: Connection,
    incoming: IncomingFile,
    incident_ids: list[int],
    child_id: int,
    author_of: Callable[[str], int],
    *,
    user_id: int,
    clock: Clock,
) -> None:
    (next_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM chronology").fetchone()
    new_ids: dict[int, int] = {}
    entry_id = int(next_id)
    for row in incoming.chronology:
        salt = new_salt()
        body = "" if row.erased else row.body
        corrects = None if row.corrects_key is None else new_ids.get(row.corrects_key)
        draft = ChronologyRecord(
            id=entry_id,
            incident_id=incident_ids[row.incident_index],
            person_id=child_id if row.about_child else None,
            occurred_at=row.occurred_at,
            recorded_at=row.recorded_at,
            author_id=author_of(row.author),
            kind=row.kind,
            body=body,
            body_salt=salt,
            body_commit=text_commitment(salt, body),
            corrects_id=corrects,
            digest="",
        )
        entry = replace(draft, digest=chronology_digest(draft))
        insert_chronology_row(conn, entry)
        append_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CREATE,
            record_type="chronology",
            record_id=entry.id,
            detail="chronology entry received in a transfer",
            ref_digest=entry.digest,
            clock=clock,
        )
        if row.erased:
            erase_chronology_entry(
                conn, entry.id, by_user_id=user_id, reason="erased at the sender", clock=clock
            )
        new_ids[row.key] = entry.id
        entry_id += 1


def _finish(conn: Connection, incident_ids: list[int]) -> None:
    marks = ", ".join("?" for _ in incident_ids) or "NULL"
    conn.execute(
        "UPDATE incidents SET"
        " latest_category = (SELECT category FROM assessments a"
        "   WHERE a.incident_id = incidents.id ORDER BY a.id DESC LIMIT 1),"
        " latest_route = (SELECT route FROM assessments a"
        "   WHERE a.incident_id = incidents.id ORDER BY a.id DESC LIMIT 1),"
        " next_due = (SELECT min(due_on) FROM follow_ups f WHERE f.incident_id = incidents.id"
        f"   AND f.done_on IS NULL AND f.due_on IS NOT NULL) WHERE id IN ({marks})",
        tuple(incident_ids),
    )


def placeholder(
    kind: PersonKind, pseudonym: str, temp_id: int, age: int | None, on: date | None
) -> Person:
    """A stand-in for another child or adult: the pseudonym and an age, nothing else."""
    return Person(
        kind=kind,
        first_name=pseudonym,
        age_years=age,
        age_recorded_on=on if age is not None else None,
        id=temp_id,
    )
