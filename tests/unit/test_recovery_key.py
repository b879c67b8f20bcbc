"""The recovery key survives being printed, read aloud and typed back years later."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ypsi_desktop.storage.key_errors import RecoveryKeyMistyped
from ypsi_desktop.storage.recovery_key import ALPHABET, SECRET_BYTES, RecoveryKey

ALL_ZERO = RecoveryKey(bytes(SECRET_BYTES))  # every data character is "0"
ALL_ONE = RecoveryKey(int("00001" * 40, 2).to_bytes(SECRET_BYTES, "big"))  # every one is "1"


def _chars(key: RecoveryKey) -> list[str]:
    return list("".join(key.groups()))


def _typed(chars: list[str]) -> str:
    text = "".join(chars)
    return "-".join(text[i : i + 6] for i in range(0, 48, 6))


def test_printed_form_is_eight_groups_of_six_unambiguous_characters() -> None:
    text = str(RecoveryKey.generate())
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{6}-){7}[0-9A-HJKMNP-TV-Z]{6}", text)
    assert not set(text) & set("ILOU")


def test_generated_keys_differ_and_hold_200_bits() -> None:
    keys = {RecoveryKey.generate().secret for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k) * 8 == 200 for k in keys)


@given(st.binary(min_size=SECRET_BYTES, max_size=SECRET_BYTES))
def test_any_key_reads_back_as_printed(secret: bytes) -> None:
    key = RecoveryKey(secret)
    assert RecoveryKey.parse(str(key)) == key


@pytest.mark.parametrize(
    "retype",
    [
        str.lower,
        lambda t: t.replace("-", ""),
        lambda t: t.replace("-", " "),
        lambda t: "  " + t.replace("-", "\u2013").lower() + "\n",  # en dash from a word processor
        lambda t: t[:20] + t[20:].replace("-", ""),  # separators in some places only
    ],
)
def test_parsing_forgives_case_spaces_and_dashes(retype: object) -> None:
    key = RecoveryKey.generate()
    assert callable(retype)
    assert RecoveryKey.parse(retype(str(key))) == key


def test_look_alike_letters_read_as_digits() -> None:
    zero_text = str(ALL_ZERO)
    assert zero_text.count("0") >= 40
    assert RecoveryKey.parse(zero_text.replace("0", "O")) == ALL_ZERO
    assert RecoveryKey.parse(zero_text.replace("0", "o")) == ALL_ZERO
    one_text = str(ALL_ONE)
    assert RecoveryKey.parse(one_text.replace("1", "I")) == ALL_ONE
    assert RecoveryKey.parse(one_text.replace("1", "l")) == ALL_ONE


def test_every_single_wrong_character_names_its_group() -> None:
    chars = _chars(RecoveryKey.generate())
    for position, original in enumerate(chars):
        for wrong in ALPHABET:
            if wrong == original:
                continue
            typo = chars.copy()
            typo[position] = wrong
            with pytest.raises(RecoveryKeyMistyped) as caught:
                RecoveryKey.parse(_typed(typo))
            assert caught.value.groups == (position // 6 + 1,)


def test_message_names_the_group_for_the_person_typing() -> None:
    chars = _chars(RecoveryKey.generate())
    chars[14] = "7" if chars[14] != "7" else "8"
    with pytest.raises(RecoveryKeyMistyped) as caught:
        RecoveryKey.parse(_typed(chars))
    assert caught.value.group == 3
    assert str(caught.value).startswith("Group 3 of the recovery key looks mistyped.")


def test_two_swapped_characters_within_a_group_are_caught() -> None:
    chars = _chars(RecoveryKey.generate())
    caught_swaps = 0
    for group in range(8):
        for i in range(6):
            for j in range(i + 1, 6):
                a, b = group * 6 + i, group * 6 + j
                if chars[a] == chars[b]:
                    continue
                swapped = chars.copy()
                swapped[a], swapped[b] = swapped[b], swapped[a]
                with pytest.raises(RecoveryKeyMistyped) as caught:
                    RecoveryKey.parse(_typed(swapped))
                assert caught.value.groups == (group + 1,)
                caught_swaps += 1
    assert caught_swaps > 50


def test_two_groups_typed_in_the_wrong_order_are_both_named() -> None:
    groups = RecoveryKey.generate().groups()
    for i in range(8):
        for j in range(i + 1, 8):
            if groups[i] == groups[j]:
                continue
            swapped = groups.copy()
            swapped[i], swapped[j] = swapped[j], swapped[i]
            with pytest.raises(RecoveryKeyMistyped) as caught:
                RecoveryKey.parse("-".join(swapped))
            assert caught.value.groups == (i + 1, j + 1)
            assert "wrong order" in str(caught.value)


def test_a_letter_never_used_in_keys_names_its_group() -> None:
    groups = RecoveryKey.generate().groups()
    groups[5] = "U" + groups[5][1:]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        RecoveryKey.parse(" ".join(groups))
    assert caught.value.groups == (6,)
    assert "never used" in str(caught.value)


def test_a_short_group_is_named_when_groups_were_typed_apart() -> None:
    groups = RecoveryKey.generate().groups()
    groups[1] = groups[1][:5]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        RecoveryKey.parse(" ".join(groups))
    assert caught.value.groups == (2,)
    assert "wrong number of characters" in str(caught.value)


@pytest.mark.parametrize("text", ["", "ABC", "0" * 47, "0" * 49, "-- --"])
def test_wrong_length_says_how_long_a_key_is(text: str) -> None:
    with pytest.raises(RecoveryKeyMistyped) as caught:
        RecoveryKey.parse(text)
    assert caught.value.group is None
    assert "48 characters in 8 groups" in str(caught.value)


@given(st.text(max_size=80))
def test_any_typing_is_either_a_key_or_a_clean_mistyped_error(text: str) -> None:
    try:
        RecoveryKey.parse(text)
    except RecoveryKeyMistyped as error:
        assert str(error)


def test_repr_does_not_reveal_the_key() -> None:
    key = RecoveryKey.generate()
    assert str(key) not in repr(key)
    assert key.secret.hex() not in repr(key)
