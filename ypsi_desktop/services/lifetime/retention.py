"""Retention review and disposal, as the DSL does them from the retention view or the CLI.

Who may do what: anyone who can view records can see the retention view; placing or lifting
a legal hold, recording a decision to keep a record longer and disposing of a record are for
the DSL only (Permission.DISPOSE), checked here.

Disposal needs a written reason and a confirmation (the record's reference typed back). A
record not yet due for review can still be disposed of (a record made in error, a lawful
erasure request) but only when the caller says so explicitly. After the records are gone the
file is rebuilt (VACUUM) so no page keeps the old text, and the key header's anchor is moved
on, so a copy of the file from before the disposal is seen as older.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import retention_store as store
from ypsi_desktop.storage.database import vacuum
from ypsi_desktop.storage.disposal import (
    DisposalRefused,
    DisposalResult,
    dispose_person,
    tombstones,
)
from ypsi_desktop.storage.errors import WriteFailed
from ypsi_desktop.storage.retention_store import RetentionError, RetentionItem

__all__ = [
    "DisposalRefused",
    "RetentionError",
    "RetentionItem",
    "UndoneDisposal",
    "dispose",
    "dispose_again",
    "find_person",
    "keep_longer",
    "lift_hold",
    "place_hold",
    "retention_view",
    "undone_disposals",
]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class UndoneDisposal:
    """A record disposed of earlier that came back when an older backup was restored."""

    id: int
    person_id: int
    reference: str
    original_disposed_at: str
    original_reason: str


def find_person(session: CaseFileSession, reference: str) -> int:
    """The id of the live person with this reference (C-0042 / A-0003)."""
    session.require(Permission.VIEW)
    row = session.conn.execute(
        "SELECT id, disposed_at, merged_into_id FROM people WHERE reference = ?",
        (reference.strip().upper(),),
    ).fetchone()
    if row is None:
        raise RetentionError(f"There is no record {reference.strip().upper()} in this file.")
    if row[1] is not None:
        raise RetentionError(f"{reference.strip().upper()} has been disposed of.")
    if row[2] is not None:
        raise RetentionError(
            f"{reference.strip().upper()} was merged into another record; use that one."
        )
    return int(row[0])


def find_incident(session: CaseFileSession, reference: str) -> int:
    session.require(Permission.VIEW)
    row = session.conn.execute(
        "SELECT id FROM incidents WHERE reference = ? AND disposed_at IS NULL",
        (reference.strip().upper(),),
    ).fetchone()
    if row is None:
        raise RetentionError(f"There is no incident {reference.strip().upper()} in this file.")
    return int(row[0])


def retention_view(
    session: CaseFileSession, today: date, *, due_within_days: int | None = 0
) -> list[RetentionItem]:
    """Records due or overdue for review on `today` (+ `due_within_days`; None: all)."""
    session.require(Permission.VIEW)
    return store.retention_items(session.conn, today, due_within_days=due_within_days)


def place_hold(
    session: CaseFileSession,
    *,
    reason: str,
    person_id: int | None = None,
    incident_id: int | None = None,
) -> int:
    session.require(Permission.DISPOSE)
    hold = store.place_hold(
        session.conn,
        user_id=session.user.id,
        reason=reason,
        person_id=person_id,
        incident_id=incident_id,
    )
    session.checkpoint()
    return hold


def lift_hold(session: CaseFileSession, hold_id: int, *, reason: str) -> None:
    session.require(Permission.DISPOSE)
    store.lift_hold(session.conn, hold_id, user_id=session.user.id, reason=reason)
    session.checkpoint()


def keep_longer(
    session: CaseFileSession, person_id: int, *, keep_until: date, reason: str, today: date
) -> None:
    session.require(Permission.DISPOSE)
    store.record_keep(
        session.conn,
        person_id,
        keep_until=keep_until,
        reason=reason,
        user_id=session.user.id,
        today=today,
    )
    session.checkpoint()


def dispose(
    session: CaseFileSession,
    person_id: int,
    *,
    reason: str,
    confirmation: str,
    today: date,
    early: bool = False,
    progress: Progress | None = None,
) -> DisposalResult:
    """Dispose of one person's record for good (see storage/disposal.py for what goes).

    `confirmation` must be the record's reference, typed back. A record whose review date has
    not come needs `early=True` (the caller has warned the DSL). Raises DisposalRefused or
    RetentionError with a message for the DSL; nothing is changed then.
    """
    session.require(Permission.DISPOSE)
    say = progress or (lambda _text: None)
    row = session.conn.execute("SELECT reference FROM people WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise RetentionError("That record does not exist.")
    reference = str(row[0])
    if confirmation.strip().upper() != reference:
        raise DisposalRefused(
            f"To confirm, type the record's reference exactly ({reference}). Nothing was "
            "disposed of."
        )
    review = store.review_for(session.conn, person_id)
    if not early and not review.is_due(today):
        when = (
            f"until {short_date(review.due_on)}"
            if review.due_on
            else "at a date that cannot be worked out"
        )
        raise DisposalRefused(
            f"{reference} is not due for review {when}. Dispose of it early only for a record "
            "made in error or a lawful erasure request, and say so in the reason."
        )
    say(f"Disposing of {reference}…")
    result = dispose_person(
        session.conn, person_id, user_id=session.user.id, reason=reason, review=review
    )
    # Said before the rebuild: if that is interrupted, the disposal has still happened.
    say(f"{reference} has been disposed of. Rebuilding the file so nothing of it is left on disk…")
    result.rebuilt = _rebuild(session)
    session.checkpoint()
    say("Done." if result.rebuilt else REBUILD_FAILED)
    return result


REBUILD_FAILED = (
    "The record has been disposed of, but the file could not be compacted afterwards (most "
    "likely the disk is nearly full). Its text was overwritten as it was removed, so it "
    "cannot be read back; the file is compacted again at the next disposal."
)


def _rebuild(session: CaseFileSession) -> bool:
    """VACUUM after a disposal; a failure (a full disk) leaves the disposal done."""
    try:
        vacuum(session.conn)
    except WriteFailed:
        return False
    return True


def undone_disposals(session: CaseFileSession) -> list[UndoneDisposal]:
    """Records a restore of an older backup brought back, still waiting to be disposed of."""
    session.require(Permission.VIEW)
    return [
        UndoneDisposal(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]))
        for r in session.conn.execute(
            "SELECT u.id, u.person_id, u.reference, u.original_disposed_at, u.original_reason"
            " FROM disposals_undone u JOIN people p ON p.id = u.person_id"
            " WHERE u.resolved_at IS NULL AND p.disposed_at IS NULL ORDER BY u.id"
        )
    ]


def dispose_again(
    session: CaseFileSession, today: date, *, progress: Progress | None = None
) -> tuple[list[DisposalResult], list[str]]:
    """Dispose again of every record a restore brought back; returns the results and, for
    each record that could not be disposed of again, a sentence saying why."""
    session.require(Permission.DISPOSE)
    say = progress or (lambda _text: None)
    done: list[DisposalResult] = []
    refused: list[str] = []
    for item in undone_disposals(session):
        say(f"Disposing of {item.reference} again…")
        review = store.review_for(session.conn, item.person_id)
        reason = (
            f"Disposed of again after restoring a backup made before its disposal on "
            f"{item.original_disposed_at[:10]}. Original reason: {item.original_reason}"
        )[: store.REASON_LIMIT]
        try:
            done.append(
                dispose_person(
                    session.conn,
                    item.person_id,
                    user_id=session.user.id,
                    reason=reason,
                    review=review,
                )
            )
        except (DisposalRefused, RetentionError) as error:
            refused.append(f"{item.reference}: {error}")
    if done:
        say(
            f"{', '.join(r.tombstone.reference for r in done)} disposed of. Rebuilding the "
            "file so nothing of them is left on disk…"
        )
        rebuilt = _rebuild(session)
        for result in done:
            result.rebuilt = rebuilt
    session.checkpoint()
    return done, refused


def disposal_history(session: CaseFileSession) -> list[tuple[str, str, str, str]]:
    """(reference, kind, disposed at, reason) of every disposal, oldest first."""
    session.require(Permission.VIEW)
    return [(t.reference, t.record_kind, t.disposed_at, t.reason) for t in tombstones(session.conn)]
