"""The governors' report: the pattern of incidents by term and by school year, with no name
and no count small enough to point at a child.

Figures (storage/governors_figures.py): incidents, the DSL's categories and routes, referrals
made by agency, the age of the youngest child involved, and repeat incidents (recorded as one
of several, or involving a child already in an earlier incident). Every table goes through
small-number suppression (domain/suppression.py) before anyone sees it, on screen or on
paper, and the charts are drawn from the suppressed tables (a hidden count draws no bar and
is labelled "<5").

Anyone who can view records can produce it (a headteacher with read-only access prepares the
governors' papers); it holds no personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import Agency
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.domain.suppression import HIDDEN_TEXT, SuppressedTable, suppress
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import governors_figures as figures
from ypsi_desktop.storage.governors_figures import AGE_BANDS, NOT_DECIDED, TERMS, Figures
from ypsi_desktop.storage.setting_repository import SettingRepository

TERM_NAMES = {figures.AUTUMN: "Autumn", figures.SPRING: "Spring", figures.SUMMER: "Summer"}
AGENCY_NAMES = {
    Agency.MASH.value: "Children's social care (MASH)",
    Agency.POLICE.value: "Police",
    Agency.LADO.value: "LADO",
    Agency.CEOP.value: "CEOP",
    Agency.OTHER.value: "Other",
}
CHART_YEARS = 4  # the most recent school years drawn side by side in a chart
METHOD = (
    "How these figures are counted: each incident is counted in the school year and term in "
    "which it came to light (autumn: September to December; spring: January to March; "
    "summer: April to August), with the category and route of the DSL's latest decision. "
    "Referrals are counted in the term they were made. Repeat incidents are those recorded as "
    "one of several, or involving a child already in an earlier incident. Counts from 1 to 4 "
    f'are shown as "<5" ({HIDDEN_TEXT}), and where that would let a hidden count be worked '
    "out from a total, the next smallest count is hidden too, so that no child can be "
    "identified. Bars are not drawn for hidden counts."
)


def year_label(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def term_label(year: int, term: int) -> str:
    return f"{TERM_NAMES[term]} {year_label(year)}"


def _category_label(value: str) -> str:
    return "No decision recorded yet" if value == NOT_DECIDED else label(value)


@dataclass(frozen=True)
class ReportTable:
    title: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    table: SuppressedTable
    row_totals: bool  # whether a Total column is shown
    column_totals: bool = True  # whether a Total row is shown

    def rows(self) -> list[tuple[str, ...]]:
        """The table as text, hidden counts as "<5", totals included as they are shown."""
        out = []
        for r, name in enumerate(self.row_labels):
            cells = [self.table.cell(r, c) for c in range(len(self.column_labels))]
            if self.row_totals:
                cells.append(self.table.row_total(r))
            out.append((name, *cells))
        if self.column_totals:
            totals = [self.table.column_total(c) for c in range(len(self.column_labels))]
            if self.row_totals:
                totals.append(self.table.grand())
            out.append(("Total", *totals))
        return out

    def headers(self) -> tuple[str, ...]:
        return ("", *self.column_labels, *(("Total",) if self.row_totals else ()))


@dataclass(frozen=True)
class ChartSpec:
    """A grouped bar chart: one group per x label, one bar per series; None = hidden."""

    title: str
    x_labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[int | None, ...]], ...]


@dataclass(frozen=True)
class GovernorsReport:
    first_year: int
    last_year: int
    setting_name: str
    training: bool
    summary: ReportTable
    by_term: ReportTable
    categories: ReportTable
    routes: ReportTable
    agencies: ReportTable
    ages: ReportTable
    charts: tuple[ChartSpec, ...]

    @property
    def period(self) -> str:
        if self.first_year == self.last_year:
            return f"school year {year_label(self.first_year)}"
        return f"school years {year_label(self.first_year)} to {year_label(self.last_year)}"

    @property
    def span(self) -> str:
        """The years in short, for page headers: "2024/25" or "2024/25 to 2026/27"."""
        if self.first_year == self.last_year:
            return year_label(self.first_year)
        return f"{year_label(self.first_year)} to {year_label(self.last_year)}"

    @property
    def tables(self) -> tuple[ReportTable, ...]:
        return (self.summary, self.by_term, self.categories, self.routes, self.agencies, self.ages)


def _by_year(data: dict[tuple[int, int], dict[str, int]], years: list[int], key: str) -> int:
    return sum(data[(y, t)].get(key, 0) for y in years for t in TERMS)


def _breakdown(
    title: str,
    data: dict[tuple[int, int], dict[str, int]],
    keys: list[str],
    names: list[str],
    years: list[int],
) -> ReportTable:
    """Rows: the values (categories, routes, …); columns: the school years."""
    grid = [[_by_year(data, [y], k) for y in years] for k in keys]
    return ReportTable(
        title,
        tuple(names),
        tuple(year_label(y) for y in years),
        suppress(grid, row_totals=True, column_totals=True),
        row_totals=True,
    )


def _columns(present: set[str], known: list[str]) -> list[str]:
    """Known values in their order, then anything else the file holds, then "not decided"."""
    extra = sorted(present - set(known) - {NOT_DECIDED})
    return known + extra + [NOT_DECIDED]


def _chart(table: ReportTable, title: str) -> ChartSpec:
    """x = the table's rows (values); one series per recent school year (its columns)."""
    columns = range(max(0, len(table.column_labels) - CHART_YEARS), len(table.column_labels))
    series = tuple(
        (
            table.column_labels[c],
            tuple(
                table.table.values[r][c] if table.table.shown[r][c] else None
                for r in range(len(table.row_labels))
            ),
        )
        for c in columns
    )
    return ChartSpec(title, table.row_labels, series)


