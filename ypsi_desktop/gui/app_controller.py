"""Which window is showing, and locking: first-run setup, sign-in, the main window, the lock.

The first window is deliberately small (setup or sign-in); the main window is built only
after a successful sign-in, so the app starts quickly and nothing from a case file exists in
memory before a passphrase has been given. Locking closes the case file (wiping the key),
forgets every form and model, clears anything the app left on the clipboard and shows the
sign-in screen again; signing back in returns the user to the main window as they left it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ypsi_desktop import APP_NAME
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.inactivity import InactivityTimer
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.settings_store import Preferences, SettingsStore

if TYPE_CHECKING:  # imported for real only when needed, to keep start-up fast
    from datetime import datetime

    from ypsi_desktop.gui.main_window import MainWindow
    from ypsi_desktop.gui.session_watch import ScreenLockWatcher
    from ypsi_desktop.gui.setup_wizard import SetupWizard
    from ypsi_desktop.services.session import CaseFileSession
    from ypsi_desktop.storage.key_derivation import KdfParams


PREPARE_MAIN_AFTER_MS = 400  # after the sign-in screen is up and idle
ANCHOR_EVERY_MS = 5_000  # how soon what was recorded is anchored in the key header
_EDITOR_LOST = (
    "A window for adding or changing something (a person, a referral, an action or a "
    "chronology entry) was open; what was typed in it could not be kept."
)


def _digest(text: str) -> str:
    import hashlib  # loads OpenSSL: only when there is clipboard text to compare

    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def default_case_file_path() -> Path:
    """The case file's default home: the per-user data folder (never a shared or synced one)."""
    import platformdirs

    from ypsi_desktop.settings_store import user_folder_name

    return Path(platformdirs.user_data_dir(user_folder_name(), appauthor=False)) / "casefile.ypsi"


class SignInWindow(QWidget):
    """The small top-level window that holds the sign-in screen."""

    def __init__(
        self, prompts: Prompts, background: Background, clock: Callable[[], float]
    ) -> None:
        super().__init__()
        from ypsi_desktop.gui.forms import resources_rc  # noqa: F401  (the window icon)
        from ypsi_desktop.gui.sign_in import SignInWidget

        self.setWindowTitle(f"{APP_NAME} — sign in")
        self.widget = SignInWidget(prompts, background, clock=clock, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget)
        self.resize(560, 480)


