"""What the case list, the search box, the due view and a child's file show: plain values.

These are read models, not records: light rows built for one screen, so the interface can ask
for a page of fifty incidents without loading fifty whole incidents. The storage layer fills
them; the GUI and the CLI only read them. No SQL here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ypsi_desktop.domain.case import ChronologyEntry, IncidentStatus, Person

# Marks the matched words inside SearchHit.snippet (private-use characters, never typed).
MATCH_START = "\ue000"
MATCH_END = "\ue001"
# CaseListFilter.category / .route value meaning "no decision recorded yet".
NOT_ASSESSED = ""


class SortColumn(StrEnum):
    REFERENCE = "reference"
    CAME_TO_LIGHT = "came_to_light_at"
    STATUS = "status"
    CATEGORY = "category"
    ROUTE = "route"
    OWNER = "owner"
    NEXT_DUE = "next_due"


@dataclass(frozen=True)
class CaseListFilter:
    """Every field left as None filters nothing; the rest must all hold (AND).

    `came_to_light_from` and `came_to_light_to` are inclusive dates. `overdue_on` keeps the
    incidents with an open follow-up due before that date. `category`/`route` take a guidance
    id, or NOT_ASSESSED for incidents with no decision yet.
    """

    status: IncidentStatus | None = None
    category: str | None = None
    route: str | None = None
    owner: str | None = None
    came_to_light_from: date | None = None
    came_to_light_to: date | None = None
    overdue_on: date | None = None


@dataclass(frozen=True)
class CaseListRow:
    id: int
    reference: str
    came_to_light_at: datetime | None
    children: tuple[str, ...]  # display names, in the order the record lists them
    category: str | None  # the latest decision; None until one is recorded
    route: str | None
    status: IncidentStatus
    owner: str
    next_due: date | None  # the earliest open follow-up


@dataclass(frozen=True)
class SearchHit:
    incident_id: int
    reference: str
    snippet: str  # matched words between MATCH_START and MATCH_END

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces, for bold text on screen."""
        pieces: list[tuple[str, bool]] = []
        for i, chunk in enumerate(self.snippet.split(MATCH_START)):
            if i == 0:
                if chunk:
                    pieces.append((chunk, False))
                continue
            matched, _, rest = chunk.partition(MATCH_END)
            if matched:
                pieces.append((matched, True))
            if rest:
                pieces.append((rest, False))
        return pieces

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The snippet with the matches between `start` and `end` (for plain text output)."""
        return self.snippet.replace(MATCH_START, start).replace(MATCH_END, end)


class DueKind(StrEnum):
    FOLLOW_UP = "follow_up"  # a follow-up action past its due date
    ACKNOWLEDGEMENT = "acknowledgement"  # a referral not acknowledged after a working day
    # Listed from the start, not only when overdue (days_overdue < 0 until the due date); the
    # item concerns a person (person_id), not an incident (incident_id is 0).
    TRANSFER_RECEIPT = "transfer_receipt"  # a child's file sent, receipt not yet confirmed
    SUBJECT_ACCESS = "subject_access"  # a subject access request not yet answered


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    incident_id: int
    incident_reference: str  # transfers and subject access: the person's reference
    item_id: int  # the follow-up, referral, transfer or request id
    # The follow-up's description, the agency id of the referral, the school a file was sent
    # to, or who made a subject access request.
    description: str
    owner: str
    due_on: date  # when it was due (for a referral: when acknowledgement was expected)
    days_overdue: int
    person_id: int | None = None  # transfers and subject access: whose record


@dataclass(frozen=True)
class ChildFile:
    """Everything on file about one child: the record, each incident, one chronology."""

    person: Person
    merged_references: tuple[str, ...]  # references of records merged into this one
    incidents: tuple[CaseListRow, ...]
    chronology: tuple[ChronologyEntry, ...] = field(default=())
