"""The small GUI seams: background jobs, the idle timer and scripted prompts."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.inactivity import InactivityTimer
from ypsi_desktop.gui.prompts import ScriptedPrompts


def test_background_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    background = Background()
    seen: list[tuple[int, bool]] = []
    ui_thread = threading.get_ident()
    background.run(
        lambda: 6 * 7,
        lambda value: seen.append((value, threading.get_ident() == ui_thread)),
        lambda error: pytest.fail(str(error)),
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]


def test_background_failure_is_delivered_not_raised(qtbot: QtBot) -> None:
    background = Background()
    errors: list[BaseException] = []

    def broken() -> None:
        raise OSError("disk full")

    background.run(broken, lambda _: pytest.fail("should fail"), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OSError)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _mouse_move() -> QMouseEvent:
    return QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(1, 1),
        QPointF(1, 1),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_idle_timer_fires_only_after_the_timeout(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = InactivityTimer(300, clock=clock)
    timer.start()
    clock.now += 299
    with qtbot.assertNotEmitted(timer.inactive):
        timer.check()
    clock.now += 1
    with qtbot.waitSignal(timer.inactive):
        timer.check()


def test_time_asleep_counts_towards_the_idle_lock(qtbot: QtBot) -> None:
    # The monotonic clock stops while the computer sleeps (Linux, macOS); the wall clock runs
    # on. Four minutes in, the lid is closed for a night: on waking the app locks at once.
    monotonic, wall = FakeClock(), FakeClock()
    timer = InactivityTimer(300, clock=monotonic, wall_clock=wall)
    timer.start()
    monotonic.now += 240
    wall.now += 240
    with qtbot.assertNotEmitted(timer.inactive):
        timer.check()
    wall.now += 12 * 3600  # asleep: only the wall clock moved
    with qtbot.waitSignal(timer.inactive):
        timer.check()


def test_the_first_touch_after_a_sleep_does_not_cancel_the_lock(qtbot: QtBot) -> None:
    monotonic, wall = FakeClock(), FakeClock()
    timer = InactivityTimer(300, clock=monotonic, wall_clock=wall)
    widget = QWidget()
    qtbot.addWidget(widget)
    QApplication.instance().installEventFilter(timer)
    try:
        timer.start()
        monotonic.now += 240
        wall.now += 240 + 24 * 3600  # a night asleep; the mouse moves before the next check
        move = _mouse_move()
        with qtbot.waitSignal(timer.inactive, timeout=1000):
            QApplication.sendEvent(widget, move)
    finally:
        QApplication.instance().removeEventFilter(timer)


def test_a_wall_clock_set_back_does_not_postpone_the_lock(qtbot: QtBot) -> None:
    monotonic, wall = FakeClock(), FakeClock()
    timer = InactivityTimer(300, clock=monotonic, wall_clock=wall)
    timer.start()
    wall.now -= 3600
    monotonic.now += 300
    with qtbot.waitSignal(timer.inactive):
        timer.check()


def test_user_activity_postpones_the_lock(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = InactivityTimer(300, clock=clock)
    widget = QWidget()
    qtbot.addWidget(widget)
    QApplication.instance().installEventFilter(timer)
    try:
        timer.start()
        clock.now += 200
        move = _mouse_move()
        QApplication.sendEvent(widget, move)
        clock.now += 200
        with qtbot.assertNotEmitted(timer.inactive):
            timer.check()
    finally:
        QApplication.instance().removeEventFilter(timer)


def test_scripted_prompts_answer_in_order_and_record_messages() -> None:
    prompts = ScriptedPrompts()
    prompts.queue(True, False)
    assert prompts.confirm(None, "Close incident", "Close it?") is True
    assert prompts.confirm(None, "Close incident", "Really?") is False
    prompts.warn(None, "Backup", "The backup folder is full.")
    assert prompts.shown[-1] == ("warn", "Backup", "The backup folder is full.")
    with pytest.raises(AssertionError, match="no answer queued"):
        prompts.confirm(None, "Lock", "Lock now?")
