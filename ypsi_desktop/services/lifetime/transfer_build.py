"""What goes into a transfer package: one child's file, with everyone else pseudonymised.

The receiving school needs the child's whole story: every incident they appear in, the
chronology, the decisions and referrals. It does not need to know who the other children
were, so every other person (child or adult) becomes a stable pseudonym for the whole
package ("Child A" is the same child in every incident and every sentence), keeping only
their kind, their roles and their age at the time. Their names are replaced wherever they
appear in the text (storage/name_redaction.py); their own words, notes and parents' details
are left out, and so are chronology entries about them and referrals that concern only them.
The sending DSL can tell the new school more directly where a child's safety needs it.

The content is plain JSON (export_format's encoding of the case model) before encryption.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from ypsi_desktop.domain.case import Incident, IncidentPerson, Person, PersonKind, Referral
from ypsi_desktop.domain.dates import age_on
from ypsi_desktop.domain.guidance import RULES_VERSION
from ypsi_desktop.domain.retention import latest_birth_date
from ypsi_desktop.services.export_format import encode
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.chain import anchor, format_anchor
from ypsi_desktop.storage.child_file import child_file
from ypsi_desktop.storage.disposal import absorbed_records
from ypsi_desktop.storage.incident_store import load_incident
from ypsi_desktop.storage.name_redaction import NameRedactor, NameToHide
from ypsi_desktop.storage.setting_repository import SettingRepository
from ypsi_desktop.storage.transfer_store import TransferRefused

FORMAT = "ypsi-child-transfer"
FORMAT_VERSION = 1
CHILD = "child"  # how the package names the child it is about


@dataclass(frozen=True)
class PackageSummary:
    reference: str
    name: str
    incidents: int
    chronology_entries: int
    pseudonyms: tuple[str, ...]
    entries_withheld: int  # chronology entries about another person, left out


def _label(n: int) -> str:
    """A, B, … Z, AA, AB, …"""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _age(person: Person, on: date | None) -> int | None:
    if on is None:
        return None
    if person.date_of_birth is not None:
        return age_on(person.date_of_birth, on)
    if person.age_years is not None and person.age_recorded_on is not None:
        return age_on(latest_birth_date(person.age_years, person.age_recorded_on), on)
    return None


def _redacted(obj: Any, redactor: NameRedactor, skip: tuple[str, ...] = ()) -> Any:
    """A copy of a case-model dataclass with the names replaced in every text field."""
    changes = {
        f.name: redactor.redact(getattr(obj, f.name)).text
        for f in fields(obj)
        if f.type == "str" and f.name not in skip
    }
    return replace(obj, **changes)


class _Pseudonyms:
    def __init__(self) -> None:
        self.by_person: dict[int, str] = {}
        self.placeholders: list[dict[str, object]] = []
        self.counts = {PersonKind.CHILD: 0, PersonKind.ADULT: 0}
        self.names: list[NameToHide] = []

    def add(self, person: Person, on: date | None) -> str:
        person_id = int(person.id or 0)
        if person_id in self.by_person:
            return self.by_person[person_id]
        kind = PersonKind(person.kind)
        word = "Child" if kind is PersonKind.CHILD else "Adult"
        pseudonym = f"{word} {_label(self.counts[kind])}"
        self.counts[kind] += 1
        self.by_person[person_id] = pseudonym
        age = _age(person, on)
        self.placeholders.append(
            {
                "pseudonym": pseudonym,
                "kind": kind.value,
                "age_years": age,
                "age_on": on.isoformat() if age is not None and on is not None else None,
                "works_with_children": person.works_with_children
                if kind is PersonKind.ADULT
                else None,
                "role_or_relationship": person.role_or_relationship
                if kind is PersonKind.ADULT
                else "",
            }
        )
        self.names.append(
            NameToHide.for_person(
                f"person:{person_id}",
                f"[{pseudonym}]",
                first_name=person.first_name,
                last_name=person.last_name,
                known_as=person.known_as,
                upn=person.upn,
            )
        )
        return pseudonym


def _chronology_rows(session: CaseFileSession, incident_id: int) -> list[tuple[Any, ...]]:
    return session.conn.execute(
        "SELECT c.id, c.person_id, c.occurred_at, c.recorded_at, coalesce(u.name, ''), c.kind,"
        " c.body, c.corrects_id, c.erased FROM chronology c LEFT JOIN users u"
        " ON u.id = c.author_id WHERE c.incident_id = ? ORDER BY c.id",
        (incident_id,),
    ).fetchall()


def build_payload(
    session: CaseFileSession,
    person_id: int,
    *,
    package_id: str,
    recipient: str,
    method: str,
    sent_on: date,
) -> tuple[dict[str, object], PackageSummary]:
    """The package's content for one child, and a summary for the screen and the log."""
    conn = session.conn
    file = child_file(conn, person_id)
    child = file.person
    if child.kind is not PersonKind.CHILD:  # a school transfer is a child's file, never an adult's
        raise TransferRefused(
            f"{child.reference} is not a child's record, so it cannot be sent as a school "
            "transfer. Choose the child whose file is moving."
        )
    own = {int(child.id or 0), *absorbed_records(conn, int(child.id or 0))}
    loaded = [load_incident(conn, row.id) for row in file.incidents]
    incidents = sorted(
        (i for i in loaded if i is not None),
        key=lambda i: (i.came_to_light_at.isoformat() if i.came_to_light_at else "", i.id or 0),
    )
    names = {int(i): str(n) for i, n in conn.execute("SELECT id, name FROM users")}
    pseudonyms = _Pseudonyms()
    for incident in incidents:
        day = incident.came_to_light_at.date() if incident.came_to_light_at else None
        for link in incident.people:
            if int(link.person.id or 0) not in own:
                pseudonyms.add(link.person, day)
    redactor = NameRedactor(pseudonyms.names)
    entries = withheld = 0
    out_incidents: list[dict[str, object]] = []
    for incident in incidents:
        data, counted, skipped = _incident_data(session, incident, own, pseudonyms, redactor, names)
        out_incidents.append(data)
        entries += counted
        withheld += skipped
    child_data = encode(child, skip=("id", "reference"))
    setting = SettingRepository(conn).details()
    payload: dict[str, object] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": package_id,
        "training": session.is_training,
        "rules_version": RULES_VERSION,
        "sender": {
            "setting": encode(setting),
            "sent_by": session.user.name,
            "sent_on": sent_on.isoformat(),
            "anchor": format_anchor(*anchor(conn)),
        },
        "recipient": {"setting": recipient, "method": method},
        "child": {
            **child_data,
            "source_reference": child.reference,
            "merged_references": list(file.merged_references),
        },
        "others": pseudonyms.placeholders,
        "incidents": out_incidents,
    }
    summary = PackageSummary(
        reference=child.reference,
        name=child.display_name,
        incidents=len(out_incidents),
        chronology_entries=entries,
        pseudonyms=tuple(str(p["pseudonym"]) for p in pseudonyms.placeholders),
        entries_withheld=withheld,
    )
    return payload, summary


