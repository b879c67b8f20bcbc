"""Text cleaning at the boundary (SECURITY.md checklist 24-25)."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from ypsi_desktop.domain.text import NARRATIVE_LIMIT, clean, clean_line


def test_plain_text_passes_untouched() -> None:
    result = clean("Pupil said the photo was sent on Tuesday.\nThen deleted.")
    assert result.text == "Pupil said the photo was sent on Tuesday.\nThen deleted."
    assert not result.changed


def test_nul_and_control_characters_are_removed_and_reported() -> None:
    result = clean("abc\x00def\x07g\x1bh")
    assert result.text == "abcdefgh"
    assert result.changes == ("3 invisible control characters were removed.",)


def test_bidi_override_is_made_visible_not_applied() -> None:
    result = clean("file\u202egnp.exe")
    assert result.text == "file[RLO]gnp.exe"
    assert "text-direction" in result.changes[0]


def test_lone_surrogate_is_replaced_so_the_text_can_be_stored() -> None:
    result = clean("a\ud800b")
    assert result.text == "a\ufffdb"
    result.text.encode("utf-8")  # would raise if a surrogate were left


def test_composed_and_decomposed_accents_store_the_same() -> None:
    assert clean("Zoe\u0308").text == clean("Zo\u00eb").text == "Zo\u00eb"


def test_windows_line_endings_become_newlines() -> None:
    assert clean("a\r\nb\rc").text == "a\nb\nc"


def test_single_line_fields_lose_line_breaks_and_edges() -> None:
    result = clean_line("  Łucja\nWiśniewska  ")
    assert result.text == "Łucja Wiśniewska"
    assert "Line breaks were replaced with spaces." in result.changes


def test_ten_megabyte_paste_is_capped_quickly_with_a_message() -> None:
    huge = "word " * 2_000_000
    start = time.perf_counter()
    result = clean(huge)
    assert time.perf_counter() - start < 5
    assert len(result.text) == NARRATIVE_LIMIT
    assert result.changes[-1].startswith("The text was longer than 100,000 characters")


@given(st.text())
def test_cleaned_text_is_always_storable_and_stable(raw: str) -> None:
    once = clean(raw).text
    once.encode("utf-8")
    assert "\x00" not in once
    assert clean(once).text == once
