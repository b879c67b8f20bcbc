"""Migrations are found among whatever else an installed package folder holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from ypsi_desktop.storage.schema import load_migrations


def test_pycache_and_init_beside_the_sql_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "0001_core.sql").write_text("CREATE TABLE a (x);", encoding="utf-8")
    (tmp_path / "0002_more.sql").write_text("CREATE TABLE b (y);", encoding="utf-8")
    assert [m.version for m in load_migrations(tmp_path)] == [1, 2]


def test_a_gap_in_the_numbers_is_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_core.sql").write_text("CREATE TABLE a (x);", encoding="utf-8")
    (tmp_path / "0003_later.sql").write_text("CREATE TABLE c (z);", encoding="utf-8")
    with pytest.raises(ValueError, match="no gaps"):
        load_migrations(tmp_path)
