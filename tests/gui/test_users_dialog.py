"""Users and roles on real case files: adding, removing, handing over the DSL role, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.users_dialog import DSL_ONLY, UsersDialog
from ypsi_desktop.services.passphrase_policy import ADVICE
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import (
    CaseFileSession,
    SignInFailed,
    active_users,
    create,
    unlock,
)
from ypsi_desktop.services.users import UserChangeRefused, add_user, remove_user, set_role
from ypsi_desktop.storage.errors import WriteFailed
from ypsi_desktop.storage.key_derivation import KdfParams

DSL = "Sam Taylor"
DSL_PASSPHRASE = "otter kettle 7 lantern gravel"
DEPUTY = "Alex Morgan"
DEPUTY_PASSPHRASE = "quince barometer 42 saddle heron"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "case.ypsi"


@pytest.fixture
def session(path: Path) -> Iterator[CaseFileSession]:
    """The DSL signed in to a new case file (cheap key derivation, so adding users is quick)."""
    session, _ = create(
        path,
        user_name=DSL,
        passphrase=DSL_PASSPHRASE,
        setting_name="Oakfield Academy",
        kdf=KdfParams.for_tests(),
    )
    yield session
    session.close()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


def open_dialog(qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts) -> UsersDialog:
    dialog = UsersDialog(session, prompts, Background())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def rows(dialog: UsersDialog) -> list[tuple[str, str]]:
    table = dialog.ui.users_table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def wait_idle(qtbot: QtBot, dialog: UsersDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.ui.busy_bar.isVisible(), timeout=20_000)


def message(dialog: UsersDialog) -> str:
    label = dialog.ui.message_label
    return label.text() if label.isVisible() else ""


def test_the_dsl_sees_everyone_with_their_role_in_words(
    qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    add_user(session, DEPUTY, UserRole.READ_ONLY, DEPUTY_PASSPHRASE)
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    assert rows(dialog) == [
        (f"{DSL} (you)", "Designated safeguarding lead"),
        (DEPUTY, "Read-only"),
    ]
    assert DSL not in dialog.windowTitle() and DEPUTY not in dialog.windowTitle()
    assert not ui.dsl_only_label.isVisible()
    assert ui.add_button.isEnabled()
    assert not ui.role_button.isEnabled() and not ui.remove_button.isEnabled()

    dialog.select(DSL)  # yourself: a role can be changed, but you cannot remove yourself
    assert ui.role_button.isEnabled() and not ui.remove_button.isEnabled()
    assert "hand the DSL role to someone else first" in ui.selection_hint_label.text()
    dialog.select(DEPUTY)
    assert ui.role_button.isEnabled() and ui.remove_button.isEnabled()
    assert not ui.selection_hint_label.isVisible()


def test_the_dsl_adds_a_deputy_who_can_then_sign_in(
    qtbot: QtBot, path: Path, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    ui.add_button.click()
    assert dialog.current_page is ui.add_page
    assert ui.new_role_combo.currentText() == "Deputy DSL"  # the usual choice
    assert "privately" in ui.pass_on_label.text()
    qtbot.keyClicks(ui.new_name_edit, DEPUTY)

    # The first passphrase gets the same strength check as everyone's, names included.
    qtbot.keyClicks(ui.new_passphrase_edit, "Morgan lantern 7 gravel")
    qtbot.keyClicks(ui.new_confirm_edit, "Morgan lantern 7 gravel")
    assert "name" in ui.strength_label.text() and ADVICE in ui.strength_label.text()
    assert not ui.add_confirm_button.isEnabled()
    ui.new_passphrase_edit.clear()
    ui.new_confirm_edit.clear()
    qtbot.keyClicks(ui.new_passphrase_edit, DEPUTY_PASSPHRASE)
    qtbot.keyClicks(ui.new_confirm_edit, DEPUTY_PASSPHRASE)
    assert ui.strength_bar.value() == 4
    assert ui.add_confirm_button.isEnabled()

    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        ui.add_confirm_button.click()
        assert ui.busy_bar.isVisible() and not ui.page_stack.isEnabled()
    assert dialog.current_page is ui.list_page
    assert rows(dialog)[1] == (DEPUTY, "Deputy DSL")
    assert dialog.selected_user is not None and dialog.selected_user.name == DEPUTY
    assert message(dialog).startswith(f"{DEPUTY} has been added with the deputy DSL role.")
    assert ui.new_passphrase_edit.text() == "" and ui.new_confirm_edit.text() == ""

    session.close()
    with unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASSPHRASE) as theirs:
        assert theirs.user.name == DEPUTY and theirs.user.role is UserRole.DEPUTY


def test_a_refused_addition_is_explained_and_the_form_kept(
    qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    ui.add_button.click()
    qtbot.keyClicks(ui.new_name_edit, "sam taylor")
    qtbot.keyClicks(ui.new_passphrase_edit, DEPUTY_PASSPHRASE)
    qtbot.keyClicks(ui.new_confirm_edit, DEPUTY_PASSPHRASE)
    ui.add_confirm_button.click()
    wait_idle(qtbot, dialog)
    assert message(dialog) == "There is already a user called sam taylor."
    assert dialog.current_page is ui.add_page and ui.new_name_edit.text() == "sam taylor"
    assert [u.name for u in active_users(session)] == [DSL]

    qtbot.keyClick(ui.new_name_edit, Qt.Key.Key_Escape)  # Escape goes back, not away
    assert dialog.current_page is ui.list_page and dialog.isVisible()
    assert ui.new_passphrase_edit.text() == ""


def test_removing_a_user_re_encrypts_so_their_passphrase_fails(
    qtbot: QtBot, path: Path, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASSPHRASE)
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    dialog.select(DEPUTY)

    prompts.queue(False)  # thinking better of it changes nothing
    ui.remove_button.click()
    assert not ui.busy_bar.isVisible()
    assert [u.name for u in active_users(session)] == [DSL, DEPUTY]

    prompts.queue(True)
    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        ui.remove_button.click()
        assert ui.busy_bar.isVisible() and "Re-encrypting" in ui.busy_label.text()
        close = ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        assert not close.isEnabled()
        dialog.reject()  # Escape or the window's close button: refused while it runs
        assert dialog.isVisible()
    kind, title, text = prompts.shown[-1]
    assert kind == "confirm" and DEPUTY not in title
    assert "re-encrypted" in text and "passphrase stops opening it" in text
    assert rows(dialog) == [(f"{DSL} (you)", "Designated safeguarding lead")]
    assert "their passphrase no longer opens it" in message(dialog)

    session.close()
    with pytest.raises(SignInFailed):
        unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASSPHRASE)
    with unlock(path, user_name=DSL, passphrase=DSL_PASSPHRASE) as again:
        assert [u.name for u in active_users(again)] == [DSL]


def test_a_failed_re_encryption_is_explained(
    qtbot: QtBot,
    session: CaseFileSession,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASSPHRASE)
    refusal = WriteFailed(
        "The file could not be re-encrypted, most likely because the disk is full."
    )

    def full_disk(*_: object) -> None:
        raise refusal

    monkeypatch.setattr("ypsi_desktop.gui.users_dialog.remove_user", full_disk)
    dialog = open_dialog(qtbot, session, prompts)
    dialog.select(DEPUTY)
    prompts.queue(True)
    dialog.ui.remove_button.click()
    wait_idle(qtbot, dialog)
    assert message(dialog) == str(refusal)
    assert [name for name, _ in rows(dialog)] == [f"{DSL} (you)", DEPUTY]
    assert dialog.ui.remove_button.isEnabled()


def test_handing_over_the_dsl_role(
    qtbot: QtBot, path: Path, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASSPHRASE)
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    dialog.select(DEPUTY)
    ui.role_button.click()
    assert dialog.current_page is ui.role_page
    assert DEPUTY in ui.role_user_label.text() and "Deputy DSL" in ui.role_user_label.text()
    assert not ui.role_confirm_button.isEnabled()  # nothing chosen yet
    ui.role_combo.setCurrentText("Designated safeguarding lead")
    assert "hands the DSL role" in ui.role_note_label.text()

    prompts.queue(True)
    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        ui.role_confirm_button.click()
    kind, title, text = prompts.shown[-1]
    assert kind == "confirm" and title == "Hand over the DSL role"
    assert "You will become a deputy DSL" in text and "You keep your passphrase" in text
    assert rows(dialog) == [
        (f"{DSL} (you)", "Deputy DSL"),
        (DEPUTY, "Designated safeguarding lead"),
    ]
    assert session.user.role is UserRole.DEPUTY
    assert "you are a deputy DSL" in message(dialog)
    # The dialog now reflects the new role: nothing can be changed from here.
    assert ui.dsl_only_label.isVisible()
    assert not any(b.isEnabled() for b in (ui.add_button, ui.role_button, ui.remove_button))

    session.close()
    with unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASSPHRASE) as new_dsl:
        assert new_dsl.user.role is UserRole.DSL
        roles = {u.name: u.role for u in active_users(new_dsl)}
        assert roles == {DSL: UserRole.DEPUTY, DEPUTY: UserRole.DSL}
        with pytest.raises(UserChangeRefused, match="There must always be a DSL"):
            set_role(new_dsl, DEPUTY, UserRole.DEPUTY)


def test_the_last_dsl_can_never_be_demoted(
    qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASSPHRASE)
    dialog = open_dialog(qtbot, session, prompts)
    ui = dialog.ui
    dialog.select(DSL)
    ui.role_button.click()
    ui.role_combo.setCurrentText("Deputy DSL")
    assert "only designated safeguarding lead" in ui.role_note_label.text()
    assert not ui.role_confirm_button.isEnabled()

    dialog.change_role()  # even asked directly, the service refuses, in words on the dialog
    wait_idle(qtbot, dialog)
    assert message(dialog) == "There must always be a DSL. Give the DSL role to someone else first."
    assert session.user.role is UserRole.DSL
    assert rows(dialog)[0] == (f"{DSL} (you)", "Designated safeguarding lead")
    assert not prompts.shown  # nothing to confirm: it could not happen


def test_a_deputy_sees_everything_disabled_and_the_service_refuses(
    qtbot: QtBot, path: Path, session: CaseFileSession, prompts: ScriptedPrompts
) -> None:
    add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASSPHRASE)
    session.close()
    with unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASSPHRASE) as deputy:
        dialog = open_dialog(qtbot, deputy, prompts)
        ui = dialog.ui
        assert ui.dsl_only_label.isVisible() and ui.dsl_only_label.text() == DSL_ONLY
        dialog.select(DSL)
        assert not any(b.isEnabled() for b in (ui.add_button, ui.role_button, ui.remove_button))

        with pytest.raises(NotAllowed):
            add_user(deputy, "Jo Patel", UserRole.READ_ONLY, DEPUTY_PASSPHRASE)
        with pytest.raises(NotAllowed):
            remove_user(deputy, DSL)
        with pytest.raises(NotAllowed):
            set_role(deputy, DEPUTY, UserRole.DSL)

        prompts.queue(True)
        dialog.remove_selected()  # the hidden path still meets the service's refusal
        wait_idle(qtbot, dialog)
        assert message(dialog).startswith("As a deputy DSL you cannot add, remove or change users")
        assert [u.name for u in active_users(deputy)] == [DSL, DEPUTY]
