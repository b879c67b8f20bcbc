"""The idle timer behind auto-lock, kept apart from the lock policy (KeePassXC's InactivityTimer).

It watches user input application-wide and says `inactive` once nothing has happened for the
timeout. Time is measured twice: by the monotonic clock, which no change of the system time can
move, and by the wall clock, because the monotonic clock stops while the computer sleeps on
Linux and macOS. A lid closed four minutes into a five-minute timeout and opened the next day
must find the app locked, not a minute from locking. Both clocks are injectable so tests can
move time without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

_activity: frozenset[QEvent.Type] | None = None  # built at the first event (see below)


def _activity_types() -> frozenset[QEvent.Type]:
    """The events that count as use. Built on first need, not at import: QEvent's enum of
    ~180 event types costs the first window a few milliseconds, and the filter is installed
    only after sign-in."""
    global _activity
    if _activity is None:
        from PySide6.QtCore import QEvent

        _activity = frozenset(
            {
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseMove,
                QEvent.Type.Wheel,
                QEvent.Type.TouchBegin,
                QEvent.Type.InputMethod,
            }
        )
    return _activity


def _awake_or_asleep_clock() -> Callable[[], float]:
    """A clock no change of the system time moves, counting time asleep where the system
    offers one (Linux's CLOCK_BOOTTIME); elsewhere the monotonic clock, with the wall clock
    beside it in InactivityTimer for the time asleep."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:
        return time.monotonic
    return lambda: time.clock_gettime(boottime)


class InactivityTimer(QObject):
    inactive = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        *,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] = time.time,
        check_every_ms: int = 1_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeout = timeout_seconds
        self._clock = clock or _awake_or_asleep_clock()
        self._wall = wall_clock
        self._last = self._clock()
        self._last_wall = wall_clock()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def set_timeout(self, seconds: float) -> None:
        self._timeout = seconds

    def start(self) -> None:
        self.touch()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def touch(self) -> None:
        self._last = self._clock()
        self._last_wall = self._wall()

    def idle_seconds(self) -> float:
        """The longer of the two clocks' idle times (a wall clock set back counts as none)."""
        return max(self._clock() - self._last, self._wall() - self._last_wall)

    def check(self) -> None:
        if self._active and self.idle_seconds() >= self._timeout:
            self.stop()
            self.inactive.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _activity_types():
            if self._active:
                self.check()  # the first touch after a sleep must not cancel the lock it owes
            self.touch()
        return False
