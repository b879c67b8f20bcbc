"""Imports point one way: domain <- storage <- services <- gui. Only gui may load PySide6."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, json, pkgutil, sys
import ypsi_desktop
loaded = {}
for package in PACKAGES:
    module = importlib.import_module(package)
    names = [package]
    if hasattr(module, "__path__"):
        names += [m.name for m in pkgutil.walk_packages(module.__path__, package + ".")]
    for name in names:
        importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in FORBIDDEN)))
"""


def _loaded_after_importing(packages: list[str], forbidden: list[str]) -> list[str]:
    code = f"PACKAGES = {packages!r}\nFORBIDDEN = {forbidden!r}\n" + PROBE
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return list(json.loads(result.stdout))


def test_domain_storage_services_and_cli_never_load_qt() -> None:
    packages = [
        "ypsi_desktop.domain",
        "ypsi_desktop.storage",
        "ypsi_desktop.services",
        "ypsi_desktop.guidance",
        "ypsi_desktop.cli",
    ]
    assert _loaded_after_importing(packages, ["PySide6", "shiboken6"]) == []


def test_domain_is_plain_python() -> None:
    forbidden = ["PySide6", "sqlcipher3", "sqlite3", "reportlab", "argon2", "cryptography"]
    assert _loaded_after_importing(["ypsi_desktop.domain"], forbidden) == []


def test_the_probe_does_notice_qt() -> None:
    """Guard against a probe that can never fail: importing gui must show up."""
    assert "PySide6" in _loaded_after_importing(["ypsi_desktop.gui.main_window"], ["PySide6"])
