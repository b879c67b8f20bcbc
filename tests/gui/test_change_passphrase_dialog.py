"""Changing one's own passphrase on a real case file: the current one checked, the new judged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.change_passphrase_dialog import (
    CHANGED,
    SAME_AS_CURRENT,
    WRONG_CURRENT,
    ChangePassphraseDialog,
)
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.passphrase_policy import ADVICE, WeakPassphrase
from ypsi_desktop.services.session import (
    CaseFileSession,
    SignInFailed,
    create,
    unlock,
    unlock_with_recovery_key,
)
from ypsi_desktop.services.users import set_own_passphrase
from ypsi_desktop.storage.key_derivation import KdfParams

DSL = "Sam Taylor"
OLD = "otter kettle 7 lantern gravel"
NEW = "quince barometer 42 saddle heron"


@pytest.fixture
def made(tmp_path: Path) -> Iterator[tuple[Path, str, CaseFileSession]]:
    """A real case file (cheap key derivation), its recovery key and its DSL signed in."""
    path = tmp_path / "case.ypsi"
    session, recovery_key = create(
        path,
        user_name=DSL,
        passphrase=OLD,
        setting_name="Oakfield Academy",
        kdf=KdfParams.for_tests(),
    )
    yield path, recovery_key, session
    session.close()


@pytest.fixture
def path(made: tuple[Path, str, CaseFileSession]) -> Path:
    return made[0]


@pytest.fixture
def session(made: tuple[Path, str, CaseFileSession]) -> CaseFileSession:
    return made[2]


@pytest.fixture
def recovery_key(made: tuple[Path, str, CaseFileSession]) -> str:
    made[2].close()  # the recovery route starts from a closed file
    return made[1]


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


def open_dialog(
    qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts
) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(session, prompts, Background())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def fill(qtbot: QtBot, dialog: ChangePassphraseDialog, current: str, new: str) -> None:
    ui = dialog.ui
    for edit, text in ((ui.current_edit, current), (ui.new_edit, new), (ui.confirm_edit, new)):
        edit.setFocus()
        edit.clear()
        qtbot.keyClicks(edit, text)


def wait_idle(qtbot: QtBot, dialog: ChangePassphraseDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.ui.busy_bar.isVisible(), timeout=30_000)


def still_opens_with(path: Path, passphrase: str) -> bool:
    try:
        with unlock(path, user_name=DSL, passphrase=passphrase):
            return True
    except SignInFailed:
        return False


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, path: Path, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    assert DSL not in dialog.windowTitle()
    assert QApplication.focusWidget() is ui.current_edit
    assert not ui.change_button.isEnabled()
    fill(qtbot, dialog, "otter kettle 8 lantern gravel", NEW)
    assert ui.change_button.isEnabled()

    with qtbot.assertNotEmitted(dialog.passphrase_changed):
        ui.change_button.click()
        assert ui.busy_bar.isVisible() and not ui.change_button.isEnabled()
        dialog.reject()  # cannot be closed half-way
        assert dialog.isVisible()
        wait_idle(qtbot, dialog)
    assert ui.message_label.isVisible() and ui.message_label.text() == WRONG_CURRENT
    assert ui.current_edit.text() == "" and QApplication.focusWidget() is ui.current_edit
    assert dialog.isVisible() and not prompts.shown

    session.close()
    assert still_opens_with(path, OLD) and not still_opens_with(path, NEW)


def test_a_weak_new_passphrase_is_refused_with_advice(
    qtbot: QtBot, path: Path, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    fill(qtbot, dialog, OLD, "password1234")
    assert "It is a very common password." in ui.strength_label.text()
    assert ADVICE in ui.strength_label.text()
    assert not ui.change_button.isEnabled()
    qtbot.keyClick(ui.confirm_edit, Qt.Key.Key_Return)  # Enter does not get round it
    assert not ui.busy_bar.isVisible()

    fill(qtbot, dialog, OLD, "Taylor lantern 7 gravel")  # the user's own name
    assert "name" in ui.strength_label.text() and not ui.change_button.isEnabled()

    with pytest.raises(WeakPassphrase, match=ADVICE):  # and the service refuses it anyway
        set_own_passphrase(session, "password1234")
    session.close()
    assert still_opens_with(path, OLD)


def test_the_same_passphrase_again_is_pointed_out(
    qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, session, prompts)
    fill(qtbot, dialog, OLD, OLD)
    dialog.ui.change_button.click()
    assert dialog.ui.message_label.text() == SAME_AS_CURRENT
    assert not dialog.ui.busy_bar.isVisible()


def test_a_new_passphrase_replaces_the_old_one(
    qtbot: QtBot, path: Path, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    fill(qtbot, dialog, OLD, NEW)
    assert ui.strength_bar.value() == 4
    assert ui.match_label.text() == "The two passphrases match."
    qtbot.keyClick(ui.confirm_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.change_button
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=30_000):
        qtbot.keyClick(ui.change_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert prompts.shown == [("inform", "Passphrase changed", CHANGED)]
    assert "no longer opens the case file" in CHANGED
    assert ui.current_edit.text() == ui.new_edit.text() == ui.confirm_edit.text() == ""

    session.close()
    assert not still_opens_with(path, OLD)
    assert still_opens_with(path, NEW)


def test_after_the_recovery_key_no_current_passphrase_is_asked(
    qtbot: QtBot, path: Path, recovery_key: str, prompts: ScriptedPrompts
) -> None:
    with unlock_with_recovery_key(path, recovery_key=recovery_key, acting_user=DSL) as session:
        assert session.must_set_passphrase
        dialog = open_dialog(qtbot, session, prompts)
        ui = dialog.ui
        assert dialog.must_set and not ui.current_edit.isVisible()
        assert "recovery key" in ui.intro_label.text()
        assert QApplication.focusWidget() is ui.new_edit
        qtbot.keyClicks(ui.new_edit, NEW)
        qtbot.keyClicks(ui.confirm_edit, NEW)
        assert ui.change_button.isEnabled()
        with qtbot.waitSignal(dialog.passphrase_changed, timeout=30_000):
            ui.change_button.click()
        assert not session.must_set_passphrase
    assert not still_opens_with(path, OLD)
    assert still_opens_with(path, NEW)


def test_cancelling_after_the_recovery_key_changes_nothing(
    qtbot: QtBot, path: Path, recovery_key: str, prompts: ScriptedPrompts
) -> None:
    with unlock_with_recovery_key(path, recovery_key=recovery_key, acting_user=DSL) as session:
        dialog = open_dialog(qtbot, session, prompts)
        qtbot.keyClicks(dialog.ui.new_edit, NEW)
        dialog.ui.cancel_button.click()
        assert dialog.result() == QDialog.DialogCode.Rejected
        assert dialog.ui.new_edit.text() == ""
        assert session.must_set_passphrase  # the caller decides what happens next
    assert still_opens_with(path, OLD)
