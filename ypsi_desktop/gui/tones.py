"""Colours for words that carry meaning (an error, a warning, all clear), readable in light and
dark palettes alike.

The forms are designed on a light palette; when the system's palette is dark, `tone()` gives
the lighter variant and `adapt()` swaps the light-palette colours named in a window's style
sheets for their dark-palette twins, so red-on-charcoal never becomes unreadable.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

# name: (on a light palette, on a dark palette)
TONES = {
    "error": ("#a4000f", "#ff8a80"),
    "trigger": ("#8a1c1c", "#ff9e9e"),
    "warning": ("#7a5a00", "#ffd54f"),
    "amber": ("#8a5a00", "#ffcc80"),
    "ok": ("#2f6b2f", "#8fd18f"),
    "quiet": ("#555555", "#b8b8b8"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str) -> str:
    light, dark = TONES[name]
    return dark if is_dark() else light


def adapt(root: QWidget) -> None:
    """Swap light-palette colours in `root`'s style sheets (and its children's) when dark."""
    if not is_dark():
        return
    for widget in [root, *root.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if not sheet or "#" not in sheet:
            continue
        for light, dark in TONES.values():
            sheet = sheet.replace(light, dark)
        widget.setStyleSheet(sheet)
