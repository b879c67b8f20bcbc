"""Laying out forms as PDF pages with ReportLab: the page furniture and the blocks.

Every page carries the protective marking at top and bottom, the setting's name, the form and
its reference, "Page X of Y" (counted per form, so each referral in a bundle is numbered on
its own), who printed it and when, TRAINING DATA on a training file, and the audit chain's
anchor, so a paper copy can later show the file has not been rolled back. Page numbers need
the page count, so pages are kept until the end and the furniture is drawn then (the usual
ReportLab "numbered canvas").

Output is deterministic for the same content and print time: ReportLab's invariant mode,
with the PDF's creation date set to the print time instead of its fixed date. The metadata
(title, author, subject, creator, producer) is set here and never holds a person's name.
Only text and vector lines are drawn: no image of any kind.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ypsi_desktop.domain.dates import short_date

from .blocks import (
    Blanks,
    Block,
    Fields,
    FormDocument,
    Grid,
    Heading,
    Narrative,
    Note,
    Signatures,
    Subheading,
    WriteIn,
)
from .fonts import BOLD, REGULAR, ensure_fonts
from .pdf_text import NOT_RECORDED, Unprintable, markup, pieces, printable

MARKING = "OFFICIAL-SENSITIVE"
TRAINING = "TRAINING DATA: made-up records for practice, not a real case"
APP = "YPSI Desktop"

PAGE_WIDTH, PAGE_HEIGHT = A4
SIDE = 18 * mm
TOP = 31 * mm  # room for the header
BOTTOM = 26 * mm  # room for the footer
WIDTH = PAGE_WIDTH - 2 * SIDE

INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5A6270")
RULE = colors.HexColor("#8C95A3")
SHADE = colors.HexColor("#E4E8EE")
PALE = colors.HexColor("#F3F5F8")
TRAINING_RED = colors.HexColor("#B3261E")


@dataclass(frozen=True)
class Furniture:
    """What every page says besides the form itself."""

    setting_name: str
    printed_by: str
    printed_at: datetime  # zone-aware; shown in local time
    anchor: str  # the audit chain's head as "SEQ:HASH16"
    training: bool


@dataclass(frozen=True)
class PdfInfo:
    """The PDF's own metadata, chosen deliberately: no names, the true print time."""

    title: str
    subject: str = "OFFICIAL-SENSITIVE safeguarding paperwork"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    warnings: tuple[str, ...]


