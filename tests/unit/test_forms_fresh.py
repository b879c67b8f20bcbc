"""The committed Python for every Designer form matches its .ui source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_compiled_forms_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "tools/build_forms.py", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_has_a_compiled_module() -> None:
    forms = {p.stem for p in (REPO / "ui").glob("*.ui")}
    compiled = {
        p.stem.removeprefix("ui_") for p in (REPO / "ypsi_desktop/gui/forms").glob("ui_*.py")
    }
    assert forms and forms == compiled
