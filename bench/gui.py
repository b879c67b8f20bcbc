"""GUI benchmarks on the large synthetic case file (issue 5; the file: bench/casefile_data.py).

`gui.open_list`: from the data key unwrapped to the main window idle with the case list
painted, each in a fresh process (bench/gui_child.py), against a bare process doing a plain
sqlcipher3 raw-key open, the list's first-page SQL, and a QTableView over a QStandardItemModel.
PySide6 and a QApplication are loaded before the clock in both, as they are at sign-in;
the app's empty main window is built before it too, as app_controller builds it while the
passphrase is being typed.

`gui.search` / `gui.search_phrase`: in one process, with the main window showing the list,
a query submitted (`run_search()`, no typing pause) to the results painted, against the bare
FTS5 query (bench/casefile.py's, with the panel's limit of 200) plus a QStandardItemModel
reset with its rows and a repaint of a bare QTableView.

`gui.save`: the everyday save, one changed field of an open incident saved through the form
to the window idle again, against the UPDATE, audit entry and index row written by hand.

`gui.save_new`: in one process, on a copy of the file, a new one-child incident saved through
the form (`workspace.save()`) to the window idle again (list read again, classification panel
opened for it), against bench/casefile.py's bare transaction writing the same rows.

`gui.memory`: peak RSS with the list showing, app process against bare process, both having
first run Argon2id at the production minimum (64 MiB, 3 passes) as sign-in does. Peak RSS is
VmHWM on Linux (kB), not ru_maxrss, which in a child counts its parent's memory too (see
bench/gui_child.py peak_rss_kb); figures are in MB of 1,048,576 bytes.

Progress and each stage's median time go to stderr; see bench/gui_child.py for the stages.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.casefile import NAME_QUERY, PHRASE_QUERY, _bare_save, _fixture
from bench.harness import REPO, Context, Figure, benchmark

CHILD = REPO / "bench" / "gui_child.py"
# bench/casefile.py's bare query, with the limit the case list panel asks for (SEARCH_LIMIT).
_BARE_SEARCH = (
    "SELECT rowid, reference, snippet(incident_search, -1, ?, ?, '…', 12)"
    " FROM incident_search WHERE incident_search MATCH ? ORDER BY rank LIMIT ?"
)
_MB = 1024  # kB per MB reported


# --- fresh processes: open_list and memory ---------------------------------------------------


@contextmanager
def _working_copy(ctx: Context) -> Iterator[tuple[Path, bytes, Path]]:
    """A copy of the cached file (the app writes an unlock entry) and a scratch home."""
    path, key = _fixture(ctx)
    folder = Path(tempfile.mkdtemp(prefix="gui-", dir=ctx.cache_dir))
    try:
        work = folder / "work.ypsi"
        shutil.copyfile(path, work)  # the cached file is closed: a plain copy is safe here
        yield work, key, folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app has compiled bytecode (pip writes it); let both processes use it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    return env


class _Children:
    """Runs gui_child.py and keeps every run's result for the progress report."""

    def __init__(self, ctx: Context, work: Path, key: bytes, home: Path, *extra: str) -> None:
        self.ctx = ctx
        self.work = work
        self.key = key
        self.env = _child_env(home)
        self.extra = extra
        self.runs: dict[str, list[dict[str, Any]]] = {"app": [], "bare": []}

    def run(self, kind: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, str(CHILD), kind, str(self.work), *self.extra],
            input=self.key.hex() + "\n",
            capture_output=True,
            text=True,
            env=self.env,
            cwd=REPO,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{kind} child failed ({done.returncode}):\n{done.stderr[-2000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        self.runs[kind].append(result)
        return result

    def report(self, field: str, what: str, scale: float = 1.0) -> None:
        """The median of one per-stage field of every run, per kind, on stderr."""
        for kind, runs in self.runs.items():
            names = runs[0][field].keys() if runs else ()
            parts = [
                f"{n} {statistics.median(r[field][n] for r in runs) / scale:.1f}" for n in names
            ]
            self.ctx.progress(f"{kind}, {what}: " + ", ".join(parts))


@benchmark("gui.open_list")
def open_list(ctx: Context) -> Figure:
    with _working_copy(ctx) as (work, key, home):
        children = _Children(ctx, work, key, home)
        figure = ctx.compare(
            lambda: children.run("app")["seconds"],
            lambda: children.run("bare")["seconds"],
            reps=9,
            unit="ms",
        )
        children.report("stages_ms", "median ms in each stage")
        return figure


@benchmark("gui.memory")
def memory(ctx: Context) -> Figure:
    with _working_copy(ctx) as (work, key, home):
        children = _Children(ctx, work, key, home, "--kdf")
        figure = ctx.compare(
            lambda: children.run("app")["peak_rss_kb"] / _MB,
            lambda: children.run("bare")["peak_rss_kb"] / _MB,
            reps=7,
            unit="MB",
        )
        children.report("peak_kb_after", "median peak MB after each stage", _MB)
        for kind, runs in children.runs.items():
            now = [r["rss_kb_now"] / _MB for r in runs if r["rss_kb_now"] is not None]
            if now:  # below the peak when Argon2's memory was the peak
                ctx.progress(f"{kind}, RSS with the list showing: {statistics.median(now):.1f} MB")
        return figure


# --- one process: search and save ----------------------------------------------------------


def _application() -> Any:
    """The QApplication for the in-process figures, offscreen like the child processes."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ypsi_desktop.gui.app import create_application

        app = create_application([sys.argv[0]])
    return app


def _settle(app: Any) -> None:
    """Let the event loop run until it has nothing left to do (a zero timer fires)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: app.exit(0))  # exit(), not quit(): quit() closes windows
    app.exec()


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


@contextmanager
def _main_window(case: Any) -> Iterator[Any]:
    """The app's main window signed in to `case` as the file's DSL, showing the list."""
    from ypsi_desktop.domain.case import UserRole
    from ypsi_desktop.gui.main_window import MainWindow
    from ypsi_desktop.gui.prompts import ScriptedPrompts
    from ypsi_desktop.services.session import CaseFileSession, User
    from ypsi_desktop.storage.keys import KeyStore

    app = _application()
    # The benchmark file has no key files; nothing these figures run reads them.
    session = CaseFileSession(
        case, KeyStore(case.path), bytearray(32), User(1, "Bench Lead", UserRole.DSL)
    )
    window = MainWindow(prompts=ScriptedPrompts())
    window.attach(session)
    window.show()
    _settle(app)
    try:
        yield window
    finally:
        window.detach()
        window.hide()
        window.deleteLater()
        _settle(app)


def _search_figure(ctx: Context, query: str) -> Figure:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    from ypsi_desktop.domain.case_views import MATCH_END, MATCH_START
    from ypsi_desktop.gui.case_list_panel import SEARCH_LIMIT
    from ypsi_desktop.storage.database import open_case_file
    from ypsi_desktop.storage.search import match_expression

    path, key = _fixture(ctx)
    app = _application()
    with (
        open_case_file(path, key, readonly=True, verify_pages=False) as case,
        _main_window(case) as window,
    ):
        panel = window.case_list
        view = panel.ui.table_view

        def subject() -> float:
            panel.ui.search_edit.clear()  # back to the list, as before the DSL types
            panel.run_search()
            _settle(app)
            panel.ui.search_edit.setText(query)  # typed; submitted below, with no pause

            def submitted() -> None:
                panel.run_search()
                _settle(app)
                view.viewport().repaint()

            return _timed(submitted)

        bare_window = QMainWindow()
        bare_view = QTableView()
        bare_model = QStandardItemModel()
        bare_view.setModel(bare_model)
        bare_window.setCentralWidget(bare_view)
        bare_window.resize(window.size())
        bare_window.show()
        _settle(app)
        expression = match_expression(query)
        conn = case.conn

        def primitive() -> float:
            bare_model.clear()
            _settle(app)

            def submitted() -> None:
                rows = conn.execute(
                    _BARE_SEARCH, (MATCH_START, MATCH_END, expression, SEARCH_LIMIT)
                ).fetchall()
                bare_model.clear()
                bare_model.setHorizontalHeaderLabels(["Reference", "Matches"])
                for _, reference, snippet in rows:
                    bare_model.appendRow([QStandardItem(reference), QStandardItem(snippet)])
                _settle(app)
                bare_view.viewport().repaint()

            return _timed(submitted)

        try:
            figure = ctx.compare(subject, primitive, reps=21, unit="ms")
            ctx.progress(f"{panel.model.rowCount()} rows shown for {query!r}")
            return figure
        finally:
            bare_window.hide()
            bare_window.deleteLater()
            _settle(app)


@benchmark("gui.search")
def search_name(ctx: Context) -> Figure:
    return _search_figure(ctx, NAME_QUERY)


@benchmark("gui.search_phrase")
def search_phrase(ctx: Context) -> Figure:
    return _search_figure(ctx, PHRASE_QUERY)


@benchmark("gui.save_new")
def save_new(ctx: Context) -> Figure:
    from ypsi_desktop.domain.case import IncidentPerson, Person, PersonKind
    from ypsi_desktop.domain.case import Role as CaseRole
    from ypsi_desktop.domain.dates import short_date
    from ypsi_desktop.storage.database import open_case_file

    app = _application()
    with (
        _working_copy(ctx) as (work, key, _home),
        open_case_file(work, key, verify_pages=False) as case,
        _main_window(case) as window,
    ):
        counter = itertools.count(1)
        came = short_date(date.today() - timedelta(days=3))
        saved: list[int] = []

        def subject() -> float:
            n = next(counter)
            window.new_incident()
            form = window.form
            form.ui.came_date_edit.setText(came)
            form.ui.how_edit.setPlainText(
                "A pupil told a teacher at break about an image on a messaging app."
            )
            child = Person(PersonKind.CHILD, first_name="Benchë", last_name=f"Testperson{n}")
            form.people.append(IncidentPerson(child, roles=frozenset({CaseRole.PICTURED})))
            form.mark_changed()

            def submitted() -> None:
                if not window.workspace.save():
                    raise RuntimeError(f"the form did not save: {form.ui.message_label.text()}")
                _settle(app)

            seconds = _timed(submitted)
            saved.append(window.workspace.incident_id)
            return seconds

        def primitive() -> float:
            # _bare_save numbers its child 900000 + n; keep that above every number the app
            # has handed out, since the app numbers the next child after the highest.
            (highest,) = case.conn.execute(
                "SELECT max(ref_number) FROM people WHERE kind = 'child'"
            ).fetchone()
            n = max(next(counter), highest - 900_000 + 1)
            return _timed(lambda: _bare_save(case.conn, n))

        ctx.progress(f"saving into a copy of {work.stat().st_size / 1e6:.0f} MB")
        figure = ctx.compare(subject, primitive, reps=21, unit="ms")
        ctx.progress(f"{len(set(saved))} incidents saved through the form")
        return figure


def _bare_update(conn: Any, incident_id: int, text: str) -> None:
    """What saving one changed field writes, as plain statements: the row, an audit entry,
    and the incident's search-index row replaced."""
    from ypsi_desktop.storage.audit import format_time, utc_now

    now = format_time(utc_now())
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "UPDATE incidents SET support_given = ?, updated_at = ? WHERE id = ?",
        (text, now, incident_id),
    )
    conn.execute(
        "INSERT INTO audit_log (seq, at, user_id, action, record_type, record_id, detail,"
        " detail_salt, detail_commit, content_digest, hash, ref_digest)"
        " VALUES ((SELECT max(seq) + 1 FROM audit_log), ?, 1, 'change', 'incident', ?,"
        " 'changed: support given', ?, ?, ?, ?, NULL)",
        (now, incident_id, "0" * 32, "0" * 64, "0" * 64, "0" * 64),
    )
    reference, names, narrative, chronology = conn.execute(
        "SELECT reference, names, narrative, chronology FROM incident_search_text"
        " WHERE incident_id = ?",
        (incident_id,),
    ).fetchone()
    conn.execute("DELETE FROM incident_search WHERE rowid = ?", (incident_id,))
    conn.execute(
        "INSERT INTO incident_search (rowid, reference, names, narrative, chronology)"
        " VALUES (?, ?, ?, ?, ?)",
        (incident_id, reference, names, f"{narrative} {text}", chronology),
    )
    conn.execute(
        "UPDATE incident_search_text SET narrative = ? WHERE incident_id = ?",
        (f"{narrative} {text}", incident_id),
    )
    conn.execute("COMMIT")


