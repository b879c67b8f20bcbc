"""`pdf.mash`: a MASH referral for one child of a demo incident, from the case file to bytes.

Subject: what the app does when Print is chosen: `paperwork.incident_form` (reading the
incident, its decision, chronology, setting and contacts) and `paperwork.render` (escaping,
1 KB pieces, glyph checks, the page furniture drawn on every page with "Page X of Y", the
deliberate metadata, invariant mode with the print time injected). Primitive: bare ReportLab
laying out the same content (the same captions and values, the same embedded Noto Sans, the
same header and footer lines) with a SimpleDocTemplate and an onPage callback, nothing else.
Both run alternately in the same process; the demo file is made afresh in a scratch folder.
"""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from bench.harness import Context, Figure, benchmark

PASSPHRASE = "bench-paperwork-passphrase-41-orbit"
PRINTED_AT = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)


def _bare_story(form: Any) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table

    from ypsi_desktop.services.paperwork import blocks
    from ypsi_desktop.services.paperwork.fonts import BOLD, REGULAR

    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=11.6)
    bold = ParagraphStyle("h", body, fontName=BOLD, fontSize=10.5, leading=13)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text, quote=False).replace("\n", "<br/>"), style)

    story: list[Any] = [p(form.title, bold), p(form.intro)]
    for block in form.blocks:
        if isinstance(block, blocks.Heading | blocks.Subheading | blocks.Note):
            story.append(p(block.text, bold if not isinstance(block, blocks.Note) else body))
        elif isinstance(block, blocks.Fields):
            story.append(Table([[p(c), p(v or "Not recorded")] for c, v in block.rows]))
        elif isinstance(block, blocks.Narrative):
            story += [p(block.caption, bold), p(block.text or "Not recorded")]
        elif isinstance(block, blocks.Grid):
            rows = [[p(h) for h in block.headers], *([p(c) for c in r] for r in block.rows)]
            story.append(Table(rows, repeatRows=1) if block.rows else p(block.empty))
        elif isinstance(block, blocks.Signatures):
            story.append(Table([[p(role), p(name), "", ""] for role, name in block.rows]))
    return story


def _bare_pdf(form: Any, lines: tuple[str, ...]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from ypsi_desktop.services.paperwork.fonts import REGULAR

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.setFont(REGULAR, 8)
        for n, line in enumerate(lines):
            canvas.drawString(50, 820 - 10 * n, line)
        canvas.drawString(50, 30, f"Page {doc.page}")

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.build(_bare_story(form), onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


@benchmark("pdf.mash")
def pdf_mash(ctx: Context) -> Figure:
    from ypsi_desktop.services import paperwork
    from ypsi_desktop.services import session as sessions
    from ypsi_desktop.services.demo import build_demo
    from ypsi_desktop.storage.key_derivation import KdfParams

    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as scratch:
        session, _ = sessions.create(
            Path(scratch) / "demo.ypsi",
            user_name="Bench DSL",
            passphrase=PASSPHRASE,
            setting_name="Bench Training School",
            training=True,
            kdf=KdfParams.for_tests(),
        )
        with session:
            ctx.progress("building a small demo file")
            build_demo(session, incidents=20, seed=1)
            (incident_id, person_id) = session.conn.execute(
                "SELECT i.id, ip.person_id FROM incidents i"
                " JOIN referrals r ON r.incident_id = i.id AND r.agency = 'mash'"
                " JOIN incident_people ip ON ip.incident_id = i.id"
                " JOIN people p ON p.id = ip.person_id AND p.kind = 'child'"
                " ORDER BY i.id LIMIT 1"
            ).fetchone()

            def subject() -> None:
                prepared = paperwork.incident_form(
                    session,
                    incident_id,
                    paperwork.FormKind.MASH,
                    person_id=person_id,
                    printed_at=PRINTED_AT,
                )
                paperwork.render(prepared)

            prepared = paperwork.incident_form(
                session,
                incident_id,
                paperwork.FormKind.MASH,
                person_id=person_id,
                printed_at=PRINTED_AT,
            )
            rendered = paperwork.render(prepared)
            ctx.progress(f"MASH referral of {rendered.pages} pages, {len(rendered.data):,} bytes")
            form = prepared.documents[0]
            furniture = prepared.furniture
            lines = (
                "OFFICIAL-SENSITIVE",
                furniture.setting_name,
                form.reference,
                f"Printed by {furniture.printed_by}",
                furniture.anchor,
            )

            def primitive() -> None:
                _bare_pdf(form, lines)

            return ctx.compare(subject, primitive, reps=21, unit="ms")
