"""Everything a form about one incident prints, read from the case file in one go.

A plain snapshot, so the layout (which can take a second for a long record) runs on a worker
thread without touching the database connection, and prints exactly what was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ypsi_desktop.domain.case import (
    Agency,
    AssessmentRecord,
    ChronologyEntry,
    Contact,
    ContactKind,
    Incident,
    IncidentPerson,
    PersonKind,
    Referral,
    SettingDetails,
    UserRole,
)


@dataclass(frozen=True)
class Decision:
    """A saved assessment with the name of the DSL who made the decision."""

    record: AssessmentRecord
    decided_by: str


@dataclass(frozen=True)
class IncidentSnapshot:
    incident: Incident
    setting: SettingDetails
    contacts: tuple[Contact, ...]
    decisions: tuple[Decision, ...]  # oldest first
    chronology: tuple[ChronologyEntry, ...]
    printed_by: str
    printed_by_role: UserRole

    @property
    def latest(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None

    @property
    def on(self) -> date | None:
        """The incident's date, for ages "at the time"."""
        when = self.incident.came_to_light_at
        return None if when is None else when.date()

    def contacts_of(self, kind: ContactKind) -> list[Contact]:
        return [c for c in self.contacts if ContactKind(c.kind) is kind]

    def children(self) -> list[IncidentPerson]:
        return [p for p in self.incident.people if p.person.kind is PersonKind.CHILD]

    def adults(self) -> list[IncidentPerson]:
        return [p for p in self.incident.people if p.person.kind is PersonKind.ADULT]

    def adults_working_with_children(self) -> list[IncidentPerson]:
        return [p for p in self.adults() if p.person.works_with_children is True]

    def referral_to(self, agency: Agency, child_id: int | None = None) -> Referral | None:
        """The latest referral to `agency` (about `child_id`, when given and any names it)."""
        found = [r for r in self.incident.referrals if Agency(r.agency) is agency]
        if child_id is not None:
            about = [r for r in found if child_id in r.children]
            found = about or [r for r in found if not r.children]
        return found[-1] if found else None

    def referred_children(self) -> list[IncidentPerson]:
        """The children a MASH referral is made for: those named in the MASH referrals on
        record, or every child in the incident while no MASH referral names any."""
        named: set[int] = set()
        for referral in self.incident.referrals:
            if Agency(referral.agency) is Agency.MASH:
                named |= set(referral.children)
        children = self.children()
        chosen = [c for c in children if c.person.id in named]
        return chosen or children
