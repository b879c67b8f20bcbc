"""Reading a whole export document: every record checked and every reference resolved
before anything is written, so a file that is wrong anywhere imports nothing.

The checks follow what the case file itself would refuse (unknown people in an incident, a
referral about someone not in it, a correction of a later entry, duplicate ids or references)
and say where in the file the problem is, so a DSL can pass the message on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from ypsi_desktop.domain.calendar import BankHoliday
from ypsi_desktop.domain.case import (
    Contact,
    FollowUp,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Referral,
    SettingDetails,
    UserRole,
)
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.services.export_format import (
    FORMAT,
    FORMAT_VERSION,
    MalformedExport,
    at,
    check_keys,
    decode,
    enum_reader,
    need_bool,
    need_dict,
    need_id,
    need_list,
    need_str,
    opt_date,
    opt_str,
    timestamp,
)
from ypsi_desktop.storage.case_import import INCIDENT_REFERENCE, PERSON_REFERENCE
from ypsi_desktop.storage.case_transfer import (
    AssessmentRow,
    ChronologyRow,
    MergeRow,
    PersonRow,
    RecordTimes,
)
from ypsi_desktop.storage.chain import parse_anchor
from ypsi_desktop.storage.lifetime_rows import LIFETIME_TABLES, LifetimeTable
from ypsi_desktop.storage.schema import SCHEMA_VERSION_RANGE

_TOP: Final = frozenset(
    {
        "format",
        "format_version",
        "schema_version",
        "rules_version",
        "training",
        "source",
        "setting",
        "settings",
        "contacts",
        "bank_holidays",
        "users",
        "people",
        "person_merges",
        "incidents",
        "assessments",
        "chronology",
    }
    | {spec.key for spec in LIFETIME_TABLES}
)
_PERSON_EXTRA: Final = (
    "merged_into",
    "merged_at",
    "disposed_at",
    "placeholder",
    "created_at",
    "updated_at",
)
# Added with the records' lifetime (schema 3); an export made before then has neither.
_PERSON_LATER: Final = {"disposed_at": None, "placeholder": False}
_INCIDENT_EXTRA: Final = (
    "people",
    "referrals",
    "follow_ups",
    "created_at",
    "updated_at",
    "created_by",
    "disposed_at",
)
_ASSESSMENT_KEYS: Final = frozenset(
    {"id", "incident", "decided_by", "decided_at", "review_meeting_on"}
    | {"rules_version", "facts", "free_text", "suggestion", "decision"}
)
_CHRONOLOGY_KEYS: Final = frozenset(
    {"id", "incident", "person", "occurred_at", "recorded_at", "author", "kind", "body"}
    | {"corrects_id", "erased"}
)
_MERGE_KEYS: Final = frozenset(
    {"id", "survivor", "absorbed", "links_moved", "merged_by", "merged_at"}
)


@dataclass
class ParsedExport:
    """A checked export, every cross-reference resolved, ready to be written."""

    anchor: str
    training: bool
    setting: SettingDetails
    settings: dict[str, str]
    contacts: list[Contact]
    bank_holidays: list[BankHoliday]
    users: list[tuple[str, str]]
    people: list[PersonRow]
    merges: list[MergeRow]
    incidents: list[tuple[Incident, RecordTimes]]
    assessments: list[AssessmentRow]
    chronology: list[ChronologyRow]
    lifetime: dict[str, list[dict[str, object]]]  # storage/lifetime_rows.py, by export key


def _bank_holidays(value: object) -> list[BankHoliday]:
    found: list[BankHoliday] = []
    seen: set[object] = set()
    for n, item in enumerate(need_list(value, "bank_holidays")):
        where = at("bank_holidays", n + 1)
        entry = need_dict(item, where)
        check_keys(entry, {"day", "note"}, where)
        try:
            day = date.fromisoformat(need_str(entry["day"], at(where, "day")))
        except ValueError:
            raise MalformedExport(at(where, "day"), "not a date (YYYY-MM-DD)") from None
        note = need_str(entry["note"], at(where, "note"))
        if len(note) > 60:
            raise MalformedExport(at(where, "note"), "longer than 60 characters")
        _unique(seen, day, "bank_holidays", "the day")
        found.append(BankHoliday(day, note))
    return found


def _header(top: dict[str, Any]) -> None:
    if top.get("format") != FORMAT:
        raise MalformedExport("", "it is not a YPSI Desktop case file export")
    version = top.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise MalformedExport(
            "format_version",
            "it was made by a newer version of YPSI Desktop; update this copy first",
        )
    if version not in range(1, FORMAT_VERSION + 1):
        raise MalformedExport("format_version", f"expected 1 to {FORMAT_VERSION}")
    if version == 1:  # before bank holidays were kept: none listed
        top.setdefault("bank_holidays", [])
    if version in (1, 2):  # before records of a file's lifetime were carried: none
        for spec in LIFETIME_TABLES:
            top.setdefault(spec.key, [])
    check_keys(top, set(_TOP) | ({"audit_log"} & set(top)), "")
    schema = need_id(top["schema_version"], "schema_version")
    if schema > SCHEMA_VERSION_RANGE[1]:
        raise MalformedExport(
            "schema_version",
            "it was made by a newer version of YPSI Desktop; update this copy first",
        )
    need_str(top["rules_version"], "rules_version")
    if "audit_log" in top:
        need_list(top["audit_log"], "audit_log")  # kept in the export, never replayed


def _unique(seen: set[Any], value: object, where: str, what: str) -> None:
    if value in seen:
        raise MalformedExport(where, f"{what} {value!r} appears twice")
    seen.add(value)


class _Reader:
    """Reads the record lists in dependency order, checking every reference on the way."""

    def __init__(self, top: dict[str, Any]) -> None:
        self.top = top
        self.users: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        self.incidents: set[str] = set()

    def user(self, value: object, where: str) -> str:
        name = need_str(value, where)
        if name not in self.users:
            raise MalformedExport(where, f"{name!r} is not among the export's users")
        return name

    def person(self, value: object, where: str) -> Person:
        reference = need_str(value, where)
        if reference not in self.people:
            raise MalformedExport(where, f"there is no person {reference!r} in the export")
        return self.people[reference]

    def incident(self, value: object, where: str) -> str:
        reference = need_str(value, where)
        if reference not in self.incidents:
            raise MalformedExport(where, f"there is no incident {reference!r} in the export")
        return reference

    def read_users(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for n, item in enumerate(need_list(self.top["users"], "users")):
            where = at("users", n + 1)
            data = need_dict(item, where)
            check_keys(data, {"name", "role"}, where)
            name = need_str(data["name"], at(where, "name"))
            if not name.strip() or len(name) > 200:
                raise MalformedExport(at(where, "name"), "expected a name of 1 to 200 characters")
            role = str(enum_reader(UserRole)(data["role"], at(where, "role")).value)
            self.users.setdefault(name, role)
            out.append((name, role))
        return out

    def read_people(self) -> list[PersonRow]:
        rows: list[PersonRow] = []
        ids: set[object] = set()
        for n, item in enumerate(need_list(self.top["people"], "people")):
            where = at("people", n + 1)
            item = {**_PERSON_LATER, **need_dict(item, where)}
            person = decode(Person, item, where, also=_PERSON_EXTRA)
            match = PERSON_REFERENCE.fullmatch(person.reference)
            prefix = "C" if person.kind is PersonKind.CHILD else "A"
            if match is None or match.group(1) != prefix:
                raise MalformedExport(at(where, "reference"), "not a person reference (C-… or A-…)")
            _unique(ids, person.id, at(where, "id"), "the id")
            if person.reference in self.people:
                raise MalformedExport(where, f"the reference {person.reference} appears twice")
            self.people[person.reference] = person
            data = item
            merged_at = data["merged_at"]
            rows.append(
                PersonRow(
                    person=person,
                    times=RecordTimes(
                        timestamp(data["created_at"], at(where, "created_at")),
                        timestamp(data["updated_at"], at(where, "updated_at")),
                    ),
                    merged_into=opt_str(data["merged_into"], at(where, "merged_into")),
                    merged_at=None
                    if merged_at is None
                    else timestamp(merged_at, at(where, "merged_at")),
                    disposed_at=None
                    if data["disposed_at"] is None
                    else timestamp(data["disposed_at"], at(where, "disposed_at")),
                    placeholder=need_bool(data["placeholder"], at(where, "placeholder")),
                )
            )
        for row in rows:
            if row.merged_into is not None:
                survivor = self.person(row.merged_into, at(row.person.reference, "merged_into"))
                if survivor is row.person:
                    raise MalformedExport(row.person.reference, "merged into itself")
        return rows

    def read_merges(self) -> list[MergeRow]:
        out: list[MergeRow] = []
        ids: set[object] = set()
        for n, item in enumerate(need_list(self.top["person_merges"], "person_merges")):
            where = at("person_merges", n + 1)
            data = need_dict(item, where)
            check_keys(data, set(_MERGE_KEYS), where)
            moved = data["links_moved"]
            if isinstance(moved, bool) or not isinstance(moved, int) or moved < 0:
                raise MalformedExport(at(where, "links_moved"), "expected a whole number")
            merge = MergeRow(
                id=need_id(data["id"], at(where, "id")),
                survivor=self.person(data["survivor"], at(where, "survivor")).reference,
                absorbed=self.person(data["absorbed"], at(where, "absorbed")).reference,
                links_moved=moved,
                merged_by=self.user(data["merged_by"], at(where, "merged_by")),
                merged_at=timestamp(data["merged_at"], at(where, "merged_at")),
            )
            _unique(ids, merge.id, at(where, "id"), "the id")
            out.append(merge)
        return out

    def read_incidents(self) -> list[tuple[Incident, RecordTimes]]:
        out: list[tuple[Incident, RecordTimes]] = []
        ids: dict[str, set[object]] = {"incident": set(), "referral": set(), "follow-up": set()}
        for n, item in enumerate(need_list(self.top["incidents"], "incidents")):
            # disposed_at came with format 3 (an older export had no disposed incidents)
            data = {"disposed_at": None, **need_dict(item, at("incidents", n + 1))}
            label = data.get("reference")
            where = at("incidents", label if isinstance(label, str) else n + 1)
            incident = decode(
                Incident,
                data,
                where,
                skip=("people", "referrals", "follow_ups"),
                also=_INCIDENT_EXTRA,
            )
            if INCIDENT_REFERENCE.fullmatch(incident.reference) is None:
                raise MalformedExport(at(where, "reference"), "not an incident reference")
            _unique(ids["incident"], incident.id, at(where, "id"), "the incident id")
            _unique(self.incidents, incident.reference, where, "the reference")
            in_incident: dict[str, int] = {}
            for p, link in enumerate(need_list(data["people"], at(where, "people"))):
                place = at(at(where, "people"), p + 1)
                person = self.person(need_dict(link, place).get("person"), at(place, "person"))
                if person.reference in in_incident:
                    raise MalformedExport(place, f"{person.reference} is listed twice")
                in_incident[person.reference] = int(person.id or 0)
                incident.people.append(
                    decode(
                        IncidentPerson,
                        link,
                        place,
                        skip=("person",),
                        also=("person",),
                        extra={"person": person},
                    )
                )
            for r, referral in enumerate(need_list(data["referrals"], at(where, "referrals"))):
                place = at(at(where, "referrals"), r + 1)
                listed = need_list(need_dict(referral, place).get("children"), place)
                children = [need_str(c, at(place, "children")) for c in listed]
                if not set(children) <= set(in_incident):
                    raise MalformedExport(place, "it concerns someone not in this incident")
                only = ("children",)
                extra = {"children": frozenset(in_incident[c] for c in children)}
                decoded = decode(Referral, referral, place, skip=only, also=only, extra=extra)
                _unique(ids["referral"], decoded.id, at(place, "id"), "the referral id")
                incident.referrals.append(decoded)
            for f, follow_up in enumerate(need_list(data["follow_ups"], at(where, "follow_ups"))):
                place = at(at(where, "follow_ups"), f + 1)
                decoded_f = decode(FollowUp, follow_up, place)
                _unique(ids["follow-up"], decoded_f.id, at(place, "id"), "the follow-up id")
                incident.follow_ups.append(decoded_f)
            times = RecordTimes(
                timestamp(data["created_at"], at(where, "created_at")),
                timestamp(data["updated_at"], at(where, "updated_at")),
                self.user(data["created_by"], at(where, "created_by")),
                None
                if data["disposed_at"] is None
                else timestamp(data["disposed_at"], at(where, "disposed_at")),
            )
            out.append((incident, times))
        return out

    def read_assessments(self) -> list[AssessmentRow]:
        out: list[AssessmentRow] = []
        ids: set[object] = set()
        for n, item in enumerate(need_list(self.top["assessments"], "assessments")):
            where = at("assessments", n + 1)
            data = need_dict(item, where)
            check_keys(data, set(_ASSESSMENT_KEYS), where)
            try:
                checked = CompletedAssessment.from_dict(data).to_dict()
            except ValueError as error:
                raise MalformedExport(where, str(error)) from None
            if len(str(checked["rules_version"])) > 100:
                raise MalformedExport(at(where, "rules_version"), "longer than 100 characters")
            row = AssessmentRow(
                id=need_id(data["id"], at(where, "id")),
                incident=self.incident(data["incident"], at(where, "incident")),
                data=checked,
                decided_by=self.user(data["decided_by"], at(where, "decided_by")),
                decided_at=timestamp(data["decided_at"], at(where, "decided_at")),
                review_meeting_on=None
                if data["review_meeting_on"] is None
                else need_str(data["review_meeting_on"], where),
            )
            opt_date(row.review_meeting_on, at(where, "review_meeting_on"))
            _unique(ids, row.id, at(where, "id"), "the id")
            out.append(row)
        return sorted(out, key=lambda a: a.id)

    def read_lifetime(self) -> dict[str, list[dict[str, object]]]:
        """Legal holds, retention decisions, subject access requests and their releases,
        each value checked against its kind (storage/lifetime_rows.py)."""
        out: dict[str, list[dict[str, object]]] = {}
        for spec in LIFETIME_TABLES:
            out[spec.key] = self._lifetime_rows(spec, out)
        return out

    def _lifetime_rows(
        self, spec: LifetimeTable, earlier: dict[str, list[dict[str, object]]]
    ) -> list[dict[str, object]]:
        rows: list[dict[str, object]] = []
        ids: set[object] = set()
        for n, item in enumerate(need_list(self.top[spec.key], spec.key)):
            where = at(spec.key, n + 1)
            data = need_dict(item, where)
            check_keys(data, {key for key, _column, _kind in spec.fields}, where)
            row: dict[str, object] = {}
            for key, _column, kind in spec.fields:
                value, place = data[key], at(where, key)
                if kind.endswith("?") and value is None:
                    row[key] = None
                    continue
                base = kind.rstrip("?")
                if base == "id":
                    row[key] = need_id(value, place)
                elif base == "count":
                    if isinstance(value, bool) or not isinstance(value, int):
                        raise MalformedExport(place, "expected a whole number, 0 or more")
                    if not 0 <= value < 2**63:
                        raise MalformedExport(place, "expected a whole number, 0 or more")
                    row[key] = value
                elif base == "person":
                    row[key] = self.person(value, place).reference
                elif base == "incident":
                    row[key] = self.incident(value, place)
                elif base == "user":
                    row[key] = self.user(value, place)
                elif base.startswith("of:"):
                    value = need_id(value, place)
                    if value not in {r["id"] for r in earlier.get(base[3:], [])}:
                        raise MalformedExport(place, f"there is no such record in {base[3:]}")
                    row[key] = value
                elif base == "date":
                    row[key] = need_str(value, place)
                    opt_date(value, place)
                elif base == "time":
                    row[key] = timestamp(value, place)
                else:
                    text = need_str(value, place)
                    if len(text) > 1000:
                        raise MalformedExport(place, "longer than 1,000 characters")
                    row[key] = text
            if spec.key == "legal_holds" and (row["person"] is None) == (row["incident"] is None):
                raise MalformedExport(where, "a legal hold covers one person or one incident")
            _unique(ids, row[spec.id_key], at(where, spec.id_key), f"the {spec.id_key}")
            rows.append(row)
        return rows

    def read_chronology(self) -> list[ChronologyRow]:
        rows: list[ChronologyRow] = []
        for n, item in enumerate(need_list(self.top["chronology"], "chronology")):
            where = at("chronology", n + 1)
            data = need_dict(item, where)
            check_keys(data, set(_CHRONOLOGY_KEYS), where)
            kind = need_str(data["kind"], at(where, "kind"))
            if not 1 <= len(kind) <= 60:
                raise MalformedExport(at(where, "kind"), "expected 1 to 60 characters")
            corrects = data["corrects_id"]
            erased = need_bool(data["erased"], at(where, "erased"))
            person = data["person"]
            rows.append(
                ChronologyRow(
                    id=need_id(data["id"], at(where, "id")),
                    incident=self.incident(data["incident"], at(where, "incident")),
                    person=None if person is None else self.person(person, where).reference,
                    occurred_at=timestamp(
                        data["occurred_at"], at(where, "occurred_at"), date_allowed=True
                    ),
                    recorded_at=timestamp(data["recorded_at"], at(where, "recorded_at")),
                    author=self.user(data["author"], at(where, "author")),
                    kind=kind,
                    body="" if erased else need_str(data["body"], at(where, "body")),
                    corrects_id=None if corrects is None else need_id(corrects, where),
                    erased=erased,
                )
            )
        rows.sort(key=lambda c: c.id)
        seen: set[object] = set()
        for row in rows:
            _unique(seen, row.id, at("chronology", row.id), "the entry id")
            if row.corrects_id is not None and row.corrects_id not in seen - {row.id}:
                raise MalformedExport(
                    at("chronology", row.id), "it corrects an entry that does not come before it"
                )
        return rows


def parse_export(data: object) -> ParsedExport:
    """Check an export completely and return its records; MalformedExport names the first
    problem (so nothing is written from a file that is wrong anywhere)."""
    top = need_dict(data, "")
    _header(top)
    source = need_dict(top["source"], "source")
    check_keys(source, {"anchor"}, "source")
    anchor_text = need_str(source["anchor"], at("source", "anchor"))
    try:
        parse_anchor(anchor_text)
    except ValueError:
        raise MalformedExport(at("source", "anchor"), "not an anchor (SEQ:HASH)") from None
    settings = need_dict(top["settings"], "settings")
    for key, value in settings.items():
        if not 1 <= len(key) <= 100:
            raise MalformedExport("settings", "a setting's name must be 1 to 100 characters")
        need_str(value, at("settings", key))
    contacts = [
        decode(Contact, item, at("contacts", n + 1))
        for n, item in enumerate(need_list(top["contacts"], "contacts"))
    ]
    contact_ids: set[object] = set()
    for contact in contacts:
        _unique(contact_ids, contact.id, "contacts", "the contact id")
    holidays = _bank_holidays(top["bank_holidays"])
    reader = _Reader(top)
    users = reader.read_users()
    people = reader.read_people()
    merges = reader.read_merges()
    incidents = reader.read_incidents()
    return ParsedExport(
        anchor=anchor_text,
        training=need_bool(top["training"], "training"),
        setting=decode(SettingDetails, top["setting"], "setting"),
        settings=dict(settings),
        contacts=contacts,
        bank_holidays=holidays,
        users=users,
        people=people,
        merges=merges,
        incidents=incidents,
        assessments=reader.read_assessments(),
        chronology=reader.read_chronology(),
        lifetime=reader.read_lifetime(),
    )
