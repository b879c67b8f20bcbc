"""The kinds of incident the training file holds, the made-up people in them, and the DSL's
answers to the wizard.

Each scenario is a pattern a DSL meets (a couple's picture, one posted to a story, an online
adult, a member of staff, a picture spread after a break-up...) with the answers the wizard is
given. Together they reach every category and every route of the guidance; the engine, not
this table, decides which (through the real WizardFlow), and the demo's test checks that all
of them appear.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import (
    Agency,
    ChildPlan,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    ReviewMeeting,
    Role,
    SenStatus,
)
from ypsi_desktop.domain.dates import age_on, short_date
from ypsi_desktop.domain.people_facts import PersonFacts
from ypsi_desktop.domain.upn import check_letter
from ypsi_desktop.domain.wizard import WizardFlow
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.domain.wizard_questions import QUESTIONS, STEPS, Source
from ypsi_desktop.services import demo_text as text

P, M, S, R, SOL, REP = (
    Role.PICTURED,
    Role.MADE,
    Role.SENT,
    Role.RECEIVED,
    Role.SOLICITED,
    Role.REPORTED,
)

# Every engine fact answered harmlessly; scenarios change what differs.
HARMLESS: Final = MappingProxyType(
    {
        ids.FACT_ADULT_INVOLVED: False,
        ids.FACT_PICTURED_ADULT: False,
        ids.FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE: False,
        ids.FACT_PICTURED_WILLING: True,
        ids.FACT_SHARED_WITHOUT_CONSENT: False,
        ids.FACT_INTENT_TO_HARM: False,
        ids.FACT_COERCION: False,
        ids.FACT_EXPLOITATION: False,
        ids.FACT_IMMEDIATE_RISK: False,
        ids.FACT_CAPACITY_CONCERN: False,
        ids.FACT_SEXUAL_ACTS: False,
        ids.FACT_EXTREME_CONTENT: False,
    }
)


@dataclass(frozen=True)
class Scenario:
    key: str
    story: str  # key into demo_text's narrative tables
    weight: int
    ages: tuple[int, int]  # of the main (pictured) child
    cast: tuple[frozenset[Role], ...]  # roles of each child, the main child first
    facts: Mapping[str, object]
    recipients: int = 0  # up to this many more children who received it
    adult: str = ""  # "", "online", "staff" or "year13" (the main person is 18)
    vulnerable_main: bool = False
    referrals: tuple[Agency, ...] = ()
    shared_publicly: bool | None = False
    report_remove: bool = False
    ceop: bool = False


def _facts(**changes: object) -> Mapping[str, object]:
    return MappingProxyType({**HARMLESS, **changes})


def _roles(*sets: tuple[Role, ...]) -> tuple[frozenset[Role], ...]:
    return tuple(frozenset(s) for s in sets)


_UNKNOWN = dict.fromkeys(
    (
        ids.FACT_ADULT_INVOLVED,
        ids.FACT_PICTURED_WILLING,
        ids.FACT_SHARED_WITHOUT_CONSENT,
        ids.FACT_INTENT_TO_HARM,
        ids.FACT_COERCION,
        ids.FACT_SEXUAL_ACTS,
        ids.FACT_EXTREME_CONTENT,
    )
)
_PAIR = _roles((P, M, S), (R,))
_POLICE = (Agency.MASH, Agency.POLICE)

SCENARIOS: Final = (
    Scenario("romantic", "romantic", 14, (14, 16), _PAIR, _facts(sharing="partner")),
    Scenario("romantic_young", "romantic", 4, (12, 12), _PAIR, _facts(sharing="partner")),
    Scenario("romantic_sen", "romantic", 4, (14, 16), _PAIR, _facts(sharing="partner"),
             vulnerable_main=True),
    Scenario("attention", "attention", 10, (13, 16), _roles((P, M, S), (R,)),
             _facts(sharing="others"), recipients=3, shared_publicly=True, report_remove=True),
    Scenario("kept", "kept", 5, (13, 16), _roles((P, M)), _facts(sharing="none")),
    Scenario("pre_adolescent", "pre_adolescent", 3, (6, 9), _roles((P, M), (P, M)),
             _facts(sharing="none", pre_adolescent_no_sexual_motive=True)),
    Scenario("online_adult", "online_adult", 8, (12, 15), _roles((P, M, S)),
             _facts(sharing="others", adult_involved=True, coercion=True), adult="online",
             referrals=(*_POLICE, Agency.CEOP), report_remove=True, ceop=True),
    Scenario("staff", "staff", 2, (15, 16), _roles((P, M, S)),
             _facts(sharing="partner", adult_involved=True, coercion=True), adult="staff",
             referrals=(Agency.LADO, *_POLICE)),
    Scenario("year13", "year13", 2, (17, 17), _roles((R,)),
             _facts(sharing="partner", adult_involved=True, pictured_adult=True,
                    shared_without_consent=True), adult="year13", referrals=_POLICE),
    Scenario("revenge", "revenge", 8, (14, 16), _roles((P, M, S), (R, S)),
             _facts(sharing="partner", intent_to_harm=True, shared_without_consent=True),
             recipients=3, shared_publicly=True, report_remove=True),
    Scenario("revenge_risk", "revenge", 3, (14, 16), _roles((P, M, S), (R, S)),
             _facts(sharing="partner", intent_to_harm=True, shared_without_consent=True,
                    immediate_risk=True), recipients=2, referrals=(Agency.MASH,),
             report_remove=True),
    Scenario("blackmail", "blackmail", 4, (13, 16), _roles((P, M, S), (R, SOL)),
             _facts(sharing="partner", coercion=True, intent_to_harm=True),
             referrals=_POLICE, report_remove=True),
    Scenario("reckless", "reckless", 8, (14, 16), _roles((P, M, S), (R,)),
             _facts(sharing="partner", shared_without_consent=True), recipients=3),
    Scenario("covert", "covert", 3, (13, 16), _roles((P,), (M, S)),
             _facts(sharing="none", pictured_willing=False, shared_without_consent=True),
             recipients=2, report_remove=True),
    Scenario("rumour", "rumour", 8, (13, 16), _roles((P,), (REP,)),
             _facts(sharing=None, **_UNKNOWN), shared_publicly=None),
    Scenario("capacity", "capacity", 3, (13, 16), _PAIR,
             _facts(sharing="partner", capacity_concern=True), vulnerable_main=True,
             referrals=(Agency.MASH,)),
    Scenario("under13", "under13", 2, (12, 12), _roles((P, M, S), (P, R)),
             _facts(sharing="partner", sexual_acts=True), referrals=_POLICE),
    Scenario("extreme", "extreme", 2, (15, 16), _roles((P,), (M, S)),
             _facts(sharing="none", pictured_willing=False, shared_without_consent=True,
                    intent_to_harm=True, sexual_acts=True, extreme_content=True),
             recipients=3, referrals=_POLICE, shared_publicly=True, report_remove=True),
)  # fmt: skip


def fake_upn(rng: random.Random) -> str:
    """A well-formed UPN (right check letter) for an invented establishment (LA 999)."""
    body = f"9999999{rng.randrange(20, 27):02d}{rng.randrange(1000):03d}"
    return check_letter(body) + body


def year_group(date_of_birth: date, on: date) -> str:
    """The English school year: Reception at 4 on 31 August before the school year, then up."""
    start = on.year if on.month >= 9 else on.year - 1
    late = (date_of_birth.month, date_of_birth.day) > (8, 31)
    age = start - date_of_birth.year - (1 if late else 0)
    return "Reception" if age == 4 else f"Year {age - 4}" if 5 <= age <= 17 else ""


def birth_date(rng: random.Random, age: int, on: date) -> date:
    """A date of birth giving exactly `age` on `on`."""
    latest = date(on.year - age, on.month, min(on.day, 28))
    return latest - timedelta(days=rng.randrange(365))


def _split(name: str) -> tuple[str, str]:
    first, _, known = name.partition("|")
    return first, known


def make_child(rng: random.Random, age: int, on: date, *, vulnerable: int | None) -> Person:
    """A made-up child of `age` on `on`; `vulnerable` picks a kind of vulnerability (0: EHCP,
    1: looked after, 2: child in need), or None for none recorded."""
    culture = rng.choices(list(text.CULTURE_WEIGHTS), weights=list(text.CULTURE_WEIGHTS.values()))
    girls, boys, surnames, languages, ethnicities = text.CULTURES[culture[0]]
    roll = rng.random()
    gender = "Female" if roll < 0.48 else "Male" if roll < 0.96 else "Non-binary"
    pool = girls if gender == "Female" or (gender == "Non-binary" and rng.random() < 0.5) else boys
    first, known = _split(rng.choice(pool))
    male, female = rng.choice(surnames)
    dob = birth_date(rng, age, on)
    here = rng.random() < 0.85
    language = languages[0] if rng.random() < 0.7 else rng.choice(languages)
    person = Person(
        kind=PersonKind.CHILD,
        first_name=first,
        last_name=female if gender == "Female" else male,
        known_as=known,
        date_of_birth=dob,
        year_group=year_group(dob, on),
        school="" if here else rng.choice(text.OTHER_SCHOOLS),
        gender=gender,
        ethnicity=rng.choice(ethnicities),
        first_language=language,
        interpreter_needed=language != "English" and rng.random() < 0.2,
        address=f"{rng.randrange(1, 120)} {rng.choice(text.STREETS)}, {text.TOWN}",
        upn=fake_upn(rng) if here else "",
        sen=SenStatus.NONE,
        looked_after=False,
        plan=ChildPlan.NONE,
        vulnerable=False,
        household=rng.choice(text.HOUSEHOLDS[:5]),
        parental_responsibility="Both parents" if rng.random() < 0.6 else "Mother",
        agency_involvement=False,
        role_or_relationship="Pupil" if here else "Pupil at another school",
    )
    if vulnerable is not None:
        _make_vulnerable(person, vulnerable)
    return person


def _make_vulnerable(person: Person, kind: int) -> None:
    person.vulnerable = True
    person.agency_involvement = True
    if kind == 0:
        person.sen = SenStatus.EHCP
        person.vulnerability_notes = "EHCP for social communication needs (autism)."
        person.other_professionals = "Educational psychologist; speech and language therapist."
        person.agency_details = "Local authority SEN team (fictional)."
    elif kind == 1:
        person.looked_after = True
        person.plan = ChildPlan.NONE
        person.household = text.HOUSEHOLDS[5]
        person.parental_responsibility = "Local authority (shared with birth mother)"
        person.vulnerability_notes = "Looked after by Exampleton Council (fictional)."
        person.social_worker = "Jo Sample, Exampleton Children's Services (fictional)"
        person.agency_details = "Looked after since Year 5; virtual school involved."
    else:
        person.plan = ChildPlan.CHILD_IN_NEED
        person.sen = SenStatus.SEN_SUPPORT
        person.vulnerability_notes = "Child in need plan; SEN support for literacy."
        person.social_worker = "Sam Placeholder, Exampleton Children's Services (fictional)"
        person.agency_details = "Child in need plan since last year."


def make_adult(rng: random.Random, kind: str, on: date) -> Person:
    if kind == "online":
        handle = rng.choice(("nightowl_x7", "gamer.dude.99", "sk8r_lad_15", "angel__xo"))
        return Person(
            kind=PersonKind.ADULT,
            known_as=f"username “{handle}” (made up)",
            gender="Not known (presented as a teenage boy)",
            role_or_relationship="Online contact met through a game; believed to be an adult",
        )
    if kind == "staff":
        first = rng.choice(("Gareth", "Jolanta", "Dominic", "Niamh"))
        return Person(
            kind=PersonKind.ADULT,
            first_name=first,
            last_name="Madeupson",
            age_years=rng.randrange(24, 52),
            age_recorded_on=on,
            gender="Female" if first in ("Jolanta", "Niamh") else "Male",
            address=f"{rng.randrange(1, 80)} Notional Crescent, {text.TOWN}",
            vulnerable=False,
            works_with_children=True,
            role_or_relationship=rng.choice(
                ("Teaching assistant at the school", "Volunteer football coach (club)")
            ),
        )
    person = make_child(rng, 18, on, vulnerable=None)  # "year13": a student who is now 18
    person.kind = PersonKind.ADULT
    person.year_group = "Year 13"
    person.works_with_children = False
    person.agency_involvement = None
    person.role_or_relationship = "Sixth-form student, aged 18"
    return person


# What a rumour turned out to be once the facts were established: a picture shown on without
# the agreement of the pupil pictured.
ESTABLISHED: Final = MappingProxyType(
    {
        **HARMLESS,
        ids.FACT_SHARED_WITHOUT_CONSENT: True,
        ids.FACT_SHARING: ids.SHARING_PARTNER,
    }
)
_ADULT_ROLES: Final = {
    "online": frozenset({Role.SOLICITED, Role.RECEIVED}),
    "staff": frozenset({Role.SOLICITED, Role.RECEIVED}),
    "year13": frozenset({Role.PICTURED, Role.MADE, Role.SENT}),
}


def age_of(person: Person, on: date) -> int | None:
    if person.date_of_birth is not None:
        return age_on(person.date_of_birth, on)
    return person.age_years


class Casting:
    """Chooses the people of each incident, remembering children who may turn up again.

    A child seen before is, now and then, the main child of a later incident; every third time
    they are recorded again by mistake as a new person, for the DSL to merge the two records.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pool: list[Person] = []
        self.repeats = 0

    def people(
        self, scenario: Scenario, day: date, *, coverage: bool
    ) -> tuple[list[IncidentPerson], Person | None]:
        """The incident's people, main person first; and the earlier record of a repeat."""
        rng = self.rng
        links: list[IncidentPerson] = []
        seen_before: Person | None = None
        main_age = rng.randint(*scenario.ages)
        for n, roles in enumerate(scenario.cast):
            vulnerable = None
            if n == 0 and scenario.vulnerable_main:
                vulnerable = 0 if scenario.key == "capacity" else rng.randrange(3)
            age = main_age if n == 0 else max(scenario.ages[0], main_age + rng.choice((-1, 0, 1)))
            person = make_child(rng, min(age, 17), day, vulnerable=vulnerable)
            # (never when an 18-year-old heads the list: the main child must stay first)
            may_repeat = n == 0 and not coverage and scenario.adult != "year13"
            if may_repeat and scenario.ages[0] >= 13 and rng.random() < 0.08:
                seen_before = self._repeat(day, scenario.ages[1])
                person = seen_before or person
                if seen_before is not None and self.repeats % 3 == 1:
                    person = replace(seen_before, known_as="", upn="", address="")
            if not coverage and n > 0 and vulnerable is None and rng.random() < 0.08:
                person.vulnerable = None  # not recorded yet: the wizard must establish it
            links.append(IncidentPerson(person=person, roles=roles))
        for _ in range(rng.randint(0, scenario.recipients)):
            age = min(main_age + rng.choice((0, 0, 1)), 17)
            person = make_child(rng, age, day, vulnerable=None)
            links.append(IncidentPerson(person=person, roles=frozenset({Role.RECEIVED})))
        if scenario.adult:
            adult = IncidentPerson(
                make_adult(rng, scenario.adult, day), _ADULT_ROLES[scenario.adult]
            )
            if scenario.adult == "year13":  # the 18-year-old is the one pictured
                links.insert(0, adult)
            else:
                links.append(adult)
        if seen_before is None and links[0].person.kind is PersonKind.CHILD:
            self.pool.append(links[0].person)
        return links, seen_before

    def _repeat(self, day: date, oldest: int) -> Person | None:
        earlier = [p for p in self.pool if 13 <= (age_of(p, day) or 0) <= oldest]
        if not earlier:
            return None
        self.repeats += 1
        return self.rng.choice(earlier)


