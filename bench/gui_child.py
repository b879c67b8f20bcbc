"""One child process for `gui.open_list` and `gui.memory` (bench/gui.py starts it).

    python bench/gui_child.py app|bare CASE_FILE [--kdf]    (the data key as hex on stdin)

Both kinds load what the app has loaded when a user signs in (PySide6, a QApplication; the
app also its sign-in window's modules and the storage layer) before the clock starts. From
the moment the raw data key is in hand to the window idle with the list painted:

- `app`: what the app does after the key is unwrapped (services/session.py `_finish_open`,
  less the key-file write, since the benchmark file has no key files): open_case_file, look
  up the user, check the audit chain reaches its head, record the unlock; then import the main
  window's modules (loaded lazily at sign-in, so the user waits for them), build MainWindow,
  attach the session, show it.
- `bare`: sqlcipher3 connect with the raw-key pragma and the app's connection pragmas, the
  case list's first page (the same SQL storage/case_list.py runs for the default view) put
  into a QStandardItemModel, shown in a QTableView in a QMainWindow of the same size.

"Idle" is the event loop having nothing left to do (a zero timer fired) with the table's
viewport painted at least once. With `--kdf` the process first runs Argon2id with the app's
production minimum settings on a dummy passphrase (for gui.memory: sign-in derives a key).

Prints one JSON line: seconds, peak RSS in kB (see peak_rss_kb), rows shown, each stage's
milliseconds and, with --kdf, the peak RSS reached by the end of each stage.
YPSI_BENCH_PROFILE=FILE writes a cProfile of the timed part there.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

# The app's connection pragmas, typed out so the bare process imports nothing of the app;
# tests/unit/test_bench_gui.py checks they match storage/connection.py.
BARE_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA locking_mode = EXCLUSIVE",
    "PRAGMA journal_size_limit = 0",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA recursive_triggers = ON",
    "PRAGMA cell_size_check = ON",
)
PAGE_SIZE = 100  # gui/case_list_model.py PAGE_SIZE
WINDOW_SIZE = (1200, 780)  # ui/main_window.ui
# The default view's first page, as storage/case_list.py writes it: open incidents, newest first.
BARE_COUNT = "SELECT count(*) FROM incidents INDEXED BY incidents_list_filters WHERE status = ?"
BARE_PAGE = (
    "SELECT id FROM incidents WHERE status = ? ORDER BY came_to_light_at DESC, id DESC"
    " LIMIT ? OFFSET 0"
)
BARE_NAMES = (
    "SELECT ip.incident_id, p.first_name, p.last_name, p.known_as FROM incident_people ip"
    " CROSS JOIN people p ON p.id = ip.person_id WHERE ip.incident_id IN ({marks})"
    " AND p.kind = 'child' ORDER BY ip.incident_id, ip.position"
)
BARE_ROWS = (
    "SELECT id, reference, came_to_light_at, latest_category, latest_route, status, owner,"
    " next_due FROM incidents WHERE id IN ({marks})"
)
DUMMY_PASSPHRASE = b"bench-dummy-passphrase-not-a-secret"
SALT = b"bench-salt-16byt"


def peak_rss_kb() -> int:
    """This process's peak resident set size in kB (1,024 bytes).

    On Linux this is VmHWM from /proc/self/status, not getrusage's ru_maxrss: Linux folds the
    memory a process had before exec into ru_maxrss, so a child started from the benchmark
    process (itself holding Qt and a 267 MB file's pages) reports at least the parent's peak.
    VmHWM counts only the child's own memory. Elsewhere ru_maxrss (bytes on macOS).
    """
    peak = _proc_status_kb("VmHWM")
    if peak is not None:
        return peak
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _proc_status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Stages:
    """Time spent in each stage, and (for gui.memory) the peak RSS by the end of each."""

    def __init__(self, peaks: dict[str, int] | None) -> None:
        self.start = time.perf_counter()
        self.last = self.start
        self.times: dict[str, float] = {}
        self.peaks = peaks

    def mark(self, name: str) -> None:
        now = time.perf_counter()
        self.times[name] = round((now - self.last) * 1e3, 2)
        if self.peaks is not None:
            self.peaks[name] = peak_rss_kb()
        self.last = now

    def total(self) -> float:
        return self.last - self.start


def _until_idle(app: object, viewport: object) -> int:
    """Run the event loop until it has nothing to do and the viewport has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintSeen(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintSeen.seen = True
            return False

    watch = PaintSeen()
    viewport.installEventFilter(watch)  # type: ignore[attr-defined]
    rounds = 0
    while True:
        rounds += 1
        # exit(), not quit(): Qt 6's quit() closes every window first.
        QTimer.singleShot(0, lambda: app.exit(0))  # type: ignore[attr-defined]
        app.exec()  # type: ignore[attr-defined]
        if PaintSeen.seen or rounds >= 100:
            break
    viewport.removeEventFilter(watch)  # type: ignore[attr-defined]
    if not PaintSeen.seen:
        raise SystemExit("the table was never painted")
    return rounds


def run_app(path: str, key: bytes, kdf: bool) -> dict[str, object]:
    # What is loaded when the user signs in: the app's QApplication, the sign-in window's
    # modules and the storage layer the unlock uses.
    import ypsi_desktop.gui.app_controller
    import ypsi_desktop.gui.sign_in  # noqa: F401
    from ypsi_desktop.domain.case import UserRole
    from ypsi_desktop.gui.app import create_application
    from ypsi_desktop.services.session import VERIFY_AT_OPEN_LIMIT, CaseFileSession, User
    from ypsi_desktop.storage.audit import record_unlock
    from ypsi_desktop.storage.chain import anchor, contains_anchor
    from ypsi_desktop.storage.database import open_case_file
    from ypsi_desktop.storage.key_derivation import KdfParams, derive, wipe
    from ypsi_desktop.storage.keys import KeyStore

    app = create_application([sys.argv[0]])
    # As app_controller does while the passphrase is typed (PREPARE_MAIN_AFTER_MS after the
    # sign-in screen is idle): the empty main window is built before the key is unwrapped.
    from ypsi_desktop.gui.main_window import MainWindow
    from ypsi_desktop.gui.prompts import Prompts

    window = MainWindow(prompts=Prompts())
    peaks = {"sign_in_modules": peak_rss_kb()} if kdf else None
    if peaks is not None:
        wipe(derive(bytearray(DUMMY_PASSPHRASE), SALT, KdfParams.production_minimum()))
        peaks["kdf"] = peak_rss_kb()
    # Sign-in then opens the key slot, which loads the cryptography package only now
    # (storage/key_slot.py): loaded here too, so the app's memory counts it.
    import cryptography.exceptions
    import cryptography.hazmat.primitives.asymmetric.x25519
    import cryptography.hazmat.primitives.ciphers.aead
    import cryptography.hazmat.primitives.kdf.hkdf  # noqa: F401

    data_key = bytearray(key)
    profile = _profiler()
    stages = Stages(peaks)
    # --- the key is unwrapped: services/session.py _finish_open from here ---------------------
    verify = os.path.getsize(path) <= VERIFY_AT_OPEN_LIMIT
    case = open_case_file(path, data_key, verify_pages=verify)
    stages.mark("open_case_file")
    row = case.conn.execute("SELECT id, name, role FROM users WHERE id = 1").fetchone()
    user = User(int(row[0]), str(row[1]), UserRole(row[2]))
    seq, head = anchor(case.conn)  # what the key files would hold
    if not contains_anchor(case.conn, seq, head[:16]):
        raise SystemExit("the benchmark file's audit chain does not verify")
    stages.mark("contains_anchor")
    record_unlock(case.conn, user_id=user.id)
    stages.mark("record_unlock")
    # The fixture has no key files; nothing below reads them (checkpoint() runs only on close).
    session = CaseFileSession(case, KeyStore(path), data_key, user)
    # --- app_controller._signed_in ------------------------------------------------------------
    window.attach(session, last_backup=None)
    stages.mark("attach")
    window.show()
    window.activateWindow()
    stages.mark("show")
    assert window.case_list is not None
    view = window.case_list.ui.table_view
    rounds = _until_idle(app, view.viewport())
    stages.mark("until_idle")
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["YPSI_BENCH_PROFILE"])
    model = window.case_list.model
    result = _result(stages, model.rowCount(), rounds, model.row_at(0).reference)
    case.close()
    return result


def run_bare(path: str, key: bytes, kdf: bool) -> dict[str, object]:
    import sqlcipher3
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    peaks = {"qt_and_sqlcipher": peak_rss_kb()} if kdf else None
    if peaks is not None:
        from argon2.low_level import Type, hash_secret_raw

        lanes = max(1, min(4, os.cpu_count() or 1))  # key_derivation.default_parallelism
        hash_secret_raw(DUMMY_PASSPHRASE, SALT, 3, 65_536, lanes, 32, Type.ID)
        peaks["kdf"] = peak_rss_kb()
    profile = _profiler()
    stages = Stages(peaks)
    conn = sqlcipher3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in BARE_PRAGMAS:
        conn.execute(pragma)
    total = conn.execute(BARE_COUNT, ("open",)).fetchone()[0]
    ids = [r[0] for r in conn.execute(BARE_PAGE, ("open", PAGE_SIZE))]
    marks = ", ".join("?" for _ in ids)
    names: dict[int, list[str]] = {}
    for incident_id, first, last, known_as in conn.execute(BARE_NAMES.format(marks=marks), ids):
        shown = f"{first} {last}" + (f" ({known_as})" if known_as else "")
        names.setdefault(incident_id, []).append(shown)
    found = {r[0]: r for r in conn.execute(BARE_ROWS.format(marks=marks), ids)}
    stages.mark("open_and_first_page")
    model = QStandardItemModel(0, 8)
    model.setHorizontalHeaderLabels(
        ["Reference", "Came to light", "Children", "Category", "Route", "Status", "Owner", "Due"]
    )
    for incident_id in ids:
        _, reference, came, category, route, status, owner, due = found[incident_id]
        values = (reference, came, ", ".join(names.get(incident_id, ())), category, route)
        model.appendRow([QStandardItem(str(v or "")) for v in (*values, status, owner, due)])
    window = QMainWindow()
    window.setWindowTitle(f"{total} incidents")
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(*WINDOW_SIZE)
    stages.mark("build_window")
    window.show()
    window.activateWindow()
    stages.mark("show")
    rounds = _until_idle(app, view.viewport())
    stages.mark("until_idle")
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["YPSI_BENCH_PROFILE"])
    result = _result(stages, model.rowCount(), rounds, model.item(0, 0).text())
    conn.close()
    return result


def _profiler() -> object:
    if not os.environ.get("YPSI_BENCH_PROFILE"):
        return None
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    return profile


def _result(stages: Stages, rows: int, rounds: int, first: str) -> dict[str, object]:
    return {
        "seconds": stages.total(),
        "first_reference": first,
        "peak_rss_kb": peak_rss_kb(),
        "rss_kb_now": _proc_status_kb("VmRSS"),  # with the list showing (Linux only)
        "rows": rows,
        "idle_rounds": rounds,
        "stages_ms": stages.times,
        "peak_kb_after": stages.peaks or {},
    }


def main(argv: list[str]) -> int:
    kind, path = argv[0], argv[1]
    kdf = "--kdf" in argv[2:]
    key = bytes.fromhex(sys.stdin.readline().strip())
    run = {"app": run_app, "bare": run_bare}[kind]
    result = run(path, key, kdf)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    # Started as a script (bench/ is then sys.path[0]): make the repository importable.
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    raise SystemExit(main(sys.argv[1:]))
