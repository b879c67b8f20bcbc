"""Shared set-up for the paperwork tests: a rich, obviously fake incident on a real encrypted
case file, and reading a PDF back the way a person (or a MASH team's reader) would."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from tests.integration.case_builders import (
    assessment_data,
    full_contact,
    full_incident,
    full_referral,
    full_setting,
)
from ypsi_desktop.domain.case import Agency, Contact, ContactKind, Incident, Referral, RiskRating
from ypsi_desktop.services.paperwork.blocks import FormDocument, Heading
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.setting_repository import SettingRepository

DSL = "Sam Taylor"
PASSPHRASE = "blue-kettle-marsh-41-orbit"
PRINTED_AT = datetime(2026, 2, 10, 14, 5, tzinfo=UTC)
NOTES = 50


def new_case(folder: Path, *, training: bool = False) -> CaseFileSession:
    session, _ = create(
        folder / "case.ypsi",
        user_name=DSL,
        passphrase=PASSPHRASE,
        setting_name="Testwood Academy (fictional)",
        training=training,
        kdf=KdfParams.for_tests(),
    )
    return session


def add_rich_incident(session: CaseFileSession) -> Incident:
    """Three children (Latin with diacritics, Greek, Cyrillic), an adult who works with
    children, MASH referral for the first two children, a police referral, a decision that
    overrides the suggestion, 50 chronology notes, the setting and its contacts."""
    user = session.user.id
    settings = SettingRepository(session.conn)
    settings.save_details(full_setting(), user_id=user)
    settings.save_contact(full_contact(), user_id=user)
    settings.save_contact(
        Contact(ContactKind.POLICE, "Test police team", "01632 960002", "police@example.invalid"),
        user_id=user,
    )
    settings.save_contact(
        Contact(ContactKind.LADO, "Test LADO office", "01632 960003", "lado@example.invalid"),
        user_id=user,
    )
    repo = IncidentRepository(session.conn)
    incident = full_incident()
    repo.save(incident, user_id=user)
    referred = frozenset(p.person.id for p in incident.children()[:2] if p.person.id)
    incident.referrals.append(full_referral(referred))
    incident.referrals.append(
        Referral(
            Agency.POLICE,
            made_on=date(2026, 2, 4),
            telephone_first=False,
            spoken_to="PC Example (test)",
            agency_reference="POL-TEST-9",
            risk_rating=RiskRating.HIGH,
            risk_reasons="police risk reasons (test)",
        )
    )
    repo.save(incident, user_id=user)
    assert incident.id is not None
    AssessmentRepository(session.conn).save(
        incident.id, assessment_data(override=True), user_id=user
    )
    for n in range(NOTES):
        repo.add_note(
            incident.id,
            user_id=user,
            body=f"Chronology note {n:02d}: spoke to the form tutor (test).",
            occurred_at=datetime(2026, 2, 5 + n // 10, 8 + n % 10, 0),
        )
    return incident


@dataclass(frozen=True)
class ReadBack:
    """A PDF read back: the text of each page (whitespace collapsed, NFC) and its metadata."""

    pages: list[str]
    reader: PdfReader

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def image_count(self) -> int:
        """Image XObjects on any page (there must be none)."""
        count = 0
        for page in self.reader.pages:
            resources = page.get("/Resources") or {}
            objects = resources.get("/XObject") or {}
            for ref in objects.values():
                if ref.get_object().get("/Subtype") == "/Image":
                    count += 1
        return count


def read_pdf(data: bytes) -> ReadBack:
    reader = PdfReader(io.BytesIO(data))
    pages = [
        " ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in reader.pages
    ]
    return ReadBack(pages, reader)


def headings(form: FormDocument) -> list[str]:
    """The numbered section headings as printed ("3. Referrer")."""
    titles = [b.text for b in form.blocks if isinstance(b, Heading)]
    return [f"{n}. {t}" for n, t in enumerate(titles, 1)]


def sections(text: str, titles: list[str]) -> dict[str, str]:
    """The text of each section: from its heading to the next one (headings found in order)."""
    found: list[tuple[str, int]] = []
    start = 0
    for title in titles:
        at = text.find(title, start)
        assert at >= 0, f"section {title!r} missing"
        found.append((title, at))
        start = at + len(title)
    result = {}
    for (title, at), following in zip(found, [*found[1:], ("", len(text))], strict=True):
        result[title.split(". ", 1)[1]] = text[at + len(title) : following[1]]
    return result


def squash(text: str) -> str:
    return " ".join(text.split())


PAGE_OF = re.compile(r"Page (\d+) of (\d+)")
