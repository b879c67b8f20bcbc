"""`casefile.open`: opening and unlocking a case file with its data key, then a first query.

Subject: `open_case_file` (preflight, raw key, pragmas, schema proof, exclusive lock, identity
and version checks, every page's tamper seal) and the first query the app makes. Primitive:
a bare sqlcipher3 connection keyed with the same raw key and the same query. The difference
is what the opener's safety costs. The file holds about 1 MB of drafts so the per-page seal
check has something to read. Key derivation is not included (see `casefile.kdf`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import sqlcipher3

from bench.harness import Context, Figure, benchmark
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.database import create_case_file, open_case_file
from ypsi_desktop.storage.drafts import save_draft

FIRST_QUERY = "SELECT file_id, is_training FROM meta WHERE singleton = 1"


def _build(folder: Path, key: bytes) -> Path:
    path = folder / "bench.ypsi"
    with create_case_file(path, key) as case, transaction(case.conn):
        case.conn.execute(
            "INSERT INTO users (id, name, role, created_at) VALUES (1, 'Bench', 'dsl', '')"
        )
        for record_id in range(1, 501):
            save_draft(
                case.conn,
                user_id=1,
                record_type="incident",
                record_id=record_id,
                content=os.urandom(1000).hex(),
            )
    return path


@benchmark("casefile.open")
def casefile_open(ctx: Context) -> Figure:
    key = os.urandom(32)
    folder = Path(tempfile.mkdtemp(prefix="casefile-open-", dir=ctx.cache_dir))
    try:
        path = _build(folder, key)
        ctx.progress(f"case file of {path.stat().st_size / 1e6:.1f} MB")
        key_sql = f"PRAGMA key = \"x'{key.hex()}'\""

        def subject() -> None:
            with open_case_file(path, key) as case:
                case.conn.execute(FIRST_QUERY).fetchone()

        def primitive() -> None:
            conn = sqlcipher3.connect(str(path), isolation_level=None)
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(key_sql)
                conn.execute(FIRST_QUERY).fetchone()
            finally:
                conn.close()

        return ctx.compare(subject, primitive, reps=21, unit="ms", inner=5)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
