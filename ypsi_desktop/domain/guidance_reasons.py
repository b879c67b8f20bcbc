"""Turns the engine's working into the plain-English reasons a DSL reads beside a suggestion.

Separate from the rules so the wording can change without touching them. Each sentence names
the answers that led where: the DSL must be able to check the suggestion against what they know,
and the saved reasons are what a later reader (or an inspector) sees.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance_text import FACT_LABELS, LABELS


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the engine worked out, handed over so the reasons never re-derive a rule."""

    facts: Mapping[str, object]
    category: str
    provisional: str | None
    possible: Collection[str]
    triggers: Collection[str]
    unresolved: Collection[str]
    flags: Collection[str]
    route: str
    missing: Collection[str]
    pre_adolescent_assumed: bool
    existing_could_hold: bool


_MALICE: Final = (
    (ids.FACT_INTENT_TO_HARM, "an intent to hurt, upset or humiliate"),
    (ids.FACT_COERCION, "coercion (pressure, blackmail, threats, deception or grooming)"),
    (ids.FACT_EXPLOITATION, "sexual abuse or exploitation by a young person"),
)
_NUMBERS: Final = {2: "two", 3: "three", 4: "four", 5: "five"}
_SHARING_REASON: Final = {
    ids.SHARING_NONE: "the imagery was kept by the person who made it, with no plan to send it",
    ids.SHARING_PARTNER: "the imagery stayed between two young people in a relationship",
    ids.SHARING_OTHERS: (
        "the imagery went to someone who is not a partner, to several people, or online"
    ),
}
_NO_AGGRAVATION: Final = (
    "nothing aggravating was recorded (no adult, no malice, and everyone pictured took part "
    "willingly in what happened)"
)


def _category_sentence(e: Explanation) -> str:
    get = e.facts.get
    label = LABELS[e.category]
    if e.category == ids.AGGRAVATED_ADULT_INVOLVED:
        why = "you recorded that someone aged 18 or over is involved"
    elif e.category == ids.AGGRAVATED_INTENT_TO_HARM:
        found = [text for fact, text in _MALICE if get(fact) is True]
        why = "no adult is involved and you recorded " + _and(found)
    elif e.category == ids.AGGRAVATED_RECKLESS_MISUSE:
        found = []
        if get(ids.FACT_PICTURED_WILLING) is False:
            found.append("not everyone pictured took part willingly")
        if get(ids.FACT_SHARED_WITHOUT_CONSENT) is True:
            found.append("the imagery went beyond what the pictured young person agreed to")
        why = "only young people are involved and nobody meant harm, but " + _and(found)
    elif get(ids.FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE) is True:
        why = _NO_AGGRAVATION + ", and the children are young with no apparent sexual motive"
    else:
        why = _NO_AGGRAVATION + ", and " + _SHARING_REASON[str(get(ids.FACT_SHARING))]
    return f"The category is {label} because {why}."


def _undetermined_sentences(e: Explanation) -> list[str]:
    options = [LABELS[c] for c in ids.CATEGORIES if c in e.possible]
    out = [
        "The category is not settled yet: depending on the unanswered questions it could be "
        + _or(options)
        + "."
    ]
    if e.provisional is not None:
        out.append(
            "If the unanswered questions all turn out harmless, it would be "
            f"{LABELS[e.provisional]}."
        )
    else:
        out.append(
            "Even if the unanswered questions all turn out harmless, it still depends on how "
            "far the imagery was shared."
        )
    return out


def _trigger_sentence(trigger: str, facts: Mapping[str, object]) -> str:
    if trigger == ids.REFER_ADULT:
        detail = "someone aged 18 or over is involved"
    elif trigger == ids.REFER_COERCION_OR_CONSENT:
        parts = []
        if facts.get(ids.FACT_COERCION) is True:
            parts.append("you recorded pressure, blackmail, threats, deception or grooming")
        if facts.get(ids.FACT_CAPACITY_CONCERN) is True:
            parts.append("you recorded doubt about a child's capacity to consent")
        detail = _and(parts)
    elif trigger == ids.REFER_EXTREME_CONTENT:
        detail = "the content as described is unusual for the child's age, or violent"
    elif trigger == ids.REFER_UNDER_13_SEXUAL_ACTS:
        age = facts.get(ids.FACT_YOUNGEST_PICTURED_AGE)
        detail = f"the imagery shows sexual acts and the youngest person pictured is {age}"
    else:
        detail = "a child is at immediate risk of harm"
    return f"Referral trigger holds ({LABELS[trigger]}): {detail}."


