"""Filling a TRAINING case file with made-up incidents, for demonstrations and practice.

Why it goes through the real repositories and the real wizard: the training file must behave
exactly like a real one (every record audited, every change told in the chronology, every
assessment the guidance engine's own suggestion), so what a DSL practises on is what they will
use. The content is obviously synthetic (demo_text.py) and only ever goes into a file created
as a training file.

Repeatable: every choice comes from `random.Random(seed)`, and the repositories are given a
clock that reads the demo's own timeline, laid out backwards from `reference_date` (never the
computer's clock), so two files built with the same seed hold the same records and give the
same export.

How: each incident's story (recorded; initial review and decision; referrals and the agencies'
answers; follow-ups done; corrections; closure; now and then a reopening) is planned as dated
events. The events of all incidents are then applied in date order, a batch per transaction,
and anything dated on or after `reference_date` is left undone, so the file looks as it would
on that day: recent incidents open, some follow-ups overdue, some referrals unanswered.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import (
    Agency,
    FollowUp,
    Incident,
    IncidentStatus,
    Person,
    Referral,
    ReviewMeeting,
    RiskRating,
    Role,
)
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.services import demo_text as text
from ypsi_desktop.services.demo_cast import (
    ESTABLISHED,
    SCENARIOS,
    Casting,
    Scenario,
    run_wizard,
    year_group,
)
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import case_transfer
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.case_import import filling_new_file
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.person_repository import PersonRepository
from ypsi_desktop.storage.setting_repository import SettingRepository

__all__ = ["NotATrainingFile", "build_demo"]

Progress = Callable[[int, int], None]
Action = Callable[[], None]
BATCH_EVENTS = 400  # events per transaction: quick, yet progress is reported often enough
YEARS = 2  # the timeline runs this far back from the reference date
_ACK_DAYS = {Agency.MASH: (1, 4), Agency.POLICE: (2, 8), Agency.LADO: (1, 3)}
_MINUTE = timedelta(minutes=1)
_HOUR = timedelta(hours=1)


class NotATrainingFile(ValueError):
    """Made-up records were about to go into a file that is not a new training file."""


class _Clock:
    """The repositories' clock, moved along the demo's timeline (never the real time)."""

    def __init__(self) -> None:
        self.now = datetime(2000, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class _Case:
    index: int
    day: date  # when the incident came to light
    scenario: Scenario
    coverage: bool  # the first of its scenario: the suggestion is followed, nothing unusual
    incident: Incident
    words: dict[str, str]  # for the text templates
    events: list[tuple[datetime, Action]] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)  # ids of chronology notes written

    def at(self, when: datetime, action: Action) -> datetime:
        """Plan an action, never before the case's previous one."""
        if self.events and when <= self.events[-1][0]:
            when = self.events[-1][0] + timedelta(minutes=7)
        self.events.append((when, action))
        return when

    @property
    def last(self) -> datetime:
        return self.events[-1][0]


def _term_day(day: date) -> bool:
    return day.weekday() < 5 and day.month != 8 and not (day.month == 12 and day.day > 21)


def _moments(rng: random.Random, count: int, reference: date) -> list[datetime]:
    """When each incident came to light: school days over the last YEARS, in order."""
    start = reference - timedelta(days=365 * YEARS)
    days = [start + timedelta(days=n) for n in range((reference - start).days - 1)]
    days = [d for d in days if _term_day(d)]
    chosen = sorted(rng.choice(days) for _ in range(count))
    return [
        datetime.combine(d, time(8, rng.randrange(60)), UTC) + rng.randrange(8) * _HOUR
        for d in chosen
    ]


