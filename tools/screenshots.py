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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from ypsi_desktop.domain.people_facts import PersonFacts
from ypsi_desktop.domain.wizard import WizardFlow
from ypsi_desktop.gui.app import create_application
from ypsi_desktop.gui.main_window import MainWindow


def _main_window() -> MainWindow:
    window = MainWindow()
    window.resize(1200, 780)
    window.move(0, 0)
    return window


_PEOPLE = (
    PersonFacts(frozenset({"pictured", "made", "sent"}), 14, False, False, None),
    PersonFacts(frozenset({"received"}), 15, False, False, None),
)


def _with_flow(flow: WizardFlow) -> QWidget:
    window = _main_window()
    window.resizeDocks([window.wizard_dock], [470], Qt.Orientation.Horizontal)
    window.wizard_dock.start(flow)
    return window


def _wizard_start() -> QWidget:
    return _with_flow(WizardFlow(people=_PEOPLE))


def _wizard_midway() -> QWidget:
    flow = WizardFlow(people=_PEOPLE)
    flow.answer("adult_involved", False)
    flow.answer("pictured_adult", False)
    flow.next()
    flow.answer("pictured_willing", True)
    return _with_flow(flow)


def _wizard_referral() -> QWidget:
    flow = WizardFlow(people=_PEOPLE)
    flow.answer("adult_involved", True)
    for _ in range(4):
        flow.next()
    return _with_flow(flow)


def _guidance() -> QWidget:
    from ypsi_desktop.gui.guidance_dialog import GuidanceDialog

    dialog = GuidanceDialog()
    dialog.move(0, 0)
    return dialog


SCENARIOS: dict[str, Callable[[], QWidget]] = {
    "main_window": _main_window,
    "wizard_start": _wizard_start,
    "wizard_midway": _wizard_midway,
    "wizard_referral": _wizard_referral,
    "guidance": _guidance,
}


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
