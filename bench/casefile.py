"""Case-file benchmarks on a large synthetic file (see bench/casefile_data.py).

`casefile.save`: IncidentRepository.save of a new incident with one child (person row and
its audit entry, incident row and its audit entry, the link, a chronology entry sealed by
an audit entry, the search-index row), against a bare sqlcipher3 transaction inserting the
same rows on the same connection, so with the same pragmas (synchronous=EXTRA and the rest).

`casefile.search_name` / `casefile.search_phrase`: the top 50 by bm25 rank with marked
snippets through `search()`, against the same FTS5 query typed out by hand.

The file holds YPSI_BENCH_INCIDENTS incidents (default 50,000); it is built once into
.cache/bench/ and reused. `save` works on a copy so the cached file never changes.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from bench.casefile_data import cached_fixture, incident_count
from bench.harness import Context, Figure, benchmark
from ypsi_desktop.domain.case import Incident, IncidentPerson, Person, PersonKind
from ypsi_desktop.domain.case import Role as CaseRole
from ypsi_desktop.domain.case_views import MATCH_END, MATCH_START
from ypsi_desktop.storage.audit import format_time, utc_now
from ypsi_desktop.storage.connection import Connection
from ypsi_desktop.storage.database import CaseFile, open_case_file
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.search import match_expression, search
from ypsi_desktop.storage.text_fold import fold

NAME_QUERY = "Ελένη Δοκιμή"
PHRASE_QUERY = '"told a teacher at break"'
_DIGEST = "0" * 64
_DIGESTS = (_DIGEST, _DIGEST, _DIGEST)  # commitment, content digest, link hash
_SALT = "0" * 32
_BARE_SEARCH = (
    "SELECT rowid, reference, snippet(incident_search, -1, ?, ?, '…', 12)"
    " FROM incident_search WHERE incident_search MATCH ? ORDER BY rank LIMIT 50"
)


def _fixture(ctx: Context) -> tuple[Path, bytes]:
    n = incident_count()
    ctx.progress(f"fixture: {n:,} incidents (set YPSI_BENCH_INCIDENTS to change)")
    return cached_fixture(ctx.cache_dir, n, progress=ctx.progress)


@contextmanager
def _read_only(ctx: Context) -> Iterator[CaseFile]:
    path, key = _fixture(ctx)
    with open_case_file(path, key, readonly=True, verify_pages=False) as case:
        yield case


def _search_figure(ctx: Context, query: str) -> Figure:
    with _read_only(ctx) as case:
        conn = case.conn
        expression = match_expression(query)
        hits = search(conn, query)
        ctx.progress(f"{len(hits)} hits for {query!r}")

        def primitive() -> None:
            conn.execute(_BARE_SEARCH, (MATCH_START, MATCH_END, expression)).fetchall()

        return ctx.compare(lambda: search(conn, query), primitive, reps=21, unit="ms", inner=3)


@benchmark("casefile.search_name")
def search_name(ctx: Context) -> Figure:
    return _search_figure(ctx, NAME_QUERY)


@benchmark("casefile.search_phrase")
def search_phrase(ctx: Context) -> Figure:
    return _search_figure(ctx, PHRASE_QUERY)


def _new_incident(n: int) -> Incident:
    child = Person(PersonKind.CHILD, first_name="Benchë", last_name=f"Testperson{n}")
    return Incident(
        owner="Ms Testlead",
        came_to_light_at=datetime(2026, 11, 2, 9, 30),
        how_came_to_light="A pupil told a teacher at break about an image on a messaging app.",
        people=[IncidentPerson(child, roles=frozenset({CaseRole.PICTURED}))],
    )


def _bare_save(conn: Connection, n: int) -> None:
    """The rows save() writes for a new one-child incident, as plain INSERTs."""
    now = format_time(utc_now())
    audit = (
        "INSERT INTO audit_log (seq, at, user_id, action, record_type, record_id, detail,"
        " detail_salt, detail_commit, content_digest, hash, ref_digest)"
        " VALUES ((SELECT max(seq) + 1 FROM audit_log), ?, 1, 'create', ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    names = f"Benchë Bare{n} CB-{n}"
    narrative = "A pupil told a teacher at break about an image on a messaging app."
    conn.execute("BEGIN IMMEDIATE")
    person = conn.execute(
        "INSERT INTO people (kind, ref_number, reference, name_key, search_key, first_name,"
        " last_name, created_at, updated_at) VALUES ('child', 900000 + ?, ?, ?, ?, 'Benchë', ?,"
        " ?, ?)",
        (n, f"CB-{n}", f"benche bare{n}", f" {fold(names)} ", f"Bare{n}", now, now),
    ).lastrowid
    conn.execute(audit, (now, "person", person, "child record created", _SALT, *_DIGESTS, None))
    incident = conn.execute(
        "INSERT INTO incidents (ref_year, ref_number, reference, owner, came_to_light_at,"
        " how_came_to_light, created_by, created_at, updated_at)"
        " VALUES (2099, ?, ?, 'Ms Testlead', '2026-11-02T09:30:00.000000', ?, 1, ?, ?)",
        (n, f"YP-2099-B{n}", narrative, now, now),
    ).lastrowid
    conn.execute(
        "INSERT INTO incident_people (incident_id, person_id, position, roles)"
        " VALUES (?, ?, 0, 'pictured')",
        (incident, person),
    )
    conn.execute(audit, (now, "incident", incident, "created; people +1", _SALT, *_DIGESTS, None))
    entry = conn.execute(
        "INSERT INTO chronology (incident_id, occurred_at, recorded_at, author_id, kind, body,"
        " body_salt, body_commit, digest)"
        " VALUES (?, ?, ?, 1, 'incident_recorded', 'Incident recorded.', ?, ?, ?)",
        (incident, now, now, _SALT, _DIGEST, _DIGEST),
    ).lastrowid
    conn.execute(
        audit, (now, "chronology", entry, "chronology entry added", _SALT, *_DIGESTS, _DIGEST)
    )
    texts = (f"YP-2099-B{n}", names, narrative, "Incident recorded.")
    conn.execute(
        "INSERT INTO incident_search_text (incident_id, reference, names, narrative, chronology)"
        " VALUES (?, ?, ?, ?, ?)",
        (incident, *texts),
    )
    conn.execute(
        "INSERT INTO incident_search (rowid, reference, names, narrative, chronology)"
        " VALUES (?, ?, ?, ?, ?)",
        (incident, *(fold(t) for t in texts)),
    )
    conn.execute("COMMIT")


@benchmark("casefile.save")
def save(ctx: Context) -> Figure:
    path, key = _fixture(ctx)
    folder = Path(tempfile.mkdtemp(prefix="casefile-save-", dir=ctx.cache_dir))
    try:
        work = folder / "work.ypsi"
        shutil.copyfile(path, work)  # the cached file is closed: a plain copy is safe here
        with open_case_file(work, key, verify_pages=False) as case:
            conn = case.conn
            repo = IncidentRepository(conn)
            counter = itertools.count(1)
            today = date.today()
            ctx.progress(f"saving into a copy of {work.stat().st_size / 1e6:.0f} MB ({today})")
            return ctx.compare(
                lambda: repo.save(_new_incident(next(counter)), user_id=1) and None,
                lambda: _bare_save(conn, next(counter)),
                reps=21,
                unit="ms",
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
