"""Reading a decrypted transfer package: every part checked before anything is written.

The package was sealed by another copy of YPSI Desktop, and AES-GCM has already proved it
arrived exactly as sealed; it is still read as strictly as an export (every key known and
present, every value of the right type, every reference resolved), because a different
version may have made it. A problem is reported with where it is, and nothing is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ypsi_desktop.domain.case import (
    FollowUp,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Referral,
    SettingDetails,
)
from ypsi_desktop.domain.text import clean_everywhere
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.services.export_format import (
    MalformedExport,
    at,
    check_keys,
    decode,
    need_bool,
    need_dict,
    need_list,
    need_str,
    opt_date,
    opt_str,
    timestamp,
)
from ypsi_desktop.services.lifetime.transfer_build import CHILD, FORMAT, FORMAT_VERSION
from ypsi_desktop.services.lifetime.transfer_package import PackageError
from ypsi_desktop.storage.transfer_store import (
    IncomingAssessment,
    IncomingEntry,
    IncomingFile,
    placeholder,
)

_TOP = {
    "format",
    "format_version",
    "package_id",
    "training",
    "rules_version",
    "sender",
    "recipient",
    "child",
    "others",
    "incidents",
}
_INCIDENT_EXTRA = (
    "source_reference",
    "people",
    "referrals",
    "follow_ups",
    "assessments",
    "chronology",
)
_ENTRY_KEYS = {
    "key",
    "about_child",
    "occurred_at",
    "recorded_at",
    "author",
    "kind",
    "body",
    "erased",
    "corrects_key",
}
_ASSESSMENT_KEYS = {
    "rules_version",
    "facts",
    "free_text",
    "suggestion",
    "decision",
    "decided_by",
    "decided_at",
    "review_meeting_on",
}
_PACKAGE_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class ReceivedPackage:
    """A checked package, ready to import, with what it says about where it came from."""

    incoming: IncomingFile
    training: bool
    recipient: str
    method: str
    child_name: str
    pseudonyms: tuple[str, ...]


def _int(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedExport(where, "expected a whole number")
    return value


def _people(top: dict[str, Any]) -> tuple[Person, dict[str, Person]]:
    data = need_dict(top["child"], "child")
    child = decode(
        Person,
        data,
        "child",
        skip=("id", "reference"),
        also=("source_reference", "merged_references"),
        extra={"id": -1, "reference": ""},
    )
    if child.kind is not PersonKind.CHILD:
        raise MalformedExport("child", "the person sent is not a child")
    others: dict[str, Person] = {}
    for n, item in enumerate(need_list(top["others"], "others")):
        where = at("others", n + 1)
        entry = need_dict(item, where)
        check_keys(
            entry,
            {
                "pseudonym",
                "kind",
                "age_years",
                "age_on",
                "works_with_children",
                "role_or_relationship",
            },
            where,
        )
        pseudonym = need_str(entry["pseudonym"], at(where, "pseudonym"))
        if not 1 <= len(pseudonym) <= 40 or pseudonym == CHILD or pseudonym in others:
            raise MalformedExport(at(where, "pseudonym"), "not a usable pseudonym")
        kind = entry["kind"]
        if kind not in ("child", "adult"):
            raise MalformedExport(at(where, "kind"), "expected child or adult")
        age = entry["age_years"]
        if age is not None and (_int(age, at(where, "age_years")) < 0 or age > 120):
            raise MalformedExport(at(where, "age_years"), "expected an age from 0 to 120")
        stand_in = placeholder(
            PersonKind(kind),
            pseudonym,
            -2 - n,
            age,
            opt_date(entry["age_on"], at(where, "age_on")),
        )
        works = entry["works_with_children"]
        if works is not None:
            stand_in.works_with_children = need_bool(works, at(where, "works_with_children"))
        stand_in.role_or_relationship = need_str(
            entry["role_or_relationship"], at(where, "role_or_relationship")
        )[:200]
        others[pseudonym] = stand_in
    return child, others


def _incident(
    data: dict[str, Any],
    where: str,
    index: int,
    people: dict[str, Person],
) -> tuple[Incident, str, list[IncomingAssessment], list[IncomingEntry]]:
    incident = decode(
        Incident,
        data,
        where,
        skip=("id", "reference", "people", "referrals", "follow_ups"),
        also=_INCIDENT_EXTRA,
        extra={"id": None, "reference": ""},
    )
    source = need_str(data["source_reference"], at(where, "source_reference"))
    seen: set[str] = set()
    for p, link in enumerate(need_list(data["people"], at(where, "people"))):
        place = at(at(where, "people"), p + 1)
        who = need_str(need_dict(link, place).get("who"), at(place, "who"))
        if who not in people or who in seen:
            raise MalformedExport(place, f"{who!r} is not someone in this package")
        seen.add(who)
        incident.people.append(
            decode(
                IncidentPerson,
                link,
                place,
                skip=("person",),
                also=("who",),
                extra={"person": people[who]},
            )
        )
    for r, item in enumerate(need_list(data["referrals"], at(where, "referrals"))):
        place = at(at(where, "referrals"), r + 1)
        children = [
            need_str(c, place) for c in need_list(need_dict(item, place).get("children"), place)
        ]
        if not set(children) <= seen:
            raise MalformedExport(place, "it concerns someone not in this incident")
        incident.referrals.append(
            decode(
                Referral,
                item,
                place,
                skip=("id", "children"),
                also=("children",),
                extra={"id": None, "children": frozenset(int(people[c].id or 0) for c in children)},
            )
        )
    for f, item in enumerate(need_list(data["follow_ups"], at(where, "follow_ups"))):
        place = at(at(where, "follow_ups"), f + 1)
        incident.follow_ups.append(decode(FollowUp, item, place, skip=("id",), extra={"id": None}))
    assessments: list[IncomingAssessment] = []
    for a, item in enumerate(need_list(data["assessments"], at(where, "assessments"))):
        place = at(at(where, "assessments"), a + 1)
        entry = need_dict(item, place)
        check_keys(entry, _ASSESSMENT_KEYS, place)
        try:
            checked = CompletedAssessment.from_dict(entry).to_dict()
        except ValueError as error:
            raise MalformedExport(place, str(error)) from None
        review = opt_str(entry["review_meeting_on"], at(place, "review_meeting_on"))
        opt_date(review, at(place, "review_meeting_on"))
        assessments.append(
            IncomingAssessment(
                incident_index=index,
                data=checked,
                decided_by=need_str(entry["decided_by"], at(place, "decided_by")),
                decided_at=timestamp(entry["decided_at"], at(place, "decided_at")),
                review_meeting_on=review,
            )
        )
    entries: list[IncomingEntry] = []
    for c, item in enumerate(need_list(data["chronology"], at(where, "chronology"))):
        place = at(at(where, "chronology"), c + 1)
        entry = need_dict(item, place)
        check_keys(entry, _ENTRY_KEYS, place)
        kind = need_str(entry["kind"], at(place, "kind"))
        if not 1 <= len(kind) <= 60:
            raise MalformedExport(at(place, "kind"), "expected 1 to 60 characters")
        corrects = entry["corrects_key"]
        entries.append(
            IncomingEntry(
                key=_int(entry["key"], at(place, "key")),
                incident_index=index,
                about_child=need_bool(entry["about_child"], at(place, "about_child")),
                occurred_at=timestamp(
                    entry["occurred_at"], at(place, "occurred_at"), date_allowed=True
                ),
                recorded_at=timestamp(entry["recorded_at"], at(place, "recorded_at")),
                author=need_str(entry["author"], at(place, "author")),
                kind=kind,
                body=need_str(entry["body"], at(place, "body")),
                erased=need_bool(entry["erased"], at(place, "erased")),
                corrects_key=None
                if corrects is None
                else _int(corrects, at(place, "corrects_key")),
            )
        )
    return incident, source, assessments, entries


def read_payload(content: dict[str, Any], fingerprint: str) -> ReceivedPackage:
    """Check a decrypted package completely; PackageError names the first problem."""
    try:
        cleaned = clean_everywhere(content)  # another school's text meets the typing boundary
        assert isinstance(cleaned, dict)
        return _read(cleaned, fingerprint)
    except RecursionError:
        raise PackageError(
            "This package's content is not laid out as a transfer: it may have been damaged or "
            "made by other software. Nothing was imported."
        ) from None
    except MalformedExport as error:
        place = f" ({error.where})" if error.where else ""
        raise PackageError(
            f"This package's content cannot be read{place}: {error.problem}. It may have been "
            "made by a different version of YPSI Desktop. Nothing was imported."
        ) from None


def _read(top: dict[str, Any], fingerprint: str) -> ReceivedPackage:
    if top.get("format") != FORMAT:
        raise MalformedExport("", "it is not a child's transfer package")
    version = top.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise MalformedExport("format_version", "it was made by a newer version; update first")
    if version != FORMAT_VERSION:
        raise MalformedExport("format_version", f"expected {FORMAT_VERSION}")
    check_keys(top, _TOP, "")
    package_id = need_str(top["package_id"], "package_id")
    if _PACKAGE_ID.fullmatch(package_id) is None:
        raise MalformedExport("package_id", "not a package id")
    sender = need_dict(top["sender"], "sender")
    check_keys(sender, {"setting", "sent_by", "sent_on", "anchor"}, "sender")
    setting = decode(SettingDetails, sender["setting"], at("sender", "setting"))
    sent_on = opt_date(sender["sent_on"], at("sender", "sent_on"))
    if sent_on is None:
        raise MalformedExport(at("sender", "sent_on"), "missing")
    recipient = need_dict(top["recipient"], "recipient")
    check_keys(recipient, {"setting", "method"}, "recipient")
    child, others = _people(top)
    child_data = need_dict(top["child"], "child")
    people: dict[str, Person] = {CHILD: child, **others}
    incidents: list[tuple[Incident, str]] = []
    assessments: list[IncomingAssessment] = []
    chronology: list[IncomingEntry] = []
    for n, item in enumerate(need_list(top["incidents"], "incidents")):
        data = need_dict(item, at("incidents", n + 1))
        label = data.get("source_reference")
        where = at("incidents", label if isinstance(label, str) else n + 1)
        incident, source, found, entries = _incident(data, where, n, people)
        if not any(link.person is child for link in incident.people):
            raise MalformedExport(where, "the child is not in this incident")
        incidents.append((incident, source))
        assessments += found
        chronology += entries
    keys = [e.key for e in chronology]
    if len(set(keys)) != len(keys):
        raise MalformedExport("chronology", "an entry appears twice")
    incoming = IncomingFile(
        child=child,
        placeholders=list(others.values()),
        incidents=incidents,
        assessments=assessments,
        chronology=chronology,
        package_id=package_id,
        fingerprint=fingerprint,
        from_setting=setting.name,
        from_urn=setting.urn,
        sent_by_name=need_str(sender["sent_by"], at("sender", "sent_by")),
        sent_on=sent_on,
        source_anchor=need_str(sender["anchor"], at("sender", "anchor")),
        source_reference=need_str(child_data["source_reference"], at("child", "source_reference")),
    )
    return ReceivedPackage(
        incoming=incoming,
        training=need_bool(top["training"], "training"),
        recipient=need_str(recipient["setting"], at("recipient", "setting")),
        method=need_str(recipient["method"], at("recipient", "method")),
        child_name=child.display_name,
        pseudonyms=tuple(others),
    )


def provenance_lines(package: ReceivedPackage) -> list[str]:
    """What the receiving DSL is shown before importing: where the file came from."""
    incoming = package.incoming
    sent = date.strftime(incoming.sent_on, "%d/%m/%Y")
    lines = [
        f"Child: {package.child_name} (their reference there: {incoming.source_reference})",
        f"From: {incoming.from_setting or 'a setting that gave no name'}"
        + (f" (URN {incoming.from_urn})" if incoming.from_urn else ""),
        f"Sent by: {incoming.sent_by_name or 'not given'} on {sent}",
        f"Sent to: {package.recipient or 'not given'}, by {package.method or 'not given'}",
        f"Incidents: {len(incoming.incidents)}; chronology entries: {len(incoming.chronology)}",
        f"Package fingerprint: {incoming.fingerprint} (compare it with the sender's)",
    ]
    if package.pseudonyms:
        lines.append(
            "Other children and adults are shown as " + ", ".join(package.pseudonyms) + "."
        )
    if package.training:
        lines.append("This package holds TRAINING DATA (made-up records).")
    return lines
