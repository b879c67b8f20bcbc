"""Disposal: removing one person's record for good while the history still verifies.

What disposing of a person (child or adult) does, in one transaction:

- Their own record is blanked (every detail, date of birth and age; the reference stays so
  old paperwork can be traced to the tombstone) and marked disposed, with any records merged
  into it.
- Every incident they appear in where nobody else remains (placeholders for other children in
  a received transfer do not count) is disposed of as a whole: all its text blanked, its
  people, follow-ups and referral text removed, every chronology entry erased through the
  sanctioned erasure path (storage/audit.py), assessment free text and reasons blanked. The
  incident keeps its reference, dates, category, route and which agencies were referred to,
  which hold no personal data and keep the governors' figures true.
- Every incident shared with others keeps everyone else's record whole. The person's link is
  removed, and their name is replaced wherever it appears in the shared text (the incident's
  narrative, the other people's notes, referrals, follow-ups, assessment text); chronology
  entries about them are erased; entries that mention them are erased and re-recorded,
  without the name, as corrections pointing at the erased entry (a saved entry is never
  silently changed). Other incidents whose text names them in full are found through the
  search index and treated the same way.
- Their transfers, subject access requests, decisions to keep, lifted holds and any drafts
  that mention them go; a tombstone is written (no name, no date of birth, no narrative) and
  sealed into the audit chain by the disposal's audit entry (its digest is that entry's
  ref_digest).

The caller then runs VACUUM (see services), since SQLite's secure_delete zeroes freed space
but a file rebuilt from live rows only is the surest way to leave nothing behind.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace

from ypsi_desktop.domain.case import PersonKind
from ypsi_desktop.domain.retention import ReviewDate

from .audit import (
    AuditAction,
    Clock,
    append_audit,
    format_time,
    utc_now,
)
from .connection import Connection, transaction
from .disposal_steps import IncidentDisposer
from .name_redaction import NameRedactor, NameToHide
from .retention_store import REASON_LIMIT, RetentionError, holds_blocking
from .search import match_expression, refresh_many
from .text_fold import fold


class DisposalRefused(RetentionError):
    """Disposal cannot go ahead; nothing was changed. The message says why, for a DSL."""


@dataclass(frozen=True)
class Tombstone:
    id: int
    person_id: int
    reference: str
    record_kind: str
    review_due_on: str | None
    basis: str
    reason: str
    incidents_disposed: int
    incidents_redacted: int
    entries_erased: int
    disposed_by: int
    disposed_at: str
    digest: str

    def content(self) -> dict[str, object]:
        return {
            "id": self.id,
            "person_id": self.person_id,
            "reference": self.reference,
            "record_kind": self.record_kind,
            "review_due_on": self.review_due_on,
            "basis": self.basis,
            "reason": self.reason,
            "incidents_disposed": self.incidents_disposed,
            "incidents_redacted": self.incidents_redacted,
            "entries_erased": self.entries_erased,
            "disposed_by": self.disposed_by,
            "disposed_at": self.disposed_at,
        }


def tombstone_digest(content: dict[str, object]) -> str:
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(b"ypsi-tombstone-v1\n" + text.encode("ascii")).hexdigest()


@dataclass
class DisposalResult:
    tombstone: Tombstone
    incidents_disposed: list[str] = field(default_factory=list)  # references
    incidents_redacted: list[str] = field(default_factory=list)
    entries_erased: int = 0
    entries_rerecorded: int = 0
    drafts_discarded: int = 0
    audit_seq: int = 0
    rebuilt: bool = False  # whether the file was rebuilt (VACUUM) afterwards; see services


_TOMBSTONE_COLUMNS = (
    "id, person_id, reference, record_kind, review_due_on, basis, reason, incidents_disposed,"
    " incidents_redacted, entries_erased, disposed_by, disposed_at, digest"
)


def _tombstone_from_row(r: tuple[object, ...]) -> Tombstone:
    return Tombstone(
        id=int(str(r[0])),
        person_id=int(str(r[1])),
        reference=str(r[2]),
        record_kind=str(r[3]),
        review_due_on=None if r[4] is None else str(r[4]),
        basis=str(r[5]),
        reason=str(r[6]),
        incidents_disposed=int(str(r[7])),
        incidents_redacted=int(str(r[8])),
        entries_erased=int(str(r[9])),
        disposed_by=int(str(r[10])),
        disposed_at=str(r[11]),
        digest=str(r[12]),
    )


def tombstones(conn: Connection) -> list[Tombstone]:
    return [
        _tombstone_from_row(tuple(r))
        for r in conn.execute(f"SELECT {_TOMBSTONE_COLUMNS} FROM disposals ORDER BY id")
    ]


def verify_tombstones(conn: Connection) -> list[str]:
    """Problems with the tombstones: each must match its digest and the audit entry sealing
    it (the chain itself is verified by chain.verify_chain). A file older than schema 3 has
    no disposals (a backup checked before it is restored and migrated)."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if int(version) < 3:
        return []
    sealed = {
        int(r[0]): str(r[1])
        for r in conn.execute(
            # 'create': a record of a disposal that came in with an import (storage/lifetime_rows)
            "SELECT record_id, ref_digest FROM audit_log WHERE action IN ('erase', 'create')"
            " AND record_type = 'disposal' AND ref_digest IS NOT NULL"
        )
    }
    problems = []
    for stone in tombstones(conn):
        if tombstone_digest(stone.content()) != stone.digest:
            problems.append(f"The record of disposal {stone.id} has been changed.")
        elif sealed.get(stone.id) != stone.digest:
            problems.append(f"The record of disposal {stone.id} is not sealed in the history.")
    return problems