def _incident_data(
    session: CaseFileSession,
    incident: Incident,
    own: set[int],
    pseudonyms: _Pseudonyms,
    redactor: NameRedactor,
    names: dict[int, str],
) -> tuple[dict[str, object], int, int]:
    clean = _redacted(incident, redactor, skip=("reference",))
    clean = replace(
        clean,
        viewing=_redacted(incident.viewing, redactor),
        review=_redacted(incident.review, redactor),
    )
    data = encode(clean, skip=("id", "reference", "people", "referrals", "follow_ups"))
    data["source_reference"] = incident.reference
    data["people"] = [_link(link, own, pseudonyms, redactor) for link in incident.people]
    data["referrals"] = [
        _referral(r, own, pseudonyms, redactor)
        for r in incident.referrals
        if not r.children or own & set(r.children)
    ]
    data["follow_ups"] = [encode(_redacted(f, redactor), skip=("id",)) for f in incident.follow_ups]
    data["assessments"] = [
        _assessment(record.to_dict(), record, redactor, names)
        for record in AssessmentRepository(session.conn).history(int(incident.id or 0))
    ]
    chronology: list[dict[str, object]] = []
    kept: set[int] = set()
    withheld = 0
    for (
        entry_id,
        person_id,
        occurred,
        recorded,
        author,
        kind,
        body,
        corrects,
        erased,
    ) in _chronology_rows(session, int(incident.id or 0)):
        if person_id is not None and int(person_id) not in own:
            withheld += 1
            continue
        kept.add(int(entry_id))
        chronology.append(
            {
                "key": int(entry_id),
                "about_child": person_id is not None,
                "occurred_at": str(occurred),
                "recorded_at": str(recorded),
                "author": str(author),
                "kind": str(kind),
                "body": "" if erased else redactor.redact(str(body)).text,
                "erased": bool(erased),
                "corrects_key": int(corrects)
                if corrects is not None and corrects in kept
                else None,
            }
        )
    data["chronology"] = chronology
    return data, len(chronology), withheld


def _link(
    link: IncidentPerson, own: set[int], pseudonyms: _Pseudonyms, redactor: NameRedactor
) -> dict[str, object]:
    person_id = int(link.person.id or 0)
    if person_id in own:
        return {"who": CHILD, **encode(_redacted(link, redactor), skip=("person",))}
    blank = IncidentPerson(person=link.person, roles=link.roles)
    return {"who": pseudonyms.by_person[person_id], **encode(blank, skip=("person",))}


def _referral(
    referral: Referral, own: set[int], pseudonyms: _Pseudonyms, redactor: NameRedactor
) -> dict[str, object]:
    data = encode(_redacted(referral, redactor), skip=("id", "children"))
    data["children"] = sorted(
        CHILD if c in own else pseudonyms.by_person.get(c, "") for c in referral.children
    )
    return data


def _assessment(
    data: dict[str, object], record: Any, redactor: NameRedactor, names: dict[int, str]
) -> dict[str, object]:
    free_text = data["free_text"]
    decision = data["decision"]
    assert isinstance(free_text, dict) and isinstance(decision, dict)
    data["free_text"] = {k: redactor.redact(str(v)).text for k, v in free_text.items()}
    data["decision"] = {**decision, "reasons": redactor.redact(str(decision["reasons"])).text}
    return {
        **data,
        "decided_by": names.get(int(record.decided_by), ""),
        "decided_at": record.decided_at.isoformat(),
        "review_meeting_on": record.review_meeting_on.isoformat()
        if record.review_meeting_on
        else None,
    }
