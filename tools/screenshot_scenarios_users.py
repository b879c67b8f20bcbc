"""Screenshot scenarios for Users and roles and Change my passphrase, for tools/screenshots.py.

Each builds a real dialog on a real case file made in a temporary folder with the cheap test
key derivation, in the state a person would see: `SCENARIOS` maps a name to the builder.
Background work either runs to completion before the capture or is held (to show the busy
state). The sessions stay open until the process ends.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.users_dialog import UsersDialog
from ypsi_desktop.services.session import (
    CaseFileSession,
    create,
    unlock,
    unlock_with_recovery_key,
)
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.key_derivation import KdfParams

_TEMP: list[tempfile.TemporaryDirectory[str]] = []
_SESSIONS: list[CaseFileSession] = []
_DSL, _SETTING = "Sam Taylor", "Oakfield Academy"
_DEPUTY, _READER = "Alex Morgan", "Jo Patel"
_PASSPHRASE = "otter kettle 7 lantern gravel"
_OTHER = "quince barometer 42 saddle heron"


class _HeldBackground:
    """Never finishes a job, so the dialog stays in its busy state for the capture."""

    def run(
        self,
        work: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        pass


def _case_file(*, others: bool = True) -> tuple[Path, str, CaseFileSession]:
    folder = tempfile.TemporaryDirectory(prefix="ypsi-shots-")
    _TEMP.append(folder)  # removed when the process ends
    path = Path(folder.name) / "case.ypsi"
    session, recovery_key = create(
        path,
        user_name=_DSL,
        passphrase=_PASSPHRASE,
        setting_name=_SETTING,
        kdf=KdfParams.for_tests(),
    )
    if others:
        add_user(session, _DEPUTY, UserRole.DEPUTY, _OTHER)
        add_user(session, _READER, UserRole.READ_ONLY, _OTHER)
    _SESSIONS.append(session)
    return path, recovery_key, session


def _finish(background: Background) -> None:
    """Let a background job finish and its result reach the dialog before the capture."""
    background.wait()
    QApplication.processEvents()
    QApplication.processEvents()


def _users(
    session: CaseFileSession | None = None,
    background: object | None = None,
    prompts: ScriptedPrompts | None = None,
) -> UsersDialog:
    if session is None:
        session = _case_file()[2]
    dialog = UsersDialog(
        session,
        prompts or ScriptedPrompts(),
        background or Background(),  # type: ignore[arg-type]
    )
    dialog.move(0, 0)
    return dialog


def _users_list() -> QWidget:
    dialog = _users()
    dialog.select(_DEPUTY)
    return dialog


def _users_yourself() -> QWidget:
    dialog = _users()
    dialog.select(_DSL)
    return dialog


def _users_add() -> QWidget:
    dialog = _users()
    dialog.start_add()
    ui = dialog.ui
    ui.new_name_edit.setText("Chris Evans")
    ui.new_passphrase_edit.setText("sunflower2026")
    ui.new_confirm_edit.setText("sunflower20")
    return dialog


def _users_added() -> QWidget:
    background = Background()
    dialog = _users(background=background)
    dialog.start_add()
    ui = dialog.ui
    ui.new_name_edit.setText("Chris Evans")
    ui.new_passphrase_edit.setText(_OTHER)
    ui.new_confirm_edit.setText(_OTHER)
    dialog.add()
    _finish(background)
    return dialog


def _users_handover() -> QWidget:
    dialog = _users()
    dialog.select(_DEPUTY)
    dialog.start_role_change()
    dialog.ui.role_combo.setCurrentIndex(0)  # Designated safeguarding lead
    return dialog


def _users_last_dsl() -> QWidget:
    dialog = _users()
    dialog.select(_DSL)
    dialog.start_role_change()
    dialog.ui.role_combo.setCurrentIndex(1)  # Deputy DSL
    return dialog


def _users_removing() -> QWidget:
    prompts = ScriptedPrompts()
    prompts.queue(True)
    dialog = _users(background=_HeldBackground(), prompts=prompts)
    dialog.select(_READER)
    dialog.remove_selected()
    return dialog


def _users_deputy() -> QWidget:
    path, _, session = _case_file()
    session.close()
    _SESSIONS.remove(session)
    deputy = unlock(path, user_name=_DEPUTY, passphrase=_OTHER)
    _SESSIONS.append(deputy)
    dialog = _users(deputy)
    dialog.select(_READER)
    return dialog


def _passphrase(
    session: CaseFileSession | None = None, background: Background | None = None
) -> ChangePassphraseDialog:
    if session is None:
        session = _case_file(others=False)[2]
    dialog = ChangePassphraseDialog(session, ScriptedPrompts(), background or Background())
    dialog.move(0, 0)
    return dialog


def _passphrase_typing() -> QWidget:
    dialog = _passphrase()
    ui = dialog.ui
    ui.current_edit.setText(_PASSPHRASE)
    ui.new_edit.setText("sunflower2026")
    ui.confirm_edit.setText("sunflower20")
    return dialog


def _passphrase_wrong() -> QWidget:
    background = Background()
    dialog = _passphrase(background=background)
    ui = dialog.ui
    ui.current_edit.setText("otter kettle 8 lantern gravel")
    ui.new_edit.setText(_OTHER)
    ui.confirm_edit.setText(_OTHER)
    dialog.change()
    _finish(background)
    return dialog


def _passphrase_after_recovery() -> QWidget:
    path, recovery_key, session = _case_file(others=False)
    session.close()
    _SESSIONS.remove(session)
    recovered = unlock_with_recovery_key(path, recovery_key=recovery_key, acting_user=_DSL)
    _SESSIONS.append(recovered)
    dialog = _passphrase(recovered)
    dialog.ui.new_edit.setText(_OTHER)
    dialog.ui.confirm_edit.setText(_OTHER)
    return dialog


SCENARIOS: dict[str, Callable[[], QWidget]] = {
    "users_dialog": _users_list,
    "users_dialog_yourself": _users_yourself,
    "users_dialog_add": _users_add,
    "users_dialog_added": _users_added,
    "users_dialog_handover": _users_handover,
    "users_dialog_last_dsl": _users_last_dsl,
    "users_dialog_removing": _users_removing,
    "users_dialog_deputy": _users_deputy,
    "change_passphrase_dialog": _passphrase_typing,
    "change_passphrase_dialog_wrong": _passphrase_wrong,
    "change_passphrase_dialog_after_recovery": _passphrase_after_recovery,
}
