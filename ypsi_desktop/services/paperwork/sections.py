"""Sections several forms share: the referrer, an agency's contacts, a child's details, the
imagery as described, the decision, and the actions already taken."""

from __future__ import annotations

from collections.abc import Mapping

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import (
    Agency,
    ContactKind,
    IncidentPerson,
    Person,
    Referral,
    SenStatus,
    UserRole,
)
from ypsi_desktop.domain.case import ChildPlan as Plan
from ypsi_desktop.domain.guidance import Assessment, unresolved_triggers

from . import words
from .blocks import Block, Fields, Grid, Narrative, Note, Subheading
from .snapshot import IncidentSnapshot

NO_IMAGE = (
    "This form carries no image. The imagery is described only as it was reported; it has not "
    "been copied, printed or attached, and YPSI Desktop never stores or prints imagery."
)
_CONTACT_WORDS = {
    ContactKind.MASH: "children's social care (MASH)",
    ContactKind.POLICE: "police",
    ContactKind.LADO: "LADO",
    ContactKind.CEOP: "CEOP",
    ContactKind.OTHER: "other",
}
USER_ROLES = {
    UserRole.DSL: "Designated safeguarding lead",
    UserRole.DEPUTY: "Deputy designated safeguarding lead",
    UserRole.READ_ONLY: "Member of staff",
}


def urgency(referral: Referral | None, agency: str) -> list[Block]:
    """Was the agency phoned first: when, whom, their reference."""
    blocks: list[Block] = []
    if referral is None:
        blocks.append(
            Note(
                f"No referral to {agency} is recorded for this incident yet. Record it in "
                "YPSI Desktop once it is made, with the agency's reference."
            )
        )
        referral = Referral(agency=Agency.OTHER)
    blocks.append(
        Fields(
            (
                ("Telephone referral made first", words.tri(referral.telephone_first)),
                ("Date of referral", words.day(referral.made_on)),
                ("Person spoken to", referral.spoken_to),
                ("The agency's reference", referral.agency_reference),
            )
        )
    )
    return blocks


def contacts(snap: IncidentSnapshot, kind: ContactKind) -> list[Block]:
    found = snap.contacts_of(kind)
    if not found:
        return [
            Note(
                f"No {_CONTACT_WORDS[kind]} contact is recorded in the contacts directory. Add "
                "it in YPSI Desktop: File menu, Setting details and contacts."
            )
        ]
    return [
        Fields(
            (
                ("Name or team", contact.name),
                ("Telephone", contact.telephone),
                ("Email", contact.email),
                ("Address", contact.address),
                ("Notes", contact.notes),
            )
        )
        for contact in found
    ]


def referrer(snap: IncidentSnapshot) -> Fields:
    setting = snap.setting
    lead = snap.incident.owner or snap.printed_by
    role = USER_ROLES[snap.printed_by_role] if lead == snap.printed_by else "Safeguarding lead"
    return Fields(
        (
            ("Name", lead),
            ("Role", role),
            ("Setting", setting.name),
            ("Setting's address", setting.address),
            ("Telephone", setting.telephone),
            ("Email", setting.email),
            ("URN", setting.urn),
        )
    )


def child_rows(snap: IncidentSnapshot, link: IncidentPerson) -> Fields:
    person = link.person
    return Fields(
        (
            ("Name", person.display_name),
            ("Reference", person.reference),
            ("Known as", person.known_as),
            ("Date of birth", words.born(person, snap.on)),
            ("Gender", person.gender),
            ("Ethnicity", person.ethnicity),
            ("First language", person.first_language),
            ("Interpreter needed", words.tri(person.interpreter_needed)),
            ("SEN or EHCP", words.SEN[SenStatus(person.sen)]),
            ("Looked after", words.tri(person.looked_after)),
            ("CP or CIN plan", words.PLAN[Plan(person.plan)]),
            ("UPN", person.upn),
            ("Address", person.address),
            ("School and year", words.school_and_year(person, snap.setting.name)),
            ("Other vulnerability", words.tri(person.vulnerable)),
            ("About the vulnerability", person.vulnerability_notes),
            ("Part in this incident", words.roles(link.roles)),
        )
    )


def family_rows(person: Person) -> Fields:
    return Fields(
        (
            ("Household", person.household),
            ("Who holds parental responsibility", person.parental_responsibility),
        )
    )


def professionals_rows(person: Person) -> Fields:
    return Fields(
        (
            ("Allocated social worker", person.social_worker),
            ("Other professionals involved", person.other_professionals),
        )
    )


def agency_rows(person: Person) -> Fields:
    return Fields(
        (
            ("Previous or current agency involvement", words.tri(person.agency_involvement)),
            ("Details", person.agency_details),
        )
    )


def adult_rows(snap: IncidentSnapshot, link: IncidentPerson) -> Fields:
    person = link.person
    return Fields(
        (
            ("Name", person.display_name),
            ("Reference", person.reference),
            ("Date of birth or age", words.born(person, snap.on)),
            ("Gender", person.gender),
            ("Role or relationship", person.role_or_relationship),
            ("Works or volunteers with children", words.tri(person.works_with_children)),
            ("Address", person.address),
            ("Part in this incident", words.roles(link.roles)),
            ("Notes", link.notes),
        )
    )


def by_reference(links: list[IncidentPerson], *, adults: bool = False) -> str:
    """Other people as references and parts only, never names."""
    parts = []
    for link in links:
        person = link.person
        what = words.roles(link.roles) or "part not recorded"
        if adults:
            extra = person.role_or_relationship or "relationship not recorded"
            works = words.tri(person.works_with_children).lower()
            what = f"{extra}; {what}; works with children: {works}"
        elif person.year_group:
            what = f"{person.year_group}; {what}"
        parts.append(f"{person.reference or 'no reference'} ({what})")
    return words.listed(parts)


