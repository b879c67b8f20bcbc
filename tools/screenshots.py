"""Show a real window on an X display and save what the display shows, for people to look at.

Usage: python tools/screenshots.py SCENARIO OUT.png   (DISPLAY must name a running X server,
e.g. Xvfb; tests/gui/test_xvfb_window.py starts one). The image comes from the X server's own
framebuffer (QScreen.grabWindow(0)), so it shows exactly what a person would see.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ypsi_desktop.domain.people_facts import PersonFacts
from ypsi_desktop.domain.wizard import WizardFlow
from ypsi_desktop.gui.app import create_application
from ypsi_desktop.gui.main_window import MainWindow


def _main_window() -> MainWindow:
    window = MainWindow()
    window.resize(1200, 780)
    window.move(0, 0)
    return window


_PEOPLE = (
    PersonFacts(frozenset({"pictured", "made", "sent"}), 14, False, False, None),
    PersonFacts(frozenset({"received"}), 15, False, False, None),
)


def _with_flow(flow: WizardFlow) -> QWidget:
    window = _main_window()
    window.resizeDocks([window.wizard_dock], [470], Qt.Orientation.Horizontal)
    window.wizard_dock.start(flow)
    return window


def _wizard_start() -> QWidget:
    return _with_flow(WizardFlow(people=_PEOPLE))


def _wizard_midway() -> QWidget:
    flow = WizardFlow(people=_PEOPLE)
    flow.answer("adult_involved", False)
    flow.answer("pictured_adult", False)
    flow.next()
    flow.answer("pictured_willing", True)
    return _with_flow(flow)


def _wizard_referral() -> QWidget:
    flow = WizardFlow(people=_PEOPLE)
    flow.answer("adult_involved", True)
    for _ in range(4):
        flow.next()
    return _with_flow(flow)


def _guidance() -> QWidget:
    from ypsi_desktop.gui.guidance_dialog import GuidanceDialog

    dialog = GuidanceDialog()
    dialog.move(0, 0)
    return dialog


# --- first-run setup and sign-in ------------------------------------------------------------
# Case files for these are made in a temporary folder with the cheap test key derivation.

_TEMP: list[tempfile.TemporaryDirectory[str]] = []
_DSL, _SETTING = "Sam Taylor", "Oakfield Academy"
_PASSPHRASE = "otter kettle 7 lantern gravel"


def _temp_folder() -> Path:
    folder = tempfile.TemporaryDirectory(prefix="ypsi-shots-")
    _TEMP.append(folder)  # removed when the process ends
    return Path(folder.name)


class _StalledBackground:
    """Never runs the job (shows the busy state), or fails it at once with `error`."""

    def __init__(self, error: BaseException | None = None) -> None:
        self._error = error

    def run(
        self,
        work: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        if self._error is not None:
            on_failure(self._error)


def _setup_wizard(page: int, background: object | None = None) -> QWidget:
    from ypsi_desktop.gui.background import Background
    from ypsi_desktop.gui.prompts import ScriptedPrompts
    from ypsi_desktop.gui.setup_wizard import SetupWizard
    from ypsi_desktop.storage.key_derivation import KdfParams

    wizard = SetupWizard(
        ScriptedPrompts(),
        background or Background(),  # type: ignore[arg-type]
        default_path=_temp_folder() / "ypsi-desktop" / "case.ypsi",
        kdf=KdfParams.for_tests(),
    )
    wizard.move(0, 0)
    wizard.restart()  # pages start when shown; start them now so next() can walk
    ui = wizard.ui
    steps: list[Callable[[], None]] = [
        lambda: None,
        lambda: ui.setting_name_edit.setText(_SETTING),
        lambda: ui.user_name_edit.setText(_DSL),
        lambda: (ui.passphrase_edit.setText(_PASSPHRASE), ui.confirm_edit.setText(_PASSPHRASE)),
        lambda: None,
        lambda: ui.written_down_check.setChecked(True),
        lambda: ui.typed_key_edit.setText(str(wizard.recovery_key)),
        lambda: None,
    ]
    for number in range(1, page):
        wizard.next()
        steps[number]()
    return wizard


def _setup_page(page: int) -> Callable[[], QWidget]:
    def build() -> QWidget:
        wizard = _setup_wizard(page)
        ui = wizard.ui  # type: ignore[attr-defined]
        if page == 2:
            ui.setting_name_edit.setText(_SETTING)
        elif page == 3:
            ui.user_name_edit.setText(_DSL)
        elif page == 4:  # part-typed: the meter and its advice, the match line
            ui.passphrase_edit.setText("sunflower2026")
            ui.confirm_edit.setText("sunflower20")
        elif page == 7:  # one group mistyped
            key = str(wizard.recovery_key)  # type: ignore[attr-defined]
            ui.typed_key_edit.setText(key[:15] + ("X" if key[15] != "X" else "Y") + key[16:])
        return wizard

    return build


def _setup_passphrase_strong() -> QWidget:
    wizard = _setup_wizard(4)
    ui = wizard.ui  # type: ignore[attr-defined]
    ui.passphrase_edit.setText(_PASSPHRASE)
    ui.confirm_edit.setText(_PASSPHRASE)
    return wizard


def _setup_creating() -> QWidget:
    return _setup_wizard(8, _StalledBackground())


def _setup_failed() -> QWidget:
    from ypsi_desktop.storage.errors import WriteFailed

    return _setup_wizard(8, _StalledBackground(WriteFailed()))


def _case_file() -> tuple[Path, str]:
    from ypsi_desktop.services.session import create
    from ypsi_desktop.storage.key_derivation import KdfParams

    path = _temp_folder() / "case.ypsi"
    session, recovery_key = create(
        path,
        user_name=_DSL,
        passphrase=_PASSPHRASE,
        setting_name=_SETTING,
        kdf=KdfParams.for_tests(),
    )
    session.close()
    return path, recovery_key


def _sign_in_widget(clock: Callable[[], float] | None = None) -> tuple[QWidget, Path, str]:
    import time

    from ypsi_desktop.gui.background import Background
    from ypsi_desktop.gui.prompts import ScriptedPrompts
    from ypsi_desktop.gui.sign_in import SignInWidget

    path, recovery_key = _case_file()
    widget = SignInWidget(ScriptedPrompts(), Background(), clock=clock or time.monotonic)
    widget.setWindowTitle("YPSI Desktop")
    widget.resize(1000, 700)
    widget.move(0, 0)
    widget.set_file(path)
    return widget, path, recovery_key


def _finish_jobs(widget: QWidget) -> None:
    """Let a background unlock finish and its result reach the widget before the capture."""
    widget._background.wait()  # type: ignore[attr-defined]
    QApplication.processEvents()
    QApplication.processEvents()


def _sign_in() -> QWidget:
    widget, _, _ = _sign_in_widget()
    widget.ui.name_edit.setText(_DSL)  # type: ignore[attr-defined]
    return widget


def _sign_in_error() -> QWidget:
    widget, _, _ = _sign_in_widget(clock=lambda: 0.0)  # a frozen clock keeps the countdown up
    ui = widget.ui  # type: ignore[attr-defined]
    ui.name_edit.setText(_DSL)
    ui.passphrase_edit.setText("otter kettle 8 lantern gravel")
    widget.sign_in()  # type: ignore[attr-defined]
    _finish_jobs(widget)
    return widget


def _sign_in_recovery() -> QWidget:
    widget, _, recovery_key = _sign_in_widget()
    ui = widget.ui  # type: ignore[attr-defined]
    ui.name_edit.setText(_DSL)
    widget.show_recovery()  # type: ignore[attr-defined]
    ui.recovery_key_edit.setText(recovery_key[:20])
    return widget


def _sign_in_new_passphrase() -> QWidget:
    widget, _, recovery_key = _sign_in_widget()
    ui = widget.ui  # type: ignore[attr-defined]
    widget.show_recovery()  # type: ignore[attr-defined]
    ui.recovery_name_edit.setText(_DSL)
    ui.recovery_key_edit.setText(recovery_key)
    widget.sign_in_with_recovery_key()  # type: ignore[attr-defined]
    _finish_jobs(widget)
    ui.new_passphrase_edit.setText("quince barometer 42 saddle heron")
    ui.new_confirm_edit.setText("quince barometer")
    return widget


def _training_session():  # type: ignore[no-untyped-def]
    import tempfile

    from ypsi_desktop.services import session as sessions
    from ypsi_desktop.services.demo import build_demo
    from ypsi_desktop.storage.key_derivation import KdfParams

    path = Path(tempfile.mkdtemp(prefix="ypsi-shot-")) / "training.ypsi"
    session, _ = sessions.create(
        path,
        user_name="Demo DSL",
        passphrase=_PASSPHRASE,
        setting_name="Demo Training School",
        training=True,
        kdf=KdfParams.for_tests(),
    )
    build_demo(session, incidents=30, seed=1)
    return session


def _main_overview() -> QWidget:
    from datetime import UTC, datetime, timedelta

    window = _main_window()
    window.attach(_training_session(), last_backup=datetime.now(UTC) - timedelta(days=9))
    return window


def _main_overview_kept_copies() -> QWidget:
    """The overview of a file with a copy kept from before an update of the app."""
    import shutil
    from datetime import UTC, datetime, timedelta

    session = _training_session()
    shutil.copy2(session.path, session.path.with_name(session.path.name + ".pre-v0007.bak"))
    window = _main_window()
    window.attach(session, last_backup=datetime.now(UTC) - timedelta(days=2))
    return window


def _locked() -> QWidget:
    from ypsi_desktop.gui.app_controller import AppController
    from ypsi_desktop.gui.prompts import ScriptedPrompts
    from ypsi_desktop.settings_store import SettingsStore

    session = _training_session()
    controller = AppController(
        prompts=ScriptedPrompts(), settings=SettingsStore(session.path.parent / "settings")
    )
    controller._signed_in(session)
    controller.lock()
    window = controller.sign_in_window
    assert window is not None
    window.move(0, 0)
    window.resize(1000, 700)
    _KEEP.append(controller)
    return window


def _audit_dialog() -> QWidget:
    from ypsi_desktop.gui.audit_dialog import AuditDialog

    dialog = AuditDialog(_training_session())
    dialog.move(0, 0)
    dialog.resize(1000, 600)
    return dialog


_KEEP: list[object] = []

SCENARIOS: dict[str, Callable[[], QWidget]] = {
    "main_window": _main_window,
    "main_overview": _main_overview,
    "main_overview_kept_copies": _main_overview_kept_copies,
    "locked": _locked,
    "audit_dialog": _audit_dialog,
    "wizard_start": _wizard_start,
    "wizard_midway": _wizard_midway,
    "wizard_referral": _wizard_referral,
    "guidance": _guidance,
    "setup_1_welcome": _setup_page(1),
    "setup_2_setting": _setup_page(2),
    "setup_3_name": _setup_page(3),
    "setup_4_passphrase": _setup_page(4),
    "setup_4_passphrase_strong": _setup_passphrase_strong,
    "setup_5_location": _setup_page(5),
    "setup_6_recovery_key": _setup_page(6),
    "setup_7_confirm_key": _setup_page(7),
    "setup_8_creating": _setup_creating,
    "setup_8_failed": _setup_failed,
    "sign_in": _sign_in,
    "sign_in_error": _sign_in_error,
    "sign_in_recovery": _sign_in_recovery,
    "sign_in_new_passphrase": _sign_in_new_passphrase,
}


def _more_scenarios() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import importlib

    for module in (
        "screenshot_scenarios_users",
        "screenshot_scenarios_people",
        "screenshot_scenarios_cases",
    ):
        try:
            SCENARIOS.update(importlib.import_module(module).SCENARIOS)
        except ModuleNotFoundError:
            continue


def main() -> int:
    _more_scenarios()
    scenario, out = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    app = create_application()
    window = SCENARIOS[scenario]()
    window.show()

    def capture() -> None:
        screen = app.primaryScreen()
        pixmap = screen.grabWindow(0)
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = pixmap.save(str(out), "PNG")
        app.exit(0 if ok else 1)

    QTimer.singleShot(800, capture)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
