"""What the screens and paperwork say about each guidance id, in the app's own words.

Kept apart from the rules so wording can be improved without touching (or re-testing) the
logic, and so every id has exactly one label and one description wherever it is shown.
British English throughout; nothing here is copied from published guidance.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from ypsi_desktop.domain import guidance_ids as ids

IMAGERY_REMINDER: Final = (
    "Never view, copy, forward, print or save the images or videos, and never ask a young "
    "person to send or show them to you. Describe only what you have been told. If you believe "
    "the imagery itself must be looked at, stop and get police advice first."
)

LABELS: Final = MappingProxyType(
    {
        # Categories
        ids.EXPERIMENTAL_ROMANTIC: "Experimental (romantic)",
        ids.EXPERIMENTAL_ATTENTION_SEEKING: "Experimental (attention seeking)",
        ids.EXPERIMENTAL_OTHER: "Experimental (other)",
        ids.AGGRAVATED_ADULT_INVOLVED: "Aggravated (adult involved)",
        ids.AGGRAVATED_INTENT_TO_HARM: "Aggravated (intent to harm)",
        ids.AGGRAVATED_RECKLESS_MISUSE: "Aggravated (reckless misuse)",
        ids.UNDETERMINED: "Not yet determined",
        # Triggers
        ids.REFER_ADULT: "An adult is involved",
        ids.REFER_COERCION_OR_CONSENT: "Coercion, grooming or doubts about capacity to consent",
        ids.REFER_EXTREME_CONTENT: "Content unusual for the child's age, or violent",
        ids.REFER_UNDER_13_SEXUAL_ACTS: "Sexual acts involving a child under 13",
        ids.REFER_IMMEDIATE_RISK: "A child is at immediate risk of harm",
        # Flags
        ids.FLAG_EXISTING_PROCEDURES: "Consider existing safeguarding procedures as well",
        ids.FLAG_SPECIALIST_SERVICES: "Talk to children's social care and/or the police",
        ids.FLAG_ADULT_IMAGE_LAW: "Someone pictured is an adult",
        ids.FLAG_LADO: "Tell the LADO about the adult",
        # Routes
        ids.ROUTE_REFER_IMMEDIATELY: "Refer now",
        ids.ROUTE_DISCUSS_WITH_SPECIALISTS: "Discuss with specialist services",
        ids.ROUTE_ESTABLISH_FACTS: "Find out more before deciding",
        ids.ROUTE_EXISTING_PROCEDURES: "Follow existing procedures",
        ids.ROUTE_MANAGE_IN_SCHOOL: "Manage in school",
    }
)

DESCRIPTIONS: Final = MappingProxyType(
    {
        ids.EXPERIMENTAL_ROMANTIC: (
            "Nothing criminal or abusive beyond the image itself, no malice, and everyone pictured "
            "took part willingly. Two young people in a continuing relationship made images for "
            "each other, meant to stay between the two of them. Example: a couple in Year 11 "
            "exchange pictures, and a friend mentions it to a teacher."
        ),
        ids.EXPERIMENTAL_ATTENTION_SEEKING: (
            "Nothing criminal or abusive beyond the image itself, no malice, and everyone pictured "
            "took part willingly, but the image went to someone who is not a partner, to a group, "
            "or online, seemingly to attract sexual attention. Example: a student posts a "
            "semi-nude picture of themselves to a group chat of classmates."
        ),
        ids.EXPERIMENTAL_OTHER: (
            "Nothing criminal or abusive beyond the image itself, no malice, and everyone pictured "
            "took part willingly, but neither of the other experimental kinds fits: a young "
            "person made an image of themselves and kept it, or young children with no apparent "
            "sexual motive were involved. Example: a parent finds a picture a pupil took of "
            "themselves and never sent to anyone."
        ),
        ids.AGGRAVATED_ADULT_INVOLVED: (
            "Someone aged 18 or over is involved, for instance by asking for images or by building "
            "a relationship with the child. Example: an online contact who says they are 19 asks "
            "a Year 9 pupil for pictures."
        ),
        ids.AGGRAVATED_INTENT_TO_HARM: (
            "Only young people are involved, but there is malice: the imagery was made, shared or "
            "used to hurt, upset or humiliate, or there is pressure, threats, blackmail, deception "
            "or sexual abuse or exploitation by a young person. Example: after a break-up, a "
            "student sends an ex-partner's picture round the year group."
        ),
        ids.AGGRAVATED_RECKLESS_MISUSE: (
            "Only young people are involved and nobody meant harm, but the image was made, sent "
            "or shown without the pictured young person knowing or properly agreeing. Example: a "
            "pupil shows a friend a picture their partner sent privately, thinking it a joke."
        ),
        ids.UNDETERMINED: (
            "The answers so far do not settle the category. The suggestion will firm up as the "
            "unanswered questions are filled in."
        ),
        ids.REFER_ADULT: (
            "Someone aged 18 or over asked for, received, made or passed on the imagery, or is "
            "believed to have done so. An online contact thought to be an adult counts."
        ),
        ids.REFER_COERCION_OR_CONSENT: (
            "A child was pressured, blackmailed, threatened, deceived or groomed, or there is "
            "doubt about whether a child could consent, for example because of special "
            "educational needs."
        ),
        ids.REFER_EXTREME_CONTENT: (
            "What you have been told about the content points to sexual acts that are unusual for "
            "the child's stage of development, or to violence."
        ),
        ids.REFER_UNDER_13_SEXUAL_ACTS: (
            "The imagery is described as showing sexual acts and someone pictured is under 13. "
            "Both must be true: nudity alone of a child under 13 does not meet this one."
        ),
        ids.REFER_IMMEDIATE_RISK: (
            "A child is in danger of harm now, for example talking about suicide or hurting "
            "themselves."
        ),
        ids.FLAG_EXISTING_PROCEDURES: (
            "The incident looks experimental, but the youngest child involved is 12 or under, or a "
            "child involved is vulnerable. Check it against your procedures for underage sexual "
            "activity, child sexual exploitation and harmful sexual behaviour as well."
        ),
        ids.FLAG_SPECIALIST_SERVICES: (
            "There is at least one aggravating element, so discuss the incident with children's "
            "social care and/or the police rather than deciding alone."
        ),
        ids.FLAG_ADULT_IMAGE_LAW: (
            "Someone pictured is 18 or over. Sharing an adult's intimate image without their "
            "consent is an offence in its own right, so treat their part of the incident with "
            "that in mind."
        ),
        ids.FLAG_LADO: (
            "The adult involved works or volunteers with children. Besides any referral, report "
            "them to the Local Authority Designated Officer (LADO), as for any allegation against "
            "someone who works with children."
        ),
        ids.ROUTE_REFER_IMMEDIATELY: (
            "At least one referral trigger holds. Contact children's social care (MASH) and/or "
            "the police straight away, then record who you spoke to and what was agreed."
        ),
        ids.ROUTE_DISCUSS_WITH_SPECIALISTS: (
            "No referral trigger holds, but something aggravating does. Talk it through with "
            "children's social care and/or the police before settling on a plan."
        ),
        ids.ROUTE_ESTABLISH_FACTS: (
            "Important answers are still missing, and they could change what should happen. Find "
            "them out (without viewing the imagery) before deciding, unless waiting would put a "
            "child at risk."
        ),
        ids.ROUTE_EXISTING_PROCEDURES: (
            "No trigger and nothing aggravating, but the age of a child or a vulnerability means "
            "your existing safeguarding procedures should shape the response."
        ),
        ids.ROUTE_MANAGE_IN_SCHOOL: (
            "No trigger and nothing aggravating. You may handle this within school if you are "
            "confident that the risks can be managed here."
        ),
    }
)

# What choosing to manage in school commits the DSL to; shown beside that route and printed.
MANAGE_IN_SCHOOL_REQUIREMENTS: Final = (
    "You, the DSL, are confident that the risks can be managed within school.",
    "You record the decision and your reasons for it.",
    "Parents or carers are told, unless telling them would put a child at risk.",
    "You can escalate to children's social care or the police at any point if things change.",
)

# Short noun phrases for facts, used in reasons ("Still to establish: …") and summaries.
FACT_LABELS: Final = MappingProxyType(
    {
        ids.FACT_YOUNGEST_AGE: "the age of the youngest person involved",
        ids.FACT_YOUNGEST_PICTURED_AGE: "the age of the youngest person pictured",
        ids.FACT_ADULT_INVOLVED: "whether an adult is involved",
        ids.FACT_ADULT_IN_POSITION_OF_TRUST: "whether the adult works or volunteers with children",
        ids.FACT_PICTURED_ADULT: "whether anyone pictured is an adult",
        ids.FACT_VULNERABLE: "whether a child involved is vulnerable",
        ids.FACT_COERCION: "whether there was pressure, blackmail, threats or grooming",
        ids.FACT_INTENT_TO_HARM: "whether the imagery was meant to hurt or humiliate",
        ids.FACT_EXPLOITATION: "whether there was sexual abuse or exploitation by a young person",
        ids.FACT_PICTURED_WILLING: "whether everyone pictured took part willingly",
        ids.FACT_SHARED_WITHOUT_CONSENT: "whether it went beyond what the pictured person agreed",
        ids.FACT_SHARING: "how far the imagery was shared with agreement",
        ids.FACT_PRE_ADOLESCENT_NO_SEXUAL_MOTIVE: (
            "whether these are young children with no apparent sexual motive"
        ),
        ids.FACT_SEXUAL_ACTS: "whether the imagery shows sexual acts",
        ids.FACT_EXTREME_CONTENT: "whether the content is unusual for the child's age or violent",
        ids.FACT_CAPACITY_CONCERN: "whether there is doubt about capacity to consent",
        ids.FACT_IMMEDIATE_RISK: "whether a child is at immediate risk of harm",
        ids.FACT_MULTIPLE_INCIDENTS: "whether there have been other incidents",
        ids.FACT_AGENCY_INVOLVEMENT: "whether other agencies are or have been involved",
        ids.FACT_SHARED_PUBLICLY: "whether it was shared publicly",
    }
)

SHARING_LABELS: Final = MappingProxyType(
    {
        ids.SHARING_NONE: "Kept by the person who made it (not sent, no plan to send it)",
        ids.SHARING_PARTNER: "Only between two young people in a continuing relationship",
        ids.SHARING_OTHERS: "To someone who is not a partner, to several people, or online",
    }
)


def label(id_: str) -> str:
    """The short on-screen name of a category, trigger, flag, route or fact id."""
    if id_ in LABELS:
        return LABELS[id_]
    if id_ in FACT_LABELS:
        text = FACT_LABELS[id_]
        return text[0].upper() + text[1:]
    raise KeyError(f"no label for {id_!r}")


def description(id_: str) -> str:
    """The longer explanation of a category, trigger, flag or route id."""
    return DESCRIPTIONS[id_]
