"""A full scripted session opens no network socket and never loads QtNetwork (SECURITY.md 35).

The session runs in a child process (audit hooks are process-wide and cannot be removed) with
QT_QPA_PLATFORM=offscreen and its own per-user folders. A RECORDING audit hook goes in before
anything else is imported and notes every non-AF_UNIX socket, every use of one, every network
name look-up, every standard-library network client, every child process and every import of
a Qt networking module; then the app's own guard goes in, as at start-up. The session:

  start the app's services → create a case file → sign in → record an incident with children
  → assess it through the wizard flow → back it up → lock → sign in again → check the file →
  export JSON (when services/export.py exists) → show the main window with the wizard dock on
  a flow → careless code paths (logs and a crash) → lock → stop.

STEPS is a plain list of functions over one SessionRun, so a later step (print preview) is
one function and one line. tests/integration/test_no_personal_data_at_rest.py runs the same
script with canary names and greps every folder it wrote.

After the session the child makes one AF_INET socket on purpose (the guard refuses it) and
reports it separately: the control, showing the recorder does see what it is meant to.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DSL_NAME, DSL_PASSPHRASE = "Alex Example", "blue-kettle-marsh-41-orbit"

# Runs first in the child: the recorder, then the script. Kept to the standard library, so
# nothing the app imports can open a socket before the recorder is in place.
RUNNER = r"""
import json, socket, sys, traceback
LOCAL = {getattr(socket, "AF_UNIX", -2)}
QT_NETWORK = ("PySide6.QtNetwork", "PySide6.QtWebEngine", "PySide6.QtWebSockets",
              "PySide6.QtNetworkAuth", "PySide6.QtHttpServer", "PySide6.QtRemoteObjects")
CLIENTS = {"urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
           "poplib.connect", "imaplib.open", "nntplib.connect", "telnetlib.Telnet.open",
           "webbrowser.open"}
LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
           "socket.getnameinfo"}
USES = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
PROCESSES = {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
             "os.startfile", "pty.spawn"}
network, processes = [], []

def record(event, args):
    if event == "socket.__new__" and args[1] not in LOCAL:
        network.append(f"{event} family={args[1]}")
    elif event in USES and getattr(args[0], "family", -1) not in LOCAL:
        network.append(f"{event} {args[1]!r}")
    elif event in LOOKUPS:
        network.append(f"{event} {args[0]!r}")
    elif event in CLIENTS:
        network.append(f"{event} {args[1:3]!r}" if event != "urllib.Request" else event)
    elif event == "import" and str(args[0]).startswith(QT_NETWORK):
        network.append(f"import {args[0]}")
    elif event in PROCESSES:
        processes.append(f"{event} {str(args[0])[:80]}")

sys.addaudithook(record)
sys.path[:0] = [sys.argv[1], sys.argv[2]]
config = json.loads(sys.argv[3])
result = {"error": None}
try:
    import test_airgap_session as script
    result.update(script.run_session(config))
except BaseException:
    result["error"] = traceback.format_exc()[-4000:]
result["network"], result["processes"] = list(network), list(processes)
if config.get("control"):
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        result["control_refused"] = False
    except RuntimeError:  # NetworkRefused, from the app's guard
        result["control_refused"] = True
    result["control_network"] = network[len(result["network"]):]
result["qt_network_modules"] = sorted(m for m in sys.modules if m.startswith(QT_NETWORK))
try:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        result["qt_network_library"] = "libQt6Network" in maps.read()
except OSError:
    result["qt_network_library"] = None
