"""Small-number suppression: counts from 1 to 4 never appear, nor can they be worked out from
a total by subtraction."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ypsi_desktop.domain.suppression import HIDDEN_MARK, SuppressedTable, suppress


def test_small_counts_are_hidden_and_zero_and_large_ones_shown() -> None:
    table = suppress([[0, 7], [12, 30]])
    assert [[table.cell(r, c) for c in range(2)] for r in range(2)] == [["0", "7"], ["12", "30"]]
    assert not table.anything_hidden
    table = suppress([[3, 0], [0, 0]], row_totals=False, column_totals=False)
    assert table.cell(0, 0) == HIDDEN_MARK and table.cell(0, 1) == "0"


def test_a_lone_hidden_count_takes_the_next_smallest_with_it() -> None:
    # Column 0 total 23 is shown: hiding only the 3 would let it be worked out as 23 - 20.
    table = suppress([[3], [20]], row_totals=False, column_totals=True)
    assert table.cell(0, 0) == HIDDEN_MARK and table.cell(1, 0) == HIDDEN_MARK
    assert table.column_total(0) == "23"


def test_small_totals_are_hidden() -> None:
    table = suppress([[1, 2], [0, 0]])
    assert table.row_total(0) == HIDDEN_MARK and table.grand() == HIDDEN_MARK


def _recoverable(t: SuppressedTable) -> bool:
    """Whether any hidden non-zero value (a count or a total) is the only unknown in a sum
    whose other members are all shown: then it can be worked out by subtraction."""
    rows, cols = len(t.values), len(t.values[0])
    value = {(r, c): t.values[r][c] for r in range(rows) for c in range(cols)}
    shown = {(r, c): t.shown[r][c] for r in range(rows) for c in range(cols)}
    for r in range(rows):
        value[(r, cols)], shown[(r, cols)] = t.row_totals[r], t.row_totals_shown[r]
    for c in range(cols):
        value[(rows, c)], shown[(rows, c)] = t.column_totals[c], t.column_totals_shown[c]
    value[(rows, cols)], shown[(rows, cols)] = t.grand_total, t.grand_total_shown
    sums = [[(r, c) for c in range(cols + 1)] for r in range(rows + 1)]
    sums += [[(r, c) for r in range(rows + 1)] for c in range(cols + 1)]
    for line in sums:
        unknown = [m for m in line if not shown[m] and value[m] > 0]
        if len(unknown) == 1:
            return True
    return False


@given(
    st.integers(min_value=1, max_value=5).flatmap(
        lambda width: st.lists(
            st.lists(st.integers(min_value=0, max_value=30), min_size=width, max_size=width),
            min_size=1,
            max_size=6,
        )
    )
)
def test_no_small_count_is_ever_shown_or_recoverable(grid: list[list[int]]) -> None:
    table = suppress(grid)
    for r, c in itertools.product(range(len(grid)), range(len(grid[0]))):
        if 0 < grid[r][c] < 5:
            assert not table.shown[r][c]
    assert not _recoverable(table)
    assert all(
        t >= 5 or t == 0 for t, s in zip(table.row_totals, table.row_totals_shown, strict=True) if s
    )


def test_ragged_or_negative_grids_are_refused() -> None:
    with pytest.raises(ValueError):
        suppress([[1, 2], [3]])
    with pytest.raises(ValueError):
        suppress([[-1]])
