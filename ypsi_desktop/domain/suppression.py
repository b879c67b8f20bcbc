"""Small-number suppression: so that no child can be identified from a published count.

A governors' report about a few dozen incidents a year can point at one child ("the only
incident in the summer term involving an 11-year-old"). The usual statistical-disclosure
rule, as the Department for Education applies it to published school figures:

- primary suppression: a count from 1 to 4 is not shown (0 is shown: it identifies nobody);
- secondary suppression: where a row or column total is shown and exactly one count in it is
  hidden, that count could be worked out by subtraction, so the next smallest non-zero count
  in the same row or column is hidden too, or, when there is none, the total itself; totals
  and the grand total are treated as one more sum the same way (repeated until nothing more
  changes);
- a total from 1 to 4 is hidden like any other count.

Pure functions over a grid of whole numbers; the report and its charts both use the mask.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 5
HIDDEN_TEXT = "fewer than 5"
HIDDEN_MARK = "<5"


def small(value: int) -> bool:
    return 0 < value < THRESHOLD


@dataclass(frozen=True)
class SuppressedTable:
    """A grid of counts with what may be shown. Totals are computed here from the cells."""

    values: tuple[tuple[int, ...], ...]
    shown: tuple[tuple[bool, ...], ...]
    row_totals: tuple[int, ...]
    row_totals_shown: tuple[bool, ...]
    column_totals: tuple[int, ...]
    column_totals_shown: tuple[bool, ...]
    grand_total: int
    grand_total_shown: bool

    def cell(self, row: int, column: int) -> str:
        return str(self.values[row][column]) if self.shown[row][column] else HIDDEN_MARK

    def row_total(self, row: int) -> str:
        return str(self.row_totals[row]) if self.row_totals_shown[row] else HIDDEN_MARK

    def column_total(self, column: int) -> str:
        return str(self.column_totals[column]) if self.column_totals_shown[column] else HIDDEN_MARK

    def grand(self) -> str:
        return str(self.grand_total) if self.grand_total_shown else HIDDEN_MARK

    @property
    def anything_hidden(self) -> bool:
        return not (
            all(all(r) for r in self.shown)
            and all(self.row_totals_shown)
            and all(self.column_totals_shown)
            and self.grand_total_shown
        )


Member = tuple[int, int]  # (row, column) in the grid extended with its totals


def _members(rows: int, columns: int, row_totals: bool, column_totals: bool) -> list[list[Member]]:
    """Every published sum as its members (the counts and the total they add up to). The
    grid is extended: column `columns` holds row totals, row `rows` column totals."""
    lines: list[list[Member]] = []
    if row_totals:
        lines += [[*((r, c) for c in range(columns)), (r, columns)] for r in range(rows)]
    if column_totals:
        lines += [[*((r, c) for r in range(rows)), (rows, c)] for c in range(columns)]
    if row_totals and column_totals:
        lines.append([*((r, columns) for r in range(rows)), (rows, columns)])
        lines.append([*((rows, c) for c in range(columns)), (rows, columns)])
    return lines


def _secondary(
    values: list[list[int]],
    hidden: list[list[bool]],
    lines: list[list[Member]],
    rows: int,
    columns: int,
) -> bool:
    """In every published sum with exactly one hidden member, hide one more: the smallest
    non-zero count if there is one, else the smallest non-zero total."""
    changed = False
    for line in lines:
        hidden_here = [(r, c) for r, c in line if hidden[r][c] and values[r][c] > 0]
        if len(hidden_here) != 1:
            continue
        visible = [(values[r][c], r, c) for r, c in line if not hidden[r][c] and values[r][c] > 0]
        counts = [m for m in visible if m[1] < rows and m[2] < columns]
        choice = min(counts or visible, default=None)
        if choice is None:
            continue
        hidden[choice[1]][choice[2]] = True
        changed = True
    return changed


def suppress(
    grid: Sequence[Sequence[int]], *, row_totals: bool = True, column_totals: bool = True
) -> SuppressedTable:
    """Apply primary and secondary suppression to `grid` (rows of equal length).

    `row_totals` / `column_totals`: whether the report shows each row's / column's total (and
    with both, the grand total). A shown total is what makes subtraction possible, so
    secondary suppression works over every published sum, totals included.
    """
    cells = [list(row) for row in grid]
    rows = len(cells)
    columns = len(cells[0]) if cells else 0
    if any(len(row) != columns for row in cells):
        raise ValueError("every row needs the same number of counts")
    if any(v < 0 for row in cells for v in row):
        raise ValueError("counts cannot be negative")
    row_sums = [sum(row) for row in cells]
    column_sums = [sum(row[c] for row in cells) for c in range(columns)]
    grand = sum(row_sums)
    values = [[*row, row_sums[r]] for r, row in enumerate(cells)] + [[*column_sums, grand]]
    hidden = [[small(v) for v in row] for row in values]
    lines = _members(rows, columns, row_totals, column_totals)
    while _secondary(values, hidden, lines, rows, columns):
        pass
    return SuppressedTable(
        values=tuple(tuple(row) for row in cells),
        shown=tuple(tuple(not hidden[r][c] for c in range(columns)) for r in range(rows)),
        row_totals=tuple(row_sums),
        row_totals_shown=tuple(not hidden[r][columns] for r in range(rows)),
        column_totals=tuple(column_sums),
        column_totals_shown=tuple(not hidden[rows][c] for c in range(columns)),
        grand_total=grand,
        grand_total_shown=not hidden[rows][columns],
    )
