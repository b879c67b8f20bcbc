"""Verifying the history, and the anchors that make a rollback or truncation visible.

`verify_chain` walks the audit log in seq order and recomputes every digest and link, then
checks each chronology entry against its own digest and against the audit entry that sealed
it. It names the first bad entry. An attacker holding the key can still rewrite the whole
chain from some point on; only an anchor kept where they cannot rewrite it (printed on forms,
kept in the key header and in backups) exposes that, through `expected_anchor` or
`contains_anchor`.

Anchor text is "SEQ:HASH16": the entry's seq and the first 16 hex digits of its hash.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .assessment_seal import unmatched as unmatched_decisions
from .audit import AuditAction
from .connection import Connection
from .sealing import (
    AUDIT_COLUMNS,
    CHRONOLOGY_COLUMNS,
    GENESIS_HASH,
    AuditEntry,
    audit_content_digest,
    audit_entry_from_row,
    chronology_digest,
    chronology_record_from_row,
    link_hash,
    text_matches,
)

ANCHOR_DIGITS = 16
_ANCHOR = re.compile(r"\s*(\d{1,18}):([0-9a-fA-F]{16,64})\s*")


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None  # the audit entry concerned, when there is one
    message: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: tuple[int, str]  # (seq, full hash hex) of the last entry; (0, zeros) if empty
    problems: tuple[ChainProblem, ...]
    clock_back_seqs: tuple[int, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_bad_seq(self) -> int | None:
        seqs = [p.seq for p in self.problems if p.seq is not None]
        return min(seqs) if seqs else None

    def lines(self) -> list[str]:
        if self.ok:
            text = [
                f"History: all {self.entries} entries are intact and in order "
                f"(anchor {format_anchor(*self.head)})."
            ]
        else:
            text = [
                f"History: {len(self.problems)} problem(s) found; the first bad entry is "
                f"number {self.first_bad_seq}."
                if self.first_bad_seq is not None
                else f"History: {len(self.problems)} problem(s) found."
            ]
            text += [f"  {p.message}" for p in self.problems]
        if self.clock_back_seqs:
            listed = ", ".join(str(s) for s in self.clock_back_seqs[:10])
            text.append(
                f"Note: the computer's clock was behind an earlier entry when entries {listed} "
                "were recorded; their order is still certain."
            )
        return text


def format_anchor(seq: int, hash_hex: str) -> str:
    return f"{seq}:{hash_hex[:ANCHOR_DIGITS]}"


def parse_anchor(text: str) -> tuple[int, str]:
    """(seq, hash prefix in lower case) from "SEQ:HASH16"; ValueError if malformed."""
    match = _ANCHOR.fullmatch(text)
    if match is None:
        raise ValueError("an anchor looks like 1234:0123456789abcdef")
    return int(match.group(1)), match.group(2).lower()


def anchor(conn: Connection) -> tuple[int, str]:
    """(seq, full hash hex) of the newest audit entry."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS_HASH.hex()) if row is None else (int(row[0]), str(row[1]))


def _audit_rows(conn: Connection, upto: int | None = None) -> Iterator[AuditEntry]:
    sql = f"SELECT {AUDIT_COLUMNS} FROM audit_log"
    params: tuple[int, ...] = ()
    if upto is not None:
        sql += " WHERE seq <= ?"
        params = (upto,)
    for row in conn.execute(sql + " ORDER BY seq", params):
        yield audit_entry_from_row(row)


def _links(prev: bytes, entry: AuditEntry) -> bool:
    """Whether the entry's hash follows from the previous one (False for non-hex rubbish)."""
    try:
        return link_hash(prev, entry.content_digest, entry.seq) == entry.hash
    except ValueError:
        return False


def _safe_bytes(hex_text: object) -> bytes:
    try:
        return bytes.fromhex(str(hex_text))
    except ValueError:
        return b""


def contains_anchor(conn: Connection, seq: int, hash_prefix: str) -> bool:
    """Whether this file's history still holds the anchored entry, linked to the one before.

    False for an older copy of the file put back (it lacks the entry, or has another entry
    with that seq). Cheap on purpose (two rows, one hash), because it runs at every sign-in:
    a whole-chain walk takes seconds on a file with 100,000 audit entries. Tampering earlier
    in the chain is what `verify_chain` (File → Check file, `ypsi-desktop check`, every
    backup and restore) finds; the two are used together wherever a file is checked.
    """
    if seq < 1 or re.fullmatch(r"[0-9a-fA-F]{16,64}", hash_prefix) is None:
        return False  # an anchor names at least 16 hex digits of the entry's hash
    rows = {
        entry.seq: entry
        for entry in (
            audit_entry_from_row(row)
            for row in conn.execute(
                f"SELECT {AUDIT_COLUMNS} FROM audit_log WHERE seq IN (?, ?)", (seq - 1, seq)
            )
        )
    }
    entry = rows.get(seq)
    if entry is None or not str(entry.hash).startswith(hash_prefix.lower()):
        return False
    if seq == 1:
        return _links(GENESIS_HASH, entry)
    before = rows.get(seq - 1)
    return before is not None and _links(_safe_bytes(before.hash), entry)


