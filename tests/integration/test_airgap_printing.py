"""Printing opens no network socket (SECURITY.md items 28 and 35).

Qt asks the print system (CUPS on Linux) for printers in C++, where the audit hook cannot
see; with no print service running, CUPS would fall back to TCP on localhost:631. The child
below sets up printing as the app does, after the app's guard, and runs under strace, which
sees every socket the process makes, whatever made it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NETWORK_SOCKET = re.compile(r"socket\(AF_INET6?,")

PRINTING = """
from ypsi_desktop import airgap
airgap.install_network_guard()
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
print("printers:", len(QPrinterInfo.availablePrinters()), QPrinterInfo.defaultPrinterName())
"""
CONTROL = "import socket; socket.socket(socket.AF_INET).close()"

needs_strace = pytest.mark.skipif(
    shutil.which("strace") is None, reason="strace is installed by tools/bootstrap.sh"
)


def _sockets_made(code: str, tmp_path: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CUPS_SERVER", None)
    trace = tmp_path / "trace.txt"
    result = subprocess.run(
        ["strace", "-f", "-e", "trace=socket", "-o", str(trace), sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return NETWORK_SOCKET.findall(trace.read_text())


@needs_strace
def test_setting_up_printing_opens_no_network_socket(tmp_path: Path) -> None:
    assert _sockets_made(PRINTING, tmp_path) == []


@needs_strace
def test_the_trace_does_see_a_network_socket(tmp_path: Path) -> None:
    assert _sockets_made(CONTROL, tmp_path) == ["socket(AF_INET,"]
