"""File → Change my passphrase…: the signed-in user's own passphrase, for any role.

The current passphrase is checked against the user's key slot before anything is written, so
someone at an unlocked desk cannot lock the owner out or set a passphrase they know. After the
recovery key (`session.must_set_passphrase`) there is no current passphrase to give, so that
field is hidden. Both steps derive a key (about 0.6 s each), so they run in the background.

Only this person's key slot changes: the data key, and so every page of the file, stays the
same, which is why backups made earlier still open with the old passphrase (the success
message says so). Removing a user is what re-encrypts the file.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.sign_in import WHY_PASSPHRASE, PassphraseChoice, describe_error
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.services.users import set_own_passphrase
from ypsi_desktop.storage.key_errors import PassphraseNotRecognised
from ypsi_desktop.storage.setting_repository import SettingRepository

INTRO = (
    "Your passphrase is yours alone: changing it does not affect anyone else who uses this "
    "case file. Type your current passphrase first, to show it is you."
)
INTRO_AFTER_RECOVERY = (
    "<b>You opened the case file with the recovery key.</b> Choose a new passphrase now: you "
    "will use it from now on, and your old one will no longer open the case file."
)
WRONG_CURRENT = (
    "That is not your current passphrase, so nothing has been changed. Check that Caps Lock is "
    "off and try again."
)
SAME_AS_CURRENT = "The new passphrase is the same as your current one. Choose a different one."
WORKING = "Checking your current passphrase and saving the new one. This takes a few seconds…"
WORKING_AFTER_RECOVERY = "Saving your new passphrase. This takes a few seconds…"
CHANGED_TITLE = "Passphrase changed"
CHANGED = (
    "Your new passphrase is saved. Your old passphrase no longer opens the case file: use the "
    "new one from your next sign-in.\n\n"
    "Backups made before now still open with the old passphrase, so keep them as safe as the "
    "case file itself."
)


class ChangePassphraseDialog(QDialog):
    """Emits `passphrase_changed` once the new passphrase is saved, then accepts.

    `must_set=None` follows `session.must_set_passphrase` (True after the recovery key). In
    that mode there is no current-passphrase field; if the dialog is cancelled, nothing is
    changed and the caller decides what happens next (the flag stays set on the session).
    """

    passphrase_changed = Signal()

    def __init__(
        self,
        session: CaseFileSession,
        prompts: Prompts,
        background: Background,
        parent: QWidget | None = None,
        *,
        must_set: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self._session = session
        self._prompts = prompts
        self._background = background
        self._must_set = session.must_set_passphrase if must_set is None else must_set
        self._busy = False
        self._setting_name = SettingRepository(session.conn).details().name
        ui = self.ui
        ui.why_label.setText(WHY_PASSPHRASE)
        if self._must_set:
            self.setWindowTitle("Choose a new passphrase")
            ui.intro_label.setText(INTRO_AFTER_RECOVERY)
            ui.current_caption.hide()
            ui.current_edit.hide()
        else:
            ui.intro_label.setText(INTRO)
        self.choice = PassphraseChoice(
            ui.new_edit,
            ui.confirm_edit,
            ui.strength_bar,
            ui.strength_label,
            ui.match_label,
            context=lambda: [self._setting_name, session.user.name],
        )
        self.choice.changed.connect(self._update_controls)
        ui.current_edit.textChanged.connect(self._update_controls)
        ui.current_edit.returnPressed.connect(ui.new_edit.setFocus)
        ui.change_button.clicked.connect(self.change)
        ui.cancel_button.clicked.connect(self.reject)
        self._show_message("")
        self._set_busy(False)
        (ui.new_edit if self._must_set else ui.current_edit).setFocus()

    @property
    def must_set(self) -> bool:
        """True when there is no current passphrase to check (after the recovery key)."""
        return self._must_set

    def change(self) -> None:
        """Check the current passphrase, then save the new one (both in the background)."""
        ui = self.ui
        if self._busy or not self._can_change():
            return
        current, new = ui.current_edit.text(), self.choice.passphrase()
        if not self._must_set and new == current:
            self._show_message(SAME_AS_CURRENT)
            ui.new_edit.setFocus()
            return
        session, check = self._session, not self._must_set

        def work() -> None:
            if check:  # the header's own check: the slot must open with what was typed
                session.keys.unlock(session.user.name, current).wipe()
            set_own_passphrase(session, new)

        self._show_message("")
        self._set_busy(True)
        self._background.run(work, self._changed, self._failed)

    def done(self, result: int) -> None:
        if self._busy:
            return  # the key header is being written; closing now would hide the outcome
        self._forget()
        super().done(result)

    # --- outcomes ------------------------------------------------------------------------

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        self._forget()
        self._prompts.inform(self, CHANGED_TITLE, CHANGED)
        self.passphrase_changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        ui = self.ui
        self._set_busy(False)
        if isinstance(error, PassphraseNotRecognised) and not self._must_set:
            self._show_message(WRONG_CURRENT)
            ui.current_edit.clear()
            ui.current_edit.setFocus()
            return
        self._show_message(describe_error(error))
        ui.new_edit.setFocus()

    # --- drawing -------------------------------------------------------------------------

    def _can_change(self) -> bool:
        return self.choice.ready and (self._must_set or bool(self.ui.current_edit.text()))

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        self._busy = busy
        ui.busy_label.setText(WORKING_AFTER_RECOVERY if self._must_set else WORKING)
        ui.busy_label.setVisible(busy)
        ui.busy_bar.setVisible(busy)
        self._update_controls()

    def _update_controls(self) -> None:
        ui = self.ui
        idle = not self._busy
        for widget in (ui.current_edit, ui.new_edit, ui.confirm_edit, ui.cancel_button):
            widget.setEnabled(idle)
        ui.change_button.setEnabled(idle and self._can_change())

    def _show_message(self, message: str) -> None:
        self.ui.message_label.setText(message)
        self.ui.message_label.setVisible(bool(message))

    def _forget(self) -> None:
        """Passphrases leave the screen (and Qt's copies) as soon as they are not needed."""
        self.ui.current_edit.clear()
        self.choice.clear()
