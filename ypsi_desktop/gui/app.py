"""The composition root: builds the QApplication, the services and the main window.

Nothing else creates long-lived objects; widgets receive what they need through their
constructors, so tests can build any widget with real services and no global state.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ypsi_desktop import APP_NAME, __version__
from ypsi_desktop.gui.forms import resources_rc  # noqa: F401  (registers the :/icons resources)
from ypsi_desktop.gui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("YPSI Desktop")
    app.setWindowIcon(QIcon(":/icons/ypsi-desktop.svg"))
    return app


def run_app(file: str | None = None, *, start_and_quit: bool = False) -> int:
    """Open the main window and run the event loop until the user quits.

    `file` is the case file to unlock (sign-in arrives with the session-security work).
    With `start_and_quit` the loop ends as soon as the window is shown and idle, which is how
    installers and the startup benchmark check that the app really starts.
    """
    app = create_application()
    window = MainWindow()
    window.show()
    if start_and_quit:
        QTimer.singleShot(0, app.quit)
    return app.exec()
