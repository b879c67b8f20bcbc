"""People across incidents: a child's file (viewing it is audited) and merging two records of
one child, which only someone who may record can do, and which the audit log keeps."""

from __future__ import annotations

from ypsi_desktop.domain.case import Person, PersonKind
from ypsi_desktop.domain.case_views import ChildFile
from ypsi_desktop.storage.audit import AuditAction
from ypsi_desktop.storage.child_file import child_file
from ypsi_desktop.storage.person_repository import PersonRepository

from .permissions import Permission
from .session import CaseFileSession


def open_child_file(session: CaseFileSession, person_id: int) -> ChildFile:
    session.require(Permission.VIEW)
    found = child_file(session.conn, person_id)
    session.audit(AuditAction.VIEW, "person", found.person.id, "child's file opened")
    return found


def merge_candidates(session: CaseFileSession, person: Person, text: str = "") -> list[Person]:
    """Other records that may be this child: same name and date of birth or same UPN first,
    then any child whose name starts with what was typed."""
    session.require(Permission.VIEW)
    repo = PersonRepository(session.conn)
    found: dict[int, Person] = {}
    candidates = repo.likely_duplicates(person)
    typed = text.strip() or " ".join(p for p in (person.first_name, person.last_name) if p)
    if typed:
        candidates += repo.search_children(typed, limit=20)
    for match in candidates:
        if match.id is not None and match.id != person.id and match.kind is PersonKind.CHILD:
            found.setdefault(match.id, match)
    return list(found.values())[:20]


def merge_children(session: CaseFileSession, *, keep_id: int, absorb_id: int) -> Person:
    """Merge `absorb_id` into `keep_id` (gaps filled, links moved, the other record kept as
    a tombstone pointing here); audited by the repository in the same transaction."""
    session.require(Permission.RECORD)
    return PersonRepository(session.conn).merge(
        keep_id=keep_id, absorb_id=absorb_id, user_id=session.user.id
    )
