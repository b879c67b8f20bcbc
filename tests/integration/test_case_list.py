"""The case list pages, sorts and filters exactly like a plain Python sort of the same records,
and a page query reads only its window, however many incidents the file holds."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from case_builders import DSL_ID, assessment_for

from bench.casefile_data import build
from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import (
    FollowUp,
    Incident,
    IncidentPerson,
    IncidentStatus,
    Person,
    PersonKind,
    Role,
)
from ypsi_desktop.domain.case_views import NOT_ASSESSED, CaseListFilter, CaseListRow, SortColumn
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.case_list import CaseList
from ypsi_desktop.storage.database import CaseFile, open_case_file
from ypsi_desktop.storage.incident_repository import IncidentRepository

COUNT = 240
OWNERS = ("Ms Testlead", "Mr Deputy", "Dr Placeholder")
NAMES = ("Zoë", "Ελένη", "Юлия", "Siân", "Björn", "Amélie")


def _make(rng: random.Random, n: int) -> Incident:
    start = datetime(2024, 1, 1, 8, 0)
    when = None if n % 37 == 0 else start + timedelta(minutes=rng.randrange(1_000_000))
    follow_ups = [
        FollowUp(
            f"Action {k} (test)",
            owner=rng.choice(OWNERS),
            due_on=date(2025, 1, 1) + timedelta(days=rng.randrange(500)),
            done_on=date(2025, 6, 1) if rng.random() < 0.4 else None,
        )
        for k in range(rng.randrange(3))
    ]
    child = Person(PersonKind.CHILD, first_name=rng.choice(NAMES), last_name=f"Testchild{n}")
    return Incident(
        owner=rng.choice(OWNERS),
        came_to_light_at=when,
        people=[IncidentPerson(child, roles=frozenset({Role.PICTURED}))],
        follow_ups=follow_ups,
    )


@pytest.fixture(scope="module")
def listed(
    tmp_path_factory: pytest.TempPathFactory, template_file: Path, data_key: bytes
) -> Iterator[CaseFile]:
    """A file of COUNT incidents saved through the repositories: some assessed (possibly more
    than once), some closed."""
    path = tmp_path_factory.mktemp("list") / "case.ypsi"
    shutil.copyfile(template_file, path)
    os.chmod(path, 0o600)
    rng = random.Random(7)
    with open_case_file(path, data_key) as case:
        incidents = IncidentRepository(case.conn)
        assessments = AssessmentRepository(case.conn)
        for n in range(COUNT):
            incident = incidents.save(_make(rng, n), user_id=DSL_ID)
            assert incident.id is not None
            for _ in range(rng.choice((0, 0, 1, 2))):
                data = assessment_for(rng.choice(ids.CATEGORIES), rng.choice(ids.ROUTES))
                assessments.save(incident.id, data, user_id=DSL_ID)
            if rng.random() < 0.3 and incidents.has_decision(incident.id):
                for f in incident.follow_ups:
                    f.done_on = f.done_on or date(2025, 7, 1)
                incident.outcome = "Closed in tests."
                incidents.save(incident, user_id=DSL_ID)
                incidents.close(incident.id, user_id=DSL_ID, closed_on=date(2025, 8, 1))
        yield case


def _expected(case: CaseFile) -> list[CaseListRow]:
    """The same rows built from whole records, the slow way."""
    repo = IncidentRepository(case.conn)
    assessments = AssessmentRepository(case.conn)
    rows = []
    for (incident_id,) in case.conn.execute("SELECT id FROM incidents").fetchall():
        incident = repo.get(incident_id)
        assert incident is not None and incident.id is not None
        latest = assessments.latest(incident.id)
        due = [f.due_on for f in incident.follow_ups if f.done_on is None and f.due_on]
        rows.append(
            CaseListRow(
                id=incident.id,
                reference=incident.reference,
                came_to_light_at=incident.came_to_light_at,
                children=tuple(p.person.display_name for p in incident.children()),
                category=latest.category if latest else None,
                route=latest.route if latest else None,
                status=incident.status,
                owner=incident.owner,
                next_due=min(due) if due else None,
            )
        )
    return rows


def _value(row: CaseListRow, sort: SortColumn) -> Any:
    if sort is SortColumn.REFERENCE:
        _, year, number = row.reference.split("-")
        return (int(year), int(number))
    attribute = {"category": "category", "route": "route"}.get(sort.value, sort.value)
    return getattr(row, attribute)


def _python_sorted(rows: list[CaseListRow], sort: SortColumn, desc: bool) -> list[int]:
    """Blanks last in both directions; ties broken by id in the same direction."""
    known = [r for r in rows if _value(r, sort) is not None]
    blank = [r for r in rows if _value(r, sort) is None]
    known.sort(key=lambda r: (_value(r, sort), r.id), reverse=desc)
    blank.sort(key=lambda r: r.id, reverse=desc)
    return [r.id for r in known + blank]


def _all_pages(case_list: CaseList, size: int, **kwargs: Any) -> list[CaseListRow]:
    rows: list[CaseListRow] = []
    while True:
        page = case_list.page(len(rows), size, **kwargs)
        rows += page
        if len(page) < size:
            return rows


@pytest.mark.parametrize("sort", list(SortColumn))
@pytest.mark.parametrize("desc", [False, True])
def test_every_sort_pages_like_a_python_sort(
    listed: CaseFile, sort: SortColumn, desc: bool
) -> None:
    expected = _expected(listed)
    got = _all_pages(CaseList(listed.conn), 17, sort=sort, descending=desc)
    assert [r.id for r in got] == _python_sorted(expected, sort, desc)
    by_id = {r.id: r for r in expected}
    assert all(row == by_id[row.id] for row in got)


FILTERS: list[tuple[CaseListFilter, Callable[[CaseListRow], bool]]] = [
    (CaseListFilter(status=IncidentStatus.OPEN), lambda r: r.status is IncidentStatus.OPEN),
    (CaseListFilter(status=IncidentStatus.CLOSED), lambda r: r.status is IncidentStatus.CLOSED),
    (CaseListFilter(category=ids.CATEGORIES[1]), lambda r: r.category == ids.CATEGORIES[1]),
    (CaseListFilter(category=NOT_ASSESSED), lambda r: r.category is None),
    (CaseListFilter(route=ids.ROUTES[0]), lambda r: r.route == ids.ROUTES[0]),
    (CaseListFilter(owner="Mr Deputy"), lambda r: r.owner == "Mr Deputy"),
    (
        CaseListFilter(came_to_light_from=date(2024, 6, 1), came_to_light_to=date(2024, 12, 31)),
        lambda r: (
            r.came_to_light_at is not None
            and date(2024, 6, 1) <= r.came_to_light_at.date() <= date(2024, 12, 31)
        ),
    ),
    (
        CaseListFilter(overdue_on=date(2025, 9, 1)),
        lambda r: r.next_due is not None and r.next_due < date(2025, 9, 1),
    ),
    (
        CaseListFilter(
            status=IncidentStatus.OPEN, owner="Ms Testlead", overdue_on=date(2026, 1, 1)
        ),
        lambda r: (
            r.status is IncidentStatus.OPEN
            and r.owner == "Ms Testlead"
            and r.next_due is not None
            and r.next_due < date(2026, 1, 1)
        ),
    ),
]


@pytest.mark.parametrize(("filters", "keep"), FILTERS)
def test_filters_and_counts_match_the_records(
    listed: CaseFile, filters: CaseListFilter, keep: Callable[[CaseListRow], bool]
) -> None:
    expected = [r for r in _expected(listed) if keep(r)]
    case_list = CaseList(listed.conn)
    assert 0 < len(expected) < COUNT, "the generated data should exercise this filter"
    assert case_list.count(filters) == len(expected)
    got = _all_pages(case_list, 25, filters=filters, sort=SortColumn.NEXT_DUE, descending=False)
    assert [r.id for r in got] == _python_sorted(expected, SortColumn.NEXT_DUE, False)


def test_paging_beyond_the_end_and_bad_arguments(listed: CaseFile) -> None:
    case_list = CaseList(listed.conn)
    assert case_list.count() == COUNT
    assert case_list.page(COUNT, 50) == []
    assert len(case_list.page(COUNT - 3, 50)) == 3
    with pytest.raises(ValueError):
        case_list.page(-1, 10)


def _vm_steps(conn: Any, action: Callable[[], object]) -> int:
    """SQLite virtual-machine steps taken by `action`, counted in units of 100."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(tick, 100)
    try:
        action()
    finally:
        conn.set_progress_handler(None, 0)
    return steps[0]


