"""Finding a person's name in free text and putting something else in its place.

Used wherever one person's name must leave text that others share: disposing of one child
from an incident that involved several, pseudonymising the other children in a transfer
package, and withholding third parties in a subject-access response.

How names are matched, and why:
- Matching ignores accents and case the same way the search does (text_fold's one-for-one
  fold), so "Zoe" in a note finds "Zoë", and the original text keeps its own characters
  around the replacement.
- The full name ("first last"), the name the person is known by together with the surname,
  and the UPN are matched in any case, as whole words with any spacing between them.
- A first name, surname or known-as name alone is matched only as a whole word that starts
  with a capital (or a letter with no case): "Will" the pupil, not "will" the verb; "Rose"
  but not "rose". A name alone shorter than two letters is not matched at all.
- Where two people's names overlap, the longer match wins (so "Amy Smith" is not split into
  "Amy" from one person and "Smith" from another).

The matcher cannot know that an unrelated word happens to be a name (a child called "May"
mentioned as "May" at the start of a sentence about the month); it errs on the side of
hiding too much, never too little, which is right for every use here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .text_fold import fold

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class NameToHide:
    """One person's names and what to write instead of them."""

    key: str  # identifies the person to the caller, e.g. "person:12"
    replacement: str
    full: tuple[str, ...] = ()  # matched in any case
    single: tuple[str, ...] = ()  # matched only when capitalised

    @classmethod
    def for_person(
        cls,
        key: str,
        replacement: str,
        *,
        first_name: str = "",
        last_name: str = "",
        known_as: str = "",
        upn: str = "",
    ) -> NameToHide:
        first, last, known = first_name.strip(), last_name.strip(), known_as.strip()
        full = [f"{first} {last}", f"{known} {last}"]
        if first and known and known != first:
            full.append(f"{first} {known} {last}")
        full = [f.strip() for f in full if f.strip() and " " in f.strip()]
        if len(upn.strip()) >= 5:
            full.append(upn.strip())
        single = [first, last, known]
        # Double-barrelled and hyphenated parts are names on their own too ("Mary-Jane").
        for part in (first, last):
            single += [p for p in re.split(r"[\s\-]+", part) if p != part]
        return cls(
            key=key,
            replacement=replacement,
            full=tuple(dict.fromkeys(full)),
            single=tuple(dict.fromkeys(s for s in single if len(s) >= 2)),
        )


@dataclass
class Redacted:
    """Text after replacement, and how many places each person's name was replaced."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.counts)


def _pattern(name: str) -> str:
    words = [re.escape(fold(w)) for w in _SPACE.split(name.strip()) if w]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


@dataclass(frozen=True)
class _Compiled:
    key: str
    replacement: str
    full: re.Pattern[str] | None
    single: re.Pattern[str] | None


def _compile(name: NameToHide) -> _Compiled:
    full = [_pattern(n) for n in name.full if n.strip()]
    single = [_pattern(n) for n in name.single if n.strip()]
    return _Compiled(
        name.key,
        name.replacement,
        re.compile("|".join(full)) if full else None,
        re.compile("|".join(single)) if single else None,
    )


class NameRedactor:
    """Replaces the names of several people in any number of texts (compiled once)."""

    def __init__(self, names: Iterable[NameToHide]) -> None:
        self._names = [_compile(n) for n in names]

    @property
    def empty(self) -> bool:
        return not self._names

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, index of the person) of every match, overlaps resolved."""
        if not text or not self._names:
            return []
        folded = fold(text)
        found: list[tuple[int, int, int]] = []
        for index, name in enumerate(self._names):
            if name.full is not None:
                found += [(m.start(), m.end(), index) for m in name.full.finditer(folded)]
            if name.single is not None:
                for m in name.single.finditer(folded):
                    if not text[m.start()].islower():
                        found.append((m.start(), m.end(), index))
        found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int, int]] = []
        for start, end, index in found:
            if kept and start < kept[-1][1]:
                continue
            kept.append((start, end, index))
        return kept

    def redact(self, text: str) -> Redacted:
        spans = self.spans(text)
        if not spans:
            return Redacted(text)
        out: list[str] = []
        counts: dict[str, int] = {}
        position = 0
        for start, end, index in spans:
            name = self._names[index]
            out.append(text[position:start])
            out.append(name.replacement)
            counts[name.key] = counts.get(name.key, 0) + 1
            position = end
        out.append(text[position:])
        return Redacted("".join(out), counts)

    def mentions(self, text: str) -> set[str]:
        """The keys of the people named in `text`."""
        return {self._names[index].key for _, _, index in self.spans(text)}


def redact_all(texts: Sequence[str], redactor: NameRedactor) -> list[Redacted]:
    return [redactor.redact(t) for t in texts]