def viewing(snap: IncidentSnapshot) -> list[Block]:
    seen = snap.incident.viewing
    if seen.viewed is False:
        statement = "The imagery has not been viewed by staff."
    elif seen.viewed is None:
        statement = "Whether the imagery was viewed is not recorded."
    else:
        statement = (
            "The imagery was viewed, exceptionally. The record of who viewed it, when, why and "
            "who else was present follows."
        )
    blocks: list[Block] = [Note(statement)]
    if seen.viewed:
        blocks.append(
            Fields(
                (
                    ("Viewed by", seen.viewed_by),
                    ("When", words.moment(seen.viewed_at)),
                    ("Why", seen.reason),
                    ("Others present", seen.others_present),
                )
            )
        )
    return blocks


def imagery(snap: IncidentSnapshot) -> list[Block]:
    incident = snap.incident
    return [
        Narrative("The imagery as described (never viewed)", incident.imagery_description),
        *viewing(snap),
        Fields(
            (
                ("Apps or services", incident.apps_services),
                ("Shared publicly", words.tri(incident.shared_publicly)),
                ("Other incidents", words.tri(incident.multiple_incidents)),
            )
        ),
        Narrative("How far it was shared", incident.sharing_extent),
    ]


def decision_rows(snap: IncidentSnapshot) -> Fields:
    latest = snap.latest
    if latest is None:
        return Fields(
            (
                ("Category decided by the DSL", "Not assessed yet"),
                ("Immediate referral triggers", "Not assessed yet"),
            )
        )
    record = latest.record
    triggers = record.suggestion.get("triggers", [])
    flags = record.suggestion.get("flags", [])
    still_open, unknowns = _open_questions(record.suggestion)
    return Fields(
        (
            ("Category decided by the DSL", words.guidance(record.category)),
            ("Route decided", words.guidance(record.route)),
            (
                "Immediate referral triggers",
                words.listed(
                    (words.guidance(str(t)) for t in _seq(triggers)),
                    "None found so far" if still_open else "None found",
                ),
            ),
            # An open trigger is not a "no": the reader must see what could still apply.
            ("Triggers not yet ruled out", words.listed(map(words.guidance, still_open))),
            ("Still to establish", words.listed(map(words.guidance, unknowns), "Nothing")),
            ("Points to note", words.listed(words.guidance(str(f)) for f in _seq(flags))),
            ("Decided by", f"{latest.decided_by}, {words.moment(record.decided_at)}"),
            ("The DSL's reasons", record.reasons),
        )
    )


def _open_questions(suggestion: Mapping[str, object]) -> tuple[list[str], list[str]]:
    """(the triggers not yet ruled out, the facts still to establish) of a saved suggestion,
    each in the guidance's own order."""
    try:
        assessment = Assessment.from_dict(suggestion)
    except (ValueError, TypeError, KeyError):  # written by a newer version: as stored
        missing = [str(m) for m in _seq(suggestion.get("missing"))]
        return [], missing
    still_open = unresolved_triggers(assessment)
    return (
        [t for t in ids.TRIGGER_FACTS if t in still_open],
        [f for f in ids.FACTS if f in assessment.missing],
    )


def _seq(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def advice(snap: IncidentSnapshot) -> Fields:
    incident = snap.incident
    return Fields(
        (
            ("Report Remove advice given", words.tri(incident.advice_report_remove)),
            ("CEOP advice given", words.tri(incident.advice_ceop)),
        )
    )


def devices(snap: IncidentSnapshot) -> Narrative:
    return Narrative("Device status, deletion and device steps taken", snap.incident.device_steps)


def referrals_grid(snap: IncidentSnapshot, *, leave_out: Agency | None = None) -> Grid:
    rows = tuple(
        (
            words.AGENCIES[Agency(r.agency)],
            words.day(r.made_on),
            r.spoken_to,
            r.agency_reference,
            r.agency_decision,
        )
        for r in snap.incident.referrals
        if leave_out is None or Agency(r.agency) is not leave_out
    )
    return Grid(
        ("Agency", "Date", "Spoken to", "Their reference", "Their decision"),
        rows,
        (0.19, 0.14, 0.2, 0.18, 0.29),
        empty="No other referral recorded.",
    )


def follow_ups_grid(snap: IncidentSnapshot) -> Grid:
    rows = tuple(
        (f.description, f.owner, words.day(f.due_on), words.day(f.done_on) or "Not done yet")
        for f in snap.incident.follow_ups
    )
    return Grid(
        ("Follow-up action", "Owner", "Due", "Done"),
        rows,
        (0.46, 0.2, 0.17, 0.17),
        empty="No follow-up action recorded.",
    )


def actions_taken(snap: IncidentSnapshot, *, leave_out: Agency | None = None) -> list[Block]:
    incident = snap.incident
    review = incident.review
    return [
        Subheading("Initial review meeting"),
        Fields((("Date", words.day(review.held_on)), ("Who attended", review.attendees))),
        Subheading("Referrals to other agencies"),
        referrals_grid(snap, leave_out=leave_out),
        Subheading("Parents and carers"),
        Fields(
            (
                ("Parents or carers contacted", words.tri(incident.parents_contacted)),
                ("How and when", incident.parents_contact_details),
                ("If not, why not", incident.parents_not_contacted_reason),
            )
        ),
        Subheading("Advice, support and follow-up"),
        advice(snap),
        Narrative("Support given", incident.support_given),
        follow_ups_grid(snap),
    ]
