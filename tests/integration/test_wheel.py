"""`pip install .` (not editable) into a fresh venv gives a working app with no display."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
FONT_PROBE = "import ypsi_desktop.resources as r; print(r.font_path('regular'))"


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kwargs)  # type: ignore[call-overload,no-any-return]


def test_wheel_holds_forms_resources_and_fonts_and_installs_cleanly(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(REPO),
        ]
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = dist.glob("ypsi_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "ypsi_desktop/gui/forms/ui_main_window.py",
        "ypsi_desktop/gui/forms/resources_rc.py",
        "ypsi_desktop/resources/fonts/NotoSans-Regular.ttf",
        "ypsi_desktop/resources/fonts/NotoSans-LICENCE.txt",
        "ypsi_desktop/resources/icons/ypsi-desktop.svg",
    ):
        assert required in names, f"{required} missing from the wheel"
    packages_in_tree = {
        p.parent.relative_to(REPO).as_posix() for p in (REPO / "ypsi_desktop").rglob("__init__.py")
    }
    for package in packages_in_tree:
        assert f"{package}/__init__.py" in names, f"package {package} left out of the wheel"
    migrations = {p.name for p in (REPO / "ypsi_desktop/storage/migrations").glob("*.sql")}
    for sql in migrations:
        assert f"ypsi_desktop/storage/migrations/{sql}" in names

    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    installed = _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)])
    assert installed.returncode == 0, installed.stderr[-3000:]

    bare_env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    version = _run([str(bin_dir / "ypsi-desktop"), "--version"], env=bare_env, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("YPSI Desktop "), version.stderr

    offscreen = dict(bare_env, QT_QPA_PLATFORM="offscreen")
    started = _run([str(bin_dir / "ypsi-desktop"), "--start-and-quit"], env=offscreen, cwd=tmp_path)
    assert started.returncode == 0, started.stderr[-3000:]
    # The installed copy, not this checkout, provided the app and its fonts.
    where = _run(
        [
            str(bin_dir / "python"),
            "-c",
            "import ypsi_desktop.resources as r; print(r.font_path('regular'))",
        ],
        cwd=tmp_path,
    )
    assert str(target) in where.stdout and Path(where.stdout.strip()).is_file()