def run_wizard(
    rng: random.Random,
    incident: Incident,
    meeting: ReviewMeeting,
    answers: Mapping[str, object],
    words: Mapping[str, str],
    *,
    day: date,
    may_override: bool,
) -> CompletedAssessment:
    """Answer the real wizard as the DSL would and record a decision: mostly the suggestion,
    sometimes (when `may_override`) a different route or category with written reasons.

    Run at the initial review `meeting`, whose date and attendees the wizard takes from the
    record; ages are counted on `day`, when the incident came to light."""
    people = [
        PersonFacts(
            roles=frozenset(r.value for r in link.roles),
            age=age_of(link.person, day),
            vulnerability=link.person.vulnerable,
            agency_involvement=link.person.agency_involvement,
            works_with_children=link.person.works_with_children,
        )
        for link in incident.people
    ]
    held_on = meeting.held_on
    record = {
        ids.FACT_SHARED_PUBLICLY: incident.shared_publicly,
        ids.FACT_MULTIPLE_INCIDENTS: incident.multiple_incidents,
        "apps": incident.apps_services,
        "review_meeting_date": short_date(held_on) if held_on else None,
        "review_meeting_attendees": meeting.attendees,
    }
    given = {
        **answers,
        "emotional_impact": rng.choice(text.EMOTIONAL).format(**words),
        "criminal_consequences": rng.choice(text.CRIMINAL),
        "long_term_impact": rng.choice(text.LONG_TERM),
    }
    flow = WizardFlow(people=people, record=record)
    for step in STEPS:
        for qid in step.question_ids:
            if QUESTIONS[qid].source is Source.WIZARD and given.get(qid) is not None:
                flow.answer(qid, given[qid])
        if step is not STEPS[-1]:
            flow.next()
    for qid in flow.unconfirmed():
        flow.confirm(qid)
    suggestion = flow.assessment
    override = text.OVERRIDES.get(suggestion.route)
    if may_override and override and rng.random() < 0.1:
        flow.decide(suggestion.category, override[0], override[1].format(**words))
    elif may_override and suggestion.category == ids.EXPERIMENTAL_ATTENTION_SEEKING:
        if rng.random() < 0.1:
            category, route, reasons = text.CATEGORY_OVERRIDE
            flow.decide(category, route, reasons)
        else:
            flow.accept()
    else:
        flow.accept("Agreed at the initial review meeting." if rng.random() < 0.3 else "")
    return flow.complete()
