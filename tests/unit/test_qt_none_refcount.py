"""Regression guard: PySide6 6.12.0 on CPython 3.11 leaks a reference to None per void call.

After ~5,000 such calls the interpreter aborts ("none_dealloc"). The dependency bounds in
pyproject.toml keep that pair out; this test proves the installed pair is safe.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(20000):
    obj.setObjectName("probe")  # returns nothing
after = sys.getrefcount(None)
print(before, after)
"""


def test_twenty_thousand_void_qt_calls_keep_none_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, f"interpreter died: {result.stderr[-500:]}"
    before, after = map(int, result.stdout.split())
    assert after >= before - 100, f"None lost {before - after} references"
