"""What is typed into an editor window can be read out and put back into a fresh one: the
lock keeps it in the encrypted draft this way (tests/gui/test_app_controller.py)."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ypsi_desktop.domain.case import IncidentPerson, Person, PersonKind, Role
from ypsi_desktop.gui import editor_state
from ypsi_desktop.gui.record_dialogs import ReferralDialog


def _children() -> list[IncidentPerson]:
    return [
        IncidentPerson(
            person=Person(kind=PersonKind.CHILD, first_name=first, last_name="Testperson", id=n),
            roles=frozenset({Role.PICTURED}),
        )
        for n, first in ((1, "Ava"), (2, "Ben"))
    ]


def test_a_referral_editors_typing_ticks_and_choices_survive_the_round_trip(
    qtbot: QtBot,
) -> None:
    first = ReferralDialog(None, _children(), today=date(2026, 3, 2))
    qtbot.addWidget(first)
    ui = first.ui
    ui.agency_combo.setCurrentIndex(2)
    ui.made_on_edit.setText("02/03/2026")
    ui.spoken_to_edit.setText("Duty social worker (test)")
    ui.risk_reasons_edit.setPlainText("Shared beyond the pair; older pupil involved (test).")
    ui.children_list.item(1).setCheckState(Qt.CheckState.Checked)
    kept = editor_state.capture(first)
    assert json.loads(json.dumps(kept)) == kept  # fit for the draft's JSON
    assert kept["children_list"] == [False, True]

    second = ReferralDialog(None, _children(), today=date(2026, 3, 2))
    qtbot.addWidget(second)
    assert editor_state.capture(second) != kept
    assert editor_state.restore(second, kept) == len(kept)
    assert editor_state.capture(second) == kept
    assert second.ui.spoken_to_edit.text() == "Duty social worker (test)"


def test_values_that_no_longer_fit_are_left_out(qtbot: QtBot) -> None:
    dialog = ReferralDialog(None, _children()[:1], today=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    before = editor_state.capture(dialog)
    taken = editor_state.restore(
        dialog,
        {
            "children_list": [True, True],  # two children then, one now
            "agency_combo": 99,  # no such choice
            "risk_combo": True,  # not a position
            "no_such_field": "x",
            "spoken_to_edit": "Test name",
        },
    )
    assert taken == 1
    assert editor_state.capture(dialog) == {**before, "spoken_to_edit": "Test name"}