def _styles() -> dict[str, ParagraphStyle]:
    ensure_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.6, textColor=INK)
    return {
        "body": body,
        "label": ParagraphStyle("label", body, fontName=BOLD, fontSize=8.3, textColor=GREY),
        "head": ParagraphStyle("head", body, fontName=BOLD, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=15, leading=19),
        "intro": ParagraphStyle("intro", body, textColor=GREY, spaceBefore=2, spaceAfter=8),
        "section": ParagraphStyle(
            "section",
            body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13,
            backColor=SHADE,
            borderPadding=(3, 4, 3, 4),
            leftIndent=4,
            rightIndent=4,
            spaceBefore=12,
            spaceAfter=7,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            body,
            fontName=BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "caption": ParagraphStyle(
            "caption",
            body,
            fontName=BOLD,
            fontSize=8.5,
            spaceBefore=5,
            spaceAfter=2,
        ),
        "note": ParagraphStyle(
            "note",
            body,
            backColor=PALE,
            borderColor=RULE,
            borderWidth=0.5,
            borderPadding=(5, 6, 5, 6),
            leftIndent=6,
            rightIndent=6,
            spaceBefore=10,
            spaceAfter=10,
        ),
    }


class _FormStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on belong to form `index` (its own numbering)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.form_index = self.index


class FormBuilder:
    """Turns one form's blocks into flowables, escaping every piece of user text."""

    def __init__(self, missing: Unprintable) -> None:
        self.styles = _styles()
        self.missing = missing
        self.section = 0

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text, self.missing), self.styles[style])

    def form(self, index: int, form: FormDocument) -> list[Flowable]:
        out: list[Flowable] = [_FormStart(index), self.para(form.title, "title")]
        if form.intro:
            out.append(self.para(form.intro, "intro"))
        self.section = 0
        for block in form.blocks:
            out.extend(self.block(block))
        return out

    def block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Heading):
            self.section += 1
            return [CondPageBreak(90), self.para(f"{self.section}. {block.text}", "section")]
        if isinstance(block, Subheading):
            return [CondPageBreak(70), self.para(block.text, "subheading")]
        if isinstance(block, Fields):
            return [self.fields(block)]
        if isinstance(block, Blanks):
            return [self.blanks(block)]
        if isinstance(block, Narrative):
            return [
                CondPageBreak(50),
                self.para(block.caption, "caption"),
                self.narrative(block.text),
            ]
        if isinstance(block, Grid):
            return self.grid(block)
        if isinstance(block, Note):
            return [self.para(block.text, "note")]
        if isinstance(block, WriteIn):
            return [
                CondPageBreak(70),
                self.para(block.caption, "caption"),
                self.write_in(block.lines),
            ]
        return [self.signatures(block)]

    def fields(self, block: Fields) -> Table:
        rows: list[list[Flowable | str]] = []
        for caption, value in block.rows:
            parts = pieces(value) or [NOT_RECORDED]
            rows.append([self.para(caption, "label"), self.para(parts[0])])
            rows.extend(["", self.para(part)] for part in parts[1:])
        table = Table(rows, colWidths=[0.3 * WIDTH, 0.7 * WIDTH], hAlign="LEFT", spaceAfter=5)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                    ("BACKGROUND", (0, 0), (0, -1), PALE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ]
            )
        )
        return table

    def blanks(self, block: Blanks) -> Table:
        rows = [[self.para(caption, "label"), ""] for caption in block.captions]
        table = Table(rows, colWidths=[0.3 * WIDTH, 0.7 * WIDTH], rowHeights=22, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                    ("BACKGROUND", (0, 0), (0, -1), PALE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return table

    def narrative(self, text: str) -> Table:
        parts = pieces(text) or [NOT_RECORDED]
        table = Table(
            [[self.para(p)] for p in parts], colWidths=[WIDTH], hAlign="LEFT", spaceAfter=5
        )
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, 0), 4),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def grid(self, block: Grid) -> list[Flowable]:
        if not block.rows:
            return [self.para(block.empty)]
        rows: list[list[Flowable | str]] = [[self.para(h, "head") for h in block.headers]]
        style: list[tuple[Any, ...]] = [
            ("BOX", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        for row in block.rows:
            split = [pieces(cell) or [""] for cell in row]
            depth = max(len(parts) for parts in split)
            for line in range(depth):
                rows.append(
                    [self.para(parts[line]) if line < len(parts) else "" for parts in split]
                )
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, RULE))
        widths = [w * WIDTH for w in block.widths]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", spaceAfter=5)
        table.setStyle(TableStyle(style))
        return [table]

    def write_in(self, lines: int) -> Table:
        table = Table([[""] for _ in range(lines)], colWidths=[WIDTH], rowHeights=19)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
        return table

    def signatures(self, block: Signatures) -> Table:
        rows: list[list[Flowable | str]] = [
            [self.para(h, "head") for h in ("", "Name", "Signature", "Date")]
        ]
        rows.extend(
            [self.para(role, "label"), self.para(name), "", ""] for role, name in block.rows
        )
        table = Table(
            rows,
            colWidths=[0.22 * WIDTH, 0.3 * WIDTH, 0.3 * WIDTH, 0.18 * WIDTH],
            rowHeights=[None] + [30] * len(block.rows),
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("BACKGROUND", (0, 1), (0, -1), PALE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten one line of page furniture to `width`, marking the cut with an ellipsis."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class _PageText:
    """Furniture lines made printable before the build, so their gaps are reported too."""

    setting: str
    printed: str
    anchor: str
    titles: tuple[tuple[str, str], ...]  # (title, reference) per form
    training: bool


def _page_text(
    forms: Sequence[FormDocument], furniture: Furniture, missing: Unprintable
) -> _PageText:
    local = furniture.printed_at.astimezone()
    when = f"{short_date(local.date())} at {local.hour:02d}:{local.minute:02d}"
    return _PageText(
        setting=printable(furniture.setting_name or "Setting name not recorded", missing),
        printed=printable(f"Printed by {furniture.printed_by} on {when}", missing),
        anchor=f"Audit anchor {furniture.anchor}",
        titles=tuple((printable(f.title, missing), printable(f.reference, missing)) for f in forms),
        training=furniture.training,
    )


def _draw_furniture(canvas: Canvas, text: _PageText, form: int, page: int, pages: int) -> None:
    canvas.saveState()
    left, right, centre = SIDE, PAGE_WIDTH - SIDE, PAGE_WIDTH / 2
    title, reference = text.titles[form]
    # Header: marking, then setting and reference, then the form's title.
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 11)
    canvas.drawCentredString(centre, PAGE_HEIGHT - 11 * mm, MARKING)
    canvas.setFont(BOLD, 9)
    reference_text = _fit(f"Reference: {reference}", REGULAR, 9, WIDTH * 0.45)
    canvas.drawString(left, PAGE_HEIGHT - 18 * mm, _fit(text.setting, BOLD, 9, WIDTH * 0.53))
    canvas.setFont(REGULAR, 9)
    canvas.drawRightString(right, PAGE_HEIGHT - 18 * mm, reference_text)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(left, PAGE_HEIGHT - 22.5 * mm, _fit(title, REGULAR, 8, WIDTH * 0.6))
    if text.training:
        canvas.setFillColor(TRAINING_RED)
        canvas.setFont(BOLD, 8)
        canvas.drawRightString(right, PAGE_HEIGHT - 22.5 * mm, "TRAINING DATA")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, PAGE_HEIGHT - 24.5 * mm, right, PAGE_HEIGHT - 24.5 * mm)
    # Footer: training line, printed by/when, page number, anchor, then the marking.
    canvas.line(left, 18.5 * mm, right, 18.5 * mm)
    if text.training:
        canvas.setFillColor(TRAINING_RED)
        canvas.setFont(BOLD, 8)
        canvas.drawCentredString(centre, 20 * mm, TRAINING)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(left, 14.5 * mm, _fit(text.printed, REGULAR, 7.5, WIDTH * 0.4))
    canvas.drawRightString(right, 14.5 * mm, text.anchor)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 8.5)
    canvas.drawCentredString(centre, 14.5 * mm, f"Page {page} of {pages}")
    canvas.setFont(BOLD, 11)
    canvas.drawCentredString(centre, 8 * mm, MARKING)
    canvas.restoreState()


