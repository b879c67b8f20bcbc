"""Records → Bank holidays and closure days: listing, adding and removing the days the
deadlines skip, as a DSL does it, and a read-only user who can only look."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.incident_helpers import click, new_file, type_into
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.gui.closure_days_dialog import ClosureDaysDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.closure_days import calendar


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session = new_file(tmp_path)
    yield session
    session.close()


def _dialog(qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts) -> ClosureDaysDialog:
    dialog = ClosureDaysDialog(session, prompts, today=date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_dsl_adds_bank_holidays_and_a_holiday_and_removes_a_day(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    prompts = ScriptedPrompts()
    dialog = _dialog(qtbot, session, prompts)
    ui = dialog.ui
    assert dialog.rows() == [] and "every weekday counts" in ui.count_label.text()

    prompts.queue(True)
    click(qtbot, ui.bank_holidays_button)
    assert "28/12/2026  Boxing Day (substitute day)" in prompts.shown[-1][2]
    assert dialog.rows()[1] == ("03/04/2026", "Friday", "Bank holiday", "Good Friday")

    type_into(qtbot, ui.from_edit, "21/12/2026")
    type_into(qtbot, ui.to_edit, "01/01/2027")
    type_into(qtbot, ui.note_edit, "Christmas holiday")
    click(qtbot, ui.add_button)
    assert ui.year_spin.value() == 2026
    rows = dialog.rows()
    assert ("21/12/2026", "Monday", "School closed", "Christmas holiday") in rows
    assert ("25/12/2026", "Friday", "Bank holiday", "Christmas Day") in rows  # stays one
    assert not any(r[1] in ("Saturday", "Sunday") for r in rows)  # weekends never listed
    days_off = calendar(session.conn)
    assert date(2027, 1, 1) in days_off.school_closed
    assert date(2026, 4, 3) in days_off.bank_holidays

    ui.days_table.selectRow(1)  # Good Friday
    click(qtbot, ui.remove_button)
    assert date(2026, 4, 3) not in calendar(session.conn).bank_holidays


def test_a_slip_in_the_dates_is_explained_and_nothing_saved(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    dialog = _dialog(qtbot, session, ScriptedPrompts())
    ui = dialog.ui
    for first, last, says in (
        ("31/02/2026", "", "day"),
        ("10/08/2026", "01/08/2026", "comes before the first"),
        ("01/01/2026", "31/12/2026", "more than 120 days"),
        ("22/08/2026", "23/08/2026", "weekend"),
    ):
        ui.from_edit.setText(first)
        ui.to_edit.setText(last)
        click(qtbot, ui.add_button)
        assert says in ui.error_label.text() and ui.error_label.isVisible()
    assert calendar(session.conn).school_closed == frozenset()


def test_a_read_only_user_sees_the_list_but_cannot_change_it(
    qtbot: QtBot, session: CaseFileSession, tmp_path: Path
) -> None:
    from ypsi_desktop.services.users import add_user

    add_user(session, "Robin Reader", UserRole.READ_ONLY, "quiet-lantern-fjord-88-pebble")
    from ypsi_desktop.services.session import unlock

    path = session.path
    session.close()
    with unlock(path, user_name="Robin Reader", passphrase="quiet-lantern-fjord-88-pebble") as r:
        dialog = _dialog(qtbot, r, ScriptedPrompts())
        ui = dialog.ui
        assert not ui.add_group.isEnabled() and not ui.bank_holidays_button.isEnabled()
        assert "Only the designated safeguarding lead" in ui.intro_label.text()
