"""Folding text for matching: lower case, accents removed in every script, one char for one.

SQLite's own tokenizer removes accents from Latin letters only, so on its own "ελενη" would
not find "Ελένη", nor "елка" find "Ёлка", nor "Lukasz" find "Łukasz". Names in a school come
in every script, and a DSL typing a name from memory may leave the accents off. Folding in
Python before text reaches the index, and the query the same way, makes matching
accent-insensitive everywhere.

The fold maps each character to exactly one character of the same kind (a letter to a
letter), so the folded text has the same length and the same word boundaries as the
original. That is what lets the index hold the folded text while snippets are cut from the
original: the n-th word of one is the n-th word of the other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters with no canonical decomposition that readers still see as a plain letter plus a mark.
_PLAIN = {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ŀ": "l", "ð": "d"}
_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    if len(base) != 1:
        base = ch  # a lone combining mark, or a character that does not decompose to one
    folded = base.casefold()
    if len(folded) != 1:
        lowered = base.lower()
        folded = lowered if len(lowered) == 1 else base
    return _PLAIN.get(folded, folded)


def fold(text: str) -> str:
    """`text` in lower case without accents, exactly as many characters long."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


def name_key(first_name: str, last_name: str) -> str:
    """The folded words of a name, so "Mary-Jane  O'Neill" and "mary jane o neill" agree."""
    return " ".join(_WORDS.findall(fold(f"{first_name} {last_name}")))


def search_words(text: str) -> list[str]:
    """The folded words a user typed, punctuation dropped."""
    return _WORDS.findall(fold(text))
