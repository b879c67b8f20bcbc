"""Writing the verifiable history: audit entries, chronology entries and sanctioned erasure.

How entries are sealed (digests, the hash chain, text commitments) is in sealing.py. A
chronology entry carries its own digest, and the audit entry recording its creation holds that
digest (`ref_digest`), so an entry edited behind the app's back no longer matches the chain.
The database refuses UPDATE and DELETE on both tables except the one sanctioned erasure (text
and its salt blanked, `erased = 1`, everything else unchanged), which only the functions here
perform, each recording who erased what (never the erased content).

Every write joins the caller's transaction if one is open, so a repository can add a record,
its chronology entry and its audit entry atomically (see `connection.transaction`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from enum import StrEnum

from .connection import Connection, transaction
from .sealing import (
    CHRONOLOGY_COLUMNS,
    GENESIS_HASH,
    AuditEntry,
    ChronologyRecord,
    audit_content_digest,
    chronology_digest,
    chronology_record_from_row,
    link_hash,
    new_salt,
    text_commitment,
)

MAX_DETAIL = 200
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{0,59}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

Clock = Callable[[], datetime]


class AuditAction(StrEnum):
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    PRINT = "print"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    USER_CHANGE = "user_change"
    KEY_ROTATION = "key_rotation"
    ERASE = "erase"
    MIGRATE = "migrate"
    CHECK = "check"


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_time(moment: datetime) -> str:
    """Fixed-width UTC ISO 8601 with microseconds, so text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_short_text(label: str, text: str) -> None:
    """Audit text is a short label, never a narrative: it must not carry personal data."""
    if len(text) > MAX_DETAIL:
        raise ValueError(f"{label} is limited to {MAX_DETAIL} characters")
    if _CONTROL.search(text):
        raise ValueError(f"{label} must not contain control or bidi-override characters")


def seal_audit_entry(
    *,
    seq: int,
    prev_hash: bytes,
    at: str,
    user_id: int | None,
    action: str,
    record_type: str,
    record_id: int | None,
    detail: str,
    salt: str,
    ref_digest: str | None,
    clock_back: bool,
) -> AuditEntry:
    """The entry with its salted detail commitment, content digest and link to `prev_hash`:
    the one place an audit entry's seal is computed (bulk writers use it too)."""
    draft = AuditEntry(
        seq=seq,
        at=at,
        user_id=user_id,
        action=action,
        record_type=record_type,
        record_id=record_id,
        detail=detail,
        detail_salt=salt,
        detail_commit=text_commitment(salt, detail),
        ref_digest=ref_digest,
        clock_back=clock_back,
        content_digest="",
        hash="",
    )
    digest = audit_content_digest(draft)
    return replace(draft, content_digest=digest, hash=link_hash(prev_hash, digest, seq))


def append_audit(
    conn: Connection,
    *,
    user_id: int | None,
    action: AuditAction,
    record_type: str = "",
    record_id: int | None = None,
    detail: str = "",
    ref_digest: str | None = None,
    clock: Clock = utc_now,
) -> AuditEntry:
    """Add one entry at the end of the chain (in the caller's transaction, if any).

    `detail` is a short label with no personal data ("referral form printed", "3 failed
    unlock attempts"); names and narrative belong in the records themselves. An entry whose
    time is earlier than the latest entry made with the clock right is kept, flagged
    `clock_back`.
    """
    action = AuditAction(action)
    if record_type and _IDENTIFIER.fullmatch(record_type) is None:
        raise ValueError("record_type must be a short lower-case identifier")
    _check_short_text("detail", detail)
    if ref_digest is not None and re.fullmatch(r"[0-9a-f]{64}", ref_digest) is None:
        raise ValueError("ref_digest must be a SHA-256 hex digest")
    at = format_time(clock())
    salt = new_salt()
    with transaction(conn):
        last = conn.execute(
            "SELECT seq, hash, at, clock_back FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if last is None:
            seq, prev_hash, clock_back = 1, GENESIS_HASH, False
        else:
            seq, prev_hash = int(last[0]) + 1, bytes.fromhex(last[1])
            good_at = last[2]
            if last[3]:  # compared with the latest entry made with the clock right
                good = conn.execute(
                    "SELECT at FROM audit_log WHERE clock_back = 0 ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                good_at = good[0] if good is not None else good_at
            clock_back = at < good_at
        entry = seal_audit_entry(
            seq=seq,
            prev_hash=prev_hash,
            at=at,
            user_id=user_id,
            action=action.value,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
            salt=salt,
            ref_digest=ref_digest,
            clock_back=clock_back,
        )
        conn.execute(
            "INSERT INTO audit_log (seq, at, user_id, action, record_type, record_id, detail,"
            " detail_salt, detail_commit, ref_digest, clock_back, content_digest, hash)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry.seq,
                entry.at,
                entry.user_id,
                entry.action,
                entry.record_type,
                entry.record_id,
                entry.detail,
                entry.detail_salt,
                entry.detail_commit,
                entry.ref_digest,
                int(entry.clock_back),
                entry.content_digest,
                entry.hash,
            ),
        )
    return entry


def record_unlock(
    conn: Connection, *, user_id: int | None, failed_attempts: int = 0, clock: Clock = utc_now
) -> AuditEntry:
    """Log an unlock, preceded by the failed attempts the key header counted meanwhile.

    A failed unlock cannot be written to a file that could not be opened, so the key header
    module counts them and hands the count over here on the next successful open.
    """
    with transaction(conn):
        if failed_attempts > 0:
            append_audit(
                conn,
                user_id=None,
                action=AuditAction.UNLOCK_FAILED,
                detail=f"{int(failed_attempts)} failed unlock attempt(s) since the last unlock",
                clock=clock,
            )
        return append_audit(conn, user_id=user_id, action=AuditAction.UNLOCK, clock=clock)


def _check_iso_date(value: str) -> None:
    try:
        if "T" in value or " " in value:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            date.fromisoformat(value)
    except ValueError:
        raise ValueError("occurred_at must be an ISO 8601 date or date-time") from None


def insert_chronology_row(conn: Connection, entry: ChronologyRecord) -> None:
    """Write one sealed chronology row exactly as given (its digest already computed)."""
    conn.execute(
        "INSERT INTO chronology (id, incident_id, person_id, occurred_at, recorded_at,"
        " author_id, kind, body, body_salt, body_commit, corrects_id, digest)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            entry.id,
            entry.incident_id,
            entry.person_id,
            entry.occurred_at,
            entry.recorded_at,
            entry.author_id,
            entry.kind,
            entry.body,
            entry.body_salt,
            entry.body_commit,
            entry.corrects_id,
            entry.digest,
        ),
    )


