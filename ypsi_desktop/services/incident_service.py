"""Recording an incident: open, save, close and reopen it, its chronology, and its draft.

The incident form talks to the case file only through here, so the roles are checked and every
view and change is audited in one place. A draft is the form's unsaved content, kept inside the
encrypted file (never a side file) and offered back after a crash or a lock; `draft_text` and
`incident_from_draft` turn the case model into that text and back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ypsi_desktop.domain.case import (
    ChronologyEntry,
    FollowUp,
    Incident,
    IncidentPerson,
    Person,
    Referral,
)
from ypsi_desktop.domain.closing import closing_problems
from ypsi_desktop.storage.audit import AuditAction
from ypsi_desktop.storage.drafts import (
    NEW_RECORD,
    discard_draft,
    list_drafts,
    load_draft,
    save_draft,
)
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.incident_repository import IncidentRepository

from .export_format import MalformedExport, decode, encode, need_dict, need_list
from .permissions import Permission
from .session import CaseFileSession

DRAFT_TYPE = "incident"
_DRAFT_VERSION = 1


class IncidentMissing(LookupError):
    def __init__(self) -> None:
        super().__init__(
            "This incident is no longer in the case file. It may have been disposed of, or "
            "the file replaced from a backup."
        )


class DraftUnreadable(ValueError):
    """A draft that cannot be read back (written by a different version, or damaged)."""


@dataclass(frozen=True)
class IncidentDraft:
    incident: Incident
    saved_at: str  # UTC, as stored
    typed: dict[str, str]  # fields kept exactly as typed (a date not yet readable)
    editor: dict[str, Any] | None = None  # an editor window open at a lock (see draft_editor)
    form_changed: bool = True  # False: only the editor held unsaved typing


EDITOR_KINDS = frozenset({"add_person", "edit_person", "referral", "follow_up", "chronology"})


def draft_text(
    incident: Incident,
    typed: dict[str, str] | None = None,
    editor: dict[str, Any] | None = None,
    *,
    form_changed: bool = True,
) -> str:
    """The form's content as JSON, people in full (a new child has no saved record yet)."""
    data: dict[str, Any] = _enc(incident, "people", "referrals", "follow_ups")
    data["people"] = [
        {"person": _enc(link.person), **encode(link, skip=("person",))} for link in incident.people
    ]
    data["referrals"] = [
        {**_enc(r, "children"), "children": sorted(r.children)} for r in incident.referrals
    ]
    data["follow_ups"] = [_enc(f) for f in incident.follow_ups]
    top = {"version": _DRAFT_VERSION, "incident": data, "typed": dict(typed or {})}
    if editor is not None:
        top["editor"] = editor
        top["form_changed"] = form_changed
    return json.dumps(top, ensure_ascii=False)


def draft_editor(text: str) -> tuple[dict[str, Any] | None, bool]:
    """The editor window kept with a draft, and whether the form itself had changes.

    The editor is {"kind": one of EDITOR_KINDS, "target": a number or None (the row being
    edited, a person's kind, the entry being corrected), "key": what the row was (its record's
    id, or its words if not saved), "fields": {object name: value}}.
    Anything else is dropped: a damaged editor must not stop the form's draft coming back."""
    try:
        top = json.loads(text)
        editor, changed = top.get("editor"), top.get("form_changed", True) is not False
    except (ValueError, AttributeError):
        return None, True
    if not isinstance(editor, dict) or editor.get("kind") not in EDITOR_KINDS:
        return None, True
    target, key, fields = editor.get("target"), editor.get("key"), editor.get("fields")
    if not isinstance(fields, dict) or not all(
        value is None or (isinstance(value, (int, str)) and not isinstance(value, bool))
        for value in (target, key)
    ):
        return None, True
    kept = {
        str(name): value
        for name, value in fields.items()
        if isinstance(value, (str, int, bool))
        or (isinstance(value, list) and all(isinstance(v, bool) for v in value))
    }
    return {"kind": editor["kind"], "target": target, "key": key, "fields": kept}, changed


def _enc(obj: Any, *skip: str) -> dict[str, Any]:
    """Encoded for a draft: unlike an export, a draft may hold records with no id yet."""
    return {**encode(obj, skip=("id", *skip)), "id": obj.id}


