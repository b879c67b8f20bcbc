"""The idle timer behind auto-lock, kept apart from the lock policy (KeePassXC's InactivityTimer).

It watches user input application-wide and says `inactive` once nothing has happened for the
timeout. The clock is injectable so tests can move time without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class InactivityTimer(QObject):
    inactive = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = 1_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeout = timeout_seconds
        self._clock = clock
        self._last = clock()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def set_timeout(self, seconds: float) -> None:
        self._timeout = seconds

    def start(self) -> None:
        self._last = self._clock()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def touch(self) -> None:
        self._last = self._clock()

    def check(self) -> None:
        if self._active and self._clock() - self._last >= self._timeout:
            self.stop()
            self.inactive.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self._clock()
        return False