def add_chronology_entry(
    conn: Connection,
    *,
    incident_id: int,
    author_id: int,
    occurred_at: str,
    kind: str,
    body: str,
    person_id: int | None = None,
    corrects_id: int | None = None,
    clock: Clock = utc_now,
) -> ChronologyRecord:
    """Add a dated chronology entry and the audit entry that seals it, atomically."""
    _check_iso_date(occurred_at)
    now = clock()
    recorded_at = format_time(now)
    salt = new_salt()
    with transaction(conn):
        (next_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM chronology").fetchone()
        draft = ChronologyRecord(
            id=int(next_id),
            incident_id=incident_id,
            person_id=person_id,
            occurred_at=occurred_at,
            recorded_at=recorded_at,
            author_id=author_id,
            kind=kind,
            body=body,
            body_salt=salt,
            body_commit=text_commitment(salt, body),
            corrects_id=corrects_id,
            digest="",
        )
        digest = chronology_digest(draft)
        entry = replace(draft, digest=digest)
        insert_chronology_row(conn, entry)
        append_audit(
            conn,
            user_id=author_id,
            action=AuditAction.CREATE,
            record_type="chronology",
            record_id=entry.id,
            detail="correction added" if corrects_id is not None else "chronology entry added",
            ref_digest=digest,
            clock=lambda: now,
        )
    return entry


def erase_chronology_entry(
    conn: Connection, entry_id: int, *, by_user_id: int, reason: str, clock: Clock = utc_now
) -> AuditEntry:
    """Blank a chronology entry's text (disposal, or a record made in error), audited.

    The digest, links and dates stay, so the chain still verifies and the history shows that
    an entry existed and who erased it. `reason` is a short label with no personal data.
    """
    _check_short_text("reason", reason)
    with transaction(conn):
        row = conn.execute("SELECT erased FROM chronology WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise LookupError(f"there is no chronology entry {entry_id}")
        if row[0]:
            raise ValueError(f"chronology entry {entry_id} is already erased")
        conn.execute(
            "UPDATE chronology SET body = '', body_salt = '', erased = 1 WHERE id = ?", (entry_id,)
        )
        return append_audit(
            conn,
            user_id=by_user_id,
            action=AuditAction.ERASE,
            record_type="chronology",
            record_id=entry_id,
            detail=f"text erased: {reason}" if reason else "text erased",
            clock=clock,
        )


def erase_audit_detail(
    conn: Connection, seq: int, *, by_user_id: int, reason: str, clock: Clock = utc_now
) -> AuditEntry:
    """Blank one audit entry's detail (if personal data slipped in), audited."""
    _check_short_text("reason", reason)
    with transaction(conn):
        row = conn.execute("SELECT erased FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise LookupError(f"there is no audit entry {seq}")
        if row[0]:
            raise ValueError(f"audit entry {seq} is already erased")
        conn.execute(
            "UPDATE audit_log SET detail = '', detail_salt = '', erased = 1 WHERE seq = ?", (seq,)
        )
        return append_audit(
            conn,
            user_id=by_user_id,
            action=AuditAction.ERASE,
            record_type="audit_log",
            record_id=seq,
            detail=f"detail erased: {reason}" if reason else "detail erased",
            clock=clock,
        )


def read_chronology(conn: Connection, entry_id: int) -> ChronologyRecord | None:
    row = conn.execute(
        f"SELECT {CHRONOLOGY_COLUMNS} FROM chronology WHERE id = ?", (entry_id,)
    ).fetchone()
    return None if row is None else chronology_record_from_row(row)
