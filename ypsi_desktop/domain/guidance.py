"""The guidance engine: facts in, suggested category, triggers, flags, route and reasons out.

It encodes GUIDANCE.md (contract version 2) and nothing else. It reasons symbolically about the
unknown facts instead of enumerating every way they could be answered: the precedence steps read
disjoint facts, so "could this step still hold / still fail" is a per-step question, and the
ages only matter on either side of 13. That keeps an assessment in the tens of microseconds, so
the wizard can re-assess on every keystroke. tests/unit/test_guidance_properties.py checks the
shortcuts against a brute-force oracle that does enumerate.

"Unknown is not no": a fact that is absent or None is unknown, and no rule reads it as False,
with the single exception the contract names (the pre-adolescent question for a known youngest
age of 13 or more).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance_ids import *  # noqa: F403 - the ids belong beside the engine
from ypsi_desktop.domain.guidance_reasons import Explanation, explain

# Saved with every assessment; change it whenever a rule changes, so an old record can be told
# apart from what today's rules would say.
RULES_VERSION: Final = "2.0"

# The engine, plus every id from guidance_ids so callers can write `guidance.REFER_ADULT`.
__all__ = [
    "RULES_VERSION",
    "Assessment",
    "assess",
    "check_facts",
    "unresolved_triggers",
    *ids.__all__,
]


@dataclass(frozen=True, slots=True)
class Assessment:
    """The engine's suggestion for one set of facts (see GUIDANCE.md for each field)."""

    category: str
    provisional: str | None
    triggers: frozenset[str]
    flags: frozenset[str]
    route: str
    missing: frozenset[str]
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form with sets sorted, so saved suggestions compare byte for byte."""
        return {
            "category": self.category,
            "provisional": self.provisional,
            "triggers": sorted(self.triggers),
            "flags": sorted(self.flags),
            "route": self.route,
            "missing": sorted(self.missing),
            "reasons": list(self.reasons),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Assessment:
        """Rebuild a saved suggestion, refusing ids this version of the app does not know."""
        category = _known(data, "category", ids.CATEGORIES)
        provisional_raw = data.get("provisional")
        provisional = (
            None if provisional_raw is None else _known(data, "provisional", ids.CATEGORIES)
        )
        return cls(
            category=category,
            provisional=provisional,
            triggers=_known_set(data, "triggers", ids.TRIGGERS),
            flags=_known_set(data, "flags", ids.FLAGS),
            route=_known(data, "route", ids.ROUTES),
            missing=_known_set(data, "missing", ids.FACTS),
            reasons=tuple(_strings(data, "reasons")),
        )


def _known(data: Mapping[str, object], key: str, allowed: tuple[str, ...]) -> str:
    value = data.get(key)
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"saved assessment: {key} {value!r} is not a known id")
    return value


def _strings(data: Mapping[str, object], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"saved assessment: {key} must be a list of strings")
    return [str(v) for v in value]


def _known_set(data: Mapping[str, object], key: str, allowed: tuple[str, ...]) -> frozenset[str]:
    values = _strings(data, key)
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValueError(f"saved assessment: {key} holds unknown ids {unknown!r}")
    return frozenset(values)


# --- Validation -------------------------------------------------------------------------------

_KIND_OF: Final[dict[str, ids.FactKind]] = dict(ids.FACT_KINDS)
_SHARING_VALUES: Final = frozenset(ids.SHARING_VALUES)


def check_facts(facts: Mapping[str, object]) -> None:
    """Raise ValueError naming the fact if any id, type, range or age order is wrong.

    Strict on purpose: a stray 1 or "yes" for a tri-state, or a bool age, is far more likely a
    wiring bug than an answer, and guessing would put a wrong suggestion in front of a DSL.
    """
    if not isinstance(facts, Mapping):
        raise ValueError(f"facts: expected a mapping of fact ids to values, got {facts!r:.40}")
    for key, value in facts.items():
        kind = _KIND_OF.get(key)
        if kind is None:
            raise ValueError(f"unknown fact id {key!r}")
        if value is None or value is True or value is False:
            if kind is ids.FactKind.TRI or value is None:
                continue
            raise ValueError(f"{key}: expected {_EXPECTED[kind]}, got {value!r}")
        if kind is ids.FactKind.AGE:
            if not isinstance(value, int):
                raise ValueError(f"{key}: expected {_EXPECTED[kind]}, got {value!r}")
            if not ids.MIN_AGE <= value <= ids.MAX_AGE:
                raise ValueError(f"{key}: {value} is outside {ids.MIN_AGE} to {ids.MAX_AGE} years")
        elif kind is ids.FactKind.SHARING:
            if not isinstance(value, str) or value not in _SHARING_VALUES:
                raise ValueError(f"{key}: expected {_EXPECTED[kind]}, got {value!r}")
        else:
            raise ValueError(f"{key}: expected {_EXPECTED[kind]}, got {value!r}")
    youngest = facts.get(ids.FACT_YOUNGEST_AGE)
    pictured = facts.get(ids.FACT_YOUNGEST_PICTURED_AGE)
    if isinstance(youngest, int) and isinstance(pictured, int) and youngest > pictured:
        raise ValueError(
            f"{ids.FACT_YOUNGEST_AGE} ({youngest}) is older than "
            f"{ids.FACT_YOUNGEST_PICTURED_AGE} ({pictured}): the pictured are involved too"
        )


_EXPECTED: Final = {
    ids.FactKind.TRI: "True, False or None",
    ids.FactKind.AGE: "a whole number of years or None",
    ids.FactKind.SHARING: "one of 'none', 'partner', 'others' or None",
}

_SHARING_CATEGORY: Final = {
    ids.SHARING_NONE: ids.EXPERIMENTAL_OTHER,
    ids.SHARING_PARTNER: ids.EXPERIMENTAL_ROMANTIC,
    ids.SHARING_OTHERS: ids.EXPERIMENTAL_ATTENTION_SEEKING,
}
_ALL_SHARING_CATEGORIES: Final = frozenset(_SHARING_CATEGORY.values())
_UNDER: Final = ids.AGE_THRESHOLD  # "under 13"; "12 or under" is `< _UNDER` as well


# --- The engine -------------------------------------------------------------------------------


def assess(facts: Mapping[str, object]) -> Assessment:
    """Suggest a category, triggers, flags and a route for `facts` (absent id = unknown).

    Raises ValueError naming the fact for an unknown id, a wrong type, an out-of-range value or
    ages out of order.
    """
    check_facts(facts)
    get = facts.get
    youngest = get(ids.FACT_YOUNGEST_AGE)
    pictured = get(ids.FACT_YOUNGEST_PICTURED_AGE)
    adult = get(ids.FACT_ADULT_INVOLVED)
    trust = get(ids.FACT_ADULT_IN_POSITION_OF_TRUST)
    pictured_adult = get(ids.FACT_PICTURED_ADULT)
    vulnerable = get(ids.FACT_VULNERABLE)
    coercion = get(ids.FACT_COERCION)
    intent = get(ids.FACT_INTENT_TO_HARM)
    exploitation = get(ids.FACT_EXPLOITATION)
    willing = get(ids.FACT_PICTURED_WILLING)
    without_consent = get(ids.FACT_SHARED_WITHOUT_CONSENT)
    sharing = get(ids.FACT_SHARING)
    pre_adolescent = get(ids.FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE)
    sexual_acts = get(ids.FACT_SEXUAL_ACTS)
    extreme = get(ids.FACT_EXTREME_CONTENT)
    capacity = get(ids.FACT_CAPACITY_CONCERN)
    risk = get(ids.FACT_IMMEDIATE_RISK)
    # Ages are validated ints or None; narrow them for the comparisons below.
    young: int | None = youngest if isinstance(youngest, int) else None
    pic: int | None = pictured if isinstance(pictured, int) else None

    # The contract's one exception to "unknown is not no".
    pre_adolescent_assumed = pre_adolescent is None and young is not None and young >= _UNDER
    if pre_adolescent_assumed:
        pre_adolescent = False

    # Can each precedence step still hold / still fail? The steps read disjoint facts, so
    # every combination of these is reachable by some way of answering the unknowns.
    s1_can_hold = adult is not False
    s1_can_fail = adult is not True
    s2_holds = intent is True or coercion is True or exploitation is True
    s2_can_hold = intent is not False or coercion is not False or exploitation is not False
    s2_can_fail = not s2_holds
    s3_holds = willing is False or without_consent is True
    s3_can_hold = willing is not True or without_consent is not False
    s3_can_fail = not s3_holds
    s4_can_hold = pre_adolescent is not False
    s4_can_fail = pre_adolescent is not True
    up_to_s2_can_fail = s1_can_fail and s2_can_fail
    experimental_possible = up_to_s2_can_fail and s3_can_fail

    possible: set[str] = set()
    if s1_can_hold:
        possible.add(ids.AGGRAVATED_ADULT_INVOLVED)
    if s1_can_fail and s2_can_hold:
        possible.add(ids.AGGRAVATED_INTENT_TO_HARM)
    if up_to_s2_can_fail and s3_can_hold:
        possible.add(ids.AGGRAVATED_RECKLESS_MISUSE)
    if experimental_possible:
        if s4_can_hold:
            possible.add(ids.EXPERIMENTAL_OTHER)
        if s4_can_fail:
            if sharing is None:
                possible |= _ALL_SHARING_CATEGORIES
            else:
                possible.add(_SHARING_CATEGORY[str(sharing)])

    provisional: str | None = None
    if len(possible) == 1:
        category = next(iter(possible))
    else:
        category = ids.UNDETERMINED
        # The steps once every unknown turns out harmless: only known answers can fire them.
        if adult is True:
            provisional = ids.AGGRAVATED_ADULT_INVOLVED
        elif s2_holds:
            provisional = ids.AGGRAVATED_INTENT_TO_HARM
        elif s3_holds:
            provisional = ids.AGGRAVATED_RECKLESS_MISUSE
        elif pre_adolescent is True:
            provisional = ids.EXPERIMENTAL_OTHER
        elif sharing is not None:
            provisional = _SHARING_CATEGORY[str(sharing)]

    # Triggers that hold, and those not yet ruled out.
    pictured_can_be_under = pic < _UNDER if pic is not None else (young is None or young < _UNDER)
    under_13_holds = sexual_acts is True and pic is not None and pic < _UNDER
    coercion_holds = coercion is True or capacity is True
    triggers: set[str] = set()
    unresolved: set[str] = set()
    if adult is True:
        triggers.add(ids.REFER_ADULT)
    elif adult is None:
        unresolved.add(ids.REFER_ADULT)
    if coercion_holds:
        triggers.add(ids.REFER_COERCION_OR_CONSENT)
    elif coercion is None or capacity is None:
        unresolved.add(ids.REFER_COERCION_OR_CONSENT)
    if extreme is True:
        triggers.add(ids.REFER_EXTREME_CONTENT)
    elif extreme is None:
        unresolved.add(ids.REFER_EXTREME_CONTENT)
    if under_13_holds:
        triggers.add(ids.REFER_UNDER_13_SEXUAL_ACTS)
    elif sexual_acts is not False and pictured_can_be_under:
        unresolved.add(ids.REFER_UNDER_13_SEXUAL_ACTS)
    if risk is True:
        triggers.add(ids.REFER_IMMEDIATE_RISK)
    elif risk is None:
        unresolved.add(ids.REFER_IMMEDIATE_RISK)

    aggravating = adult is True or s2_holds or s3_holds
    is_experimental = category in ids.EXPERIMENTAL_CATEGORIES
    young_child = (young is not None and young < _UNDER) or (pic is not None and pic < _UNDER)
    flags: set[str] = set()
    if is_experimental and (young_child or vulnerable is True):
        flags.add(ids.FLAG_EXISTING_PROCEDURES)
    if aggravating:
        flags.add(ids.FLAG_SPECIALIST_SERVICES)
    if pictured_adult is True:
        flags.add(ids.FLAG_ADULT_IMAGE_LAW)
    if adult is True and trust is True:
        flags.add(ids.FLAG_LADO)

    existing_could_hold = (
        is_experimental
        and ids.FLAG_EXISTING_PROCEDURES not in flags
        and (young is None or vulnerable is None)
    )
    if triggers:
        route = ids.ROUTE_REFER_IMMEDIATELY
    elif aggravating:
        route = ids.ROUTE_DISCUSS_WITH_SPECIALISTS
    elif category == ids.UNDETERMINED or unresolved or existing_could_hold:
        route = ids.ROUTE_ESTABLISH_FACTS
    elif ids.FLAG_EXISTING_PROCEDURES in flags:
        route = ids.ROUTE_EXISTING_PROCEDURES
    else:
        route = ids.ROUTE_MANAGE_IN_SCHOOL

    # `missing`: an unknown fact is listed when two ways of answering everything, differing only
    # in that fact, give a different category, trigger set or flag set (the route follows from
    # those three once nothing is unknown). Each line below is that condition, worked out.
    missing: list[str] = []
    add = missing.append
    if adult is None:
        add(ids.FACT_ADULT_INVOLVED)
    if trust is None and adult is not False:
        add(ids.FACT_ADULT_IN_POSITION_OF_TRUST)
    if pictured_adult is None:
        add(ids.FACT_PICTURED_ADULT)
    if intent is None and s1_can_fail and coercion is not True and exploitation is not True:
        add(ids.FACT_INTENT_TO_HARM)
    if coercion is None and (
        capacity is not True or (s1_can_fail and intent is not True and exploitation is not True)
    ):
        add(ids.FACT_COERCION)
    if exploitation is None and s1_can_fail and intent is not True and coercion is not True:
        add(ids.FACT_EXPLOITATION)
    if willing is None and up_to_s2_can_fail and without_consent is not True:
        add(ids.FACT_PICTURED_WILLING)
    if without_consent is None and up_to_s2_can_fail and willing is not False:
        add(ids.FACT_SHARED_WITHOUT_CONSENT)
    # With sharing "none" both answers give experimental.other, so the question cannot matter.
    if pre_adolescent is None and experimental_possible and sharing != ids.SHARING_NONE:
        add(ids.FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE)
    if sharing is None and experimental_possible and pre_adolescent is not True:
        add(ids.FACT_SHARING)
    if capacity is None and coercion is not True:
        add(ids.FACT_CAPACITY_CONCERN)
    if extreme is None:
        add(ids.FACT_EXTREME_CONTENT)
    if risk is None:
        add(ids.FACT_IMMEDIATE_RISK)
    if sexual_acts is None and pictured_can_be_under:
        add(ids.FACT_SEXUAL_ACTS)
    # The pictured age only feeds the trigger: once everything is known, "youngest involved is
    # 12 or under" already covers "youngest pictured is 12 or under" for the flag.
    if pic is None and sexual_acts is not False and (young is None or young < _UNDER):
        add(ids.FACT_YOUNGEST_PICTURED_AGE)
    youngest_can_be_teen = young is None and (pic is None or pic >= _UNDER)
    if youngest_can_be_teen and experimental_possible and vulnerable is not True:
        add(ids.FACT_YOUNGEST_AGE)
    if (
        vulnerable is None
        and experimental_possible
        and ((young is not None and young >= _UNDER) or youngest_can_be_teen)
    ):
        add(ids.FACT_VULNERABLE)

    reasons = explain(
        Explanation(
            facts=facts,
            category=category,
            provisional=provisional,
            possible=possible,
            triggers=triggers,
            unresolved=unresolved,
            flags=flags,
            route=route,
            missing=missing,
            pre_adolescent_assumed=pre_adolescent_assumed and experimental_possible,
            existing_could_hold=existing_could_hold,
        )
    )
    return Assessment(
        category=category,
        provisional=provisional,
        triggers=frozenset(triggers),
        flags=frozenset(flags),
        route=route,
        missing=frozenset(missing),
        reasons=reasons,
    )


def unresolved_triggers(assessment: Assessment) -> frozenset[str]:
    """The triggers that do not hold but are not yet ruled out, read back from an assessment.

    A trigger is open exactly when one of the facts it reads is still in `missing` (the
    property tests check this against the brute-force oracle), so the review step can show
    each of the five as holding, not yet ruled out, or ruled out without re-running the rules.
    """
    return frozenset(
        trigger
        for trigger, facts in ids.TRIGGER_FACTS.items()
        if trigger not in assessment.triggers and any(f in assessment.missing for f in facts)
    )