def _check_reason(reason: str, names: NameRedactor) -> str:
    text = reason.strip()
    if not text:
        raise DisposalRefused("Write down why this record is being disposed of.")
    if len(text) > REASON_LIMIT:
        raise DisposalRefused(f"Keep the reason under {REASON_LIMIT} characters.")
    if names.mentions(text):
        raise DisposalRefused(
            "Leave the person's name out of the reason: the record of a disposal is kept for "
            "good and must not hold their personal details."
        )
    return text


def _mentioning_incidents(conn: Connection, first: str, last: str) -> set[int]:
    """Incidents whose indexed text holds this full name (as a phrase)."""
    if not first.strip() or not last.strip():
        return set()
    expression = match_expression(f'"{first} {last}"')
    if expression is None:
        return set()
    return {
        int(r[0])
        for r in conn.execute(
            "SELECT rowid FROM incident_search WHERE incident_search MATCH ?", (expression,)
        )
    }


def replacement_for(kind: PersonKind, reference: str) -> str:
    """What stands in shared text where a disposed person's name was."""
    return f"[{'child' if kind is PersonKind.CHILD else 'adult'} {reference}, record disposed of]"


def absorbed_records(conn: Connection, person_id: int) -> list[int]:
    """Records merged into this one, at any depth (already blank; disposed with it)."""
    return [
        int(r[0])
        for r in conn.execute(
            "WITH RECURSIVE absorbed (id) AS (SELECT id FROM people WHERE merged_into_id = ?"
            " UNION SELECT p.id FROM people p JOIN absorbed a ON p.merged_into_id = a.id)"
            " SELECT id FROM absorbed ORDER BY id",
            (person_id,),
        )
    ]


def _discard_drafts(conn: Connection, incident_ids: set[int], needles: list[str]) -> int:
    """Drafts of the incidents touched, and any draft whose text holds one of the names."""
    doomed: list[tuple[int, str, int]] = []
    for user_id, record_type, record_id, content in conn.execute(
        "SELECT user_id, record_type, record_id, content FROM drafts"
    ).fetchall():
        folded = fold(str(content))
        if (int(record_id) in incident_ids and "incident" in str(record_type)) or any(
            n in folded for n in needles
        ):
            doomed.append((int(user_id), str(record_type), int(record_id)))
    for key in doomed:
        conn.execute(
            "DELETE FROM drafts WHERE user_id = ? AND record_type = ? AND record_id = ?", key
        )
    return len(doomed)


def _remove_own_rows(conn: Connection, ids: tuple[int, ...], now: str) -> None:
    marks = ", ".join("?" for _ in ids)
    conn.execute(
        "DELETE FROM transferred_incidents WHERE transfer_in_id IN"
        f" (SELECT id FROM transfers_in WHERE person_id IN ({marks}))",
        ids,
    )
    for statement in (
        f"DELETE FROM transfers_in WHERE person_id IN ({marks})",
        f"DELETE FROM transfers_out WHERE person_id IN ({marks})",
        "DELETE FROM subject_access_releases WHERE request_id IN"
        f" (SELECT id FROM subject_access_requests WHERE person_id IN ({marks}))",
        f"DELETE FROM subject_access_requests WHERE person_id IN ({marks})",
        f"DELETE FROM retention_reviews WHERE person_id IN ({marks})",
        f"DELETE FROM legal_holds WHERE person_id IN ({marks}) AND lifted_at IS NOT NULL",
    ):
        conn.execute(statement, ids)
    conn.execute(
        f"UPDATE disposals_undone SET resolved_at = ? WHERE person_id IN ({marks})"
        " AND resolved_at IS NULL",
        (now, *ids),
    )


