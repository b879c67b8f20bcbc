"""What a form says, as plain data: sections of fields, narratives, tables and write-in space.

The forms (referral_forms.py, record_form.py, ...) decide what to print and in what order;
layout.py decides how it looks. Keeping the two apart lets the tests read a form's content
without a PDF, and lets the wording change without touching the layout. Every value is the
text as recorded; an empty one prints "Not recorded", never nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    """Starts a numbered section."""

    text: str


@dataclass(frozen=True)
class Subheading:
    """A caption over the blocks that follow, within a section (one person, one referral)."""

    text: str


@dataclass(frozen=True)
class Fields:
    """Caption and value pairs in a two-column table."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Narrative:
    """A caption over a block of free text, which may run over several pages."""

    caption: str
    text: str


@dataclass(frozen=True)
class Grid:
    """A table with a header row repeated on every page it runs onto. `widths` are fractions
    of the text width; `empty` is printed in place of a table with no rows."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = "None recorded."


@dataclass(frozen=True)
class Note:
    """The app's own guidance or a statement, in a shaded box (never user text as markup)."""

    text: str


@dataclass(frozen=True)
class WriteIn:
    """A caption and ruled lines to write on by hand (the blank form)."""

    caption: str
    lines: int


@dataclass(frozen=True)
class Blanks:
    """Captions with an empty box beside each, to fill in by hand (the blank form)."""

    captions: tuple[str, ...]


@dataclass(frozen=True)
class Signatures:
    """Rows of who signs: (role, name already known or "")."""

    rows: tuple[tuple[str, str], ...]


Block = Heading | Subheading | Fields | Narrative | Grid | Note | WriteIn | Blanks | Signatures


@dataclass(frozen=True)
class FormDocument:
    """One form. Several can go into one PDF (a MASH referral per child); each keeps its own
    title, reference and page numbering."""

    title: str  # printed at the top of the first page and in every page header
    reference: str  # e.g. "YP-2026-0007, child C-0042": never a name
    intro: str  # one line under the title
    blocks: tuple[Block, ...]