print("RESULT " + json.dumps(result))
"""


# --- The session, run inside the child ------------------------------------------------------


@dataclass
class SessionRun:
    """Everything the steps share. `names` are (first, last) for three children; `marker`
    goes into every narrative field. Plain invented values unless the caller passes canaries."""

    folders: dict[str, Path]
    names: list[tuple[str, str]]
    marker: str
    case_path: Path = Path()
    session: Any = None
    incident_id: int = 0
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    written: dict[str, str] = field(default_factory=dict)
    qt: dict[str, Any] = field(default_factory=dict)


def start_app(run: SessionRun) -> None:
    """What the composition root does first: guard, logs, crash reports, preferences."""
    from ypsi_desktop.airgap import install_network_guard
    from ypsi_desktop.diagnostics import configure_logging, install_crash_handler, log_event
    from ypsi_desktop.settings_store import SettingsStore

    install_network_guard()
    run.written["log_file"] = str(configure_logging(strict=False))
    install_crash_handler(run.shown.append)
    log_event("app.started")
    SettingsStore().load()


def create_case_file(run: SessionRun) -> None:
    import platformdirs

    from ypsi_desktop.diagnostics import log_event
    from ypsi_desktop.services import session as sessions
    from ypsi_desktop.settings_store import SettingsStore, user_folder_name
    from ypsi_desktop.storage.key_derivation import KdfParams

    data = Path(platformdirs.user_data_dir(user_folder_name(), appauthor=False))
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    run.case_path = data / "case-file.ypsi"
    session, recovery_key = sessions.create(
        run.case_path,
        user_name=DSL_NAME,
        passphrase=DSL_PASSPHRASE,
        setting_name="Testwood Academy (fictional)",
        kdf=KdfParams.for_tests(),
    )
    assert recovery_key
    log_event("session.created", user_id=session.user.id, training=False)
    session.close()
    SettingsStore().update(last_case_file=run.case_path, idle_lock_minutes=5)
    run.written["data_folder"] = str(data)


def sign_in(run: SessionRun) -> None:
    from ypsi_desktop.diagnostics import log_event
    from ypsi_desktop.services import session as sessions

    run.session = sessions.unlock(run.case_path, user_name=DSL_NAME, passphrase=DSL_PASSPHRASE)
    log_event("session.unlocked", user_id=run.session.user.id, failed_attempts=0)


def record_incident(run: SessionRun) -> None:
    from case_builders import full_incident

    from ypsi_desktop.diagnostics import log_event
    from ypsi_desktop.storage.incident_repository import IncidentRepository

    incident = full_incident(run.marker)
    for link, (first, last) in zip(incident.children(), run.names, strict=True):
        link.person.first_name, link.person.last_name, link.person.known_as = first, last, first
    saved = IncidentRepository(run.session.conn).save(incident, user_id=run.session.user.id)
    assert saved.id is not None
    run.incident_id = saved.id
    log_event("incident.saved", incident_id=saved.id, user_id=run.session.user.id, people=4)


def _teenagers() -> list[Any]:
    from ypsi_desktop.domain.people_facts import PersonFacts

    return [
        PersonFacts(frozenset({"pictured", "made", "sent"}), 14, False, False, None),
        PersonFacts(frozenset({"received"}), 15, False, False, None),
    ]


def _answers(marker: str) -> dict[str, dict[str, object]]:
    return {
        "children": {
            "adult_involved": False,
            "pictured_adult": False,
            "pre_adolescent_no_sexual_motive": False,
        },
        "making_and_sharing": {
            "pictured_willing": True,
            "shared_without_consent": False,
            "sharing": "partner",
            "apps": f"A messaging app {marker}",
            "shared_publicly": False,
            "multiple_incidents": False,
        },
        "intent": {"intent_to_harm": False, "coercion": False, "exploitation": False},
        "impact": {
            "immediate_risk": False,
            "capacity_concern": False,
            "sexual_acts": False,
            "extreme_content": False,
            "emotional_impact": f"Embarrassed, coping {marker}",
        },
        "review": {"review_meeting_date": "3 March", "review_meeting_attendees": "DSL, deputy"},
    }


def assess_incident(run: SessionRun) -> None:
    from ypsi_desktop.diagnostics import log_event
    from ypsi_desktop.domain.wizard import WizardFlow
    from ypsi_desktop.domain.wizard_questions import STEPS as WIZARD_STEPS
    from ypsi_desktop.storage.assessment_repository import AssessmentRepository

    flow = WizardFlow(people=_teenagers())
    script = _answers(run.marker)
    for step in WIZARD_STEPS:
        for question_id, value in script.get(step.id, {}).items():
            flow.answer(question_id, value)
        if step is not WIZARD_STEPS[-1]:
            flow.next()
    flow.accept(f"Agreed at the review {run.marker}")
    completed = flow.complete()
    user_id = run.session.user.id
    saved = AssessmentRepository(run.session.conn).save(
        run.incident_id, completed.to_dict(), user_id=user_id
    )
    log_event("assessment.saved", incident_id=run.incident_id, assessment_id=saved.id)


def back_up(run: SessionRun) -> None:
    from ypsi_desktop.diagnostics import log_event
    from ypsi_desktop.services.maintenance import backup
    from ypsi_desktop.settings_store import SettingsStore

    folder = run.folders["backups"]
    folder.mkdir(parents=True, exist_ok=True)
    result = backup(run.session, folder)
    assert result.report.ok, result.report.problems
    log_event("backup.written", user_id=run.session.user.id)
    SettingsStore().update(last_backup_folder=folder, last_verified_backup_at=datetime.now(UTC))


def lock(run: SessionRun) -> None:
    from ypsi_desktop.diagnostics import log_event

    user_id = run.session.user.id
    run.session.close()
    run.session = None
    log_event("session.locked", user_id=user_id)


def check_file(run: SessionRun) -> None:
    from ypsi_desktop.diagnostics import log_event
    from ypsi_desktop.services.maintenance import check_file as check

    result = check(run.session)
    assert result.ok, result.report.problems
    log_event("check.done", ok=True, problems=0)


def export_json(run: SessionRun) -> None:
    if importlib.util.find_spec("ypsi_desktop.services.export") is None:
        run.skipped.append("export_json")
        return
    from ypsi_desktop.diagnostics import log_event
    from ypsi_desktop.services.export import export_case_file, write_export

    folder = run.folders["exports"]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "export.json"
    write_export(export_case_file(run.session), path)
    run.written["export"] = str(path)
    log_event("export.written", user_id=run.session.user.id, incidents=1)


def show_main_window(run: SessionRun) -> None:
    from PySide6.QtWidgets import QApplication

    from ypsi_desktop.domain.wizard import WizardFlow
    from ypsi_desktop.gui.app import create_application
    from ypsi_desktop.gui.main_window import MainWindow

    app = create_application(["ypsi-desktop"])
    window = MainWindow()
    window.show()
    flow = WizardFlow(
        people=_teenagers(), answers={"emotional_impact": f"Upset at first {run.marker}"}
    )
    window.wizard_dock.start(flow)
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:  # let layouts, fonts and the offscreen backing settle
        QApplication.processEvents()
        time.sleep(0.02)
    assert window.isVisible() and window.wizard_dock.flow is flow
    window.wizard_dock.clear()
    window.close()
    QApplication.processEvents()
    run.qt["app"], run.qt["window"] = app, window


def careless_code_paths(run: SessionRun) -> None:
    """What a careless change could do with a child's name: log it as a field, build an event
    name from it, hand it to plain logging, log an exception quoting it, and crash with it in
    the message and a local variable. None of it may reach a file in readable form."""
    from ypsi_desktop.diagnostics import log_event, log_failure

    name = " ".join(run.names[0])
    log_event("incident.opened", incident_id=name)  # type: ignore[arg-type]
    log_event(f"opened.{name}")
    logging.getLogger("ypsi_desktop.gui").warning("opened %s (%s)", name, run.marker)
    try:
        raise LookupError(f"no child named {name}: {run.marker}")
    except LookupError as error:
        logging.getLogger("ypsi_desktop").exception("lookup failed for %s", name)
        log_failure("backup.failed", error, user_id=run.session.user.id)
        sys.excepthook(type(error), error, error.__traceback__)  # as PySide6 would
    assert run.shown, "the crash handler showed its calm message"


def stop_app(run: SessionRun) -> None:
    from ypsi_desktop.airgap import assert_no_qtnetwork
    from ypsi_desktop.diagnostics import log_event, stop_logging

    assert_no_qtnetwork()
    log_event("app.stopped", exit_code=0)
    stop_logging()


STEPS: list[Callable[[SessionRun], None]] = [
    start_app,
    create_case_file,
    sign_in,
    record_incident,
    assess_incident,
    back_up,
    lock,
    sign_in,
    check_file,
    export_json,
    show_main_window,
    careless_code_paths,
    lock,
    stop_app,
]


def run_session(config: dict[str, Any]) -> dict[str, Any]:
    """Run every step in order (inside the child). Returns what the parent checks."""
    run = SessionRun(
        folders={k: Path(v) for k, v in config["folders"].items()},
        names=[(first, last) for first, last in config["names"]],
        marker=config["marker"],
    )
    for step in STEPS:
        step(run)
        run.done.append(step.__name__)
    return {"done": run.done, "skipped": run.skipped, "shown": run.shown, "written": run.written}


# --- The parent side ------------------------------------------------------------------------

PLAIN_NAMES = [("Zoë", "Testchild"), ("Ελένη", "Δοκιμή"), ("Юлия", "Тестова")]


def child_environment(root: Path) -> dict[str, str]:
    """Fresh per-user folders, home and temp folder for the child, all under `root`."""
    env = dict(os.environ)
    for var, sub in (
        ("HOME", "home"),
        ("XDG_DATA_HOME", "home/data"),
        ("XDG_CONFIG_HOME", "home/config"),
        ("XDG_CACHE_HOME", "home/cache"),
        ("XDG_STATE_HOME", "home/state"),
        ("XDG_RUNTIME_DIR", "runtime"),
        ("TMPDIR", "tmp"),
    ):
        path = root / sub
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[var] = str(path)
    env["TEMP"] = env["TMP"] = env["TMPDIR"]
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)
    return env


def run_scripted_session(
    root: Path,
    *,
    names: list[tuple[str, str]] | None = None,
    marker: str = "(test narrative)",
    control: bool = False,
) -> dict[str, Any]:
    """Run STEPS in a fresh child under the recording hook; returns the child's report."""
    config = {
        "folders": {"backups": str(root / "home/data/backups"), "exports": str(root / "usb")},
        "names": names or PLAIN_NAMES,
        "marker": marker,
        "control": control,
    }
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(REPO), str(HERE), json.dumps(config)],
        env=child_environment(root),
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert result.returncode == 0 and lines, result.stderr[-4000:]
    report: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    report["stderr"] = result.stderr
    return report


@pytest.mark.slow
def test_a_full_session_opens_no_network_socket_and_never_loads_qtnetwork(
    tmp_path: Path,
) -> None:
    report = run_scripted_session(tmp_path, control=True)
    assert report["error"] is None, report["error"]
    expected = [step.__name__ for step in STEPS]
    assert report["done"] == expected, "every step ran"
    assert report["network"] == [], "no network socket, use, name look-up or Qt networking"
    assert report["processes"] == [], "no child process (a browser, curl) was started"
    assert report["qt_network_modules"] == []
    assert report["qt_network_library"] in (False, None), "libQt6Network was never mapped"
    # The control: the recorder does see a socket, and the app's guard refuses it.
    assert report["control_refused"] is True
    assert report["control_network"] == ["socket.__new__ family=2"]