def dispose_person(
    conn: Connection,
    person_id: int,
    *,
    user_id: int,
    reason: str,
    review: ReviewDate,
    clock: Clock = utc_now,
) -> DisposalResult:
    """Dispose of one person's record (see the module docstring); all or nothing.

    Raises DisposalRefused (nothing changed) if the record is not a live one, a legal hold is
    in force on it or on any of its incidents, one of its incidents is still open, or the
    reason is missing or names the person.
    """
    with transaction(conn):
        row = conn.execute(
            "SELECT kind, reference, first_name, last_name, known_as, upn, placeholder,"
            " merged_into_id, disposed_at FROM people WHERE id = ?",
            (person_id,),
        ).fetchone()
        if row is None or row[8] is not None:
            raise DisposalRefused("That record does not exist or has already been disposed of.")
        if row[7] is not None:
            raise DisposalRefused("That record was merged into another; dispose of that one.")
        if row[6]:
            raise DisposalRefused(
                "This is a stand-in for someone in a received transfer; it goes with the child "
                "whose file it came in."
            )
        kind, reference = PersonKind(row[0]), str(row[1])
        first, last, known_as, upn = (str(v) for v in row[2:6])
        redactor = NameRedactor(
            [
                NameToHide.for_person(
                    f"person:{person_id}",
                    replacement_for(kind, reference),
                    first_name=first,
                    last_name=last,
                    known_as=known_as,
                    upn=upn,
                )
            ]
        )
        text = _check_reason(reason, redactor)
        holds = holds_blocking(conn, person_id)
        if holds:
            raise DisposalRefused(
                "A legal hold is in force on this record or one of its incidents (hold "
                + ", ".join(str(h) for h in holds)
                + "). It cannot be disposed of until the hold is lifted."
            )
        open_refs = [
            str(r[0])
            for r in conn.execute(
                "SELECT i.reference FROM incident_people ip JOIN incidents i"
                " ON i.id = ip.incident_id WHERE ip.person_id = ? AND i.status = 'open'"
                " ORDER BY i.reference",
                (person_id,),
            )
        ]
        if open_refs:
            raise DisposalRefused(
                "These incidents are still open: " + ", ".join(open_refs) + ". Close them "
                "before the record is disposed of."
            )
        now = format_time(clock())
        own = (person_id, *absorbed_records(conn, person_id))
        disposer = IncidentDisposer(conn, user_id, clock)
        linked = [
            (int(r[0]), str(r[1]))
            for r in conn.execute(
                "SELECT i.id, i.reference FROM incident_people ip JOIN incidents i"
                " ON i.id = ip.incident_id WHERE ip.person_id = ? ORDER BY i.id",
                (person_id,),
            )
        ]
        for incident_id, incident_reference in linked:
            (others,) = conn.execute(
                "SELECT count(*) FROM incident_people ip JOIN people p ON p.id = ip.person_id"
                " WHERE ip.incident_id = ? AND ip.person_id <> ? AND p.placeholder = 0",
                (incident_id, person_id),
            ).fetchone()
            if int(others) == 0:
                disposer.dispose_incident(incident_id, incident_reference, now)
            else:
                disposer.redact_incident(incident_id, incident_reference, set(own), redactor)
        linked_ids = {i for i, _ in linked}
        marks = ", ".join("?" for _ in own)
        about = {
            int(r[0]): int(r[1])
            for r in conn.execute(
                f"SELECT id, incident_id FROM chronology WHERE person_id IN ({marks})"
                " AND erased = 0",
                own,
            )
        }
        for entry_id in sorted(about):
            disposer.erase(entry_id)
        mentioned = _mentioning_incidents(conn, first, last) - linked_ids
        for incident_id in sorted(mentioned):
            (incident_reference,) = conn.execute(
                "SELECT reference FROM incidents WHERE id = ?", (incident_id,)
            ).fetchone()
            disposer.redact_incident(incident_id, str(incident_reference), set(own), redactor)
        for each in own:
            disposer.blank_person(each, now)
        _remove_own_rows(conn, own, now)
        needles = [n for n in (fold(f"{first} {last}").strip(), fold(upn).strip()) if " " in n]
        drafts = _discard_drafts(conn, linked_ids | mentioned, needles)
        touched = linked_ids | mentioned | set(about.values())
        refresh_many(conn, touched)
        (next_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM disposals").fetchone()
        draft = Tombstone(
            id=int(next_id),
            person_id=person_id,
            reference=reference,
            record_kind=kind.value,
            review_due_on=None if review.due_on is None else review.due_on.isoformat(),
            basis=review.basis.value,
            reason=text,
            incidents_disposed=len(disposer.result_disposed),
            incidents_redacted=len(disposer.result_redacted),
            entries_erased=disposer.erased,
            disposed_by=user_id,
            disposed_at=now,
            digest="",
        )
        stone = replace(draft, digest=tombstone_digest(draft.content()))
        conn.execute(
            f"INSERT INTO disposals ({_TOMBSTONE_COLUMNS}) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*stone.content().values(), stone.digest),
        )
        entry = append_audit(
            conn,
            user_id=user_id,
            action=AuditAction.ERASE,
            record_type="disposal",
            record_id=stone.id,
            detail=f"{kind.value} record {reference} disposed of (person {person_id})",
            ref_digest=stone.digest,
            clock=clock,
        )
    return DisposalResult(
        tombstone=stone,
        incidents_disposed=disposer.result_disposed,
        incidents_redacted=disposer.result_redacted,
        entries_erased=disposer.erased,
        entries_rerecorded=disposer.rerecorded,
        drafts_discarded=drafts,
        audit_seq=entry.seq,
    )
