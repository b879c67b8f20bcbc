"""Recorded values in the words the paperwork prints: dates as dd/mm/yyyy, tri-state answers
as Yes, No or "Not known yet" (unknown is never printed as No), enums in plain English."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from ypsi_desktop.domain.case import (
    Agency,
    ChildPlan,
    ContactKind,
    Person,
    PersonKind,
    RiskRating,
    Role,
    SenStatus,
    Tri,
)
from ypsi_desktop.domain.dates import age_on, short_date
from ypsi_desktop.domain.guidance_text import label

NOT_KNOWN = "Not known yet"

SEN = {
    SenStatus.UNKNOWN: NOT_KNOWN,
    SenStatus.NONE: "None",
    SenStatus.SEN_SUPPORT: "SEN support",
    SenStatus.EHCP: "Education, health and care plan (EHCP)",
}
PLAN = {
    ChildPlan.UNKNOWN: NOT_KNOWN,
    ChildPlan.NONE: "None",
    ChildPlan.CHILD_IN_NEED: "Child in need (CIN) plan",
    ChildPlan.CHILD_PROTECTION: "Child protection (CP) plan",
}
ROLES = {
    Role.PICTURED: "pictured",
    Role.MADE: "made it",
    Role.SENT: "sent it",
    Role.RECEIVED: "received it",
    Role.SOLICITED: "asked for it",
    Role.REPORTED: "reported it",
}
AGENCIES = {
    Agency.MASH: "Children's social care (MASH)",
    Agency.POLICE: "Police",
    Agency.LADO: "LADO",
    Agency.CEOP: "CEOP",
    Agency.OTHER: "Other agency",
}
CONTACT_KINDS = {
    ContactKind.MASH: "Children's social care (MASH)",
    ContactKind.POLICE: "Police",
    ContactKind.LADO: "LADO",
    ContactKind.CEOP: "CEOP",
    ContactKind.OTHER: "Other",
}
RISK = {
    RiskRating.UNKNOWN: "Not rated",
    RiskRating.LOW: "Low",
    RiskRating.MEDIUM: "Medium",
    RiskRating.HIGH: "High",
}


def tri(value: Tri) -> str:
    return NOT_KNOWN if value is None else "Yes" if value else "No"


def day(value: date | None) -> str:
    return "" if value is None else short_date(value)


def local(value: datetime) -> datetime:
    """Aware times (stored in UTC) in the computer's local time; naive ones are already local."""
    return value.astimezone() if value.tzinfo is not None else value


def moment(value: datetime | None) -> str:
    if value is None:
        return ""
    shown = local(value)
    return f"{short_date(shown.date())} {shown.hour:02d}:{shown.minute:02d}"


def entry_time(value: datetime) -> str:
    """A chronology time: a bare date was stored as UTC midnight and prints as a date."""
    if value.tzinfo is not None and value.astimezone(UTC).time() == datetime.min.time():
        return short_date(value.astimezone(UTC).date())
    return moment(value)


def roles(given: Iterable[Role]) -> str:
    chosen = set(given)
    return ", ".join(ROLES[r] for r in Role if r in chosen)


def born(person: Person, on: date | None) -> str:
    """Date of birth with the age at the incident, or the age as recorded."""
    if person.date_of_birth is not None:
        text = short_date(person.date_of_birth)
        if on is not None and on >= person.date_of_birth:
            text += f" (aged {age_on(person.date_of_birth, on)} at the time)"
        return text
    if person.age_years is not None:
        when = f" on {short_date(person.age_recorded_on)}" if person.age_recorded_on else ""
        return f"Not recorded; aged {person.age_years}{when}"
    return ""


def school_and_year(person: Person, setting_name: str) -> str:
    school = person.school or setting_name or "This setting"
    return f"{school}, {person.year_group}" if person.year_group else school


def kind(person: Person) -> str:
    return "Child" if person.kind is PersonKind.CHILD else "Adult"


def guidance(id_: str) -> str:
    """The app's label for a category, trigger, flag or route id; unknown ids as stored."""
    try:
        return label(id_)
    except KeyError:
        return id_


def listed(items: Iterable[str], none: str = "None") -> str:
    values = [i for i in items if i]
    return "; ".join(values) if values else none
