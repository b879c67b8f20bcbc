"""A child's chronology across all their incidents, and the blank initial-concern form."""

from __future__ import annotations

from dataclasses import dataclass

from ypsi_desktop.domain.case import IncidentStatus, SenStatus
from ypsi_desktop.domain.case_views import ChildFile
from ypsi_desktop.domain.guidance_text import IMAGERY_REMINDER

from . import words
from .blocks import Blanks, Block, Fields, FormDocument, Grid, Heading, Note, WriteIn
from .record_form import chronology_grid


@dataclass(frozen=True)
class ChildSnapshot:
    file: ChildFile
    parts: dict[int, str]  # incident id -> the child's part in it, in words
    setting_name: str


def child_chronology(snap: ChildSnapshot) -> FormDocument:
    file = snap.file
    person = file.person
    references = {row.id: row.reference for row in file.incidents}
    blocks: list[Block] = [
        Heading("The child"),
        Fields(
            (
                ("Name", person.display_name),
                ("Reference", person.reference),
                ("Date of birth", words.born(person, None)),
                ("School and year", words.school_and_year(person, snap.setting_name)),
                ("UPN", person.upn),
                ("SEN or EHCP", words.SEN[SenStatus(person.sen)]),
                ("Records merged into this one", words.listed(file.merged_references)),
            )
        ),
        Heading("Incidents"),
        Grid(
            ("Reference", "Came to light", "Part in it", "Category decided", "Status"),
            tuple(
                (
                    row.reference,
                    words.moment(row.came_to_light_at),
                    snap.parts.get(row.id, ""),
                    words.guidance(row.category) if row.category else "Not assessed yet",
                    "Closed" if IncidentStatus(row.status) is IncidentStatus.CLOSED else "Open",
                )
                for row in reversed(file.incidents)  # the file lists the newest first
            ),
            (0.17, 0.17, 0.22, 0.3, 0.14),
            empty="This child is in no incident.",
        ),
        Heading("Chronology across all incidents"),
        chronology_grid(file.chronology, references),
    ]
    return FormDocument(
        title="Child's chronology",
        reference=f"child {person.reference}",
        intro="Every dated entry from every incident this child is recorded in, oldest first.",
        blocks=tuple(blocks),
    )


def blank_form() -> FormDocument:
    blocks: list[Block] = [
        Note(
            "For any member of staff. If you hear about or come across a nude or semi-nude image "
            "of a child or young person, fill this in and hand it to the designated "
            "safeguarding lead (DSL) or a deputy straight away, the same day. " + IMAGERY_REMINDER
        ),
        Heading("About you"),
        Blanks(("Your name", "Your role", "Date and time you filled this in")),
        Heading("The child or young person"),
        Blanks(("Name", "Date of birth or age", "Year group or class")),
        Heading("What happened"),
        WriteIn(
            "What you were told or saw, when and where. Describe any image only as it was "
            "described to you: do not look at it.",
            9,
        ),
        Heading("What the child said"),
        WriteIn("Their own words, as exactly as you can remember them.", 6),
        Heading("Who else is involved"),
        WriteIn(
            "Other children or adults, as far as you know (names, year groups), and any apps, "
            "websites or phones mentioned.",
            5,
        ),
        Heading("What you have done so far"),
        WriteIn("For example: who you told, what you said to the child.", 4),
        Note(
            "Please do not: ask to see, copy, forward or delete the image; ask the child to "
            "delete it or send it to anyone; contact parents or carers, or talk about it with "
            "other staff or children, before the DSL has decided what happens next; say or do "
            "anything that blames or shames the child."
        ),
        Heading("Handed to the DSL"),
        Blanks(("Given to", "Date and time", "Your signature")),
        Heading("For the DSL"),
        Blanks(("Incident reference", "Recorded in YPSI Desktop on", "DSL's signature")),
    ]
    return FormDocument(
        title="Initial concern: nude or semi-nude image",
        reference="to be added by the DSL",
        intro="To fill in by hand when the case recorder is not to hand.",
        blocks=tuple(blocks),
    )
