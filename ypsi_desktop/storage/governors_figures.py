"""Counts for the governors' report: no names, no records, only numbers.

Every incident is placed in the school year and term in which it came to light. Terms are
taken as autumn (September to December), spring (January to March) and summer (April to
August): Easter moves, and each school's term dates differ, so these are the fixed calendar
blocks the report says it uses. A referral counts in the term it was made.

Incidents whose records have since been disposed of still count (their dates, category, route
and referral agencies are kept; see storage/disposal.py), so the figures for a past year do
not change when retention removes the children's details; their ages and repeat status are
no longer known and count as "not known".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .connection import Connection

AUTUMN, SPRING, SUMMER = 1, 2, 3
TERMS = (AUTUMN, SPRING, SUMMER)
AGE_BANDS = ("under 11", "11 to 12", "13 to 15", "16 or over", "not known")
NOT_DECIDED = ""

Period = tuple[int, int]  # (school year starting, term)

# SQL pieces over a date held as ISO text ("2026-03-04…"), for the referrals query.
_YEAR = "CAST(substr({c}, 1, 4) AS INTEGER)"
_MONTH = "CAST(substr({c}, 6, 2) AS INTEGER)"


def _school_year(column: str) -> str:
    return f"({_YEAR.format(c=column)} - ({_MONTH.format(c=column)} < 9))"


def _term(column: str) -> str:
    month = _MONTH.format(c=column)
    return f"(CASE WHEN {month} >= 9 THEN 1 WHEN {month} <= 3 THEN 2 ELSE 3 END)"


def school_year_bounds(first_year: int, last_year: int) -> tuple[str, str]:
    """ISO text bounds [start, end) covering school years first_year/… to last_year/…."""
    return f"{first_year:04d}-09-01", f"{last_year + 1:04d}-09-01"


def school_year_of(day: date) -> int:
    return day.year if day.month >= 9 else day.year - 1


@dataclass
class Figures:
    """Raw counts by (school year, term); every key present for every period asked for."""

    first_year: int
    last_year: int
    incidents: dict[Period, int] = field(default_factory=dict)
    categories: dict[Period, dict[str, int]] = field(default_factory=dict)
    routes: dict[Period, dict[str, int]] = field(default_factory=dict)
    referrals: dict[Period, dict[str, int]] = field(default_factory=dict)
    ages: dict[Period, dict[str, int]] = field(default_factory=dict)
    repeats: dict[Period, int] = field(default_factory=dict)

    @property
    def periods(self) -> list[Period]:
        return [(y, t) for y in range(self.first_year, self.last_year + 1) for t in TERMS]


def period_of(text: str) -> Period:
    """(school year, term) of an ISO date or date-time text."""
    year, month = int(text[:4]), int(text[5:7])
    term = AUTUMN if month >= 9 else SPRING if month <= 3 else SUMMER
    return (year if month >= 9 else year - 1), term


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _child_ages(conn: Connection) -> dict[int, tuple[date | None, int | None, date | None]]:
    """Every child's date of birth, or age and when it was recorded (a narrow index scan)."""
    return {
        int(r[0]): (
            None if r[1] is None else date.fromisoformat(str(r[1])),
            None if r[2] is None else int(r[2]),
            None if r[3] is None else date.fromisoformat(str(r[3])),
        )
        for r in conn.execute(
            "SELECT id, date_of_birth, age_years, age_recorded_on FROM people"
            " INDEXED BY people_for_report WHERE kind = 'child'"
        )
    }


def _band(age: int | None) -> str:
    if age is None:
        return "not known"
    if age < 11:
        return "under 11"
    if age <= 12:
        return "11 to 12"
    return "13 to 15" if age <= 15 else "16 or over"


def _youngest(
    kids: list[int], children: dict[int, tuple[date | None, int | None, date | None]], day: date
) -> int | None:
    """The youngest child's age on `day`; None if any child's age is not known."""
    ages: list[int] = []
    for kid in kids:
        born, age, recorded = children[kid]
        if born is not None:
            ages.append(_age_on(born, day))
        elif age is not None and recorded is not None:
            ages.append(age + int((day - recorded).days / 365.25))
        else:
            return None
    return min(ages) if ages else None


def figures(conn: Connection, first_year: int, last_year: int) -> Figures:
    """All the report's counts for school years first_year/… to last_year/… inclusive.

    Three narrow index scans (incidents by date with their category, route and repeat flag;
    who was in which incident; each child's date of birth or age) and one grouped query over
    referrals; the counting is done here. Repeats look at every incident on file, not only
    those in the years asked for: a child seen before the first year still makes a repeat.
    """
    if last_year < first_year:
        raise ValueError("the last school year comes before the first")
    result = Figures(first_year, last_year)
    periods = set(result.periods)
    result.incidents = {p: 0 for p in result.periods}
    result.categories = {p: {} for p in result.periods}
    result.routes = {p: {} for p in result.periods}
    result.ages = {p: {} for p in result.periods}
    result.repeats = {p: 0 for p in result.periods}
    came: dict[int, str] = {}
    chosen: list[tuple[int, str, Period, bool]] = []
    for incident_id, at, category, route, multiple in conn.execute(
        "SELECT id, came_to_light_at, latest_category, latest_route, multiple_incidents"
        " FROM incidents INDEXED BY incidents_for_report WHERE came_to_light_at IS NOT NULL"
    ):
        text = str(at)
        came[int(incident_id)] = text
        period = period_of(text)
        if period not in periods:
            continue
        chosen.append((int(incident_id), text, period, bool(multiple)))
        result.incidents[period] += 1
        for table, value in ((result.categories, category), (result.routes, route)):
            label = NOT_DECIDED if value is None else str(value)
            table[period][label] = table[period].get(label, 0) + 1
    children = _child_ages(conn)
    in_incident: dict[int, list[int]] = {}
    first_seen: dict[int, str] = {}
    for person_id, incident_id in conn.execute(
        "SELECT person_id, incident_id FROM incident_people INDEXED BY incident_people_by_person"
    ):
        person, incident = int(person_id), int(incident_id)
        if person not in children or incident not in came:
            continue
        in_incident.setdefault(incident, []).append(person)
        at = came[incident]
        if person not in first_seen or at < first_seen[person]:
            first_seen[person] = at
    for incident_id, at, period, multiple in chosen:
        kids = in_incident.get(incident_id, [])
        if multiple or any(first_seen[k] < at for k in kids):
            result.repeats[period] += 1
        band = _band(_youngest(kids, children, date.fromisoformat(at[:10])))
        result.ages[period][band] = result.ages[period].get(band, 0) + 1
    made = "made_on"
    result.referrals = {p: {} for p in result.periods}
    for year, term, agency, count in conn.execute(
        f"SELECT {_school_year(made)} AS sy, {_term(made)} AS t, agency, count(*) FROM referrals"
        " WHERE made_on >= ? AND made_on < ? GROUP BY sy, t, agency",
        school_year_bounds(first_year, last_year),
    ):
        key = (int(year), int(term))
        if key in result.referrals:
            result.referrals[key][str(agency)] = int(count)
    return result


def years_on_file(conn: Connection) -> tuple[int, int] | None:
    """The first and last school years any incident came to light in."""
    row = conn.execute(
        "SELECT min(came_to_light_at), max(came_to_light_at) FROM incidents"
        " WHERE came_to_light_at IS NOT NULL"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return (
        school_year_of(date.fromisoformat(str(row[0])[:10])),
        school_year_of(date.fromisoformat(str(row[1])[:10])),
    )
