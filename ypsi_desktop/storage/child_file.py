"""A child's file: the child's record, every incident they appear in, one chronology.

What a DSL needs when a child's name comes up again, and what travels with a child who
moves school. Records merged into this one are followed, so nothing recorded under an
earlier duplicate is left out: their chronology entries (which can never be changed, so
still carry the old person id) are found through the merge links.
"""

from __future__ import annotations

from ypsi_desktop.domain.case_views import ChildFile

from .case_history import read_entries
from .case_list import rows_for_ids
from .connection import Connection
from .person_repository import PersonNotFound, load_person, resolve


def child_file(conn: Connection, person_id: int) -> ChildFile:
    """The file of the person `person_id` is (or was merged into)."""
    current = resolve(conn, person_id)
    person = load_person(conn, current)
    if person is None:
        raise PersonNotFound(f"there is no person record {person_id}")
    merged = conn.execute(
        "WITH RECURSIVE absorbed (id) AS (SELECT ? UNION SELECT p.id FROM people p"
        " JOIN absorbed a ON p.merged_into_id = a.id)"
        " SELECT p.id, p.reference FROM people p JOIN absorbed a ON a.id = p.id ORDER BY p.id",
        (current,),
    ).fetchall()
    person_ids = [int(r[0]) for r in merged]
    marks = ", ".join("?" for _ in person_ids)
    incident_ids = [
        int(r[0])
        for r in conn.execute(
            f"SELECT DISTINCT ip.incident_id FROM incident_people ip CROSS JOIN incidents i"
            f" ON i.id = ip.incident_id WHERE ip.person_id IN ({marks})"
            " ORDER BY i.came_to_light_at DESC, i.id DESC",
            tuple(person_ids),
        )
    ]
    incident_marks = ", ".join("?" for _ in incident_ids) or "NULL"
    chronology = read_entries(
        conn,
        f"(c.incident_id IN ({incident_marks}) OR c.person_id IN ({marks}))",
        (*incident_ids, *person_ids),
    )
    return ChildFile(
        person=person,
        merged_references=tuple(str(r[1]) for r in merged if int(r[0]) != current),
        incidents=tuple(rows_for_ids(conn, incident_ids)),
        chronology=tuple(chronology),
    )
