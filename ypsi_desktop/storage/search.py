"""The full-text index over incidents, and the search box's query.

One index row per incident, four columns weighted for bm25 ranking: the reference (10), the
names, person references and UPNs of everyone involved (5), the narrative (1) and the
chronology (1). The text is kept as written in `incident_search_text` (snippets are cut from
it) and fed to the FTS5 index folded (see text_fold.py), so matching ignores case and accents
in every script.

An external-content FTS5 table can only delete what it is told was indexed, so `refresh`
always deletes using the stored text it indexed last time, then indexes the new text. The
repositories call it inside their own transaction. A chronology entry added or erased through
storage/audit.py directly marks its row stale (a trigger); `search` refreshes stale rows first,
so erased text never stays findable.

User input never reaches FTS5 syntax: every word is quoted, so `"`, `*`, `NEAR(`, `OR` and
`AND` are searched for as words (or dropped when they hold no letters or digits), never obeyed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ypsi_desktop.domain.case_views import MATCH_END, MATCH_START, SearchHit

from .connection import Connection, transaction
from .errors import WriteFailed
from .text_fold import fold, search_words

COLUMNS = ("reference", "names", "narrative", "chronology")
SNIPPET_TOKENS = 12
_TERMS = re.compile(r'"([^"]*)"?|([^\s"]+)')

# Incident narrative columns that are searched, in the order the snippet text joins them.
NARRATIVE_COLUMNS = (
    "how_came_to_light",
    "imagery_description",
    "apps_services",
    "sharing_extent",
    "device_steps",
    "support_given",
    "outcome",
    "review_triggers_considered",
    "review_notes",
)
IndexText = tuple[str, str, str, str]


def gather_text(conn: Connection, incident_id: int) -> IndexText | None:
    """The searchable text of one incident, as written, or None if there is no such incident."""
    row = conn.execute(
        f"SELECT reference, reported_by, {', '.join(NARRATIVE_COLUMNS)} FROM incidents"
        " WHERE id = ?",
        (incident_id,),
    ).fetchone()
    if row is None:
        return None
    names: list[str] = []
    narrative = [str(v) for v in row[2:] if v]
    for first, last, known_as, reference, upn, own_words, notes in conn.execute(
        "SELECT p.first_name, p.last_name, p.known_as, p.reference, p.upn, ip.own_words,"
        " ip.notes FROM incident_people ip CROSS JOIN people p ON p.id = ip.person_id"
        " WHERE ip.incident_id = ? ORDER BY ip.position",
        (incident_id,),
    ):
        names.append(" ".join(str(v) for v in (first, last, known_as, reference, upn) if v))
        narrative += [str(v) for v in (own_words, notes) if v]
    if row[1]:
        names.append(str(row[1]))
    bodies = [
        str(body)
        for (body,) in conn.execute(
            "SELECT body FROM chronology WHERE incident_id = ? AND erased = 0 AND body <> ''"
            " ORDER BY id",
            (incident_id,),
        )
    ]
    return (str(row[0]), "\n".join(names), "\n".join(narrative), "\n".join(bodies))


def _index(conn: Connection, incident_id: int, text: IndexText, *, delete: bool) -> None:
    folded = tuple(fold(part) for part in text)
    if delete:
        conn.execute(
            "INSERT INTO incident_search (incident_search, rowid, reference, names, narrative,"
            " chronology) VALUES ('delete', ?, ?, ?, ?, ?)",
            (incident_id, *folded),
        )
    else:
        conn.execute(
            "INSERT INTO incident_search (rowid, reference, names, narrative, chronology)"
            " VALUES (?, ?, ?, ?, ?)",
            (incident_id, *folded),
        )


def refresh(conn: Connection, incident_id: int) -> None:
    """Bring one incident's index row up to date (call inside the writing transaction)."""
    new = gather_text(conn, incident_id)
    stored = conn.execute(
        "SELECT reference, names, narrative, chronology, stale FROM incident_search_text"
        " WHERE incident_id = ?",
        (incident_id,),
    ).fetchone()
    old: IndexText | None = None
    if stored is not None:
        old = (str(stored[0]), str(stored[1]), str(stored[2]), str(stored[3]))
    if new == old:
        if stored is not None and stored[4]:
            conn.execute(
                "UPDATE incident_search_text SET stale = 0 WHERE incident_id = ?", (incident_id,)
            )
        return
    if old is not None:
        _index(conn, incident_id, old, delete=True)
        conn.execute("DELETE FROM incident_search_text WHERE incident_id = ?", (incident_id,))
    if new is not None:
        conn.execute(
            "INSERT INTO incident_search_text (incident_id, reference, names, narrative,"
            " chronology) VALUES (?, ?, ?, ?, ?)",
            (incident_id, *new),
        )
        _index(conn, incident_id, new, delete=False)


def refresh_many(conn: Connection, incident_ids: Iterable[int]) -> None:
    for incident_id in sorted(set(incident_ids)):
        refresh(conn, incident_id)


def refresh_stale(conn: Connection) -> int:
    """Refresh rows marked stale by the chronology triggers; returns how many there were.

    On a file opened read-only nothing can be written, so the search answers from the index
    as it stands.
    """
    stale = [
        int(r[0])
        for r in conn.execute("SELECT incident_id FROM incident_search_text WHERE stale = 1")
    ]
    if not stale:
        return 0
    try:
        with transaction(conn):
            refresh_many(conn, stale)
    except WriteFailed:
        return 0
    return len(stale)


def rebuild(conn: Connection) -> None:
    """Re-index every incident from the records (after a change to the folding rules)."""
    with transaction(conn):
        conn.execute("INSERT INTO incident_search (incident_search) VALUES ('delete-all')")
        conn.execute("DELETE FROM incident_search_text")
        for (incident_id,) in conn.execute("SELECT id FROM incidents ORDER BY id").fetchall():
            refresh(conn, int(incident_id))


def match_expression(query: str) -> str | None:
    """An FTS5 query for what the user typed, or None if it holds nothing to search for.

    Text in double quotes is a phrase ("sent it on"); an unclosed quote runs to the end.
    Other words must all appear, each matching the start of a word ("ali" finds "Alice"),
    and a word typed with punctuation inside (YP-2026-0007, C-0042) is matched as a phrase.
    """
    parts: list[str] = []
    for match in _TERMS.finditer(query):
        phrase, word = match.group(1), match.group(2)
        tokens = search_words(phrase if phrase is not None else word)
        if not tokens:
            continue
        quoted = '"' + " ".join(tokens) + '"'
        prefix = phrase is None and len(tokens[-1]) >= 2
        parts.append(quoted + "*" if prefix else quoted)
    return " ".join(parts) if parts else None


def search(conn: Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """The best `limit` incidents for `query` by bm25 rank, each with a marked snippet."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    refresh_stale(conn)
    rows = conn.execute(
        "SELECT rowid, reference, snippet(incident_search, -1, ?, ?, '…', ?)"
        " FROM incident_search WHERE incident_search MATCH ? ORDER BY rank LIMIT ?",
        (MATCH_START, MATCH_END, SNIPPET_TOKENS, expression, limit),
    ).fetchall()
    return [SearchHit(int(r[0]), str(r[1]), str(r[2] or "")) for r in rows]
