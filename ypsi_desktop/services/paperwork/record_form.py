"""The full incident record for the paper child-protection file: every section of the record,
the assessment with its facts, suggestion, decision and reasons, the referrals, the whole
chronology, and signature blocks. Facts and opinion stay apart: opinion appears only under
the assessment and the risk ratings."""

from __future__ import annotations

from collections.abc import Iterable

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import (
    Agency,
    ChronologyEntry,
    IncidentPerson,
    IncidentStatus,
    PersonKind,
    RiskRating,
)
from ypsi_desktop.domain.guidance_text import SHARING_LABELS
from ypsi_desktop.domain.wizard_questions import TEXT_LABELS, TEXT_QUESTIONS

from . import sections, words
from .blocks import (
    Block,
    Fields,
    FormDocument,
    Grid,
    Heading,
    Narrative,
    Note,
    Signatures,
    Subheading,
)
from .snapshot import Decision, IncidentSnapshot

ERASED = "[The text of this entry was erased. The record that it was erased is kept.]"


def entry_text(entry: ChronologyEntry) -> str:
    if entry.erased:
        return ERASED
    if entry.corrects_id is not None:
        return f"Correction of entry {entry.corrects_id}: {entry.body}"
    return entry.body


def chronology_grid(entries: Iterable[ChronologyEntry], references: dict[int, str] | None) -> Grid:
    """The chronology oldest first; with `references`, a column names each entry's incident."""
    ordered = sorted(entries, key=lambda e: (e.occurred_at, e.id or 0))
    if references is None:
        return Grid(
            ("No.", "When", "Entry", "By"),
            tuple(
                (str(e.id or ""), words.entry_time(e.occurred_at), entry_text(e), e.author)
                for e in ordered
            ),
            (0.07, 0.17, 0.58, 0.18),
            empty="No chronology entry recorded.",
        )
    return Grid(
        ("No.", "When", "Incident", "Entry", "By"),
        tuple(
            (
                str(e.id or ""),
                words.entry_time(e.occurred_at),
                references.get(e.incident_id, ""),
                entry_text(e),
                e.author,
            )
            for e in ordered
        ),
        (0.07, 0.17, 0.15, 0.44, 0.17),
        empty="No chronology entry recorded.",
    )


def _person(snap: IncidentSnapshot, link: IncidentPerson) -> list[Block]:
    person = link.person
    if person.kind is PersonKind.ADULT:
        return [Subheading(f"Adult: {person.display_name}"), sections.adult_rows(snap, link)]
    parents = (
        ("Parents or carers aware", words.tri(link.parents_aware)),
        ("Parents' or carers' consent", words.tri(link.parents_consent)),
        ("If not, why not", link.parents_not_informed_reason),
    )
    return [
        Subheading(f"Child: {person.display_name}"),
        Fields(
            sections.child_rows(snap, link).rows
            + sections.family_rows(person).rows
            + sections.professionals_rows(person).rows
            + sections.agency_rows(person).rows
            + parents
        ),
        Narrative("The child's own words", link.own_words),
        Narrative("Notes about this child in this incident", link.notes),
    ]


def _answer(fact: str, value: object) -> str:
    if value is None:
        return words.NOT_KNOWN
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if fact == ids.FACT_SHARING and isinstance(value, str):
        return SHARING_LABELS.get(value, value)
    return str(value)


def _provisional(suggestion: dict[str, object], provisional: object) -> str:
    if provisional:
        return words.guidance(str(provisional))
    if suggestion.get("category") == ids.UNDETERMINED:
        return "Still not determined"
    return "Not needed: the category is settled"


def _decision(decision: Decision) -> list[Block]:
    record = decision.record
    suggestion = record.suggestion

    def listed(key: str, none: str) -> str:
        value = suggestion.get(key)
        items = value if isinstance(value, list) else []
        return words.listed((words.guidance(str(i)) for i in items), none)

    reasons = suggestion.get("reasons")
    provisional = suggestion.get("provisional")
    return [
        Subheading("The facts as answered"),
        Grid(
            ("Question", "Answer"),
            tuple(
                (words.guidance(fact), _answer(fact, record.facts.get(fact))) for fact in ids.FACTS
            ),
            (0.7, 0.3),
        ),
        Fields(
            tuple(
                (TEXT_LABELS[key][0].upper() + TEXT_LABELS[key][1:], record.free_text.get(key, ""))
                for key in TEXT_QUESTIONS
            )
        ),
        Subheading("The app's suggestion"),
        Fields(
            (
                ("Suggested category", words.guidance(str(suggestion.get("category", "")))),
                ("If the unknowns prove harmless", _provisional(suggestion, provisional)),
                ("Suggested route", words.guidance(str(suggestion.get("route", "")))),
                ("Immediate referral triggers", listed("triggers", "None found")),
                ("Points to note", listed("flags", "None")),
                ("Still to establish", listed("missing", "Nothing")),
                ("Rules version", record.rules_version),
            )
        ),
        Narrative(
            "Why the app suggested this",
            "\n".join(str(r) for r in reasons) if isinstance(reasons, list) else "",
        ),
        Subheading("The DSL's decision"),
        Fields(
            (
                ("Category decided", words.guidance(record.category)),
                ("Route decided", words.guidance(record.route)),
                ("Same as the suggestion", "Yes" if record.accepted_suggestion else "No"),
                ("Decided by", decision.decided_by),
                ("When", words.moment(record.decided_at)),
                ("Initial review meeting", words.day(record.review_meeting_on)),
            )
        ),
        Narrative("The DSL's reasons", record.reasons),
    ]


