"""Ages the wizard works from when only an age (not a date of birth) was recorded, on a day
other than the incident's: the youngest the child can have been then, so a threshold such as
"under 13" is never ruled out by a guess."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ypsi_desktop.domain.case import Incident, IncidentPerson, Person, PersonKind, Role
from ypsi_desktop.services.assessment_service import people_facts

INCIDENT = date(2026, 10, 5)


def _age_at_incident(age: int, recorded_on: date) -> int | None:
    person = Person(
        PersonKind.CHILD, "Testchild", "Ages", age_years=age, age_recorded_on=recorded_on
    )
    incident = Incident(
        came_to_light_at=datetime.combine(INCIDENT, datetime.min.time()),
        people=[IncidentPerson(person, frozenset({Role.PICTURED}))],
    )
    (facts,) = people_facts(incident)
    return facts.age


@pytest.mark.parametrize(
    ("recorded_on", "expected"),
    [
        (INCIDENT, 13),  # recorded on the day
        (date(2026, 10, 23), 12),  # 18 days later: a 13th birthday may have fallen between
        (date(2027, 10, 5), 12),  # exactly a year later: exactly a year younger
        (date(2027, 10, 6), 11),  # a year and a day later: maybe two birthdays between
        (date(2026, 6, 1), 13),  # earlier in the year: no younger at the incident
        (date(2025, 10, 6), 13),  # a day under a year before: no birthday is sure to have passed
        (date(2025, 10, 5), 14),  # a whole year before: a year older
    ],
)
def test_an_age_recorded_on_another_day_gives_the_youngest_possible_age(
    recorded_on: date, expected: int
) -> None:
    assert _age_at_incident(13, recorded_on) == expected
