"""The sign-in screen: name and passphrase, or the recovery key and then a new passphrase.

Unlocking derives a key (about 0.6 s), so it runs in the background with the inputs disabled.
After each wrong name or passphrase the next try waits longer (1 s, 2 s, 4 s ... up to 30 s,
SECURITY.md item 8), counted down on screen; the count of failures is handed to `unlock` on the
next success so the audit log records it. The real protection against guessing is the key
derivation; the delay makes typing-speed guessing at an unlocked desk pointless.

Every failure message is the exception's own `str()`, written for a DSL by the storage and
service layers, shown under the fields. The passphrase-choosing fields with their strength meter
(PassphraseChoice) live here and are shared with the first-run setup wizard, which imports
them: sign-in is shown at every start, setup only once.

Sign-in is the first window, so what only the recovery route needs waits until that route is
taken: the new-passphrase checker (with its palette colours and HTML escaping) and the
fixed-width font of the recovery key. Until then this module also touches no name in Qt's `Qt`
namespace, whose ninety-odd enums Python builds all at once the first time anything uses one
(about 25 ms on Python 3.11).
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_sign_in import Ui_SignInWidget
from ypsi_desktop.gui.prompts import Prompts

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from ypsi_desktop.services.passphrase_policy import Verdict
    from ypsi_desktop.services.session import CaseFileSession

# The storage and crypto layers are imported where they are first needed, not here: the
# sign-in screen is the first window, and it should appear before they are loaded.

MAX_DELAY_SECONDS = 30
CASE_FILE_FILTER = "YPSI Desktop case files (*.ypsi)"
WHY_PASSPHRASE = (
    "If this computer, or a copy of the case file, is lost or stolen, someone could try "
    "millions of guesses against the file on their own equipment, with nothing to stop them. "
    "Only the passphrase stands in their way, so make it long: several unrelated words, with a "
    "number or symbol between them, are easy to remember and very hard to guess. Do not use "
    "the name of your setting or of anyone you know."
)
STRENGTH_WORDS = ("Very weak", "Weak", "Not strong enough", "Not strong enough", "Strong")
UNEXPECTED = (
    "Something unexpected went wrong, so nothing was changed. Try again; if it happens again, "
    "contact whoever supports YPSI Desktop in your setting."
)
_RED, _AMBER, _GREEN = "#a4000f", "#8a5a00", "#2f6b2f"
RESTORE_TITLE = "Restore from a backup"
RESTORE_NEEDS_SIGN_IN = (
    "To restore a backup, first type your name and your passphrase as they were when the "
    "backup was made, then choose Restore from a backup again."
)
RECOVERY_NAME_UNKNOWN = (
    "The recovery key is right, but no one of that name can open this case file. Type your "
    "name as it was entered when you were given access."
)


_HEADINGS = {
    "passphrase_page": "Sign in",
    "recovery_page": "Sign in with the recovery key",
    "new_passphrase_page": "Choose a new passphrase",
}


def delay_after(failures: int) -> int:
    """Seconds to wait after the n-th failure in a row: 1, 2, 4, 8, 16, then 30."""
    return 0 if failures <= 0 else min(2 ** (failures - 1), MAX_DELAY_SECONDS)


def describe_error(error: BaseException) -> str:
    """The DSL-worded message of an expected error; anything else is reported, not shown."""
    from ypsi_desktop.services.permissions import NotAllowed
    from ypsi_desktop.storage.errors import CaseFileError
    from ypsi_desktop.storage.key_errors import KeyStoreError

    if isinstance(error, CaseFileError | KeyStoreError | ValueError | NotAllowed):
        return str(error)  # each of these is written for the person at the desk
    sys.excepthook(type(error), error, error.__traceback__)
    return UNEXPECTED


def fixed_font(point_size: int) -> QFont:
    from PySide6.QtGui import QFontDatabase

    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


class PassphraseChoice(QObject):
    """Two passphrase fields, a 0-4 strength meter and its message; `ready` when both are
    typed the same and the policy accepts it. Used by setup and by the recovery route."""

    changed = Signal()

    def __init__(
        self,
        first: QLineEdit,
        second: QLineEdit,
        meter: QProgressBar,
        message: QLabel,
        match: QLabel,
        context: Callable[[], Sequence[str]],
    ) -> None:
        from PySide6.QtCore import Qt  # see the module's docstring

        from ypsi_desktop.services.passphrase_policy import Verdict

        super().__init__(first)
        self._first, self._second = first, second
        self._meter, self._message, self._match = meter, message, match
        self._context = context
        self._verdict: Verdict = Verdict(False, 0, "")
        meter.setRange(0, 4)
        message.setTextFormat(Qt.TextFormat.RichText)
        first.textChanged.connect(self.refresh)
        second.textChanged.connect(self._show_match)
        self.refresh()

    @property
    def ready(self) -> bool:
        return self._verdict.acceptable and self._first.text() == self._second.text()

    def passphrase(self) -> str:
        return self._first.text()

    def clear(self) -> None:
        self._first.clear()
        self._second.clear()

    def refresh(self) -> None:
        from html import escape

        from PySide6.QtGui import QColor, QPalette

        from ypsi_desktop.services.passphrase_policy import judge

        verdict = judge(self._first.text(), context=self._context())
        self._verdict = verdict
        word = STRENGTH_WORDS[verdict.meter]
        self._meter.setValue(verdict.meter)
        self._meter.setAccessibleDescription(f"{word}. {verdict.message}")
        colour = _GREEN if verdict.acceptable else _RED if verdict.meter <= 1 else _AMBER
        palette = self._meter.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(colour))
        self._meter.setPalette(palette)
        if verdict.acceptable:
            self._message.setText(f"<b>{escape(verdict.message)}</b>")
        else:
            self._message.setText(f"<b>{word}.</b> {escape(verdict.message)}")
        self._message.setStyleSheet(f"color: {_GREEN};" if verdict.acceptable else "")
        self._show_match()

    def _show_match(self) -> None:
        first, second = self._first.text(), self._second.text()
        if not second or (first.startswith(second) and len(second) < len(first)):
            text, colour = "", ""  # empty, or still being typed
        elif first == second:
            text, colour = "The two passphrases match.", _GREEN
        else:
            text, colour = "The two passphrases are different. Type the same one twice.", _RED
        self._match.setText(text)
        self._match.setStyleSheet(f"color: {colour};" if colour else "")
        self.changed.emit()


class SignInWidget(QWidget):
    """Emits `signed_in(CaseFileSession)`, or `setup_requested` for "Set up a new case file…"."""

    signed_in = Signal(object)  # CaseFileSession
    setup_requested = Signal()

    def __init__(
        self,
        prompts: Prompts,
        background: Background,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInWidget()
        self.ui.setupUi(self)
        self._prompts = prompts
        self._background = background
        self._clock = clock
        self._path: Path | None = None
        self._failures: dict[Path, int] = {}
        self._locked_until = 0.0
        self._busy = False
        self._recovered: CaseFileSession | None = None
        self._setting_name = ""
        self._page: QWidget = self.ui.passphrase_page
        self._new_passphrase: PassphraseChoice | None = None  # made when first needed
        self._recovery_font_set = False
        ui = self.ui
        ui.new_passphrase_why_label.setText(WHY_PASSPHRASE)
        self.countdown = QTimer(self)
        self.countdown.setInterval(200)
        self.countdown.timeout.connect(self._tick)

        ui.sign_in_button.clicked.connect(self.sign_in)
        ui.name_edit.returnPressed.connect(self._name_entered)
        ui.passphrase_edit.returnPressed.connect(self.sign_in)
        ui.recovery_button.clicked.connect(self.show_recovery)
        ui.recovery_sign_in_button.clicked.connect(self.sign_in_with_recovery_key)
        ui.recovery_name_edit.returnPressed.connect(ui.recovery_key_edit.setFocus)
        ui.recovery_key_edit.returnPressed.connect(self.sign_in_with_recovery_key)
        ui.back_to_passphrase_button.clicked.connect(self.show_passphrase)
        ui.save_passphrase_button.clicked.connect(self.save_new_passphrase)
        ui.new_passphrase_edit.returnPressed.connect(ui.new_confirm_edit.setFocus)
        ui.new_confirm_edit.returnPressed.connect(self.save_new_passphrase)
        ui.cancel_recovery_button.clicked.connect(self.cancel_recovery)
        ui.open_other_button.clicked.connect(self.open_other)
        ui.setup_button.clicked.connect(self.setup_requested)
        ui.restore_button.clicked.connect(self.restore_backup)
        for edit in (ui.name_edit, ui.recovery_name_edit, ui.recovery_key_edit):
            edit.notice.connect(self._show_message)
        ui.countdown_label.hide()
        self._show_page(ui.passphrase_page)
        self._show_message("")

    # --- public ----------------------------------------------------------------------------

    @property
    def file(self) -> Path | None:
        return self._path

    @property
    def new_passphrase(self) -> PassphraseChoice:
        """The new passphrase's fields and strength meter, wired up the first time the
        recovery route needs them (an ordinary sign-in never does)."""
        if self._new_passphrase is None:
            ui = self.ui
            choice = PassphraseChoice(
                ui.new_passphrase_edit,
                ui.new_confirm_edit,
                ui.strength_bar,
                ui.strength_label,
                ui.match_label,
                context=self._passphrase_context,
            )
            choice.changed.connect(self._update_controls)
            self._new_passphrase = choice
        return self._new_passphrase

    def _clear_new_passphrase(self) -> None:
        """Empty both new-passphrase fields, whether or not their checker exists yet."""
        self.ui.new_passphrase_edit.clear()
        self.ui.new_confirm_edit.clear()

    def set_file(self, path: Path) -> None:
        """Sign in to `path` next. Shows its file name only: a folder may carry a name."""
        if self._busy or self._recovered is not None:
            return
        self._path = Path(path)
        self.ui.file_label.setText(f"Case file: {self._path.name}")
        self.ui.passphrase_edit.clear()
        self.show_passphrase()
        if not self._path.exists():
            from ypsi_desktop.services.session import CaseFileMissing

            self._show_message(str(CaseFileMissing()))

    def clear(self) -> None:
        """Forget everything typed except the name (used when the app locks or quits)."""
        ui = self.ui
        if self._recovered is not None:
            self._close_recovered()
        for edit in (ui.passphrase_edit, ui.recovery_key_edit):
            edit.clear()
        self._clear_new_passphrase()
        self.show_passphrase()

    def show_passphrase(self) -> None:
        self._show_page(self.ui.passphrase_page)
        self._show_message("")
        target = self.ui.passphrase_edit if self.ui.name_edit.text() else self.ui.name_edit
        target.setFocus()

    def show_recovery(self) -> None:
        ui = self.ui
        if not ui.recovery_name_edit.text():
            ui.recovery_name_edit.setText(ui.name_edit.text())
        self._show_page(ui.recovery_page)
        self._show_message("")
        (ui.recovery_key_edit if ui.recovery_name_edit.text() else ui.recovery_name_edit).setFocus()

    def open_other(self) -> None:
        start = self._path.parent if self._path is not None else Path.home()
        chosen = self._prompts.open_path(self, "Open a case file", start, CASE_FILE_FILTER)
        if chosen is not None:
            self.set_file(chosen)

    # --- restoring a backup ----------------------------------------------------------------

    def restore_backup(self) -> None:
        """Put a backup in place of the file, from here: the file may not open at all (damaged,
        its key header lost, an old copy put back), and its messages say to restore."""
        ui = self.ui
        if self._busy or self._path is None:
            return
        if not self._can_try():  # the wait after a wrong passphrase applies here too
            self._show_message("Wait until the countdown ends, then try again.")
            return
        name, passphrase = ui.name_edit.clean_text(), ui.passphrase_edit.text()
        if not name or not passphrase:
            self._show_message(RESTORE_NEEDS_SIGN_IN)
            (ui.passphrase_edit if name else ui.name_edit).setFocus()
            return
        target = self._path
        backup = self._prompts.open_path(
            self, RESTORE_TITLE, target.parent, "Case file backups (*.ypsi)"
        )
        if backup is None:
            return
        if not self._prompts.confirm(
            self,
            RESTORE_TITLE,
            f"{target.name} will be replaced by this backup. Anything recorded since the backup "
            "was made will no longer be in the file; the file it replaces is kept beside it, "
            "still encrypted.",
            yes="Restore",
        ):
            return
        from ypsi_desktop.services.maintenance import restore

        self._start(
            lambda: restore(backup, target, user_name=name, passphrase=passphrase),
            self._restored,
        )

    def _restored(self, outcome: object) -> None:
        self._stop()
        if self._path is not None:
            self._failures.pop(self._path, None)
        self.ui.passphrase_edit.clear()
        self._show_message("")
        words = "The backup was checked and restored. Sign in to continue."
        aside = getattr(outcome, "set_aside", None)
        if aside is not None:
            words += f" The file it replaced was kept beside it as {Path(aside).name}."
        self._prompts.inform(self, RESTORE_TITLE, words)
        warning = str(getattr(outcome, "warning", "") or "")
        if warning:  # records disposed of, or people removed, since the backup was made
            self._prompts.warn(self, "After the restore", warning)
        self.ui.passphrase_edit.setFocus()

    # --- with the passphrase ---------------------------------------------------------------

    def _name_entered(self) -> None:
        if self.ui.passphrase_edit.text():
            self.sign_in()
        else:
            self.ui.passphrase_edit.setFocus()

    def sign_in(self) -> None:
        ui = self.ui
        if not self._can_try() or self._path is None:
            return
        name, passphrase = ui.name_edit.clean_text(), ui.passphrase_edit.text()
        if not name or not passphrase:
            self._show_message("Type your name and your passphrase.")
            (ui.passphrase_edit if name else ui.name_edit).setFocus()
            return
        from ypsi_desktop.services.session import unlock

        path, failed = self._path, self._failures.get(self._path, 0)
        self._start(
            lambda: unlock(path, user_name=name, passphrase=passphrase, failed_attempts=failed),
            self._unlocked,
        )

    def _unlocked(self, session: CaseFileSession) -> None:
        self._stop()
        self._failures.pop(session.path, None)
        self.ui.passphrase_edit.clear()
        self._show_message("")
        self.signed_in.emit(session)

    # --- with the recovery key -------------------------------------------------------------

    def sign_in_with_recovery_key(self) -> None:
        ui = self.ui
        if not self._can_try() or self._path is None:
            return
        name = ui.recovery_name_edit.clean_text()
        if not name:
            self._show_message("Type your name.")
            ui.recovery_name_edit.setFocus()
            return
        from ypsi_desktop.services.session import unlock_with_recovery_key
        from ypsi_desktop.storage.key_errors import RecoveryKeyMistyped
        from ypsi_desktop.storage.recovery_key import RecoveryKey

        try:
            key = str(RecoveryKey.parse(ui.recovery_key_edit.text()))
        except RecoveryKeyMistyped as error:  # a typo is named at once, without a delay
            self._show_message(str(error))
            ui.recovery_key_edit.setFocus()
            return
        path = self._path
        self._start(
            lambda: unlock_with_recovery_key(path, recovery_key=key, acting_user=name),
            self._recovery_unlocked,
        )

    def _recovery_unlocked(self, session: CaseFileSession) -> None:
        self._stop()
        self._failures.pop(session.path, None)
        self.ui.recovery_key_edit.clear()
        if not session.must_set_passphrase:
            self.signed_in.emit(session)
            return
        from ypsi_desktop.storage.setting_repository import SettingRepository

        self._recovered = session
        self._setting_name = SettingRepository(session.conn).details().name
        self._show_page(self.ui.new_passphrase_page)
        self._show_message("")
        self.new_passphrase.refresh()
        self.ui.new_passphrase_edit.setFocus()

    def _passphrase_context(self) -> list[str]:
        if self._recovered is None:
            return []
        return [self._setting_name, self._recovered.user.name]

    def save_new_passphrase(self) -> None:
        session = self._recovered
        if session is None or self._busy or not self.new_passphrase.ready:
            return
        from ypsi_desktop.services.users import set_own_passphrase

        new = self.new_passphrase.passphrase()
        self._start(lambda: set_own_passphrase(session, new), lambda _: self._saved(session))

    def _saved(self, session: CaseFileSession) -> None:
        self._stop()
        self._recovered = None
        self.new_passphrase.clear()
        self._show_page(self.ui.passphrase_page)
        self._show_message("")
        self.signed_in.emit(session)

    def cancel_recovery(self) -> None:
        self._close_recovered()
        self.show_passphrase()
        self._show_message(
            "The case file was closed without a new passphrase. Nothing has been changed.",
            error=False,
        )

    def _close_recovered(self) -> None:
        session, self._recovered = self._recovered, None
        self._clear_new_passphrase()
        if session is not None:
            try:
                session.close()
            except Exception as error:  # still closed and wiped: close() uses finally
                self._show_message(describe_error(error))

    # --- running, failing and waiting -----------------------------------------------------

    def _start(self, work: Callable[[], object], done: Callable[[Any], None]) -> None:
        self._busy = True
        self._show_message("")
        self._update_controls()
        self._background.run(work, done, self._failed)

    def _stop(self) -> None:
        self._busy = False
        self._update_controls()

    def _failed(self, error: BaseException) -> None:
        from ypsi_desktop.services.session import SignInFailed
        from ypsi_desktop.storage.key_errors import PassphraseNotRecognised

        ui = self.ui
        self._stop()
        page = self._page
        if page is ui.recovery_page and isinstance(error, SignInFailed):
            message = RECOVERY_NAME_UNKNOWN  # its own words mention a passphrase, not typed here
        else:
            message = describe_error(error)
        wrong_name = isinstance(error, SignInFailed) and page is not ui.recovery_page
        if wrong_name or isinstance(error, PassphraseNotRecognised):
            self._count_failure()  # a wrong guess; not a missing file or a damaged header
        self._show_message(message)
        if page is ui.passphrase_page:
            ui.passphrase_edit.clear()
            ui.passphrase_edit.setFocus()
        elif page is ui.recovery_page:
            target = ui.recovery_name_edit if isinstance(error, SignInFailed) else None
            (target or ui.recovery_key_edit).setFocus()
        else:
            ui.new_passphrase_edit.setFocus()

    def _count_failure(self) -> None:
        assert self._path is not None
        failures = self._failures.get(self._path, 0) + 1
        self._failures[self._path] = failures
        self._locked_until = self._clock() + delay_after(failures)
        self.countdown.start()
        self._tick()

    def failed_attempts(self) -> int:
        """Failures since the last successful sign-in to the current file."""
        return 0 if self._path is None else self._failures.get(self._path, 0)

    def _can_try(self) -> bool:
        return not self._busy and self._clock() >= self._locked_until

    def _tick(self) -> None:
        remaining = self._locked_until - self._clock()
        label = self.ui.countdown_label
        if remaining <= 0:
            self.countdown.stop()
            label.clear()
            label.hide()
        else:
            seconds = math.ceil(remaining)
            unit = "second" if seconds == 1 else "seconds"
            label.setText(f"You can try again in {seconds} {unit}.")
            label.show()
        self._update_controls()

    def _update_controls(self) -> None:
        ui = self.ui
        idle = not self._busy
        can_try = self._can_try()
        recovering = self._recovered is not None
        inputs: tuple[QWidget, ...] = (
            ui.name_edit,
            ui.passphrase_edit,
            ui.recovery_name_edit,
            ui.recovery_key_edit,
            ui.new_passphrase_edit,
            ui.new_confirm_edit,
            ui.recovery_button,
            ui.back_to_passphrase_button,
            ui.cancel_recovery_button,
        )
        for widget in inputs:
            widget.setEnabled(idle)
        ui.sign_in_button.setEnabled(can_try)
        ui.recovery_sign_in_button.setEnabled(can_try)
        choice = self._new_passphrase
        ui.save_passphrase_button.setEnabled(idle and choice is not None and choice.ready)
        for widget in (
            ui.separator_line,
            ui.open_other_button,
            ui.restore_button,
            ui.setup_button,
        ):
            widget.setVisible(not recovering)  # finish or cancel the new passphrase first
            widget.setEnabled(idle)
        ui.busy_bar.setVisible(self._busy)

    # --- drawing ---------------------------------------------------------------------------

    @property
    def current_page(self) -> QWidget:
        """The form shown: passphrase_page, recovery_page or new_passphrase_page."""
        return self._page

    def _show_page(self, page: QWidget) -> None:
        ui = self.ui
        if page is ui.recovery_page and not self._recovery_font_set:
            ui.recovery_key_edit.setFont(fixed_font(12))  # groups line up in a fixed width
            self._recovery_font_set = True
        self._page = page
        for candidate in (ui.passphrase_page, ui.recovery_page, ui.new_passphrase_page):
            candidate.setVisible(candidate is page)
        ui.heading_label.setText(_HEADINGS[page.objectName()])
        self._update_controls()

    def _show_message(self, message: str, *, error: bool = True) -> None:
        label = self.ui.message_label
        label.setText(message)
        label.setStyleSheet("color: #a4000f;" if error else "color: #2f6b2f;")
        label.setVisible(bool(message))
