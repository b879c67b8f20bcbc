"""How long one guidance assessment takes, over the kinds of fact sets the wizard really sends.

The wizard re-assesses on every answer, so the engine has to be far below anything a DSL could
notice; the target is a median well under 1 ms and, in practice, under 100 µs. The fact sets
rotate through the life of a real incident: the empty form, a few answers in, one trigger known
with the rest open, and a complete judgement.
"""

from __future__ import annotations

import itertools

from bench.harness import Context, Figure, benchmark
from ypsi_desktop.guidance import assess

FACT_SETS: tuple[dict[str, object], ...] = (
    {},
    {"youngest_age": 14, "youngest_pictured_age": 14, "adult_involved": False},
    {"youngest_age": 14, "sharing": "partner", "pictured_willing": True, "vulnerable": False},
    {
        "adult_involved": True,
        "adult_in_position_of_trust": True,
        "youngest_age": 13,
        "coercion": True,
    },
    {
        "youngest_age": 11,
        "youngest_pictured_age": 12,
        "adult_involved": False,
        "intent_to_harm": False,
        "coercion": None,
        "sexual_acts": True,
        "sharing": "others",
    },
    {
        "youngest_age": 15,
        "youngest_pictured_age": 15,
        "adult_involved": False,
        "adult_in_position_of_trust": False,
        "pictured_adult": False,
        "vulnerable": False,
        "coercion": False,
        "intent_to_harm": False,
        "exploitation": False,
        "pictured_willing": True,
        "shared_without_consent": True,
        "sharing": "partner",
        "sexual_acts": False,
        "extreme_content": False,
        "capacity_concern": False,
        "immediate_risk": False,
        "multiple_incidents": False,
        "agency_involvement": None,
        "shared_publicly": False,
    },
)


@benchmark("guidance.assess")
def assess_speed(ctx: Context) -> Figure:
    rotation = itertools.cycle(FACT_SETS)

    def one_assessment() -> None:
        assess(next(rotation))

    return ctx.compare(subject=one_assessment, primitive=None, reps=31, unit="us", inner=200)
