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


MAKE_FILE = r"""
import sys
from pathlib import Path
from ypsi_desktop.services import session as sessions
from ypsi_desktop.storage.key_derivation import KdfParams

made, _ = sessions.create(
    Path(sys.argv[1]), user_name="Test DSL", passphrase=sys.argv[2], kdf=KdfParams.for_tests()
)
made.close()
"""

SIGN_IN_PROBE = r"""
import json, sys
from pathlib import Path
from ypsi_desktop.services import session as sessions
from ypsi_desktop.storage import key_slot

loaded_at_derive = []
real_derive = key_slot.derive
def spy(*args, **kwargs):
    loaded_at_derive.append("cryptography" in sys.modules)
    return real_derive(*args, **kwargs)
key_slot.derive = spy
opened = sessions.unlock(Path(sys.argv[1]), user_name="Test DSL", passphrase=sys.argv[2])
opened.close()
print(json.dumps({"at_derive": loaded_at_derive, "after": "cryptography" in sys.modules}))
"""


def test_sign_in_derives_the_key_before_loading_the_crypto_library(tmp_path: Path) -> None:
    """Argon2id takes 64 MiB for its moment; the cryptography package another ~7 MB for the
    whole session. Loading it only once the derivation has handed its memory back keeps the
    app's peak memory at sign-in lower (python -m bench gui.memory)."""
    args = [str(tmp_path / "probe.ypsi"), "probe-passphrase-17-lantern"]
    outcomes = []
    for code in (MAKE_FILE, SIGN_IN_PROBE):  # a fresh process each, like a fresh start
        outcomes.append(
            subprocess.run(
                [sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True
            )
        )
        assert outcomes[-1].returncode == 0, outcomes[-1].stderr[-2000:]
    seen = json.loads(outcomes[-1].stdout)
    assert seen == {"at_derive": [False], "after": True}  # loaded for the unseal, not before
