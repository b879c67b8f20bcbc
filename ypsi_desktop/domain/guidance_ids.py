"""Every identifier of the guidance contract (GUIDANCE.md, contract version 2), spelt once.

Categories, triggers, flags, routes and fact ids are plain strings because they are saved with
every assessment and printed on referral paperwork; defining them here means a typo elsewhere is
a NameError at import time instead of a rule that silently never fires.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType
from typing import Final

__all__ = [
    "AGE_THRESHOLD",
    "AGGRAVATED_ADULT_INVOLVED",
    "AGGRAVATED_CATEGORIES",
    "AGGRAVATED_INTENT_TO_HARM",
    "AGGRAVATED_RECKLESS_MISUSE",
    "CATEGORIES",
    "EXPERIMENTAL_ATTENTION_SEEKING",
    "EXPERIMENTAL_CATEGORIES",
    "EXPERIMENTAL_OTHER",
    "EXPERIMENTAL_ROMANTIC",
    "FACTS",
    "FACT_ADULT_INVOLVED",
    "FACT_ADULT_IN_POSITION_OF_TRUST",
    "FACT_AGENCY_INVOLVEMENT",
    "FACT_CAPACITY_CONCERN",
    "FACT_COERCION",
    "FACT_EXPLOITATION",
    "FACT_EXTREME_CONTENT",
    "FACT_IMMEDIATE_RISK",
    "FACT_INTENT_TO_HARM",
    "FACT_KINDS",
    "FACT_MULTIPLE_INCIDENTS",
    "FACT_PICTURED_ADULT",
    "FACT_PICTURED_WILLING",
    "FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE",
    "FACT_SEXUAL_ACTS",
    "FACT_SHARED_PUBLICLY",
    "FACT_SHARED_WITHOUT_CONSENT",
    "FACT_SHARING",
    "FACT_VULNERABLE",
    "FACT_YOUNGEST_AGE",
    "FACT_YOUNGEST_PICTURED_AGE",
    "FLAGS",
    "FLAG_ADULT_IMAGE_LAW",
    "FLAG_EXISTING_PROCEDURES",
    "FLAG_LADO",
    "FLAG_SPECIALIST_SERVICES",
    "FactKind",
    "MAX_AGE",
    "MIN_AGE",
    "RECORDED_ONLY_FACTS",
    "REFER_ADULT",
    "REFER_COERCION_OR_CONSENT",
    "REFER_EXTREME_CONTENT",
    "REFER_IMMEDIATE_RISK",
    "REFER_UNDER_13_SEXUAL_ACTS",
    "ROUTES",
    "ROUTE_DISCUSS_WITH_SPECIALISTS",
    "ROUTE_ESTABLISH_FACTS",
    "ROUTE_EXISTING_PROCEDURES",
    "ROUTE_MANAGE_IN_SCHOOL",
    "ROUTE_REFER_IMMEDIATELY",
    "SHARING_NONE",
    "SHARING_OTHERS",
    "SHARING_PARTNER",
    "SHARING_VALUES",
    "TRIGGERS",
    "TRIGGER_FACTS",
    "UNDETERMINED",
]

# --- Categories (Wolak & Finkelhor typology) -------------------------------------------------

EXPERIMENTAL_ROMANTIC: Final = "experimental.romantic"
EXPERIMENTAL_ATTENTION_SEEKING: Final = "experimental.attention_seeking"
EXPERIMENTAL_OTHER: Final = "experimental.other"
AGGRAVATED_ADULT_INVOLVED: Final = "aggravated.adult_involved"
AGGRAVATED_INTENT_TO_HARM: Final = "aggravated.intent_to_harm"
AGGRAVATED_RECKLESS_MISUSE: Final = "aggravated.reckless_misuse"
UNDETERMINED: Final = "undetermined"

EXPERIMENTAL_CATEGORIES: Final = frozenset(
    {EXPERIMENTAL_ROMANTIC, EXPERIMENTAL_ATTENTION_SEEKING, EXPERIMENTAL_OTHER}
)
AGGRAVATED_CATEGORIES: Final = frozenset(
    {AGGRAVATED_ADULT_INVOLVED, AGGRAVATED_INTENT_TO_HARM, AGGRAVATED_RECKLESS_MISUSE}
)
# In the order a DSL would read them: aggravated first (the precedence order), then experimental.
CATEGORIES: Final = (
    AGGRAVATED_ADULT_INVOLVED,
    AGGRAVATED_INTENT_TO_HARM,
    AGGRAVATED_RECKLESS_MISUSE,
    EXPERIMENTAL_ROMANTIC,
    EXPERIMENTAL_ATTENTION_SEEKING,
    EXPERIMENTAL_OTHER,
    UNDETERMINED,
)

# --- Immediate referral triggers -------------------------------------------------------------

REFER_ADULT: Final = "refer.adult"
REFER_COERCION_OR_CONSENT: Final = "refer.coercion_or_consent"
REFER_EXTREME_CONTENT: Final = "refer.extreme_content"
REFER_UNDER_13_SEXUAL_ACTS: Final = "refer.under_13_sexual_acts"
REFER_IMMEDIATE_RISK: Final = "refer.immediate_risk"

TRIGGERS: Final = (
    REFER_ADULT,
    REFER_COERCION_OR_CONSENT,
    REFER_EXTREME_CONTENT,
    REFER_UNDER_13_SEXUAL_ACTS,
    REFER_IMMEDIATE_RISK,
)

# --- Flags ------------------------------------------------------------------------------------

FLAG_EXISTING_PROCEDURES: Final = "flag.existing_procedures"
FLAG_SPECIALIST_SERVICES: Final = "flag.specialist_services"
FLAG_ADULT_IMAGE_LAW: Final = "flag.adult_image_law"
FLAG_LADO: Final = "flag.lado"

FLAGS: Final = (FLAG_EXISTING_PROCEDURES, FLAG_SPECIALIST_SERVICES, FLAG_ADULT_IMAGE_LAW, FLAG_LADO)

# --- Routes (first match wins, in this order) -------------------------------------------------

ROUTE_REFER_IMMEDIATELY: Final = "refer_immediately"
ROUTE_DISCUSS_WITH_SPECIALISTS: Final = "discuss_with_specialists"
ROUTE_ESTABLISH_FACTS: Final = "establish_facts"
ROUTE_EXISTING_PROCEDURES: Final = "existing_procedures"
ROUTE_MANAGE_IN_SCHOOL: Final = "manage_in_school"

ROUTES: Final = (
    ROUTE_REFER_IMMEDIATELY,
    ROUTE_DISCUSS_WITH_SPECIALISTS,
    ROUTE_ESTABLISH_FACTS,
    ROUTE_EXISTING_PROCEDURES,
    ROUTE_MANAGE_IN_SCHOOL,
)

# --- Facts ------------------------------------------------------------------------------------


class FactKind(StrEnum):
    """The shape of an engine fact's answer; every kind also accepts None (not known yet)."""

    TRI = "tri"  # True, False or None
    AGE = "age"  # whole years 0..120, never a bool
    SHARING = "sharing"  # one of SHARING_VALUES