@benchmark("gui.save")
def save(ctx: Context) -> Figure:
    """The everyday save: one field of an open incident changed and saved, to the window
    idle again, against the statements that write the same change by hand."""
    from ypsi_desktop.storage.database import open_case_file

    app = _application()
    with (
        _working_copy(ctx) as (work, key, _home),
        open_case_file(work, key, verify_pages=False) as case,
        _main_window(case) as window,
    ):
        (incident_id,) = case.conn.execute(
            "SELECT id FROM incidents WHERE status = 'open' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        (other_id,) = case.conn.execute(
            "SELECT id FROM incidents WHERE id <> ? ORDER BY id DESC LIMIT 1", (incident_id,)
        ).fetchone()
        window.open_incident(int(incident_id))
        _settle(app)
        counter = itertools.count(1)

        def subject() -> float:
            form = window.form
            form.ui.support_edit.setPlainText(f"Counselling offered, session {next(counter)}.")

            def submitted() -> None:
                if not window.workspace.save():
                    raise RuntimeError(f"the form did not save: {form.ui.message_label.text()}")
                _settle(app)

            return _timed(submitted)

        def primitive() -> float:
            text = f"Bare support note {next(counter)}."
            return _timed(lambda: _bare_update(case.conn, int(other_id), text))

        return ctx.compare(subject, primitive, reps=21, unit="ms")
