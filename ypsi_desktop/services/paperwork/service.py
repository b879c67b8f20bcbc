"""Printing and saving paperwork: which forms apply, who may print them, and the record that
they were printed.

Permissions (services/permissions.py): the MASH, police and LADO referrals need
PRINT_REFERRAL (DSL and deputies); the incident record, a child's chronology and the blank
form need PRINT_RECORD, which read-only users have too. Every print and every save is a
chronology entry naming the form and the user, and an audit entry (ids and references only).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from ypsi_desktop.domain.case import IncidentPerson, Role
from ypsi_desktop.services.permissions import Permission, allowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.audit import AuditAction, utc_now
from ypsi_desktop.storage.chain import anchor, format_anchor
from ypsi_desktop.storage.child_file import child_file
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.files import fsync_dir, remove_quietly, temp_name, write_private_bytes
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.person_repository import PersonNotFound
from ypsi_desktop.storage.setting_repository import SettingRepository
from ypsi_desktop.storage.targets import refuse_case_file_target

from . import words
from .blocks import FormDocument
from .layout import Furniture, PdfInfo, RenderedPdf, render_documents
from .other_forms import ChildSnapshot
from .other_forms import blank_form as blank_document
from .other_forms import child_chronology as chronology_document
from .record_form import incident_record
from .referral_forms import lado_referral, mash_referral, police_referral
from .snapshot import Decision, IncidentSnapshot


class FormKind(StrEnum):
    MASH = "mash"
    POLICE = "police"
    LADO = "lado"
    RECORD = "record"
    CHRONOLOGY = "chronology"
    BLANK = "blank"


FORM_NAMES = {
    FormKind.MASH: "MASH referral",
    FormKind.POLICE: "police referral",
    FormKind.LADO: "LADO referral",
    FormKind.RECORD: "incident record",
    FormKind.CHRONOLOGY: "child's chronology",
    FormKind.BLANK: "blank initial-concern form",
}
PERMISSIONS = {
    FormKind.MASH: Permission.PRINT_REFERRAL,
    FormKind.POLICE: Permission.PRINT_REFERRAL,
    FormKind.LADO: Permission.PRINT_REFERRAL,
    FormKind.RECORD: Permission.PRINT_RECORD,
    FormKind.CHRONOLOGY: Permission.PRINT_RECORD,
    FormKind.BLANK: Permission.PRINT_RECORD,
}
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9 ._-]+")


class NothingToPrint(ValueError):
    """The form asked for does not apply; the message says why, for the DSL."""


class IncidentNotFound(LookupError):
    def __init__(self) -> None:
        super().__init__("That incident is not in this case file.")


class Output(StrEnum):
    PRINTED = "printed"
    SAVED = "saved"


@dataclass(frozen=True)
class FormChoice:
    """A form the app can offer for an incident; `allowed` says whether this user may print it."""

    kind: FormKind
    label: str
    allowed: bool
    incident_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class PreparedForm:
    """A form read from the case file and ready to lay out, with no database needed."""

    kind: FormKind
    documents: tuple[FormDocument, ...]
    furniture: Furniture
    info: PdfInfo
    incident_id: int | None
    incident_reference: str
    person_ids: tuple[int, ...]  # the children a MASH referral or a chronology is about
    person_references: tuple[str, ...]

    @property
    def name(self) -> str:
        return FORM_NAMES[self.kind]

    @property
    def file_name(self) -> str:
        """A suggested file name: the form and references, never a name."""
        parts = [self.incident_reference, FORM_NAMES[self.kind], *self.person_references]
        text = _UNSAFE_NAME.sub("", " ".join(p for p in parts if p)).strip() or "form"
        return f"{text}.pdf"


# --- what applies ---------------------------------------------------------------------------


def _snapshot(session: CaseFileSession, incident_id: int) -> IncidentSnapshot:
    conn = session.conn
    incident = IncidentRepository(conn).get(incident_id)
    if incident is None:
        raise IncidentNotFound()
    names = {int(i): str(n) for i, n in conn.execute("SELECT id, name FROM users").fetchall()}
    decisions = tuple(
        Decision(record, names.get(record.decided_by, "Unknown user"))
        for record in AssessmentRepository(conn).history(incident_id)
    )
    setting = SettingRepository(conn)
    return IncidentSnapshot(
        incident=incident,
        setting=setting.details(),
        contacts=tuple(setting.contacts()),
        decisions=decisions,
        chronology=tuple(IncidentRepository(conn).chronology(incident_id)),
        printed_by=session.user.name,
        printed_by_role=session.user.role,
    )


def _capital(text: str) -> str:
    """First letter in capitals, the rest as written ("MASH referral", "Police referral")."""
    return text[:1].upper() + text[1:]


def _child_label(link: IncidentPerson) -> str:
    return f"{link.person.display_name} ({link.person.reference})"


def forms_for_incident(session: CaseFileSession, incident_id: int) -> list[FormChoice]:
    """The forms that apply to this incident, in the order a DSL would want them: a MASH
    referral per child referred, the police referral, the LADO referral (only when an adult
    involved works or volunteers with children), then the incident record."""
    session.require(Permission.VIEW)
    snap = _snapshot(session, incident_id)
    role = session.user.role
    referral = allowed(role, Permission.PRINT_REFERRAL)
    choices = [
        FormChoice(
            FormKind.MASH,
            f"MASH referral for {_child_label(link)}",
            referral,
            incident_id,
            link.person.id,
        )
        for link in snap.referred_children()
    ]
    choices.append(FormChoice(FormKind.POLICE, "Police referral", referral, incident_id))
    if snap.adults_working_with_children():
        choices.append(FormChoice(FormKind.LADO, "LADO referral", referral, incident_id))
    choices.append(
        FormChoice(
            FormKind.RECORD,
            "Incident record (for the child-protection file)",
            allowed(role, Permission.PRINT_RECORD),
            incident_id,
        )
    )
    return choices


# --- preparing ------------------------------------------------------------------------------


def _furniture(session: CaseFileSession, printed_at: datetime | None) -> Furniture:
    moment = printed_at or utc_now()
    if moment.tzinfo is None:
        raise ValueError("the print time must carry a time zone")
    return Furniture(
        setting_name=SettingRepository(session.conn).details().name,
        printed_by=session.user.name,
        printed_at=moment,
        anchor=format_anchor(*anchor(session.conn)),
        training=session.is_training,
    )


def incident_form(
    session: CaseFileSession,
    incident_id: int,
    kind: FormKind,
    *,
    person_id: int | None = None,
    printed_at: datetime | None = None,
) -> PreparedForm:
    """Read what `kind` prints about the incident. A MASH referral without `person_id` is one
    referral per child referred, in one PDF."""
    kind = FormKind(kind)
    if kind in (FormKind.CHRONOLOGY, FormKind.BLANK):
        raise ValueError(f"the {FORM_NAMES[kind]} is not a form about one incident")
    session.require(PERMISSIONS[kind])
    snap = _snapshot(session, incident_id)
    reference = snap.incident.reference
    people: list[IncidentPerson] = []
    if kind is FormKind.MASH:
        if person_id is None:
            people = snap.referred_children()
        else:
            people = [c for c in snap.children() if c.person.id == person_id]
            if not people:
                raise NothingToPrint(f"That child is not recorded in incident {reference}.")
        if not people:
            raise NothingToPrint(
                f"No child is recorded in incident {reference} yet, so there is no one to refer."
            )
        documents = tuple(mash_referral(snap, link) for link in people)
    elif kind is FormKind.POLICE:
        documents = (police_referral(snap),)
    elif kind is FormKind.LADO:
        if not snap.adults_working_with_children():
            raise NothingToPrint(
                f"No adult in incident {reference} is recorded as working or volunteering with "
                "children, so there is no LADO referral to make. If one does, record that on "
                "their details first."
            )
        documents = (lado_referral(snap),)
    else:
        documents = (incident_record(snap),)
    return PreparedForm(
        kind=kind,
        documents=documents,
        furniture=_furniture(session, printed_at),
        info=PdfInfo(title=f"{_capital(FORM_NAMES[kind])} {reference}"),
        incident_id=incident_id,
        incident_reference=reference,
        person_ids=tuple(p.person.id for p in people if p.person.id is not None),
        person_references=tuple(p.person.reference for p in people),
    )


def child_chronology(
    session: CaseFileSession, person_id: int, *, printed_at: datetime | None = None
) -> PreparedForm:
    """A child's chronology across every incident they are recorded in."""
    session.require(Permission.PRINT_RECORD)
    conn = session.conn
    try:
        file = child_file(conn, person_id)
    except PersonNotFound:
        raise NothingToPrint("That child is not in this case file.") from None
    person = file.person
    mine = {person.reference, *file.merged_references}
    repo = IncidentRepository(conn)
    parts: dict[int, str] = {}
    for row in file.incidents:
        incident = repo.get(row.id)
        found: set[Role] = set()
        for link in incident.people if incident is not None else []:
            if link.person.reference in mine:
                found |= set(link.roles)
        parts[row.id] = words.roles(found)
    setting_name = SettingRepository(conn).details().name
    document = chronology_document(ChildSnapshot(file, parts, setting_name))
    return PreparedForm(
        kind=FormKind.CHRONOLOGY,
        documents=(document,),
        furniture=_furniture(session, printed_at),
        info=PdfInfo(title=f"Child's chronology {person.reference}"),
        incident_id=file.incidents[0].id if file.incidents else None,  # the newest
        incident_reference="",
        person_ids=(person.id,) if person.id is not None else (),
        person_references=(person.reference,),
    )


