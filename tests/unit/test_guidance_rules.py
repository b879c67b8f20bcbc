"""The guidance engine against hand-worked cases, bad input and the reasons a DSL reads.

The cases live in data/guidance_cases.json so a DSL or reviewer can read them without Python;
each states the whole expected assessment, so a rule that drifts shows up as the field a DSL
would see change on screen.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance import unresolved_triggers
from ypsi_desktop.domain.guidance_text import DESCRIPTIONS, FACT_LABELS, LABELS
from ypsi_desktop.guidance import RULES_VERSION, Assessment, assess

DATA = json.loads((Path(__file__).parent / "data" / "guidance_cases.json").read_text("utf-8"))
CASES: list[dict[str, Any]] = DATA["cases"]


def facts_of(case: dict[str, Any]) -> dict[str, object]:
    facts = dict(DATA["bases"][case["base"]])
    facts.update(case.get("set", {}))
    for fact in case.get("unset", []):
        facts.pop(fact, None)
    return facts


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    got = assess(facts_of(case))
    expect = case["expect"]
    observed = {
        "category": got.category,
        "provisional": got.provisional,
        "triggers": sorted(got.triggers),
        "flags": sorted(got.flags),
        "route": got.route,
        "missing": sorted(got.missing),
    }
    assert observed == expect, case["why"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_unknown_given_as_none_is_the_same_as_absent(case: dict[str, Any]) -> None:
    facts = facts_of(case)
    explicit = {fact: facts.get(fact) for fact in ids.FACTS}
    assert assess(explicit) == assess(facts)


def test_cases_cover_every_category_trigger_flag_and_route() -> None:
    seen: set[str] = set()
    for case in CASES:
        expect = case["expect"]
        seen |= {expect["category"], expect["route"], *expect["triggers"], *expect["flags"]}
        if expect["provisional"]:
            seen.add(expect["provisional"])
    everything = {*ids.CATEGORIES, *ids.TRIGGERS, *ids.FLAGS, *ids.ROUTES}
    assert everything - seen == set()


def test_case_names_are_unique_and_every_fact_id_in_the_data_is_known() -> None:
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names))
    for case in CASES:
        assert set(facts_of(case)) <= set(ids.FACTS)


# --- The contract's shape ---------------------------------------------------------------------


def test_public_api_shape() -> None:
    fields = [f.name for f in dataclasses.fields(Assessment)]
    assert fields == [
        "category",
        "provisional",
        "triggers",
        "flags",
        "route",
        "missing",
        "reasons",
    ]
    assert isinstance(RULES_VERSION, str) and RULES_VERSION
    a = assess({})
    assert isinstance(a.triggers, frozenset) and isinstance(a.missing, frozenset)
    assert isinstance(a.reasons, tuple) and all(isinstance(r, str) for r in a.reasons)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.category = ids.EXPERIMENTAL_OTHER  # type: ignore[misc]


def test_assess_does_not_change_the_facts_it_is_given() -> None:
    facts: dict[str, object] = {ids.FACT_YOUNGEST_AGE: 14}
    assess(facts)
    assert facts == {ids.FACT_YOUNGEST_AGE: 14}


def test_assessment_round_trips_through_plain_data() -> None:
    a = assess({ids.FACT_ADULT_INVOLVED: True, ids.FACT_SEXUAL_ACTS: True})
    data = json.loads(json.dumps(a.to_dict()))
    assert Assessment.from_dict(data) == a


def test_saved_assessment_with_unknown_ids_is_refused() -> None:
    data = assess({}).to_dict()
    data["triggers"] = ["refer.moon_phase"]
    with pytest.raises(ValueError, match="triggers"):
        Assessment.from_dict(data)


# --- Bad input --------------------------------------------------------------------------------

BAD_INPUTS = [
    ({"youngest_agee": 12}, "youngest_agee"),
    ({"apps": "a messaging app"}, "apps"),
    ({"emotional_impact": "upset"}, "emotional_impact"),
    ({"youngest_age": "12"}, "youngest_age"),
    ({"youngest_age": 12.0}, "youngest_age"),
    ({"youngest_age": True}, "youngest_age"),
    ({"youngest_pictured_age": False}, "youngest_pictured_age"),
    ({"youngest_age": -1}, "youngest_age"),
    ({"youngest_pictured_age": 121}, "youngest_pictured_age"),
    ({"adult_involved": "yes"}, "adult_involved"),
    ({"coercion": 1}, "coercion"),
    ({"immediate_risk": 0}, "immediate_risk"),
    ({"sexual_acts": 1.0}, "sexual_acts"),
    ({"vulnerable": "False"}, "vulnerable"),
    ({"sharing": "public"}, "sharing"),
    ({"sharing": ""}, "sharing"),
    ({"sharing": True}, "sharing"),
    ({"sharing": 1}, "sharing"),
    ({"sharing": "Partner"}, "sharing"),
    ({"youngest_age": 15, "youngest_pictured_age": 14}, "youngest_age"),
]


@pytest.mark.parametrize(("facts", "name"), BAD_INPUTS, ids=[repr(f) for f, _ in BAD_INPUTS])
def test_bad_input_is_refused_naming_the_fact(facts: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        assess(facts)


@pytest.mark.parametrize("facts", [None, [("coercion", True)], "coercion"])
def test_facts_that_are_not_a_mapping_are_refused_as_bad_input(facts: object) -> None:
    with pytest.raises(ValueError, match="expected a mapping"):
        assess(facts)  # type: ignore[arg-type]


def test_boundary_ages_are_accepted() -> None:
    assert assess({"youngest_age": 0, "youngest_pictured_age": 120}).category == ids.UNDETERMINED


def test_age_order_error_names_both_ages() -> None:
    with pytest.raises(ValueError, match="youngest_pictured_age"):
        assess({"youngest_age": 15, "youngest_pictured_age": 14})


# --- Reasons ----------------------------------------------------------------------------------


def harmless(**changes: object) -> dict[str, object]:
    facts = dict(DATA["bases"]["harmless"])
    for fact, value in changes.items():
        if value is None:
            facts.pop(fact)
        else:
            facts[fact] = value
    return facts


def text(a: Assessment) -> str:
    return " ".join(a.reasons)


def test_reasons_say_which_answer_made_it_aggravated() -> None:
    reasons = text(assess(harmless(coercion=True)))
    assert LABELS[ids.AGGRAVATED_INTENT_TO_HARM] in reasons
    assert "blackmail" in reasons  # the coercion answer, named
    assert "humiliate" not in reasons  # intent to harm was answered no: not blamed


def test_reasons_name_the_unwilling_participant_for_reckless_misuse() -> None:
    reasons = text(assess(harmless(pictured_willing=False)))
    assert "not everyone pictured took part willingly" in reasons


def test_reasons_name_the_trigger_and_its_answers() -> None:
    reasons = text(assess(harmless(youngest_age=11, youngest_pictured_age=11, sexual_acts=True)))
    assert LABELS[ids.REFER_UNDER_13_SEXUAL_ACTS] in reasons
    assert "youngest person pictured is 11" in reasons
    assert LABELS[ids.ROUTE_REFER_IMMEDIATELY] in reasons


def test_reasons_for_an_open_trigger_say_what_is_still_unknown() -> None:
    reasons = text(assess(harmless(youngest_age=10, youngest_pictured_age=10, sexual_acts=None)))
    assert "not yet ruled out" in reasons
    assert FACT_LABELS[ids.FACT_SEXUAL_ACTS] in reasons


def test_reasons_for_undetermined_give_the_provisional_and_what_to_find_out() -> None:
    reasons = text(assess(harmless(intent_to_harm=None)))
    assert "not settled" in reasons
    assert LABELS[ids.EXPERIMENTAL_ROMANTIC] in reasons  # the provisional category
    assert "Still to establish: " + FACT_LABELS[ids.FACT_INTENT_TO_HARM] in reasons


def test_reasons_explain_the_pre_adolescent_exception() -> None:
    reasons = text(assess(harmless(youngest_age=13, youngest_pictured_age=13)))
    assert "pre-adolescent" not in reasons  # answered no: nothing assumed
    reasons = text(
        assess(
            harmless(
                youngest_age=13, youngest_pictured_age=13, pre_adolescent_no_sexual_motive=None
            )
        )
    )
    assert "youngest person involved is 13" in reasons and "pre-adolescent" in reasons


def test_reasons_for_manage_in_school_remind_about_confidence() -> None:
    a = assess(harmless())
    assert a.route == ids.ROUTE_MANAGE_IN_SCHOOL
    assert "confident" in text(a)


def test_reasons_mention_each_flag() -> None:
    a = assess(
        harmless(
            adult_involved=True,
            adult_in_position_of_trust=True,
            pictured_adult=True,
            youngest_pictured_age=18,
        )
    )
    assert "LADO" in text(a) and "18 or over" in text(a) and "social care" in text(a)


def test_every_id_has_a_label_and_description() -> None:
    for id_ in (*ids.CATEGORIES, *ids.TRIGGERS, *ids.FLAGS, *ids.ROUTES):
        assert LABELS[id_] and len(DESCRIPTIONS[id_]) > 40
    for fact in ids.FACTS:
        assert FACT_LABELS[fact]


def test_every_category_description_has_an_example() -> None:
    for category in ids.CATEGORIES:
        if category != ids.UNDETERMINED:
            assert "Example:" in DESCRIPTIONS[category]


# --- Reading open triggers back ---------------------------------------------------------------


def test_unresolved_triggers_are_read_back_from_missing() -> None:
    a = assess(
        harmless(adult_involved=True, youngest_age=10, youngest_pictured_age=10, sexual_acts=None)
    )
    assert unresolved_triggers(a) == {ids.REFER_UNDER_13_SEXUAL_ACTS}
    assert unresolved_triggers(assess(harmless())) == frozenset()
    assert unresolved_triggers(assess({})) == set(ids.TRIGGERS)
