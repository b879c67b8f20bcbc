"""The wizard's questions and steps, as data: what to ask, in which group, and where it lives.

A table rather than code so the dock can render any question the same way, and so a test can
prove every fact of the guidance is asked somewhere. `source` says where the answer's one home
is: answered here, kept on the incident record (pre-filled, confirmed, written back), or derived
from the people table (shown read-only with a link; changed only there).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance_text import FACT_LABELS, SHARING_LABELS


class QuestionKind(StrEnum):
    TRI = "tri"  # yes / no / not known yet
    AGE = "age"  # whole years, or not known yet
    SHARING = "sharing"  # one of three ways, or not known yet
    TEXT = "text"  # free text, kept out of the engine


class Source(StrEnum):
    WIZARD = "wizard"  # answered in the wizard
    RECORD = "record"  # the incident record is its home: pre-filled, confirmed, written back
    PEOPLE = "people"  # derived from the people table; read-only here


@dataclass(frozen=True, slots=True)
class Choice:
    value: object  # what the flow stores: True/False/None, or a sharing id
    label: str


NOT_KNOWN_YET: Final = Choice(None, "Not known yet")
_TRI_CHOICES: Final = (Choice(True, "Yes"), Choice(False, "No"), NOT_KNOWN_YET)
_SHARING_CHOICES: Final = (
    *(Choice(value, SHARING_LABELS[value]) for value in ids.SHARING_VALUES),
    NOT_KNOWN_YET,
)


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: QuestionKind
    source: Source
    prompt: str
    explanation: str
    example: str | None = None

    @property
    def is_fact(self) -> bool:
        """Whether the answer goes to the engine (free text never does)."""
        return self.id in ids.FACT_KINDS

    @property
    def choices(self) -> tuple[Choice, ...]:
        """The fixed answers to offer; empty for ages and free text (a spin box or text box)."""
        if self.kind is QuestionKind.TRI:
            return _TRI_CHOICES
        if self.kind is QuestionKind.SHARING:
            return _SHARING_CHOICES
        return ()


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    title: str
    summary: str
    question_ids: tuple[str, ...]


TEXT_APPS: Final = "apps"
TEXT_EMOTIONAL_IMPACT: Final = "emotional_impact"
TEXT_CRIMINAL_CONSEQUENCES: Final = "criminal_consequences"
TEXT_LONG_TERM_IMPACT: Final = "long_term_impact"
TEXT_REVIEW_MEETING_DATE: Final = "review_meeting_date"
TEXT_REVIEW_MEETING_ATTENDEES: Final = "review_meeting_attendees"
TEXT_QUESTIONS: Final = (
    TEXT_APPS,
    TEXT_EMOTIONAL_IMPACT,
    TEXT_CRIMINAL_CONSEQUENCES,
    TEXT_LONG_TERM_IMPACT,
    TEXT_REVIEW_MEETING_DATE,
    TEXT_REVIEW_MEETING_ATTENDEES,
)

# Short noun phrases for the free-text questions, to name them mid-sentence (the facts' are in
# guidance_text.FACT_LABELS).
TEXT_LABELS: Final = MappingProxyType(
    {
        TEXT_APPS: "the apps or services used",
        TEXT_EMOTIONAL_IMPACT: "the emotional impact",
        TEXT_CRIMINAL_CONSEQUENCES: "the possible criminal consequences",
        TEXT_LONG_TERM_IMPACT: "the possible long-term impact",
        TEXT_REVIEW_MEETING_DATE: "the date of the initial review meeting",
        TEXT_REVIEW_MEETING_ATTENDEES: "who attended the initial review meeting",
    }
)

STEP_CHILDREN: Final = "children"
STEP_MAKING_AND_SHARING: Final = "making_and_sharing"
STEP_INTENT: Final = "intent"
STEP_IMPACT: Final = "impact"
STEP_REVIEW: Final = "review"

_K, _S = QuestionKind, Source
# fmt: off
# Question(id, kind, source, prompt, explanation, example), in the order the wizard asks them.
_Q: Final = (
    # (1) The children and anyone else involved
    Question(ids.FACT_YOUNGEST_AGE, _K.AGE, _S.PEOPLE,
             "How old is the youngest person involved?",
             "Worked out from everyone in the people table except those who only reported it. "
             "It stays unknown until everyone involved has an age or date of birth."),
    Question(ids.FACT_YOUNGEST_PICTURED_AGE, _K.AGE, _S.PEOPLE,
             "How old is the youngest person pictured?",
             "Worked out from the people marked as pictured. Under 13 together with sexual acts "
             "means an immediate referral."),
    Question(ids.FACT_ADULT_INVOLVED, _K.TRI, _S.WIZARD,
             "Is anyone aged 18 or over involved?",
             "Anyone 18 or over who asked for, received, made or passed on the imagery, or is "
             "believed to have. Ages alone never answer this: ask.",
             "An online contact the pupil believes to be an adult counts."),
    Question(ids.FACT_ADULT_IN_POSITION_OF_TRUST, _K.TRI, _S.PEOPLE,
             "Does the adult involved work or volunteer with children?",
             "Taken from the people table. If so, the LADO must be told as well.",
             "A member of staff, a sports coach or a youth leader."),
    Question(ids.FACT_PICTURED_ADULT, _K.TRI, _S.WIZARD,
             "Is anyone pictured aged 18 or over?",
             "The offences about adults' intimate images then apply to their part of it.",
             "A Year 13 student who has turned 18."),
    Question(ids.FACT_VULNERABLE, _K.TRI, _S.PEOPLE,
             "Does a child involved have an additional vulnerability?",
             "Taken from the people table: special educational needs or disability, looked "
             "after, on a child protection or child in need plan, or any other vulnerability. "
             "On its own this never triggers a referral."),
    Question(ids.FACT_AGENCY_INVOLVEMENT, _K.TRI, _S.PEOPLE,
             "Are or were other agencies involved with a child?",
             "Taken from the people table. Recorded for the paperwork; it does not change the "
             "suggestion."),
    Question(ids.FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE, _K.TRI, _S.WIZARD,
             "Are these young, pre-adolescent children with no apparent sexual motive?",
             "Treated as no once the youngest person involved is known to be 13 or over.",
             "Two six-year-olds take photos of each other undressed while playing."),
    # (2) How the imagery was made and shared
    Question(ids.FACT_PICTURED_WILLING, _K.TRI, _S.WIZARD,
             "Did everyone pictured knowingly and willingly take part in the image being made?",
             "No means the image was made without someone's knowledge or real agreement.",
             "A photo taken in a changing room without the person knowing."),
    Question(ids.FACT_SHARED_WITHOUT_CONSENT, _K.TRI, _S.WIZARD,
             "Was the imagery sent, shown or passed on beyond what the person pictured agreed to?",
             "Any forwarding or showing they did not agree to counts.",
             "A picture sent privately to a partner is shown to friends."),
    Question(ids.FACT_SHARING, _K.SHARING, _S.WIZARD,
             "How far did the imagery go with the pictured young person's agreement?",
             "Only what they agreed to; anything beyond that is the previous question."),
    Question(ids.FACT_SHARED_PUBLICLY, _K.TRI, _S.RECORD,
             "Was it shared publicly (posted online or widely passed round)?",
             "Kept on the incident record. Recorded for the paperwork; it does not change the "
             "suggestion."),
    Question(TEXT_APPS, _K.TEXT, _S.RECORD,
             "Which apps, sites or services were used?",
             "Kept on the incident record. Write what you have been told; never open them to "
             "look.", "A messaging app and a photo-sharing app."),
    Question(ids.FACT_MULTIPLE_INCIDENTS, _K.TRI, _S.RECORD,
             "Is this one of several incidents?",
             "Kept on the incident record and shown on the paperwork; it does not change the "
             "suggestion."),
    # (3) Intent and motivation
    Question(ids.FACT_INTENT_TO_HARM, _K.TRI, _S.WIZARD,
             "Was the imagery made, shared or used to hurt, upset or humiliate someone?",
             "Malice makes the incident aggravated.",
             "Sent round a year group after a falling-out."),
    Question(ids.FACT_COERCION, _K.TRI, _S.WIZARD,
             "Was there pressure, blackmail, threats, deception or grooming?",
             "Any of these means an immediate referral.",
             "Someone threatens to share a picture unless they are sent more."),
    Question(ids.FACT_EXPLOITATION, _K.TRI, _S.WIZARD,
             "Is there sexual abuse or exploitation by a young person, beyond the imagery itself?",
             "Makes the incident aggravated."),
    # (4) Impact
    Question(ids.FACT_IMMEDIATE_RISK, _K.TRI, _S.WIZARD,
             "Is any child at immediate risk of harm?",
             "Any immediate risk means an immediate referral.",
             "A pupil talks about ending their life after the image spread."),
    Question(ids.FACT_CAPACITY_CONCERN, _K.TRI, _S.WIZARD,
             "Is there any doubt about a child's capacity to consent?",
             "Any doubt means an immediate referral.",
             "A pupil whose special educational needs affect their understanding."),
    Question(ids.FACT_SEXUAL_ACTS, _K.TRI, _S.WIZARD,
             "From what you have been told, does the imagery show sexual acts?",
             "Rather than nudity or semi-nudity. Never look at the imagery to find out."),
    Question(ids.FACT_EXTREME_CONTENT, _K.TRI, _S.WIZARD,
             "From what you have been told, are the acts unusual for the child's stage of "
             "development, or is there violence?",
             "Either means an immediate referral. Never look at the imagery to find out."),
    Question(TEXT_EMOTIONAL_IMPACT, _K.TEXT, _S.WIZARD,
             "What has the emotional impact been on the children involved?",
             "Facts and what the children said, kept apart from your opinion."),
    Question(TEXT_CRIMINAL_CONSEQUENCES, _K.TEXT, _S.WIZARD,
             "What criminal consequences could follow?",
             "Remember that criminalising children for images of themselves should be avoided "
             "where possible."),
    Question(TEXT_LONG_TERM_IMPACT, _K.TEXT, _S.WIZARD,
             "What could the long-term impact be?",
             "For example on wellbeing, friendships, reputation or schooling."),
    # (5) Review and decision
    Question(TEXT_REVIEW_MEETING_DATE, _K.TEXT, _S.RECORD,
             "When was the initial review meeting held?",
             "Kept on the incident record."),
    Question(TEXT_REVIEW_MEETING_ATTENDEES, _K.TEXT, _S.RECORD,
             "Who attended the initial review meeting?",
             "Kept on the incident record. The five referral triggers are listed below so the "
             "meeting can show it considered each one."),
)
# fmt: on

QUESTIONS: Final = MappingProxyType({q.id: q for q in _Q})


def _ids(first: str, last: str) -> tuple[str, ...]:
    order = [q.id for q in _Q]
    return tuple(order[order.index(first) : order.index(last) + 1])


STEPS: Final = (
    Step(
        STEP_CHILDREN,
        "The children and anyone else involved",
        "Who is involved, how old they are, and whether an adult is part of it.",
        _ids(ids.FACT_YOUNGEST_AGE, ids.FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE),
    ),
    Step(
        STEP_MAKING_AND_SHARING,
        "How the imagery was made and shared",
        "Whether everyone took part willingly, and how far the imagery went.",
        _ids(ids.FACT_PICTURED_WILLING, ids.FACT_MULTIPLE_INCIDENTS),
    ),
    Step(
        STEP_INTENT,
        "Intent and motivation",
        "Whether anyone meant harm, applied pressure or exploited someone.",
        _ids(ids.FACT_INTENT_TO_HARM, ids.FACT_EXPLOITATION),
    ),
    Step(
        STEP_IMPACT,
        "Impact",
        "Risks to the children now and later, and what the content is said to show.",
        _ids(ids.FACT_IMMEDIATE_RISK, TEXT_LONG_TERM_IMPACT),
    ),
    Step(
        STEP_REVIEW,
        "Review and decision",
        "Check the suggestion, then record your decision and, if it differs, why.",
        _ids(TEXT_REVIEW_MEETING_DATE, TEXT_REVIEW_MEETING_ATTENDEES),
    ),
)

# The questions whose answers feed a referral trigger; the dock must always show them.
TRIGGER_QUESTIONS: Final = frozenset(f for facts in ids.TRIGGER_FACTS.values() for f in facts)


def short_label(question_id: str) -> str:
    """A lower-case noun phrase naming any question, for use inside a sentence."""
    if question_id in FACT_LABELS:
        return FACT_LABELS[question_id]
    return TEXT_LABELS[question_id]
