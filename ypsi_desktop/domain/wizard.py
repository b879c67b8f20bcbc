"""The classification wizard's flow: steps, answers, Back, the live suggestion and the decision.

No UI lives here (as in Electrum's wizard engine): the dock asks for `view()`, renders the step,
hands answers to `answer()` and shows `assessment`. Every rule is in the engine, every question
in wizard_questions, so whole judgements can be tested with plain data.

Three promises the dock relies on:
- Nothing is ever hidden. Every question of a step is in its view; `matters` only marks those
  whose answer could still change the suggestion, and trigger questions are always shown.
- Back never loses work. It returns to the step you came from (a stack, so it also undoes a
  jump), with that step's answers exactly as you left them, and answers given later are kept:
  record answers may already have been written back to the incident record.
- A decision always belongs to the suggestion it was made against. Any change to the facts
  clears it, and overriding the suggestion needs written reasons.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance import Assessment, assess, unresolved_triggers
from ypsi_desktop.domain.people_facts import PersonFacts, derive_people_facts
from ypsi_desktop.domain.wizard_decision import (
    CompletedAssessment,
    Decision,
    WizardError,
    make_decision,
)
from ypsi_desktop.domain.wizard_questions import (
    QUESTIONS,
    STEPS,
    TRIGGER_QUESTIONS,
    Question,
    QuestionKind,
    Source,
    Step,
    short_label,
)

__all__ = [
    "QuestionState",
    "StepView",
    "TriggerStatus",
    "WizardError",
    "WizardFlow",
    "trigger_checklist",
]


class TriggerStatus(StrEnum):
    HOLDS = "holds"
    NOT_RULED_OUT = "not_ruled_out"
    RULED_OUT = "ruled_out"


def trigger_checklist(assessment: Assessment) -> tuple[tuple[str, TriggerStatus], ...]:
    """All five referral triggers with where each stands, for the initial review meeting.

    The record must show the meeting considered every trigger, so all five are listed even when
    one already holds.
    """
    still_open = unresolved_triggers(assessment)

    def status(trigger: str) -> TriggerStatus:
        if trigger in assessment.triggers:
            return TriggerStatus.HOLDS
        if trigger in still_open:
            return TriggerStatus.NOT_RULED_OUT
        return TriggerStatus.RULED_OUT

    return tuple((trigger, status(trigger)) for trigger in ids.TRIGGERS)


@dataclass(frozen=True, slots=True)
class QuestionState:
    """One question as the dock should render it right now."""

    question: Question
    value: object  # None = not known yet
    read_only: bool  # derived from the people table: show with a link, never an input
    matters: bool  # unanswered and could still change the suggestion
    feeds_trigger: bool  # a referral trigger reads it: never hide it
    confirmed: bool  # False only for a record answer the DSL has not yet confirmed


@dataclass(frozen=True, slots=True)
class StepView:
    """Everything the dock needs to draw the current step and the live suggestion."""

    step: Step
    index: int
    count: int
    questions: tuple[QuestionState, ...]
    assessment: Assessment
    decision: Decision | None
    can_go_back: bool
    is_last: bool


def _normalise(question: Question, value: object) -> object:
    """Free text is stored trimmed, blank meaning not known yet; facts are checked by the engine."""
    if question.kind is QuestionKind.TEXT:
        if value is None:
            return None
        if not isinstance(value, str):
            raise WizardError(f"{question.id}: expected text, got {value!r}")
        return value.strip() or None
    return value


class WizardFlow:
    """One run of the wizard over one incident.

    `people` are the incident's people-table entries (the five derived facts come from them);
    `record` holds the incident record's current values for the record-sourced questions, which
    pre-fill the wizard; `answers` resumes a saved draft.
    """

    def __init__(
        self,
        *,
        people: Iterable[PersonFacts] = (),
        record: Mapping[str, object] | None = None,
        answers: Mapping[str, object] | None = None,
    ) -> None:
        self._people: dict[str, object] = dict(derive_people_facts(people))
        self._answers: dict[str, object] = {}
        self._record: dict[str, object] = {}
        self._confirmed: set[str] = set()
        self._index = 0
        self._history: list[int] = []
        self._decision: Decision | None = None
        for qid, value in (record or {}).items():
            question = self._question(qid)
            if question.source is not Source.RECORD:
                raise WizardError(f"{qid}: not held on the incident record")
            self._record[qid] = self._answers[qid] = _normalise(question, value)
        for qid, value in (answers or {}).items():
            question = self._question(qid)
            self._refuse_people(question)
            self._answers[qid] = _normalise(question, value)
        self._assessment = self._assess(self._answers)

    # --- Reading -----------------------------------------------------------------------------

    @property
    def assessment(self) -> Assessment:
        """The live suggestion for everything known so far."""
        return self._assessment

    @property
    def decision(self) -> Decision | None:
        return self._decision

    @property
    def step(self) -> Step:
        return STEPS[self._index]

    def view(self) -> StepView:
        missing = self._assessment.missing
        states = tuple(
            QuestionState(
                question=q,
                value=self.value(q.id),
                read_only=q.source is Source.PEOPLE,
                matters=q.id in missing,
                feeds_trigger=q.id in TRIGGER_QUESTIONS,
                confirmed=q.source is not Source.RECORD or q.id in self._confirmed,
            )
            for q in (QUESTIONS[qid] for qid in self.step.question_ids)
        )
        return StepView(
            step=self.step,
            index=self._index,
            count=len(STEPS),
            questions=states,
            assessment=self._assessment,
            decision=self._decision,
            can_go_back=bool(self._history),
            is_last=self._index == len(STEPS) - 1,
        )

    def value(self, question_id: str) -> object:
        """The current answer to any question (people facts included); None = not known yet."""
        question = self._question(question_id)
        if question.source is Source.PEOPLE:
            return self._people.get(question_id)
        return self._answers.get(question_id)

    def answers(self) -> dict[str, object]:
        """Every answer given in this run (record-held ones included, people facts not), as
        plain values: what an autosaved draft keeps so the run can be resumed exactly."""
        return dict(self._answers)

    def facts(self) -> dict[str, object]:
        """The engine facts known so far, people facts included (absent = unknown)."""
        merged = {k: v for k, v in self._answers.items() if k in ids.FACT_KINDS}
        merged.update(self._people)
        return {k: v for k, v in merged.items() if v is not None}

    def free_text(self) -> dict[str, str]:
        return {
            k: str(v)
            for k, v in self._answers.items()
            if v is not None and QUESTIONS[k].kind is QuestionKind.TEXT
        }

    def record_updates(self) -> dict[str, object]:
        """Record-sourced answers changed here, for the caller to write back to the record."""
        return {
            qid: value
            for qid, value in self._answers.items()
            if QUESTIONS[qid].source is Source.RECORD and value != self._record.get(qid)
        }

    def unconfirmed(self) -> tuple[str, ...]:
        """Pre-filled record answers the DSL has not confirmed yet, in question order."""
        return tuple(
            q.id
            for q in QUESTIONS.values()
            if q.source is Source.RECORD
            and self._record.get(q.id) is not None
            and q.id not in self._confirmed
        )

    # --- Answering ---------------------------------------------------------------------------

    def answer(self, question_id: str, value: object) -> Assessment:
        """Record an answer on the current step and return the new suggestion.

        Raises WizardError (a ValueError) with a message fit for the DSL when the question is
        derived from the people table, is on another step, or the value is not acceptable.
        """
        question = self._question(question_id)
        self._refuse_people(question)
        if question_id not in self.step.question_ids:
            raise WizardError(
                f"{question_id}: that question is on another step; go to it to change it"
            )
        value = _normalise(question, value)
        answers = {**self._answers, question_id: value}
        assessment = self._assess(answers)
        self._commit(answers, assessment)
        if question.source is Source.RECORD:
            self._confirmed.add(question_id)
        return assessment

    def confirm(self, question_id: str) -> None:
        """Confirm a pre-filled record answer without changing it."""
        if self._question(question_id).source is not Source.RECORD:
            raise WizardError(
                f"{question_id}: only answers from the incident record need confirming"
            )
        self._confirmed.add(question_id)

    def update_people(self, people: Iterable[PersonFacts]) -> Assessment:
        """Re-derive the people facts after the people table changed."""
        derived: dict[str, object] = dict(derive_people_facts(people))
        if derived != self._people:
            assessment = self._assess(self._answers, derived)
            self._people = derived
            self._commit(self._answers, assessment)
            self._decision = None
        return self._assessment

    def update_record(self, values: Mapping[str, object]) -> Assessment:
        """Take in record-sourced values changed on the incident record itself.

        A value that changes needs confirming again: the DSL confirmed the old one. A value
        the record still holds as before is left alone, so an answer given here and not yet
        written back (`record_updates`) survives a save of the record for other reasons.
        """
        answers = dict(self._answers)
        record = dict(self._record)
        changed: list[str] = []
        for qid, raw in values.items():
            question = self._question(qid)
            if question.source is not Source.RECORD:
                raise WizardError(f"{qid}: not held on the incident record")
            value = _normalise(question, raw)
            if qid in record and record[qid] == value:
                continue
            record[qid] = value
            if answers.get(qid) != value:
                answers[qid] = value
                changed.append(qid)
        assessment = self._assess(answers)
        self._record = record
        self._commit(answers, assessment)
        self._confirmed.difference_update(changed)
        return assessment

    # --- Moving ------------------------------------------------------------------------------

    def next(self) -> StepView:
        """Go on to the next step; the record answers on this one count as confirmed."""
        if self._index == len(STEPS) - 1:
            raise WizardError("This is the last step: record your decision to finish.")
        self._confirmed.update(
            qid for qid in self.step.question_ids if QUESTIONS[qid].source is Source.RECORD
        )
        self._history.append(self._index)
        self._index += 1
        return self.view()

    def back(self) -> StepView:
        """Return to the step you came from, its answers as you left them."""
        if not self._history:
            raise WizardError("This is the first step.")
        self._index = self._history.pop()
        return self.view()

    def go_to(self, step_id: str) -> StepView:
        """Jump to a step (e.g. from the review to change an answer); Back returns here."""
        for index, step in enumerate(STEPS):
            if step.id == step_id:
                if index != self._index:
                    self._history.append(self._index)
                    self._index = index
                return self.view()
        raise WizardError(f"There is no step {step_id!r}.")

    # --- Deciding ----------------------------------------------------------------------------

    def decide(self, category: str, route: str, reasons: str = "") -> Decision:
        """Record the DSL's decision against the current suggestion (see make_decision)."""
        self._decision = make_decision(self._assessment, category, route, reasons)
        return self._decision

    def accept(self, notes: str = "") -> Decision:
        """Accept the suggested category and route as they stand, with optional notes."""
        return self.decide(self._assessment.category, self._assessment.route, notes)

    def complete(self) -> CompletedAssessment:
        """Everything the storage layer saves for this assessment."""
        if self._decision is None:
            raise WizardError("Record your decision before finishing.")
        pending = self.unconfirmed()
        if pending:
            names = "; ".join(short_label(q) for q in pending)
            raise WizardError(f"Confirm the answers taken from the incident record first: {names}.")
        return CompletedAssessment(
            facts=MappingProxyType(self.facts()),
            free_text=MappingProxyType(self.free_text()),
            suggestion=self._assessment,
            decision=self._decision,
        )

    # --- Internals ---------------------------------------------------------------------------

    @staticmethod
    def _question(question_id: str) -> Question:
        question = QUESTIONS.get(question_id)
        if question is None:
            raise WizardError(f"There is no question {question_id!r}.")
        return question

    @staticmethod
    def _refuse_people(question: Question) -> None:
        if question.source is Source.PEOPLE:
            text = short_label(question.id)
            raise WizardError(
                f"{text[0].upper()}{text[1:]} is worked out from the people table; change it there."
            )

    def _assess(
        self, answers: Mapping[str, object], people: Mapping[str, object] | None = None
    ) -> Assessment:
        facts = {k: v for k, v in answers.items() if k in ids.FACT_KINDS}
        facts.update(self._people if people is None else people)
        try:
            return assess(facts)
        except ValueError as error:
            raise WizardError(str(error)) from error

    def _commit(self, answers: dict[str, object], assessment: Assessment) -> None:
        if answers != self._answers or assessment != self._assessment:
            self._decision = None
        self._answers = answers
        self._assessment = assessment
