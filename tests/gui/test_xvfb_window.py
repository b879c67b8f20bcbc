"""One real window on a real X server (Xvfb), captured from the server's framebuffer.

The screenshot lands in .artefacts/screenshots/ (git-ignored) for people to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / ".artefacts" / "screenshots"

pytestmark = pytest.mark.xvfb


@pytest.fixture(scope="module")
def xvfb_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: run tools/run-tests, which installs it")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    try:
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def screenshot(display: str, scenario: str) -> Path:
    out = SHOTS / f"{scenario}.png"
    out.unlink(missing_ok=True)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "screenshots.py"), scenario, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return out


def test_main_window_appears_on_a_real_x_server(xvfb_display: str) -> None:
    image = QImage(str(screenshot(xvfb_display, "main_window")))
    assert not image.isNull()
    # Xvfb's bare root window is black: a shown window paints its light background there.
    centre = image.pixelColor(600, 600)
    assert centre.lightness() > 150, "the window did not paint on the X server"
    # And the heading's dark text is somewhere in the middle band.
    dark = sum(
        1
        for x in range(300, 600, 3)
        for y in range(380, 410, 3)
        if image.pixelColor(x, y).lightness() < 60
    )
    assert dark > 10, "no text painted where the welcome heading should be"


@pytest.mark.parametrize("scenario", ["wizard_start", "wizard_midway", "wizard_referral"])
def test_wizard_dock_paints_beside_the_window(xvfb_display: str, scenario: str) -> None:
    image = QImage(str(screenshot(xvfb_display, scenario)))
    # The imagery reminder's pale yellow box sits at the top of the dock on every step.
    yellow = sum(
        1
        for x in range(740, 1190, 10)
        for y in range(50, 130, 5)
        if (c := image.pixelColor(x, y)).red() > 240 and c.green() > 230 and c.blue() < 220
    )
    assert yellow > 50, "the imagery reminder is not visible in the dock"


def test_guidance_dialog_paints(xvfb_display: str) -> None:
    image = QImage(str(screenshot(xvfb_display, "guidance")))
    assert image.pixelColor(300, 300).lightness() > 150


SELECTION_CHILD = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from ypsi_desktop.gui.app_controller import AppController
from pathlib import Path
from ypsi_desktop.settings_store import SettingsStore

app = QApplication([])
controller = AppController(settings=SettingsStore(Path(sys.argv[1])))
field = QLineEdit("Testchild Selection said it was sent on Tuesday")
field.show()
field.setFocus()
QTest.keyClick(field, Qt.Key.Key_Home)
QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
# Selected with the keyboard, never copied: X11 offers it to a middle click all the same.
app.processEvents()
clipboard = QApplication.clipboard()
print("before:", clipboard.text(QClipboard.Mode.Selection))
controller.clear_clipboard()  # what a lock and quitting do
app.processEvents()
print("after:", clipboard.text(QClipboard.Mode.Selection))
"""


def test_a_lock_clears_text_selected_in_the_app_from_the_x11_selection(
    xvfb_display: str, tmp_path: Path
) -> None:
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, "-c", SELECTION_CHILD, str(tmp_path / "settings")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "before: Testchild Selection said" in result.stdout, "the control: it was offered"
    assert "after: \n" in result.stdout