@pytest.fixture(scope="module")
def bulk_files(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, bytes]]:
    """Two synthetic files, one five times the size of the other."""
    folder = tmp_path_factory.mktemp("bulk")
    files = {}
    for n in (300, 1500):
        key = os.urandom(32)
        build(folder / f"bulk-{n}.ypsi", key, n, seed=11)
        files[n] = (folder / f"bulk-{n}.ypsi", key)
    return files


@pytest.mark.parametrize(
    ("filters", "sort", "desc"),
    [(CaseListFilter(), s, d) for s in SortColumn for d in (False, True)]
    + [(CaseListFilter(status=IncidentStatus.OPEN), SortColumn.CAME_TO_LIGHT, True)],
)
def test_a_page_reads_only_its_window(
    bulk_files: dict[int, tuple[Path, bytes]],
    filters: CaseListFilter,
    sort: SortColumn,
    desc: bool,
) -> None:
    """The work for one page of 20 stays the same when the file holds five times as many
    incidents: nothing outside the window is read or sorted."""
    steps = []
    scan = "SELECT count(*) FROM incidents WHERE owner <> ''"
    for path, key in bulk_files.values():
        with open_case_file(path, key, verify_pages=False) as case:
            conn, case_list = case.conn, CaseList(case.conn)
            case_list.page(0, 20, filters, sort, desc)  # warm the page cache
            steps.append(_vm_steps(conn, partial(case_list.page, 0, 20, filters, sort, desc)))
            scan_steps = _vm_steps(conn, partial(conn.execute, scan))
    small, large = steps
    assert large <= small * 1.3 + 5, (small, large)
    assert scan_steps > 3 * large  # visiting 1,500 rows is real work; a page is not