def _dec(kind: type[Any], value: object, *, extra: dict[str, object] | None = None) -> Any:
    data = need_dict(value, kind.__name__)
    found = data.get("id")
    if found is not None and (not isinstance(found, int) or isinstance(found, bool)):
        raise DraftUnreadable("The draft could not be read back.")
    skip = ("id", *(extra or {}))
    return decode(
        kind,
        data,
        kind.__name__,
        skip=skip,
        also=(*skip, "people", "referrals", "follow_ups") if kind is Incident else skip,
        extra={"id": found, **(extra or {})},
    )


def draft_typed(text: str) -> dict[str, str]:
    try:
        typed = json.loads(text).get("typed") or {}
        return {str(k): str(v) for k, v in typed.items()}
    except (ValueError, AttributeError):
        return {}


def incident_from_draft(text: str) -> Incident:
    try:
        top = need_dict(json.loads(text), "draft")
        if top.get("version") != _DRAFT_VERSION:
            raise DraftUnreadable("The draft was written by a different version of the app.")
        data = need_dict(top.get("incident"), "incident")
        incident: Incident = _dec(
            Incident, data, extra={"people": [], "referrals": [], "follow_ups": []}
        )
        for link in need_list(data["people"], "people"):
            link_data = need_dict(link, "people")
            person = _dec(Person, link_data.get("person"))
            incident.people.append(
                decode(
                    IncidentPerson,
                    link_data,
                    "people",
                    skip=("person",),
                    also=("person",),
                    extra={"person": person},
                )
            )
        for item in need_list(data["referrals"], "referrals"):
            ref_data = need_dict(item, "referrals")
            children = frozenset(int(c) for c in need_list(ref_data.get("children"), "children"))
            incident.referrals.append(_dec(Referral, ref_data, extra={"children": children}))
        for item in need_list(data["follow_ups"], "follow_ups"):
            incident.follow_ups.append(_dec(FollowUp, item))
    except (MalformedExport, ValueError, TypeError) as error:
        if isinstance(error, DraftUnreadable):
            raise
        raise DraftUnreadable("The draft could not be read back.") from error
    return incident


