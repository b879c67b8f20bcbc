"""How history entries are sealed: canonical encoding, text commitments, digests and links.

Each audit entry has a `seq` (previous + 1, never reused), a `content_digest` (SHA-256 over a
canonical encoding of its content) and a `hash` linking it to the entry before:

    hash = SHA-256(prev_hash || content_digest || seq.to_bytes(8, "big"))

with raw 32-byte digests and prev_hash = 32 zero bytes for seq 1. Nothing is keyed by the
data key, so rotating the key never invalidates an anchor already printed on paper.

Free text (a chronology body, an audit detail) enters a digest through a salted commitment,
SHA-256(salt || text) with a random 16-byte salt stored beside it. Erasing the text blanks
both text and salt but keeps the commitment, so every other field of an erased entry can
still be verified, while nothing left in the file lets anyone confirm a guess of what the
erased text said (an unsalted hash of a short note would).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = bytes(32)
_AUDIT_DOMAIN = b"ypsi-audit-v1\n"
_CHRONOLOGY_DOMAIN = b"ypsi-chronology-v1\n"
_TEXT_DOMAIN = b"ypsi-text-v1\n"
_ASSESSMENT_DOMAIN = b"ypsi-assessment-v1\n"

# Every column of a saved assessment (a classification decision) that its seal covers: all
# but the seal's own salt. Listed once here for the digest, the repository and the check.
ASSESSMENT_SEALED = (
    "id",
    "incident_id",
    "rules_version",
    "facts",
    "free_text",
    "suggestion",
    "category",
    "route",
    "accepted_suggestion",
    "reasons",
    "decided_by",
    "decided_at",
    "review_meeting_on",
    "redactions",
)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: int | None
    action: str
    record_type: str
    record_id: int | None
    detail: str
    detail_salt: str
    detail_commit: str
    ref_digest: str | None
    clock_back: bool
    content_digest: str
    hash: str
    erased: bool = False


@dataclass(frozen=True)
class ChronologyRecord:
    """A chronology row as stored (the domain's ChronologyEntry is built from it elsewhere)."""

    id: int
    incident_id: int
    person_id: int | None
    occurred_at: str
    recorded_at: str
    author_id: int
    kind: str
    body: str
    body_salt: str
    body_commit: str
    corrects_id: int | None
    digest: str
    erased: bool = False


def new_salt() -> str:
    return secrets.token_hex(16)


def text_commitment(salt: str, text: str) -> str:
    return hashlib.sha256(_TEXT_DOMAIN + bytes.fromhex(salt) + text.encode("utf-8")).hexdigest()


def _canonical(fields: Mapping[str, str | int | None]) -> bytes:
    """Sorted keys, no spaces, ASCII only: the same content always gives the same bytes."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def audit_content_digest(entry: AuditEntry) -> str:
    """Digest of everything an audit entry says (its detail through the commitment)."""
    content: dict[str, str | int | None] = {
        "at": entry.at,
        "user_id": entry.user_id,
        "action": entry.action,
        "record_type": entry.record_type,
        "record_id": entry.record_id,
        "detail_commit": entry.detail_commit,
        "ref_digest": entry.ref_digest,
        "clock_back": int(entry.clock_back),
    }
    return hashlib.sha256(_AUDIT_DOMAIN + _canonical(content)).hexdigest()


def link_hash(prev_hash: bytes, content_digest: str, seq: int) -> str:
    return hashlib.sha256(
        prev_hash + bytes.fromhex(content_digest) + seq.to_bytes(8, "big")
    ).hexdigest()


def chronology_digest(entry: ChronologyRecord) -> str:
    """Digest of everything a chronology entry says, its id included (body via commitment)."""
    content: dict[str, str | int | None] = {
        "id": entry.id,
        "incident_id": entry.incident_id,
        "person_id": entry.person_id,
        "occurred_at": entry.occurred_at,
        "recorded_at": entry.recorded_at,
        "author_id": entry.author_id,
        "kind": entry.kind,
        "body_commit": entry.body_commit,
        "corrects_id": entry.corrects_id,
    }
    return hashlib.sha256(_CHRONOLOGY_DOMAIN + _canonical(content)).hexdigest()


def assessment_digest(salt: str, values: Mapping[str, str | int | None]) -> str:
    """Digest of a saved decision as stored (ASSESSMENT_SEALED), through a salt of its own.

    The salt is replaced whenever the decision's text is redacted (a disposed person's name
    taken out), so the seals left in the history by earlier versions cannot be used to
    confirm a guess of the words removed."""
    content = {name: values[name] for name in ASSESSMENT_SEALED}
    return hashlib.sha256(
        _ASSESSMENT_DOMAIN + bytes.fromhex(salt) + _canonical(content)
    ).hexdigest()


def text_matches(salt: str, commit: str, text: str) -> bool:
    """Whether unerased text still matches its commitment (False for a malformed salt)."""
    try:
        return text_commitment(salt, text) == commit
    except ValueError:
        return False


AUDIT_COLUMNS = (
    "seq, at, user_id, action, record_type, record_id, detail, detail_salt, detail_commit,"
    " ref_digest, clock_back, content_digest, hash, erased"
)
CHRONOLOGY_COLUMNS = (
    "id, incident_id, person_id, occurred_at, recorded_at, author_id, kind, body, body_salt,"
    " body_commit, corrects_id, digest, erased"
)


def audit_entry_from_row(row: Any) -> AuditEntry:
    """An AuditEntry from a row selected with AUDIT_COLUMNS."""
    return AuditEntry(
        seq=int(row[0]),
        at=str(row[1]),
        user_id=row[2],
        action=str(row[3]),
        record_type=str(row[4]),
        record_id=row[5],
        detail=str(row[6]),
        detail_salt=str(row[7]),
        detail_commit=str(row[8]),
        ref_digest=row[9],
        clock_back=bool(row[10]),
        content_digest=str(row[11]),
        hash=str(row[12]),
        erased=bool(row[13]),
    )


def chronology_record_from_row(row: Any) -> ChronologyRecord:
    """A ChronologyRecord from a row selected with CHRONOLOGY_COLUMNS."""
    return ChronologyRecord(
        id=int(row[0]),
        incident_id=int(row[1]),
        person_id=row[2],
        occurred_at=str(row[3]),
        recorded_at=str(row[4]),
        author_id=int(row[5]),
        kind=str(row[6]),
        body=str(row[7]),
        body_salt=str(row[8]),
        body_commit=str(row[9]),
        corrects_id=row[10],
        digest=str(row[11]),
        erased=bool(row[12]),
    )
