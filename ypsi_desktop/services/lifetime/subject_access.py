"""Subject access: everything held about one person, with other people withheld by default.

A request is recorded with the date it was received; the response is due one calendar month
later (storage/subject_access_store.py) and the due view shows it until it is answered.

The response gathers the person's own record and every incident they appear in: the
narrative, their part in it, referrals and follow-ups, decisions and the chronology. Other
people's information is withheld by default, each place marked with a numbered reason
("[R2 withheld: another child]") and listed in a register at the end:

- other children and other adults in the same incidents (their names wherever they appear),
- who reported the concern (the reporter may be another child or a parent),
- chronology entries about another person, and other children's own accounts.

Staff acting in their job (the chronology's authors, the DSL who led the incident, the
agency worker spoken to) are not withheld: what a professional did in their role is part of
the record. An adult who works with children and is recorded as involved in an incident is
withheld like any other person involved.

The DSL reviews the redactions on screen (where what each hides is shown) and can release one
with a written reason, recorded and audited; the response then shows it, and the register
says it was released and why. Only the DSL may record requests, release redactions and save
the response, which is an unencrypted PDF the caller must say so about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ypsi_desktop.domain.case import Incident, IncidentPerson, Person, PersonKind
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.services.paperwork import words
from ypsi_desktop.services.paperwork.blocks import (
    Block,
    Fields,
    FormDocument,
    Grid,
    Heading,
    Narrative,
    Note,
    Subheading,
)
from ypsi_desktop.services.paperwork.layout import Furniture, PdfInfo, render_documents
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import subject_access_store as store
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.audit import AuditAction, utc_now
from ypsi_desktop.storage.chain import anchor, format_anchor
from ypsi_desktop.storage.child_file import child_file
from ypsi_desktop.storage.disposal import absorbed_records
from ypsi_desktop.storage.incident_store import load_incident
from ypsi_desktop.storage.name_redaction import NameRedactor, NameToHide
from ypsi_desktop.storage.setting_repository import SettingRepository
from ypsi_desktop.storage.subject_access_store import (
    AccessRequest,
    AccessRequestError,
    Release,
    one_month_after,
)

__all__ = [
    "AccessRequest",
    "AccessRequestError",
    "Redaction",
    "SarResponse",
    "build_response",
    "complete_request",
    "list_requests",
    "one_month_after",
    "record_request",
    "extend_request",
    "release_redaction",
    "render_response",
]

REASONS = {
    "child": "Information about another child (a third party) is withheld.",
    "adult": "Information about another person involved (a third party) is withheld.",
    "reporter": "Who reported the concern (a third party) is withheld.",
    "entry": "A chronology entry about another person is withheld.",
    "account": "Another child's own account (a third party) is withheld.",
}
SHORT = {
    "child": "another child",
    "adult": "another person involved",
    "reporter": "who reported the concern",
    "entry": "an entry about another person",
    "account": "another child's account",
}
UNENCRYPTED_WARNING = (
    "The saved PDF is NOT encrypted: anyone who can open the file can read it. Give it only to "
    "the person entitled to it, by a secure route, and delete your copy once it has been sent."
)


@dataclass
class Redaction:
    """One thing withheld by default in a response."""

    key: str  # e.g. "person:12", "reporter:5", "entry:88", "account:5:12"
    number: int  # printed as R1, R2, …
    kind: str  # child, adult, reporter, entry, account
    description: str  # what it hides: for the DSL's review on screen, never printed
    places: int = 0
    release: Release | None = None

    @property
    def label(self) -> str:
        return f"R{self.number}"

    @property
    def reason(self) -> str:
        return REASONS[self.kind]

    @property
    def marker(self) -> str:
        return f"[{self.label} withheld: {SHORT[self.kind]}]"


@dataclass
class SarResponse:
    request: AccessRequest
    person: Person
    document: FormDocument
    redactions: list[Redaction] = field(default_factory=list)
    setting_name: str = ""

    @property
    def withheld(self) -> list[Redaction]:
        return [r for r in self.redactions if r.release is None and r.places]


class _Register:
    def __init__(self, released: dict[str, Release]) -> None:
        self.released = released
        self.items: dict[str, Redaction] = {}

    def add(self, key: str, kind: str, description: str) -> Redaction:
        if key not in self.items:
            self.items[key] = Redaction(
                key, len(self.items) + 1, kind, description, release=self.released.get(key)
            )
        return self.items[key]

    def count(self, key: str, places: int = 1) -> None:
        self.items[key].places += places

    def withholds(self, key: str) -> bool:
        return self.items[key].release is None


def list_requests(session: CaseFileSession, *, open_only: bool = False) -> list[AccessRequest]:
    session.require(Permission.EXPORT)
    return store.requests(session.conn, open_only=open_only)


def record_request(
    session: CaseFileSession, person_id: int, *, received_on: date, requested_by: str, today: date
) -> int:
    session.require(Permission.EXPORT)
    if received_on > today:
        raise AccessRequestError("A request cannot have been received in the future.")
    request_id = store.record_request(
        session.conn,
        person_id,
        received_on=received_on,
        requested_by=requested_by,
        user_id=session.user.id,
    )
    session.checkpoint()
    return request_id


def release_redaction(session: CaseFileSession, request_id: int, key: str, *, reason: str) -> None:
    """Release one redaction of the response, named by its key or its printed label (R3)."""
    session.require(Permission.RELEASE_REDACTION)
    wanted = key.strip()
    found = next(
        (
            r
            for r in build_response(session, request_id).redactions
            if wanted == r.key or wanted.casefold() == r.label.casefold()
        ),
        None,
    )
    if found is None:  # releasing what the response never withheld would record nothing real
        raise AccessRequestError(
            f"Request {request_id} has no redaction called {wanted}. Each is listed as R1, R2 "
            "and so on: use one of those."
        )
    store.record_release(
        session.conn, request_id, found.key, reason=reason, user_id=session.user.id
    )
    session.checkpoint()


def extend_request(session: CaseFileSession, request_id: int, *, reason: str, today: date) -> date:
    """Two further months for a complex request (decided within the first); the new date."""
    session.require(Permission.EXPORT)
    due = store.record_extension(
        session.conn, request_id, reason=reason, extended_on=today, user_id=session.user.id
    )
    session.checkpoint()
    return due


def complete_request(session: CaseFileSession, request_id: int, *, completed_on: date) -> None:
    session.require(Permission.EXPORT)
    store.record_completed(
        session.conn, request_id, completed_on=completed_on, user_id=session.user.id
    )
    session.checkpoint()


# --- Building the response ------------------------------------------------------------------


def _person_rows(person: Person) -> tuple[tuple[str, str], ...]:
    rows = [
        ("Name", person.display_name),
        ("Reference", person.reference),
        ("Date of birth", words.born(person, None)),
        ("Year group", person.year_group),
        ("School", person.school),
        ("Gender", person.gender),
        ("Ethnicity", person.ethnicity),
        ("First language", person.first_language),
        ("Interpreter needed", words.tri(person.interpreter_needed)),
        ("Address", person.address),
        ("UPN", person.upn),
        ("SEN or EHCP", words.SEN[person.sen]),
        ("Looked after", words.tri(person.looked_after)),
        ("CP or CIN plan", words.PLAN[person.plan]),
        ("Other vulnerability", words.tri(person.vulnerable)),
        ("Vulnerability notes", person.vulnerability_notes),
        ("Allocated social worker", person.social_worker),
        ("Household", person.household),
        ("Parental responsibility", person.parental_responsibility),
        ("Other professionals", person.other_professionals),
        ("Agency involvement", words.tri(person.agency_involvement)),
        ("Agency details", person.agency_details),
    ]
    if person.kind is PersonKind.ADULT:
        rows += [
            ("Works or volunteers with children", words.tri(person.works_with_children)),
            ("Role or relationship", person.role_or_relationship),
        ]
    return tuple(rows)


class _Builder:
    def __init__(
        self, session: CaseFileSession, request: AccessRequest, released: dict[str, Release]
    ) -> None:
        self.session = session
        self.request = request
        self.register = _Register(released)
        self.own = {request.person_id, *absorbed_records(session.conn, request.person_id)}
        self.redactor = NameRedactor([])
        self.users = {int(i): str(n) for i, n in session.conn.execute("SELECT id, name FROM users")}

    def text(self, value: str) -> str:
        redacted = self.redactor.redact(value)
        for key, places in redacted.counts.items():
            self.register.count(key, places)
        return redacted.text

    def people(self, incidents: list[Incident]) -> None:
        names: list[NameToHide] = []
        for incident in incidents:
            for link in incident.people:
                person = link.person
                if int(person.id or 0) in self.own:
                    continue
                kind = "child" if person.kind is PersonKind.CHILD else "adult"
                key = f"person:{person.id}"
                item = self.register.add(
                    key, kind, f"Name of {SHORT[kind]}: {person.display_name} ({person.reference})"
                )
                if self.register.withholds(key) and key not in {n.key for n in names}:
                    names.append(
                        NameToHide.for_person(
                            key,
                            item.marker,
                            first_name=person.first_name,
                            last_name=person.last_name,
                            known_as=person.known_as,
                            upn=person.upn,
                        )
                    )
        self.redactor = NameRedactor(names)

    def incident(self, incident: Incident) -> list[Block]:
        incident_id = int(incident.id or 0)
        mine = [link for link in incident.people if int(link.person.id or 0) in self.own]
        others = [link for link in incident.people if int(link.person.id or 0) not in self.own]
        reporter_key = f"reporter:{incident_id}"
        reported_by = incident.reported_by
        if reported_by.strip():
            reporter = self.register.add(
                reporter_key, "reporter", f"Reported by: {reported_by} ({incident.reference})"
            )
            if reporter.release is None:
                self.register.count(reporter_key)
                reported_by = reporter.marker
            else:
                reported_by = self.text(reported_by)
        blocks: list[Block] = [
            Heading(f"Incident {incident.reference}"),
            Fields(
                (
                    ("Came to light", words.moment(incident.came_to_light_at)),
                    ("Status", "Closed" if incident.closed_on else incident.status.value.title()),
                    ("Led by", incident.owner),
                    ("Reported by", reported_by),
                    ("Their part in it", words.roles(r for link in mine for r in link.roles)),
                    ("Others involved", self._others(others)),
                )
            ),
            Narrative("How it came to light", self.text(incident.how_came_to_light)),
            Narrative(
                "The imagery, as described (never viewed)", self.text(incident.imagery_description)
            ),
            Fields(
                (
                    ("Apps or services", self.text(incident.apps_services)),
                    ("How far it was shared", self.text(incident.sharing_extent)),
                    ("Shared publicly", words.tri(incident.shared_publicly)),
                    ("Review meeting", words.day(incident.review.held_on)),
                    ("Review notes", self.text(incident.review.notes)),
                    ("Device steps", self.text(incident.device_steps)),
                    ("Parents or carers contacted", words.tri(incident.parents_contacted)),
                    ("Support given", self.text(incident.support_given)),
                    ("Outcome", self.text(incident.outcome)),
                )
            ),
        ]
        for link in mine:
            blocks += [
                Subheading("Their own words and what was recorded about them"),
                Fields(
                    (
                        ("Their own words", self.text(link.own_words)),
                        ("Parents aware", words.tri(link.parents_aware)),
                        ("Parents consent", words.tri(link.parents_consent)),
                        ("Why parents were not told", self.text(link.parents_not_informed_reason)),
                        ("Notes", self.text(link.notes)),
                    )
                ),
            ]
        blocks += self._accounts(incident, others)
        blocks += self._referrals(incident)
        blocks += self._decisions(incident_id)
        blocks += self._chronology(incident_id)
        return blocks

    def _others(self, others: list[IncidentPerson]) -> str:
        if not others:
            return "Nobody else recorded"
        parts = []
        for link in others:
            item = self.register.items[f"person:{link.person.id}"]
            if item.release is None:
                item.places += 1
                parts.append(item.marker)
            else:
                parts.append(f"{link.person.display_name} ({words.roles(link.roles)})")
        return "; ".join(parts)

    def _accounts(self, incident: Incident, others: list[IncidentPerson]) -> list[Block]:
        blocks: list[Block] = []
        for link in others:
            if not (link.own_words.strip() or link.notes.strip()):
                continue
            key = f"account:{incident.id}:{link.person.id}"
            item = self.register.add(
                key,
                "account",
                f"Words and notes of {link.person.display_name} ({link.person.reference})",
            )
            if item.release is None:
                item.places += 1
                blocks.append(Narrative("Another person's account", item.marker))
            else:
                account = "\n".join(t for t in (link.own_words, link.notes) if t.strip())
                blocks.append(Narrative("Another person's account", self.text(account)))
        return blocks

    def _referrals(self, incident: Incident) -> list[Block]:
        rows = []
        for r in incident.referrals:
            if r.children and not (self.own & set(r.children)):
                continue
            rows.append(
                (
                    words.AGENCIES[r.agency],
                    words.day(r.made_on),
                    r.spoken_to,
                    words.RISK[r.risk_rating]
                    + (f": {self.text(r.risk_reasons)}" if r.risk_reasons else ""),
                    self.text(r.agency_decision),
                )
            )
        if not rows:
            return []
        return [
            Subheading("Referrals"),
            Grid(
                ("Agency", "Made on", "Spoken to", "Risk", "Agency's decision"),
                tuple(rows),
                (0.2, 0.13, 0.2, 0.24, 0.23),
            ),
        ]

    def _decisions(self, incident_id: int) -> list[Block]:
        rows = [
            (
                words.day(a.decided_at.date()),
                words.guidance(a.category),
                words.guidance(a.route),
                self.text(a.reasons),
                self.users.get(a.decided_by, ""),
            )
            for a in AssessmentRepository(self.session.conn).history(incident_id)
        ]
        if not rows:
            return []
        return [
            Subheading("Decisions"),
            Grid(
                ("Date", "Category", "Route", "Reasons", "Decided by"),
                tuple(rows),
                (0.13, 0.22, 0.2, 0.3, 0.15),
            ),
        ]

    def _chronology(self, incident_id: int) -> list[Block]:
        rows = []
        for entry_id, person_id, occurred, author, body, erased in self.session.conn.execute(
            "SELECT c.id, c.person_id, c.occurred_at, coalesce(u.name, ''), c.body, c.erased"
            " FROM chronology c LEFT JOIN users u ON u.id = c.author_id WHERE c.incident_id = ?"
            " ORDER BY c.occurred_at, c.id",
            (incident_id,),
        ).fetchall():
            when = words.entry_time(_moment(str(occurred)))
            if erased:
                rows.append(
                    (when, str(author), "[This entry was erased; the record of it is kept.]")
                )
                continue
            if person_id is not None and int(person_id) not in self.own:
                key = f"entry:{entry_id}"
                item = self.register.add(key, "entry", f"Entry of {when}: {body}")
                if item.release is None:
                    item.places += 1
                    rows.append((when, str(author), item.marker))
                    continue
            rows.append((when, str(author), self.text(str(body))))
        return [
            Subheading("Chronology"),
            Grid(("When", "By", "Entry"), tuple(rows), (0.17, 0.18, 0.65)),
        ]


def _moment(text: str) -> datetime:
    if len(text) == 10:
        day = date.fromisoformat(text)
        return datetime(day.year, day.month, day.day, tzinfo=UTC)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def build_response(session: CaseFileSession, request_id: int) -> SarResponse:
    """The response as it stands (releases so far applied), ready to review or lay out."""
    session.require(Permission.EXPORT)
    conn = session.conn
    request = store.request(conn, request_id)
    released = store.releases(conn, request_id)
    file = child_file(conn, request.person_id)
    person = file.person
    loaded = [load_incident(conn, row.id) for row in file.incidents]
    incidents = sorted(
        (i for i in loaded if i is not None),
        key=lambda i: (i.came_to_light_at.isoformat() if i.came_to_light_at else "", i.id or 0),
    )
    builder = _Builder(session, request, released)
    builder.people(incidents)
    setting = SettingRepository(conn).details().name
    blocks: list[Block] = [
        Note(
            f"This is the information {setting or 'this school or college'} holds about "
            f"{person.display_name} in its safeguarding records, in answer to the request "
            f"received on {short_date(request.received_on)}. Information about other people is "
            "withheld where it is marked [R… withheld]; each mark is numbered, and the list at "
            "the end gives the reason for each. Ask the designated safeguarding lead if you "
            "have questions about this response."
        ),
        Heading("The record held about them"),
        Fields(tuple((c, v) for c, v in _person_rows(person))),
    ]
    for incident in incidents:
        blocks += builder.incident(incident)
    redactions = [r for r in builder.register.items.values() if r.places or r.release]
    register_rows = tuple(
        (
            r.label,
            r.reason,
            str(r.places),
            "Withheld"
            if r.release is None
            else f"Released on {r.release.released_at[8:10]}/{r.release.released_at[5:7]}/"
            f"{r.release.released_at[:4]}: {r.release.reason}",
        )
        for r in redactions
    )
    blocks += [
        Heading("What was withheld, and why"),
        Grid(
            ("Mark", "Reason", "Places", "Status"),
            register_rows,
            (0.08, 0.47, 0.09, 0.36),
            empty="Nothing was withheld.",
        ),
    ]
    document = FormDocument(
        title="Subject access response",
        reference=f"SAR-{request.id}, {person.reference}",
        intro=f"Request received {short_date(request.received_on)}; response due by "
        f"{short_date(request.due_on)}.",
        blocks=tuple(blocks),
    )
    return SarResponse(request, person, document, redactions, setting)


def render_response(session: CaseFileSession, response: SarResponse) -> bytes:
    """The response as PDF bytes (every page marked OFFICIAL-SENSITIVE, numbered, anchored);
    records the save in the audit log. The caller writes it where the DSL chose (see
    paperwork.save_pdf) and shows UNENCRYPTED_WARNING."""
    session.require(Permission.EXPORT)
    session.audit(
        AuditAction.EXPORT,
        "subject_access",
        response.request.id,
        "subject access response made as an unencrypted PDF",
    )
    furniture = Furniture(
        setting_name=response.setting_name,
        printed_by=session.user.name,
        printed_at=utc_now(),
        anchor=format_anchor(*anchor(session.conn)),
        training=session.is_training,
    )
    rendered = render_documents(
        [response.document], furniture, PdfInfo(title="Subject access response")
    )
    session.checkpoint()
    return rendered.data
