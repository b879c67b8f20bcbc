"""Working days, school days and England and Wales's usual bank holidays."""

from __future__ import annotations

from datetime import date

import pytest

from ypsi_desktop.domain.calendar import (
    BankHoliday,
    Calendar,
    easter_sunday,
    england_and_wales_bank_holidays,
)


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2000, date(2000, 4, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_day(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        # As published for England and Wales (years with no one-off holidays).
        (2021, ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"]),
        (2025, ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"]),
        (2026, ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"]),
        (2027, ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"]),
        (2028, ["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"]),
    ],
)
def test_england_and_wales_bank_holidays(year: int, expected: list[str]) -> None:
    days = england_and_wales_bank_holidays(year)
    assert [f"{d.day:%m-%d}" for d in days] == expected
    assert all(d.note for d in days)


def test_a_weekend_christmas_names_its_substitute_days() -> None:
    notes = {d.day: d.note for d in england_and_wales_bank_holidays(2022)}
    assert notes[date(2022, 12, 26)] == "Boxing Day"  # a Monday: it keeps its own day
    assert notes[date(2022, 12, 27)] == "Christmas Day (substitute day)"


def test_bank_holidays_are_not_working_days() -> None:
    days_off = Calendar.of(england_and_wales_bank_holidays(2026))
    thursday = date(2026, 4, 2)
    # A referral made the Thursday before Good Friday is due on the Tuesday after Easter.
    assert days_off.add_working_days(thursday, 1) == date(2026, 4, 7)
    assert Calendar().add_working_days(thursday, 1) == date(2026, 4, 3)
    assert days_off.add_working_days(thursday, 5) == date(2026, 4, 13)
    # A deadline landing on a bank holiday or a weekend moves to the next working day.
    assert days_off.on_or_after(date(2026, 4, 3)) == date(2026, 4, 7)
    assert days_off.on_or_after(date(2026, 4, 8)) == date(2026, 4, 8)
    assert Calendar.of([BankHoliday(date(2026, 11, 30), "St Andrew's Day")]).on_or_after(
        date(2026, 11, 28)
    ) == date(2026, 12, 1)
