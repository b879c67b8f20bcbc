"""Classifying an incident: starting the wizard from the record, and saving the decision.

One home per fact (GUIDANCE.md): the wizard is pre-filled from the incident record and the
people table; answers whose home is the record are written back to it when the decision is
saved; facts derived from the people are worked out here, never typed in the wizard.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from ypsi_desktop.domain.case import (
    AssessmentRecord,
    ChildPlan,
    Incident,
    IncidentPerson,
    IncidentStatus,
    Person,
    PersonKind,
    SenStatus,
)
from ypsi_desktop.domain.dates import DateError, age_on, parse_date, short_date, short_datetime
from ypsi_desktop.domain.people_facts import PEOPLE_FACTS, PersonFacts, any_known
from ypsi_desktop.domain.wizard import WizardFlow
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.domain.wizard_questions import (
    TEXT_APPS,
    TEXT_REVIEW_MEETING_ATTENDEES,
    TEXT_REVIEW_MEETING_DATE,
)
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.audit import AuditAction
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.incident_repository import IncidentRepository

SHARED_PUBLICLY = "shared_publicly"
MULTIPLE_INCIDENTS = "multiple_incidents"


class IncidentNotFound(LookupError):
    def __init__(self) -> None:
        super().__init__("That incident is not in this case file.")


def _age(entry: IncidentPerson, on: date) -> int | None:
    person = entry.person
    if person.date_of_birth is not None:
        return age_on(person.date_of_birth, on)
    if person.age_years is None:
        return None
    recorded = person.age_recorded_on
    if recorded is None or recorded == on:
        return person.age_years
    # Only an age was recorded, on another day: the youngest the child can have been at the
    # incident, since a "no" to an age threshold (under 13, under 18) must never be a guess.
    # Later: the whole years since, the birthday may not have come yet. Earlier: a birthday
    # may have fallen in between, unless the two days are exactly whole years apart.
    if on > recorded:
        return person.age_years + age_on(recorded, on)
    years = age_on(on, recorded)
    exact = years > age_on(on, recorded - timedelta(days=1))
    return max(0, person.age_years - (years if exact else years + 1))


_SEN_VULNERABLE = {SenStatus.SEN_SUPPORT: True, SenStatus.EHCP: True, SenStatus.NONE: False}
_ON_A_PLAN = {
    ChildPlan.CHILD_IN_NEED: True,
    ChildPlan.CHILD_PROTECTION: True,
    ChildPlan.NONE: False,
}


def vulnerability(person: Person) -> bool | None:
    """A child's additional vulnerability (GUIDANCE.md): SEN or disability, looked after, on a
    child in need or child protection plan, or otherwise ("Other vulnerability"). No only when
    each of them is recorded as no."""
    return any_known(
        [
            _SEN_VULNERABLE.get(person.sen),
            person.looked_after,
            _ON_A_PLAN.get(person.plan),
            person.vulnerable,
        ]
    )


def agency_involvement(person: Person) -> bool | None:
    """Other agencies involved now or before: as recorded, and yes whenever the child is on a
    plan or has a named social worker (children's social care is involved)."""
    if _ON_A_PLAN.get(person.plan) or person.social_worker.strip():
        return True
    return person.agency_involvement


def people_facts(incident: Incident) -> list[PersonFacts]:
    """What the rules need from each person, with ages worked out at the incident date."""
    when = incident.came_to_light_at.date() if incident.came_to_light_at else date.today()
    facts = []
    for entry in incident.people:
        person = entry.person
        vulnerable = vulnerability(person) if person.kind is PersonKind.CHILD else False
        facts.append(
            PersonFacts(
                roles=frozenset(role.value for role in entry.roles),
                age=_age(entry, when),
                vulnerability=vulnerable,
                agency_involvement=agency_involvement(person),
                works_with_children=person.works_with_children,
            )
        )
    return facts


def record_answers(incident: Incident) -> dict[str, object]:
    """The wizard answers whose home is the incident record, as the record holds them now."""
    values: dict[str, object] = {
        SHARED_PUBLICLY: incident.shared_publicly,
        MULTIPLE_INCIDENTS: incident.multiple_incidents,
        TEXT_APPS: incident.apps_services or None,
        TEXT_REVIEW_MEETING_ATTENDEES: incident.review.attendees or None,
        TEXT_REVIEW_MEETING_DATE: short_date(incident.review.held_on)
        if incident.review.held_on
        else None,
    }
    return values


class IncidentClosed(ValueError):
    """A decision for a closed incident: the record is finished until someone reopens it."""

    def __init__(self) -> None:
        super().__init__(
            "This incident is closed, so no new decision can be recorded. Reopen it first "
            "(Outcome and closing), giving the reason."
        )


def closed_on(session: CaseFileSession, incident_id: int) -> tuple[bool, date | None]:
    """(whether the incident is closed, the date it was closed if known)."""
    session.require(Permission.VIEW)
    row = session.conn.execute(
        "SELECT status, closed_on FROM incidents WHERE id = ?", (incident_id,)
    ).fetchone()
    if row is None:
        raise IncidentNotFound()
    closed = row[0] == IncidentStatus.CLOSED.value
    return closed, (date.fromisoformat(row[1]) if closed and row[1] else None)


def _load(session: CaseFileSession, incident_id: int) -> Incident:
    incident = IncidentRepository(session.conn).get(incident_id)
    if incident is None:
        raise IncidentNotFound()
    return incident


def start(
    session: CaseFileSession,
    incident_id: int,
    *,
    answers: Mapping[str, object] | None = None,
    step: str | None = None,
) -> WizardFlow:
    """A wizard run over the incident, pre-filled from its record and people; `answers` and
    `step` resume an unsaved run (from a draft) exactly where it was left."""
    session.require(Permission.VIEW)
    incident = _load(session, incident_id)
    flow = WizardFlow(
        people=people_facts(incident), record=record_answers(incident), answers=answers
    )
    if step is not None and step != flow.step.id:
        flow.go_to(step)
    return flow


def bring_up_to_date(session: CaseFileSession, incident_id: int, flow: WizardFlow) -> bool:
    """After the incident or its people were saved: the open run takes in the new people facts
    and record values (GUIDANCE.md: a change in either place is a change to the record).
    Returns whether the suggestion or any answer changed; a decision already chosen in the
    run is then cleared, since it was made on the old facts."""
    session.require(Permission.VIEW)
    incident = _load(session, incident_id)

    def shown() -> tuple[object, ...]:
        people = [flow.value(fact) for fact in PEOPLE_FACTS]
        return flow.answers(), people, flow.assessment, flow.unconfirmed()

    before = shown()
    flow.update_people(people_facts(incident))
    flow.update_record(record_answers(incident))
    return shown() != before


def write_back(incident: Incident, updates: Mapping[str, object], *, today: date) -> list[str]:
    """Apply record-held answers to `incident`; returns messages for any that could not be."""
    problems: list[str] = []
    if SHARED_PUBLICLY in updates:
        incident.shared_publicly = updates[SHARED_PUBLICLY]  # type: ignore[assignment]
    if MULTIPLE_INCIDENTS in updates:
        incident.multiple_incidents = updates[MULTIPLE_INCIDENTS]  # type: ignore[assignment]
    if TEXT_APPS in updates:
        incident.apps_services = str(updates[TEXT_APPS] or "")
    if TEXT_REVIEW_MEETING_ATTENDEES in updates:
        incident.review.attendees = str(updates[TEXT_REVIEW_MEETING_ATTENDEES] or "")
    if TEXT_REVIEW_MEETING_DATE in updates:
        typed = updates[TEXT_REVIEW_MEETING_DATE]
        if not typed:
            incident.review.held_on = None
        else:
            try:
                incident.review.held_on = parse_date(str(typed), today=today)
            except DateError as error:
                problems.append(f"Review meeting date not saved: {error}")
    return problems


def save(
    session: CaseFileSession,
    incident_id: int,
    completed: CompletedAssessment,
    record_updates: Mapping[str, object],
    *,
    today: date | None = None,
) -> tuple[AssessmentRecord, list[str]]:
    """Save the decision as a new assessment (never overwriting one) with its chronology and
    audit entries, and write the record-held answers back to the incident, in one transaction.
    Returns the saved assessment and any messages about answers that could not be kept."""
    session.require(Permission.ASSESS)
    incident = _load(session, incident_id)
    if incident.status is IncidentStatus.CLOSED:
        raise IncidentClosed()
    problems = write_back(incident, record_updates, today=today or date.today())
    with transaction(session.conn):
        IncidentRepository(session.conn).save(incident, user_id=session.user.id)
        record = AssessmentRepository(session.conn).save(
            incident_id,
            completed.to_dict(),
            user_id=session.user.id,
            review_meeting_on=incident.review.held_on,
        )
    return record, problems


def history(session: CaseFileSession, incident_id: int) -> list[tuple[str, str, str, str]]:
    """Earlier decisions, newest first, as the dock shows them: (when, who, category, route)."""
    session.require(Permission.VIEW)
    names = dict(session.conn.execute("SELECT id, name FROM users").fetchall())
    records = sorted(
        AssessmentRepository(session.conn).history(incident_id),
        key=lambda r: (r.decided_at, r.id or 0),
        reverse=True,
    )
    session.audit(AuditAction.VIEW, "incident", incident_id, "assessment history viewed")
    return [
        (
            short_datetime(r.decided_at),
            str(names.get(r.decided_by, "unknown user")),
            r.category,
            r.route,
        )
        for r in records
    ]
