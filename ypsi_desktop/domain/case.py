"""The case model: what a DSL records about an incident, the people in it and what was done.

Plain dataclasses, no behaviour that needs storage or Qt. Field lists follow GUIDANCE.md ("What
a record holds" and "What a referral form holds"). Tri-state answers are `bool | None`, where
None always means "not known yet" and never "no". Dates are `date`/`datetime` objects here and
ISO 8601 strings in the case file.

Facts and opinion are kept apart: `*_facts` and narrative fields hold what was seen, said or
done; opinion lives only in assessments (the DSL's decision and reasons) and risk ratings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

Tri = bool | None


class Role(StrEnum):
    """What a person did or had done to them in this incident (a person may have several)."""

    PICTURED = "pictured"
    MADE = "made"
    SENT = "sent"
    RECEIVED = "received"
    SOLICITED = "solicited"
    REPORTED = "reported"


class PersonKind(StrEnum):
    CHILD = "child"
    ADULT = "adult"


class SenStatus(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    SEN_SUPPORT = "sen_support"
    EHCP = "ehcp"


class ChildPlan(StrEnum):
    """The child's current statutory plan, if any."""

    UNKNOWN = "unknown"
    NONE = "none"
    CHILD_IN_NEED = "child_in_need"
    CHILD_PROTECTION = "child_protection"


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Agency(StrEnum):
    MASH = "mash"  # children's social care, through the multi-agency safeguarding hub
    POLICE = "police"
    LADO = "lado"
    CEOP = "ceop"
    OTHER = "other"


class RiskRating(StrEnum):
    UNKNOWN = "unknown"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class UserRole(StrEnum):
    DSL = "dsl"
    DEPUTY = "deputy"
    READ_ONLY = "readonly"


@dataclass
class Person:
    """A child or adult known to the case file. A child's file gathers every incident they are in.

    Details here belong to the person, not to one incident; what differs per incident (roles,
    the child's own words, parental awareness) lives on IncidentPerson.
    """

    kind: PersonKind
    first_name: str = ""
    last_name: str = ""
    known_as: str = ""
    date_of_birth: date | None = None
    # Used only when no date of birth is recorded: age in years on `age_recorded_on`.
    age_years: int | None = None
    age_recorded_on: date | None = None
    year_group: str = ""
    school: str = ""  # blank means this setting
    gender: str = ""
    ethnicity: str = ""
    first_language: str = ""
    interpreter_needed: Tri = None
    address: str = ""
    upn: str = ""
    sen: SenStatus = SenStatus.UNKNOWN
    looked_after: Tri = None
    plan: ChildPlan = ChildPlan.UNKNOWN
    # Any additional vulnerability (SEN, disability, looked after, on a plan, or otherwise).
    vulnerable: Tri = None
    vulnerability_notes: str = ""
    social_worker: str = ""
    household: str = ""
    parental_responsibility: str = ""
    other_professionals: str = ""
    agency_involvement: Tri = None
    agency_details: str = ""
    # For adults: do they work or volunteer with children (staff, coach, youth leader)?
    works_with_children: Tri = None
    role_or_relationship: str = ""  # for adults: e.g. "PE teacher", "online contact"
    reference: str = ""  # shown in the app, e.g. "C-0042"; assigned when first saved
    id: int | None = None

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        if self.known_as and self.known_as != self.first_name:
            name = f"{name} ({self.known_as})" if name else self.known_as
        return name or "(name not recorded)"


@dataclass
class IncidentPerson:
    """A person's part in one incident."""

    person: Person
    roles: frozenset[Role] = frozenset()
    own_words: str = ""  # the child's own words, as said
    parents_aware: Tri = None
    parents_consent: Tri = None
    parents_not_informed_reason: str = ""
    notes: str = ""


@dataclass
class ReviewMeeting:
    """The initial review meeting, with the five immediate-referral triggers considered."""

    held_on: date | None = None
    attendees: str = ""
    triggers_considered: str = ""  # what was said about each trigger
    notes: str = ""


