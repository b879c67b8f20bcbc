"""The governors' report: its figures match a direct count of the records, small counts are
never shown (on screen or in the PDF), and its charts come from the suppressed tables."""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from lifetime_helpers import build_scenario, new_session
from pypdf import PdfReader

from bench.casefile_data import build
from ypsi_desktop.domain.dates import age_on
from ypsi_desktop.domain.suppression import HIDDEN_MARK
from ypsi_desktop.services.lifetime import governors_report as report
from ypsi_desktop.services.lifetime.report_pdf import chart_drawing, governors_pdf
from ypsi_desktop.storage import governors_figures as gf
from ypsi_desktop.storage.database import open_case_file

INCIDENTS = 2000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A seeded synthetic file of 2,000 incidents (the benchmarks' builder, seed 2026)."""
    path = tmp_path_factory.mktemp("seeded") / "seeded.ypsi"
    key = os.urandom(32)
    build(path, key, INCIDENTS, seed=2026)
    return path, key


def _period(text: str) -> tuple[int, int]:
    year, month = int(text[:4]), int(text[5:7])
    term = 1 if month >= 9 else 2 if month <= 3 else 3
    return (year if month >= 9 else year - 1), term


def test_the_figures_match_a_direct_count(seeded: tuple[Path, bytes]) -> None:
    path, key = seeded
    with open_case_file(path, key, readonly=True) as case:
        conn = case.conn
        first, last = gf.years_on_file(conn) or (0, 0)
        found = gf.figures(conn, first, last)
        rows = conn.execute(
            "SELECT id, came_to_light_at, latest_category, latest_route FROM incidents"
        ).fetchall()
        incidents: Counter[tuple[int, int]] = Counter()
        categories: Counter[tuple[tuple[int, int], str]] = Counter()
        routes: Counter[tuple[tuple[int, int], str]] = Counter()
        when = {}
        for incident_id, came, category, route in rows:
            period = _period(str(came))
            when[int(incident_id)] = (str(came), period)
            incidents[period] += 1
            categories[(period, category or "")] += 1
            routes[(period, route or "")] += 1
        assert sum(found.incidents.values()) == len(rows) == INCIDENTS
        for period in found.periods:
            assert found.incidents[period] == incidents[period]
            for key_, count in found.categories[period].items():
                assert categories[(period, key_)] == count
            assert sum(found.routes[period].values()) == incidents[period]
            for key_, count in found.routes[period].items():
                assert routes[(period, key_)] == count
        referrals: Counter[tuple[tuple[int, int], str]] = Counter()
        for agency, made in conn.execute("SELECT agency, made_on FROM referrals"):
            referrals[(_period(str(made)), str(agency))] += 1
        assert {
            (p, a): n for p, counts in found.referrals.items() for a, n in counts.items()
        } == dict(referrals)
        # Youngest child's age and repeats, worked out in Python from the rows.
        children: dict[int, list[tuple[int, str | None]]] = {}
        for incident_id, person_id, born in conn.execute(
            "SELECT ip.incident_id, p.id, p.date_of_birth FROM incident_people ip"
            " JOIN people p ON p.id = ip.person_id WHERE p.kind = 'child'"
        ):
            children.setdefault(int(incident_id), []).append((int(person_id), born))
        bands: Counter[tuple[tuple[int, int], str]] = Counter()
        for incident_id, (came, period) in when.items():
            kids = children.get(incident_id, [])
            if not kids or any(b is None for _, b in kids):
                bands[(period, "not known")] += 1
                continue
            day = date.fromisoformat(came[:10])
            youngest = min(age_on(date.fromisoformat(str(b)), day) for _, b in kids)
            band = (
                "under 11"
                if youngest < 11
                else "11 to 12"
                if youngest <= 12
                else "13 to 15"
                if youngest <= 15
                else "16 or over"
            )
            bands[(period, band)] += 1
        assert {(p, b): n for p, counts in found.ages.items() for b, n in counts.items() if n} == {
            k: v for k, v in bands.items() if v
        }
        first_seen: dict[int, str] = {}
        for incident_id, (came, _) in sorted(when.items(), key=lambda i: (i[1][0], i[0])):
            for person_id, _born in children.get(incident_id, []):
                first_seen.setdefault(person_id, came)
        repeats: Counter[tuple[int, int]] = Counter()
        for incident_id, (came, period) in when.items():
            if any(first_seen[p] < came for p, _ in children.get(incident_id, [])):
                repeats[period] += 1
        assert {p: n for p, n in found.repeats.items() if n} == dict(repeats)
        assert sum(repeats.values()) > 0


def test_a_small_file_shows_no_count_under_five(tmp_path: Path) -> None:
    session = new_session(tmp_path)
    try:
        build_scenario(session)
        built = report.build_report(session, 2025, 2025, today=date(2026, 11, 24))
        for table in built.tables:
            for row in table.rows():
                for cell in row[1:]:
                    assert cell in (HIDDEN_MARK, "0") or int(cell) >= 5, (table.title, row)
        (summary_row, total) = built.summary.rows()
        assert summary_row[1] == HIDDEN_MARK  # three incidents that school year
        assert all(v is None or v == 0 for _, values in built.charts[1].series for v in values)
        pdf = governors_pdf(session, built)
        text = re.sub(
            r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
        )
        assert "Governors' report" in text and "<5" in text and "OFFICIAL-SENSITIVE" in text
        assert "Quillon" not in text and "Testchild" not in text
    finally:
        session.close()


def test_a_chart_draws_no_bar_for_a_hidden_count() -> None:
    from reportlab.graphics import renderPDF

    spec = report.ChartSpec("Test chart", ("Alpha", "Beta"), (("2025/26", (None, 12)),))
    data = renderPDF.drawToString(chart_drawing(spec))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "<5" in text and "Test chart" in text and "Alpha" in text
