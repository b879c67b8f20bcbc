"""Autosaved drafts: unsaved form content kept per user and record, inside the encrypted file.

A draft never leaves the case file (no side files in a temp folder), so it is encrypted at
rest like every record, and secure_delete overwrites each replaced or discarded draft.
Drafts are working copies, not records: they are not audited or chained.
"""

from __future__ import annotations

from dataclasses import dataclass

from .audit import Clock, format_time, utc_now
from .connection import Connection, transaction

NEW_RECORD = 0  # record_id of a record that has not been saved yet


@dataclass(frozen=True)
class Draft:
    user_id: int
    record_type: str
    record_id: int
    content: str
    updated_at: str


def save_draft(
    conn: Connection,
    *,
    user_id: int,
    record_type: str,
    record_id: int = NEW_RECORD,
    content: str,
    clock: Clock = utc_now,
) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO drafts (user_id, record_type, record_id, content, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, record_type, record_id)"
            " DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
            (user_id, record_type, record_id, content, format_time(clock())),
        )


def load_draft(
    conn: Connection, *, user_id: int, record_type: str, record_id: int = NEW_RECORD
) -> Draft | None:
    row = conn.execute(
        "SELECT user_id, record_type, record_id, content, updated_at FROM drafts"
        " WHERE user_id = ? AND record_type = ? AND record_id = ?",
        (user_id, record_type, record_id),
    ).fetchone()
    return None if row is None else Draft(*row)


def list_drafts(conn: Connection, *, user_id: int) -> list[Draft]:
    """A user's drafts, newest first, to offer for recovery after a crash."""
    return [
        Draft(*row)
        for row in conn.execute(
            "SELECT user_id, record_type, record_id, content, updated_at FROM drafts"
            " WHERE user_id = ? ORDER BY updated_at DESC",
            (user_id,),
        )
    ]


def discard_draft(
    conn: Connection, *, user_id: int, record_type: str, record_id: int = NEW_RECORD
) -> None:
    with transaction(conn):
        conn.execute(
            "DELETE FROM drafts WHERE user_id = ? AND record_type = ? AND record_id = ?",
            (user_id, record_type, record_id),
        )
