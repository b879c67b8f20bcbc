"""One wizard question as a widget: prompt, explanation, badges and an input for its kind.

The widget only renders a QuestionState from the domain flow and reports the user's answer;
which questions exist, what they mean and what follows from the answers live in the domain.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ypsi_desktop.domain.guidance_ids import MAX_AGE
from ypsi_desktop.domain.wizard import QuestionState
from ypsi_desktop.domain.wizard_questions import NOT_KNOWN_YET, QuestionKind
from ypsi_desktop.gui.plain_text import PlainTextEdit
from ypsi_desktop.gui.tones import tone

NOT_KNOWN = NOT_KNOWN_YET.label


def describe_value(state: QuestionState) -> str:
    """How an answer reads on screen (used for read-only people facts)."""
    value = state.value
    if value is None:
        return NOT_KNOWN
    for choice in state.question.choices:
        if choice.value == value:
            return choice.label
    return str(value)


class QuestionWidget(QFrame):
    """Emits `answered(question_id, value)`; `value` None means "Not known yet"."""

    answered = Signal(str, object)
    people_link = Signal(str)
    notice = Signal(str)

    def __init__(self, state: QuestionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = state.question
        self.setObjectName(f"question_{self.question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)

        self.prompt_label = QLabel(self.question.prompt)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.prompt_label)
        self.badge_label = QLabel()
        self.badge_label.setObjectName("badge_label")
        self.badge_label.setWordWrap(True)
        layout.addWidget(self.badge_label)
        explanation = QLabel(self.question.explanation)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        if self.question.example:
            example = QLabel(f"For example: {self.question.example}")
            example.setWordWrap(True)
            example.setStyleSheet("font-style: italic;")
            layout.addWidget(example)

        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {tone('error')};")
        self.error_label.hide()

        self._group: QButtonGroup | None = None
        self._spin: QSpinBox | None = None
        self._text: PlainTextEdit | None = None
        self._value_label: QLabel | None = None
        self._updating = False
        self._build_input(state, layout)
        layout.addWidget(self.error_label)
        self.update_state(state)

    # --- building --------------------------------------------------------------------------

    def _build_input(self, state: QuestionState, layout: QVBoxLayout) -> None:
        name = self.question.prompt
        if state.read_only:
            self._value_label = QLabel()
            self._value_label.setObjectName("value_label")
            self._value_label.setAccessibleName(f"{name} (from the people table)")
            layout.addWidget(self._value_label)
            link = QLabel('<a href="people">Change it in the people table</a>')
            link.setObjectName("people_link")
            link.setAccessibleName(f"Change {name} in the people table")
            link.linkActivated.connect(lambda _href: self.people_link.emit(self.question.id))
            layout.addWidget(link)
            return
        if self.question.kind in (QuestionKind.TRI, QuestionKind.SHARING):
            self._group = QButtonGroup(self)
            for index, choice in enumerate(self.question.choices):
                button = QRadioButton(choice.label)
                button.setAccessibleName(f"{name}: {choice.label}")
                self._group.addButton(button, index)
                layout.addWidget(button)
            self._group.idClicked.connect(self._choice_clicked)
        elif self.question.kind is QuestionKind.AGE:
            self._spin = QSpinBox()
            self._spin.setRange(-1, MAX_AGE)
            self._spin.setSpecialValueText(NOT_KNOWN)
            self._spin.setSuffix(" years")
            self._spin.setKeyboardTracking(False)  # commit on Enter or leaving the box
            self._spin.setAccessibleName(name)
            self._spin.setAccessibleDescription("Whole years; the lowest value means not known yet")
            self._spin.valueChanged.connect(self._age_changed)
            layout.addWidget(self._spin)
        else:
            self._text = PlainTextEdit(limit=20_000)
            self._text.setAccessibleName(name)
            self._text.setMaximumHeight(80)
            self._text.notice.connect(self.notice)
            self._text.textChanged.connect(self._text_changed)
            layout.addWidget(self._text)

    def first_input(self) -> QWidget | None:
        if self._group is not None:
            checked = self._group.checkedButton()
            return checked or self._group.buttons()[0]
        return self._spin or self._text

    # --- state -----------------------------------------------------------------------------

    def update_state(self, state: QuestionState) -> None:
        """Show the current value and badges without re-emitting `answered`."""
        self._updating = True
        try:
            badges = []
            if state.feeds_trigger:
                badges.append(
                    f'<span style="color:{tone("trigger")};">Referral trigger question</span>'
                )
            if state.matters and state.value is None:
                badges.append("<b>Still needed</b>: the answer could change the suggestion")
            if not state.confirmed:
                badges.append("From the incident record: check it, then carry on")
            if state.read_only:
                badges.append("Worked out from the people table")
            self.badge_label.setText(" · ".join(badges))
            self.badge_label.setVisible(bool(badges))
            if self._value_label is not None:
                self._value_label.setText(escape(describe_value(state)))
            if self._group is not None:
                for index, choice in enumerate(self.question.choices):
                    if choice.value == state.value and type(choice.value) is type(state.value):
                        self._group.button(index).setChecked(True)
            if self._spin is not None:
                self._spin.setValue(-1 if state.value is None else int(str(state.value)))
            if self._text is not None and self._text.text() != (state.value or ""):
                self._text.setPlainText(str(state.value or ""))
        finally:
            self._updating = False

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # --- user input ------------------------------------------------------------------------

    def _choice_clicked(self, index: int) -> None:
        if not self._updating:
            self.answered.emit(self.question.id, self.question.choices[index].value)

    def _age_changed(self, value: int) -> None:
        if not self._updating:
            self.answered.emit(self.question.id, None if value < 0 else value)

    def _text_changed(self) -> None:
        if not self._updating and self._text is not None:
            self.answered.emit(self.question.id, self._text.text() or None)
