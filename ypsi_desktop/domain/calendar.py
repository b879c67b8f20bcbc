"""Working days and school days, with the bank holidays and closures a DSL records.

Two deadlines count days that are not simply calendar days:

- an agency should acknowledge a referral within one *working day*: Monday to Friday, not a
  bank holiday;
- a child's file goes to their new school within five *school days*: working days on which
  schools are open. The new school's term dates are not known here, so the days this school
  records as closed (holidays, training days) are used, since schools in one area mostly
  share term dates; the app says the date is worked out this way.

Bank holidays differ between England, Wales, Scotland and Northern Ireland and change by
proclamation, so none is assumed: the DSL keeps the list (Records → Bank holidays and closure
days), with England and Wales's usual ones offered for a year at a time by
`england_and_wales_bank_holidays`, worked out from the rules (which a proclamation can change:
the list can be edited).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

_SATURDAY = 5


class ClosureKind(StrEnum):
    BANK_HOLIDAY = "bank_holiday"  # no working day for anyone
    SCHOOL_CLOSED = "school_closed"  # a holiday or training day: not a school day


CLOSURE_WORDS = {
    ClosureKind.BANK_HOLIDAY: "Bank holiday",
    ClosureKind.SCHOOL_CLOSED: "School closed",
}


@dataclass(frozen=True)
class ClosureDay:
    day: date
    kind: ClosureKind
    note: str = ""  # a short label ("Christmas holiday"): never a person's name


@dataclass(frozen=True)
class Calendar:
    """The days off the file knows about. Empty: every weekday is a working day."""

    bank_holidays: frozenset[date] = field(default_factory=frozenset)
    school_closed: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, days: Iterable[ClosureDay]) -> Calendar:
        listed = list(days)
        return cls(
            frozenset(d.day for d in listed if d.kind is ClosureKind.BANK_HOLIDAY),
            frozenset(d.day for d in listed if d.kind is ClosureKind.SCHOOL_CLOSED),
        )

    def add_working_days(self, start: date, days: int) -> date:
        """`start` moved on by `days` working days (weekdays that are not bank holidays)."""
        return _add(start, days, self.bank_holidays)

    def add_school_days(self, start: date, days: int) -> date:
        """`start` moved on by `days` school days (working days the school is open)."""
        return _add(start, days, self.bank_holidays | self.school_closed)


def _add(start: date, days: int, closed: frozenset[date]) -> date:
    current, remaining = start, days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < _SATURDAY and current not in closed:
            remaining -= 1
    return current


def easter_sunday(year: int) -> date:
    """Easter Day in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    L = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: N806  (the algorithm's own letters)
    m = (a + 11 * h + 22 * L) // 451
    month, day = divmod(h + L - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _first_monday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def _next_weekday(day: date, taken: set[date]) -> date:
    while day.weekday() >= _SATURDAY or day in taken:
        day += timedelta(days=1)
    return day


def england_and_wales_bank_holidays(year: int) -> list[ClosureDay]:
    """The usual bank holidays in England and Wales in `year`, by the standing rules: New
    Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays,
    Christmas Day and Boxing Day, with a weekday in lieu when one falls at a weekend. A
    one-off holiday or a moved one (by proclamation) is not here: add or remove it by hand."""
    easter = easter_sunday(year)
    taken: set[date] = set()
    days: list[ClosureDay] = []

    def add(day: date, note: str, *, substitute: bool = True) -> None:
        actual = _next_weekday(day, taken) if substitute else day
        taken.add(actual)
        label = note if actual == day else f"{note} (substitute day)"
        days.append(ClosureDay(actual, ClosureKind.BANK_HOLIDAY, label))

    add(date(year, 1, 1), "New Year's Day")
    add(easter - timedelta(days=2), "Good Friday", substitute=False)
    add(easter + timedelta(days=1), "Easter Monday", substitute=False)
    add(_first_monday(year, 5), "Early May bank holiday", substitute=False)
    add(_last_monday(year, 5), "Spring bank holiday", substitute=False)
    add(_last_monday(year, 8), "Summer bank holiday", substitute=False)
    christmas, boxing = date(year, 12, 25), date(year, 12, 26)
    if boxing.weekday() < _SATURDAY:  # Boxing Day keeps its day; Christmas moves past it
        add(boxing, "Boxing Day")
        add(christmas, "Christmas Day")
    else:
        add(christmas, "Christmas Day")
        add(boxing, "Boxing Day")
    return sorted(days, key=lambda d: d.day)