def blank_form(session: CaseFileSession, *, printed_at: datetime | None = None) -> PreparedForm:
    """The initial-concern form staff fill in by hand, carrying the setting's name."""
    session.require(Permission.PRINT_RECORD)
    return PreparedForm(
        kind=FormKind.BLANK,
        documents=(blank_document(),),
        furniture=_furniture(session, printed_at),
        info=PdfInfo(title="Blank initial-concern form"),
        incident_id=None,
        incident_reference="",
        person_ids=(),
        person_references=(),
    )


def render(prepared: PreparedForm) -> RenderedPdf:
    """Lay the form out as PDF bytes, in memory. Needs no database: safe on a worker thread."""
    return render_documents(prepared.documents, prepared.furniture, prepared.info)


# --- recording and saving -------------------------------------------------------------------


def record_output(session: CaseFileSession, prepared: PreparedForm, output: Output) -> None:
    """Record that the form was printed or saved: a chronology entry naming the form and the
    user (on the incident, or on the child's newest incident for a chronology) and an audit
    entry, in one transaction. The blank form belongs to no incident: audit entry only."""
    session.require(PERMISSIONS[prepared.kind])
    output = Output(output)
    action = AuditAction.PRINT if output is Output.PRINTED else AuditAction.EXPORT
    verb = "printed" if output is Output.PRINTED else "saved as an unencrypted PDF"
    name = prepared.name
    conn = session.conn
    with transaction(conn):
        if prepared.kind is FormKind.BLANK:
            session.audit(action, "form", None, f"{name} {verb}")
            return
        targets: Sequence[tuple[int | None, str]] = list(
            zip(prepared.person_ids, prepared.person_references, strict=True)
        ) or [(None, "")]
        for person_id, reference in targets:
            about = f" for child {reference}" if reference else ""
            if prepared.incident_id is not None:
                IncidentRepository(conn).add_note(
                    prepared.incident_id,
                    user_id=session.user.id,
                    body=f"{_capital(name)}{about} {verb} by {session.user.name}.",
                    kind=f"form_{output.value}",
                    person_id=person_id,
                )
            record_type, record_id = (
                ("person", person_id)
                if prepared.kind is FormKind.CHRONOLOGY
                else ("incident", prepared.incident_id)
            )
            session.audit(action, record_type, record_id, f"{name} {verb}{about}"[:200])


def save_pdf(data: bytes, path: Path) -> None:
    """Write PDF bytes the user chose to save (mode 0600): a temporary name beside the target
    first, fsynced, then renamed into place, so a crash never leaves half a file."""
    path = Path(path)
    refuse_case_file_target(path)
    temporary = temp_name(path, "pdf")
    try:
        write_private_bytes(temporary, data)
        os.replace(temporary, path)
    except BaseException:
        remove_quietly(temporary)
        raise
    fsync_dir(path.parent)
