"""The wizard flow driven with plain data, as the dock will drive it, without Qt.

Each test is something a DSL would notice: a question that vanished, an answer lost on Back, a
people-table fact typed over, an override saved without reasons, a saved assessment that does
not read back the same.
"""

from __future__ import annotations

import json
import re

import pytest

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance_text import (
    DESCRIPTIONS,
    IMAGERY_REMINDER,
    LABELS,
    MANAGE_IN_SCHOOL_REQUIREMENTS,
)
from ypsi_desktop.domain.people_facts import PEOPLE_FACTS, PersonFacts
from ypsi_desktop.domain.wizard import TriggerStatus, WizardError, WizardFlow, trigger_checklist
from ypsi_desktop.domain.wizard_decision import CompletedAssessment, make_decision
from ypsi_desktop.domain.wizard_questions import (
    NOT_KNOWN_YET,
    QUESTIONS,
    STEPS,
    TEXT_QUESTIONS,
    QuestionKind,
    Source,
)
from ypsi_desktop.guidance import RULES_VERSION, assess


def person(*roles: str, age: int | None = None, **tri: bool | None) -> PersonFacts:
    return PersonFacts(frozenset(roles), age, **tri)


# Two 14-year-olds in a relationship, both recorded as having no vulnerability or agency
# involvement, plus a parent who only reported it (no age: must not hold anything up).
COUPLE = [
    person("pictured", "made", "sent", age=14, vulnerability=False, agency_involvement=False),
    person("received", age=15, vulnerability=False, agency_involvement=False),
    person("reported"),
]

QUIET_ANSWERS = {
    "children": {
        "adult_involved": False,
        "pictured_adult": False,
        "pre_adolescent_no_sexual_motive": False,
    },
    "making_and_sharing": {
        "pictured_willing": True,
        "shared_without_consent": False,
        "sharing": "partner",
        "apps": "  A messaging app  ",
        "shared_publicly": False,
        "multiple_incidents": False,
    },
    "intent": {"intent_to_harm": False, "coercion": False, "exploitation": False},
    "impact": {
        "immediate_risk": False,
        "capacity_concern": False,
        "sexual_acts": False,
        "extreme_content": False,
        "emotional_impact": "Embarrassed, coping, supported by family.",
    },
    "review": {"review_meeting_date": "3 March", "review_meeting_attendees": "DSL, deputy"},
}


def run(flow: WizardFlow, script: dict[str, dict[str, object]]) -> None:
    """Answer each step's questions in turn and move on, as a DSL clicking Next would."""
    for step in STEPS:
        assert flow.step.id == step.id
        for qid, value in script.get(step.id, {}).items():
            flow.answer(qid, value)
        if step is not STEPS[-1]:
            flow.next()


def with_changes(**changes: object) -> dict[str, dict[str, object]]:
    script = {step: dict(answers) for step, answers in QUIET_ANSWERS.items()}
    for qid, value in changes.items():
        step = next(s.id for s in STEPS if qid in s.question_ids)
        script[step][qid] = value
    return script


# --- The question table -----------------------------------------------------------------------


def test_every_guidance_fact_is_asked_exactly_once() -> None:
    asked = [qid for step in STEPS for qid in step.question_ids]
    assert len(asked) == len(set(asked))
    assert set(ids.FACTS) <= set(asked)
    assert set(asked) == set(QUESTIONS) == set(ids.FACTS) | set(TEXT_QUESTIONS)


def test_steps_follow_the_guidance_groups() -> None:
    assert [s.id for s in STEPS] == ["children", "making_and_sharing", "intent", "impact", "review"]
    assert STEPS[0].question_ids == (
        "youngest_age",
        "youngest_pictured_age",
        "adult_involved",
        "adult_in_position_of_trust",
        "pictured_adult",
        "vulnerable",
        "agency_involvement",
        "pre_adolescent_no_sexual_motive",
    )
    assert set(STEPS[2].question_ids) == {"intent_to_harm", "coercion", "exploitation"}
    assert {"emotional_impact", "criminal_consequences", "long_term_impact"} <= set(
        STEPS[3].question_ids
    )