class _DemoBuilder:
    def __init__(self, session: CaseFileSession, seed: int, reference: date) -> None:
        self.rng = random.Random(seed)
        self.casting = Casting(self.rng)
        self.reference = reference
        self.cutoff = datetime.combine(reference, time(0, 0), UTC)
        self.clock = _Clock()
        self.user_id = session.user.id
        self.conn = session.conn
        self.incidents = IncidentRepository(self.conn, clock=self.clock)
        self.assessments = AssessmentRepository(self.conn, clock=self.clock)
        self.people = PersonRepository(self.conn, clock=self.clock)
        self.setting = SettingRepository(self.conn, clock=self.clock)

    # --- Planning ------------------------------------------------------------------------

    def scenarios(self, count: int) -> list[tuple[Scenario, bool]]:
        """Every scenario once (when there is room), the rest drawn by weight, shuffled."""
        chosen = [(s, True) for s in SCENARIOS] if count >= len(SCENARIOS) else []
        weights = [s.weight for s in SCENARIOS]
        chosen += [(s, False) for s in self.rng.choices(SCENARIOS, weights, k=count - len(chosen))]
        self.rng.shuffle(chosen)
        return chosen

    def plan(self, index: int, scenario: Scenario, coverage: bool, came: datetime) -> _Case:
        rng = self.rng
        links, seen_before = self.casting.people(scenario, came.date(), coverage=coverage)
        main = links[0].person
        if seen_before is not None and main.date_of_birth is not None:
            year = year_group(main.date_of_birth, came.date())
        else:
            year = main.year_group
        other = links[1].person if len(links) > 1 else None
        words = {
            "main": main.display_name,
            "main_first": main.known_as or main.first_name,
            "other": (other.known_as or other.first_name) if other else "another pupil",
            "adult": "the adult",
            "app": rng.choice(text.APPS),
            "year": year or "the year group",
            "count": str(rng.randint(3, 40)),
        }
        adult = links[-1].person
        if scenario.adult == "staff":
            words["adult"] = f"{adult.first_name} {adult.last_name} ({adult.role_or_relationship})"
        story = scenario.story
        incident = Incident(
            owner=rng.choice(text.OWNERS),
            came_to_light_at=came.replace(tzinfo=None),
            reported_by=rng.choice(text.REPORTERS).format(**words),
            how_came_to_light=rng.choice(text.HOW[story]).format(**words),
            imagery_description=text.IMAGERY[story].format(**words),
            apps_services="A class tablet" if story == "pre_adolescent" else words["app"],
            shared_publicly=scenario.shared_publicly,
            sharing_extent=text.SHARING[story].format(**words),
            multiple_incidents=seen_before is not None,
            people=links,
        )
        links[0].own_words = rng.choice(text.OWN_WORDS)
        case = _Case(index, came.date(), scenario, coverage, incident, words)
        recorded = case.at(came + rng.randint(15, 90) * _MINUTE, lambda: self._record(case, came))
        if seen_before is not None and main is not seen_before:
            case.at(recorded + 10 * _MINUTE, lambda: self._merge(case, seen_before))
        self._plan_story(case, recorded + rng.randint(1, 4) * _HOUR)
        return case

    def _plan_story(self, case: _Case, review: datetime) -> None:
        rng, words, scenario = self.rng, case.words, case.scenario
        meeting = ReviewMeeting(
            held_on=review.date(),
            attendees=rng.choice(text.ATTENDEES),
            triggers_considered=text.TRIGGERS_CONSIDERED[0],
            notes="Facts and opinion kept apart; the decision is in the assessment.",
        )
        completed = self._assess(case, meeting, scenario.facts)
        route = completed.decision.route
        agencies = list(scenario.referrals) if route == ids.ROUTE_REFER_IMMEDIATELY else []
        if route == ids.ROUTE_REFER_IMMEDIATELY and not agencies:
            agencies = [Agency.MASH]
        if route == ids.ROUTE_DISCUSS_WITH_SPECIALISTS and rng.random() < 0.4:
            agencies = [Agency.MASH]
        police = Agency.POLICE in agencies
        contacted = rng.random() < 0.9
        changes: dict[str, object] = {
            "review": meeting,
            "device_steps": text.POLICE_DEVICE_STEPS
            if police
            else rng.choice(text.DEVICE_STEPS).format(**words),
            "parents_contacted": contacted,
            "parents_contact_details": rng.choice(text.PARENT_CONTACT).format(**words)
            if contacted
            else "",
            "parents_not_contacted_reason": ""
            if contacted
            else rng.choice(text.NOT_CONTACTED).format(**words),
            "advice_report_remove": scenario.report_remove,
            "advice_ceop": scenario.ceop,
            "support_given": rng.choice(text.SUPPORT).format(**words),
        }
        if police and rng.random() < 0.1:  # exceptional, and by the police, never by staff
            changes["viewing"] = replace(
                text.POLICE_VIEWING, viewed_at=datetime.combine(review.date(), time(16, 30))
            )
        tasks = text.FOLLOW_UPS + (text.CHASE_AGENCY,) * bool(agencies)
        due = sorted(
            review.date() + timedelta(days=rng.randint(3, 21)) for _ in range(rng.randint(1, 3))
        )
        follow_ups = [
            FollowUp(rng.choice(tasks).format(**words), rng.choice(text.FOLLOW_UP_OWNERS), d)
            for d in due
        ]
        case.at(review, lambda: self._review(case, review, changes, follow_ups))
        decided = case.at(
            review + rng.randint(20, 50) * _MINUTE, lambda: self._decide(case, completed)
        )
        later: list[tuple[datetime, Action]] = []
        if agencies:
            later += self._plan_referrals(case, decided + rng.randint(30, 90) * _MINUTE, agencies)
        if scenario.key == "rumour" and not case.coverage and rng.random() < 0.6:
            established = self._assess(case, meeting, ESTABLISHED)
            later.append(
                (
                    review + timedelta(days=rng.randint(3, 8)),
                    lambda: self._decide(case, established),
                )
            )
        for follow_up in follow_ups:
            stalled = not case.coverage and rng.random() < 0.1
            day = (follow_up.due_on or review.date()) + timedelta(
                days=rng.randint(40, 400) if stalled else rng.randint(-3, 4)
            )
            when = max(datetime.combine(day, time(10, rng.randrange(60)), UTC), review + _HOUR)
            later.append((when, partial(self._done, case, follow_up)))
        later.sort(key=lambda event: event[0])
        for when, action in later:
            case.at(when, action)
        if rng.random() < 0.06:
            correction = rng.choice(text.CORRECTIONS).format(**words)
            case.at(case.last + 2 * _HOUR, lambda: self._correct(case, correction))
        if rng.random() < 0.015:
            case.at(case.last + _HOUR, lambda: self._erase(case))
        lasting = rng.randint(60, 300) if not case.coverage and rng.random() < 0.12 else 0
        closing = case.last + timedelta(days=rng.randint(14, 60) + lasting)
        case.at(closing, lambda: self._close(case, text.OUTCOMES[route]))
        if not case.coverage and rng.random() < 0.03:
            self._plan_reopen(case, closing)

    def _assess(
        self, case: _Case, meeting: ReviewMeeting, answers: Mapping[str, object]
    ) -> CompletedAssessment:
        """The wizard run at the initial review meeting (planned now, saved when it happens)."""
        return run_wizard(
            self.rng,
            case.incident,
            meeting,
            answers,
            case.words,
            day=case.day,
            may_override=not case.coverage,
        )

    def _plan_referrals(
        self, case: _Case, when: datetime, agencies: list[Agency]
    ) -> list[tuple[datetime, Action]]:
        rng = self.rng
        several = len(agencies) > 1
        referrals = [
            Referral(
                agency=agency,
                made_on=when.date(),
                telephone_first=agency is not Agency.CEOP,
                spoken_to=text.SPOKEN_TO.get(agency.value, "Duty worker (fictional)"),
                agency_reference=f"{agency.value.upper()}/{when.year}/{rng.randint(100, 9999)}",
                risk_rating=RiskRating.HIGH if several else RiskRating.MEDIUM,
                risk_reasons=text.RISK_REASONS[several],
            )
            for agency in agencies
        ]
        events: list[tuple[datetime, Action]] = [(when, lambda: self._refer(case, referrals))]
        for referral in referrals:
            if rng.random() < 0.85:
                low, high = _ACK_DAYS.get(referral.agency, (2, 10))
                ack = when + timedelta(days=rng.randint(low, high))
                decision = rng.choice(text.AGENCY_DECISIONS[referral.agency.value])
                events.append((ack, partial(self._acknowledge, case, referral, decision)))
        return events

    def _plan_reopen(self, case: _Case, closed: datetime) -> None:
        reason = self.rng.choice(text.REOPEN_REASONS).format(**case.words)
        reopened = closed + timedelta(days=self.rng.randint(10, 40))
        extra = FollowUp(text.REOPEN_FOLLOW_UP, "Demo DSL", reopened.date() + timedelta(days=5))
        case.at(reopened, lambda: self._reopen(case, reason, extra))
        case.at(reopened + timedelta(days=6), lambda: self._done(case, extra))
        case.at(reopened + timedelta(days=9), lambda: self._close(case, text.REOPENED_OUTCOME))

    # --- Applying (each runs at its planned time on the demo clock) -----------------------

    def _save(self, case: _Case) -> None:
        self.incidents.save(case.incident, user_id=self.user_id)

    def _note(
        self,
        case: _Case,
        when: datetime | None,
        body: str,
        kind: str,
        person: Person | None = None,
        corrects: int | None = None,
    ) -> None:
        entry = self.incidents.add_note(
            case.incident.id or 0,
            user_id=self.user_id,
            body=body,
            occurred_at=when,
            kind=kind,
            person_id=None if person is None else person.id,
            corrects_id=corrects,
        )
        case.notes.append(entry.id or 0)

    def _record(self, case: _Case, came: datetime) -> None:
        incident = case.incident
        main = incident.people[0].person
        if incident.multiple_incidents and main.date_of_birth is not None:
            main.year_group = year_group(main.date_of_birth, came.date())
        self._save(case)
        body = f"First account, from {incident.reported_by}: {incident.how_came_to_light}"
        self._note(case, came, body, "disclosure")

    def _merge(self, case: _Case, survivor: Person) -> None:
        """The DSL spots the second record of a child seen before and merges the two."""
        link = case.incident.people[0]
        duplicate = link.person
        if survivor.id is None or duplicate.id is None:
            return  # the earlier record is not saved yet: there is nothing to merge
        # The child seen before may since have been merged into another record of theirs.
        keep_id = self.people.resolve(survivor.id)
        if keep_id == self.people.resolve(duplicate.id):
            return
        merged = self.people.merge(keep_id=keep_id, absorb_id=duplicate.id, user_id=self.user_id)
        for name in (f.name for f in fields(Person)):
            setattr(survivor, name, getattr(merged, name))
        link.person = survivor
        body = f"{duplicate.reference} was a second record of {survivor.reference}; merged."
        self._note(case, None, body, "note")

    def _review(
        self, case: _Case, when: datetime, changes: dict[str, object], follow_ups: list[FollowUp]
    ) -> None:
        incident = case.incident
        for name, value in changes.items():
            setattr(incident, name, value)
        incident.follow_ups.extend(follow_ups)
        main = incident.people[0]
        main.parents_aware = incident.parents_contacted
        main.parents_consent = incident.parents_contacted or None
        main.parents_not_informed_reason = incident.parents_not_contacted_reason
        self._save(case)
        self._note(
            case, when, f"Initial review meeting held ({incident.review.attendees}).", "review"
        )
        said = f"{case.words['main_first']} said: {main.own_words}"
        self._note(case, when, said, "own_words", person=main.person)

    def _decide(self, case: _Case, completed: CompletedAssessment) -> None:
        self.assessments.save(case.incident.id or 0, completed.to_dict(), user_id=self.user_id)

    def _refer(self, case: _Case, referrals: list[Referral]) -> None:
        children = case.incident.children()
        concerned = [p for p in children if Role.PICTURED in p.roles] or children
        ids_ = frozenset(p.person.id for p in concerned if p.person.id is not None)
        for referral in referrals:
            referral.children = ids_
        case.incident.referrals.extend(referrals)
        self._save(case)

    def _acknowledge(self, case: _Case, referral: Referral, decision: str) -> None:
        referral.acknowledged_on = self.clock.now.date()
        referral.agency_decision = decision
        self._save(case)
        label = text.AGENCY_NAMES[referral.agency.value]
        self._note(case, None, f"Decision from {label}: {decision}", "agency_decision")

    def _done(self, case: _Case, follow_up: FollowUp) -> None:
        follow_up.done_on = self.clock.now.date()
        self._save(case)

    def _correct(self, case: _Case, body: str) -> None:
        self._note(case, None, body, "correction", corrects=case.notes[0])

    def _erase(self, case: _Case) -> None:
        self._note(case, None, text.MISTAKEN_NOTE, "note")
        self.incidents.erase_note(
            case.notes[-1], user_id=self.user_id, reason="entered on the wrong incident"
        )
        self._note(case, None, text.ERASED_NOTE, "note")

    def _close(self, case: _Case, outcome: str) -> None:
        incident = case.incident
        incident.outcome = f"{incident.outcome} {outcome}".strip()
        self._save(case)
        closed = self.clock.now.date()
        self.incidents.close(incident.id or 0, user_id=self.user_id, closed_on=closed)
        incident.status, incident.closed_on = IncidentStatus.CLOSED, closed

    def _reopen(self, case: _Case, reason: str, extra: FollowUp) -> None:
        incident = case.incident
        self.incidents.reopen(incident.id or 0, user_id=self.user_id, reason=reason)
        incident.status, incident.closed_on = IncidentStatus.OPEN, None
        incident.follow_ups.append(extra)
        self._save(case)

    # --- Running -------------------------------------------------------------------------

    def run(self, count: int, progress: Progress | None) -> None:
        moments = _moments(self.rng, count, self.reference)
        chosen = self.scenarios(count)
        plans = [self.plan(n, s, first, moments[n]) for n, (s, first) in enumerate(chosen)]
        events = sorted(
            (when, case.index, step, action)
            for case in plans
            for step, (when, action) in enumerate(case.events)
            if when < self.cutoff
        )
        self._setting(moments[0] - timedelta(days=7) if moments else self.cutoff - _HOUR)
        recorded = 0
        with filling_new_file(self.conn):
            for start in range(0, len(events), BATCH_EVENTS):
                with transaction(self.conn):
                    for when, _case, step, action in events[start : start + BATCH_EVENTS]:
                        self.clock.now = when
                        action()
                        recorded += step == 0
                if progress is not None:
                    progress(recorded, count)

    def _setting(self, when: datetime) -> None:
        self.clock.now = when
        with transaction(self.conn):
            details = replace(text.SETTING, name=self.setting.details().name or text.SETTING.name)
            self.setting.save_details(details, user_id=self.user_id)
            for contact in text.CONTACTS:
                self.setting.save_contact(replace(contact), user_id=self.user_id)


def build_demo(
    session: CaseFileSession,
    *,
    incidents: int = 200,
    seed: int = 0,
    reference_date: date = date(2026, 9, 1),
    progress: Progress | None = None,
) -> None:
    """Fill a new, empty TRAINING case file with `incidents` made-up incidents, as it would
    look on `reference_date`.

    `progress(done, total)` is called after each batch with the number of incidents recorded
    so far. Raises NotATrainingFile for a file not created as a training file, or one that
    already holds records.
    """
    session.require(Permission.RECORD)
    if not session.is_training:
        raise NotATrainingFile(
            "Made-up records can only go into a case file created as a TRAINING file."
        )
    if not case_transfer.is_empty(session.conn):
        raise NotATrainingFile("This training file already holds records: make a new one.")
    if incidents < 0:
        raise ValueError("The number of incidents cannot be negative.")
    _DemoBuilder(session, seed, reference_date).run(incidents, progress)
    if progress is not None:
        progress(incidents, incidents)
