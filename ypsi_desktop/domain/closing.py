"""When an incident may be closed, and how to say why not.

A closed incident drops out of the DSL's working lists, so closing one with no recorded
decision, no outcome or an action still outstanding would let a child's case go quiet with
work undone. The rule is domain logic (no storage), so the CLI, the GUI and the repository
all refuse for the same reasons in the same words.
"""

from __future__ import annotations

from ypsi_desktop.domain.case import FollowUp, Incident, IncidentStatus
from ypsi_desktop.domain.dates import short_date


class CannotClose(ValueError):
    """Closing was refused; the message lists every reason, for the DSL to act on."""

    def __init__(self, reasons: tuple[str, ...]) -> None:
        self.reasons = reasons
        lines = "\n".join(f"• {reason}" for reason in reasons)
        super().__init__(f"This incident cannot be closed yet:\n{lines}")


def _describe(follow_up: FollowUp) -> str:
    text = f"“{follow_up.description.strip() or 'untitled action'}”"
    extras = []
    if follow_up.owner.strip():
        extras.append(follow_up.owner.strip())
    if follow_up.due_on is not None:
        extras.append(f"due {short_date(follow_up.due_on)}")
    return f"{text} ({', '.join(extras)})" if extras else text


def closing_problems(incident: Incident, *, has_decision: bool) -> tuple[str, ...]:
    """Every reason the incident cannot be closed now; empty when it can."""
    if incident.status is IncidentStatus.CLOSED:
        return ("It is already closed.",)
    problems: list[str] = []
    if not has_decision:
        problems.append(
            "No decision has been recorded. Complete the assessment and record your decision."
        )
    if not incident.outcome.strip():
        problems.append("The outcome has not been recorded.")
    open_actions = [f for f in incident.follow_ups if f.done_on is None]
    if open_actions:
        listed = "; ".join(_describe(f) for f in open_actions)
        noun = "action is" if len(open_actions) == 1 else "actions are"
        problems.append(
            f"{len(open_actions)} follow-up {noun} still open: {listed}. "
            "Mark each one done, with the date, before closing."
        )
    return tuple(problems)


def check_can_close(incident: Incident, *, has_decision: bool) -> None:
    problems = closing_problems(incident, has_decision=has_decision)
    if problems:
        raise CannotClose(problems)
