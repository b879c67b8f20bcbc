"""The classification wizard dock: renders the domain WizardFlow, one step at a time.

The dock holds no rule. It shows the flow's current step, passes answers to it, and draws
the live suggestion after every answer. When the DSL records a decision it emits `completed`
with the CompletedAssessment; the host saves it and calls `show_saved` (or `show_error`).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance_text import IMAGERY_REMINDER, description, label
from ypsi_desktop.domain.wizard import StepView, TriggerStatus, WizardFlow, trigger_checklist
from ypsi_desktop.domain.wizard_decision import WizardError
from ypsi_desktop.domain.wizard_questions import short_label
from ypsi_desktop.gui.forms.ui_wizard_dock import Ui_WizardDock
from ypsi_desktop.gui.tones import tone
from ypsi_desktop.gui.wizard_question import QuestionWidget

_STATUS_WORDS = {
    TriggerStatus.HOLDS: ("Met", "error"),
    TriggerStatus.NOT_RULED_OUT: ("Not yet known", "warning"),
    TriggerStatus.RULED_OUT: ("Not met", "ok"),
}


def _bullets(lines: Sequence[str]) -> str:
    return "".join(f"• {escape(line)}<br>" for line in lines).removesuffix("<br>")


class WizardDock(QDockWidget):
    completed = Signal(object)  # CompletedAssessment
    people_link_activated = Signal(str)
    guidance_requested = Signal()
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WizardDock()
        self.ui.setupUi(self)
        self.setObjectName("wizard_dock")
        self.ui.reminder_label.setText(f"<b>Imagery:</b> {escape(IMAGERY_REMINDER)}")
        # Questions are the work; the suggestion sits below them and scrolls on its own.
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([600, 400])
        # The empty page's text can quote user names (a closed incident's decisions): words only.
        self.ui.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self._flow: WizardFlow | None = None
        self._questions: dict[str, QuestionWidget] = {}
        for category in ids.CATEGORIES:
            self.ui.decided_category_combo.addItem(label(category), category)
        for route in ids.ROUTES:
            self.ui.decided_route_combo.addItem(label(route), route)
        self.ui.next_button.clicked.connect(self.go_next)
        self.ui.back_button.clicked.connect(self.go_back)
        self.ui.guidance_button.clicked.connect(self.guidance_requested)
        self.ui.use_suggestion_button.clicked.connect(self.use_suggestion)
        self.ui.record_decision_button.clicked.connect(self.record_decision)
        self.ui.decision_reasons_edit.notice.connect(self.notice)
        self.clear()

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def flow(self) -> WizardFlow | None:
        return self._flow

    def start(self, flow: WizardFlow) -> None:
        """Show `flow` from its current step (a new run, or one resumed from a draft)."""
        self._flow = flow
        self.ui.page_stack.setCurrentWidget(self.ui.flow_page)
        self.ui.decision_reasons_edit.clear()
        self._show_message("")
        self._render(flow.view())

    def show_changes(self) -> None:
        """Show the flow again after its facts changed outside the dock (the record or the
        people table was saved), keeping the step and what is typed in the dock."""
        if self._flow is None:
            return
        view = self._flow.view()
        if {state.question.id for state in view.questions} == set(self._questions):
            self._refresh(view)  # the same questions: no rebuild, so focus stays put
        else:
            self._render(view)

    def clear(self, hint: str = "Open an incident to classify it.") -> None:
        """Forget the flow and every answer shown (used when the incident closes or on lock)."""
        self.ui.empty_label.setText(hint)
        self._flow = None
        self._drop_questions()
        self.ui.decision_reasons_edit.clear()
        self.ui.history_label.clear()
        self._show_message("")
        self.ui.page_stack.setCurrentWidget(self.ui.empty_page)

    def show_closed(
        self, closed_on: str | None, entries: Sequence[tuple[str, str, str, str]]
    ) -> None:
        """A closed incident: the decisions it holds, and no new run on offer."""
        when = f" on {closed_on}" if closed_on else ""
        lines = [f"This incident was closed{when}. Reopen it to record a new decision."]
        if entries:
            lines += ["", "Decisions recorded, newest first:"]
            lines += [
                f"• {stamp}, {who}: {label(category)}; {label(route)}"
                for stamp, who, category, route in entries
            ]
        self.clear("\n".join(lines))

    def set_history(self, entries: Sequence[tuple[str, str, str, str]]) -> None:
        """Earlier decisions, newest first: (when, who, category id, route id)."""
        if not entries:
            self.ui.history_label.setText("")
            return
        lines = [
            f"{when}, {who}: {label(category)}; {label(route)}"
            for when, who, category, route in entries
        ]
        self.ui.history_label.setText(f"<b>Earlier decisions</b><br>{_bullets(lines)}")

    def show_saved(self, message: str) -> None:
        self._show_message(message, error=False)

    def show_error(self, message: str) -> None:
        self._show_message(message, error=True)

    # --- navigation ------------------------------------------------------------------------

    def go_next(self) -> None:
        if self._flow is not None and not self._flow.view().is_last:
            self._render(self._flow.next())

    def go_back(self) -> None:
        if self._flow is not None and self._flow.view().can_go_back:
            self._render(self._flow.back())

    # --- answers ---------------------------------------------------------------------------

    def _answered(self, question_id: str, value: object) -> None:
        assert self._flow is not None
        widget = self._questions[question_id]
        try:
            self._flow.answer(question_id, value)
        except (WizardError, ValueError) as error:
            widget.show_error(self._explain(error))
            return
        widget.show_error("")
        self._refresh(self._flow.view())

    @staticmethod
    def _explain(error: Exception) -> str:
        text = str(error)
        if "youngest_age" in text and "youngest_pictured_age" in text:
            return (
                "The youngest person involved cannot be older than the youngest person "
                "pictured, because everyone pictured is involved too."
            )
        return text

    # --- decision --------------------------------------------------------------------------

    def use_suggestion(self) -> None:
        if self._flow is None:
            return
        suggestion = self._flow.assessment
        self._select(suggestion.category, suggestion.route)
        self.record_decision()

    def record_decision(self) -> None:
        if self._flow is None:
            return
        category = self.ui.decided_category_combo.currentData()
        route = self.ui.decided_route_combo.currentData()
        reasons = self.ui.decision_reasons_edit.text()
        suggestion = self._flow.assessment
        try:
            if (category, route) == (suggestion.category, suggestion.route):
                self._flow.accept(reasons)
            else:
                self._flow.decide(category, route, reasons)
            completed = self._flow.complete()
        except WizardError as error:
            self.show_error(str(error))
            self.ui.decision_reasons_edit.setFocus()
            return
        self._show_message("")
        self.completed.emit(completed)

    def _select(self, category: str, route: str) -> None:
        combo_c, combo_r = self.ui.decided_category_combo, self.ui.decided_route_combo
        combo_c.setCurrentIndex(combo_c.findData(category))
        combo_r.setCurrentIndex(combo_r.findData(route))

    # --- drawing ---------------------------------------------------------------------------

    def _drop_questions(self) -> None:
        for widget in self._questions.values():
            widget.setParent(None)
            widget.deleteLater()
        self._questions.clear()

    def _render(self, view: StepView) -> None:
        """Rebuild the question widgets for a new step."""
        self._drop_questions()
        layout = self.ui.question_layout
        for state in view.questions:
            widget = QuestionWidget(state, self.ui.question_container)
            widget.answered.connect(self._answered)
            widget.people_link.connect(self.people_link_activated)
            widget.notice.connect(self.notice)
            layout.insertWidget(layout.count(), widget)
            widget.show()  # shown now, not at the next event loop pass, so focus can land
            self._questions[state.question.id] = widget
        if view.is_last:
            self._select(view.assessment.category, view.assessment.route)
            self.ui.splitter.setSizes([150, 850])  # the decision is the work of this step
        self._refresh(view)
        if view.is_last:
            QTimer.singleShot(
                0, lambda: self.ui.suggestion_scroll.ensureWidgetVisible(self.ui.decision_box)
            )
        inputs = (w.first_input() for w in self._questions.values())
        target = next((i for i in inputs if i is not None), self.ui.next_button)
        target.setFocus()

    def _refresh(self, view: StepView) -> None:
        """Update step header, badges and the suggestion after any change."""
        ui = self.ui
        ui.step_title_label.setText(view.step.title)
        ui.step_summary_label.setText(view.step.summary)
        ui.progress_bar.setMaximum(view.count)
        ui.progress_bar.setValue(view.index + 1)
        ui.progress_bar.setFormat(f"Step {view.index + 1} of {view.count}")
        ui.back_button.setEnabled(view.can_go_back)
        ui.next_button.setEnabled(not view.is_last)
        ui.decision_box.setVisible(view.is_last)
        for state in view.questions:
            self._questions[state.question.id].update_state(state)
        self._draw_suggestion(view)

    def _draw_suggestion(self, view: StepView) -> None:
        a = view.assessment
        ui = self.ui
        if a.category == ids.UNDETERMINED:
            text = "Not yet determined"
            if a.provisional:
                text += f". If every open question turns out harmless: {label(a.provisional)}"
            ui.category_value.setText(text)
        else:
            ui.category_value.setText(label(a.category))
        ui.category_value.setToolTip(description(a.category))
        ui.route_value.setText(label(a.route))
        ui.route_value.setToolTip(description(a.route))
        rows = []
        for trigger, status in trigger_checklist(a):
            word, colour = _STATUS_WORDS[status]
            shown = f'<span style="color:{tone(colour)};"><b>{word}</b></span>'
            rows.append(f"{shown}: {escape(label(trigger))}")
        ui.triggers_value.setText("<br>".join(rows))
        flags = [label(flag) for flag in ids.FLAGS if flag in a.flags]
        ui.flags_value.setText(_bullets(flags) if flags else "Nothing else at present")
        reasons = list(a.reasons)
        if a.missing:
            needed = sorted(short_label(fact) for fact in a.missing)
            reasons.append("Still needed: " + "; ".join(needed) + ".")
        ui.reasons_value.setText(_bullets(reasons))
        met = [label(t) for t, status in trigger_checklist(a) if status is TriggerStatus.HOLDS]
        summary = f"Suggested: <b>{escape(label(a.category))}</b>; <b>{escape(label(a.route))}</b>."
        if met:
            summary += " Referral triggers met: " + escape("; ".join(met)) + "."
        ui.decision_summary_label.setText(summary)

    def _show_message(self, message: str, *, error: bool = False) -> None:
        label_ = self.ui.decision_message_label
        label_.setText(message)
        label_.setStyleSheet(f"color: {tone('error' if error else 'ok')};")
        label_.setVisible(bool(message))
