"""Bank holidays: read by anyone, changed by those who record incidents."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ypsi_desktop.domain.calendar import BankHoliday
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import bank_holidays as store


def listed(session: CaseFileSession, year: int | None = None) -> list[BankHoliday]:
    session.require(Permission.VIEW)
    return store.bank_holidays(session.conn, year=year)


def record(session: CaseFileSession, days: Iterable[BankHoliday]) -> int:
    session.require(Permission.RECORD)
    return store.record_days(session.conn, days, user_id=session.user.id)


def remove(session: CaseFileSession, days: Iterable[date]) -> int:
    session.require(Permission.RECORD)
    return store.remove_days(session.conn, days, user_id=session.user.id)
