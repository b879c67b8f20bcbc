"""Slow work off the UI thread, with its result or failure delivered back on the UI thread.

One helper for unlocking (key derivation), backups, checks and PDFs, so errors surface in one
place and the window never freezes (Anki's CollectionOp). The callable must not touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to on_failure on the UI thread
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class Background:
    """Runs jobs on a private thread pool; keeps relays alive until their job reports."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool()
        self._pool.setMaxThreadCount(2)
        self._live: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()
        self._live.add(relay)

        def done(callback: Callable[[Any], None], value: Any) -> None:
            self._live.discard(relay)
            callback(value)

        relay.succeeded.connect(lambda value: done(on_success, value))
        relay.failed.connect(lambda error: done(on_failure, error))
        self._pool.start(_Job(work, relay))

    @property
    def busy(self) -> bool:
        """Whether any job has not reported yet (the idle lock waits for it to finish)."""
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