def _unresolved_sentence(trigger: str, facts: Mapping[str, object]) -> str:
    unknown = [FACT_LABELS[f] for f in ids.TRIGGER_FACTS[trigger] if facts.get(f) is None]
    return (
        f"Referral trigger not yet ruled out ({LABELS[trigger]}): still unknown is "
        + _and(unknown)
        + "."
    )


def _flag_sentence(flag: str, facts: Mapping[str, object]) -> str:
    if flag == ids.FLAG_EXISTING_PROCEDURES:
        young = facts.get(ids.FACT_YOUNGEST_AGE)
        pictured = facts.get(ids.FACT_YOUNGEST_PICTURED_AGE)
        parts = []
        if isinstance(young, int) and young < ids.AGE_THRESHOLD:
            parts.append(f"the youngest person involved is {young}")
        elif isinstance(pictured, int) and pictured < ids.AGE_THRESHOLD:
            parts.append(f"the youngest person pictured is {pictured}")
        if facts.get(ids.FACT_VULNERABLE) is True:
            parts.append("a child involved is vulnerable")
        return (
            "Consider your existing safeguarding procedures too: the incident looks "
            f"experimental, but {_and(parts)}."
        )
    if flag == ids.FLAG_SPECIALIST_SERVICES:
        return (
            "Talk to children's social care and/or the police: at least one aggravating element "
            "was recorded."
        )
    if flag == ids.FLAG_ADULT_IMAGE_LAW:
        return (
            "Someone pictured is 18 or over, so the offences about adults' intimate images "
            "apply to their part of it."
        )
    return "The adult involved works or volunteers with children: tell the LADO as well."


def _route_sentence(e: Explanation) -> str:
    label = LABELS[e.route]
    if e.route == ids.ROUTE_REFER_IMMEDIATELY:
        count = len(e.triggers)
        why = (
            "a referral trigger holds"
            if count == 1
            else f"{_NUMBERS[count]} referral triggers hold"
        )
    elif e.route == ids.ROUTE_DISCUSS_WITH_SPECIALISTS:
        why = "no referral trigger holds, but something aggravating does"
    elif e.route == ids.ROUTE_ESTABLISH_FACTS:
        parts = []
        if e.category == ids.UNDETERMINED:
            parts.append("the category is not settled")
        if e.unresolved:
            parts.append("a referral trigger has not been ruled out")
        if e.existing_could_hold:
            parts.append(
                "the youngest age or a child's vulnerability, still unknown, could call for "
                "existing procedures"
            )
        why = _and(parts)
    elif e.route == ids.ROUTE_EXISTING_PROCEDURES:
        why = "nothing calls for referral, but a child's age or vulnerability does need them"
    else:
        why = (
            "no trigger holds, nothing aggravating was recorded and no open question could "
            "change that; only choose it if you are confident the risks can be managed in school"
        )
    return f"Suggested route: {label}, because {why}."


def explain(e: Explanation) -> tuple[str, ...]:
    """Category first, then triggers, flags, the route and what is still to establish."""
    if e.category == ids.UNDETERMINED:
        out = _undetermined_sentences(e)
    else:
        out = [_category_sentence(e)]
    if e.pre_adolescent_assumed:
        out.append(
            f"The youngest person involved is {e.facts.get(ids.FACT_YOUNGEST_AGE)}, so the "
            "children are not treated as pre-adolescent."
        )
    for trigger in ids.TRIGGERS:
        if trigger in e.triggers:
            out.append(_trigger_sentence(trigger, e.facts))
        elif trigger in e.unresolved:
            out.append(_unresolved_sentence(trigger, e.facts))
    for flag in ids.FLAGS:
        if flag in e.flags:
            out.append(_flag_sentence(flag, e.facts))
    out.append(_route_sentence(e))
    if e.missing:
        ordered = [FACT_LABELS[f] for f in ids.FACTS if f in e.missing]
        out.append("Still to establish: " + "; ".join(ordered) + ".")
    return tuple(out)


def _and(parts: list[str]) -> str:
    return _join(parts, "and")


def _or(parts: list[str]) -> str:
    return _join(parts, "or")


def _join(parts: list[str], word: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {word} " + parts[-1]