class _Stamp:
    """Stands in for ReportLab's TimeStamp so the PDF's dates are the print time."""

    def __init__(self, moment: datetime) -> None:
        local = moment.astimezone()
        offset = local.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        self.t = moment.timestamp()
        self.YMDhms = (local.year, local.month, local.day, local.hour, local.minute, local.second)
        hours, rest = divmod(abs(minutes), 60)
        self.dhh, self.dmm = (hours if minutes >= 0 else -hours), rest
        self.tzname = local.tzname() or "UTC"


def _canvas_maker(text: _PageText, printed_at: datetime) -> type[Canvas]:
    class PagedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _Stamp(printed_at)
            self.form_index = 0
            self._pages: list[tuple[dict[str, Any], int]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append((dict(self.__dict__), self.form_index))
            self._startPage()

        def save(self) -> None:
            totals = Counter(form for _, form in self._pages)
            seen: Counter[int] = Counter()
            for state, form in self._pages:
                self.__dict__.update(state)
                seen[form] += 1
                _draw_furniture(self, text, form, seen[form], totals[form])
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def render_documents(
    forms: Sequence[FormDocument], furniture: Furniture, info: PdfInfo
) -> RenderedPdf:
    """Lay out `forms` (one after another, each starting on a new page) as one PDF."""
    if not forms:
        raise ValueError("there is no form to lay out")

    def story(builder: FormBuilder) -> list[Flowable]:
        flowables: list[Flowable] = []
        for index, form in enumerate(forms):
            if index:
                flowables.append(PageBreak())
            flowables.extend(builder.form(index, form))
        return flowables

    return render_flowables(story, forms, furniture, info, warn_on_page=True)


def render_flowables(
    make_story: Callable[[FormBuilder], list[Flowable]],
    forms: Sequence[FormDocument],
    furniture: Furniture,
    info: PdfInfo,
    *,
    warn_on_page: bool = False,
) -> RenderedPdf:
    """Lay out the flowables `make_story` builds (with this module's paragraph and table
    styles) on the house page: marking, furniture and "Page X of Y" as for `forms`, whose
    headings the page furniture names. For documents with their own body, such as charts."""
    ensure_fonts()
    missing = Unprintable()
    builder = FormBuilder(missing)
    story = make_story(builder)
    text = _page_text(forms, furniture, missing)
    warning = missing.warning()
    if warning is not None and warn_on_page:
        story.append(Spacer(1, 6))
        story.append(builder.para(warning, "note"))
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=info.title,
        author=APP,
        subject=info.subject,
        creator=APP,
        producer=APP,
        keywords="",
        invariant=1,
    )
    frame = Frame(
        SIDE,
        BOTTOM,
        WIDTH,
        PAGE_HEIGHT - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_maker(text, furniture.printed_at))
    return RenderedPdf(
        data=buffer.getvalue(),
        pages=doc.page,
        warnings=() if warning is None else (warning,),
    )


__all__ = ["MARKING", "TRAINING", "Furniture", "PdfInfo", "RenderedPdf", "render_documents"]
