"""Who may print what, and the record every print and save leaves behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.integration.paperwork_helpers import DSL, PASSPHRASE, add_rich_incident, new_case
from ypsi_desktop.domain.case import Contact, ContactKind, Incident, SettingDetails, UserRole
from ypsi_desktop.services import paperwork
from ypsi_desktop.services.paperwork import FormKind, Output
from ypsi_desktop.services.paperwork.setting_details import contacts, save_setting
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileSession, unlock
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.chain import verify_chain
from ypsi_desktop.storage.incident_repository import IncidentRepository

READER, READER_PASS = "Robin Reader", "green-ladder-pond-73-vessel"
DEPUTY, DEPUTY_PASS = "Dana Deputy", "quiet-harbour-stone-58-lantern"


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, Incident]:
    with new_case(tmp_path) as session:
        incident = add_rich_incident(session)
        add_user(session, READER, UserRole.READ_ONLY, READER_PASS)
        add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASS)
        path = session.path
    return path, incident


def audit_rows(session: CaseFileSession) -> list[tuple[str, str, int | None, str, int | None]]:
    return [
        (str(r[0]), str(r[1]), r[2], str(r[3]), r[4])
        for r in session.conn.execute(
            "SELECT action, record_type, record_id, detail, user_id FROM audit_log ORDER BY seq"
        )
    ]


def test_a_read_only_user_prints_the_record_and_chronology_but_not_referrals(
    case: tuple[Path, Incident],
) -> None:
    path, incident = case
    assert incident.id is not None
    child_id = incident.children()[0].person.id
    assert child_id is not None
    with unlock(path, user_name=READER, passphrase=READER_PASS) as session:
        choices = paperwork.forms_for_incident(session, incident.id)
        allowed = {c.kind: c.allowed for c in choices}
        assert allowed == {
            FormKind.MASH: False,
            FormKind.POLICE: False,
            FormKind.LADO: False,
            FormKind.RECORD: True,
        }
        for kind in (FormKind.MASH, FormKind.POLICE, FormKind.LADO):
            with pytest.raises(NotAllowed, match="cannot print referral forms"):
                paperwork.incident_form(session, incident.id, kind)
        record = paperwork.incident_form(session, incident.id, FormKind.RECORD)
        paperwork.render(record)
        paperwork.record_output(session, record, Output.PRINTED)
        paperwork.render(paperwork.child_chronology(session, child_id))
        paperwork.render(paperwork.blank_form(session))
    with unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASS) as session:
        for kind in (FormKind.MASH, FormKind.POLICE, FormKind.LADO, FormKind.RECORD):
            paperwork.render(paperwork.incident_form(session, incident.id, kind))


def test_each_print_and_save_is_a_chronology_and_audit_entry_naming_form_and_user(
    case: tuple[Path, Incident],
) -> None:
    path, incident = case
    assert incident.id is not None
    zoe = incident.children()[0].person
    with unlock(path, user_name=DSL, passphrase=PASSPHRASE) as session:
        mash = paperwork.incident_form(session, incident.id, FormKind.MASH)
        paperwork.record_output(session, mash, Output.PRINTED)
        police = paperwork.incident_form(session, incident.id, FormKind.POLICE)
        paperwork.record_output(session, police, Output.SAVED)
        assert zoe.id is not None
        chronology = paperwork.child_chronology(session, zoe.id)
        paperwork.record_output(session, chronology, Output.PRINTED)
        blank = paperwork.blank_form(session)
        paperwork.record_output(session, blank, Output.PRINTED)

        entries = IncidentRepository(session.conn).chronology(incident.id)
        bodies = [e.body for e in entries if e.kind.startswith("form_")]
        referred = incident.children()[:2]
        assert bodies == [
            *(f"MASH referral for child {c.person.reference} printed by {DSL}." for c in referred),
            f"Police referral saved as an unencrypted PDF by {DSL}.",
            f"Child's chronology for child {zoe.reference} printed by {DSL}.",
        ]
        assert all(e.author == DSL for e in entries if e.kind.startswith("form_"))
        prints = [r for r in audit_rows(session) if r[0] in ("print", "export")]
        assert [(r[0], r[1], r[3]) for r in prints] == [
            *(
                ("print", "incident", f"MASH referral printed for child {c.person.reference}")
                for c in referred
            ),
            ("export", "incident", "police referral saved as an unencrypted PDF"),
            ("print", "person", f"child's chronology printed for child {zoe.reference}"),
            ("print", "form", "blank initial-concern form printed"),
        ]
        assert all(r[4] == session.user.id for r in prints)
        for row in prints:
            for person in incident.people:
                assert person.person.first_name not in row[3], "audit details hold no names"
        assert verify_chain(session.conn).ok


def test_a_saved_pdf_is_private_and_alone(tmp_path: Path) -> None:
    (tmp_path / "case").mkdir()
    with new_case(tmp_path / "case") as session:
        rendered = paperwork.render(paperwork.blank_form(session))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "blank.pdf"
    paperwork.save_pdf(rendered.data, target)
    assert [p.name for p in out.iterdir()] == ["blank.pdf"]
    assert target.read_bytes() == rendered.data
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_setting_and_its_contacts_are_edited_by_those_who_record(
    case: tuple[Path, Incident],
) -> None:
    path, _incident = case
    with unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASS) as session:
        existing = contacts(session)
        mash = next(c for c in existing if c.kind is ContactKind.MASH)
        mash.telephone = "01632 960999"
        added = Contact(ContactKind.CEOP, "CEOP (test)", email="ceop@example.invalid")
        details = SettingDetails(name="  Testwood Academy\n(renamed)  ", urn="999999")
        saved, now = save_setting(session, details, [mash, added])
        assert saved.name == "Testwood Academy (renamed)"
        assert {c.kind for c in now} == {ContactKind.MASH, ContactKind.CEOP}
        assert next(c for c in now if c.kind is ContactKind.MASH).telephone == "01632 960999"
        with pytest.raises(ValueError, match="name"):
            save_setting(session, SettingDetails(name=" "), now)
        with pytest.raises(ValueError, match="at least a name"):
            save_setting(session, saved, [Contact(ContactKind.POLICE)])
    with unlock(path, user_name=READER, passphrase=READER_PASS) as session:
        assert len(contacts(session)) == 2
        with pytest.raises(NotAllowed):
            save_setting(session, SettingDetails(name="Other"), [])
