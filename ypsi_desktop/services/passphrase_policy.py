"""Is a new passphrase strong enough for a file that can be attacked offline for years?

A stolen case file can be attacked on someone else's hardware with no lock-out, so the bar is
set by how many guesses an attacker would need, estimated with zxcvbn (which knows common
passwords, names, keyboard patterns and dates), plus a minimum length and a ban on the
setting's and the user's own names. Messages are written for a DSL, with what to do instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

MIN_LENGTH = 12
# About 10^12 guesses: years of work against Argon2id even for a well-equipped attacker.
MIN_GUESSES_LOG10 = 12.0
ADVICE = "Three or four unrelated words with a number or symbol between them work well."
_CONTEXT_WORDS = ("ypsi", "desktop", "safeguarding", "school", "academy", "college", "dsl")


class WeakPassphrase(ValueError):
    """The message says why and what would work instead."""


@dataclass(frozen=True)
class Verdict:
    acceptable: bool
    meter: int  # 0 (very weak) to 4 (strong), for a strength meter
    message: str


ZXCVBN_LIMIT = 72  # the most the strength estimator accepts


def judge(passphrase: str, *, context: Sequence[str] = ()) -> Verdict:
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        return Verdict(False, 0, f"Use at least {MIN_LENGTH} characters. {ADVICE}")
    lowered = text.casefold()
    for word in context:
        for part in word.casefold().split():
            if len(part) >= 4 and part in lowered:
                return Verdict(
                    False,
                    1,
                    "Do not use the name of the school or of anyone using this file: it is "
                    f"among the first things an attacker tries. {ADVICE}",
                )
    from zxcvbn import zxcvbn  # loaded only when a passphrase is being set

    user_inputs = [*context, *_CONTEXT_WORDS]
    # The estimator refuses more than 72 characters (and would take long over many more):
    # it judges the first 72, and the rest only adds to the strength.
    result = zxcvbn(text[:ZXCVBN_LIMIT], user_inputs=user_inputs)
    guesses = float(result["guesses_log10"])
    meter = min(4, max(0, int(guesses // 3)))
    if guesses < MIN_GUESSES_LOG10:
        warning = str(result["feedback"].get("warning") or "")
        reason = _REASONS.get(warning, "It would be too quick to guess.")
        return Verdict(
            False, min(meter, 2), f"This passphrase is too easy to guess. {reason} {ADVICE}"
        )
    return Verdict(True, meter, "Strong enough.")


def require_strong(passphrase: str, *, context: Sequence[str] = ()) -> None:
    verdict = judge(passphrase, context=context)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.message)


# zxcvbn's warnings, said our way.
_REASONS = {
    "This is a top-10 common password.": "It is one of the most common passwords there are.",
    "This is a top-100 common password.": "It is one of the most common passwords there are.",
    "This is a very common password.": "It is a very common password.",
    "This is similar to a commonly used password.": "It is close to a common password.",
    "A word by itself is easy to guess.": "A single word is easy to guess.",
    "Names and surnames by themselves are easy to guess.": "Names are easy to guess.",
    "Common names and surnames are easy to guess.": "Names are easy to guess.",
    "Dates are often easy to guess.": "Dates are easy to guess.",
    "Recent years are easy to guess.": "Years are easy to guess.",
    'Repeats like "aaa" are easy to guess.': "Repeated letters are easy to guess.",
    "Sequences like abc or 6543 are easy to guess.": "Sequences such as abc are easy to guess.",
    "Straight rows of keys are easy to guess.": "Rows of keys are easy to guess.",
    "Short keyboard patterns are easy to guess.": "Keyboard patterns are easy to guess.",
}
