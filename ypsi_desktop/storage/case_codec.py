"""Turning case-model values into SQL values and back, in one place.

Why one module: every repository must agree that a tri-state None is NULL (never 0), that a
date is "YYYY-MM-DD" and that a date-time keeps its exact value, or a record read back would
differ from the one saved. The column lists here are the single map between a dataclass field
and its column, so adding a field to case.py means adding it here and to a migration.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from ypsi_desktop.domain.case import (
    ChildPlan,
    Person,
    PersonKind,
    SenStatus,
    Tri,
)

from .text_fold import name_key, search_words

SqlValue = str | int | float | None


def tri_in(value: Tri) -> int | None:
    return None if value is None else int(bool(value))


def tri_out(value: object) -> Tri:
    return None if value is None else bool(value)


def date_in(value: date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        raise TypeError("a date was expected, not a date-time")
    return value.isoformat()


def date_out(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def datetime_in(value: datetime | None) -> str | None:
    """Naive times (local wall-clock, as typed) stay naive; aware ones are stored in UTC.

    Fixed-width text, so the text order is the time order the case list sorts on.
    """
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")


def datetime_out(value: object) -> datetime | None:
    if value is None:
        return None
    text = str(value)
    if "T" not in text and " " not in text:  # a bare date (engine chronology may hold one)
        day = date.fromisoformat(text)
        return datetime(day.year, day.month, day.day)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def age_in(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        raise ValueError("an age must be a whole number of years from 0 to 120")
    return value


# Person fields stored as plain text, in column order.
PERSON_TEXT = (
    "first_name",
    "last_name",
    "known_as",
    "year_group",
    "school",
    "gender",
    "ethnicity",
    "first_language",
    "address",
    "upn",
    "vulnerability_notes",
    "social_worker",
    "household",
    "parental_responsibility",
    "other_professionals",
    "agency_details",
    "role_or_relationship",
)
PERSON_TRI = (
    "interpreter_needed",
    "looked_after",
    "vulnerable",
    "agency_involvement",
    "works_with_children",
)
PERSON_COLUMNS = (
    ("kind", "date_of_birth", "age_years", "age_recorded_on", "sen", "plan")
    + PERSON_TEXT
    + PERSON_TRI
)
PERSON_SELECT = "id, reference, " + ", ".join(PERSON_COLUMNS)


def person_values(person: Person) -> dict[str, SqlValue]:
    """Column values for a person, derived search keys included."""
    values: dict[str, SqlValue] = {
        "kind": PersonKind(person.kind).value,
        "date_of_birth": date_in(person.date_of_birth),
        "age_years": age_in(person.age_years),
        "age_recorded_on": date_in(person.age_recorded_on),
        "sen": SenStatus(person.sen).value,
        "plan": ChildPlan(person.plan).value,
    }
    for name in PERSON_TEXT:
        values[name] = str(getattr(person, name))
    for name in PERSON_TRI:
        values[name] = tri_in(getattr(person, name))
    values["name_key"] = name_key(person.first_name, person.last_name)
    return values


def search_key(*parts: str) -> str:
    """Folded words a name search matches, each preceded by a space (so ' ali' is a prefix).

    Split at punctuation like the words typed into the search box, so "C-0042" is found by
    typing "c-0042" or "0042".
    """
    return " " + " ".join(search_words(" ".join(parts))) + " "


def person_search_key(person: Person, reference: str) -> str:
    return search_key(person.first_name, person.last_name, person.known_as, reference, person.upn)


def person_from_row(row: Sequence[Any]) -> Person:
    """A Person from a row selected with PERSON_SELECT."""
    data = dict(zip(("id", "reference") + PERSON_COLUMNS, row, strict=True))
    details: dict[str, Any] = {name: str(data[name]) for name in PERSON_TEXT}
    details.update({name: tri_out(data[name]) for name in PERSON_TRI})
    return Person(
        kind=PersonKind(data["kind"]),
        date_of_birth=date_out(data["date_of_birth"]),
        age_years=data["age_years"],
        age_recorded_on=date_out(data["age_recorded_on"]),
        sen=SenStatus(data["sen"]),
        plan=ChildPlan(data["plan"]),
        reference=str(data["reference"]),
        id=int(data["id"]),
        **details,
    )


def person_differences(old: Person, new: Person) -> list[str]:
    """Names of the fields that differ (never their values: audit details carry no data)."""
    fields = ("kind", "date_of_birth", "age_years", "age_recorded_on", "sen", "plan")
    return [f for f in fields + PERSON_TEXT + PERSON_TRI if getattr(old, f) != getattr(new, f)]


def short_list(label: str, names: Sequence[str], limit: int = 160) -> str:
    """ "label: a, b, c" cut to fit an audit detail, saying how many were left out."""
    text = f"{label}: " + ", ".join(names)
    if len(text) <= limit:
        return text
    shown: list[str] = []
    for name in names:
        candidate = f"{label}: " + ", ".join([*shown, name])
        if len(candidate) > limit - 12:
            break
        shown.append(name)
    return f"{label}: " + ", ".join(shown) + f" and {len(names) - len(shown)} more"