FACT_YOUNGEST_AGE: Final = "youngest_age"
FACT_YOUNGEST_PICTURED_AGE: Final = "youngest_pictured_age"
FACT_ADULT_INVOLVED: Final = "adult_involved"
FACT_ADULT_IN_POSITION_OF_TRUST: Final = "adult_in_position_of_trust"
FACT_PICTURED_ADULT: Final = "pictured_adult"
FACT_VULNERABLE: Final = "vulnerable"
FACT_COERCION: Final = "coercion"
FACT_INTENT_TO_HARM: Final = "intent_to_harm"
FACT_EXPLOITATION: Final = "exploitation"
FACT_PICTURED_WILLING: Final = "pictured_willing"
FACT_SHARED_WITHOUT_CONSENT: Final = "shared_without_consent"
FACT_SHARING: Final = "sharing"
FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE: Final = "pre_adolescent_no_sexual_motive"
FACT_SEXUAL_ACTS: Final = "sexual_acts"
FACT_EXTREME_CONTENT: Final = "extreme_content"
FACT_CAPACITY_CONCERN: Final = "capacity_concern"
FACT_IMMEDIATE_RISK: Final = "immediate_risk"
FACT_MULTIPLE_INCIDENTS: Final = "multiple_incidents"
FACT_AGENCY_INVOLVEMENT: Final = "agency_involvement"
FACT_SHARED_PUBLICLY: Final = "shared_publicly"

