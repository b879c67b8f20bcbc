"""Starting the app: a fault during start-up still gets its report and the calm message, and
the log records written before the log file opened (it waits for the first window) are kept.

Each start runs in a child process, as a user's would: `ypsi_desktop.cli.main.main()` with its
own per-user folders, offscreen. A fault is planted by replacing one function in the child,
with an invented name in its message that must reach neither the report, the log nor stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ypsi_desktop.diagnostics import CALM_CRASH_MESSAGE

REPO = Path(__file__).resolve().parents[2]
CANARY = "Zoë Testchild"  # invented
CALM_START = CALM_CRASH_MESSAGE.split("{where}")[0]

# The child: optional sabotage, a stand-in for the modal dialog (it would wait for a click),
# then the real command line.
CHILD = r"""
import sys
SABOTAGE = {sabotage!r}
if SABOTAGE == "controller":
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.critical = staticmethod(lambda parent, title, text: print("DIALOG " + text))
    from ypsi_desktop.gui import app_controller
    def start(self, file=None):
        raise LookupError("no sign-in screen for " + {canary!r})
    app_controller.AppController.start = start
elif SABOTAGE == "before_qt":
    sys.modules["ypsi_desktop.gui.app"] = None  # importing the GUI fails before Qt loads
from ypsi_desktop.cli.main import main
code = main(sys.argv[1:])
import gc
print("cycle collection on:", gc.isenabled())
sys.exit(code)
"""


def _start(tmp_path: Path, sabotage: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    code = CHILD.format(sabotage=sabotage, canary=CANARY)
    return subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "school.ypsi"), "--start-and-quit"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _log_folder(tmp_path: Path) -> Path:
    return tmp_path / "xdg_state_home" / "ypsi-desktop" / "log"


def test_a_start_writes_the_records_held_before_the_log_file_opened(tmp_path: Path) -> None:
    result = _start(tmp_path, None)
    assert result.returncode == 0, result.stderr
    log = (_log_folder(tmp_path) / "ypsi-desktop.log").read_text(encoding="utf-8")
    events = [line.split(" ", 3)[3] for line in log.splitlines()]
    assert events[0] == "app.started", "written before the window existed, and kept"
    assert events[-1] == "app.stopped exit_code=0"
    # Start-up pauses the cycle collector; left off, a long session's memory would only grow.
    assert "cycle collection on: True" in result.stdout


def test_a_fault_while_building_the_first_window_is_reported_with_the_calm_message(
    tmp_path: Path,
) -> None:
    result = _start(tmp_path, "controller")
    assert result.returncode == 70
    (report,) = _log_folder(tmp_path).glob("crash-*.txt")
    assert f"DIALOG {CALM_START}" in result.stdout, "the message is shown in a dialog"
    assert str(report) in result.stdout, "and says where the report is"
    text = report.read_text(encoding="utf-8")
    assert "exception: LookupError" in text and ":start" in text
    log = (_log_folder(tmp_path) / "ypsi-desktop.log").read_text(encoding="utf-8")
    assert "app.started" in log and "crash.reported main_thread=true" in log
    for output in (text, log, result.stdout, result.stderr):
        assert CANARY not in output
    assert "Traceback" not in result.stderr


def test_a_fault_before_qt_is_loaded_is_reported_on_stderr(tmp_path: Path) -> None:
    result = _start(tmp_path, "before_qt")
    assert result.returncode == 70
    (report,) = _log_folder(tmp_path).glob("crash-*.txt")
    assert result.stderr.startswith(f"ypsi-desktop: {CALM_START}")
    assert str(report) in result.stderr
    assert "Traceback" not in result.stderr
    assert "exception: ModuleNotFoundError" in report.read_text(encoding="utf-8")
    log = (_log_folder(tmp_path) / "ypsi-desktop.log").read_text(encoding="utf-8")
    assert "app.started" in log and "crash.reported" in log
