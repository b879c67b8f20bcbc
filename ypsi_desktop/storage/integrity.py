"""The full check of an open case file, reported in plain English.

Four independent layers, because each catches what the others cannot: SQLCipher's per-page
seals (a flipped bit, swapped pages, a cut or padded file), SQLite's structure check, the
foreign keys, and the hash chain (edited, deleted or reordered history, and, with an anchor,
an older copy put back). A step that cannot even run is reported as a problem, never skipped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

from .chain import ChainReport, verify_chain
from .connection import Connection

_HMAC = re.compile(r"HMAC verification failed for page (\d+)")
_SIZE = re.compile(r"page (\d+) has an invalid size")


@dataclass(frozen=True)
class CheckReport:
    lines: tuple[str, ...]  # everything, in reading order, for the check window or the CLI
    problems: tuple[str, ...]  # the subset that means the file is not whole
    chain: ChainReport | None

    @property
    def ok(self) -> bool:
        return not self.problems


def main_file(conn: Connection) -> str:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(file)
    return ""


def page_seal_problems(conn: Connection) -> list[str]:
    """SQLCipher's per-page HMAC check, worded for a person."""
    out: list[str] = []
    for (text,) in conn.execute("PRAGMA cipher_integrity_check"):
        text = str(text)
        if match := _HMAC.search(text):
            out.append(
                f"Page {match.group(1)} of the file has been altered or damaged "
                "(its tamper seal does not match)."
            )
        elif _SIZE.search(text):
            out.append(
                "The file has been cut short or has extra data on the end "
                "(its last page is the wrong size)."
            )
        else:
            out.append(f"The encryption check reported: {text}")
    return out


def size_problems(conn: Connection) -> list[str]:
    """The file must be exactly as long as the pages the database says it has."""
    path = main_file(conn)
    if not path:
        return []
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    actual = os.path.getsize(path)
    expected = int(pages) * int(page_size)
    if actual > expected:
        return [f"The file has {actual - expected:,} bytes of unexpected data on the end."]
    if actual < expected:
        return [f"The file has been cut short: {expected - actual:,} bytes are missing."]
    return []


def check(conn: Connection, *, expected_anchor: tuple[int, str] | None = None) -> CheckReport:
    """Run every check; `expected_anchor` (seq, hash prefix) also catches a rolled-back file."""
    lines: list[str] = []
    problems: list[str] = []

    def step(ok_line: str, found: list[str]) -> None:
        lines.extend(found or [ok_line])
        problems.extend(found)

    def guarded(what: str, run: Callable[[], list[str]]) -> list[str]:
        try:
            return run()
        except sqlcipher3.Error:
            return [f"The {what} could not be completed: the file is damaged."]

    step(
        "Encryption: every page has an intact tamper seal.",
        guarded("encryption check", lambda: page_seal_problems(conn)),
    )
    step(
        "Size: the file is exactly as long as its contents.",
        guarded("size check", lambda: size_problems(conn)),
    )

    def structure() -> list[str]:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else [f"The database structure is damaged: {r}" for r in rows]

    step("Structure: the database structure is sound.", guarded("structure check", structure))

    def links() -> list[str]:
        return [
            f"A {table} record refers to a {parent} record that does not exist."
            for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ]

    step("Links: every record refers only to records that exist.", guarded("link check", links))

    def tombstones() -> list[str]:
        from .disposal import verify_tombstones  # imported here: disposal imports much else

        return verify_tombstones(conn)

    step(
        "Disposals: every record of a disposal matches the audit entry sealing it.",
        guarded("disposal check", tombstones),
    )

    report: ChainReport | None = None
    try:
        report = verify_chain(conn, expected_anchor=expected_anchor)
        chain_lines = report.lines()
        lines.extend(chain_lines)
        if not report.ok:
            problems.extend(chain_lines[1 : 1 + len(report.problems)])
    except sqlcipher3.Error:
        message = "The history check could not be completed: the file is damaged."
        lines.append(message)
        problems.append(message)

    lines.append(
        "Result: no problems found."
        if not problems
        else f"Result: {len(problems)} problem(s) found. Restore from a backup."
    )
    return CheckReport(tuple(lines), tuple(problems), report)
