"""UPNs are validated with their check letter, so a typing slip is caught at the field."""

from __future__ import annotations

import pytest

from ypsi_desktop.domain.upn import UpnError, check_letter, normalise_upn


def _valid(body: str) -> str:
    return check_letter(body) + body


def test_a_valid_upn_is_accepted_and_normalised() -> None:
    upn = _valid("820200026001")
    assert normalise_upn(" " + upn.lower()[:5] + " " + upn[5:] + " ") == upn


def test_temporary_upn_ending_in_a_letter() -> None:
    upn = _valid("82020002600A")
    assert normalise_upn(upn) == upn


def test_every_single_digit_slip_is_caught() -> None:
    upn = _valid("820200026001")
    for position in range(1, 13):
        digit = upn[position]
        slipped = upn[:position] + str((int(digit) + 1) % 10) + upn[position + 1 :]
        with pytest.raises(UpnError, match="typing slip"):
            normalise_upn(slipped)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("A12345", "13 characters; this has 6"),
        ("I820200026001", "never used"),
        ("A82020002600O", "never used"),
        ("AB20200026001", "11 digits"),
    ],
)
def test_malformed_upns_are_refused_with_a_reason(typed: str, message: str) -> None:
    with pytest.raises(UpnError, match=message):
        normalise_upn(typed)