def _referral(snap: IncidentSnapshot, number: int, total: int) -> list[Block]:
    referral = snap.incident.referrals[number - 1]
    children = {c.person.id: c.person.reference for c in snap.children() if c.person.id is not None}
    about = words.listed(sorted(children.get(i, "") for i in referral.children), "Not recorded")
    return [
        Subheading(f"Referral {number} of {total}: {words.AGENCIES[Agency(referral.agency)]}"),
        Fields(
            (
                ("About the children", about),
                ("Date made", words.day(referral.made_on)),
                ("Telephone referral first", words.tri(referral.telephone_first)),
                ("Person spoken to", referral.spoken_to),
                ("The agency's reference", referral.agency_reference),
                ("Risk rating", words.RISK[RiskRating(referral.risk_rating)]),
                ("Reasons for the risk rating", referral.risk_reasons),
                ("Acknowledged on", words.day(referral.acknowledged_on)),
                ("The agency's decision", referral.agency_decision),
            )
        ),
    ]


def incident_record(snap: IncidentSnapshot) -> FormDocument:
    incident = snap.incident
    review = incident.review
    status = "Closed" if IncidentStatus(incident.status) is IncidentStatus.CLOSED else "Open"
    blocks: list[Block] = [
        Heading("Summary"),
        Fields(
            (
                ("Reference", incident.reference),
                ("Status", status),
                ("Led by", incident.owner),
                ("When it came to light", words.moment(incident.came_to_light_at)),
                ("Reported by", incident.reported_by),
            )
        ),
        Narrative("How it came to light", incident.how_came_to_light),
        Heading("People involved"),
    ]
    if not incident.people:
        blocks.append(Note("No one is recorded in this incident yet."))
    for link in incident.people:
        blocks += _person(snap, link)
    blocks += [
        Heading("The imagery as reported"),
        Note(sections.NO_IMAGE),
        *sections.imagery(snap),
        Heading("Initial review meeting"),
        Fields((("Date", words.day(review.held_on)), ("Who attended", review.attendees))),
        Narrative("The five referral triggers as considered", review.triggers_considered),
        Narrative("Notes of the meeting", review.notes),
        Heading("Assessment and decision"),
    ]
    if snap.latest is None:
        blocks.append(Note("Not assessed yet: no classification decision is recorded."))
    else:
        blocks += _decision(snap.latest)
        blocks += [
            Subheading("Every decision recorded"),
            Grid(
                ("When", "Decided by", "Category", "Route"),
                tuple(
                    (
                        words.moment(d.record.decided_at),
                        d.decided_by,
                        words.guidance(d.record.category),
                        words.guidance(d.record.route),
                    )
                    for d in snap.decisions
                ),
                (0.18, 0.22, 0.32, 0.28),
            ),
        ]
    blocks += [
        Heading("Actions"),
        sections.devices(snap),
        Fields(
            (
                ("Parents or carers contacted", words.tri(incident.parents_contacted)),
                ("How and when", incident.parents_contact_details),
                ("If not, why not", incident.parents_not_contacted_reason),
            )
        ),
        sections.advice(snap),
        Heading("Referrals"),
    ]
    total = len(incident.referrals)
    if not total:
        blocks.append(Note("No referral to another agency is recorded."))
    for number in range(1, total + 1):
        blocks += _referral(snap, number, total)
    blocks += [
        Heading("Follow-up actions and support"),
        sections.follow_ups_grid(snap),
        Narrative("Support given", incident.support_given),
        Heading("Outcome"),
        Fields((("Closed on", words.day(incident.closed_on)),)),
        Narrative("Outcome", incident.outcome),
        Heading("Chronology"),
        chronology_grid(snap.chronology, None),
        Heading("Signatures"),
        Signatures(
            (
                ("Record completed by", incident.owner or snap.printed_by),
                ("Checked by", ""),
            )
        ),
    ]
    return FormDocument(
        title="Incident record",
        reference=incident.reference,
        intro="The full record of one incident, for the child-protection file.",
        blocks=tuple(blocks),
    )
