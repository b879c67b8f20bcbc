"""Who did what, and when: the audit log as the DSL reads it, for the file or one record.

Reading the log is for the DSL role only (checked here), and reading it is itself recorded.
Times are shown in local time as dd/mm/yyyy HH:MM; the chain's sequence number is kept so
an entry can be matched with `check` and with printed anchors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ypsi_desktop.domain.dates import short_datetime
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.audit import AuditAction

ACTION_WORDS = {
    "unlock": "Signed in",
    "unlock_failed": "Sign-in refused",
    "lock": "Locked or signed out",
    "view": "Viewed",
    "create": "Created",
    "change": "Changed",
    "print": "Printed",
    "export": "Exported",
    "backup": "Backed up",
    "restore": "Restored",
    "user_change": "Changed users",
    "key_rotation": "Re-encrypted the file",
    "erase": "Erased text",
    "migrate": "Upgraded the file",
    "check": "Checked the file",
}


@dataclass(frozen=True)
class AuditLine:
    seq: int
    when: str  # dd/mm/yyyy HH:MM, local time
    who: str
    action: str  # in words
    record: str  # e.g. "incident 12", or "" for the file itself
    detail: str
    clock_back: bool


def audit_lines(
    session: CaseFileSession,
    *,
    record_type: str | None = None,
    record_id: int | None = None,
    limit: int = 1_000,
) -> list[AuditLine]:
    """Newest first. With `record_type` and `record_id`, only that record's entries."""
    session.require(Permission.MANAGE_USERS)
    names = dict(session.conn.execute("SELECT id, name FROM users").fetchall())
    sql = (
        "SELECT seq, at, user_id, action, record_type, record_id, detail, clock_back FROM audit_log"
    )
    args: list[object] = []
    if record_type is not None:
        sql += " WHERE record_type = ?" + (" AND record_id = ?" if record_id is not None else "")
        args.append(record_type)
        if record_id is not None:
            args.append(record_id)
    sql += " ORDER BY seq DESC LIMIT ?"
    args.append(limit)
    lines = []
    for seq, at, user_id, action, rtype, rid, detail, clock_back in session.conn.execute(sql, args):
        moment = datetime.fromisoformat(str(at).replace("Z", "+00:00")).astimezone()
        lines.append(
            AuditLine(
                seq=int(seq),
                when=short_datetime(moment),
                who=str(names.get(user_id, "the app")) if user_id is not None else "the app",
                action=ACTION_WORDS.get(str(action), str(action)),
                record=f"{rtype.replace('_', ' ')} {rid}"
                if rtype and rid is not None
                else str(rtype or "").replace("_", " "),
                detail=str(detail),
                clock_back=bool(clock_back),
            )
        )
    scope = f"{record_type} {record_id}" if record_type else "whole file"
    session.audit(
        AuditAction.VIEW,
        "audit_log",
        record_id,
        f"audit log read ({'record' if record_type else 'file'})",
    )
    del scope
    return lines
