"""`casefile.open`: opening a case file with its data key (after key derivation) and the
first query, on the cached 50,000-incident file.

Subject: `open_case_file` as the app calls it for a file this large (preflight, raw key,
pragmas, schema proof, exclusive lock, identity, version and size checks; the full page-seal
pass is skipped above services.session.VERIFY_AT_OPEN_LIMIT) and the first page of the list.
Primitive: a bare sqlcipher3 connection keyed with the same raw key running the same query.
Key derivation is measured on its own (`casefile.kdf`).
"""

from __future__ import annotations

import sqlcipher3

from bench.casefile_data import cached_fixture, incident_count
from bench.harness import Context, Figure, benchmark
from ypsi_desktop.storage.database import open_case_file

FIRST_QUERY = (
    "SELECT id, reference, came_to_light_at, status FROM incidents "
    "ORDER BY came_to_light_at DESC LIMIT 50"
)


@benchmark("casefile.open")
def casefile_open(ctx: Context) -> Figure:
    path, key = cached_fixture(ctx.cache_dir, incident_count(), progress=ctx.progress)
    ctx.progress(f"case file of {path.stat().st_size / 1e6:.0f} MB")
    key_sql = f"PRAGMA key = \"x'{key.hex()}'\""

    def subject() -> None:
        with open_case_file(path, key, verify_pages=False) as case:
            case.conn.execute(FIRST_QUERY).fetchall()

    def primitive() -> None:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(key_sql)
            conn.execute(FIRST_QUERY).fetchall()
        finally:
            conn.close()

    return ctx.compare(subject, primitive, reps=21, unit="ms", inner=3)
