"""Logs and crash reports that can hold no personal data (SECURITY.md item 1: logs).

Why a closed vocabulary rather than careful messages: one `log.info("saved %s", incident)` or
one `logger.exception(...)` whose exception text quotes a child's name puts personal data in
a plaintext file that outlives the case file's encryption. Reviewing every message forever
does not scale, so the design makes the leak hard to write:

- The app logs only through `log_event(event, **fields)` and `log_failure(event, error,
  **fields)`. `event` must be one of the EVENTS declared below (adding one is a reviewed,
  one-line change here), each field name must be one that event declares, and each value an
  int (a record id, a count), a bool, or an Enum member whose value is a short identifier.
  Exceptions contribute their class name (code, never the message) and an OSError its errno.
- Misuse raises LogEventRefused while `strict` (the default, so tests and development fail
  loudly); the running app calls `configure_logging(strict=False)`, which writes the marker
  `log.event_refused` with the caller's module and line instead, so a fault in logging never
  takes the app down.
- Every record reaching the log file passes a filter: records that did not come through
  `log_event` (a library's own logging, a stray `logging.warning`) lose their message, their
  arguments and any exception text, and are written as `log.unlisted_record`.

Crash reports follow the same rule: the version, a few platform facts, the exception's class
and the traceback as file:line:function, with file paths made relative (a home folder's name
can be a person's name). Never the exception's message and never a local variable: messages
can hold what the user typed ("no person named …").

Files are created 0600 in a 0700 per-user log folder (platformdirs), which `configure_logging`
and the crash handler share.

Start-up order (cli/main.py and gui/app.py), because the first window should not wait for the
log file: the crash handler goes in at once (it costs nothing until something fails, and a
fault from then on gets its report and its calm message); `buffer_logging` keeps records in
memory, filtered exactly as the file would filter them; once the first window is up and the
event loop idle, `open_buffered_log` opens the file and writes the held records first, with
their own times. `stop_logging` writes any still held, so a quit or a crash before the file
was opened loses none. This module imports only what the standard library has already loaded
by then; the per-user folder look-up, the crash report's date and platform helpers are
imported when first needed.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Final

from ypsi_desktop import APP_NAME, __version__

LOGGER_NAME: Final = "ypsi_desktop"
LOG_FILE: Final = "ypsi-desktop.log"
LOG_MAX_BYTES: Final = 1024 * 1024
LOG_BACKUPS: Final = 5
CRASH_PREFIX: Final = "crash-"
CRASH_REPORTS_KEPT: Final = 20
EARLY_RECORDS_KEPT: Final = 1000  # held in memory before the log file opens; start-up logs few
_FRAMES_KEPT: Final = 60
_CHAIN_KEPT: Final = 5
_POSIX: Final = os.name == "posix"
_BINARY: Final = getattr(os, "O_BINARY", 0)
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)

_IDS = frozenset({"user_id", "incident_id"})

# Every event the app may log, and the fields each may carry. Field values are ints, bools or
# Enum members (see log_event), never text. Add an event here, in review, before using it.
EVENTS: Final[Mapping[str, frozenset[str]]] = {
    "app.started": frozenset(),
    "app.stopped": frozenset({"exit_code"}),
    "session.created": frozenset({"user_id", "training"}),
    "session.unlocked": frozenset({"user_id", "failed_attempts", "recovery"}),
    "session.sign_in_refused": frozenset({"failed_attempts"}),
    "session.locked": frozenset({"user_id", "reason"}),
    "incident.opened": _IDS,
    "incident.saved": _IDS | {"people"},
    "assessment.saved": _IDS | {"assessment_id", "override"},
    "draft.saved": _IDS,
    "draft.recovered": _IDS,
    "backup.written": frozenset({"user_id", "size_kib"}),
    "backup.failed": frozenset({"user_id"}),
    "restore.done": frozenset(),
    "restore.failed": frozenset(),
    "check.done": frozenset({"user_id", "ok", "problems"}),
    "export.written": frozenset({"user_id", "incidents"}),
    "import.done": frozenset({"user_id", "incidents"}),
    "print.sent": _IDS | {"pages"},
    "pdf.saved": _IDS | {"pages"},
    "passphrase.changed": frozenset({"user_id"}),
    "settings.unreadable": frozenset(),
    "crash.reported": frozenset({"main_thread"}),
    "qt.message": frozenset({"kind"}),  # from a Qt message handler: QtMsgType only, no text
    "log.event_refused": frozenset(),
    "log.unlisted_record": frozenset(),
    "log.records_dropped": frozenset({"count"}),  # held in memory past EARLY_RECORDS_KEPT
}

CALM_CRASH_MESSAGE: Final = (
    f"{APP_NAME} hit a problem it did not expect. Everything you saved is safe; anything not "
    "yet saved is kept as a draft where possible. A report without any personal details was "
    "written to {where}."
)
_NO_REPORT: Final = "the log folder, but writing it failed"


class LogEventRefused(ValueError):
    """A log call that could carry personal data: an unknown event, field or kind of value."""


_EVENT_MARK: Final = object()  # set only by _emit: a record carrying it came via log_event
_state_lock = threading.RLock()
_strict = True
_handler: logging.Handler | None = None
_early: _EarlyRecords | None = None  # between buffer_logging and the log file opening
_log_folder: Path | None = None
_root_level: int | None = None  # the root logger's level before logging was set up


def default_log_folder() -> Path:
    import platformdirs  # the look-up is needed only when a file is written

    from ypsi_desktop.settings_store import user_folder_name

    return Path(platformdirs.user_log_dir(user_folder_name(), appauthor=False))


def _private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _open_private(path: Path, flags: int) -> int:
    """Open with mode 0600 at creation; an existing file loses any group/other access."""
    fd = os.open(path, flags | _BINARY | _NOFOLLOW, 0o600)
    if _POSIX:
        os.fchmod(fd, 0o600)
    return fd


# --- Logging -----------------------------------------------------------------------------------


class _PrivateRotatingFileHandler(logging.FileHandler):
    """The log file: created 0600 (not the umask's usual 0644), and rotated like the standard
    library's RotatingFileHandler: before a record would take it past `max_bytes` it becomes
    `.1`, the older copies move up one, and only `backups` of them are kept.

    Written here on logging.FileHandler because importing logging.handlers for its rotating
    handler also imports socket, pickle and queue, which start-up would otherwise wait for.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = _open_private(Path(self.baseFilename), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        return open(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._too_big_for(record):
                self._rotate()
        except OSError:
            pass  # could not rotate (no permission, file moved away): keep writing regardless
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _too_big_for(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        written = self.stream.tell()
        if written == 0:
            return False  # a record bigger than the limit still goes in, alone
        size = len((self.format(record) + self.terminator).encode("utf-8", "replace"))
        return written + size >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened below
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            older, newer = f"{base}.{n}", f"{base}.{n + 1}"
            if os.path.exists(older):
                os.replace(older, newer)
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


class _EventOnlyFilter(logging.Filter):
    """Lets through what log_event wrote; strips everything else down to a marker."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.__dict__.get("ypsi_event") is _EVENT_MARK:
            return True
        top = record.name.split(".")[0]
        record.name = top if top in sys.modules else "other"  # a module's name is code
        record.msg = "log.unlisted_record"
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def _utc(seconds: float | None) -> time.struct_time:
    return time.gmtime(seconds)


class _EarlyRecords(logging.Handler):
    """Holds records in memory until the log file opens. Records pass the same filter as the
    file's on the way in, so memory never holds more than the file would; past
    EARLY_RECORDS_KEPT they are counted, not kept."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.addFilter(_EventOnlyFilter())
        self.records: list[logging.LogRecord] = []
        self.dropped = 0
        self.forward_to: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # called holding self.lock
        if self.forward_to is not None:  # a record from another thread that was on its way
            self.forward_to.handle(record)  # when the log file opened: it still gets there
        elif len(self.records) < EARLY_RECORDS_KEPT:
            self.records.append(record)
        else:
            self.dropped += 1

    def hand_over(self, handler: logging.Handler) -> int:
        """Write the held records to `handler`, send any later ones there too; returns the
        number dropped past the cap."""
        self.acquire()
        try:
            for record in self.records:
                handler.handle(record)
            self.records.clear()
            self.forward_to = handler
            return self.dropped
        finally:
            self.release()


class _UtcFormatter(logging.Formatter):
    def formatException(self, ei: object) -> str:  # logging names it so
        return ""  # exception text is never written; the filter has removed it anyway

    def formatStack(self, stack_info: str) -> str:
        return ""


def _lower_root_level() -> None:
    """Let INFO records reach the handlers, remembering the level to restore."""
    global _root_level
    root = logging.getLogger()
    if _root_level is None:
        _root_level = root.level
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)


def configure_logging(folder: Path | None = None, *, strict: bool = False) -> Path:
    """Send log records to a rotating file (1 MB x 5) in the per-user log folder.

    Returns the log file's path. Calling it again replaces the earlier handler (tests point
    it at a fresh folder each time). `strict=False` is for the running app: refused calls are
    written as a marker rather than raised. Records held by `buffer_logging` are written
    first. Raises OSError if the folder or the file cannot be made; held records stay held.
    """
    global _handler, _early, _log_folder, _strict
    with _state_lock:
        folder = _private_folder(Path(folder) if folder is not None else default_log_folder())
        path = folder / LOG_FILE
        handler = _PrivateRotatingFileHandler(path, max_bytes=LOG_MAX_BYTES, backups=LOG_BACKUPS)
        formatter = _UtcFormatter("%(asctime)s %(levelname)s %(name)s %(message)s")
        formatter.converter = _utc
        formatter.default_time_format = "%Y-%m-%dT%H:%M:%S"
        formatter.default_msec_format = "%s.%03dZ"
        handler.setFormatter(formatter)
        handler.addFilter(_EventOnlyFilter())
        handler.setLevel(logging.INFO)
        root = logging.getLogger()
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        early, _early = _early, None
        dropped = 0
        if early is not None:
            root.removeHandler(early)
            dropped = early.hand_over(handler)
        root.addHandler(handler)
        _lower_root_level()
        _handler, _log_folder, _strict = handler, folder, strict
        if dropped:
            _emit(logging.WARNING, "log.records_dropped", f"count={dropped}")
        return path


def buffer_logging(folder: Path | None = None, *, strict: bool = False) -> None:
    """Start logging without touching the disk: records are held in memory (filtered as the
    file would filter them) until `open_buffered_log` or `stop_logging` writes them to the
    log file in `folder` (the per-user log folder if None). Crash reports go to that folder
    from now on. Start-up calls this so the first window does not wait for the log file."""
    global _early, _log_folder, _strict
    with _state_lock:
        if _handler is not None or _early is not None:
            return  # already logging
        _early = _EarlyRecords()
        logging.getLogger().addHandler(_early)
        _lower_root_level()
        _log_folder = Path(folder) if folder is not None else None
        _strict = strict


def open_buffered_log() -> Path | None:
    """Open the log file chosen by `buffer_logging` and write the records held so far.

    Returns the file's path, or None if nothing was waiting or the file cannot be written
    (disk full, no permission): then records stay held, up to EARLY_RECORDS_KEPT, and the
    app carries on; logs are a help, never a reason to stop working.
    """
    with _state_lock:
        if _early is None:
            return None
        try:
            return configure_logging(_log_folder, strict=_strict)
        except OSError:
            return None


def stop_logging() -> None:
    """Write any records still held in memory, close the log file (at exit, and between
    tests) and return to the state before logging began: later events go nowhere, and
    misuse raises again."""
    global _handler, _early, _log_folder, _strict, _root_level
    with _state_lock:
        open_buffered_log()  # a quit or a crash before the file opened loses nothing
        root = logging.getLogger()
        if _early is not None:  # the file could not be opened even now
            root.removeHandler(_early)
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        if _root_level is not None:
            root.setLevel(_root_level)
        _handler, _early, _log_folder, _strict, _root_level = None, None, None, True, None


def log_folder() -> Path:
    """Where logs and crash reports go: the configured folder, else the per-user default."""
    return _log_folder if _log_folder is not None else default_log_folder()


def _value_text(value: object) -> str | None:
    """The text written for one field value, or None if the value is not allowed."""
    if isinstance(value, Enum):
        value = value.value
        if isinstance(value, str):
            ok = 0 < len(value) <= 32 and all(
                c.isascii() and (c.isalnum() or c in "_-.") for c in value
            )
            return value if ok else None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return None


def _caller() -> str:
    """module:line of the code that called log_event (code, so safe to write)."""
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back
    return f"{frame.f_globals.get('__name__', '?')}:{frame.f_lineno}"


def _refused(problem: str) -> None:
    if _strict:
        raise LogEventRefused(problem)
    _emit(logging.WARNING, "log.event_refused", f"at={_caller()}")


def _emit(level: int, event: str, fields: str) -> None:
    logger = logging.getLogger(LOGGER_NAME)
    if not logger.isEnabledFor(level):
        return
    message = f"{event} {fields}".rstrip()
    record = logger.makeRecord(LOGGER_NAME, level, "(log_event)", 0, message, (), None)
    record.__dict__["ypsi_event"] = _EVENT_MARK
    logger.handle(record)


def _format_fields(event: str, fields: Mapping[str, object]) -> str | None:
    allowed = EVENTS.get(event) if isinstance(event, str) else None
    if allowed is None:
        _refused("not a declared log event; add it to diagnostics.EVENTS")
        return None
    parts: list[str] = []
    for key, value in fields.items():
        if key not in allowed:
            _refused(f"{event} has no field of that name; declare it in diagnostics.EVENTS")
            return None
        text = _value_text(value)
        if text is None:
            _refused(
                f"{event}.{key}: only ints, bools and Enum members with short identifier "
                f"values may be logged, not {type(value).__name__}"
            )
            return None
        parts.append(f"{key}={text}")
    return " ".join(parts)


def log_event(event: str, /, **fields: int | bool | Enum) -> None:
    """Log one declared event with id-like fields, e.g. log_event("incident.saved",
    incident_id=7, user_id=1). Anything else raises (strict) or becomes a marker."""
    text = _format_fields(event, fields)
    if text is not None:
        _emit(logging.INFO, event, text)


def log_failure(event: str, error: BaseException, /, **fields: int | bool | Enum) -> None:
    """Log a declared event for a failure: the error's class name (and errno), no message."""
    text = _format_fields(event, fields)
    if text is not None:
        extra = f"error={_class_name(type(error))}"
        if isinstance(error, OSError) and isinstance(error.errno, int):
            extra += f" errno={error.errno}"
        _emit(logging.WARNING, event, f"{text} {extra}".strip())


# --- Crash reports -----------------------------------------------------------------------------


def _class_name(kind: type[BaseException]) -> str:
    module = getattr(kind, "__module__", "") or ""
    name = getattr(kind, "__qualname__", kind.__name__)
    return name if module == "builtins" else f"{module}.{name}"


def _roots() -> list[str]:
    roots = {os.path.abspath(p) for p in sys.path if isinstance(p, str) and p}
    return sorted(roots, key=len, reverse=True)


def _short_path(filename: str, roots: list[str]) -> str:
    """A frame's file relative to the import root it came from, or its bare name: never a
    home folder, whose name may be a person's."""
    if filename.startswith("<"):
        return filename
    full = os.path.abspath(filename)
    for root in roots:
        if full.startswith(root + os.sep):
            return Path(os.path.relpath(full, root)).as_posix()
    return os.path.basename(full)


def _frames(tb: TracebackType | None, roots: list[str]) -> list[str]:
    lines = [
        f"  {_short_path(frame.filename, roots)}:{frame.lineno}:{frame.name}"
        for frame in _traceback().extract_tb(tb)  # reads no locals and no message
    ]
    if len(lines) > _FRAMES_KEPT:
        lines = lines[: _FRAMES_KEPT // 2] + ["  …"] + lines[-_FRAMES_KEPT // 2 :]
    return lines


def _traceback() -> ModuleType:
    import traceback  # only a crash needs it: kept off the start-up path

    return traceback


def _platform() -> ModuleType:
    import platform  # only a crash needs it; it compiles several patterns on import

    return platform


def format_crash_report(
    kind: type[BaseException],
    error: BaseException | None,
    tb: TracebackType | None,
    *,
    main_thread: bool = True,
) -> str:
    """The report's text: facts about the program and where it failed, nothing the user typed."""
    from datetime import UTC, datetime

    roots = _roots()
    lines = [
        f"{APP_NAME} crash report (holds no messages and no values, so no personal data)",
        f"version: {__version__}",
        f"written: {datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"python: {_platform().python_version()} {_platform().python_implementation()}",
        f"system: {_platform().system()} {_platform().release()} {_platform().machine()}",
        f"frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"thread: {'main' if main_thread else 'other'}",
        f"exception: {_class_name(kind)}",
    ]
    if isinstance(error, OSError) and isinstance(error.errno, int):
        lines.append(f"errno: {error.errno}")
    lines.append("traceback (most recent call last), as file:line:function:")
    lines += _frames(tb, roots)
    seen = {id(error)}
    cause = _next_in_chain(error)
    for _ in range(_CHAIN_KEPT):
        if cause is None or id(cause) in seen:
            break
        seen.add(id(cause))
        lines.append(f"while handling: {_class_name(type(cause))}")
        lines += _frames(cause.__traceback__, roots)
        cause = _next_in_chain(cause)
    return "\n".join(lines) + "\n"


def _next_in_chain(error: BaseException | None) -> BaseException | None:
    if error is None:
        return None
    return error.__cause__ or (None if error.__suppress_context__ else error.__context__)


def _prune_reports(folder: Path) -> None:
    reports = sorted(folder.glob(f"{CRASH_PREFIX}*.txt"))
    for old in reports[:-CRASH_REPORTS_KEPT]:
        try:
            old.unlink()
        except OSError:
            pass


def write_crash_report(
    kind: type[BaseException],
    error: BaseException | None,
    tb: TracebackType | None,
    *,
    folder: Path | None = None,
    main_thread: bool = True,
) -> Path:
    """Write a crash report (0600) to the log folder and return its path."""
    from datetime import UTC, datetime

    folder = _private_folder(Path(folder) if folder is not None else log_folder())
    text = format_crash_report(kind, error, tb, main_thread=main_thread)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{CRASH_PREFIX}{stamp}-{os.urandom(2).hex()}.txt"
    fd = _open_private(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    with open(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    _prune_reports(folder)
    return path


class _CrashHandler:
    """The hooks' shared state: the callback, and a guard against a storm of dialogs when
    the same fault repeats (a paint handler failing on every repaint)."""

    def __init__(self, show: Callable[[str], None] | None, folder: Path | None) -> None:
        self.show = show
        self.folder = folder
        self.showing = False
        self.reports = 0

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException | None,
        tb: TracebackType | None,
        *,
        main_thread: bool,
    ) -> Path | None:
        path: Path | None = None
        if self.reports < CRASH_REPORTS_KEPT:
            self.reports += 1
            try:
                path = write_crash_report(
                    kind, error, tb, folder=self.folder, main_thread=main_thread
                )
            except Exception:  # a full disk must not hide the message
                path = None
        try:
            log_event("crash.reported", main_thread=main_thread)
        except Exception:  # logging must not stop the report
            pass
        if self.show is not None and not self.showing:
            self.showing = True
            try:
                self.show(CALM_CRASH_MESSAGE.format(where=path if path else _NO_REPORT))
            except Exception:  # the dialog itself failing must not recurse
                pass
            finally:
                self.showing = False
        return path


_crash_handler: _CrashHandler | None = None


def install_crash_handler(
    show: Callable[[str], None] | None, *, folder: Path | None = None
) -> None:
    """Replace sys.excepthook and threading.excepthook with the crash reporter.

    `show` receives the calm message for the user; it may be called from a worker thread, so
    the GUI's function must hand the message to the GUI thread (e.g. through a queued signal).
    Ctrl+C (KeyboardInterrupt) and SystemExit keep Python's usual behaviour.
    """
    global _crash_handler
    handler = _CrashHandler(show, folder)
    _crash_handler = handler

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            sys.__excepthook__(kind, error, tb)
            return
        handler.handle(
            kind, error, tb, main_thread=threading.current_thread() is threading.main_thread()
        )

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        handler.handle(args.exc_type, args.exc_value, args.exc_traceback, main_thread=False)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook


def report_crash(error: BaseException) -> Path | None:
    """Report an exception caught at the top of the app (one that escaped start-up, say) the
    way the hooks would: a report, the event, and the calm message through the installed
    handler's `show`. Returns the report's path, or None if writing it failed."""
    handler = _crash_handler if _crash_handler is not None else _CrashHandler(None, None)
    main_thread = threading.current_thread() is threading.main_thread()
    return handler.handle(type(error), error, error.__traceback__, main_thread=main_thread)
