"""When a record comes up for review: the retention periods the app applies.

From the IRMS Information Management Toolkit for Schools (the retention schedule English
schools follow, which GUIDANCE.md names):

- Child protection records: the child's date of birth + 25 years, then review.
- Allegations of a child protection nature against a member of staff (an adult who works or
  volunteers with children): until the person's normal pension age, or 10 years from the date
  of the allegation, whichever is longer, then review. The app takes the normal pension age as
  67 (the State Pension age for most people now working) and the allegation date as the date
  the first incident involving them came to light.

Where a date is not known the app never guesses early: a child with only an age recorded is
taken to have been born on the latest date that age allows; a child with neither is taken to
have been born on the day the first incident came to light (so 25 years from then); these
dates are marked as estimates. An adult's record is never due before the records of the
children in whose incidents they appear, because those records mention them. A review can
decide to keep a record for longer; that date then applies.

Plain functions of dates, no storage: the retention view, the CLI and the tests share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ypsi_desktop.domain.dates import short_date

CHILD_RECORD_YEARS = 25
ALLEGATION_YEARS = 10
NORMAL_PENSION_AGE = 67


class ReviewBasis(StrEnum):
    DATE_OF_BIRTH = "date_of_birth"
    AGE_ESTIMATE = "age_estimate"
    INCIDENT_ESTIMATE = "incident_estimate"
    ALLEGATION = "allegation"
    FOLLOWS_CHILDREN = "follows_children"
    KEEP_DECISION = "keep_decision"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ReviewDate:
    """The day a record is due for review, how it was worked out, and whether it is a guess."""

    due_on: date | None
    basis: ReviewBasis
    estimated: bool
    explanation: str

    def is_due(self, today: date) -> bool:
        return self.due_on is not None and self.due_on <= today


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years; 29 February becomes 1 March (later, never earlier)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def latest_birth_date(age_years: int, recorded_on: date) -> date:
    """The latest date of birth that gives `age_years` on `recorded_on`."""
    return add_years(recorded_on, -age_years)


def child_review(
    *,
    date_of_birth: date | None,
    age_years: int | None,
    age_recorded_on: date | None,
    first_incident_on: date | None,
) -> ReviewDate:
    """A child's record: date of birth + 25 years (estimated when the birth date is not known)."""
    if date_of_birth is not None:
        due = add_years(date_of_birth, CHILD_RECORD_YEARS)
        return ReviewDate(
            due,
            ReviewBasis.DATE_OF_BIRTH,
            False,
            f"Date of birth {short_date(date_of_birth)} + {CHILD_RECORD_YEARS} years.",
        )
    if age_years is not None and age_recorded_on is not None:
        born = latest_birth_date(age_years, age_recorded_on)
        due = add_years(born, CHILD_RECORD_YEARS)
        return ReviewDate(
            due,
            ReviewBasis.AGE_ESTIMATE,
            True,
            f"Estimated: no date of birth recorded; aged {age_years} on "
            f"{short_date(age_recorded_on)}, so born on or before {short_date(born)}, "
            f"+ {CHILD_RECORD_YEARS} years.",
        )
    if first_incident_on is not None:
        due = add_years(first_incident_on, CHILD_RECORD_YEARS)
        return ReviewDate(
            due,
            ReviewBasis.INCIDENT_ESTIMATE,
            True,
            "Estimated: no date of birth or age recorded; "
            f"{CHILD_RECORD_YEARS} years from the first incident "
            f"({short_date(first_incident_on)}). Record the date of birth for a true date.",
        )
    return ReviewDate(
        None,
        ReviewBasis.UNKNOWN,
        True,
        "No date of birth, age or incident date is recorded: review this record by hand.",
    )


def allegation_review(
    *,
    date_of_birth: date | None,
    age_years: int | None,
    age_recorded_on: date | None,
    first_allegation_on: date | None,
) -> ReviewDate:
    """An adult who works with children: normal pension age or allegation + 10 years,
    whichever is later."""
    ten_years = add_years(first_allegation_on, ALLEGATION_YEARS) if first_allegation_on else None
    born, estimated = date_of_birth, False
    if born is None and age_years is not None and age_recorded_on is not None:
        born, estimated = latest_birth_date(age_years, age_recorded_on), True
    pension = add_years(born, NORMAL_PENSION_AGE) if born is not None else None
    if ten_years is None and pension is None:
        return ReviewDate(
            None,
            ReviewBasis.UNKNOWN,
            True,
            "An allegation record with no date of birth, age or incident date: review by hand.",
        )
    if pension is None:
        assert ten_years is not None and first_allegation_on is not None
        return ReviewDate(
            ten_years,
            ReviewBasis.ALLEGATION,
            True,
            f"Allegation record: {ALLEGATION_YEARS} years from the allegation on "
            f"{short_date(first_allegation_on)}. Their age is not recorded, so the pension-age "
            "date could not be worked out: check it at the review.",
        )
    due = pension if ten_years is None or pension >= ten_years else ten_years
    which = f"normal pension age ({NORMAL_PENSION_AGE}) on {short_date(pension)}" + (
        " (estimated from their recorded age)" if estimated else ""
    )
    if ten_years is not None:
        which += f", or {ALLEGATION_YEARS} years from the allegation on {short_date(ten_years)}"
    return ReviewDate(
        due,
        ReviewBasis.ALLEGATION,
        estimated and due == pension,
        f"Allegation record: the later of {which}.",
    )


def follows_children(own: ReviewDate | None, children: list[ReviewDate]) -> ReviewDate:
    """An adult's date: never before the latest review date of the children whose records
    mention them (their own allegation date, if any, when that is later)."""
    if own is not None and own.due_on is None:
        return own
    if any(c.due_on is None for c in children) or (not children and own is None):
        return ReviewDate(
            None,
            ReviewBasis.UNKNOWN,
            True,
            "The date for a child's record this adult appears in is not known: review by hand.",
        )
    latest_day = max((c.due_on for c in children if c.due_on is not None), default=None)
    if latest_day is None or (
        own is not None and own.due_on is not None and own.due_on >= latest_day
    ):
        assert own is not None
        return own
    latest = next(c for c in children if c.due_on == latest_day)
    return ReviewDate(
        latest_day,
        ReviewBasis.FOLLOWS_CHILDREN,
        latest.estimated,
        "Kept as long as the records of the children in the same incidents: until "
        f"{short_date(latest_day)}" + (" (estimated)" if latest.estimated else "") + ".",
    )


def with_keep_decision(review: ReviewDate, keep_until: date | None) -> ReviewDate:
    """A review's decision to keep the record longer, when it is later than the rule's date."""
    if keep_until is None or (review.due_on is not None and keep_until <= review.due_on):
        return review
    return ReviewDate(
        keep_until,
        ReviewBasis.KEEP_DECISION,
        False,
        f"Reviewed and kept until {short_date(keep_until)} ({review.explanation})",
    )
