"""Print preview and printing on a real case file: the pages are shown, printed to a PDF
printer in a temporary folder, saved only after a warning, and nothing else is written."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.integration.paperwork_helpers import DSL, add_rich_incident, new_case, read_pdf
from ypsi_desktop.domain.case import (
    ContactKind,
    Incident,
    IncidentPerson,
    Person,
    PersonKind,
    Role,
    UserRole,
)
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.paperwork_controller import PaperworkController
from ypsi_desktop.gui.print_preview import PrintPreviewDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.setting_details_dialog import SettingDetailsDialog
from ypsi_desktop.services.paperwork import FormChoice, FormKind
from ypsi_desktop.services.paperwork.setting_details import contacts, setting_details
from ypsi_desktop.services.session import CaseFileSession, unlock
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.incident_repository import IncidentRepository

READER, READER_PASS = "Robin Reader", "green-ladder-pond-73-vessel"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, so a file the app leaves in 'tmp' is seen."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[CaseFileSession, Incident]]:
    folder = tmp_path / "school"
    folder.mkdir()
    session = new_case(folder)
    incident = add_rich_incident(session)
    yield session, incident
    session.close()


def files_under(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


def app_folders(tmp: Path, case_folder: Path) -> list[Path]:
    xdg = [
        Path(os.environ[v])
        for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
    ]
    return [*xdg, tmp, case_folder]


def first_mash(choices: list[FormChoice], _parent: QWidget | None) -> FormChoice:
    return next(c for c in choices if c.kind is FormKind.MASH)


def open_preview(
    qtbot: QtBot, controller: PaperworkController, incident_id: int
) -> PrintPreviewDialog:
    controller.print_incident(incident_id)
    qtbot.waitUntil(lambda: len(controller.previews) == 1)
    (dialog,) = controller.previews
    qtbot.waitUntil(lambda: dialog.rendered_pages() == dialog.page_count, timeout=10_000)
    return dialog


def form_entries(session: CaseFileSession, incident_id: int) -> list[str]:
    return [
        e.body
        for e in IncidentRepository(session.conn).chronology(incident_id)
        if e.kind.startswith("form_")
    ]


def test_preview_then_print_to_a_pdf_printer_leaves_no_other_file_and_no_network(
    qtbot: QtBot, case: tuple[CaseFileSession, Incident], tmp_path: Path, private_tmp: Path
) -> None:
    session, incident = case
    assert incident.id is not None
    parent = QWidget()
    qtbot.addWidget(parent)
    prompts = ScriptedPrompts()
    controller = PaperworkController(parent, lambda: session, prompts)
    controller.choose = first_mash
    watched = app_folders(private_tmp, session.path.parent)
    before = files_under(*watched)

    dialog = open_preview(qtbot, controller, incident.id)
    zoe = incident.children()[0].person
    assert dialog.windowTitle() == f"Print preview: MASH referral, {incident.reference}"
    assert zoe.first_name not in dialog.windowTitle()
    assert dialog.page_count >= 3 and not dialog.ui.warning_label.isVisible()

    printed = tmp_path / "printed" / "out.pdf"
    printed.parent.mkdir()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    assert len(PdfReader(printed).pages) == dialog.page_count
    assert printer.docName() == f"YPSI Desktop: MASH referral, {incident.reference}"

    assert files_under(*watched) == before, "printing wrote no file anywhere the app writes"
    assert list(private_tmp.iterdir()) == []
    assert files_under(printed.parent) == {printed}
    assert "PySide6.QtNetwork" not in sys.modules
    assert form_entries(session, incident.id) == [
        f"MASH referral for child {zoe.reference} printed by {DSL}."
    ]
    assert prompts.shown == []

    dialog.reject()
    qtbot.waitUntil(lambda: controller.previews == [])


def test_save_as_pdf_warns_first_and_writes_only_the_chosen_file(
    qtbot: QtBot, case: tuple[CaseFileSession, Incident], tmp_path: Path, private_tmp: Path
) -> None:
    session, incident = case
    assert incident.id is not None
    parent = QWidget()
    qtbot.addWidget(parent)
    prompts = ScriptedPrompts()
    controller = PaperworkController(parent, lambda: session, prompts)
    controller.choose = lambda choices, _p: next(c for c in choices if c.kind is FormKind.RECORD)
    dialog = open_preview(qtbot, controller, incident.id)
    out = tmp_path / "chosen"
    out.mkdir()

    prompts.queue(False)  # the warning is declined: nothing is written or recorded
    assert dialog.save_as_pdf() is None
    kind, _title, text = prompts.shown[-1]
    assert kind == "confirm" and "NOT be encrypted" in text
    assert list(out.iterdir()) == [] and form_entries(session, incident.id) == []

    prompts.queue(True, str(out / "record"))
    saved = dialog.save_as_pdf()
    assert saved == out / "record.pdf"
    assert list(out.iterdir()) == [saved]
    pdf = read_pdf(saved.read_bytes())
    assert "Incident record" in pdf.text and pdf.image_count() == 0
    assert prompts.shown[-1][0] == "inform" and "not encrypted" in prompts.shown[-1][2]
    assert form_entries(session, incident.id) == [
        f"Incident record saved as an unencrypted PDF by {DSL}."
    ]
    assert list(private_tmp.iterdir()) == []
    controller.close_all()
    assert controller.previews == []


def test_forms_are_laid_out_off_the_ui_thread_and_a_lock_closes_the_preview(
    qtbot: QtBot, case: tuple[CaseFileSession, Incident]
) -> None:
    session, incident = case
    assert incident.id is not None
    parent = QWidget()
    qtbot.addWidget(parent)
    background = Background()
    controller = PaperworkController(parent, lambda: session, ScriptedPrompts(), background)
    controller.choose = first_mash
    dialog = open_preview(qtbot, controller, incident.id)
    assert dialog.isVisible()
    controller.close_all()
    assert controller.previews == [] and not dialog.isVisible()
    background.wait()


def test_a_read_only_user_may_print_the_record_but_not_a_referral(
    qtbot: QtBot, case: tuple[CaseFileSession, Incident]
) -> None:
    session, incident = case
    assert incident.id is not None
    add_user(session, READER, UserRole.READ_ONLY, READER_PASS)
    path = session.path
    session.close()
    with unlock(path, user_name=READER, passphrase=READER_PASS) as reader:
        parent = QWidget()
        qtbot.addWidget(parent)
        offered: list[FormChoice] = []

        def pick(choices: list[FormChoice], _p: QWidget | None) -> FormChoice:
            offered.extend(choices)
            return next(c for c in choices if c.allowed)

        controller = PaperworkController(parent, lambda: reader, ScriptedPrompts())
        controller.choose = pick
        dialog = open_preview(qtbot, controller, incident.id)
        assert {c.kind for c in offered if not c.allowed} == {
            FormKind.MASH,
            FormKind.POLICE,
            FormKind.LADO,
        }
        assert dialog.windowTitle() == f"Print preview: incident record, {incident.reference}"
        controller.close_all()


def test_a_name_the_font_cannot_show_is_warned_about_in_the_preview(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with new_case(tmp_path) as session:
        incident = Incident(
            people=[
                IncidentPerson(
                    Person(PersonKind.CHILD, first_name="Wei", last_name="张伟"),
                    frozenset({Role.SENT}),
                )
            ]
        )
        IncidentRepository(session.conn).save(incident, user_id=session.user.id)
        assert incident.id is not None
        parent = QWidget()
        qtbot.addWidget(parent)
        controller = PaperworkController(parent, lambda: session, ScriptedPrompts())
        controller.choose = lambda choices, _p: choices[-1]
        dialog = open_preview(qtbot, controller, incident.id)
        assert dialog.ui.warning_label.isVisibleTo(dialog)
        assert "[U+5F20]" in dialog.ui.warning_label.text()
        controller.close_all()


def test_the_blank_form_and_a_childs_chronology_open_in_the_preview(
    qtbot: QtBot, case: tuple[CaseFileSession, Incident]
) -> None:
    session, incident = case
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = PaperworkController(parent, lambda: session, ScriptedPrompts())
    controller.print_blank_form()
    controller.print_child_chronology(incident.children()[0].person.id or 0)
    titles = sorted(d.windowTitle() for d in controller.previews)
    reference = incident.children()[0].person.reference
    assert titles == [
        "Print preview: blank initial-concern form",
        f"Print preview: child's chronology, {reference}",
    ]
    controller.close_all()


def test_the_setting_and_contacts_are_edited_in_their_dialog(
    qtbot: QtBot, case: tuple[CaseFileSession, Incident]
) -> None:
    session, _incident = case
    dialog = SettingDetailsDialog(session, ScriptedPrompts())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.name_edit.text() == "Testwood Academy (fictional)"
    assert ui.contacts_table.rowCount() == 3
    ui.telephone_edit.setText("01632 960555")
    dialog.add_contact(None)
    row = ui.contacts_table.rowCount() - 1
    combo = ui.contacts_table.cellWidget(row, 0)
    combo.setCurrentIndex(combo.findData(ContactKind.CEOP.value))  # type: ignore[union-attr]
    ui.contacts_table.item(row, 1).setText("CEOP (test)")  # type: ignore[union-attr]
    ui.contacts_table.setCurrentCell(0, 1)
    dialog.remove_selected()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert setting_details(session).telephone == "01632 960555"
    kinds = sorted(c.kind.value for c in contacts(session))
    assert kinds == ["ceop", "mash", "police"]  # the first row (LADO) was removed


def test_printing_to_a_file_from_the_print_dialog_is_refused_and_a_failed_printer_explained(
    qtbot: QtBot,
    case: tuple[CaseFileSession, Incident],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    session, incident = case
    assert incident.id is not None
    parent = QWidget()
    qtbot.addWidget(parent)
    prompts = ScriptedPrompts()
    controller = PaperworkController(parent, lambda: session, prompts)
    controller.choose = first_mash
    dialog = open_preview(qtbot, controller, incident.id)
    sneaky = tmp_path / "sneaky.pdf"

    def print_to_file(self: QPrintDialog) -> int:
        self.printer().setOutputFileName(str(sneaky))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    dialog.print_document()
    assert not sneaky.exists()
    assert prompts.shown[-1][:2] == ("warn", "Not printed")
    assert "Save as PDF" in prompts.shown[-1][2]

    def choose_a_printer(self: QPrintDialog) -> int:
        self.printer().setPrinterName("No such printer (test)")
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_a_printer)
    dialog.print_document()
    assert prompts.shown[-1][:2] == ("warn", "Not printed")
    assert "printer could not be started" in prompts.shown[-1][2]
    assert form_entries(session, incident.id) == [], "nothing printed, nothing recorded"
    controller.close_all()
