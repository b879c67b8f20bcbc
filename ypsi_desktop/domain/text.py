"""Text cleaning at the boundary: everything a user types or pastes passes through here.

Why: text lives for decades, is printed on referral forms and is searched. Invisible control
characters, NULs, lone surrogates (which cannot be encoded at all) and bidirectional overrides
(which can make printed text read differently from what was typed) must not get in silently,
and a 10 MB paste must not freeze the app. Every change made is reported in plain English so
the interface can say what happened.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import NamedTuple

# Sensible ceilings: a name is never this long; a narrative fits a generous essay.
NAME_LIMIT = 200
LINE_LIMIT = 2_000
NARRATIVE_LIMIT = 100_000

# Bidirectional embeddings, overrides and isolates. Shown as a visible token, never applied.
_BIDI_CONTROLS = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Anything `clean` would change in a multi-line text apart from NFC: C0 and C1 controls other
# than tab and newline, carriage returns, direction controls and lone surrogates.
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


class CleanText(NamedTuple):  # not a dataclass: the sign-in screen imports this module
    text: str
    changes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def clean(raw: str, *, multiline: bool = True, limit: int = NARRATIVE_LIMIT) -> CleanText:
    """Return `raw` made safe to store and print, with a sentence for each kind of change."""
    changes: list[str] = []
    text = raw

    surrogates = len(_LONE_SURROGATE.findall(text))
    if surrogates:
        text = _LONE_SURROGATE.sub("\ufffd", text)
        changes.append(
            _count(surrogates, "damaged character was", "damaged characters were")
            + " replaced with �."
        )

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline and "\n" in text:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip())
        changes.append("Line breaks were replaced with spaces.")

    bidi = sum(text.count(ch) for ch in _BIDI_CONTROLS)
    if bidi:
        for ch, name in _BIDI_CONTROLS.items():
            text = text.replace(ch, f"[{name}]")
        changes.append(
            _count(bidi, "hidden text-direction control was", "hidden text-direction controls were")
            + " shown as [RLO] and similar, so the text reads as typed."
        )

    kept: list[str] = []
    removed = 0
    for ch in text:
        if ch in "\n\t" or not _is_control(ch):
            kept.append(ch)
        else:
            removed += 1
    if removed:
        text = "".join(kept)
        changes.append(
            _count(removed, "invisible control character was", "invisible control characters were")
            + " removed."
        )

    text = unicodedata.normalize("NFC", text)
    if len(text) > limit:
        text = text[:limit]
        changes.append(f"The text was longer than {limit:,} characters and was cut at that length.")
    return CleanText(text, tuple(changes))


def clean_line(raw: str, *, limit: int = LINE_LIMIT) -> CleanText:
    """A single-line field (names, references): no line breaks, trimmed."""
    result = clean(raw, multiline=False, limit=limit)
    stripped = result.text.strip()
    return CleanText(stripped, result.changes) if stripped != result.text else result


def clean_everywhere(value: object) -> object:
    """`value` (parsed JSON: dicts, lists, strings, numbers) with every string cleaned as a
    narrative is, never shortened. For what arrives from outside the app's own fields (an
    export, a transfer from another school), so it meets the same boundary as typing."""
    if isinstance(value, str):
        if not _NEEDS_CLEANING.search(value) and unicodedata.is_normalized("NFC", value):
            return value  # nearly every string: no pass over it character by character
        return clean(value, limit=sys.maxsize).text
    if isinstance(value, dict):
        return {key: clean_everywhere(item) for key, item in value.items()}
    if isinstance(value, list):
        return [clean_everywhere(item) for item in value]
    return value


def _is_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    # Cc: C0/C1 controls including NUL. Cf other than joiners used by real scripts
    # (ZWJ/ZWNJ matter in Arabic, Indic and emoji sequences) is kept: it is not an override.
    return category == "Cc"


def _count(n: int, singular: str, plural: str) -> str:
    return f"1 {singular}" if n == 1 else f"{n:,} {plural}"