class AppController(QObject):
    def __init__(
        self,
        *,
        prompts: Prompts | None = None,
        background: Background | None = None,
        settings: SettingsStore | None = None,
        clock: Callable[[], float] | None = None,  # tests: one fake clock for both timers
        default_case_file: Path | None = None,
        kdf: KdfParams | None = None,  # tests only: cheap key derivation for new files
    ) -> None:
        super().__init__()
        self.prompts = prompts or Prompts()
        self.background = background or Background()
        self.settings = settings or SettingsStore()
        self.clock = clock or time.monotonic
        self.kdf = kdf
        self.preferences = self._load_preferences()
        self.default_case_file = default_case_file or default_case_file_path()
        self.sign_in_window: SignInWindow | None = None
        self.setup: SetupWizard | None = None
        self.main: MainWindow | None = None  # built after the first sign-in
        self.session: CaseFileSession | None = None
        self.idle = InactivityTimer(
            self.preferences.idle_lock_minutes * 60, clock=clock, parent=self
        )
        self.idle.inactive.connect(self.lock)
        self._clipboard_digest: str | None = None
        self._place: int | None = None  # incident id only: where to return after a lock
        self._lost_on_lock: list[str] = []  # what a lock could not keep, said on return
        self._lock_waiting = False  # a lock waits for a background job to finish
        self._place_user: int | None = None
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        self._screen_lock: ScreenLockWatcher | None = None  # watched from the first sign-in
        self._anchor_timer: QTimer | None = None  # made at the first sign-in

    @property
    def screen_lock(self) -> ScreenLockWatcher:
        """Locks on a screen lock or sleep. Made at the first sign-in (there is nothing to
        lock before), so the first window waits neither for D-Bus nor for its Qt enums."""
        if self._screen_lock is None:
            from ypsi_desktop.gui.session_watch import ScreenLockWatcher

            self._screen_lock = ScreenLockWatcher(self)
            self._screen_lock.lock_now.connect(self.lock)
        return self._screen_lock

    def _load_preferences(self) -> Preferences:
        from ypsi_desktop.settings_store import SettingsError

        try:
            return self.settings.load()
        except SettingsError:
            return Preferences()

    # --- starting --------------------------------------------------------------------------

    def start(self, file: Path | None = None) -> QWidget:
        """Show the first window: sign-in for a known case file, otherwise first-run setup."""
        target = file or self.preferences.last_case_file
        if target is not None and Path(target).exists():
            return self.show_sign_in(Path(target))
        if file is not None:  # named on the command line but missing: say so on sign-in
            return self.show_sign_in(file)
        return self.show_setup()

    def show_sign_in(self, path: Path) -> QWidget:
        if self.sign_in_window is None:
            self.sign_in_window = SignInWindow(self.prompts, self.background, self.clock)
            self.sign_in_window.widget.signed_in.connect(self._signed_in)
            self.sign_in_window.widget.setup_requested.connect(self.show_setup)
        self.sign_in_window.widget.set_file(path)
        self.sign_in_window.show()
        self.sign_in_window.raise_()
        self.sign_in_window.activateWindow()
        if self.main is None:  # while the passphrase is typed, not before the window shows
            QTimer.singleShot(PREPARE_MAIN_AFTER_MS, self._prepare_main_window)
        return self.sign_in_window

    def show_setup(self) -> QWidget:
        from ypsi_desktop.gui.setup_wizard import SetupWizard

        if self.sign_in_window is not None:
            self.sign_in_window.hide()
        self.setup = SetupWizard(
            self.prompts, self.background, default_path=self.default_case_file, kdf=self.kdf
        )
        self.setup.created.connect(self._signed_in)
        self.setup.open_existing.connect(self.show_sign_in)
        self.setup.show()
        return self.setup

    # --- signed in -------------------------------------------------------------------------

    def _prepare_main_window(self) -> None:
        """Build the (empty) main window. Done while the passphrase is being typed, so the
        list shows sooner after sign-in; it holds nothing from a case file until `attach`."""
        if self.main is not None:
            return
        from ypsi_desktop.gui.main_window import MainWindow

        self.main = MainWindow(prompts=self.prompts, background=self.background)
        self.main.lock_requested.connect(self.lock)
        self.main.backup_verified.connect(self._backup_verified)
        self.main.users_requested.connect(self.show_users)
        self.main.change_passphrase_requested.connect(self.show_change_passphrase)
        self.main.restore_requested.connect(self.restore)
        self.main.idle_time_requested.connect(self.choose_idle_time)

    def _signed_in(self, session: CaseFileSession) -> None:
        self.session = session
        self.preferences = self.preferences.changed(last_case_file=session.path.resolve())
        self._save_preferences()
        self._prepare_main_window()
        assert self.main is not None
        self.main.attach(session, last_backup=self.preferences.last_verified_backup_at)
        if self._place is not None and self._place_user == session.user.id:
            self.main.return_to(self._place)  # back where they were, unsaved work and all
        if self._lost_on_lock and self._place_user == session.user.id:
            lost, self._lost_on_lock = self._lost_on_lock, []
            QTimer.singleShot(
                0, lambda: self.prompts.warn(self.main, "While locked", " ".join(lost))
            )
        if session.notes:  # found and mended on opening (a damaged copy of the key files)
            notes = " ".join(session.notes)
            QTimer.singleShot(0, lambda: self.prompts.inform(self.main, "On opening", notes))
        self._place, self._place_user = None, session.user.id
        if self.sign_in_window is not None:
            self.sign_in_window.hide()
        if self.setup is not None:
            self.setup.hide()
        self.main.show()
        self.main.activateWindow()
        self.screen_lock.register_window(int(self.main.winId()))
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        self.idle.start()
        self.anchor_timer.start()

    @property
    def anchor_timer(self) -> QTimer:
        """Every few seconds while signed in: what was recorded since is anchored in the key
        header, so an older copy of the file put back after a crash is caught at sign-in."""
        if self._anchor_timer is None:
            self._anchor_timer = QTimer(self)
            self._anchor_timer.setInterval(ANCHOR_EVERY_MS)
            self._anchor_timer.timeout.connect(self.keep_anchor)
        return self._anchor_timer

    def keep_anchor(self) -> None:
        session = self.session
        if session is None or self.background.busy:  # a job may be using the connection
            return
        from ypsi_desktop.storage.errors import CaseFileError
        from ypsi_desktop.storage.key_errors import AnchorWentBackwards, KeyStoreError

        try:
            session.checkpoint_if_moved()
        except (CaseFileError, KeyStoreError, OSError) as error:  # a full disk: next time
            from ypsi_desktop import diagnostics

            diagnostics.log_event("anchor.not_written")
            if isinstance(error, AnchorWentBackwards):  # it will not change: sign-in says so
                self.anchor_timer.stop()

    def _backup_verified(self, when: datetime) -> None:
        self.preferences = self.preferences.changed(last_verified_backup_at=when)
        self._save_preferences()

    def _save_preferences(self) -> None:
        from ypsi_desktop.settings_store import SettingsError

        try:
            self.settings.save(self.preferences)
        except (SettingsError, OSError):
            pass  # preferences are a convenience; the case file itself is unaffected

    # --- locking ---------------------------------------------------------------------------

    def choose_idle_time(self) -> None:
        minutes = self.prompts.number(
            self.main,
            "Lock after idle time",
            "Lock the app after this many minutes without use (1 to 60):",
            self.preferences.idle_lock_minutes,
            1,
            60,
        )
        if minutes is None:
            return
        self.preferences = self.preferences.changed(idle_lock_minutes=minutes)
        self._save_preferences()
        self.idle.set_timeout(minutes * 60)

    def show_users(self) -> None:
        from ypsi_desktop.gui.users_dialog import UsersDialog

        if self.session is None or self.main is None:
            return
        dialog = UsersDialog(self.session, self.prompts, self.background, self.main)
        dialog.users_changed.connect(self._users_changed)
        dialog.exec()

    def _users_changed(self) -> None:
        if self.session is not None and self.main is not None:
            self.main.attach(self.session, last_backup=self.preferences.last_verified_backup_at)

    def show_change_passphrase(self) -> None:
        from ypsi_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog

        if self.session is not None and self.main is not None:
            ChangePassphraseDialog(self.session, self.prompts, self.background, self.main).exec()

    def restore(self) -> None:
        """Replace the open case file with a backup: lock, check the backup, restore, sign in."""
        session = self.session
        if session is None or self.main is None:
            return
        if self.background.busy:
            self.prompts.inform(
                self.main,
                "Restore from a backup",
                "Wait for the current task to finish, then try again.",
            )
            return
        start = self.preferences.last_backup_folder or Path.home()
        backup = self.prompts.open_path(
            self.main, "Restore from a backup", start, "Case file backups (*.ypsi)"
        )
        if backup is None:
            return
        if not self.prompts.confirm(
            self.main,
            "Restore from a backup",
            "The case file will be replaced by this backup. Anything recorded since the backup "
            "was made will no longer be in the file; the current file is kept, still "
            "encrypted, beside it. The app will lock, and you sign in again afterwards.",
            yes="Restore",
        ):
            return
        passphrase = self.prompts.secret(
            self.main,
            "Restore from a backup",
            "Your passphrase as it was when the backup was made:",
        )
        if passphrase is None:
            return
        from ypsi_desktop.services.lifetime.restore_check import removed_user_names
        from ypsi_desktop.services.maintenance import restore

        # Read while the file is open: people removed since the backup lose access again.
        removed = removed_user_names(session.conn)
        target, name = session.path, session.user.name
        self.lock()
        self.background.run(
            lambda: restore(
                backup, target, user_name=name, passphrase=passphrase, known_removed=removed
            ),
            lambda result: self._restored(target, str(getattr(result, "warning", "") or "")),
            lambda error: self.prompts.warn(
                self.sign_in_window, "Restore from a backup", f"Nothing was restored. {error}"
            ),
        )

    def _restored(self, target: Path, warning: str = "") -> None:
        self.prompts.inform(
            self.sign_in_window,
            "Restore from a backup",
            "The backup was checked and restored. Sign in to continue. The file it replaced "
            "was kept beside it, still encrypted.",
        )
        if warning:  # records disposed of, or people removed, since the backup was made
            self.prompts.warn(self.sign_in_window, "After the restore", warning)
        self.show_sign_in(target)

    def lock(self) -> None:
        """Close the case file and show only the sign-in screen."""
        session = self.session
        if session is None:
            self._lock_waiting = False
            return
        if self.background.busy:
            # Never close the file under a running job (a backup, a disposal): the screen is
            # cleared at once and the file closed as soon as the job ends.
            self.clear_clipboard()
            if not self._lock_waiting:
                self._lost_on_lock = []
            self._lock_waiting = True
            editor = self.main.capture_editor() if self.main is not None else None
            if self._close_dialogs(keep=editor) and _EDITOR_LOST not in self._lost_on_lock:
                self._lost_on_lock.append(_EDITOR_LOST)
            if self.main is not None:
                self.main.hide()  # unsaved work is kept as a draft when the lock completes
            QTimer.singleShot(500, self.lock)
            return
        self.idle.stop()
        if self._anchor_timer is not None:
            self._anchor_timer.stop()  # closing the file writes the anchor itself
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.clear_clipboard()
        if not self._lock_waiting:  # else the first try already said what it closed
            self._lost_on_lock = []
        self._lock_waiting = False
        # An editor's typing is read first, so it goes into the draft the window closes for.
        editor = self.main.capture_editor() if self.main is not None else None
        if self._close_dialogs(keep=editor) and _EDITOR_LOST not in self._lost_on_lock:
            self._lost_on_lock.append(_EDITOR_LOST)
        if self.main is not None:
            self._place = self.main.place()
            kept = False
            try:
                kept = self.main.save_drafts()  # encrypted, inside the case file
            except Exception:  # a full disk must not stop the lock
                self._place = None
            if not kept:
                self._lost_on_lock.append(
                    "Unsaved changes to the incident could not be kept: the case file could "
                    "not be written (is the disk full?). Check the incident and type them again."
                )
            self.main.detach()
            self.main.hide()
        self.session = None
        try:
            session.close()
        except Exception:  # the lock must complete; close() wipes the key whatever happens
            pass
        self.show_sign_in(session.path)

    def _close_dialogs(self, keep: QWidget | None = None) -> int:
        """Every window the signed-in user opened (a child's file, the due view, a message
        box) closes with the lock: nothing from the file may stay on screen. Returns how many
        of them were editors whose typing is lost with them (`keep`'s was kept)."""
        from PySide6.QtWidgets import QDialog

        from ypsi_desktop.gui.person_dialog import PersonDialog
        from ypsi_desktop.gui.record_dialogs import (
            ChronologyEntryDialog,
            FollowUpDialog,
            ReferralDialog,
        )

        editors = (PersonDialog, ReferralDialog, FollowUpDialog, ChronologyEntryDialog)
        closed = 0
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                closed += isinstance(widget, editors) and widget is not keep
                widget.reject()
        return closed

    def quit(self) -> None:
        self.lock()
        self.clear_clipboard()

    # --- clipboard -------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        """Remember what the app itself put on the clipboard (by digest, not content)."""
        from PySide6.QtCore import Qt  # not at import: its enums would delay the first window

        clipboard = QApplication.clipboard()
        ours = (
            clipboard.ownsClipboard()
            or QApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        text = clipboard.text()
        self._clipboard_digest = _digest(text) if ours and text else None

    def clear_clipboard(self) -> None:
        clipboard = QApplication.clipboard()
        text = clipboard.text()
        digest = _digest(text) if text else None
        if clipboard.ownsClipboard() or (digest is not None and digest == self._clipboard_digest):
            clipboard.clear()
        self._clipboard_digest = None
        # X11 also offers whatever text is selected in the app to a middle click elsewhere
        # (the "primary selection"), copied or not: it goes too.
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            from PySide6.QtGui import QClipboard

            clipboard.clear(QClipboard.Mode.Selection)
