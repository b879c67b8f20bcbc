"""The first-run wizard driven through its real widgets, down to a case file that opens."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.setup_wizard import SetupWizard
from ypsi_desktop.services.session import CaseFileSession, unlock, unlock_with_recovery_key
from ypsi_desktop.storage.errors import CaseFileExists
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.recovery_key import ALPHABET
from ypsi_desktop.storage.setting_repository import SettingRepository

SETTING = "Oakfield Academy"
DSL = "Sam Taylor"
WEAK = "password1234"
STRONG = "otter kettle 7 lantern gravel"


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts) -> SetupWizard:
    wizard = SetupWizard(
        prompts,
        Background(),
        default_path=tmp_path / "data" / "case.ypsi",
        kdf=KdfParams.for_tests(),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def next_button(wizard: SetupWizard) -> QAbstractButton:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button is not None
    return button


def go_next(qtbot: QtBot, wizard: SetupWizard, expected: QWidget) -> None:
    button = next_button(wizard)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is expected


def retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def walk_to_location(qtbot: QtBot, wizard: SetupWizard) -> None:
    ui = wizard.ui
    go_next(qtbot, wizard, ui.setting_page)
    qtbot.keyClicks(ui.setting_name_edit, SETTING)
    go_next(qtbot, wizard, ui.user_page)
    qtbot.keyClicks(ui.user_name_edit, DSL)
    go_next(qtbot, wizard, ui.passphrase_page)
    retype(qtbot, ui.passphrase_edit, STRONG)
    retype(qtbot, ui.confirm_edit, STRONG)
    go_next(qtbot, wizard, ui.location_page)


def typo_in_group(key: str, group: int) -> str:
    """The key with one character of the given group (1-based) changed."""
    position = (group - 1) * 7 + 2  # groups of six, each followed by a dash
    wrong = ALPHABET[(ALPHABET.index(key[position]) + 1) % len(ALPHABET)]
    return key[:position] + wrong + key[position + 1 :]


def test_first_run_end_to_end(
    qtbot: QtBot, wizard: SetupWizard, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    ui = wizard.ui
    assert "encrypted case file" in ui.welcome_body_label.text()
    assert ui.create_new_radio.isChecked()
    assert DSL not in wizard.windowTitle() and SETTING not in wizard.windowTitle()

    # Setting and name: Next waits for something to be typed.
    go_next(qtbot, wizard, ui.setting_page)
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(ui.setting_name_edit, "   ")
    assert not next_button(wizard).isEnabled()
    retype(qtbot, ui.setting_name_edit, SETTING)
    go_next(qtbot, wizard, ui.user_page)
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(ui.user_name_edit, DSL)
    go_next(qtbot, wizard, ui.passphrase_page)

    # A weak passphrase is refused with the meter low; so is the setting's name.
    why = ui.passphrase_why_label.text()
    assert "millions of guesses" in why and "several unrelated words" in why
    retype(qtbot, ui.passphrase_edit, WEAK)
    retype(qtbot, ui.confirm_edit, WEAK)
    assert ui.strength_bar.value() <= 1
    assert "too easy to guess" in ui.strength_label.text()
    assert not next_button(wizard).isEnabled()
    retype(qtbot, ui.passphrase_edit, "Oakfield Academy rocks 2026!")
    retype(qtbot, ui.confirm_edit, "Oakfield Academy rocks 2026!")
    assert "name of the school" in ui.strength_label.text()
    assert not next_button(wizard).isEnabled()

    # A strong one is accepted only when both fields agree.
    retype(qtbot, ui.passphrase_edit, STRONG)
    retype(qtbot, ui.confirm_edit, STRONG + "!")
    assert ui.strength_bar.value() == 4 and "Strong enough." in ui.strength_label.text()
    assert "different" in ui.match_label.text()
    assert not next_button(wizard).isEnabled()
    retype(qtbot, ui.confirm_edit, STRONG)
    assert ui.match_label.text() == "The two passphrases match."
    go_next(qtbot, wizard, ui.location_page)

    # Where to keep it: the suggested place, changed through the save dialog.
    assert ui.location_edit.text() == str(tmp_path / "data" / "case.ypsi")
    chosen = tmp_path / "school" / "records"
    prompts.queue(chosen)
    ui.change_location_button.click()
    path = tmp_path / "school" / "records.ypsi"  # the suffix is added
    assert wizard.case_path == path and ui.location_edit.text() == str(path)
    go_next(qtbot, wizard, ui.recovery_key_page)

    # The recovery key: shown once, printed, confirmed.
    key = wizard.recovery_key
    assert key is not None
    groups = key.groups()
    shown = ui.recovery_key_label.text()
    assert all(group in shown for group in groups)
    assert not next_button(wizard).isEnabled()

    pdf = tmp_path / "printed" / "key.pdf"
    pdf.parent.mkdir()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    wizard.print_to(printer)
    reader = PdfReader(pdf)
    raw = "".join(page.extract_text() for page in reader.pages)
    text = " ".join(unicodedata.normalize("NFKC", raw).split())  # ligatures, tabs
    squashed = text.replace(" ", "").replace("-", "")
    assert "".join(groups) in squashed
    assert SETTING in text and "records.ypsi" in text and short_date(date.today()) in text
    assert DSL not in text
    assert reader.metadata is not None and DSL not in str(reader.metadata.title)
    assert list((tmp_path / "school").glob("*")) == [], "printing wrote nothing beside the file"

    ui.written_down_check.click()
    go_next(qtbot, wizard, ui.confirm_key_page)

    # Typed back: a typo is named by group, and Next waits for the right key.
    assert "only typing it proves" in ui.confirm_key_why_label.text()
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(ui.typed_key_edit, typo_in_group(str(key), 3))
    assert "Group 3" in ui.key_check_label.text()
    assert not next_button(wizard).isEnabled()
    retype(qtbot, ui.typed_key_edit, " ".join(groups).lower())  # case and spacing are free
    assert "correct" in ui.key_check_label.text()
    assert not path.exists() and not list(path.parent.glob("*")), "no file before the key"

    # Creating: in the background, then the wizard closes with a signed-in session.
    with qtbot.waitSignal(wizard.created, timeout=20_000) as blocker:
        go_next(qtbot, wizard, ui.creating_page)
    session = blocker.args[0]
    assert isinstance(session, CaseFileSession)
    try:
        assert session.path == path and session.user.name == DSL
        assert SettingRepository(session.conn).details().name == SETTING
    finally:
        session.close()
    assert not wizard.isVisible()
    assert ui.passphrase_edit.text() == "" and ui.typed_key_edit.text() == ""
    assert wizard.recovery_key is None

    with unlock(path, user_name=DSL, passphrase=STRONG) as reopened:
        assert reopened.user.name == DSL
    with unlock_with_recovery_key(path, recovery_key=str(key), acting_user=DSL) as recovered:
        assert recovered.must_set_passphrase


def test_open_existing_ends_the_wizard_with_the_chosen_file(
    qtbot: QtBot, wizard: SetupWizard, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    ui = wizard.ui
    ui.open_existing_radio.click()
    assert "Open" in next_button(wizard).text()
    prompts.queue(None)  # the open dialog cancelled: stay on the welcome page
    next_button(wizard).click()
    assert wizard.isVisible() and wizard.currentPage() is ui.welcome_page
    existing = tmp_path / "elsewhere" / "case.ypsi"
    prompts.queue(existing)
    with qtbot.waitSignal(wizard.open_existing) as blocker:
        next_button(wizard).click()
    assert blocker.args == [existing]
    assert not wizard.isVisible()


def test_a_place_already_taken_is_refused(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    taken = tmp_path / "data" / "case.ypsi.keys"
    taken.parent.mkdir()
    taken.write_text("someone else's key header")
    walk_to_location(qtbot, wizard)
    assert wizard.ui.location_message_label.text() == str(CaseFileExists())
    assert not next_button(wizard).isEnabled()


def test_a_failed_creation_is_explained_and_can_be_tried_again(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    ui = wizard.ui
    walk_to_location(qtbot, wizard)
    path = wizard.case_path
    go_next(qtbot, wizard, ui.recovery_key_page)
    ui.written_down_check.click()
    go_next(qtbot, wizard, ui.confirm_key_page)
    assert wizard.recovery_key is not None
    qtbot.keyClicks(ui.typed_key_edit, str(wizard.recovery_key))
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")  # something appears there meanwhile

    go_next(qtbot, wizard, ui.creating_page)
    assert ui.creating_bar.isVisible()
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert not cancel.isEnabled()
    wizard.reject()  # Escape or closing the window while the file is written: refused
    assert wizard.isVisible()
    qtbot.waitUntil(ui.retry_button.isVisible, timeout=20_000)
    assert str(CaseFileExists()) in ui.creating_error_label.text()
    assert not ui.creating_bar.isVisible()
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert cancel.isEnabled()
    assert QApplication.focusWidget() is ui.retry_button

    path.unlink()
    with qtbot.waitSignal(wizard.created, timeout=20_000) as blocker:
        ui.retry_button.click()
    blocker.args[0].close()
    assert path.exists()