def build_report(
    session: CaseFileSession,
    first_year: int | None = None,
    last_year: int | None = None,
    *,
    today: date,
) -> GovernorsReport:
    """The report for school years first_year/… to last_year/… (default: this school year
    and the two before it)."""
    session.require(Permission.VIEW)
    current = figures.school_year_of(today)
    last = current if last_year is None else last_year
    first = last - 2 if first_year is None else first_year
    if first > last:
        raise ValueError("The first school year must not come after the last.")
    if last - first >= 30:
        raise ValueError("Choose at most 30 school years.")
    counts: Figures = figures.figures(session.conn, first, last)
    years = list(range(first, last + 1))
    periods = counts.periods

    def referrals_in(period: tuple[int, int]) -> int:
        return sum(counts.referrals[period].values())

    summary_grid = [
        [
            sum(counts.incidents[(y, t)] for t in TERMS),
            sum(referrals_in((y, t)) for t in TERMS),
            sum(counts.repeats[(y, t)] for t in TERMS),
        ]
        for y in years
    ]
    measures = ("Incidents", "Referrals made", "Repeat incidents")
    summary = ReportTable(
        "Summary by school year",
        tuple(year_label(y) for y in years),
        measures,
        suppress(summary_grid, row_totals=False, column_totals=True),
        row_totals=False,
    )
    term_grid = [[counts.incidents[p], referrals_in(p), counts.repeats[p]] for p in periods]
    by_term = ReportTable(
        "By term",
        tuple(term_label(y, t) for y, t in periods),
        measures,
        suppress(term_grid, row_totals=False, column_totals=True),
        row_totals=False,
    )
    present = {k for d in counts.categories.values() for k in d}
    category_keys = _columns(present, list(ids.CATEGORIES))
    categories = _breakdown(
        "Categories (the DSL's latest decision)",
        counts.categories,
        category_keys,
        [_category_label(k) for k in category_keys],
        years,
    )
    present = {k for d in counts.routes.values() for k in d}
    route_keys = _columns(present, list(ids.ROUTES))
    routes = _breakdown(
        "Routes (the DSL's latest decision)",
        counts.routes,
        route_keys,
        [_category_label(k) for k in route_keys],
        years,
    )
    agency_keys = [a.value for a in Agency]
    agencies = _breakdown(
        "Referrals made, by agency",
        counts.referrals,
        agency_keys,
        [AGENCY_NAMES[k] for k in agency_keys],
        years,
    )
    ages = _breakdown(
        "Age of the youngest child involved",
        counts.ages,
        list(AGE_BANDS),
        [band.capitalize() for band in AGE_BANDS],
        years,
    )
    term_chart = ChartSpec(
        "Incidents by term",
        tuple(f"{TERM_NAMES[t][:3]} {year_label(y)}" for y, t in periods),
        (
            (
                "Incidents",
                tuple(
                    by_term.table.values[r][0] if by_term.table.shown[r][0] else None
                    for r in range(len(periods))
                ),
            ),
        ),
    )
    charts = (
        term_chart,
        _chart(categories, "Categories by school year"),
        _chart(routes, "Routes by school year"),
        _chart(ages, "Age of the youngest child by school year"),
    )
    return GovernorsReport(
        first_year=first,
        last_year=last,
        setting_name=SettingRepository(session.conn).details().name,
        training=session.is_training,
        summary=summary,
        by_term=by_term,
        categories=categories,
        routes=routes,
        agencies=agencies,
        ages=ages,
        charts=charts,
    )


def years_on_file(session: CaseFileSession) -> tuple[int, int] | None:
    session.require(Permission.VIEW)
    return figures.years_on_file(session.conn)
