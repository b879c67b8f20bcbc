"""Counts for the governors' report, straight from SQL: no names, no records, only numbers.

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

# SQL pieces over a date-time column held as ISO text ("2026-03-04T…"). The joins below are
# CROSS JOINs on purpose: SQLite then keeps the written order (incidents in the date range
# first, by their index; then their people), instead of starting from every child on file.
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


_INCIDENTS_BY = (
    "SELECT {year} AS sy, {term} AS t, {value}, count(*) FROM incidents"
    " WHERE came_to_light_at >= ? AND came_to_light_at < ? GROUP BY sy, t, 3"
)


def _grouped(
    conn: Connection, sql: str, bounds: tuple[str, str], figures: Figures
) -> dict[Period, dict[str, int]]:
    out: dict[Period, dict[str, int]] = {p: {} for p in figures.periods}
    for year, term, value, count in conn.execute(sql, bounds):
        key = (int(year), int(term))
        if key in out:
            label = NOT_DECIDED if value is None else str(value)
            out[key][label] = out[key].get(label, 0) + int(count)
    return out


def _age_sql() -> str:
    """Each incident's youngest child, in whole years at the time it came to light."""
    came = "substr(i.came_to_light_at, 1, 10)"
    from_birth = (
        f"(CAST(substr({came}, 1, 4) AS INTEGER) - CAST(substr(p.date_of_birth, 1, 4) AS INTEGER)"
        f" - (substr({came}, 6, 5) < substr(p.date_of_birth, 6, 5)))"
    )
    from_age = (
        f"(p.age_years + CAST((julianday({came}) - julianday(p.age_recorded_on)) / 365.25"
        " AS INTEGER))"
    )
    age = (
        f"CASE WHEN p.date_of_birth IS NOT NULL THEN {from_birth}"
        f" WHEN p.age_years IS NOT NULL AND p.age_recorded_on IS NOT NULL THEN {from_age} END"
    )
    youngest = (
        f"SELECT i.id, {_school_year('i.came_to_light_at')} AS sy,"
        f" {_term('i.came_to_light_at')} AS t, min({age}) AS age, count({age}) AS known,"
        " count(*) AS children FROM incidents i"
        " CROSS JOIN incident_people ip ON ip.incident_id = i.id"
        " CROSS JOIN people p ON p.id = ip.person_id"
        " WHERE i.came_to_light_at >= ? AND i.came_to_light_at < ? AND p.kind = 'child'"
        " GROUP BY i.id"
    )
    band = (
        "CASE WHEN known < children THEN 'not known' WHEN age < 11 THEN 'under 11'"
        " WHEN age <= 12 THEN '11 to 12' WHEN age <= 15 THEN '13 to 15' ELSE '16 or over' END"
    )
    return f"SELECT sy, t, {band} AS band, count(*) FROM ({youngest}) GROUP BY sy, t, band"


def _repeat_sql() -> str:
    """Incidents recorded as one of several, or involving a child already in an earlier one."""
    return (
        f"SELECT {_school_year('i.came_to_light_at')} AS sy, {_term('i.came_to_light_at')} AS t,"
        " count(*) FROM incidents i WHERE i.came_to_light_at >= ? AND i.came_to_light_at < ?"
        " AND (i.multiple_incidents = 1 OR EXISTS (SELECT 1 FROM incident_people ip"
        " CROSS JOIN people p ON p.id = ip.person_id"
        " CROSS JOIN incident_people earlier ON earlier.person_id = ip.person_id"
        " CROSS JOIN incidents j ON j.id = earlier.incident_id"
        " WHERE ip.incident_id = i.id AND p.kind = 'child'"
        " AND earlier.incident_id <> ip.incident_id AND j.came_to_light_at < i.came_to_light_at))"
        " GROUP BY sy, t"
    )


def figures(conn: Connection, first_year: int, last_year: int) -> Figures:
    """All the report's counts for school years first_year/… to last_year/… inclusive."""
    if last_year < first_year:
        raise ValueError("the last school year comes before the first")
    result = Figures(first_year, last_year)
    bounds = school_year_bounds(first_year, last_year)
    year, term = _school_year("came_to_light_at"), _term("came_to_light_at")
    result.incidents = {p: 0 for p in result.periods}
    result.categories = _grouped(
        conn, _INCIDENTS_BY.format(year=year, term=term, value="latest_category"), bounds, result
    )
    for period, counts in result.categories.items():
        result.incidents[period] = sum(counts.values())
    result.routes = _grouped(
        conn, _INCIDENTS_BY.format(year=year, term=term, value="latest_route"), bounds, result
    )
    made = "made_on"
    result.referrals = _grouped(
        conn,
        f"SELECT {_school_year(made)} AS sy, {_term(made)} AS t, agency, count(*) FROM referrals"
        " WHERE made_on >= ? AND made_on < ? GROUP BY sy, t, agency",
        bounds,
        result,
    )
    result.ages = _grouped(conn, _age_sql(), bounds, result)
    for period, bands in result.ages.items():
        known = sum(bands.values())
        missing = result.incidents[period] - known
        if missing:
            bands["not known"] = bands.get("not known", 0) + missing
    result.repeats = {p: 0 for p in result.periods}
    for sy, t, count in conn.execute(_repeat_sql(), bounds):
        if (int(sy), int(t)) in result.repeats:
            result.repeats[(int(sy), int(t))] = int(count)
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
