"""Help → Guidance: the typology, the referral triggers, the flags and the routes, in full.

The text comes from the domain's guidance_text (one wording everywhere); this only lays it out.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance_text import (
    IMAGERY_REMINDER,
    MANAGE_IN_SCHOOL_REQUIREMENTS,
    description,
    label,
)
from ypsi_desktop.gui.forms.ui_guidance_dialog import Ui_GuidanceDialog


def _section(title: str, ids_: tuple[str, ...], intro: str = "") -> str:
    items = "".join(
        f"<dt><b>{escape(label(i))}</b></dt><dd>{escape(description(i))}</dd>" for i in ids_
    )
    lead = f"<p>{escape(intro)}</p>" if intro else ""
    return f"<h2>{escape(title)}</h2>{lead}<dl>{items}</dl>"


def guidance_html() -> str:
    experimental = tuple(c for c in ids.CATEGORIES if c.startswith("experimental."))
    aggravated = tuple(c for c in ids.CATEGORIES if c.startswith("aggravated."))
    manage = "".join(f"<li>{escape(line)}</li>" for line in MANAGE_IN_SCHOOL_REQUIREMENTS)
    reminder = escape(IMAGERY_REMINDER)
    return (
        f"<p style='background:#fff4ce; color:#1a1a1a; padding:6px;'><b>Imagery:</b> {reminder}</p>"
        "<p>The wizard suggests; you decide. Your decision, and your reasons whenever it differs "
        "from the suggestion, are recorded with your name and the time.</p>"
        + _section(
            "Experimental incidents",
            experimental,
            "Nothing criminal or abusive beyond making or sending the image, no malice, and "
            "everyone pictured took part willingly (Wolak and Finkelhor, 2011).",
        )
        + _section(
            "Aggravated incidents",
            aggravated,
            "Something criminal or abusive beyond making, sending or having the image.",
        )
        + _section(
            "Immediate referral triggers",
            ids.TRIGGERS,
            "If any of these applies, refer to children's social care and/or the police at once "
            "(UKCIS advice for education settings, 2020, updated 2024).",
        )
        + _section("Also consider", ids.FLAGS)
        + _section("Next steps", ids.ROUTES)
        + f"<h2>Managing an incident in school</h2><ul>{manage}</ul>"
    )


class GuidanceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GuidanceDialog()
        self.ui.setupUi(self)
        self.ui.guidance_browser.setHtml(guidance_html())
        self.ui.button_box.rejected.connect(self.reject)
