"""The child's file printed for a school that does not use YPSI Desktop, with a receipt slip.

The same content as the encrypted package (transfer_build.py: the child's whole file, every
other child and adult shown by a pseudonym), laid out with the paperwork's page furniture,
followed by a receipt slip on its own page for the receiving DSL to sign and return. The PDF
is NOT encrypted: the caller says so, and the DSL prints it and sends the paper securely.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.services.lifetime import transfer as transfers
from ypsi_desktop.services.lifetime.transfer_build import CHILD, build_payload
from ypsi_desktop.services.lifetime.transfer_package import fingerprint_of
from ypsi_desktop.services.paperwork import words
from ypsi_desktop.services.paperwork.blocks import (
    Block,
    Fields,
    FormDocument,
    Grid,
    Heading,
    Narrative,
    Note,
    Signatures,
    Subheading,
    WriteIn,
)
from ypsi_desktop.services.paperwork.layout import Furniture, PdfInfo, render_documents
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.audit import utc_now
from ypsi_desktop.storage.bank_holidays import calendar
from ypsi_desktop.storage.chain import anchor, format_anchor
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.transfer_store import record_sent

UNENCRYPTED_WARNING = (
    "The saved PDF is NOT encrypted. Print it, send the paper securely (by hand, or by "
    "recorded delivery marked for the attention of the designated safeguarding lead), and "
    "then delete the PDF."
)


@dataclass(frozen=True)
class PrintedFile:
    transfer_id: int
    pdf: bytes
    pages: int
    fingerprint: str
    due_on: date


def _day(text: object) -> str:
    if not text:
        return ""
    value = str(text)
    return short_date(date.fromisoformat(value[:10]))


def _when(text: object) -> str:
    if not text:
        return ""
    value = str(text)
    if len(value) == 10:
        return _day(value)
    return words.moment(datetime.fromisoformat(value.replace("Z", "+00:00")))


def _tri(value: object) -> str:
    return words.tri(value if isinstance(value, bool) else None)


def _incident(data: dict[str, Any]) -> list[Block]:
    people = [
        f"{'This child' if link['who'] == CHILD else link['who']}: "
        f"{', '.join(link['roles']) or 'role not recorded'}"
        for link in data["people"]
    ]
    review = data["review"]
    blocks: list[Block] = [
        Heading(f"Incident {data['source_reference']} (their reference)"),
        Fields(
            (
                ("Came to light", _when(data["came_to_light_at"])),
                ("Status", str(data["status"]).title()),
                ("Led by", str(data["owner"])),
                ("Reported by", str(data["reported_by"])),
                ("Who was involved", "\n".join(people)),
            )
        ),
        Narrative("How it came to light", str(data["how_came_to_light"])),
        Narrative("The imagery, as described (never viewed)", str(data["imagery_description"])),
        Fields(
            (
                ("Apps or services", str(data["apps_services"])),
                ("How far it was shared", str(data["sharing_extent"])),
                ("Shared publicly", _tri(data["shared_publicly"])),
                ("Review meeting", _day(review["held_on"])),
                ("Attended by", str(review["attendees"])),
                ("Review notes", str(review["notes"])),
                ("Device steps", str(data["device_steps"])),
                ("Parents or carers contacted", _tri(data["parents_contacted"])),
                ("Support given", str(data["support_given"])),
                ("Outcome", str(data["outcome"])),
            )
        ),
    ]
    for link in data["people"]:
        if link["who"] == CHILD:
            blocks += [
                Subheading("This child"),
                Fields(
                    (
                        ("Their own words", str(link["own_words"])),
                        ("Parents aware", _tri(link["parents_aware"])),
                        ("Parents consent", _tri(link["parents_consent"])),
                        ("Why parents were not told", str(link["parents_not_informed_reason"])),
                        ("Notes", str(link["notes"])),
                    )
                ),
            ]
    if data["referrals"]:
        blocks += [
            Subheading("Referrals"),
            Grid(
                ("Agency", "Made on", "Spoken to", "Reference", "Acknowledged", "Decision"),
                tuple(
                    (
                        str(r["agency"]).upper() if r["agency"] != "other" else "Other",
                        _day(r["made_on"]),
                        str(r["spoken_to"]),
                        str(r["agency_reference"]),
                        _day(r["acknowledged_on"]),
                        str(r["agency_decision"]),
                    )
                    for r in data["referrals"]
                ),
                (0.12, 0.13, 0.18, 0.17, 0.15, 0.25),
            ),
        ]
    if data["assessments"]:
        blocks += [
            Subheading("Decisions"),
            Grid(
                ("Date", "Category", "Route", "Reasons", "Decided by"),
                tuple(
                    (
                        _day(a["decided_at"]),
                        words.guidance(str(a["decision"]["category"])),
                        words.guidance(str(a["decision"]["route"])),
                        str(a["decision"]["reasons"]),
                        str(a["decided_by"]),
                    )
                    for a in data["assessments"]
                ),
                (0.13, 0.22, 0.2, 0.3, 0.15),
            ),
        ]
    blocks += [
        Subheading("Chronology"),
        Grid(
            ("When", "By", "Entry"),
            tuple(
                (
                    _when(e["occurred_at"]),
                    str(e["author"]),
                    "[This entry was erased; the record of it is kept.]"
                    if e["erased"]
                    else str(e["body"]),
                )
                for e in data["chronology"]
            ),
            (0.17, 0.18, 0.65),
        ),
    ]
    return blocks


def _child_rows(child: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    born = _day(child["date_of_birth"])
    if not born and child["age_years"] is not None:
        born = f"Not recorded; aged {child['age_years']} on {_day(child['age_recorded_on'])}"
    return (
        ("Name", " ".join(p for p in (child["first_name"], child["last_name"]) if p)),
        ("Known as", str(child["known_as"])),
        ("Date of birth", born),
        ("Their reference at the sending school", str(child["source_reference"])),
        ("Year group", str(child["year_group"])),
        ("Gender", str(child["gender"])),
        ("Address", str(child["address"])),
        ("UPN", str(child["upn"])),
        ("SEN or EHCP", str(child["sen"]).replace("_", " ")),
        ("Looked after", _tri(child["looked_after"])),
        ("Vulnerability notes", str(child["vulnerability_notes"])),
        ("Allocated social worker", str(child["social_worker"])),
        ("Household", str(child["household"])),
        ("Parental responsibility", str(child["parental_responsibility"])),
        ("Other professionals", str(child["other_professionals"])),
        ("Agency details", str(child["agency_details"])),
    )


def documents(payload: dict[str, Any], transfer_id: int) -> list[FormDocument]:
    """The file and its receipt slip, as the paperwork's form documents."""
    sender = payload["sender"]
    setting = sender["setting"]
    child = payload["child"]
    reference = f"T-{transfer_id}, {child['source_reference']}"
    blocks: list[Block] = [
        Note(
            "Child protection file transferred under Keeping Children Safe in Education. Keep "
            "it separate from the main pupil file, with your safeguarding records. Other "
            "children and adults are shown by pseudonyms (Child A, Adult A, …); the sending "
            "school's DSL can tell you more where a child's safety needs it. Please sign and "
            "return the receipt slip on the last page."
        ),
        Heading("The child"),
        Fields(_child_rows(child)),
    ]
    for incident in payload["incidents"]:
        blocks += _incident(incident)
    name = " ".join(p for p in (child["first_name"], child["last_name"]) if p)
    file_document = FormDocument(
        title="Child protection file: school transfer",
        reference=reference,
        intro=f"Sent by {sender['sent_by']} on {_day(sender['sent_on'])} to "
        f"{payload['recipient']['setting']}.",
        blocks=tuple(blocks),
    )
    slip = FormDocument(
        title="Receipt slip: child protection file",
        reference=reference,
        intro="Please complete, sign and return this slip to the sending school's designated "
        "safeguarding lead as soon as the file arrives.",
        blocks=(
            Fields(
                (
                    ("Child", name),
                    ("Date of birth", _day(child["date_of_birth"])),
                    ("Transfer reference", reference),
                    ("Sent by", f"{sender['sent_by']}, {setting['name']}"),
                    ("Sent on", _day(sender["sent_on"])),
                    ("Sent to", str(payload["recipient"]["setting"])),
                    ("How it was sent", str(payload["recipient"]["method"])),
                    (
                        "Return this slip to",
                        "\n".join(
                            p for p in (setting["name"], setting["address"], setting["email"]) if p
                        ),
                    ),
                )
            ),
            Subheading("Received by the designated safeguarding lead"),
            Signatures((("Receiving DSL", ""),)),
            WriteIn("School or college, and anything missing from the file", 3),
        ),
    )
    return [file_document, slip]


