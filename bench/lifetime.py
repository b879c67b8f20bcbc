"""Records over their lifetime: the governors' report on the large synthetic file.

`report.governors`: the report for every school year on the cached 50,000-incident file
(bench/casefile_data.py), the way the app makes it: every figure (build_report: the
aggregate queries, small-number suppression, tables and chart series) and the PDF with its
four bar charts and every table (report_pdf.render_report), against the same aggregate
queries written bare and a bare ReportLab document with the same four charts and tables.
Budget (issue #8): under 2 s.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from bench.casefile_data import cached_fixture, incident_count
from bench.harness import Context, Figure, benchmark
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services.lifetime.governors_report import build_report
from ypsi_desktop.services.lifetime.report_pdf import render_report
from ypsi_desktop.services.paperwork.layout import Furniture
from ypsi_desktop.services.session import CaseFileSession, User
from ypsi_desktop.storage.database import open_case_file
from ypsi_desktop.storage.governors_figures import years_on_file
from ypsi_desktop.storage.keys import KeyStore

TODAY = date(2026, 11, 24)

_BARE = {
    "incidents": "SELECT substr(came_to_light_at, 1, 7) AS month, latest_category,"
    " latest_route, count(*) FROM incidents WHERE came_to_light_at >= ?1 AND"
    " came_to_light_at < ?2 GROUP BY month, latest_category, latest_route",
    "referrals": "SELECT substr(made_on, 1, 7) AS month, agency, count(*) FROM referrals"
    " WHERE made_on >= ?1 AND made_on < ?2 GROUP BY month, agency",
    "ages": "SELECT month, youngest, count(*) FROM (SELECT substr(i.came_to_light_at, 1, 7)"
    " AS month, min(CAST(substr(i.came_to_light_at, 1, 4) AS INTEGER)"
    " - CAST(substr(p.date_of_birth, 1, 4) AS INTEGER)) AS youngest FROM incidents i"
    " CROSS JOIN incident_people ip ON ip.incident_id = i.id CROSS JOIN people p"
    " ON p.id = ip.person_id WHERE i.came_to_light_at >= ?1 AND i.came_to_light_at < ?2"
    " AND p.kind = 'child' GROUP BY i.id) GROUP BY month, youngest",
    "repeats": "SELECT substr(i.came_to_light_at, 1, 7) AS month, count(*) FROM incidents i"
    " WHERE i.came_to_light_at >= ?1 AND i.came_to_light_at < ?2 AND EXISTS (SELECT 1"
    " FROM incident_people ip CROSS JOIN incident_people e ON e.person_id = ip.person_id"
    " CROSS JOIN incidents j ON j.id = e.incident_id WHERE ip.incident_id = i.id"
    " AND e.incident_id <> i.id AND j.came_to_light_at < i.came_to_light_at) GROUP BY month",
}


@contextmanager
def _session(ctx: Context) -> Iterator[tuple[CaseFileSession, int, int]]:
    """The cached file, read-only, as a DSL's session (no key slots: nothing is written)."""
    n = incident_count()
    ctx.progress(f"fixture: {n:,} incidents (set YPSI_BENCH_INCIDENTS to change)")
    path, key = cached_fixture(ctx.cache_dir, n, progress=ctx.progress)
    with open_case_file(path, key, readonly=True, verify_pages=False) as case:
        session = CaseFileSession(
            case, KeyStore(Path(path)), bytearray(key), User(1, "Bench Lead", UserRole.DSL)
        )
        first, last = years_on_file(case.conn) or (2025, 2025)
        yield session, first, last


def _bare_chart(rows: list[list[float]], labels: list[str]) -> Drawing:
    drawing = Drawing(480, 220)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 40, 420, 160
    chart.data = rows
    chart.categoryAxis.categoryNames = labels
    drawing.add(chart)
    return drawing


@benchmark("report.governors")
def governors(ctx: Context) -> Figure:
    with _session(ctx) as (session, first, last):
        conn = session.conn
        ctx.progress(f"school years {first}/… to {last}/…")
        furniture = Furniture(
            setting_name="Bench School",
            printed_by="Bench Lead",
            printed_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
            anchor="1:0123456789abcdef",
            training=True,
        )
        bounds = (f"{first}-09-01", f"{last + 1}-09-01")
        report = build_report(session, first, last, today=TODAY)
        pages = render_report(report, furniture).pages
        ctx.progress(f"{pages} pages; {sum(report.summary.table.column_totals[:1]):,} incidents")

        def subject() -> None:
            built = build_report(session, first, last, today=TODAY)
            render_report(built, furniture)

        def primitive() -> None:
            results = {name: conn.execute(sql, bounds).fetchall() for name, sql in _BARE.items()}
            story = []
            for spec in report.charts:
                values = [[float(v or 0) for v in vs] for _, vs in spec.series]
                story.append(_bare_chart(values, list(spec.x_labels)))
            for table in report.tables:
                story.append(Table([list(table.headers()), *map(list, table.rows())]))
            story.append(Table([[str(r) for r in row] for row in results["incidents"][:50]]))
            SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)

        return ctx.compare(subject, primitive, reps=9, unit="ms")