SHARING_NONE: Final = "none"
SHARING_PARTNER: Final = "partner"
SHARING_OTHERS: Final = "others"
SHARING_VALUES: Final = (SHARING_NONE, SHARING_PARTNER, SHARING_OTHERS)

# The contract's table, in its order. Read-only so no caller can add a fact behind the rules'
# back.
FACT_KINDS: Final = MappingProxyType(
    {
        FACT_YOUNGEST_AGE: FactKind.AGE,
        FACT_YOUNGEST_PICTURED_AGE: FactKind.AGE,
        FACT_ADULT_INVOLVED: FactKind.TRI,
        FACT_ADULT_IN_POSITION_OF_TRUST: FactKind.TRI,
        FACT_PICTURED_ADULT: FactKind.TRI,
        FACT_VULNERABLE: FactKind.TRI,
        FACT_COERCION: FactKind.TRI,
        FACT_INTENT_TO_HARM: FactKind.TRI,
        FACT_EXPLOITATION: FactKind.TRI,
        FACT_PICTURED_WILLING: FactKind.TRI,
        FACT_SHARED_WITHOUT_CONSENT: FactKind.TRI,
        FACT_SHARING: FactKind.SHARING,
        FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE: FactKind.TRI,
        FACT_SEXUAL_ACTS: FactKind.TRI,
        FACT_EXTREME_CONTENT: FactKind.TRI,
        FACT_CAPACITY_CONCERN: FactKind.TRI,
        FACT_IMMEDIATE_RISK: FactKind.TRI,
        FACT_MULTIPLE_INCIDENTS: FactKind.TRI,
        FACT_AGENCY_INVOLVEMENT: FactKind.TRI,
        FACT_SHARED_PUBLICLY: FactKind.TRI,
    }
)
FACTS: Final = tuple(FACT_KINDS)

# Recorded for the paperwork only: they never change the category, a trigger, a flag or the
# route, so they are never in `missing`.
RECORDED_ONLY_FACTS: Final = frozenset(
    {FACT_MULTIPLE_INCIDENTS, FACT_AGENCY_INVOLVEMENT, FACT_SHARED_PUBLICLY}
)

# The facts each trigger reads; the wizard uses this so a trigger question is never hidden.
TRIGGER_FACTS: Final = MappingProxyType(
    {
        REFER_ADULT: (FACT_ADULT_INVOLVED,),
        REFER_COERCION_OR_CONSENT: (FACT_COERCION, FACT_CAPACITY_CONCERN),
        REFER_EXTREME_CONTENT: (FACT_EXTREME_CONTENT,),
        # A known youngest_age of 13 or more also rules this one out (the pictured are never
        # younger than the youngest involved), but it is not what the trigger asks about.
        REFER_UNDER_13_SEXUAL_ACTS: (FACT_SEXUAL_ACTS, FACT_YOUNGEST_PICTURED_AGE),
        REFER_IMMEDIATE_RISK: (FACT_IMMEDIATE_RISK,),
    }
)

MIN_AGE: Final = 0
MAX_AGE: Final = 120
# The one age threshold the rules use: "under 13" for the trigger, "12 or under" for the flag.
AGE_THRESHOLD: Final = 13