def print_file(
    session: CaseFileSession,
    person_id: int,
    *,
    recipient: str,
    method: str,
    starts_on: date,
    today: date,
    save: Callable[[bytes], None] | None = None,
) -> PrintedFile:
    """Log the transfer and lay out the printed file with its receipt slip, in one go.
    `save` writes the PDF where the DSL chose (paperwork.save_pdf) inside the same
    transaction, so a file that could not be written leaves no transfer waiting for receipt."""
    session.require(Permission.EXPORT)
    built, _summary = build_payload(
        session,
        person_id,
        package_id=secrets.token_hex(16),
        recipient=recipient.strip(),
        method=method.strip(),
        sent_on=today,
    )
    payload: dict[str, Any] = built
    conn = session.conn
    due_on = transfers.due_date(starts_on, calendar(conn))
    with transaction(conn):  # the log entry is kept only if the PDF is made
        transfer_id = record_sent(
            conn,
            person_id=person_id,
            recipient=recipient,
            method=method,
            package_kind="printed",
            package_id="",
            fingerprint="",
            starts_on=starts_on,
            due_on=due_on,
            sent_on=today,
            user_id=session.user.id,
        )
        furniture = Furniture(
            setting_name=str(payload["sender"]["setting"]["name"]),
            printed_by=session.user.name,
            printed_at=utc_now(),
            anchor=format_anchor(*anchor(conn)),
            training=session.is_training,
        )
        rendered = render_documents(
            documents(payload, transfer_id), furniture, PdfInfo(title="Child protection file")
        )
        fingerprint = fingerprint_of(rendered.data)
        conn.execute(
            "UPDATE transfers_out SET fingerprint = ? WHERE id = ?", (fingerprint, transfer_id)
        )
        if save is not None:
            save(rendered.data)
    session.checkpoint()
    return PrintedFile(transfer_id, rendered.data, rendered.pages, fingerprint, due_on)
