"""Sealing saved decisions (assessments) in the history, and checking the seals.

An assessment never changes except when a disposed person's name is redacted from its text
(migration 0003). Each version of it is sealed by an audit entry whose `ref_digest` is the
decision's digest (sealing.assessment_digest), so a decision edited behind the app's back, or
one added or removed outside it, shows up when the file is checked (chain.verify). A salt of
the decision's own (`seal_salt`) goes into the digest and is replaced at each redaction.
"""

from __future__ import annotations

from .audit import AuditAction, Clock, append_audit, utc_now
from .connection import Connection
from .sealing import ASSESSMENT_SEALED, assessment_digest, new_salt

_COLUMNS = ", ".join((*ASSESSMENT_SEALED, "seal_salt"))

new_seal_salt = new_salt  # a fresh one for each new decision and each redaction


def current_digest(conn: Connection, assessment_id: int) -> str:
    row = conn.execute(f"SELECT {_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,))
    found = row.fetchone()
    if found is None:
        raise LookupError(f"there is no assessment {assessment_id}")
    return _digest(found)


SEALED_FROM_VERSION = 4  # schema 4 added the seals (older files are sealed as they migrate)


def _digest(row: tuple[object, ...]) -> str:
    """The row's digest, or "" for a row no digest can be made of (a salt that is not hex, a
    value of the wrong type): such a row can only have been edited outside the app."""
    values = dict(zip(ASSESSMENT_SEALED, row[:-1], strict=True))
    try:
        return assessment_digest(str(row[-1]), values)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return ""


def seal(
    conn: Connection,
    assessment_id: int,
    *,
    user_id: int | None,
    action: AuditAction,
    detail: str,
    clock: Clock = utc_now,
) -> None:
    """Record the decision as it now stands in the history (inside the caller's transaction)."""
    append_audit(
        conn,
        user_id=user_id,
        action=action,
        record_type="assessment",
        record_id=assessment_id,
        detail=detail[:200],
        ref_digest=current_digest(conn, assessment_id),
        clock=clock,
    )


def unmatched(conn: Connection, seals: dict[int, tuple[int, str]]) -> list[tuple[int | None, str]]:
    """(history entry, problem) for every decision that does not match its latest seal, has
    none, or was sealed and is gone. `seals` maps assessment id to (seq, ref_digest)."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if int(version) < SEALED_FROM_VERSION:
        return []  # an older file, opened to be checked as it is (a backup before a restore)
    problems: list[tuple[int | None, str]] = []
    seen: set[int] = set()
    query = (
        f"SELECT {_COLUMNS}, (SELECT reference FROM incidents i WHERE i.id = a.incident_id)"
        " FROM assessments a ORDER BY id"
    )
    for row in conn.execute(query):
        assessment_id, reference = int(row[0]), str(row[-1] or "an unknown incident")
        seen.add(assessment_id)
        name = f"The decision {assessment_id} recorded for {reference}"
        found = seals.get(assessment_id)
        if found is None:
            problems.append((None, f"{name} has no matching entry in the history."))
        elif found[1] != (_digest(row[:-1]) or None):
            problems.append((found[0], f"{name} has been changed since it was recorded."))
    for assessment_id, (seq, _sealed) in sorted(seals.items()):
        if assessment_id not in seen:
            problems.append(
                (seq, f"The decision {assessment_id}, recorded in entry {seq}, is missing.")
            )
    return problems
