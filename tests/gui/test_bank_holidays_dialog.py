"""Records → Bank holidays: listing, adding and removing the days that deadlines counted in
working days skip, as a DSL does it, and a read-only user who can only look."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.incident_helpers import click, new_file, type_into
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.gui.bank_holidays_dialog import BankHolidaysDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.session import CaseFileSession, unlock
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.bank_holidays import calendar
from ypsi_desktop.storage.due import acknowledgement_due

READER_PASS = "quiet-lantern-fjord-88-pebble"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session = new_file(tmp_path)
    yield session
    session.close()


def _dialog(qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts) -> BankHolidaysDialog:
    dialog = BankHolidaysDialog(session, prompts, today=date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_dsl_adds_the_usual_days_and_one_of_their_own_and_removes_one(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    prompts = ScriptedPrompts()
    dialog = _dialog(qtbot, session, prompts)
    ui = dialog.ui
    assert dialog.rows() == [] and "every weekday counts" in ui.count_label.text()

    prompts.queue(True)
    click(qtbot, ui.usual_button)
    assert "28/12/2026  Boxing Day (substitute day)" in prompts.shown[-1][2]
    assert dialog.rows()[1] == ("03/04/2026", "Friday", "Good Friday")
    assert ui.count_label.text() == "2026: 8 bank holidays"
    # A referral made the day before Good Friday is now due after Easter Monday.
    assert acknowledgement_due(date(2026, 4, 2), calendar(session.conn)) == date(2026, 4, 7)

    type_into(qtbot, ui.date_edit, "30/11/2026")
    type_into(qtbot, ui.note_edit, "St Andrew's Day (test)")
    click(qtbot, ui.add_button)
    assert ("30/11/2026", "Monday", "St Andrew's Day (test)") in dialog.rows()

    ui.days_table.selectRow(1)  # Good Friday
    click(qtbot, ui.remove_button)
    assert date(2026, 4, 3) not in calendar(session.conn).bank_holidays
    assert len(dialog.rows()) == 8


def test_a_slip_in_the_date_is_explained_and_nothing_saved(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    dialog = _dialog(qtbot, session, ScriptedPrompts())
    ui = dialog.ui
    for typed, says in (
        ("31/02/2026", "day"),
        ("22/08/2026", "weekend"),
        ("01/01/2200", "from 2000 to 2100"),
    ):
        ui.date_edit.setText(typed)
        click(qtbot, ui.add_button)
        assert says in ui.error_label.text() and ui.error_label.isVisible()
    assert calendar(session.conn).bank_holidays == frozenset()


def test_a_read_only_user_sees_the_list_but_cannot_change_it(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    add_user(session, "Robin Reader", UserRole.READ_ONLY, READER_PASS)
    path = session.path
    session.close()
    with unlock(path, user_name="Robin Reader", passphrase=READER_PASS) as reader:
        dialog = _dialog(qtbot, reader, ScriptedPrompts())
        ui = dialog.ui
        assert not ui.add_group.isEnabled() and not ui.usual_button.isEnabled()
        assert "Only the designated safeguarding lead" in ui.intro_label.text()
