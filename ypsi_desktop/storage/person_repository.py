"""People: saving and finding children and adults, spotting duplicates, merging two records.

A child may appear in several incidents over the years; their details live once, in `people`,
so a child's file can gather every incident they were in. That only works if the same child
is not recorded twice, hence the likely-duplicate check (same folded name and date of birth,
or the same UPN) before a new record is made, and the audited merge when it happened anyway.
Searches ignore case and accents in every script (see text_fold.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date

from ypsi_desktop.domain.case import ChildPlan, Person, PersonKind, Role, SenStatus

from .audit import AuditAction, Clock, format_time, utc_now
from .case_codec import (
    PERSON_SELECT,
    PERSON_TEXT,
    PERSON_TRI,
    person_differences,
    person_from_row,
    person_search_key,
    person_values,
    short_list,
)
from .case_history import record_audit
from .connection import Connection, transaction
from .search import refresh_many
from .text_fold import name_key, search_words

_PREFIX = {PersonKind.CHILD: "C", PersonKind.ADULT: "A"}
_NAME_FIELDS = {"first_name", "last_name", "known_as", "upn"}
_TEXT_JOIN = "\n\n"


class PersonNotFound(LookupError):
    pass


def _escape_like(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text)


def load_person(conn: Connection, person_id: int) -> Person | None:
    """A live person record (None for a missing, merged-away or disposed-of one)."""
    row = conn.execute(
        f"SELECT {PERSON_SELECT} FROM people WHERE id = ? AND merged_into_id IS NULL"
        " AND disposed_at IS NULL",
        (person_id,),
    ).fetchone()
    return None if row is None else person_from_row(row)


def upsert_person(
    conn: Connection, person: Person, *, user_id: int, clock: Clock
) -> tuple[bool, bool]:
    """Insert or update one person inside the caller's transaction, with its audit entry.

    Writes the new id and reference back into `person`. Returns (changed, names_changed):
    a change to a name, reference or UPN means every incident they are in must be re-indexed.
    """
    now = format_time(clock())
    values = person_values(person)
    if person.id is None:
        kind = PersonKind(person.kind)
        (number,) = conn.execute(
            "SELECT coalesce(max(ref_number), 0) + 1 FROM people WHERE kind = ?", (kind.value,)
        ).fetchone()
        reference = f"{_PREFIX[kind]}-{int(number):04d}"
        values.update(
            ref_number=int(number),
            reference=reference,
            search_key=person_search_key(person, reference),
            created_at=now,
            updated_at=now,
        )
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = conn.execute(
            f"INSERT INTO people ({columns}) VALUES ({marks})", tuple(values.values())
        )
        person.id, person.reference = int(cursor.lastrowid or 0), reference
        record_audit(
            conn,
            user_id=user_id,
            action=AuditAction.CREATE,
            record_type="person",
            record_id=person.id,
            detail=f"{kind.value} record created",
            clock=clock,
        )
        return True, True
    old = load_person(conn, person.id)
    if old is None:
        raise PersonNotFound(f"there is no current person record {person.id}")
    if PersonKind(person.kind) is not old.kind:
        raise ValueError("a child's record cannot become an adult's, or the reverse")
    person.reference = old.reference
    changed = person_differences(old, person)
    if not changed:
        return False, False
    values.update(search_key=person_search_key(person, old.reference), updated_at=now)
    assignments = ", ".join(f"{c} = ?" for c in values)
    conn.execute(f"UPDATE people SET {assignments} WHERE id = ?", (*values.values(), person.id))
    record_audit(
        conn,
        user_id=user_id,
        action=AuditAction.CHANGE,
        record_type="person",
        record_id=person.id,
        detail=short_list("changed", changed),
        clock=clock,
    )
    return True, bool(_NAME_FIELDS.intersection(changed))


def incidents_of(conn: Connection, person_id: int) -> list[int]:
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT incident_id FROM incident_people WHERE person_id = ?", (person_id,)
        )
    ]


def resolve(conn: Connection, person_id: int) -> int:
    """The live record a (possibly merged-away) person id now lives in."""
    seen: set[int] = set()
    current = person_id
    while current not in seen:
        seen.add(current)
        row = conn.execute("SELECT merged_into_id FROM people WHERE id = ?", (current,)).fetchone()
        if row is None:
            raise PersonNotFound(f"there is no person record {person_id}")
        if row[0] is None:
            return current
        current = int(row[0])
    raise ValueError("person merges form a loop")


class PersonRepository:
    """Children's and adults' records. Every write is audited in its own transaction."""

    def __init__(self, conn: Connection, *, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.clock = clock

    def get(self, person_id: int) -> Person | None:
        return load_person(self.conn, person_id)

    def get_by_reference(self, reference: str) -> Person | None:
        row = self.conn.execute(
            "SELECT id FROM people WHERE reference = ?", (reference.strip().upper(),)
        ).fetchone()
        return None if row is None else load_person(self.conn, resolve(self.conn, int(row[0])))

    def resolve(self, person_id: int) -> int:
        return resolve(self.conn, person_id)

    def save(self, person: Person, *, user_id: int) -> Person:
        """Insert or update; writes id and reference back into `person` and returns it."""
        before = (person.id, person.reference)
        try:
            with transaction(self.conn):
                _, names_changed = upsert_person(
                    self.conn, person, user_id=user_id, clock=self.clock
                )
                if names_changed and person.id is not None:
                    refresh_many(self.conn, incidents_of(self.conn, person.id))
        except BaseException:
            person.id, person.reference = before  # rolled back: the new id does not exist
            raise
        return person

    def search_children(
        self,
        text: str = "",
        *,
        date_of_birth: date | None = None,
        upn: str = "",
        limit: int = 50,
    ) -> list[Person]:
        """Children whose names, reference or UPN start with every word typed (accents and
        case ignored), optionally with that date of birth and UPN. Merged-away records are
        never returned."""
        where = ["kind = 'child'", "merged_into_id IS NULL"]
        params: list[object] = []
        for word in search_words(text):
            where.append("search_key LIKE ? ESCAPE '\\'")
            params.append(f"% {_escape_like(word)}%")
        if date_of_birth is not None:
            where.append("date_of_birth = ?")
            params.append(date_of_birth.isoformat())
        if upn.strip():
            where.append("upn <> '' AND upn = ?")
            params.append(re.sub(r"\s+", "", upn).upper())
        if len(where) == 2:
            return []
        ids = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT id FROM people WHERE {' AND '.join(where)} ORDER BY name_key, id LIMIT ?",
                (*params, limit),
            )
        ]
        return [p for p in (load_person(self.conn, i) for i in ids) if p is not None]

    def children_in(
        self, incident_ids: Sequence[int], text: str, *, limit: int = 8
    ) -> list[Person]:
        """Children in these incidents whose names, reference or UPN start with every word
        typed (as `search_children`), without reading every person on file."""
        words = search_words(text)
        if not incident_ids or not words:
            return []
        marks = ", ".join("?" for _ in incident_ids)
        where = [
            f"ip.incident_id IN ({marks})",
            "p.kind = 'child'",
            "p.merged_into_id IS NULL",
        ]
        params: list[object] = list(incident_ids)
        for word in words:
            where.append("p.search_key LIKE ? ESCAPE '\\'")
            params.append(f"% {_escape_like(word)}%")
        ids = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT p.id, p.name_key FROM incident_people ip"
                " CROSS JOIN people p ON p.id = ip.person_id"
                f" WHERE {' AND '.join(where)} ORDER BY p.name_key, p.id LIMIT ?",
                (*params, limit),
            )
        ]
        return [p for p in (load_person(self.conn, i) for i in ids) if p is not None]

    def likely_duplicates(self, person: Person) -> list[Person]:
        """Live records of the same kind with the same folded name and date of birth, or the
        same UPN: ask the DSL before making a second record of one child."""
        key = name_key(person.first_name, person.last_name)
        upn = re.sub(r"\s+", "", person.upn).upper()
        kind = PersonKind(person.kind).value
        live = "SELECT id FROM people WHERE kind = ? AND merged_into_id IS NULL"
        # Two index seeks joined by UNION: an OR here would make SQLite read every person.
        selects, params = [], []
        if key and person.date_of_birth is not None:
            selects.append(f"{live} AND name_key = ? AND date_of_birth = ?")
            params += [kind, key, person.date_of_birth.isoformat()]
        if upn:
            selects.append(f"{live} AND upn <> '' AND upn = ?")
            params += [kind, upn]
        if not selects:
            return []
        rows = [
            r
            for r in self.conn.execute(" UNION ".join(selects) + " ORDER BY id", params)
            if int(r[0]) != person.id
        ]
        return [p for p in (load_person(self.conn, int(r[0])) for r in rows) if p is not None]

    def merge(self, *, keep_id: int, absorb_id: int, user_id: int) -> Person:
        """Merge two records of one person: `absorb_id`'s incident links move to `keep_id`,
        its details fill gaps in `keep_id` (never overwrite), the merge is logged, and the
        absorbed record is tombstoned (details blanked, reference kept, pointing here)."""
        if keep_id == absorb_id:
            raise ValueError("a record cannot be merged into itself")
        with transaction(self.conn):
            keep, absorb = load_person(self.conn, keep_id), load_person(self.conn, absorb_id)
            if keep is None or absorb is None:
                raise PersonNotFound("both records must exist and not already be merged")
            if keep.kind is not absorb.kind:
                raise ValueError("a child's record cannot be merged with an adult's")
            merged, filled = _fill_gaps(keep, absorb)
            affected = set(incidents_of(self.conn, keep_id)) | set(
                incidents_of(self.conn, absorb_id)
            )
            upsert_person(self.conn, merged, user_id=user_id, clock=self.clock)
            moved = _move_links(self.conn, keep_id, absorb_id)
            now = format_time(self.clock())
            _tombstone(self.conn, absorb, keep_id, now)
            self.conn.execute(
                "INSERT INTO person_merges (survivor_id, absorbed_id, absorbed_reference,"
                " links_moved, merged_by, merged_at) VALUES (?, ?, ?, ?, ?, ?)",
                (keep_id, absorb_id, absorb.reference, moved, user_id, now),
            )
            detail = f"record {absorb_id} merged in; {moved} incident link(s) moved"
            if filled:
                detail += "; " + short_list("filled", filled, 120)
            for record_id, text in ((keep_id, detail), (absorb_id, f"merged into {keep_id}")):
                record_audit(
                    self.conn,
                    user_id=user_id,
                    action=AuditAction.CHANGE,
                    record_type="person",
                    record_id=record_id,
                    detail=text,
                    clock=self.clock,
                )
            refresh_many(self.conn, affected)
        result = load_person(self.conn, keep_id)
        if result is None:
            raise PersonNotFound(f"there is no current person record {keep_id}")
        return result


def _fill_gaps(keep: Person, absorb: Person) -> tuple[Person, list[str]]:
    """`keep` with its blank or unknown fields taken from `absorb`; and which were filled."""
    changes: dict[str, object] = {}
    for field in fields(Person):
        name = field.name
        if name in ("id", "reference", "kind"):
            continue
        mine, theirs = getattr(keep, name), getattr(absorb, name)
        blank = mine in ("", None) or mine in (SenStatus.UNKNOWN, ChildPlan.UNKNOWN)
        if blank and theirs not in ("", None, SenStatus.UNKNOWN, ChildPlan.UNKNOWN):
            changes[name] = theirs
    if "date_of_birth" in changes:
        changes.pop("age_years", None)
        changes.pop("age_recorded_on", None)
    return replace(keep, **changes), sorted(changes)  # type: ignore[arg-type]


def _join_text(mine: str, theirs: str) -> str:
    if not theirs or theirs == mine:
        return mine
    return theirs if not mine else f"{mine}{_TEXT_JOIN}{theirs}"


def _move_links(conn: Connection, keep_id: int, absorb_id: int) -> int:
    """Move incident and referral links; where both records are in one incident, combine."""
    moved = 0
    rows = conn.execute(
        "SELECT incident_id, roles, own_words, parents_aware, parents_consent,"
        " parents_not_informed_reason, notes FROM incident_people WHERE person_id = ?",
        (absorb_id,),
    ).fetchall()
    for incident_id, roles, own_words, aware, consent, reason, notes in rows:
        mine = conn.execute(
            "SELECT roles, own_words, parents_aware, parents_consent,"
            " parents_not_informed_reason, notes FROM incident_people"
            " WHERE incident_id = ? AND person_id = ?",
            (incident_id, keep_id),
        ).fetchone()
        if mine is None:
            conn.execute(
                "UPDATE incident_people SET person_id = ? WHERE incident_id = ? AND person_id = ?",
                (keep_id, incident_id, absorb_id),
            )
        else:
            all_roles = {r for r in f"{mine[0]},{roles}".split(",") if r}
            conn.execute(
                "UPDATE incident_people SET roles = ?, own_words = ?, parents_aware = ?,"
                " parents_consent = ?, parents_not_informed_reason = ?, notes = ?"
                " WHERE incident_id = ? AND person_id = ?",
                (
                    ",".join(sorted(Role(r).value for r in all_roles)),
                    _join_text(mine[1], own_words),
                    aware if mine[2] is None else mine[2],
                    consent if mine[3] is None else mine[3],
                    _join_text(mine[4], reason),
                    _join_text(mine[5], notes),
                    incident_id,
                    keep_id,
                ),
            )
            conn.execute(
                "DELETE FROM incident_people WHERE incident_id = ? AND person_id = ?",
                (incident_id, absorb_id),
            )
        moved += 1
    conn.execute(
        "INSERT OR IGNORE INTO referral_children (referral_id, person_id)"
        " SELECT referral_id, ? FROM referral_children WHERE person_id = ?",
        (keep_id, absorb_id),
    )
    conn.execute("DELETE FROM referral_children WHERE person_id = ?", (absorb_id,))
    # Records merged into the absorbed one earlier now point at the survivor directly.
    conn.execute(
        "UPDATE people SET merged_into_id = ? WHERE merged_into_id = ?", (keep_id, absorb_id)
    )
    return moved


def _tombstone(conn: Connection, absorb: Person, keep_id: int, now: str) -> None:
    blanks = ", ".join(f"{name} = ''" for name in PERSON_TEXT)
    nulls = ", ".join(f"{name} = NULL" for name in PERSON_TRI)
    conn.execute(
        f"UPDATE people SET {blanks}, {nulls}, date_of_birth = NULL, age_years = NULL,"
        " age_recorded_on = NULL, sen = 'unknown', plan = 'unknown', name_key = '',"
        " search_key = '', merged_into_id = ?, merged_at = ?, updated_at = ? WHERE id = ?",
        (keep_id, now, now, absorb.id),
    )