def test_sources_match_where_each_answer_lives() -> None:
    by_source = {s: {q.id for q in QUESTIONS.values() if q.source is s} for s in Source}
    assert by_source[Source.PEOPLE] == set(PEOPLE_FACTS)
    assert {"apps", "shared_publicly", "multiple_incidents", "review_meeting_date"} <= by_source[
        Source.RECORD
    ]
    assert {"adult_involved", "coercion", "sexual_acts"} <= by_source[Source.WIZARD]


def test_every_question_offers_not_known_yet_and_the_right_kind() -> None:
    for q in QUESTIONS.values():
        assert q.prompt.endswith("?") and q.explanation
        if q.id in ids.FACT_KINDS:
            assert q.kind.value == ids.FACT_KINDS[q.id].value
        else:
            assert q.kind is QuestionKind.TEXT
        if q.kind in (QuestionKind.TRI, QuestionKind.SHARING):
            assert q.choices[-1] == NOT_KNOWN_YET
    sharing = [c.value for c in QUESTIONS["sharing"].choices]
    assert sharing == ["none", "partner", "others", None]


AMERICAN = re.compile(r"\b(\w+iz(e|es|ed|ing|ation)|behavior|color|center|program|judgment)\b")


def test_user_facing_text_is_british_english_and_never_invites_viewing() -> None:
    texts = [
        IMAGERY_REMINDER,
        *LABELS.values(),
        *DESCRIPTIONS.values(),
        *MANAGE_IN_SCHOOL_REQUIREMENTS,
        *(q.prompt + " " + q.explanation + " " + (q.example or "") for q in QUESTIONS.values()),
        *(s.title + " " + s.summary for s in STEPS),
    ]
    for text in texts:
        assert not AMERICAN.search(text.lower()), text
    for word in ("view", "copy", "forward", "print", "save"):
        assert word in IMAGERY_REMINDER
    assert any("parents or carers" in r.lower() for r in MANAGE_IN_SCHOOL_REQUIREMENTS)
    assert any("escalate" in r.lower() for r in MANAGE_IN_SCHOOL_REQUIREMENTS)


# --- Answering --------------------------------------------------------------------------------


def test_people_facts_are_shown_read_only_and_cannot_be_set() -> None:
    flow = WizardFlow(people=COUPLE)
    states = {s.question.id: s for s in flow.view().questions}
    assert states["youngest_age"].value == 14 and states["youngest_age"].read_only
    assert not states["adult_involved"].read_only
    for fact in PEOPLE_FACTS:
        with pytest.raises(WizardError, match="people table"):
            flow.answer(fact, None)
    with pytest.raises(WizardError, match="people table"):
        WizardFlow(answers={"vulnerable": True})


def test_people_table_changes_flow_into_the_live_suggestion() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, with_changes(sexual_acts=True))
    assert ids.REFER_UNDER_13_SEXUAL_ACTS not in flow.assessment.triggers
    younger = [person("pictured", "made", age=12, vulnerability=False), *COUPLE[1:]]
    flow.update_people(younger)
    assert ids.REFER_UNDER_13_SEXUAL_ACTS in flow.assessment.triggers
    assert flow.value("youngest_pictured_age") == 12


def test_bad_answers_are_refused_naming_the_question() -> None:
    flow = WizardFlow(people=COUPLE)
    for value in ("yes", 1, 0):
        with pytest.raises(WizardError, match="adult_involved"):
            flow.answer("adult_involved", value)
    with pytest.raises(WizardError, match="no question"):
        flow.answer("favourite_colour", True)
    with pytest.raises(WizardError, match="another step"):
        flow.answer("coercion", True)
    flow.next()
    with pytest.raises(WizardError, match="sharing"):
        flow.answer("sharing", "everyone")
    with pytest.raises(WizardError, match="apps"):
        flow.answer("apps", 42)
    assert flow.value("adult_involved") is None  # nothing half-applied


