"""The recovery key: 200 random bits written as 8 groups of 6 characters, each with a check.

Shown once at set-up, printed and locked away, typed back in a crisis, possibly years later and
possibly by someone else. So it is built to survive being read aloud and typed by hand:

- Crockford's base32 alphabet (no I, L, O or U), upper case. When parsing, case does not matter,
  spaces and dashes are optional, and I/L are read as 1 and O as 0, as Crockford specifies.
- Each group is 5 data characters (25 bits) and 1 check character. The check is a linear code
  over GF(32): with distinct non-zero weights it catches *every* single wrong character and
  every swap of two characters within a group, and because a constant that depends on the
  group's position is mixed in, a whole group typed in the wrong place is caught too. So we can
  say which group to look at ("group 3 looks mistyped") instead of just "wrong key".
- 8 x 25 = 200 bits from `secrets` (os.urandom): far beyond guessing, even without Argon2.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from ypsi_desktop.storage.key_errors import RecoveryKeyMistyped

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
DATA_CHARS = 5
GROUP_CHARS = DATA_CHARS + 1
SECRET_BYTES = GROUPS * DATA_CHARS * 5 // 8  # 25 bytes = 200 bits

_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"I": 1, "L": 1, "O": 0})  # Crockford's decoding of look-alikes
_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")  # hyphen and the dashes
# that word processors substitute

# GF(32) with the primitive polynomial x^5 + x^2 + 1.
_EXP = [0] * 62
_LOG = [0] * 32
_x = 1
for _i in range(31):
    _EXP[_i] = _EXP[_i + 31] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0b100000:
        _x ^= 0b100101


def _mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


# Weights alpha^1..alpha^5 for the data characters; the check character has weight 1. All six
# are distinct and non-zero, which is what catches single errors and transpositions.
_WEIGHTS = [_EXP[i + 1] for i in range(DATA_CHARS)]
# One distinct constant per group position (alpha^8..alpha^15, none equal to another).
_POSITION = [_EXP[8 + g] for g in range(GROUPS)]


def _check_value(data: list[int], position: int) -> int:
    total = _POSITION[position]
    for weight, value in zip(_WEIGHTS, data, strict=True):
        total ^= _mul(weight, value)
    return total  # in characteristic 2, "minus" is "plus": data . w + pos + check == 0


@dataclass(frozen=True, repr=False)
class RecoveryKey:
    """A recovery key; `secret` (25 bytes) is what the recovery slot's Argon2id is fed."""

    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) != SECRET_BYTES:
            raise ValueError("a recovery key holds exactly 25 bytes")

    @classmethod
    def generate(cls) -> RecoveryKey:
        return cls(secrets.token_bytes(SECRET_BYTES))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a typed recovery key, or raise RecoveryKeyMistyped saying what looks wrong."""
        groups = _split_groups(text)
        bad_chars: list[int] = []
        for number, group in enumerate(groups, start=1):
            if any(c not in _VALUE for c in group):
                bad_chars.append(number)
        if bad_chars:
            raise RecoveryKeyMistyped(
                f"{_groups_phrase(bad_chars)} of the recovery key "
                f"{'contains' if len(bad_chars) == 1 else 'contain'} a character that is never "
                "used in a recovery key. Check it against the printed copy.",
                tuple(bad_chars),
            )
        values = [[_VALUE[c] for c in chars] for chars in groups]
        mistyped = [
            position + 1
            for position, group in enumerate(values)
            if _check_value(group[:DATA_CHARS], position) != group[DATA_CHARS]
        ]
        if mistyped:
            verb = "looks" if len(mistyped) == 1 else "look"
            hint = "" if len(mistyped) == 1 else " or in the wrong order"
            raise RecoveryKeyMistyped(
                f"{_groups_phrase(mistyped)} of the recovery key {verb} mistyped{hint}. "
                "Check against the printed copy.",
                tuple(mistyped),
            )
        number = 0
        for digits in values:
            for value in digits[:DATA_CHARS]:
                number = (number << 5) | value
        return cls(number.to_bytes(SECRET_BYTES, "big"))

    def groups(self) -> list[str]:
        number = int.from_bytes(self.secret, "big")
        digits = [(number >> (5 * i)) & 31 for i in reversed(range(GROUPS * DATA_CHARS))]
        out = []
        for position in range(GROUPS):
            data = digits[position * DATA_CHARS : (position + 1) * DATA_CHARS]
            check = _check_value(data, position)
            out.append("".join(ALPHABET[v] for v in [*data, check]))
        return out

    def __str__(self) -> str:
        return "-".join(self.groups())

    def __repr__(self) -> str:
        return "RecoveryKey(<hidden>)"


def _split_groups(text: str) -> list[str]:
    """Eight groups of six characters, or RecoveryKeyMistyped naming a group of the wrong length.

    If the person typed separators and produced eight groups, a group of the wrong length is
    named; otherwise only the total length can be reported.
    """
    upper = text.upper()
    chunks = "".join(" " if c in _SEPARATORS or c.isspace() else c for c in upper).split()
    joined = "".join(chunks)
    if len(chunks) == GROUPS and len(joined) != GROUPS * GROUP_CHARS:
        wrong = [i for i, chunk in enumerate(chunks, start=1) if len(chunk) != GROUP_CHARS]
        verb = "has" if len(wrong) == 1 else "have"
        raise RecoveryKeyMistyped(
            f"{_groups_phrase(wrong)} of the recovery key {verb} the wrong number of characters "
            f"(each group has {GROUP_CHARS}).",
            tuple(wrong),
        )
    if len(joined) != GROUPS * GROUP_CHARS:
        raise RecoveryKeyMistyped(
            f"A recovery key has {GROUPS * GROUP_CHARS} characters in {GROUPS} groups of "
            f"{GROUP_CHARS}; {len(joined)} were typed."
        )
    return [joined[i : i + GROUP_CHARS] for i in range(0, len(joined), GROUP_CHARS)]


def _groups_phrase(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"Group {numbers[0]}"
    listed = ", ".join(str(n) for n in numbers[:-1])
    return f"Groups {listed} and {numbers[-1]}"
