"""The older copies kept beside a case file: found by their names, and only those."""

from __future__ import annotations

from pathlib import Path

from ypsi_desktop.storage.kept_copies import kept_copies, remove_kept_copies

KEPT = (
    "case.ypsi.pre-v0007.bak",
    "case.ypsi.pre-v0007.2.bak",
    "case.ypsi.replaced-20261124T101500Z.bak",
    "case.ypsi.replaced-20261124T101500Z.bak-journal",
    "case.ypsi.keys.replaced-20261124T101500Z.bak",
    "case.ypsi.keys.bak.replaced-20261124T101500Z.bak",
    "case.ypsi.failed-restore-20261124T101501Z.bak",
)
NOT_KEPT = (
    "case.ypsi",
    "case.ypsi.keys",
    "case.ypsi.keys.bak",
    "case.ypsi-journal",
    "case.ypsi.json",  # an export the DSL saved there
    "case.ypsi.notes.bak",  # not a name the app makes
    "other.ypsi.pre-v0007.bak",  # another file's copy
    "Governors report.pdf",
)


def test_only_the_copies_the_app_keeps_are_listed_and_removed(tmp_path: Path) -> None:
    for name in (*KEPT, *NOT_KEPT):
        (tmp_path / name).write_bytes(b"made up")
    case = tmp_path / "case.ypsi"
    assert [p.name for p in kept_copies(case)] == sorted(KEPT)
    assert remove_kept_copies(case) == len(KEPT)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NOT_KEPT)
    assert kept_copies(case) == [] and remove_kept_copies(case) == 0