def test_not_known_yet_is_always_accepted() -> None:
    flow = WizardFlow(people=COUPLE)
    for step in STEPS:
        for qid in step.question_ids:
            if QUESTIONS[qid].source is not Source.PEOPLE:
                flow.answer(qid, None)
                assert flow.value(qid) is None
        if step is not STEPS[-1]:
            flow.next()


def test_every_question_stays_visible_and_matters_marks_open_ones() -> None:
    flow = WizardFlow(people=COUPLE)
    flow.answer("adult_involved", True)
    seen = []
    while True:
        view = flow.view()
        seen += [s.question.id for s in view.questions]
        states = {s.question.id: s for s in view.questions}
        if view.step.id == "making_and_sharing":
            # An adult settles the category: willingness no longer matters, but is still asked.
            assert not states["pictured_willing"].matters
        if view.step.id == "impact":
            assert states["sexual_acts"].feeds_trigger
            assert states["immediate_risk"].matters
        if view.is_last:
            break
        flow.next()
    assert set(seen) == set(QUESTIONS)


def test_live_assessment_is_the_engine_on_the_known_facts() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, with_changes(intent_to_harm=True))
    assert flow.assessment == assess(flow.facts())
    assert flow.assessment.category == ids.AGGRAVATED_INTENT_TO_HARM
    assert "apps" not in flow.facts() and flow.free_text()["apps"] == "A messaging app"


# --- Whole judgements -------------------------------------------------------------------------


def test_quiet_incident_is_managed_in_school_and_accepted() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, QUIET_ANSWERS)
    a = flow.assessment
    assert (a.category, a.route, a.missing) == (
        ids.EXPERIMENTAL_ROMANTIC,
        ids.ROUTE_MANAGE_IN_SCHOOL,
        frozenset(),
    )
    decision = flow.accept()
    assert decision.accepted_suggestion and decision.reasons == ""
    done = flow.complete()
    assert done.decision.route == ids.ROUTE_MANAGE_IN_SCHOOL


def test_blackmail_by_an_adult_coach_is_referred_with_the_lado() -> None:
    coach = person("solicited", "received", age=32, works_with_children=True)
    flow = WizardFlow(people=[*COUPLE, coach])
    run(flow, with_changes(adult_involved=True, coercion=True))
    a = flow.assessment
    assert a.category == ids.AGGRAVATED_ADULT_INVOLVED
    assert {ids.REFER_ADULT, ids.REFER_COERCION_OR_CONSENT} == a.triggers
    assert ids.FLAG_LADO in a.flags and a.route == ids.ROUTE_REFER_IMMEDIATELY


def test_unknowns_leave_the_suggestion_open() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, with_changes(shared_without_consent=None, immediate_risk=None))
    a = flow.assessment
    assert a.category == ids.UNDETERMINED and a.provisional == ids.EXPERIMENTAL_ROMANTIC
    assert a.route == ids.ROUTE_ESTABLISH_FACTS
    assert a.missing == {"shared_without_consent", "immediate_risk"}


# --- Back and jumps ---------------------------------------------------------------------------


def test_back_restores_earlier_answers_exactly_and_keeps_later_ones() -> None:
    flow = WizardFlow(people=COUPLE, record={"apps": "A video app"})
    with pytest.raises(WizardError, match="first step"):
        flow.back()
    flow.answer("adult_involved", False)
    flow.answer("pictured_adult", None)
    left_step_one = flow.view().questions
    flow.next()
    flow.answer("sharing", "others")
    flow.answer("apps", "Two apps")
    left_step_two = flow.view().questions
    view = flow.back()
    assert view.step.id == "children"
    assert [(s.question.id, s.value) for s in view.questions] == [
        (s.question.id, s.value) for s in left_step_one
    ]
    assert flow.value("sharing") == "others"  # later work is not thrown away
    view = flow.next()
    assert [(s.question.id, s.value) for s in view.questions] == [
        (s.question.id, s.value) for s in left_step_two
    ]


