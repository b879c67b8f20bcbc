"""Deriving the people-table facts the guidance reads (GUIDANCE.md, "Facts derived from the
people table"). Every rule leans to "not known yet": a wrong "no" here could let an incident be
managed in school that should not be.
"""

from __future__ import annotations

import pytest

from ypsi_desktop.domain.people_facts import PersonFacts, derive_people_facts

P = PersonFacts


def person(*roles: str, age: int | None = None, **tri: bool | None) -> PersonFacts:
    return PersonFacts(frozenset(roles), age, **tri)


# Two 14-year-olds in a relationship and a parent who only reported it (no age recorded).
COUPLE = [
    person("pictured", "made", "sent", age=14, vulnerability=False, agency_involvement=False),
    person("received", age=15, vulnerability=False, agency_involvement=False),
    person("reported"),
]


# --- Facts from the people table --------------------------------------------------------------


def test_people_facts_ignore_those_who_only_reported() -> None:
    facts = derive_people_facts(COUPLE)
    assert facts == {
        "youngest_age": 14,
        "youngest_pictured_age": 14,
        "vulnerable": False,
        "agency_involvement": False,
        "adult_in_position_of_trust": None,  # no adult in the table: not known, never "no"
    }


def test_youngest_age_unknown_while_anyone_involved_lacks_an_age() -> None:
    people = [*COUPLE, person("received")]
    facts = derive_people_facts(people)
    assert facts["youngest_age"] is None
    assert facts["youngest_pictured_age"] == 14  # the pictured all have ages
    # The unknown-age recipient might be a child with a vulnerability nobody recorded:
    assert facts["vulnerable"] is None


def test_youngest_pictured_age_only_counts_the_pictured() -> None:
    people = [person("pictured", age=16), person("received", age=12)]
    facts = derive_people_facts(people)
    assert (facts["youngest_age"], facts["youngest_pictured_age"]) == (12, 16)
    assert derive_people_facts([person("received", age=12)])["youngest_pictured_age"] is None


def test_vulnerable_true_if_any_false_only_if_all_recorded_as_none() -> None:
    a, b = person("pictured", age=13), person("received", age=14)
    assert derive_people_facts([a, b])["vulnerable"] is None
    marked = [P(a.roles, 13, vulnerability=True), b]
    assert derive_people_facts(marked)["vulnerable"] is True
    none = [P(a.roles, 13, vulnerability=False), P(b.roles, 14, vulnerability=False)]
    assert derive_people_facts(none)["vulnerable"] is False
    # An adult's missing vulnerability does not hold up the children's "no":
    adult = person("solicited", age=30)
    assert derive_people_facts([*none, adult])["vulnerable"] is False
    assert derive_people_facts([])["vulnerable"] is None


def test_position_of_trust_reads_the_adults() -> None:
    child = person("pictured", age=14)
    coach = person("solicited", age=35, works_with_children=True)
    stranger = person("received", age=40, works_with_children=False)
    assert derive_people_facts([child, coach, stranger])["adult_in_position_of_trust"] is True
    assert derive_people_facts([child, stranger])["adult_in_position_of_trust"] is False
    unknown_age = person("received")
    assert derive_people_facts([child, stranger, unknown_age])["adult_in_position_of_trust"] is None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"roles": frozenset({"photographer"})},
        {"roles": frozenset({"pictured"}), "age": True},
        {"roles": frozenset({"pictured"}), "age": 121},
        {"roles": frozenset({"pictured"}), "vulnerability": "yes"},
    ],
)
def test_bad_person_records_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        PersonFacts(**kwargs)  # type: ignore[arg-type]
