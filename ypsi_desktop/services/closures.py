"""Bank holidays and closure days: read by anyone, changed by those who record incidents."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ypsi_desktop.domain.calendar import ClosureDay
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import closure_days as store


def days(session: CaseFileSession, year: int | None = None) -> list[ClosureDay]:
    session.require(Permission.VIEW)
    return store.closure_days(session.conn, year=year)


def record(session: CaseFileSession, listed: Iterable[ClosureDay]) -> int:
    session.require(Permission.RECORD)
    return store.record_days(session.conn, listed, user_id=session.user.id)


def remove(session: CaseFileSession, listed: Iterable[date]) -> int:
    session.require(Permission.RECORD)
    return store.remove_days(session.conn, listed, user_id=session.user.id)
