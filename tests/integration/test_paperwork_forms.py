"""The printed forms, read back as text: every recorded value in its section, the marking,
page numbers, printer and anchor on every page, no image anywhere, names in any script."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.integration.paperwork_helpers import (
    DSL,
    NOTES,
    PAGE_OF,
    PRINTED_AT,
    ReadBack,
    add_rich_incident,
    headings,
    new_case,
    read_pdf,
    sections,
    squash,
)
from ypsi_desktop.domain.case import Incident, IncidentPerson, Person, PersonKind, Role
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.domain.guidance import unresolved_triggers
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.domain.wizard_decision import CompletedAssessment, make_decision
from ypsi_desktop.guidance import assess
from ypsi_desktop.services import paperwork
from ypsi_desktop.services.paperwork import FormKind
from ypsi_desktop.services.paperwork.layout import MARKING
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.chain import anchor, format_anchor
from ypsi_desktop.storage.incident_repository import IncidentRepository

SETTING = "Testwood Academy (fictional)"


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CaseFileSession, Incident]]:
    session = new_case(tmp_path_factory.mktemp("paperwork"))
    incident = add_rich_incident(session)
    yield session, incident
    session.close()


def printed(
    session: CaseFileSession, incident: Incident, kind: FormKind, **kwargs: object
) -> tuple[paperwork.PreparedForm, ReadBack]:
    assert incident.id is not None
    prepared = paperwork.incident_form(
        session,
        incident.id,
        kind,
        printed_at=PRINTED_AT,
        **kwargs,  # type: ignore[arg-type]
    )
    return prepared, read_pdf(paperwork.render(prepared).data)


def assert_furniture(session: CaseFileSession, pdf: ReadBack, reference: str) -> None:
    """Marking top and bottom, setting, reference, page X of Y, printer and time, anchor."""
    when = PRINTED_AT.astimezone()
    printed_by = f"Printed by {DSL} on {short_date(when.date())} at {when:%H:%M}"
    expected_anchor = f"Audit anchor {format_anchor(*anchor(session.conn))}"
    numbers = []
    for text in pdf.pages:
        assert text.count(MARKING) >= 2, "the marking belongs at the top and the bottom"
        assert SETTING in text and reference in text
        assert printed_by in text and expected_anchor in text
        (match,) = PAGE_OF.findall(text)
        numbers.append((int(match[0]), int(match[1])))
    assert numbers == [(n, len(numbers)) for n in range(1, len(numbers) + 1)]
    assert pdf.image_count() == 0


def child(incident: Incident, n: int) -> IncidentPerson:
    return incident.children()[n]


def test_a_mash_referral_is_one_per_child_referred_each_numbered_on_its_own(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    prepared, pdf = printed(session, incident, FormKind.MASH)
    assert len(prepared.documents) == 2, "two of the three children were referred to MASH"
    numbers = [tuple(map(int, PAGE_OF.findall(p)[0])) for p in pdf.pages]
    first = [n for n in numbers if n[0] == 1]
    assert len(first) == 2 and numbers[0] == (1, numbers[0][1])
    assert pdf.image_count() == 0
    assert {"Zoë Testchild", "Ελένη Δοκιμή"} <= {
        w for w in ("Zoë Testchild", "Ελένη Δοκιμή", "Юлия Тестова") if w in pdf.text
    }
    assert "Юлия Тестова" not in pdf.text, "a child not referred gets no referral"


def test_a_mash_referral_holds_every_value_in_its_section_and_names_no_other_child(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    zoe = child(incident, 0)
    prepared, pdf = printed(session, incident, FormKind.MASH, person_id=zoe.person.id)
    assert_furniture(session, pdf, f"{incident.reference}, child {zoe.person.reference}")
    part = sections(pdf.text, headings(prepared.documents[0]))
    person = zoe.person
    others = [child(incident, 1).person, child(incident, 2).person]
    expected = {
        "Urgency": ["Yes", "04/02/2026", "Duty worker (test)", "MASH-TEST-1"],
        "Sent to": ["Test MASH team", "01632 960001", "mash@example.invalid", "test contact notes"],
        "Referrer": ["Ms Testlead", SETTING, "2 Imaginary Road", "01632 960000", "999999"],
        "Consent and parental awareness": ["test reason 0", "telephoned (test)", "n/a (test)"],
        "The child": [
            person.display_name,
            person.reference,
            short_date(person.date_of_birth),  # type: ignore[arg-type]
            "not recorded in tests",
            "test value",
            "English",
            "SEN support",
            "Child in need (CIN) plan",
            person.upn,
            person.address,
            "Year 9",
            "test vulnerability note",
            "pictured, made it",
        ],
        "Household and significant adults": ["test household", "test carers"],
        "Other professionals involved": ["Sam Placeholder", "test school nurse"],
        "Previous or current agency involvement": ["test agency details"],
        "Reason for referral": [
            "03/02/2026 09:15",
            "Form tutor (fictional)",
            "A pupil told a teacher at break",
            "test own words 0",
            "test link note 0",
            "Medium",
            "test risk reasons",
        ],
        "Imagery annex": [
            "carries no image",
            "Aggravated (adult involved)",
            "test override reasons",
            others[0].reference,
            others[1].reference,
            "Described as a semi-nude image; not viewed",
            "Police officer (test)",
            "police advised it (test)",
            "Deputy DSL (test)",
            "Snapchat (test)",
            "sent to two pupils",
            "pupils deleted the image with staff present",
        ],
        "Actions already taken": [
            "04/02/2026",
            "DSL, deputy (test)",
            "POL-TEST-9",
            "PC Example (test)",
            "test support given",
            "Check in with pupil (test)",
            "Ms Testlead",
            "10/02/2026",
        ],
        "Signature": ["Referrer", "Ms Testlead", "Signature", "Date"],
    }
    for section, values in expected.items():
        for value in values:
            assert squash(value) in part[section], f"{value!r} not in section {section!r}"
    for other in others:
        assert other.display_name not in pdf.text and other.first_name not in pdf.text
    assert "Notarealperson" not in pdf.text, "the adult appears by reference only"


def test_the_police_referral_names_everyone_involved(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    prepared, pdf = printed(session, incident, FormKind.POLICE)
    assert_furniture(session, pdf, incident.reference)
    part = sections(pdf.text, headings(prepared.documents[0]))
    assert "POL-TEST-9" in part["Urgency"] and "PC Example (test)" in part["Urgency"]
    assert "Test police team" in part["Sent to"]
    for n in range(3):
        assert child(incident, n).person.display_name in part["Children involved"]
        assert f"test own words {n}" in part["Children involved"]
    assert "Adrian Notarealperson (AN)" in part["Adults involved"]
    assert "online contact (invented)" in part["Adults involved"]
    assert "Described as a semi-nude image; not viewed" in part["The imagery"]
    assert "High" in part["Assessment"] and "police risk reasons (test)" in part["Assessment"]
    assert "MASH-TEST-1" in part["Actions already taken"]


def test_the_lado_referral_is_about_the_adult_who_works_with_children(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    prepared, pdf = printed(session, incident, FormKind.LADO)
    assert_furniture(session, pdf, incident.reference)
    part = sections(pdf.text, headings(prepared.documents[0]))
    assert "Test LADO office" in part["Sent to"]
    assert "No referral to the LADO is recorded" in part["Urgency"]
    assert "Adrian Notarealperson" in part["The adult"] and "Yes" in part["The adult"]
    for n in range(3):
        assert child(incident, n).person.reference in part["Children involved (by reference)"]
        assert child(incident, n).person.display_name not in pdf.text


def test_the_incident_record_holds_every_section_the_decision_and_the_whole_chronology(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    prepared, pdf = printed(session, incident, FormKind.RECORD)
    assert_furniture(session, pdf, incident.reference)
    part = sections(pdf.text, headings(prepared.documents[0]))
    for n in range(3):
        person = child(incident, n).person
        for value in (person.display_name, person.upn, f"test own words {n}"):
            assert value in part["People involved"]
    assert "Adrian Notarealperson" in part["People involved"]
    assert "all five considered (test)" in part["Initial review meeting"]
    assert "test review notes" in part["Initial review meeting"]
    decision = part["Assessment and decision"]
    for value in (
        "Whether an adult is involved",
        "Experimental (romantic)",
        "test override reasons",
        "Aggravated (adult involved)",
        "Snapchat",
        "upset",
        DSL,
    ):
        assert value in decision, value
    assert "POL-TEST-9" in part["Referrals"] and "MASH-TEST-1" in part["Referrals"]
    assert "Review device steps (test)" in part["Follow-up actions and support"]
    chronology = part["Chronology"]
    for n in range(NOTES):
        assert f"Chronology note {n:02d}: spoke to the form tutor (test)." in chronology
    assert "Record completed by" in part["Signatures"]


def test_a_long_chronology_repeats_its_table_header_on_every_page(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    _prepared, pdf = printed(session, incident, FormKind.RECORD)
    pages = [p for p in pdf.pages if "Chronology note" in p]
    assert len(pages) >= 2, "50 entries run over several pages"
    for page in pages:
        assert "No. When Entry By" in page


def test_empty_sections_say_not_recorded_and_never_vanish(
    rich: tuple[CaseFileSession, Incident], tmp_path: Path
) -> None:
    rich_session, rich_incident = rich
    bare = Incident(
        people=[IncidentPerson(Person(PersonKind.CHILD, first_name="Bare"), frozenset({Role.SENT}))]
    )
    with new_case(tmp_path) as session:
        IncidentRepository(session.conn).save(bare, user_id=session.user.id)
        for kind in (FormKind.MASH, FormKind.POLICE, FormKind.LADO, FormKind.RECORD):
            rich_form, _ = printed(rich_session, rich_incident, kind)
            if kind is FormKind.LADO:
                with pytest.raises(paperwork.NothingToPrint):
                    printed(session, bare, kind)
                continue
            bare_form, pdf = printed(session, bare, kind)
            # Nothing was said about viewing: never printed as "not viewed", a fact unrecorded.
            assert "has not been viewed" not in pdf.text
            assert squash("Whether the imagery was viewed is not recorded") in pdf.text
            titles = headings(bare_form.documents[0])
            assert titles == headings(rich_form.documents[0]), "the same sections, filled or not"
            for section, text in sections(pdf.text, titles).items():
                if section in ("Signature", "Signatures", "Chronology"):  # never empty
                    continue
                assert any(
                    word in text
                    for word in ("Not recorded", "Not known yet", "None", "No ", "Not assessed")
                ), f"{kind}: section {section!r} says nothing about being empty"


def test_names_in_any_script_print_exactly(tmp_path: Path) -> None:
    session = new_case(tmp_path)
    names = [
        ("Łucja", "Wiśniewska"),
        ("Ελένη", "Παπαδοπούλου"),
        ("Юлия", "Тестова"),
        ("Zoë", "Ñúñez-Ørsted"),
        ("Nguyễn", "Thị Ánh"),
    ]
    incident = Incident(
        people=[
            IncidentPerson(
                Person(PersonKind.CHILD, first_name=f, last_name=la), frozenset({Role.SENT})
            )
            for f, la in names
        ],
        how_came_to_light="Ελένη said «Юлия» told her; Łucja wasn't there.",
    )
    with session:
        IncidentRepository(session.conn).save(incident, user_id=session.user.id)
        _prepared, pdf = printed(session, incident, FormKind.POLICE)
        rendered = paperwork.render(_prepared)
    for first, last in names:
        assert f"{first} {last}" in pdf.text
    assert "Ελένη said «Юлия» told her; Łucja wasn't there." in pdf.text
    assert rendered.warnings == ()


def test_a_character_the_font_cannot_show_is_printed_as_its_code_and_reported(
    tmp_path: Path,
) -> None:
    session = new_case(tmp_path)
    incident = Incident(
        people=[
            IncidentPerson(
                Person(PersonKind.CHILD, first_name="Wei", last_name="张伟"), frozenset({Role.SENT})
            )
        ]
    )
    with session:
        IncidentRepository(session.conn).save(incident, user_id=session.user.id)
        prepared, pdf = printed(session, incident, FormKind.RECORD)
        rendered = paperwork.render(prepared)
    assert "Wei [U+5F20][U+4F1F]" in pdf.text, "never dropped silently"
    assert len(rendered.warnings) == 1 and "[U+5F20]" in rendered.warnings[0]
    assert "cannot be shown by the font" in pdf.text, "the paper says so too"


def test_markup_in_user_text_prints_as_typed_and_a_200_kb_narrative_runs_over_pages(
    tmp_path: Path,
) -> None:
    tricky = "<b>not bold</b> & <font size=0.1 color=white>hidden</font> a<b &amp; done"
    words = [f"w{n:05d}" for n in range(30_000)]  # about 200 KB
    long_text = " ".join(words[:15_000]) + "\n\n" + tricky + "\n" + " ".join(words[15_000:])
    assert len(long_text) > 200_000
    session = new_case(tmp_path)
    incident = Incident(imagery_description=long_text, reported_by=tricky)
    with session:
        IncidentRepository(session.conn).save(incident, user_id=session.user.id)
        started = time.perf_counter()
        prepared, pdf = printed(session, incident, FormKind.RECORD)
        elapsed = time.perf_counter() - started
    assert elapsed < 20, f"took {elapsed:.1f} s"
    assert len(pdf.pages) > 20
    assert pdf.text.count(tricky) == 2, "exactly as typed, in both places"
    found = [w for w in pdf.text.split() if w.startswith("w") and w[1:].isdigit()]
    assert found == words, "every word, in order, none lost at a page break"


def test_the_same_record_and_print_time_give_the_same_bytes(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    assert incident.id is not None
    first = paperwork.render(
        paperwork.incident_form(session, incident.id, FormKind.MASH, printed_at=PRINTED_AT)
    ).data
    again = paperwork.render(
        paperwork.incident_form(session, incident.id, FormKind.MASH, printed_at=PRINTED_AT)
    ).data
    later = paperwork.render(
        paperwork.incident_form(
            session, incident.id, FormKind.MASH, printed_at=PRINTED_AT + timedelta(minutes=1)
        )
    ).data
    assert first == again
    assert first != later


def test_pdf_metadata_is_deliberate_and_names_nobody(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    for kind in (FormKind.MASH, FormKind.POLICE, FormKind.LADO, FormKind.RECORD):
        _prepared, pdf = printed(session, incident, kind)
        meta = pdf.reader.metadata
        assert meta is not None
        values = " ".join(str(v) for v in meta.values())
        for person in incident.people:
            assert person.person.first_name not in values and person.person.last_name not in values
        assert DSL not in values and "Testlead" not in values
        name = paperwork.FORM_NAMES[kind]
        assert meta.title == f"{name[:1].upper()}{name[1:]} {incident.reference}"
        assert meta.author == "YPSI Desktop" and "ReportLab" not in str(meta.producer)
        assert meta.creation_date == PRINTED_AT
        assert meta.modification_date == PRINTED_AT


def test_a_childs_chronology_and_the_blank_form(
    rich: tuple[CaseFileSession, Incident],
) -> None:
    session, incident = rich
    zoe = child(incident, 0).person
    assert zoe.id is not None
    prepared = paperwork.child_chronology(session, zoe.id, printed_at=PRINTED_AT)
    pdf = read_pdf(paperwork.render(prepared).data)
    assert_furniture(session, pdf, f"child {zoe.reference}")
    part = sections(pdf.text, headings(prepared.documents[0]))
    assert zoe.display_name in part["The child"] and zoe.upn in part["The child"]
    assert incident.reference in part["Incidents"] and "pictured, made it" in part["Incidents"]
    for n in range(NOTES):
        assert f"Chronology note {n:02d}" in part["Chronology across all incidents"]

    blank = paperwork.blank_form(session, printed_at=PRINTED_AT)
    pdf = read_pdf(paperwork.render(blank).data)
    assert_furniture(session, pdf, "to be added by the DSL")
    assert "Never view, copy, forward, print or save the images" in pdf.text
    assert "Your name" in pdf.text and "Date and time" in pdf.text


def test_every_form_of_a_demo_incident_is_marked_as_training(tmp_path: Path) -> None:
    from ypsi_desktop.services.demo import build_demo

    session = new_case(tmp_path, training=True)
    with session:
        build_demo(session, incidents=12, seed=4)
        (incident_id,) = session.conn.execute(
            "SELECT incident_id FROM referrals GROUP BY incident_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        choices = paperwork.forms_for_incident(session, incident_id)
        assert {c.kind for c in choices} >= {FormKind.MASH, FormKind.POLICE, FormKind.RECORD}
        for choice in choices:
            prepared = paperwork.incident_form(
                session,
                incident_id,
                choice.kind,
                person_id=choice.person_id,
                printed_at=datetime(2026, 9, 1, 10, 0, tzinfo=UTC),
            )
            pdf = read_pdf(paperwork.render(prepared).data)
            assert pdf.image_count() == 0
            for page in pdf.pages:
                assert page.count(MARKING) >= 2 and "TRAINING DATA" in page
                assert PAGE_OF.search(page)


def test_an_incident_with_no_adult_working_with_children_offers_no_lado_referral(
    tmp_path: Path,
) -> None:
    session = new_case(tmp_path)
    incident = Incident(
        people=[IncidentPerson(Person(PersonKind.CHILD, first_name="Only"), frozenset({Role.SENT}))]
    )
    with session:
        IncidentRepository(session.conn).save(incident, user_id=session.user.id)
        assert incident.id is not None
        kinds = [c.kind for c in paperwork.forms_for_incident(session, incident.id)]
        assert kinds == [FormKind.MASH, FormKind.POLICE, FormKind.RECORD]
        with pytest.raises(paperwork.NothingToPrint, match="LADO"):
            paperwork.incident_form(session, incident.id, FormKind.LADO)
        adult = replace(Person(PersonKind.ADULT, first_name="Coach"), works_with_children=True)
        incident.people.append(IncidentPerson(adult, frozenset({Role.SOLICITED})))
        IncidentRepository(session.conn).save(incident, user_id=session.user.id)
        kinds = [c.kind for c in paperwork.forms_for_incident(session, incident.id)]
        assert FormKind.LADO in kinds


def test_the_forms_own_wording_needs_no_character_the_font_lacks(
    rich: tuple[CaseFileSession, Incident], tmp_path: Path
) -> None:
    session, incident = rich
    assert incident.id is not None
    prepared = [
        paperwork.incident_form(session, incident.id, kind)
        for kind in (FormKind.MASH, FormKind.POLICE, FormKind.LADO, FormKind.RECORD)
    ]
    prepared.append(paperwork.child_chronology(session, incident.children()[0].person.id or 0))
    prepared.append(paperwork.blank_form(session))
    with new_case(tmp_path) as empty:  # no contacts, no setting details: every "missing" note
        bare = Incident()
        IncidentRepository(empty.conn).save(bare, user_id=empty.user.id)
        assert bare.id is not None
        for kind in (FormKind.POLICE, FormKind.RECORD):
            prepared.append(paperwork.incident_form(empty, bare.id, kind))
    for form in prepared:
        assert paperwork.render(form).warnings == (), form.name


def test_a_trigger_not_yet_ruled_out_is_printed_as_open_never_as_none_found(
    tmp_path: Path,
) -> None:
    # A 12-year-old is pictured; whether the image shows sexual acts is not known yet, so the
    # under-13 trigger is open. The DSL chose to manage it in school for now, with reasons.
    session = new_case(tmp_path)
    incident = add_rich_incident(session)
    assert incident.id is not None
    facts = {"youngest_age": 12, "youngest_pictured_age": 12, "adult_involved": False}
    suggestion = assess(facts)
    assert "refer.under_13_sexual_acts" in unresolved_triggers(suggestion)
    decision = make_decision(
        suggestion, "experimental.romantic", "manage_in_school", "test reasons for now"
    )
    AssessmentRepository(session.conn).save(
        incident.id,
        CompletedAssessment(facts, {}, suggestion, decision).to_dict(),
        user_id=session.user.id,
    )
    zoe = child(incident, 0)
    prepared, pdf = printed(session, incident, FormKind.MASH, person_id=zoe.person.id)
    annex = sections(pdf.text, headings(prepared.documents[0]))["Imagery annex"]
    assert squash("Immediate referral triggers None found so far") in annex
    still_open = annex.split(squash("Triggers not yet ruled out"), 1)[1]
    still_open, to_establish = still_open.split(squash("Still to establish"), 1)
    assert squash(label("refer.under_13_sexual_acts")) in still_open
    assert squash(label("sexual_acts")) in to_establish, "what is still to establish is listed"
    session.close()
