"""British dates in, ISO out; nothing ambiguous, impossible or in the future slips through."""

from __future__ import annotations

from datetime import date, time

import pytest

from ypsi_desktop.domain.dates import (
    DateError,
    age_on,
    long_date,
    parse_date,
    parse_time,
    short_date,
)

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("03/04/2026", date(2026, 4, 3)),
        ("3/4/2026", date(2026, 4, 3)),
        ("03-04-2026", date(2026, 4, 3)),
        ("03.04.2026", date(2026, 4, 3)),
        ("2026-04-03", date(2026, 4, 3)),
        (" 29/02/2024 ", date(2024, 2, 29)),
    ],
)
def test_accepts_day_month_year(typed: str, expected: date) -> None:
    assert parse_date(typed, today=TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("03/04/26", "Type the year in full"),
        ("04/13/2026", "There is no month 13"),
        ("31/04/2026", "April 2026 has no day 31"),
        ("29/02/2025", "February 2025 has no day 29"),
        ("25/12/2026", "25 December 2026 is in the future."),
        ("yesterday", "day/month/year"),
        ("", "Enter a date"),
        ("01/01/1066", "too far in the past"),
    ],
)
def test_refuses_what_cannot_be_right(typed: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_date(typed, today=TODAY)


def test_future_allowed_for_due_dates() -> None:
    assert parse_date("25/12/2026", today=TODAY, allow_future=True) == date(2026, 12, 25)


def test_display_formats() -> None:
    assert short_date(date(2026, 4, 3)) == "03/04/2026"
    assert long_date(date(2026, 4, 3)) == "3 April 2026"


def test_times() -> None:
    assert parse_time("14:30") == time(14, 30)
    assert parse_time("9.05") == time(9, 5)
    with pytest.raises(DateError):
        parse_time("25:00")


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        (date(2012, 11, 24), date(2026, 11, 24), 14),
        (date(2012, 11, 25), date(2026, 11, 24), 13),
        (date(2012, 2, 29), date(2026, 2, 28), 13),
        (date(2012, 2, 29), date(2026, 3, 1), 14),
    ],
)
def test_age_on_a_date(born: date, on: date, age: int) -> None:
    assert age_on(born, on) == age
