"""The GUI benchmarks (bench/gui.py, bench/gui_child.py) still measure the app as it is.

Not timing tests: each figure's subject and primitive run a couple of times on a small file, so
a change to the main window, the case list or the form that breaks a benchmark (or makes its
bare primitive stop doing the same work as the app) fails here, not at the next benchmark run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from bench import gui, gui_child
from bench.casefile_data import ENV_INCIDENTS
from bench.harness import Context, Figure
from ypsi_desktop.domain.case_views import SortColumn
from ypsi_desktop.gui.case_list_model import DEFAULT_FILTERS, PAGE_SIZE
from ypsi_desktop.storage.case_list import order_clause, where_clause
from ypsi_desktop.storage.connection import CONNECTION_PRAGMAS

INCIDENTS = 40


class QuickContext(Context):
    """A Context with a scratch cache that runs every comparison twice, not 9 to 21 times."""

    def __init__(self, name: str, cache: Path) -> None:
        super().__init__(name)
        self.cache_dir = cache

    def compare(self, subject: Callable[[], Any], primitive: Any, **options: Any) -> Figure:
        return super().compare(subject, primitive, **{**options, "reps": 2})


@pytest.fixture
def quick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], QuickContext]:
    monkeypatch.setenv(ENV_INCIDENTS, str(INCIDENTS))
    return lambda name: QuickContext(name, tmp_path / "cache")


def test_the_bare_process_opens_and_queries_as_the_app_does() -> None:
    assert gui_child.BARE_PRAGMAS == CONNECTION_PRAGMAS
    assert gui_child.PAGE_SIZE == PAGE_SIZE
    # The default view's first page: the model's filters and sort, as case_list.py writes them.
    where, params = where_clause(DEFAULT_FILTERS)
    assert params == ["open"]
    order = order_clause(SortColumn.CAME_TO_LIGHT, descending=True)
    assert gui_child.BARE_PAGE == f"SELECT id FROM incidents{where}{order} LIMIT ? OFFSET 0"
    assert gui_child.BARE_COUNT.endswith(where)


@pytest.mark.slow
def test_both_processes_show_the_same_first_page(quick: Callable[[str], QuickContext]) -> None:
    ctx = quick("gui.memory")
    with gui._working_copy(ctx) as (work, key, home):
        children = gui._Children(ctx, work, key, home, "--kdf")
        app, bare = children.run("app"), children.run("bare")
    assert app["rows"] == bare["rows"] > 0
    assert app["first_reference"] == bare["first_reference"]  # the same incident on top
    for result in (app, bare):
        assert result["seconds"] > 0
        # Argon2 at 64 MiB ran in each, so each peak is above it.
        assert result["peak_rss_kb"] > 64 * 1024
        assert result["peak_kb_after"]["kdf"] <= result["peak_rss_kb"]


@pytest.mark.slow
@pytest.mark.parametrize("figure", [gui.search_name, gui.search_phrase, gui.save])
def test_in_process_figures_run(
    qtbot: QtBot, quick: Callable[[str], QuickContext], figure: Callable[[Context], Figure]
) -> None:
    result = figure(quick("gui"))
    assert result.value > 0 and result.baseline is not None and result.baseline > 0