@dataclass
class Viewing:
    """Exceptional: imagery viewed on police advice only. Who, when, why, who else was there."""

    viewed: Tri = None  # not recorded until the DSL says: a "no" is a fact, never a default
    viewed_by: str = ""
    viewed_at: datetime | None = None
    reason: str = ""
    others_present: str = ""


@dataclass
class Referral:
    agency: Agency
    made_on: date | None = None
    telephone_first: Tri = None
    spoken_to: str = ""
    agency_reference: str = ""
    risk_rating: RiskRating = RiskRating.UNKNOWN
    risk_reasons: str = ""
    acknowledged_on: date | None = None
    agency_decision: str = ""
    children: frozenset[int] = frozenset()  # Person ids this referral concerns
    id: int | None = None


@dataclass
class FollowUp:
    description: str
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None
    id: int | None = None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass
class Incident:
    reference: str = ""  # e.g. "YP-2026-0007", assigned when first saved
    status: IncidentStatus = IncidentStatus.OPEN
    owner: str = ""  # the DSL or deputy leading it
    # How it came to light
    came_to_light_at: datetime | None = None
    reported_by: str = ""
    how_came_to_light: str = ""
    # The imagery as reported: text only, never viewed
    imagery_description: str = ""
    viewing: Viewing = field(default_factory=Viewing)
    # Sharing
    apps_services: str = ""
    shared_publicly: Tri = None
    sharing_extent: str = ""
    multiple_incidents: Tri = None
    review: ReviewMeeting = field(default_factory=ReviewMeeting)
    # Actions
    device_steps: str = ""  # deletion and device steps taken
    parents_contacted: Tri = None
    parents_contact_details: str = ""
    parents_not_contacted_reason: str = ""
    advice_report_remove: Tri = None
    advice_ceop: Tri = None
    support_given: str = ""
    outcome: str = ""
    closed_on: date | None = None
    people: list[IncidentPerson] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    id: int | None = None

    def children(self) -> list[IncidentPerson]:
        return [p for p in self.people if p.person.kind is PersonKind.CHILD]


@dataclass(frozen=True)
class ChronologyEntry:
    """One dated entry. Never edited once saved: a correction is a new entry pointing back."""

    incident_id: int
    occurred_at: datetime
    body: str
    author: str = ""
    kind: str = "note"
    corrects_id: int | None = None
    recorded_at: datetime | None = None
    erased: bool = False
    id: int | None = None


@dataclass
class SettingDetails:
    """The school or college itself, printed on every form."""

    name: str = ""
    address: str = ""
    telephone: str = ""
    email: str = ""
    urn: str = ""  # the establishment's unique reference number


class ContactKind(StrEnum):
    MASH = "mash"
    POLICE = "police"
    LADO = "lado"
    CEOP = "ceop"
    OTHER = "other"


@dataclass
class Contact:
    """A local agency contact the forms print (MASH, police, LADO, CEOP)."""

    kind: ContactKind
    name: str = ""
    telephone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class AssessmentRecord:
    """One saved run of the wizard with the DSL's decision. Never changed once saved.

    The suggestion is kept as the DSL saw it under `rules_version`, not recomputed, so a later
    change to the rules never rewrites what a decision was made against. `to_dict()` gives
    the plain shape the wizard saves (see `CompletedAssessment.from_dict`).
    """

    incident_id: int
    rules_version: str
    facts: dict[str, object]
    free_text: dict[str, str]
    suggestion: dict[str, object]
    category: str  # the DSL's decision, which may differ from the suggestion
    route: str
    accepted_suggestion: bool
    reasons: str
    decided_by: int  # user id
    decided_at: datetime
    review_meeting_on: date | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "rules_version": self.rules_version,
            "facts": dict(self.facts),
            "free_text": dict(self.free_text),
            "suggestion": dict(self.suggestion),
            "decision": {
                "category": self.category,
                "route": self.route,
                "accepted_suggestion": self.accepted_suggestion,
                "reasons": self.reasons,
            },
        }
