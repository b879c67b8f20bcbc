"""Derives the people-table facts the guidance reads, so they are never typed twice.

GUIDANCE.md gives these facts one home, the people table: the wizard shows them read-only and
they change only when a person's details change. Every rule here leans towards "not known yet":
one person without an age keeps the youngest age unknown, and one child whose vulnerability is
not recorded keeps `vulnerable` from being False, because a wrong "no" could let an incident be
managed in school that should not be.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from ypsi_desktop.domain import guidance_ids as ids

ROLE_PICTURED: Final = "pictured"
ROLE_MADE: Final = "made"
ROLE_SENT: Final = "sent"
ROLE_RECEIVED: Final = "received"
ROLE_SOLICITED: Final = "solicited"
ROLE_REPORTED: Final = "reported"
ROLES: Final = (
    ROLE_PICTURED,
    ROLE_MADE,
    ROLE_SENT,
    ROLE_RECEIVED,
    ROLE_SOLICITED,
    ROLE_REPORTED,
)
ADULT_AGE: Final = 18

PEOPLE_FACTS: Final = (
    ids.FACT_YOUNGEST_AGE,
    ids.FACT_YOUNGEST_PICTURED_AGE,
    ids.FACT_VULNERABLE,
    ids.FACT_AGENCY_INVOLVEMENT,
    ids.FACT_ADULT_IN_POSITION_OF_TRUST,
)


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What the rules need to know about one person in the people table.

    `age` is in whole years at the time of the incident (the storage layer works it out from a
    date of birth); the three tri-states are True, False (recorded as none / no) or None (not
    recorded yet).
    """

    roles: frozenset[str]
    age: int | None = None
    vulnerability: bool | None = None
    agency_involvement: bool | None = None
    works_with_children: bool | None = None

    def __post_init__(self) -> None:
        unknown = sorted(set(self.roles) - set(ROLES))
        if unknown:
            raise ValueError(f"roles: unknown role(s) {unknown!r}")
        if self.age is not None and (
            isinstance(self.age, bool)
            or not isinstance(self.age, int)
            or not ids.MIN_AGE <= self.age <= ids.MAX_AGE
        ):
            raise ValueError(f"age: expected whole years 0 to 120 or None, got {self.age!r}")
        for name in ("vulnerability", "agency_involvement", "works_with_children"):
            value = getattr(self, name)
            if value is not None and value is not True and value is not False:
                raise ValueError(f"{name}: expected True, False or None, got {value!r}")

    @property
    def involved(self) -> bool:
        """Everyone except those who only reported it (a person with no role yet counts)."""
        return self.roles != {ROLE_REPORTED}

    @property
    def may_be_child(self) -> bool:
        return self.age is None or self.age < ADULT_AGE

    @property
    def may_be_adult(self) -> bool:
        return self.age is None or self.age >= ADULT_AGE


def _lowest_age(people: list[PersonFacts]) -> int | None:
    """The lowest age, or None while nobody qualifies or anyone lacks an age."""
    if not people or any(p.age is None for p in people):
        return None
    return min(p.age for p in people if p.age is not None)


def any_known(values: list[bool | None]) -> bool | None:
    """True if any is True; False only if there is at least one and every one is False."""
    if any(v is True for v in values):
        return True
    if values and all(v is False for v in values):
        return False
    return None


def youngest_age(people: Iterable[PersonFacts]) -> int | None:
    return _lowest_age([p for p in people if p.involved])


def youngest_pictured_age(people: Iterable[PersonFacts]) -> int | None:
    return _lowest_age([p for p in people if ROLE_PICTURED in p.roles])


def vulnerable(people: Iterable[PersonFacts]) -> bool | None:
    """Over every involved person who may be a child (an unknown age may be a child's)."""
    return any_known([p.vulnerability for p in people if p.involved and p.may_be_child])


def agency_involvement(people: Iterable[PersonFacts]) -> bool | None:
    """Over every involved person who may be a child, as for `vulnerable`."""
    return any_known([p.agency_involvement for p in people if p.involved and p.may_be_child])


def adult_in_position_of_trust(people: Iterable[PersonFacts]) -> bool | None:
    """Over every involved person who may be an adult (an unknown age may be an adult's)."""
    return any_known([p.works_with_children for p in people if p.involved and p.may_be_adult])


def derive_people_facts(people: Iterable[PersonFacts]) -> dict[str, int | bool | None]:
    """All five people-table facts at once, keyed by fact id, ready to hand to the wizard."""
    everyone = list(people)
    return {
        ids.FACT_YOUNGEST_AGE: youngest_age(everyone),
        ids.FACT_YOUNGEST_PICTURED_AGE: youngest_pictured_age(everyone),
        ids.FACT_VULNERABLE: vulnerable(everyone),
        ids.FACT_AGENCY_INVOLVEMENT: agency_involvement(everyone),
        ids.FACT_ADULT_IN_POSITION_OF_TRUST: adult_in_position_of_trust(everyone),
    }
