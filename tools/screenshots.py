"""Show a real window on an X display and save what the display shows, for people to look at.

Usage: python tools/screenshots.py SCENARIO OUT.png   (DISPLAY must name a running X server,
e.g. Xvfb; tests/gui/test_xvfb_window.py starts one). The image comes from the X server's own
framebuffer (QScreen.grabWindow(0)), so it shows exactly what a person would see.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ypsi_desktop.gui.app import create_application
from ypsi_desktop.gui.main_window import MainWindow


def _main_window() -> QWidget:
    window = MainWindow()
    window.resize(1200, 780)
    window.move(0, 0)
    return window


SCENARIOS: dict[str, Callable[[], QWidget]] = {"main_window": _main_window}


def main() -> int:
    scenario, out = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    app = create_application()
    window = SCENARIOS[scenario]()
    window.show()

    def capture() -> None:
        screen = app.primaryScreen()
        pixmap = screen.grabWindow(0)
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = pixmap.save(str(out), "PNG")
        app.exit(0 if ok else 1)

    QTimer.singleShot(800, capture)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
