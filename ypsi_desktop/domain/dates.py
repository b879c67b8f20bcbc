"""British dates: dd/mm/yyyy on screen and paper, ISO 8601 in storage.

Why strict: a chronology is evidence. "03/04/26" could be two dates in two centuries, so short
years are refused and impossible or future dates are named back to the user in words.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_BRITISH = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


class DateError(ValueError):
    """A date the user typed that cannot be accepted, with a message saying why."""


def parse_date(text: str, *, today: date, allow_future: bool = False) -> date:
    """Read a date typed as dd/mm/yyyy (also with - or .), or as ISO yyyy-mm-dd."""
    if not text.strip():
        raise DateError("Enter a date as day/month/year, for example 03/04/2026.")
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        match = _BRITISH.match(text)
        if not match:
            raise DateError("Enter the date as day/month/year, for example 03/04/2026.")
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) != 4:
            raise DateError(
                "Type the year in full (for example 2026), so the date cannot be misread."
            )
    if not 1 <= month <= 12:
        raise DateError(f"There is no month {month}: dates are day/month/year.")
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateError(f"{MONTHS[month - 1]} {year} has no day {day}.") from None
    if year < 1900:
        raise DateError("That date is too far in the past to be right.")
    if not allow_future and value > today:
        raise DateError(f"{long_date(value)} is in the future.")
    return value


def parse_time(text: str) -> time:
    match = _TIME.match(text)
    if not match:
        raise DateError("Enter the time as hours:minutes on the 24-hour clock, for example 14:30.")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise DateError(f"{text.strip()} is not a time of day.")
    return time(hour, minute)


def short_date(value: date) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def long_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_datetime(value: datetime) -> str:
    return f"{short_date(value.date())} {value.hour:02d}:{value.minute:02d}"


def age_on(date_of_birth: date, on: date) -> int:
    """Whole years of age on a date (a birthday on 29 February falls on 1 March)."""
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years
