"""The classification dock driven with the keyboard alone (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.wizard_helpers import (
    TWO_TEENAGERS,
    activate,
    answer_radio,
    press,
    shown_dock,
    tab_to,
)
from ypsi_desktop.domain.wizard import WizardFlow
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.gui.wizard_dock import WizardDock

ADULT = "Is anyone aged 18 or over involved?"


def test_empty_until_an_incident_is_opened(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    assert dock.ui.page_stack.currentWidget() is dock.ui.empty_page
    assert "Never view" in dock.ui.reminder_label.text()


def test_first_step_and_the_always_visible_reminder(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    dock.start(WizardFlow(people=TWO_TEENAGERS))
    assert dock.ui.step_title_label.text() == "The children and anyone else involved"
    assert dock.ui.progress_bar.text() == "Step 1 of 5"
    assert dock.ui.reminder_label.isVisible()
    assert dock.ui.category_value.text().startswith("Not yet determined")


def test_answering_by_keyboard_updates_the_suggestion_live(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    dock.start(WizardFlow(people=TWO_TEENAGERS))
    assert "Not yet known</b></span>: An adult is involved" in dock.ui.triggers_value.text()
    answer_radio(qtbot, ADULT, "Yes")
    assert dock.ui.category_value.text() == "Aggravated (adult involved)"
    assert dock.ui.route_value.text() == "Refer now"
    assert "Met</b></span>: An adult is involved" in dock.ui.triggers_value.text()
    answer_radio(qtbot, ADULT, "No")
    assert "Not met</b></span>: An adult is involved" in dock.ui.triggers_value.text()
    assert dock.ui.route_value.text() != "Refer now"


def test_derived_people_facts_are_shown_not_editable(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    dock.start(WizardFlow(people=TWO_TEENAGERS))
    widget = dock._questions["youngest_age"]
    assert widget.findChild(QComboBox) is None and widget._spin is None
    assert widget._value_label is not None and widget._value_label.text() == "14"
    with qtbot.waitSignal(dock.people_link_activated) as blocker:
        widget.findChild(type(widget._value_label), "people_link").linkActivated.emit("people")
    assert blocker.args == ["youngest_age"]


def test_next_and_back_restore_answers_exactly(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    dock.start(WizardFlow(people=TWO_TEENAGERS))
    answer_radio(qtbot, ADULT, "No")
    activate(qtbot, dock.ui.next_button)
    assert dock.ui.step_title_label.text() == "How the imagery was made and shared"
    activate(qtbot, dock.ui.back_button)
    assert dock.ui.step_title_label.text() == "The children and anyone else involved"
    no = [b for b in dock._questions["adult_involved"]._group.buttons() if b.text() == "No"][0]
    assert no.isChecked()


def _walk_to_decision(qtbot: QtBot, dock: WizardDock) -> None:
    for _ in range(4):
        activate(qtbot, dock.ui.next_button)


def test_an_override_without_reasons_is_refused_then_recorded_with_them(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    dock.start(WizardFlow(people=TWO_TEENAGERS))
    answer_radio(qtbot, ADULT, "Yes")
    _walk_to_decision(qtbot, dock)
    assert dock.ui.decision_box.isVisible()
    assert dock.ui.decided_route_combo.currentText() == "Refer now"

    combo = tab_to(qtbot, lambda w: w is dock.ui.decided_route_combo)
    assert isinstance(combo, QComboBox)
    press(qtbot, Qt.Key.Key_Down)  # a different route than suggested
    assert combo.currentText() != "Refer now"
    seen: list[CompletedAssessment] = []
    dock.completed.connect(seen.append)
    tab_to(qtbot, lambda w: w is dock.ui.record_decision_button)
    press(qtbot, Qt.Key.Key_Space)
    assert seen == []
    assert "Write down why" in dock.ui.decision_message_label.text()
    assert QApplication.focusWidget() is dock.ui.decision_reasons_edit

    qtbot.keyClicks(dock.ui.decision_reasons_edit, "Police already involved; spoke to MASH.")
    button = tab_to(qtbot, lambda w: w is dock.ui.record_decision_button)
    assert isinstance(button, QPushButton)
    press(qtbot, Qt.Key.Key_Space)
    assert len(seen) == 1
    decision = seen[0].decision
    assert not decision.accepted_suggestion
    assert decision.reasons == "Police already involved; spoke to MASH."
    assert seen[0].suggestion.route == "refer_immediately"


def test_accepting_the_suggestion_needs_no_reasons(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    dock.start(WizardFlow(people=TWO_TEENAGERS))
    answer_radio(qtbot, ADULT, "Yes")
    _walk_to_decision(qtbot, dock)
    seen: list[CompletedAssessment] = []
    dock.completed.connect(seen.append)
    tab_to(qtbot, lambda w: w is dock.ui.use_suggestion_button)
    press(qtbot, Qt.Key.Key_Space)
    assert len(seen) == 1 and seen[0].decision.accepted_suggestion
    assert seen[0].decision.category == "aggravated.adult_involved"


def test_clearing_forgets_every_answer(qtbot: QtBot) -> None:
    window, dock = shown_dock(qtbot)  # keep the window alive for the whole test
    dock.start(WizardFlow(people=TWO_TEENAGERS))
    answer_radio(qtbot, ADULT, "Yes")
    dock.clear()
    assert dock.flow is None and dock._questions == {}
    assert dock.ui.page_stack.currentWidget() is dock.ui.empty_page