def test_back_after_a_jump_returns_to_where_you_were() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, QUIET_ANSWERS)
    assert flow.view().is_last
    with pytest.raises(WizardError, match="last step"):
        flow.next()
    flow.go_to("intent")
    flow.answer("exploitation", True)
    assert flow.back().step.id == "review"
    assert flow.assessment.category == ids.AGGRAVATED_INTENT_TO_HARM
    with pytest.raises(WizardError, match="no step"):
        flow.go_to("nowhere")


# --- Deciding ---------------------------------------------------------------------------------


def test_override_needs_written_reasons() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, QUIET_ANSWERS)
    with pytest.raises(WizardError, match="Write down why") as refused:
        flow.decide(ids.EXPERIMENTAL_ROMANTIC, ids.ROUTE_DISCUSS_WITH_SPECIALISTS)
    assert LABELS[ids.ROUTE_MANAGE_IN_SCHOOL] in str(refused.value)  # names the suggestion
    with pytest.raises(WizardError):
        flow.decide(ids.EXPERIMENTAL_ROMANTIC, ids.ROUTE_DISCUSS_WITH_SPECIALISTS, "   ")
    assert flow.decision is None
    decision = flow.decide(
        ids.EXPERIMENTAL_ROMANTIC,
        ids.ROUTE_DISCUSS_WITH_SPECIALISTS,
        "  Older sibling known to social care; want their view.  ",
    )
    assert not decision.accepted_suggestion
    assert decision.reasons == "Older sibling known to social care; want their view."


def test_accepting_may_carry_notes_and_unknown_ids_are_refused() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, QUIET_ANSWERS)
    decision = flow.accept("Parents told on 4 March.")
    assert decision.accepted_suggestion and decision.reasons == "Parents told on 4 March."
    with pytest.raises(WizardError, match="category"):
        flow.decide("experimental.sort_of", ids.ROUTE_MANAGE_IN_SCHOOL, "x")
    with pytest.raises(WizardError, match="route"):
        flow.decide(ids.EXPERIMENTAL_ROMANTIC, "ignore_it", "x")


def test_choosing_the_provisional_category_is_still_an_override() -> None:
    suggestion = assess({"sharing": "partner"})
    assert suggestion.category == ids.UNDETERMINED
    with pytest.raises(WizardError):
        make_decision(suggestion, ids.EXPERIMENTAL_ROMANTIC, suggestion.route)


def test_changing_an_answer_clears_the_decision() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, QUIET_ANSWERS)
    flow.accept()
    flow.go_to("impact")
    flow.answer("immediate_risk", False)  # same answer again: the decision stands
    assert flow.decision is not None
    flow.answer("immediate_risk", True)
    assert flow.decision is None
    with pytest.raises(WizardError, match="decision"):
        flow.complete()


# --- Record answers and saving ----------------------------------------------------------------


def test_record_answers_are_prefilled_confirmed_and_written_back() -> None:
    flow = WizardFlow(people=COUPLE, record={"apps": "A video app", "shared_publicly": True})
    assert flow.value("apps") == "A video app"
    assert flow.unconfirmed() == ("shared_publicly", "apps")
    flow.next()
    states = {s.question.id: s for s in flow.view().questions}
    assert not states["apps"].confirmed
    flow.answer("shared_publicly", False)
    flow.confirm("apps")
    assert flow.unconfirmed() == ()
    assert flow.record_updates() == {"shared_publicly": False}
    # The record itself changed elsewhere: the new value needs confirming again.
    flow.update_record({"apps": "Two video apps", "shared_publicly": True})
    assert flow.unconfirmed() == ("apps",) and flow.value("apps") == "Two video apps"
    # The record still says what it said, so the answer given here waits to be written back.
    assert flow.value("shared_publicly") is False
    assert flow.record_updates() == {"shared_publicly": False}
    # And once the record itself changes that value, the record's new value is taken.
    flow.update_record({"shared_publicly": None})
    assert flow.value("shared_publicly") is None and flow.record_updates() == {}
    with pytest.raises(WizardError, match="record"):
        flow.confirm("coercion")
    with pytest.raises(WizardError, match="record"):
        WizardFlow(record={"coercion": True})


