"""Choosing a passphrase: the advice is several unrelated words, so a long one must be judged,
not refused by the strength estimator's own length limit."""

from __future__ import annotations

import pytest

from ypsi_desktop.services.passphrase_policy import WeakPassphrase, judge, require_strong

LONG = "the quick amber heron crossed seven cold rivers before dawn to find 42 lost lanterns"


@pytest.mark.parametrize("passphrase", [LONG, LONG * 3, "x7 " + "lantern " * 40])
def test_a_long_passphrase_is_judged_not_refused_for_its_length(passphrase: str) -> None:
    verdict = judge(passphrase)
    assert verdict.message, "a verdict in words, whatever the length"
    if passphrase == LONG:
        assert verdict.acceptable
        require_strong(passphrase)  # no exception


def test_a_weak_passphrase_is_still_refused_with_advice() -> None:
    with pytest.raises(WeakPassphrase, match="unrelated words"):
        require_strong("password1234")