class IncidentService:
    """One signed-in user's use of incidents. Every method checks the user's role first."""

    def __init__(self, session: CaseFileSession) -> None:
        self.session = session
        self.repo = IncidentRepository(session.conn)

    # --- reading --------------------------------------------------------------------------

    def open(self, incident_id: int) -> Incident:
        """The stored incident; opening it is recorded in the audit log (who viewed what)."""
        self.session.require(Permission.VIEW)
        incident = self.repo.get(incident_id)
        if incident is None:
            raise IncidentMissing()
        self.session.audit(AuditAction.VIEW, "incident", incident_id, "incident opened")
        return incident

    def stored(self, incident_id: int) -> Incident:
        """The stored incident, without an audit entry (to compare with the form)."""
        self.session.require(Permission.VIEW)
        incident = self.repo.get(incident_id)
        if incident is None:
            raise IncidentMissing()
        return incident

    def chronology(self, incident_id: int) -> list[ChronologyEntry]:
        self.session.require(Permission.VIEW)
        return self.repo.chronology(incident_id)

    def has_decision(self, incident_id: int | None) -> bool:
        return incident_id is not None and self.repo.has_decision(incident_id)

    def closing_problems(self, incident: Incident) -> tuple[str, ...]:
        return closing_problems(incident, has_decision=self.has_decision(incident.id))

    # --- writing --------------------------------------------------------------------------

    def save(self, incident: Incident) -> Incident:
        """Save everything in the form (ids and references are written back into it)."""
        self.session.require(Permission.RECORD)
        was_new = incident.id is None
        saved = self.repo.save(incident, user_id=self.session.user.id)
        # Only this form's draft goes: a new incident's draft waits for its own first save.
        self.discard_draft(NEW_RECORD if was_new else saved.id)
        return saved

    def close(self, incident_id: int, closed_on: date) -> Incident:
        """Close it, or raise CannotClose naming every reason it cannot be closed yet."""
        self.session.require(Permission.RECORD)
        return self.repo.close(incident_id, user_id=self.session.user.id, closed_on=closed_on)

    def reopen(self, incident_id: int, reason: str) -> Incident:
        self.session.require(Permission.RECORD)
        return self.repo.reopen(incident_id, user_id=self.session.user.id, reason=reason)

    def add_entry(
        self, incident_id: int, body: str, occurred_at: date | datetime | None = None
    ) -> ChronologyEntry:
        self.session.require(Permission.RECORD)
        return self.repo.add_note(
            incident_id, user_id=self.session.user.id, body=body, occurred_at=occurred_at
        )

    def correct_entry(self, incident_id: int, entry: ChronologyEntry, body: str) -> ChronologyEntry:
        """A correction is a new entry pointing at the one it corrects; that one stays."""
        self.session.require(Permission.RECORD)
        if entry.incident_id != incident_id or entry.id is None:
            raise ValueError("That entry belongs to a different incident.")
        return self.repo.add_note(
            incident_id,
            user_id=self.session.user.id,
            body=body,
            occurred_at=entry.occurred_at,
            kind="correction",
            corrects_id=entry.id,
        )

    def current_people(self, people: list[IncidentPerson]) -> list[IncidentPerson]:
        """The people of a form brought up to date: a record merged meanwhile is replaced
        by the one it was merged into (their part in the incident kept), a disposed-of one
        is left out."""
        from dataclasses import replace

        from ypsi_desktop.storage.person_repository import PersonNotFound, PersonRepository

        repo = PersonRepository(self.session.conn)
        current: list[IncidentPerson] = []
        seen: set[int] = set()
        for link in people:
            if link.person.id is None:
                current.append(link)
                continue
            try:
                person = repo.get(repo.resolve(link.person.id))
            except PersonNotFound:
                person = None
            if person is None or person.id in seen:
                continue
            seen.add(int(person.id or 0))
            current.append(replace(link, person=person))
        return current

    # --- drafts ---------------------------------------------------------------------------

    def keep_draft(
        self,
        incident: Incident,
        typed: dict[str, str] | None = None,
        editor: dict[str, Any] | None = None,
        *,
        form_changed: bool = True,
    ) -> None:
        if not self._may_record():
            return
        save_draft(
            self.session.conn,
            user_id=self.session.user.id,
            record_type=DRAFT_TYPE,
            record_id=incident.id or NEW_RECORD,
            content=draft_text(incident, typed, editor, form_changed=form_changed),
        )

    def draft(self, incident_id: int | None) -> IncidentDraft | None:
        """The user's unsaved draft of this incident (None: a new one), if there is one."""
        found = load_draft(
            self.session.conn,
            user_id=self.session.user.id,
            record_type=DRAFT_TYPE,
            record_id=incident_id or NEW_RECORD,
        )
        if found is None:
            return None
        editor, form_changed = draft_editor(found.content)
        return IncidentDraft(
            incident_from_draft(found.content),
            found.updated_at,
            draft_typed(found.content),
            editor,
            form_changed,
        )

    def drafts_waiting(self) -> list[str]:
        """What this user left unsaved (after a crash or a lock): "a new incident" or the
        incident's reference, newest first, so the app can say so at sign-in."""
        found = []
        for draft in list_drafts(self.session.conn, user_id=self.session.user.id):
            if draft.record_type != DRAFT_TYPE:
                continue
            if draft.record_id == NEW_RECORD:
                found.append("a new incident")
                continue
            row = self.session.conn.execute(
                "SELECT reference FROM incidents WHERE id = ?", (draft.record_id,)
            ).fetchone()
            if row is not None:
                found.append(str(row[0]))
        return found

    def discard_draft(self, incident_id: int | None) -> None:
        try:
            discard_draft(
                self.session.conn,
                user_id=self.session.user.id,
                record_type=DRAFT_TYPE,
                record_id=incident_id or NEW_RECORD,
            )
        except CaseFileError:
            pass  # a stale draft is offered back later, never silently taken as the record

    def _may_record(self) -> bool:
        from .permissions import allowed

        return allowed(self.session.user.role, Permission.RECORD)