def test_complete_refuses_unconfirmed_record_answers() -> None:
    flow = WizardFlow(people=COUPLE, record={"multiple_incidents": True})
    flow.go_to("review")  # jumped past the step that shows it
    flow.accept()
    with pytest.raises(WizardError, match="whether there have been other incidents"):
        flow.complete()


def test_completed_assessment_round_trips_through_json() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, with_changes(shared_without_consent=True, criminal_consequences="Possibly."))
    flow.decide(
        ids.AGGRAVATED_RECKLESS_MISUSE,
        ids.ROUTE_MANAGE_IN_SCHOOL,
        "Image deleted from all devices; both families engaged.",
    )
    done = flow.complete()
    data = json.loads(json.dumps(done.to_dict()))
    assert data["rules_version"] == RULES_VERSION
    assert data["facts"]["youngest_age"] == 14 and "apps" not in data["facts"]
    assert data["free_text"]["criminal_consequences"] == "Possibly."
    assert data["suggestion"]["category"] == ids.AGGRAVATED_RECKLESS_MISUSE
    assert data["decision"]["accepted_suggestion"] is False
    again = CompletedAssessment.from_dict(data)
    assert again.to_dict() == done.to_dict()
    assert dict(again.facts) == dict(done.facts) and again.decision == done.decision


def test_saved_assessment_with_bad_content_is_refused() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, QUIET_ANSWERS)
    flow.accept()
    good = flow.complete().to_dict()
    for key, bad in [
        ("facts", {"youngest_age": "14"}),
        ("free_text", {"password": "x"}),
        ("rules_version", ""),
        ("decision", {**good["decision"], "accepted_suggestion": False, "reasons": ""}),  # type: ignore[dict-item]
        # An override saved as if it were the suggestion (so no reasons were asked for), and
        # an acceptance saved as if it were an override: both would print an untrue record.
        ("decision", {**good["decision"], "route": ids.ROUTE_REFER_IMMEDIATELY}),  # type: ignore[dict-item]
        ("decision", {**good["decision"], "accepted_suggestion": False, "reasons": "x"}),  # type: ignore[dict-item]
    ]:
        with pytest.raises(ValueError):
            CompletedAssessment.from_dict({**good, key: bad})


def test_a_draft_can_be_resumed_from_its_answers() -> None:
    flow = WizardFlow(people=COUPLE)
    run(flow, QUIET_ANSWERS)
    draft = {**flow.facts(), **flow.free_text()}
    for fact in PEOPLE_FACTS:
        draft.pop(fact, None)
    resumed = WizardFlow(people=COUPLE, answers=draft)
    assert resumed.assessment == flow.assessment


def test_review_lists_all_five_triggers_with_where_each_stands() -> None:
    flow = WizardFlow(people=[person("pictured", age=10), person("received", age=11)])
    run(flow, with_changes(adult_involved=True, sexual_acts=None, immediate_risk=False))
    checklist = dict(trigger_checklist(flow.assessment))
    assert list(checklist) == list(ids.TRIGGERS)
    assert checklist[ids.REFER_ADULT] is TriggerStatus.HOLDS
    assert checklist[ids.REFER_UNDER_13_SEXUAL_ACTS] is TriggerStatus.NOT_RULED_OUT
    assert checklist[ids.REFER_IMMEDIATE_RISK] is TriggerStatus.RULED_OUT
