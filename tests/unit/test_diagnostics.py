"""Logs, crash reports and settings hold no personal data, and refuse what could carry it.

Each test plants an obviously fake name in the place a careless change would leak it (an
exception message, a local variable, a log argument, a settings key) and checks it never
reaches the file, while the facts a developer needs (event, ids, class, frames) do.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from types import TracebackType

import pytest

from ypsi_desktop import __version__, diagnostics
from ypsi_desktop.diagnostics import (
    CALM_CRASH_MESSAGE,
    LogEventRefused,
    buffer_logging,
    configure_logging,
    install_crash_handler,
    log_event,
    log_failure,
    open_buffered_log,
    report_crash,
    stop_logging,
    write_crash_report,
)
from ypsi_desktop.settings_store import Preferences, SettingsError, SettingsStore

CANARY = "Zoë Testchild-Δοκιμή-Тестова"  # invented; in the mould of tests/integration/case_builders
POSIX = os.name == "posix"
REPO = Path(__file__).resolve().parents[2]


class LockReason(Enum):
    IDLE = "idle"
    NAMED = "locked for Zoë Testchild"  # a value that is text, not an identifier


@pytest.fixture(autouse=True)
def _restore_logging_and_hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    stop_logging()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _raise_with_personal_data() -> tuple[type[BaseException], BaseException, TracebackType]:
    def save_person(name: str) -> None:
        typed_by_user = f"{name} (typed)"  # a local that must never be written
        try:
            raise KeyError(typed_by_user)
        except KeyError as error:
            raise ValueError(f"No person named {typed_by_user}") from error

    try:
        save_person(CANARY)
    except ValueError as error:
        assert error.__traceback__ is not None
        return type(error), error, error.__traceback__
    raise AssertionError("unreachable")


# --- Crash reports -----------------------------------------------------------------------------


def test_crash_report_holds_class_and_frames_but_never_the_message(tmp_path: Path) -> None:
    kind, error, tb = _raise_with_personal_data()
    assert CANARY in str(error), "the planted message is really there to leak"
    path = write_crash_report(kind, error, tb, folder=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "exception: ValueError" in text
    assert "while handling: KeyError" in text, "the chained cause's class is kept too"
    assert "test_diagnostics.py:" in text and ":save_person" in text
    assert f"version: {__version__}" in text
    for leak in (CANARY, "Zo", "typed", "No person named", str(Path.home())):
        assert leak not in text, leak
    if POSIX:
        assert _mode(path) == 0o600


def test_crash_report_frames_never_show_a_home_folder(tmp_path: Path) -> None:
    """A file outside every import root (here, compiled under a path naming a person) is
    written by its bare name, since a home folder's name can be a person's."""
    source = "def fail():\n    raise RuntimeError('x')\n"
    namespace: dict[str, object] = {}
    exec(compile(source, f"/home/{CANARY}/notes/helper.py", "exec"), namespace)
    try:
        namespace["fail"]()  # type: ignore[operator]
    except RuntimeError as error:
        path = write_crash_report(type(error), error, error.__traceback__, folder=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "  helper.py:2:fail" in text
    assert CANARY not in text


def test_crash_report_keeps_errno_not_the_file_name(tmp_path: Path) -> None:
    try:
        open(tmp_path / f"{CANARY}.txt")
    except FileNotFoundError as error:
        path = write_crash_report(type(error), error, error.__traceback__, folder=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "exception: FileNotFoundError" in text and "errno: 2" in text
    assert CANARY not in text


def test_crash_handler_writes_a_report_and_shows_the_calm_message(tmp_path: Path) -> None:
    shown: list[str] = []
    install_crash_handler(shown.append, folder=tmp_path)
    sys.excepthook(*_raise_with_personal_data())
    (report,) = tmp_path.glob("crash-*.txt")
    assert shown == [CALM_CRASH_MESSAGE.format(where=report)]
    assert "Everything you saved is safe" in shown[0]
    assert CANARY not in report.read_text(encoding="utf-8")


def test_crash_in_a_worker_thread_is_reported_too(tmp_path: Path) -> None:
    shown: list[str] = []
    install_crash_handler(shown.append, folder=tmp_path)

    def work() -> None:
        raise ValueError(f"worker failed for {CANARY}")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    (report,) = tmp_path.glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "thread: other" in text and "exception: ValueError" in text and ":work" in text
    assert CANARY not in text
    assert len(shown) == 1


def test_crash_handler_survives_a_failing_dialog_and_an_unwritable_folder(
    tmp_path: Path,
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")

    def broken_dialog(message: str) -> None:
        raise RuntimeError("the dialog itself failed")

    install_crash_handler(broken_dialog, folder=blocked)
    sys.excepthook(*_raise_with_personal_data())  # must not raise
    shown: list[str] = []
    install_crash_handler(shown.append, folder=blocked)
    sys.excepthook(*_raise_with_personal_data())
    assert shown and "writing it failed" in shown[0]


# --- Logging -----------------------------------------------------------------------------------


def test_log_file_is_private_and_holds_time_level_logger_and_event(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs")
    log_event("incident.saved", incident_id=7, user_id=1, people=3)
    log_event("session.locked", user_id=1, reason=LockReason.IDLE)
    log_event("check.done", ok=True, problems=0)
    stop_logging()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    when, level, logger, message = lines[0].split(" ", 3)
    assert datetime.strptime(when, "%Y-%m-%dT%H:%M:%S.%fZ")
    assert (level, logger) == ("INFO", "ypsi_desktop")
    assert message == "incident.saved incident_id=7 user_id=1 people=3"
    assert lines[1].endswith("session.locked user_id=1 reason=idle")
    assert lines[2].endswith("check.done ok=true problems=0")
    if POSIX:
        assert _mode(path) == 0o600
        assert _mode(path.parent) == 0o700


@pytest.mark.parametrize(
    ("event", "fields"),
    [
        ("incident.saved", {"incident_id": CANARY}),
        ("incident.saved", {"incident_id": 1.5}),
        ("incident.saved", {"incident_id": None}),
        ("incident.saved", {"incident_id": b"7"}),
        ("incident.saved", {"incident_id": [7]}),
        ("session.locked", {"reason": LockReason.NAMED}),
        ("incident.saved", {"child_name": 7}),  # a field the event does not declare
        (f"incident.saved.{CANARY}", {}),  # an event name built from data
        ("incident.viewed_by_zoe", {}),
    ],
)
def test_log_event_refuses_anything_but_declared_ids(
    tmp_path: Path, event: str, fields: dict[str, object]
) -> None:
    path = configure_logging(tmp_path, strict=True)
    with pytest.raises(LogEventRefused) as refused:
        log_event(event, **fields)  # type: ignore[arg-type]
    assert CANARY not in str(refused.value), "the refusal does not repeat the value"
    stop_logging()
    assert path.read_text(encoding="utf-8") == ""


def test_log_event_is_strict_until_the_app_chooses_otherwise() -> None:
    with pytest.raises(LogEventRefused):
        log_event("incident.saved", incident_id=CANARY)  # type: ignore[arg-type]


def test_in_the_running_app_a_refused_event_becomes_a_marker(tmp_path: Path) -> None:
    path = configure_logging(tmp_path, strict=False)
    log_event("incident.saved", incident_id=CANARY)  # type: ignore[arg-type]
    log_event(f"opened {CANARY}")
    log_failure("backup.failed", OSError(28, f"No space left for {CANARY}"), user_id=2)
    stop_logging()
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) == 3
    assert "WARNING ypsi_desktop log.event_refused at=test_diagnostics:" in lines[0]
    assert lines[2].endswith("backup.failed user_id=2 error=OSError errno=28")
    assert CANARY not in text and "Zo" not in text


def test_other_logging_is_stripped_to_a_marker(tmp_path: Path) -> None:
    """A library's own logging, or a stray logging call in the app, loses its message, its
    arguments and any traceback text on the way to the file."""
    path = configure_logging(tmp_path, strict=False)
    logging.getLogger("ypsi_desktop.gui").warning("opened record for %s", CANARY)
    logging.getLogger(f"made.up.{CANARY}").error(f"direct {CANARY}")
    try:
        raise ValueError(f"bad {CANARY}")
    except ValueError:
        logging.getLogger("ypsi_desktop").exception("failed for %s", CANARY)
    logging.getLogger("pytest").info("x", extra={"ypsi_event": True})  # cannot forge the mark
    stop_logging()
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) == 4, text
    assert lines[0].endswith("WARNING ypsi_desktop log.unlisted_record")
    assert lines[1].endswith("ERROR other log.unlisted_record")
    assert lines[2].endswith("ERROR ypsi_desktop log.unlisted_record")
    assert lines[3].endswith("INFO pytest log.unlisted_record")
    assert CANARY not in text and "Traceback" not in text and "bad" not in text


def test_rotated_log_files_are_private_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnostics, "LOG_MAX_BYTES", 2_000)
    configure_logging(tmp_path)
    for n in range(200):
        log_event("incident.opened", incident_id=n, user_id=1)
    stop_logging()
    files = sorted(tmp_path.glob("ypsi-desktop.log*"))
    assert len(files) == 1 + diagnostics.LOG_BACKUPS, "rotated and capped at five old files"
    assert all(f.stat().st_size <= 2_000 for f in files)
    if POSIX:
        assert {_mode(f) for f in files} == {0o600}
    # Oldest copy (.5) to the live file: one unbroken run of events, ending with the last.
    ordered = [tmp_path / f"ypsi-desktop.log.{n}" for n in range(diagnostics.LOG_BACKUPS, 0, -1)]
    ids = [
        int(line.split("incident_id=")[1].split()[0])
        for path in [*ordered, tmp_path / "ypsi-desktop.log"]
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert ids == list(range(ids[0], 200)), "nothing lost or reordered within what is kept"


def test_every_declared_event_and_field_is_an_identifier() -> None:
    """The vocabulary itself is code: lower-case dotted names, nothing that reads as text."""
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789_.")
    for event, fields in diagnostics.EVENTS.items():
        assert set(event) <= allowed and "." in event, event
        assert all(set(name) <= allowed - {"."} for name in fields), event


# --- Start-up: records held in memory until the first window is up ----------------------------


def test_records_before_the_log_file_opens_are_held_then_written_first(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    buffer_logging(folder)
    log_event("app.started")
    logging.getLogger("some.library").warning("opened %s", CANARY)
    assert not folder.exists(), "nothing touches the disk before the file is opened"
    path = open_buffered_log()
    log_event("app.stopped", exit_code=0)
    stop_logging()
    assert path == folder / diagnostics.LOG_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 3)[3] for line in lines] == [
        "app.started",
        "log.unlisted_record",  # filtered while held, exactly as the file would filter it
        "app.stopped exit_code=0",
    ]
    times = [datetime.strptime(line.split(" ")[0], "%Y-%m-%dT%H:%M:%S.%fZ") for line in lines]
    assert times == sorted(times), "held records keep their own times"
    assert CANARY not in path.read_text(encoding="utf-8")
    if POSIX:
        assert _mode(path) == 0o600 and _mode(folder) == 0o700


def test_held_records_are_written_at_stop_if_the_file_never_opened(tmp_path: Path) -> None:
    """A quit, or a crash, before the first window was idle loses no record."""
    buffer_logging(tmp_path)
    log_event("app.started")
    log_event("app.stopped", exit_code=1)
    stop_logging()
    text = (tmp_path / diagnostics.LOG_FILE).read_text(encoding="utf-8")
    assert text.count("app.started") == 1 and "app.stopped exit_code=1" in text


def test_a_crash_before_the_log_file_opens_is_reported_and_logged(tmp_path: Path) -> None:
    shown: list[str] = []
    install_crash_handler(shown.append)
    buffer_logging(tmp_path)  # crash reports go to the folder chosen for the log
    log_event("app.started")
    sys.excepthook(*_raise_with_personal_data())
    (report,) = tmp_path.glob("crash-*.txt")
    assert shown == [CALM_CRASH_MESSAGE.format(where=report)]
    assert not (tmp_path / diagnostics.LOG_FILE).exists(), "the log itself is still held"
    stop_logging()
    text = (tmp_path / diagnostics.LOG_FILE).read_text(encoding="utf-8")
    assert "app.started" in text and "crash.reported main_thread=true" in text
    assert CANARY not in text and CANARY not in report.read_text(encoding="utf-8")


def test_a_caught_start_up_failure_is_reported_like_a_crash(tmp_path: Path) -> None:
    shown: list[str] = []
    install_crash_handler(shown.append, folder=tmp_path)
    _, error, _ = _raise_with_personal_data()
    path = report_crash(error)
    assert path is not None and path.parent == tmp_path
    assert "exception: ValueError" in path.read_text(encoding="utf-8")
    assert shown == [CALM_CRASH_MESSAGE.format(where=path)]


def test_held_records_are_capped_and_the_overflow_is_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diagnostics, "EARLY_RECORDS_KEPT", 5)
    buffer_logging(tmp_path)
    for n in range(8):
        log_event("incident.opened", incident_id=n, user_id=1)
    path = open_buffered_log()
    stop_logging()
    assert path is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    assert lines[4].endswith("incident.opened incident_id=4 user_id=1")
    assert lines[5].endswith("WARNING ypsi_desktop log.records_dropped count=3")


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    buffer_logging(blocked)
    log_event("app.started")
    assert open_buffered_log() is None  # no exception: the app carries on without a file
    log_event("app.stopped", exit_code=0)
    stop_logging()  # tries once more, quietly
    assert blocked.read_text() == "a file where the folder should be"


def test_the_start_up_steps_import_nothing_the_first_window_does_not_need() -> None:
    """The guard, the crash hook and held logging cost the first window next to nothing:
    no socket module (its import builds enums), no logging.handlers (socket, pickle, queue),
    no per-user folder look-up and no date module until something is written."""
    code = (
        "import sys\n"
        "from ypsi_desktop import airgap\n"
        "airgap.install_network_guard()\n"
        "from ypsi_desktop import diagnostics\n"
        "diagnostics.install_crash_handler(print)\n"
        "diagnostics.buffer_logging()\n"
        "diagnostics.log_event('app.started')\n"
        "heavy = ('socket', 'logging.handlers', 'pickle', 'queue', 'platformdirs', 'datetime',"
        " 'ypsi_desktop.settings_store', 'platform')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_stopping_logging_restores_the_root_level(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = root.level
    configure_logging(tmp_path)
    assert root.level == logging.INFO
    stop_logging()
    assert root.level == before


def test_these_modules_load_no_qt() -> None:
    """airgap, diagnostics and settings_store run before (and beside) the GUI: no Qt."""
    code = (
        "import sys; import ypsi_desktop.airgap, ypsi_desktop.diagnostics, "
        "ypsi_desktop.settings_store; "
        "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- Settings ----------------------------------------------------------------------------------


def test_settings_round_trip_in_a_private_file(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config")
    assert store.load() == Preferences()  # nothing saved yet: the defaults
    when = datetime(2026, 2, 3, 9, 15, tzinfo=UTC)
    case_file = tmp_path / "cases" / "school.ypsi"
    saved = store.update(
        last_case_file=case_file, idle_lock_minutes=10, last_verified_backup_at=when
    )
    assert store.load() == saved
    assert saved.last_case_file == case_file and saved.idle_lock_minutes == 10
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["last_verified_backup_at"] == "2026-02-03T09:15:00Z"
    assert sorted(data) == sorted(
        ["schema", "last_case_file", "last_backup_folder", "idle_lock_minutes",
         "last_verified_backup_at"]
    )  # fmt: skip
    assert [p.name for p in store.folder.iterdir()] == ["settings.json"], "no temp file left"
    if POSIX:
        assert _mode(store.path) == 0o600


def test_settings_refuse_unknown_keys_on_write_and_on_read(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    with pytest.raises(SettingsError) as refused:
        store.update(recent_children=[CANARY])
    assert CANARY not in str(refused.value) and "recent_children" not in str(refused.value)
    assert not store.path.exists()
    store.save(Preferences())
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data["window_title"] = CANARY
    store.path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError):
        store.load()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("last_case_file", CANARY),  # text, not a full path
        ("last_case_file", "cases/school.ypsi"),
        ("last_case_file", 5),
        ("last_case_file", "/tmp/a\x00b"),
        ("last_backup_folder", ["/tmp"]),
        ("idle_lock_minutes", 0),
        ("idle_lock_minutes", 61),
        ("idle_lock_minutes", "5"),
        ("idle_lock_minutes", True),
        ("idle_lock_minutes", 5.0),
        ("last_verified_backup_at", "yesterday"),
        ("last_verified_backup_at", datetime(2026, 1, 1, 12, 0)),  # no time zone
        ("last_verified_backup_at", 1767225600),
    ],
)
def test_settings_refuse_values_of_the_wrong_kind(tmp_path: Path, key: str, value: object) -> None:
    store = SettingsStore(tmp_path)
    with pytest.raises(SettingsError):
        store.update(**{key: value})
    store.save(Preferences())
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data[key] = value if isinstance(value, str | int | list) else str(value)
    store.path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError):
        store.load()


def test_settings_times_are_kept_in_utc(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    london_summer = timezone(timedelta(hours=1))
    saved = store.update(last_verified_backup_at=datetime(2026, 7, 1, 10, 0, tzinfo=london_summer))
    assert saved.last_verified_backup_at == datetime(2026, 7, 1, 9, 0, tzinfo=UTC)


def test_a_damaged_settings_file_is_reported_and_replaced_on_save(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    tmp_path.mkdir(exist_ok=True)
    store.path.write_bytes(b"\xff{not json")
    with pytest.raises(SettingsError):
        store.load()
    assert store.update(idle_lock_minutes=15).idle_lock_minutes == 15
    assert store.load().idle_lock_minutes == 15
