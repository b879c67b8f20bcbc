"""The sign-in screen on real case files: delays, the audit count, the recovery route, faults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.sign_in import SignInWidget, delay_after
from ypsi_desktop.services.maintenance import backup
from ypsi_desktop.services.session import (
    CaseFileMissing,
    CaseFileSession,
    SignInFailed,
    create,
    unlock,
)
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_errors import KeyStoreError
from ypsi_desktop.storage.key_header_copies import header_paths

DSL = "Sam Taylor"
PASSPHRASE = "otter kettle 7 lantern gravel"
NEW_PASSPHRASE = "quince barometer 42 saddle heron"


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def case_file(tmp_path: Path) -> tuple[Path, str]:
    """A real case file (cheap key derivation) and its recovery key."""
    path = tmp_path / "case.ypsi"
    session, recovery_key = create(
        path,
        user_name=DSL,
        passphrase=PASSPHRASE,
        setting_name="Oakfield Academy",
        kdf=KdfParams.for_tests(),
    )
    session.close()
    return path, recovery_key


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def widget(qtbot: QtBot, clock: FakeClock, prompts: ScriptedPrompts) -> SignInWidget:
    widget = SignInWidget(prompts, Background(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def type_into(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def enter(qtbot: QtBot, edit: QWidget) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def wait_idle(qtbot: QtBot, widget: SignInWidget) -> None:
    qtbot.waitUntil(lambda: not widget.ui.busy_bar.isVisible(), timeout=20_000)


def audit_rows(session: CaseFileSession) -> list[tuple[str, str]]:
    rows = session.conn.execute(
        "SELECT action, detail FROM audit_log WHERE action IN ('unlock', 'unlock_failed') "
        "ORDER BY seq"
    ).fetchall()
    return [(str(a), str(d)) for a, d in rows]


def test_the_delay_grows_and_is_capped() -> None:
    assert [delay_after(n) for n in range(8)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_wrong_passphrase_then_right_one(
    qtbot: QtBot, widget: SignInWidget, clock: FakeClock, case_file: tuple[Path, str]
) -> None:
    path, _ = case_file
    ui = widget.ui
    widget.set_file(path)
    assert ui.file_label.text() == "Case file: case.ypsi"
    assert str(path.parent) not in ui.file_label.text()
    assert ui.passphrase_edit.echoMode() == ui.passphrase_edit.EchoMode.Password

    type_into(qtbot, ui.name_edit, DSL)
    enter(qtbot, ui.name_edit)  # Enter in the name field moves on to the passphrase
    assert QApplication.focusWidget() is ui.passphrase_edit
    qtbot.keyClicks(ui.passphrase_edit, "otter kettle 8 lantern gravel")
    enter(qtbot, ui.passphrase_edit)
    assert ui.busy_bar.isVisible()
    assert not ui.name_edit.isEnabled() and not ui.passphrase_edit.isEnabled()
    assert not ui.sign_in_button.isEnabled()
    wait_idle(qtbot, widget)

    # The DSL-worded message under the fields; passphrase cleared and focused; a 1 s wait.
    assert ui.message_label.isVisible() and ui.message_label.text() == str(SignInFailed())
    assert ui.passphrase_edit.text() == "" and QApplication.focusWidget() is ui.passphrase_edit
    assert ui.countdown_label.text() == "You can try again in 1 second."
    assert not ui.sign_in_button.isEnabled()
    qtbot.keyClicks(ui.passphrase_edit, "otter kettle 9 lantern gravel")
    enter(qtbot, ui.passphrase_edit)  # refused while waiting: nothing starts
    assert not ui.busy_bar.isVisible()
    clock.now += 1
    qtbot.waitUntil(ui.sign_in_button.isEnabled)
    assert not ui.countdown_label.isVisible()

    # The second failure waits twice as long, counted down as the clock moves.
    ui.sign_in_button.click()
    wait_idle(qtbot, widget)
    assert ui.countdown_label.text() == "You can try again in 2 seconds."
    clock.now += 1.2
    qtbot.waitUntil(lambda: ui.countdown_label.text() == "You can try again in 1 second.")
    assert not ui.sign_in_button.isEnabled()
    clock.now += 1
    qtbot.waitUntil(ui.sign_in_button.isEnabled)
    assert widget.failed_attempts() == 2

    # The right passphrase signs in, and the audit log records the two failures first.
    qtbot.keyClicks(ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(widget.signed_in, timeout=20_000) as blocker:
        enter(qtbot, ui.passphrase_edit)
    session = blocker.args[0]
    try:
        assert session.user.name == DSL
        assert audit_rows(session)[-2:] == [
            ("unlock_failed", "2 failed unlock attempt(s) since the last unlock"),
            ("unlock", ""),
        ]
    finally:
        session.close()
    assert ui.passphrase_edit.text() == "" and not ui.message_label.isVisible()
    assert widget.failed_attempts() == 0


def test_recovery_key_forces_a_new_passphrase(
    qtbot: QtBot, widget: SignInWidget, case_file: tuple[Path, str]
) -> None:
    path, recovery_key = case_file
    ui = widget.ui
    widget.set_file(path)
    type_into(qtbot, ui.name_edit, DSL)
    ui.recovery_button.click()
    assert widget.current_page is ui.recovery_page
    assert ui.recovery_name_edit.text() == DSL  # carried over
    assert QApplication.focusWidget() is ui.recovery_key_edit

    # A typo is named at once, before any key derivation and without a delay.
    typo = ("X" if recovery_key[14] != "X" else "Y").join((recovery_key[:14], recovery_key[15:]))
    qtbot.keyClicks(ui.recovery_key_edit, typo)
    enter(qtbot, ui.recovery_key_edit)
    assert "Group 3" in ui.message_label.text()
    assert not ui.busy_bar.isVisible() and ui.recovery_sign_in_button.isEnabled()

    ui.recovery_key_edit.clear()
    qtbot.keyClicks(ui.recovery_key_edit, recovery_key.lower().replace("-", " "))
    ui.recovery_sign_in_button.click()
    qtbot.waitUntil(lambda: widget.current_page is ui.new_passphrase_page, timeout=20_000)
    assert ui.recovery_key_edit.text() == ""
    assert not ui.open_other_button.isVisible() and not ui.setup_button.isVisible()
    assert QApplication.focusWidget() is ui.new_passphrase_edit

    # The new passphrase must be strong, not the setting's name, and typed twice.
    qtbot.keyClicks(ui.new_passphrase_edit, "Oakfield rules 2026!")
    qtbot.keyClicks(ui.new_confirm_edit, "Oakfield rules 2026!")
    assert "name of the school" in ui.strength_label.text()
    assert not ui.save_passphrase_button.isEnabled()
    ui.new_passphrase_edit.clear()
    ui.new_confirm_edit.clear()
    qtbot.keyClicks(ui.new_passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(ui.new_confirm_edit, NEW_PASSPHRASE)
    assert ui.strength_bar.value() == 4
    assert ui.save_passphrase_button.isEnabled()
    with qtbot.waitSignal(widget.signed_in, timeout=30_000) as blocker:
        enter(qtbot, ui.new_confirm_edit)
    session = blocker.args[0]
    assert not session.must_set_passphrase and session.user.name == DSL
    session.close()
    assert ui.new_passphrase_edit.text() == "" and ui.new_confirm_edit.text() == ""
    assert widget.current_page is ui.passphrase_page

    with unlock(path, user_name=DSL, passphrase=NEW_PASSPHRASE) as reopened:
        assert reopened.user.name == DSL
    with pytest.raises(SignInFailed):
        unlock(path, user_name=DSL, passphrase=PASSPHRASE)


def test_cancelling_the_new_passphrase_closes_the_file(
    qtbot: QtBot, widget: SignInWidget, case_file: tuple[Path, str]
) -> None:
    path, recovery_key = case_file
    ui = widget.ui
    widget.set_file(path)
    widget.show_recovery()
    type_into(qtbot, ui.recovery_name_edit, DSL)
    type_into(qtbot, ui.recovery_key_edit, recovery_key)
    enter(qtbot, ui.recovery_key_edit)
    qtbot.waitUntil(lambda: widget.current_page is ui.new_passphrase_page, timeout=20_000)
    with qtbot.assertNotEmitted(widget.signed_in):
        ui.cancel_recovery_button.click()
    assert widget.current_page is ui.passphrase_page
    assert "Nothing has been changed" in ui.message_label.text()
    with unlock(path, user_name=DSL, passphrase=PASSPHRASE):  # the old one still works
        pass


def test_a_missing_file_is_named(qtbot: QtBot, widget: SignInWidget, tmp_path: Path) -> None:
    ui = widget.ui
    widget.set_file(tmp_path / "moved.ypsi")
    assert ui.message_label.text() == str(CaseFileMissing())
    type_into(qtbot, ui.name_edit, DSL)
    type_into(qtbot, ui.passphrase_edit, PASSPHRASE)
    ui.sign_in_button.click()
    wait_idle(qtbot, widget)
    assert ui.message_label.text() == str(CaseFileMissing())
    assert ui.sign_in_button.isEnabled() and not ui.countdown_label.isVisible()  # no delay


def test_a_damaged_key_header_is_named(
    qtbot: QtBot, widget: SignInWidget, case_file: tuple[Path, str]
) -> None:
    path, _ = case_file
    for header in header_paths(path):
        header.write_bytes(b"\x00garbage" * 40)
    with pytest.raises(KeyStoreError) as expected:
        unlock(path, user_name=DSL, passphrase=PASSPHRASE)
    ui = widget.ui
    widget.set_file(path)
    type_into(qtbot, ui.name_edit, DSL)
    type_into(qtbot, ui.passphrase_edit, PASSPHRASE)
    enter(qtbot, ui.passphrase_edit)
    wait_idle(qtbot, widget)
    assert ui.message_label.text() == str(expected.value)
    assert "damaged" in ui.message_label.text()
    assert ui.passphrase_edit.text() == ""
    assert ui.sign_in_button.isEnabled()


def _backed_up(case_file: tuple[Path, str]) -> tuple[Path, Path]:
    """The case file and a checked backup of it, on a made-up USB stick beside it."""
    path, _ = case_file
    folder = path.parent / "usb"
    folder.mkdir()
    with unlock(path, user_name=DSL, passphrase=PASSPHRASE) as session:
        return path, backup(session, folder).path


def test_a_file_that_will_not_open_is_restored_from_the_sign_in_screen(
    qtbot: QtBot, widget: SignInWidget, prompts: ScriptedPrompts, case_file: tuple[Path, str]
) -> None:
    path, made = _backed_up(case_file)
    for header in header_paths(path):  # both key header copies lost: the file cannot open
        header.write_bytes(b"\x00garbage" * 40)
    ui = widget.ui
    widget.set_file(path)
    ui.restore_button.click()  # nothing typed yet: it says what to do first
    assert "type your name and your passphrase" in ui.message_label.text()
    type_into(qtbot, ui.name_edit, DSL)
    type_into(qtbot, ui.passphrase_edit, PASSPHRASE)
    prompts.queue(made, True)  # the backup chosen, then yes to replacing the file
    ui.restore_button.click()
    wait_idle(qtbot, widget)
    kinds = [(kind, text) for kind, _title, text in prompts.shown]
    assert any(kind == "inform" and "checked and restored" in text for kind, text in kinds)
    assert ui.passphrase_edit.text() == ""  # signed in afresh, as the message says
    type_into(qtbot, ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(widget.signed_in, timeout=20_000) as signed:
        enter(qtbot, ui.passphrase_edit)
    signed.args[0].close()


def test_restoring_with_a_passphrase_the_backup_does_not_know_changes_nothing(
    qtbot: QtBot, widget: SignInWidget, prompts: ScriptedPrompts, case_file: tuple[Path, str]
) -> None:
    path, made = _backed_up(case_file)
    before = path.read_bytes()
    ui = widget.ui
    widget.set_file(path)
    type_into(qtbot, ui.name_edit, DSL)
    type_into(qtbot, ui.passphrase_edit, "not the passphrase at all, sorry")
    prompts.queue(made, True)
    ui.restore_button.click()
    wait_idle(qtbot, widget)
    assert "not recognised" in ui.message_label.text()
    assert path.read_bytes() == before


def test_other_file_and_setup_links(
    qtbot: QtBot, widget: SignInWidget, prompts: ScriptedPrompts, case_file: tuple[Path, str]
) -> None:
    path, _ = case_file
    ui = widget.ui
    prompts.queue(path)
    ui.open_other_button.click()
    assert widget.file == path and ui.file_label.text() == "Case file: case.ypsi"
    assert not ui.message_label.isVisible()
    with qtbot.waitSignal(widget.setup_requested):
        ui.setup_button.click()
