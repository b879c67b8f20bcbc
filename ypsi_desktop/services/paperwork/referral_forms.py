"""The three referrals: to children's social care (MASH, one per child), to the police, and
to the LADO when an adult involved works or volunteers with children.

Sections follow GUIDANCE.md "What a referral form holds". On a child's MASH referral the other
children appear by reference only; names of other children belong on their own referrals.
"""

from __future__ import annotations

from ypsi_desktop.domain.case import Agency, ContactKind, IncidentPerson, RiskRating

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
from .snapshot import IncidentSnapshot


def _what_happened(snap: IncidentSnapshot) -> list[Block]:
    incident = snap.incident
    return [
        Fields(
            (
                ("When it came to light", words.moment(incident.came_to_light_at)),
                ("Reported by", incident.reported_by),
            )
        ),
        Narrative("How it came to light (facts only)", incident.how_came_to_light),
    ]


def _risk(snap: IncidentSnapshot, agency: Agency, child_id: int | None = None) -> list[Block]:
    referral = snap.referral_to(agency, child_id)
    rating = RiskRating(referral.risk_rating) if referral is not None else RiskRating.UNKNOWN
    return [
        Subheading("Risk"),
        Fields(
            (
                ("Risk rating", words.RISK[rating]),
                ("Reasons for the risk rating", referral.risk_reasons if referral else ""),
            )
        ),
    ]


def _signature(snap: IncidentSnapshot) -> list[Block]:
    lead = snap.incident.owner or snap.printed_by
    return [
        Heading("Signature"),
        Signatures((("Referrer", lead), ("Designated safeguarding lead", ""))),
    ]


def mash_referral(snap: IncidentSnapshot, link: IncidentPerson) -> FormDocument:
    incident, child = snap.incident, link.person
    others = [c for c in snap.children() if c is not link]
    referral = snap.referral_to(Agency.MASH, child.id)
    blocks: list[Block] = [
        Heading("Urgency"),
        *sections.urgency(referral, "children's social care"),
        Heading("Sent to"),
        *sections.contacts(snap, ContactKind.MASH),
        Heading("Referrer"),
        sections.referrer(snap),
        Heading("Consent and parental awareness"),
        Fields(
            (
                ("Parents or carers aware of the referral", words.tri(link.parents_aware)),
                ("Consent to the referral given", words.tri(link.parents_consent)),
                (
                    "If not aware or no consent, why the referral goes ahead",
                    link.parents_not_informed_reason,
                ),
                (
                    "Parents or carers contacted by the setting",
                    words.tri(incident.parents_contacted),
                ),
                ("How and when", incident.parents_contact_details),
                ("If not contacted, why not", incident.parents_not_contacted_reason),
            )
        ),
        Heading("The child"),
        sections.child_rows(snap, link),
        Heading("Household and significant adults"),
        sections.family_rows(child),
        Heading("Other professionals involved"),
        sections.professionals_rows(child),
        Heading("Previous or current agency involvement"),
        sections.agency_rows(child),
        Heading("Reason for referral"),
        *_what_happened(snap),
        Narrative("The child's own words", link.own_words),
        Narrative("Disclosure and other details about this child", link.notes),
        *_risk(snap, Agency.MASH, child.id),
        Heading("Imagery annex"),
        Note(sections.NO_IMAGE),
        sections.decision_rows(snap),
        Fields(
            (
                ("Other children involved (by reference)", sections.by_reference(others)),
                (
                    "Adults involved (by reference)",
                    sections.by_reference(snap.adults(), adults=True),
                ),
            )
        ),
        *sections.imagery(snap),
        sections.devices(snap),
        sections.advice(snap),
        Heading("Actions already taken"),
        *sections.actions_taken(snap, leave_out=Agency.MASH),
        *_signature(snap),
    ]
    return FormDocument(
        title="Referral to children's social care (MASH)",
        reference=f"{incident.reference}, child {child.reference}",
        intro=(
            "Youth-produced sexual imagery: a referral for one child. Other children are named "
            "by reference only."
        ),
        blocks=tuple(blocks),
    )


def police_referral(snap: IncidentSnapshot) -> FormDocument:
    incident = snap.incident
    blocks: list[Block] = [
        Heading("Urgency"),
        *sections.urgency(snap.referral_to(Agency.POLICE), "the police"),
        Heading("Sent to"),
        *sections.contacts(snap, ContactKind.POLICE),
        Heading("Referrer"),
        sections.referrer(snap),
        Heading("What happened"),
        *_what_happened(snap),
        Heading("Children involved"),
    ]
    children = snap.children()
    if not children:
        blocks.append(Note("No child is recorded in this incident yet."))
    for number, link in enumerate(children, 1):
        blocks += [
            Subheading(f"Child {number} of {len(children)}"),
            sections.child_rows(snap, link),
            Narrative("The child's own words", link.own_words),
        ]
    blocks.append(Heading("Adults involved"))
    adults = snap.adults()
    if not adults:
        blocks.append(Note("No adult is recorded in this incident."))
    for number, link in enumerate(adults, 1):
        blocks += [Subheading(f"Adult {number} of {len(adults)}"), sections.adult_rows(snap, link)]
    blocks += [
        Heading("The imagery"),
        Note(sections.NO_IMAGE),
        *sections.imagery(snap),
        sections.devices(snap),
        Heading("Assessment"),
        sections.decision_rows(snap),
        *_risk(snap, Agency.POLICE),
        Heading("Actions already taken"),
        *sections.actions_taken(snap, leave_out=Agency.POLICE),
        *_signature(snap),
    ]
    return FormDocument(
        title="Referral to the police",
        reference=incident.reference,
        intro="Youth-produced sexual imagery: the incident, everyone involved and what was done.",
        blocks=tuple(blocks),
    )


def lado_referral(snap: IncidentSnapshot) -> FormDocument:
    incident = snap.incident
    adults = snap.adults_working_with_children()
    blocks: list[Block] = [
        Heading("Urgency"),
        *sections.urgency(snap.referral_to(Agency.LADO), "the LADO"),
        Heading("Sent to"),
        *sections.contacts(snap, ContactKind.LADO),
        Heading("Referrer"),
        sections.referrer(snap),
        Heading("The adult"),
    ]
    if not adults:
        blocks.append(Note("No adult in this incident is recorded as working with children."))
    for number, link in enumerate(adults, 1):
        blocks += [Subheading(f"Adult {number} of {len(adults)}"), sections.adult_rows(snap, link)]
    children = snap.children()
    blocks += [
        Heading("The allegation"),
        *_what_happened(snap),
        Note(sections.NO_IMAGE),
        *sections.imagery(snap),
        Heading("Children involved (by reference)"),
        Grid(
            ("Reference", "Age or date of birth", "Year group", "Part in the incident"),
            tuple(
                (
                    c.person.reference,
                    words.born(c.person, snap.on),
                    c.person.year_group,
                    words.roles(c.roles),
                )
                for c in children
            ),
            (0.16, 0.34, 0.16, 0.34),
            empty="No child is recorded in this incident yet.",
        ),
        Heading("Assessment"),
        sections.decision_rows(snap),
        *_risk(snap, Agency.LADO),
        Heading("Actions already taken"),
        sections.devices(snap),
        *sections.actions_taken(snap, leave_out=Agency.LADO),
        *_signature(snap),
    ]
    return FormDocument(
        title="Referral to the Local Authority Designated Officer (LADO)",
        reference=incident.reference,
        intro=(
            "An adult who works or volunteers with children is involved in an incident of "
            "youth-produced sexual imagery."
        ),
        blocks=tuple(blocks),
    )
