"""Unique Pupil Numbers (DfE): 13 characters, a check letter first.

Format: check letter, 3-digit local authority number, 4-digit establishment number, 2-digit
year of allocation, 3-digit serial. A temporary UPN ends with a letter instead of the last
digit. The check letter is the weighted sum of characters 2-13 (weights 2..13) modulo 23,
read from the 23-letter alphabet below, which leaves out I, O and S.
"""

from __future__ import annotations

import re

_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
_SHAPE = re.compile(r"^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$")


class UpnError(ValueError):
    """Why a typed UPN cannot be right, in words a DSL can act on."""


def check_letter(body: str) -> str:
    """The check letter for the 12 characters after it."""
    total = 0
    for weight, ch in enumerate(body, start=2):
        total += int(ch) * weight if ch.isdigit() else _LETTERS.index(ch) * weight
    return _LETTERS[total % 23]


def normalise_upn(text: str) -> str:
    """Return the UPN in capitals without spaces, or raise UpnError saying what is wrong."""
    upn = re.sub(r"\s+", "", text).upper()
    if len(upn) != 13:
        raise UpnError(f"A UPN has 13 characters; this has {len(upn)}.")
    if not _SHAPE.match(upn):
        raise UpnError(
            "A UPN is a letter, then 11 digits, then a digit or (for a temporary UPN) a letter; "
            "the letters I, O and S are never used."
        )
    expected = check_letter(upn[1:])
    if upn[0] != expected:
        raise UpnError(
            "The first letter does not match the rest of the UPN: check it for a typing slip."
        )
    return upn
