"""The composition root: builds the QApplication, the diagnostics and the app controller.

Nothing else creates long-lived objects; widgets receive what they need through their
constructors, so tests can build any widget with real services and no global state.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ypsi_desktop import APP_NAME, __version__, airgap, diagnostics
from ypsi_desktop.gui.forms import resources_rc  # noqa: F401  (registers the :/icons resources)


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


class _CrashRelay(QObject):
    """Crash reports can come from any thread; the dialog must open on the UI thread."""

    message = Signal(str)


def _show_crash_message(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # only a crash needs it: off the start-up path

    QMessageBox.critical(None, APP_NAME, text)


def _first_window_idle() -> None:
    """Runs once the first window is up: the log file waited so that window would not, and
    so did the cycle collector (cli/main.py). What start-up built lives as long as the app,
    so it is set aside (frozen) where later collections need not walk it again."""
    import gc

    diagnostics.open_buffered_log()
    gc.freeze()
    gc.enable()


def _qt_message(kind: object, _context: object, _text: str) -> None:
    # Qt's warnings can quote widget text (names): keep only their kind.
    diagnostics.log_event("qt.message", kind=int(getattr(kind, "value", 0)))


def run_app(file: str | None = None, *, start_and_quit: bool = False) -> int:
    """Show the first window (setup or sign-in) and run until the user quits.

    With `start_and_quit` the loop ends as soon as that window is shown and idle, which is how
    installers and the startup benchmark check that the app really starts.
    """
    app = create_application()
    relay = _CrashRelay()
    relay.message.connect(_show_crash_message)
    diagnostics.install_crash_handler(relay.message.emit)
    qInstallMessageHandler(_qt_message)

    from ypsi_desktop.gui.app_controller import AppController

    controller = AppController()
    controller.start(Path(file) if file else None)
    airgap.assert_no_qtnetwork()
    QTimer.singleShot(0, _first_window_idle)  # queued before the quit below, so it runs then too
    if start_and_quit:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    controller.quit()
    diagnostics.log_event("app.stopped", exit_code=code)
    return code
