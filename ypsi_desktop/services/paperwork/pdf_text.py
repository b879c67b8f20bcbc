"""User text on its way into ReportLab: escaped, checked against the font, cut into pieces.

Three measured hazards (SECURITY.md): a `<` in user text crashes ReportLab's Paragraph, and
markup in it can hide content (`<font size=0.1 color=white>`), so every character of user
text is escaped and only the app's own markup reaches the parser; one 500 KB paragraph takes
about a minute to lay out while the same text in 1 KB pieces takes under a second, so long
text is cut into pieces of about `PIECE` characters at line breaks or spaces; and a character
the bundled font cannot show would print as an empty box, so it is printed as its code
("[U+4E2D]") and reported, never dropped silently.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .fonts import ensure_fonts

PIECE = 1000  # characters per paragraph or table row of a long text
NOT_RECORDED = "Not recorded"


@dataclass
class Unprintable:
    """Characters the font could not show, gathered while a document is laid out."""

    codes: set[str] = field(default_factory=set)

    def warning(self) -> str | None:
        if not self.codes:
            return None
        shown = ", ".join(sorted(self.codes)[:8]) + (" and others" if len(self.codes) > 8 else "")
        return (
            "Some characters cannot be shown by the font this form uses and are printed as "
            f"their code instead ({shown}). Check names on the printed copy and write them "
            "in by hand where needed."
        )


def printable(text: str, missing: Unprintable) -> str:
    """`text` with every character the font cannot show replaced by its code in brackets."""
    covered = ensure_fonts()
    text = unicodedata.normalize("NFC", text).replace("\t", "    ")
    if all(ord(c) in covered or c == "\n" for c in text):
        return text
    out: list[str] = []
    for char in text:
        if char == "\n" or ord(char) in covered:
            out.append(char)
        else:
            code = f"[U+{ord(char):04X}]"
            missing.codes.add(code)
            out.append(code)
    return "".join(out)


def escape(text: str) -> str:
    """Make text inert for ReportLab's paragraph parser; line breaks become <br/>."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def markup(text: str, missing: Unprintable) -> str:
    """User text as safe paragraph markup (see the module docstring)."""
    return escape(printable(text, missing))


def pieces(text: str, size: int = PIECE) -> list[str]:
    """Cut `text` into pieces of at most about `size` characters, at line breaks where it can,
    else at a space, else anywhere. Blank text gives no pieces."""
    text = text.strip("\n")
    if not text.strip():
        return []
    result: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > size:
            cut = line.rfind(" ", size // 2, size)
            cut = size if cut == -1 else cut + 1
            if current:
                result.append(current)
                current = ""
            result.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if current and len(candidate) > size:
            result.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        result.append(current)
    return result


def shown(value: str) -> str:
    """A recorded value, or "Not recorded" for an empty one: empty fields never vanish."""
    return value if value.strip() else NOT_RECORDED