def verify_chain(
    conn: Connection, *, expected_anchor: tuple[int, str] | None = None
) -> ChainReport:
    """Recompute the chain; name every broken entry and the first bad seq."""
    problems: list[ChainProblem] = []
    clock_back: list[int] = []
    erased_audit: list[int] = []
    erasures: dict[tuple[str, int], int] = {}  # (record_type, id) -> seq of the erase entry
    sealed: dict[int, tuple[int, str]] = {}  # chronology id -> (seq, digest) of its creation
    decisions: dict[int, tuple[int, str]] = {}  # assessment id -> (seq, digest) of latest seal
    hashes_at: dict[int, str] = {}
    prev, expected, count, last = GENESIS_HASH, 1, 0, (0, GENESIS_HASH.hex())
    anchor_seq = expected_anchor[0] if expected_anchor else None

    for entry in _audit_rows(conn):
        count += 1
        if entry.seq != expected:  # rows come in seq order, so this is a gap
            gone = f"{expected}" if entry.seq == expected + 1 else f"{expected}–{entry.seq - 1}"
            problems.append(ChainProblem(expected, f"Entry {gone} of the history is missing."))
        elif not _links(prev, entry):
            problems.append(
                ChainProblem(
                    entry.seq,
                    f"Entry {entry.seq} does not follow from the one before it: entries have "
                    "been removed, reordered or rewritten.",
                )
            )
        if entry.erased:
            erased_audit.append(entry.seq)
        text_ok = (
            not (entry.detail or entry.detail_salt)
            if entry.erased
            else text_matches(entry.detail_salt, entry.detail_commit, entry.detail)
        )
        if not text_ok or audit_content_digest(entry) != entry.content_digest:
            problems.append(
                ChainProblem(entry.seq, f"Entry {entry.seq} has been changed since it was made.")
            )
        if entry.clock_back:
            clock_back.append(entry.seq)
        if entry.action == AuditAction.ERASE and entry.record_id is not None:
            erasures.setdefault((entry.record_type, entry.record_id), entry.seq)
        if (
            entry.action == AuditAction.CREATE
            and entry.record_type == "chronology"
            and entry.record_id is not None
            and entry.ref_digest
        ):
            sealed.setdefault(entry.record_id, (entry.seq, entry.ref_digest))
        if entry.record_type == "assessment" and entry.record_id is not None and entry.ref_digest:
            decisions[entry.record_id] = (entry.seq, entry.ref_digest)  # the latest one counts
        if anchor_seq is not None and entry.seq == anchor_seq:
            hashes_at[entry.seq] = entry.hash
        prev, expected, last = _safe_bytes(entry.hash), entry.seq + 1, (entry.seq, entry.hash)

    for seq in erased_audit:
        erased_by = erasures.get(("audit_log", seq))
        if erased_by is None or erased_by <= seq:
            problems.append(ChainProblem(seq, f"Entry {seq} was blanked outside YPSI Desktop."))

    problems += _verify_chronology(conn, sealed, erasures)
    problems += [ChainProblem(seq, text) for seq, text in unmatched_decisions(conn, decisions)]

    if expected_anchor is not None:
        seq, prefix = expected_anchor
        if seq > last[0]:
            problems.append(
                ChainProblem(
                    seq,
                    f"The history ends at entry {last[0]}, but entry {seq} was recorded earlier: "
                    "entries have been removed from the end, or an older copy of the file was "
                    "put back.",
                )
            )
        elif seq > 0 and not hashes_at.get(seq, "").startswith(prefix.lower()):
            problems.append(
                ChainProblem(
                    seq,
                    f"Entry {seq} is not the entry recorded earlier with this number: an older "
                    "or altered copy of the file has been put back.",
                )
            )

    problems.sort(key=lambda p: (p.seq is None, p.seq or 0))
    return ChainReport(count, last, tuple(problems), tuple(clock_back))


def _verify_chronology(
    conn: Connection,
    sealed: dict[int, tuple[int, str]],
    erasures: dict[tuple[str, int], int],
) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    seen: set[int] = set()
    for row in conn.execute(f"SELECT {CHRONOLOGY_COLUMNS} FROM chronology ORDER BY id"):
        entry = chronology_record_from_row(row)
        seen.add(entry.id)
        seal = sealed.get(entry.id)
        seal_seq = seal[0] if seal else None
        name = f"Chronology entry {entry.id}"
        if seal is None:
            problems.append(ChainProblem(None, f"{name} has no matching entry in the history."))
        elif seal[1] != entry.digest:
            problems.append(ChainProblem(seal_seq, f"{name} does not match its history entry."))
        if entry.erased:
            erased_by = erasures.get(("chronology", entry.id))
            if erased_by is None or (seal_seq is not None and erased_by <= seal_seq):
                problems.append(ChainProblem(seal_seq, f"{name} was blanked outside YPSI Desktop."))
        text_ok = (
            not (entry.body or entry.body_salt)
            if entry.erased
            else text_matches(entry.body_salt, entry.body_commit, entry.body)
        )
        if not text_ok or chronology_digest(entry) != entry.digest:
            problems.append(
                ChainProblem(seal_seq, f"{name} has been changed since it was recorded.")
            )
    for entry_id, (seq, _digest) in sorted(sealed.items()):
        if entry_id not in seen:
            problems.append(
                ChainProblem(
                    seq, f"Chronology entry {entry_id}, recorded in entry {seq}, is missing."
                )
            )
    return problems
