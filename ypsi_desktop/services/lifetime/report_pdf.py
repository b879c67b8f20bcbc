"""The governors' report as a PDF: the paperwork's page furniture, tables and bar charts.

Tables and text are laid out by the paperwork's own builder, and every page carries its
furniture (OFFICIAL-SENSITIVE, Page X of Y, printed by/at, the audit anchor, TRAINING DATA on
a training file) through its numbered canvas, so the report looks like every other paper the
app prints. The paperwork renders whole forms of blocks only; this module adds ReportLab
graphics charts between the blocks, using layout.py's builder and canvas directly (they are
module-private there: if layout.py grows a public way to add flowables, use that instead).

Charts are vector drawings (ReportLab graphics), never images. A hidden count draws no bar
and gets a "<5" label where its bar would be.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
)

from ypsi_desktop.services.lifetime.governors_report import (
    METHOD,
    ChartSpec,
    GovernorsReport,
    ReportTable,
)
from ypsi_desktop.services.paperwork.blocks import FormDocument, Grid, Heading, Note
from ypsi_desktop.services.paperwork.fonts import REGULAR, ensure_fonts
from ypsi_desktop.services.paperwork.layout import (
    WIDTH,
    Furniture,
    PdfInfo,
    RenderedPdf,
    render_flowables,
)
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.audit import AuditAction, utc_now
from ypsi_desktop.storage.chain import anchor, format_anchor

# Okabe-Ito: told apart with every common kind of colour blindness, and in grey print.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
HIDDEN = 1e-9  # stands in for a hidden count so its bar has a label but no height
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5A6270")


def _wrap(text: str, width: int = 13) -> str:
    """Axis labels on up to three short lines."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])


def chart_drawing(spec: ChartSpec, width: float = WIDTH, height: float = 78 * mm) -> Drawing:
    """A grouped bar chart of `spec` (hidden counts: no bar, labelled "<5")."""
    ensure_fonts()
    many = len(spec.x_labels) > 12
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, spec.title, fontName=REGULAR, fontSize=9.5, fillColor=INK))
    chart = VerticalBarChart()
    chart.x = 28
    chart.y = 48 if many else 40
    chart.width = width - chart.x - (95 if len(spec.series) > 1 else 8)
    chart.height = height - chart.y - 22
    data = [
        [HIDDEN if value is None else float(value) for value in values]
        for _name, values in spec.series
    ]
    chart.data = data or [[0.0]]
    top = max((v for row in data for v in row), default=0.0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(5.0, top * 1.15)
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#D5DAE1")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.categoryNames = [
        label if many else _wrap(label) for label in spec.x_labels
    ] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.3 if many else 6.6
    if many:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dy = -2
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
    chart.groupSpacing = 6 if many else 10
    chart.barSpacing = 1
    chart.bars.strokeWidth = 0
    for index in range(len(spec.series)):
        chart.bars[index].fillColor = colors.HexColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
    chart.barLabelFormat = lambda value: "<5" if value == HIDDEN else ""
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.fillColor = GREY
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 1
    if many:
        chart.barLabels.angle = 90
        chart.barLabels.boxAnchor = "w"
    drawing.add(chart)
    if len(spec.series) > 1:
        legend = Legend()
        legend.x = width - 88
        legend.y = chart.y + chart.height
        legend.fontName = REGULAR
        legend.fontSize = 7.5
        legend.boxAnchor = "nw"
        legend.columnMaximum = 8
        legend.dx = 7
        legend.dy = 7
        legend.deltay = 10
        legend.colorNamePairs = [
            (colors.HexColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]), name)
            for i, (name, _values) in enumerate(spec.series)
        ]
        drawing.add(legend)
    return drawing


def _step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return float(step)
    return float(round(top / 8))


YEARS_PER_TABLE = 6  # year columns side by side on a portrait page


def _grids(table: ReportTable) -> list[Grid]:
    """The table as one or more grids: a long run of school years is split into parts of
    YEARS_PER_TABLE columns, the Total column with the last part."""
    headers = table.headers()
    rows = table.rows()
    values = len(table.column_labels)
    wide = values > YEARS_PER_TABLE and table.row_totals
    chunks = (
        [
            list(range(i, min(i + YEARS_PER_TABLE, values)))
            for i in range(0, values, YEARS_PER_TABLE)
        ]
        if wide
        else [list(range(len(headers) - 1))]
    )
    if wide:
        chunks[-1].append(values)  # the Total column
    grids = []
    for chunk in chunks:
        columns = [0, *(c + 1 for c in chunk)]
        first = 0.34 if len(columns) <= 5 else 0.3
        rest = (1 - first) / max(1, len(columns) - 1)
        grids.append(
            Grid(
                tuple(headers[c] for c in columns),
                tuple(tuple(row[c] for c in columns) for row in rows),
                (first, *([rest] * (len(columns) - 1))),
            )
        )
    return grids


def _document(report: GovernorsReport) -> FormDocument:
    return FormDocument(
        title="Governors' report: youth-produced sexual imagery",
        reference=report.span,
        intro=f"Anonymised figures for {report.period}. No child is named, and counts under 5 "
        "are not shown.",
        blocks=(),
    )


def _story(report: GovernorsReport, builder: Any) -> list[Flowable]:
    story: list[Flowable] = list(builder.form(0, _document(report)))
    story += builder.block(Note(METHOD))
    sections: list[tuple[ReportTable, ChartSpec | None]] = [
        (report.summary, None),
        (report.by_term, report.charts[0]),
        (report.categories, report.charts[1]),
        (report.routes, report.charts[2]),
        (report.agencies, None),
        (report.ages, report.charts[3]),
    ]
    for table, chart in sections:
        heading = builder.block(Heading(table.title))
        if chart is not None:
            story += [
                CondPageBreak(95 * mm),
                KeepTogether([*heading[1:], chart_drawing(chart), Spacer(1, 6)]),
            ]
        else:
            story += heading
        for grid in _grids(table):
            story += builder.block(grid)
    return story


def render_report(report: GovernorsReport, furniture: Furniture) -> RenderedPdf:
    """Lay the report out as PDF bytes (no database needed: safe on a worker thread)."""
    info = PdfInfo(title="Governors' report", subject="Anonymised safeguarding figures")
    return render_flowables(
        lambda builder: _story(report, builder), [_document(report)], furniture, info
    )


def governors_pdf(session: CaseFileSession, report: GovernorsReport) -> RenderedPdf:
    """The report as a PDF for saving or printing, recorded in the audit log."""
    session.require(Permission.VIEW)
    furniture = Furniture(
        setting_name=report.setting_name,
        printed_by=session.user.name,
        printed_at=utc_now(),
        anchor=format_anchor(*anchor(session.conn)),
        training=session.is_training,
    )
    session.audit(
        AuditAction.EXPORT, "report", None, f"governors' report made for {report.period}"[:200]
    )
    return render_report(report, furniture)
