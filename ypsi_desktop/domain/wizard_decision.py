"""The DSL's decision and the completed assessment the storage layer saves.

Separate from the flow because services need the same rules when a decision is recorded or
re-read outside the wizard: a decision that differs from the suggestion is refused without
written reasons, and a saved assessment is rebuilt only from ids this version knows.
The storage layer adds who decided and when; nothing here reads a clock or a user.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance import RULES_VERSION, Assessment, check_facts
from ypsi_desktop.domain.guidance_text import LABELS
from ypsi_desktop.domain.wizard_questions import TEXT_QUESTIONS

__all__ = ["CompletedAssessment", "Decision", "WizardError", "make_decision"]


class WizardError(ValueError):
    """A refused wizard action; the message is written to be shown to the DSL as it stands."""


@dataclass(frozen=True, slots=True)
class Decision:
    """What the DSL decided. `reasons` is required when it differs from the suggestion."""

    category: str
    route: str
    accepted_suggestion: bool
    reasons: str

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "route": self.route,
            "accepted_suggestion": self.accepted_suggestion,
            "reasons": self.reasons,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Decision:
        category, route = data.get("category"), data.get("route")
        accepted, reasons = data.get("accepted_suggestion"), data.get("reasons")
        if category not in ids.CATEGORIES or route not in ids.ROUTES:
            raise ValueError(f"saved decision: unknown category or route {category!r}, {route!r}")
        if not isinstance(accepted, bool) or not isinstance(reasons, str):
            raise ValueError("saved decision: accepted_suggestion or reasons malformed")
        if not accepted and not reasons.strip():
            raise ValueError("saved decision: an override without reasons")
        return cls(str(category), str(route), accepted, reasons)


def make_decision(suggestion: Assessment, category: str, route: str, reasons: str = "") -> Decision:
    """Validate the DSL's choice against the suggestion it was made on.

    Choosing a different category or route is the DSL's right, but the record must say why, so
    it is refused without written reasons. Accepting may carry optional notes.
    """
    if category not in ids.CATEGORIES:
        raise WizardError(f"{category!r} is not a category.")
    if route not in ids.ROUTES:
        raise WizardError(f"{route!r} is not a route.")
    text = reasons.strip()
    accepted = category == suggestion.category and route == suggestion.route
    if not accepted and not text:
        differences = []
        if category != suggestion.category:
            differences.append(
                f"the category {LABELS[category]} instead of the suggested "
                f"{LABELS[suggestion.category]}"
            )
        if route != suggestion.route:
            differences.append(
                f"the route {LABELS[route]} instead of the suggested {LABELS[suggestion.route]}"
            )
        raise WizardError(
            "You chose " + " and ".join(differences) + ". Write down why before recording the "
            "decision."
        )
    return Decision(category=category, route=route, accepted_suggestion=accepted, reasons=text)


@dataclass(frozen=True, slots=True)
class CompletedAssessment:
    """One finished run of the wizard, as saved: facts, free text, suggestion and decision.

    The suggestion is stored, not recomputed on reading: it is what the DSL saw, under the rules
    named by `rules_version`, even after the rules change.
    """

    facts: Mapping[str, object]
    free_text: Mapping[str, str]
    suggestion: Assessment
    decision: Decision
    rules_version: str = field(default=RULES_VERSION)

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready data (str, bool, int, None, lists and dicts only)."""
        return {
            "rules_version": self.rules_version,
            "facts": {k: self.facts[k] for k in ids.FACTS if k in self.facts},
            "free_text": {k: self.free_text[k] for k in TEXT_QUESTIONS if k in self.free_text},
            "suggestion": self.suggestion.to_dict(),
            "decision": self.decision.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CompletedAssessment:
        version, facts, free_text = (
            data.get("rules_version"),
            data.get("facts"),
            data.get("free_text"),
        )
        suggestion, decision = data.get("suggestion"), data.get("decision")
        if not isinstance(version, str) or not version:
            raise ValueError("saved assessment: rules_version missing")
        if not isinstance(facts, Mapping) or not isinstance(free_text, Mapping):
            raise ValueError("saved assessment: facts or free_text malformed")
        if not isinstance(suggestion, Mapping) or not isinstance(decision, Mapping):
            raise ValueError("saved assessment: suggestion or decision malformed")
        check_facts(facts)
        for key, value in free_text.items():
            if key not in TEXT_QUESTIONS or not isinstance(value, str):
                raise ValueError(f"saved assessment: free text {key!r} malformed")
        read_suggestion = Assessment.from_dict(suggestion)
        read_decision = Decision.from_dict(decision)
        same = (read_decision.category, read_decision.route) == (
            read_suggestion.category,
            read_suggestion.route,
        )
        if read_decision.accepted_suggestion != same:
            # "Same as the suggestion" is printed on the record; it must be true, so an
            # override can never pass as an acceptance and skip its written reasons.
            raise ValueError("saved assessment: accepted_suggestion contradicts the suggestion")
        return cls(
            facts=MappingProxyType({k: v for k, v in facts.items() if v is not None}),
            free_text=MappingProxyType(dict(free_text)),
            suggestion=read_suggestion,
            decision=read_decision,
            rules_version=version,
        )
