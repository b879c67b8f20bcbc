"""A large synthetic case file for the benchmarks: N incidents, built fast, built once.

Why not through the repositories: saving 50,000 incidents one by one would take minutes, so
the rows are generated in Python and written with executemany in a few large transactions.
The result is still a file the app accepts in full: the audit chain and every chronology
digest are computed with storage/audit.py's own functions, and the search index is fed the
same folded text the repositories would feed it (tests/integration/test_case_bulk.py checks
both). Everything is deterministic from the seed and obviously fake: invented surnames
("Testperson", "Δοκιμή", "Тестова"), addresses on Imaginary Road, fictional schools.

The file and its random data key are cached under .cache/bench/ (git-ignored) and reused;
YPSI_BENCH_INCIDENTS overrides the default of 50,000 for quick runs.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.upn import check_letter
from ypsi_desktop.storage.audit import format_time, seal_audit_entry, utc_now
from ypsi_desktop.storage.case_codec import datetime_in, search_key
from ypsi_desktop.storage.connection import Connection, transaction
from ypsi_desktop.storage.database import create_case_file
from ypsi_desktop.storage.files import write_private_bytes
from ypsi_desktop.storage.schema import MIGRATIONS
from ypsi_desktop.storage.sealing import (
    ChronologyRecord,
    chronology_digest,
    text_commitment,
)
from ypsi_desktop.storage.search import NARRATIVE_COLUMNS
from ypsi_desktop.storage.text_fold import fold, name_key

DEFAULT_INCIDENTS = 50_000
ENV_INCIDENTS = "YPSI_BENCH_INCIDENTS"
BATCH = 2_000
FIRST_NAMES = (
    "Zoë",
    "Renée",
    "Siân",
    "Łukasz",
    "Chloé",
    "Björn",
    "Amélie",
    "Oisín",
    "Søren",
    "Maya",
    "Kai",
    "Ana",
    "Ελένη",
    "Αλέξης",
    "Νίκος",
    "Μαρία",
    "Юлия",
    "Дмитрий",
    "Ольга",
    "Иван",
    "José",
    "Zoltán",
    "Ayşe",
    "Nguyễn",
    "Tomasz",
    "Fatima",
    "Leo",
    "Iris",
    "Noah",
    "Erin",
)
LAST_NAMES = (
    "Testperson",
    "Fakename",
    "Placeholder",
    "Exampleton",
    "Nonesuch",
    "Mockford",
    "Sampleby",
    "Dummyworth",
    "Δοκιμή",
    "Δείγμα",
    "Тестова",
    "Примеров",
    "Fictívová",
    "Ejemplón",
    "Imaginé",
    "Notreal",
    "Madeupson",
    "Pretendo",
)
OWNERS = ("Ms Testlead", "Mr Deputy", "Dr Placeholder", "Mx Example")
_WHO = ("a pupil", "a parent", "a form tutor", "a friend", "the child", "a teaching assistant")
_HOW = (
    "told a teacher at break",
    "emailed the office",
    "mentioned it in a lesson",
    "came to the safeguarding office",
    "spoke to the school nurse",
)
_APPS = ("Snapchat", "WhatsApp", "Instagram", "TikTok", "a messaging app", "AirDrop")
_SHARE = (
    "sent to one other pupil",
    "shared in a group chat",
    "shown on a phone at lunch",
    "not sent to anyone",
    "posted briefly then removed",
)
_IMAGERY = (
    "described as a semi-nude selfie",
    "described as a nude image",
    "a short video described by a friend",
    "an image described as in underwear",
)
_STEPS = (
    "deleted with staff present",
    "phone kept by parents overnight",
    "reported through Report Remove",
    "no device steps needed",
)
_SUPPORT = (
    "check-ins with the pastoral lead",
    "referred to the school counsellor",
    "session on healthy relationships",
    "parents given advice leaflet",
)


def incident_count() -> int:
    return int(os.environ.get(ENV_INCIDENTS, DEFAULT_INCIDENTS))


class _Chain:
    """Appends audit entries exactly as storage/audit.py would, without a query per entry."""

    def __init__(self, conn: Connection) -> None:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        self.seq, self.prev = int(row[0]), bytes.fromhex(row[1])
        self.rows: list[tuple[object, ...]] = []

    def add(
        self,
        at: str,
        action: str,
        record_type: str,
        record_id: int,
        detail: str,
        ref_digest: str | None = None,
    ) -> None:
        self.seq += 1
        salt = f"{self.seq:032x}"  # deterministic; real entries get random salts
        entry = seal_audit_entry(
            seq=self.seq,
            prev_hash=self.prev,
            at=at,
            user_id=1,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
            salt=salt,
            ref_digest=ref_digest,
            clock_back=False,
        )
        self.prev = bytes.fromhex(entry.hash)
        self.rows.append(
            (
                entry.seq,
                entry.at,
                1,
                entry.action,
                entry.record_type,
                entry.record_id,
                entry.detail,
                entry.detail_salt,
                entry.detail_commit,
                entry.ref_digest,
                0,
                entry.content_digest,
                entry.hash,
            )
        )


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_WHO).capitalize()} {rng.choice(_HOW)} about "
        f"{rng.choice(_IMAGERY)} on {rng.choice(_APPS)}."
    )


def _upn(n: int) -> str:
    body = f"999{n % 10000:04d}{n // 10000 % 100:02d}{n % 1000:03d}"
    return check_letter(body) + body


def build(
    path: Path, key: bytes, n: int, seed: int = 2026, progress: Callable[[str], None] | None = None
) -> None:
    """Create `path` holding `n` synthetic incidents (deterministic from `seed`)."""
    rng = random.Random(seed)
    start = datetime(2014, 1, 6, 8, 0)
    span = (datetime(2026, 10, 30) - start).total_seconds()
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(n))
    with create_case_file(path, key) as case:
        conn = case.conn
        with transaction(conn):
            conn.execute(
                "INSERT INTO users (id, name, role, created_at) VALUES (1, 'Bench Lead', 'dsl', ?)",
                (format_time(utc_now()),),
            )
        state = _State(rng)
        for first in range(0, n, BATCH):
            with transaction(conn):
                _write_batch(conn, state, moments[first : first + BATCH], first)
            if progress:
                progress(f"built {min(first + BATCH, n):,} of {n:,} incidents")
        with transaction(conn):
            conn.execute("INSERT INTO incident_search (incident_search) VALUES ('optimize')")


class _State:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.children: list[tuple[int, str, str, str, str, str]] = []  # id + name fields
        self.person_id = 0
        self.numbers = {"child": 0, "adult": 0}
        self.ref_numbers: dict[int, int] = {}
        self.chronology_id = 0

    def new_person(
        self, kind: str, rows: list[tuple[object, ...]], now: str
    ) -> tuple[int, str, str, str, str, str]:
        rng = self.rng
        self.person_id += 1
        self.numbers[kind] += 1
        number = self.numbers[kind]
        reference = f"{'C' if kind == 'child' else 'A'}-{number:04d}"
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        known_as = first[:3] if rng.random() < 0.2 else ""
        upn = _upn(self.person_id) if kind == "child" else ""
        key = search_key(first, last, known_as, reference, upn)
        born = date(2004, 1, 1) + timedelta(days=rng.randrange(365 * 16))
        rows.append(
            (
                self.person_id,
                kind,
                number,
                reference,
                name_key(first, last),
                key,
                first,
                last,
                known_as,
                born.isoformat() if kind == "child" else None,
                f"Year {rng.randrange(7, 14)}" if kind == "child" else "",
                f"{rng.randrange(1, 400)} Imaginary Road, Nowhereton",
                upn,
                1 if kind == "adult" and rng.random() < 0.3 else None,
                "online contact (invented)" if kind == "adult" else "",
                now,
                now,
            )
        )
        return (self.person_id, first, last, known_as, reference, upn)


def _write_batch(conn: Connection, state: _State, moments: list[datetime], first: int) -> None:
    rng = state.rng
    now = format_time(utc_now())
    chain = _Chain(conn)
    (next_incident,) = conn.execute("SELECT coalesce(max(id), 0) FROM incidents").fetchone()
    people: list[tuple[object, ...]] = []
    incidents: list[tuple[object, ...]] = []
    links: list[tuple[object, ...]] = []
    follow_ups: list[tuple[object, ...]] = []
    referrals: list[tuple[object, ...]] = []
    chronology: list[tuple[object, ...]] = []
    texts: list[tuple[object, ...]] = []
    for offset, moment in enumerate(moments):
        incident_id = int(next_incident) + offset + 1
        year = moment.year
        number = state.ref_numbers[year] = state.ref_numbers.get(year, 0) + 1
        reference = f"YP-{year}-{number:04d}"
        closed = moment < datetime(2026, 4, 1) and rng.random() < 0.9
        assessed = closed or rng.random() < 0.6
        narrative = {
            "how_came_to_light": _sentence(rng),
            "imagery_description": rng.choice(_IMAGERY) + "; not viewed.",
            "apps_services": rng.choice(_APPS),
            "sharing_extent": rng.choice(_SHARE),
            "device_steps": rng.choice(_STEPS),
            "support_given": rng.choice(_SUPPORT),
            "outcome": "Managed in school; no further action." if closed else "",
            "review_triggers_considered": "All five triggers considered; none applied.",
            "review_notes": _sentence(rng),
        }
        assert tuple(narrative) == NARRATIVE_COLUMNS  # the order gather_text joins them in
        reported_by = rng.choice(_WHO).capitalize()
        due_dates: list[str] = []
        for k in range(rng.randrange(3)):
            due = (moment + timedelta(days=7 + 7 * k)).date().isoformat()
            done = due if closed or rng.random() < 0.5 else None
            follow_ups.append(
                (
                    incident_id,
                    k,
                    due,
                    done,
                    rng.choice(OWNERS),
                    f"Check in with the child ({k + 1})",
                )
            )
            if done is None:
                due_dates.append(due)
        incidents.append(
            (
                incident_id,
                year,
                number,
                reference,
                "closed" if closed else "open",
                rng.choice(OWNERS),
                datetime_in(moment),
                rng.choice(ids.CATEGORIES) if assessed else None,
                rng.choice(ids.ROUTES) if assessed else None,
                min(due_dates) if due_dates else None,
                (moment + timedelta(days=40)).date().isoformat() if closed else None,
                reported_by,
                *narrative.values(),
                1,
                now,
                now,
            )
        )
        names: list[str] = []
        extra: list[str] = []
        group = []
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            if state.children and rng.random() < 0.12:
                group.append(rng.choice(state.children))
            else:
                child = state.new_person("child", people, now)
                state.children.append(child)
                group.append(child)
        if rng.random() < 0.25:
            group.append(state.new_person("adult", people, now))
        seen: set[int] = set()
        for position, (pid, f, la, ka, ref, upn) in enumerate(group):
            if pid in seen:
                continue
            seen.add(pid)
            own = f"“{_sentence(rng)}”" if rng.random() < 0.5 else ""
            roles = rng.choice(("pictured", "made,sent", "received", "reported"))
            links.append((incident_id, pid, position, roles, own))
            names.append(" ".join(v for v in (f, la, ka, ref, upn) if v))
            if own:
                extra.append(own)
        names.append(reported_by)
        if rng.random() < 0.3:
            made = moment.date() + timedelta(days=rng.randrange(3))
            ack = (made + timedelta(days=1)).isoformat() if rng.random() < 0.8 else None
            referrals.append(
                (incident_id, 0, rng.choice(("mash", "police", "lado")), made.isoformat(), ack)
            )
        chain.add(now, "create", "incident", incident_id, "created (bulk)")
        state.chronology_id += 1
        salt = f"{state.chronology_id:032x}"
        entry = ChronologyRecord(
            id=state.chronology_id,
            incident_id=incident_id,
            person_id=None,
            occurred_at=format_time(moment.replace(tzinfo=UTC)),
            recorded_at=now,
            author_id=1,
            kind="incident_recorded",
            body="Incident recorded.",
            body_salt=salt,
            body_commit=text_commitment(salt, "Incident recorded."),
            corrects_id=None,
            digest="",
        )
        digest = chronology_digest(entry)
        chronology.append(
            (
                entry.id,
                incident_id,
                entry.occurred_at,
                now,
                entry.kind,
                entry.body,
                salt,
                entry.body_commit,
                digest,
            )
        )
        chain.add(now, "create", "chronology", entry.id, "chronology entry added", digest)
        body = [entry.body]
        stored = [v for v in narrative.values() if v] + extra
        texts.append((incident_id, reference, "\n".join(names), "\n".join(stored), "\n".join(body)))
    conn.executemany(
        "INSERT INTO people (id, kind, ref_number, reference, name_key, search_key, first_name,"
        " last_name, known_as, date_of_birth, year_group, address, upn, works_with_children,"
        " role_or_relationship, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        people,
    )
    conn.executemany(
        "INSERT INTO incidents (id, ref_year, ref_number, reference, status, owner,"
        " came_to_light_at, latest_category, latest_route, next_due, closed_on, reported_by, "
        + ", ".join(NARRATIVE_COLUMNS)
        + ", created_by, created_at, updated_at) VALUES ("
        + ", ".join("?" for _ in range(15 + len(NARRATIVE_COLUMNS)))
        + ")",
        incidents,
    )
    conn.executemany(
        "INSERT INTO incident_people (incident_id, person_id, position, roles, own_words)"
        " VALUES (?, ?, ?, ?, ?)",
        links,
    )
    conn.executemany(
        "INSERT INTO follow_ups (incident_id, position, due_on, done_on, owner, description)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        follow_ups,
    )
    conn.executemany(
        "INSERT INTO referrals (incident_id, position, agency, made_on, acknowledged_on)"
        " VALUES (?, ?, ?, ?, ?)",
        referrals,
    )
    conn.executemany(
        "INSERT INTO chronology (id, incident_id, occurred_at, recorded_at, author_id, kind,"
        " body, body_salt, body_commit, digest) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
        chronology,
    )
    conn.executemany(
        "INSERT INTO audit_log (seq, at, user_id, action, record_type, record_id, detail,"
        " detail_salt, detail_commit, ref_digest, clock_back, content_digest, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        chain.rows,
    )
    conn.executemany(
        "INSERT INTO incident_search_text (incident_id, reference, names, narrative, chronology)"
        " VALUES (?, ?, ?, ?, ?)",
        texts,
    )
    conn.executemany(
        "INSERT INTO incident_search (rowid, reference, names, narrative, chronology)"
        " VALUES (?, ?, ?, ?, ?)",
        [(t[0], *(fold(str(v)) for v in t[1:])) for t in texts],
    )


def cached_fixture(
    cache_dir: Path, n: int, seed: int = 2026, progress: Callable[[str], None] | None = None
) -> tuple[Path, bytes]:
    """The cached file of `n` incidents and its key, building them the first time."""
    schema = hashlib.sha256("".join(m.sql for m in MIGRATIONS).encode()).hexdigest()[:8]
    path = cache_dir / f"casefile-{n}-s{seed}-{schema}.ypsi"  # a schema change rebuilds it
    key_path = path.with_suffix(".key")
    if path.exists() and key_path.exists():
        return path, key_path.read_bytes()
    building = cache_dir / f".building-{n}-s{seed}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    key = os.urandom(32)
    build(building / path.name, key, n, seed, progress)
    write_private_bytes(building / key_path.name, key)
    os.replace(building / key_path.name, key_path)
    os.replace(building / path.name, path)
    shutil.rmtree(building, ignore_errors=True)
    return path, key
