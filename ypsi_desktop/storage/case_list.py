"""The case list: one page of incidents, filtered and sorted, and how many there are in all.

Why it is built this way: a school's file may hold tens of thousands of incidents over the
decades, and the list must stay instant. So sorting and filtering use only columns of the
incidents table itself (latest category and route and the next due date are kept there by
the repositories), each sort has an index, and a page is read in two steps: the window's ids
from the index (LIMIT/OFFSET), then the rows and children's names for those ids alone.
CROSS JOIN pins the join order, so the planner never walks every child to find a page's
fifty. No query here reads a wide row outside the window it was asked for: counting, and a
page with filters that no sort index serves, scan one narrow covering index instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from ypsi_desktop.domain.case import IncidentStatus, Person, PersonKind
from ypsi_desktop.domain.case_views import NOT_ASSESSED, CaseListFilter, CaseListRow, SortColumn

from .case_codec import date_out, datetime_out
from .connection import Connection

MAX_PAGE = 1000
_COVERING = "incidents_list_filters"  # 0002_case_model.sql
NO_FILTER = CaseListFilter()

# (ascending key, descending key). A nullable column sorts ascending on ifnull(col, '~') and
# descending on col, so a blank value comes last either way; both forms are indexed (0002).
_SORT_KEYS: dict[SortColumn, tuple[tuple[str, ...], tuple[str, ...]]] = {
    SortColumn.REFERENCE: (("ref_year", "ref_number"), ("ref_year", "ref_number")),
    SortColumn.CAME_TO_LIGHT: (("ifnull(came_to_light_at, '~')",), ("came_to_light_at",)),
    SortColumn.STATUS: (("status",), ("status",)),
    SortColumn.CATEGORY: (("ifnull(latest_category, '~')",), ("latest_category",)),
    SortColumn.ROUTE: (("ifnull(latest_route, '~')",), ("latest_route",)),
    SortColumn.OWNER: (("owner",), ("owner",)),
    SortColumn.NEXT_DUE: (("ifnull(next_due, '~')",), ("next_due",)),
}


def _planner_serves(filters: CaseListFilter, sort: SortColumn) -> bool:
    """Whether one index already walks this page in order (O(window)): no filter at all, or
    the default view's status and date range sorted by when it came to light.

    Any other filter goes through the covering index: SQLite, without statistics, would
    otherwise pick a filter's own index and read thousands of wide rows to sort them (84 ms
    against 5 ms measured at 50,000 incidents).
    """
    if filters == NO_FILTER:
        return True
    others = replace(filters, status=None, came_to_light_from=None, came_to_light_to=None)
    return others == NO_FILTER and sort is SortColumn.CAME_TO_LIGHT


def where_clause(filters: CaseListFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if filters.status is not None:
        clauses.append("status = ?")
        params.append(IncidentStatus(filters.status).value)
    for column, value in (("latest_category", filters.category), ("latest_route", filters.route)):
        if value == NOT_ASSESSED:
            clauses.append(f"{column} IS NULL")
        elif value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if filters.owner is not None:
        clauses.append("owner = ?")
        params.append(filters.owner)
    if filters.came_to_light_from is not None:
        clauses.append("came_to_light_at >= ?")
        params.append(filters.came_to_light_from.isoformat())
    if filters.came_to_light_to is not None:
        clauses.append("came_to_light_at < ?")
        params.append((filters.came_to_light_to + timedelta(days=1)).isoformat())
    if filters.overdue_on is not None:
        clauses.append("next_due < ?")
        params.append(filters.overdue_on.isoformat())
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def order_clause(sort: SortColumn, descending: bool) -> str:
    ascending_keys, descending_keys = _SORT_KEYS[SortColumn(sort)]
    keys = descending_keys if descending else ascending_keys
    direction = " DESC" if descending else ""
    return " ORDER BY " + ", ".join(f"{k}{direction}" for k in (*keys, "id"))


def page_ids(
    conn: Connection,
    offset: int,
    limit: int,
    filters: CaseListFilter = NO_FILTER,
    sort: SortColumn = SortColumn.CAME_TO_LIGHT,
    descending: bool = True,
) -> list[int]:
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit cannot be negative")
    where, params = where_clause(filters)
    source = "incidents" if _planner_serves(filters, sort) else f"incidents INDEXED BY {_COVERING}"
    sql = f"SELECT id FROM {source}{where}{order_clause(sort, descending)} LIMIT ? OFFSET ?"
    return [int(r[0]) for r in conn.execute(sql, (*params, min(limit, MAX_PAGE), offset))]


def rows_for_ids(conn: Connection, ids: Sequence[int]) -> list[CaseListRow]:
    """Light rows for these incidents, in the order given."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    names: dict[int, list[str]] = {}
    for incident_id, first, last, known_as in conn.execute(
        "SELECT ip.incident_id, p.first_name, p.last_name, p.known_as FROM incident_people ip"
        f" CROSS JOIN people p ON p.id = ip.person_id WHERE ip.incident_id IN ({marks})"
        " AND p.kind = 'child' ORDER BY ip.incident_id, ip.position",
        tuple(ids),
    ):
        person = Person(PersonKind.CHILD, first_name=first, last_name=last, known_as=known_as)
        names.setdefault(int(incident_id), []).append(person.display_name)
    found: dict[int, CaseListRow] = {}
    for row in conn.execute(
        "SELECT id, reference, came_to_light_at, latest_category, latest_route, status, owner,"
        f" next_due FROM incidents WHERE id IN ({marks})",
        tuple(ids),
    ):
        incident_id = int(row[0])
        found[incident_id] = CaseListRow(
            id=incident_id,
            reference=str(row[1]),
            came_to_light_at=datetime_out(row[2]),
            children=tuple(names.get(incident_id, ())),
            category=None if row[3] is None else str(row[3]),
            route=None if row[4] is None else str(row[4]),
            status=IncidentStatus(row[5]),
            owner=str(row[6]),
            next_due=date_out(row[7]),
        )
    return [found[i] for i in ids if i in found]


class CaseList:
    """What the case list view asks for: a page of rows and the total."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def page(
        self,
        offset: int,
        limit: int,
        filters: CaseListFilter = NO_FILTER,
        sort: SortColumn = SortColumn.CAME_TO_LIGHT,
        descending: bool = True,
    ) -> list[CaseListRow]:
        """Rows offset .. offset+limit-1 of the filtered, sorted list (ties broken by id)."""
        ids = page_ids(self.conn, offset, limit, filters, sort, descending)
        return rows_for_ids(self.conn, ids)

    def count(self, filters: CaseListFilter = NO_FILTER) -> int:
        where, params = where_clause(filters)
        source = "incidents" if filters == NO_FILTER else f"incidents INDEXED BY {_COVERING}"
        (total,) = self.conn.execute(f"SELECT count(*) FROM {source}{where}", params).fetchone()
        return int(total)
