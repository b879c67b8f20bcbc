"""Lock the app when the computer's screen locks or it goes to sleep, where Qt can see that.

- Every platform: Qt reports the application being suspended (mobile-style suspension).
- Linux: logind on the system bus announces sleep (PrepareForSleep) and session locks
  (Session.Lock), and the desktop's screensaver on the session bus announces that it came on
  (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged). D-Bus is local IPC
  over a Unix socket, never a network; QtDBus does not load QtNetwork.
- Windows: the session-change and power messages (WM_WTSSESSION_CHANGE with
  WTS_SESSION_LOCK, WM_POWERBROADCAST with PBT_APMSUSPEND) reach a native event filter once
  the window has asked for them with WTSRegisterSessionNotification.
- macOS: not visible to Qt without native code; the idle timer still applies there.

Each source only emits `lock_now`; deciding what locking means is the app controller's job.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


def _slot(signature: str) -> bytes:
    return SLOT(signature).encode("ascii")


class _WindowsMessages(QAbstractNativeEventFilter):
    def __init__(self, watcher: ScreenLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:
        if bytes(event_type) != b"windows_generic_MSG":  # type: ignore[call-overload]
            return False, 0
        import ctypes.wintypes

        msg = ctypes.wintypes.MSG.from_address(int(message))  # type: ignore[call-overload]
        if (msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK) or (
            msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND
        ):
            self._watcher.lock_now.emit()
        return False, 0


class ScreenLockWatcher(QObject):
    lock_now = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []  # which signals are being listened to, for diagnostics
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.application_state_changed)
            self.sources.append("qt.application_state")
        if sys.platform.startswith("linux"):
            self._listen_on_dbus()
        elif sys.platform == "win32":
            self._filter = _WindowsMessages(self)
            if isinstance(app, QGuiApplication):
                app.installNativeEventFilter(self._filter)
                self.sources.append("windows.messages")

    def register_window(self, win_id: int) -> None:
        """Windows only: ask for session-change messages for this top-level window."""
        if sys.platform != "win32":
            return
        import ctypes

        try:
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(win_id, 0)
        except (AttributeError, OSError):
            pass  # no session notifications on this system: the idle lock still applies

    @Slot(Qt.ApplicationState)
    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit()

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_now.emit()

    @Slot()
    def session_locked(self) -> None:
        self.lock_now.emit()

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_now.emit()

    def _listen_on_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            login = "org.freedesktop.login1"
            if system.connect(
                login,
                "/org/freedesktop/login1",
                f"{login}.Manager",
                "PrepareForSleep",
                self,
                _slot("prepare_for_sleep(bool)"),
            ):
                self.sources.append("logind.sleep")
            manager = QDBusInterface(login, "/org/freedesktop/login1", f"{login}.Manager", system)
            reply = manager.call("GetSessionByPID", os.getpid()) if manager.isValid() else None
            arguments = reply.arguments() if reply is not None else []
            if arguments:
                path = getattr(arguments[0], "path", lambda: str(arguments[0]))()
                if system.connect(
                    login, path, f"{login}.Session", "Lock", self, _slot("session_locked()")
                ):
                    self.sources.append("logind.lock")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
            ):
                if session.connect(
                    service, path, service, "ActiveChanged", self, _slot("screensaver_active(bool)")
                ):
                    self.sources.append(service)
