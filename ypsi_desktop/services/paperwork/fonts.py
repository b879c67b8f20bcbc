"""The bundled Noto Sans, registered once with ReportLab and embedded (subset) in every PDF.

Why bundled: ReportLab's built-in Helvetica has no Polish, Greek or Cyrillic letters, so
"Łucja" or "Юлия" would print as black boxes. Noto Sans covers Latin with its diacritics,
Greek and Cyrillic. What it cannot show is found here (`covers`) so the layout can print a
visible code and warn instead of dropping a character silently.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "YpsiNotoSans"
BOLD = "YpsiNotoSans-Bold"

_lock = threading.Lock()
_covered: frozenset[int] | None = None


def _font_file(style: str) -> Path:
    # resources/ ships as the package ypsi_desktop.resources (see pyproject.toml); imported by
    # name because type checkers do not follow that mapping.
    resources = importlib.import_module("ypsi_desktop.resources")
    return Path(resources.font_path(style))


def ensure_fonts() -> frozenset[int]:
    """Register the fonts (first call only; safe from any thread) and return the code points
    both the regular and the bold face can show."""
    global _covered
    with _lock:
        if _covered is None:
            regular = TTFont(REGULAR, str(_font_file("regular")))
            bold = TTFont(BOLD, str(_font_file("bold")))
            pdfmetrics.registerFont(regular)
            pdfmetrics.registerFont(bold)
            # <b> inside a paragraph (used only in the app's own captions) picks the bold face.
            for italic in (0, 1):
                addMapping(REGULAR, 0, italic, REGULAR)
                addMapping(REGULAR, 1, italic, BOLD)
            _covered = frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)
        return _covered


def covers(char: str) -> bool:
    """Whether the bundled font can print `char` (a single code point)."""
    return ord(char) in ensure_fonts()
