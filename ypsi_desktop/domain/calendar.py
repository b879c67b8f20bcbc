"""Working days, with the bank holidays a DSL records.

Deadlines counted in working days (Monday to Friday, not a bank holiday):

- an agency should acknowledge a referral within one working day;
- a child's file goes to their new school within five school days. They are the new
  school's days, and it is open (the child has just started there), so they are counted as
  working days: weekends and bank holidays are skipped and nothing else, so the date can
  come early, never late;
- a subject access request's month ends on the next working day if it falls on a weekend or
  a bank holiday (the ICO's rule).

Bank holidays differ between England, Wales, Scotland and Northern Ireland and change by
proclamation, so none is assumed: the DSL keeps the list (Records → Bank holidays), with
England and Wales's usual ones offered a year at a time by `england_and_wales_bank_holidays`,
worked out from the standing rules (a one-off or moved holiday is added or removed by hand).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

_SATURDAY = 5


@dataclass(frozen=True)
class BankHoliday:
    day: date
    note: str = ""  # its name ("Good Friday"): a short label, never a person's name


@dataclass(frozen=True)
class Calendar:
    """The bank holidays the file knows about. Empty: every weekday is a working day."""

    bank_holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, days: Iterable[BankHoliday]) -> Calendar:
        return cls(frozenset(d.day for d in days))

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < _SATURDAY and day not in self.bank_holidays

    def add_working_days(self, start: date, days: int) -> date:
        """`start` moved on by `days` working days."""
        current, remaining = start, days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def on_or_after(self, day: date) -> date:
        """`day` itself if it is a working day, else the next one."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day


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


def england_and_wales_bank_holidays(year: int) -> list[BankHoliday]:
    """The usual bank holidays in England and Wales in `year`, by the standing rules: New
    Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays,
    Christmas Day and Boxing Day, with a weekday in lieu when one falls at a weekend. A
    one-off holiday or a moved one (by proclamation) is not here: add or remove it by hand."""
    easter = easter_sunday(year)
    taken: set[date] = set()
    days: list[BankHoliday] = []

    def add(day: date, note: str, *, substitute: bool = True) -> None:
        actual = day
        while substitute and (actual.weekday() >= _SATURDAY or actual in taken):
            actual += timedelta(days=1)
        taken.add(actual)
        days.append(BankHoliday(actual, note if actual == day else f"{note} (substitute day)"))

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
