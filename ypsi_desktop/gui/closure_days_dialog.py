"""Records → Bank holidays and closure days: the days the deadlines skip.

A referral's acknowledgement is counted in working days (bank holidays skipped) and a child's
file's transfer in school days (closure days skipped too); see domain/calendar.py. The DSL
lists the days for each year, with England and Wales's usual bank holidays one click away.
Those who record incidents may change the list; everyone else sees it. Every change is
audited by the storage layer.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ypsi_desktop.domain.calendar import (
    CLOSURE_WORDS,
    ClosureDay,
    ClosureKind,
    england_and_wales_bank_holidays,
)
from ypsi_desktop.domain.dates import DateError, parse_date, short_date
from ypsi_desktop.gui.forms.ui_closure_days_dialog import Ui_ClosureDaysDialog
from ypsi_desktop.gui.lifetime_widgets import table_text
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.record_dialogs import show_error
from ypsi_desktop.gui.tones import tone
from ypsi_desktop.services import closures
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError

RUN_LIMIT_DAYS = 120  # a run of days off longer than a summer holiday is a typing slip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class ClosureDaysDialog(QDialog):
    def __init__(
        self,
        session: CaseFileSession,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ClosureDaysDialog()
        ui.setupUi(self)
        self._session = session
        self._prompts = prompts
        self._today = today or date.today()
        self._shown: list[ClosureDay] = []
        self.editable = allowed(session.user.role, Permission.RECORD)
        for kind, words in CLOSURE_WORDS.items():
            ui.kind_combo.addItem(words, kind.value)
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(ClosureKind.SCHOOL_CLOSED.value))
        ui.error_label.setStyleSheet(f"color: {tone('error')};")
        show_error(ui.error_label, None)
        header = ui.days_table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.year_spin.setValue(self._today.year)
        ui.year_spin.valueChanged.connect(lambda _: self.refresh())
        ui.days_table.itemSelectionChanged.connect(self._update_buttons)
        ui.add_button.clicked.connect(self.add_typed)
        ui.bank_holidays_button.clicked.connect(self.add_bank_holidays)
        ui.remove_button.clicked.connect(self.remove_chosen)
        ui.button_box.rejected.connect(self.reject)
        if not self.editable:
            for widget in (ui.add_group, ui.bank_holidays_button, ui.remove_button):
                widget.setEnabled(False)
            ui.intro_label.setText(
                ui.intro_label.text()
                + "\n\nOnly the designated safeguarding lead or a deputy can change the list."
            )
        self.refresh()

    @property
    def year(self) -> int:
        return int(self.ui.year_spin.value())

    def refresh(self) -> None:
        table = self.ui.days_table
        self._shown = closures.days(self._session, self.year)
        table.setRowCount(len(self._shown))
        for row, day in enumerate(self._shown):
            texts = (short_date(day.day), _WEEKDAYS[day.day.weekday()], CLOSURE_WORDS[day.kind])
            for column, text in enumerate((*texts, day.note)):
                table.setItem(row, column, QTableWidgetItem(text))
        banks = sum(d.kind is ClosureKind.BANK_HOLIDAY for d in self._shown)
        closed = len(self._shown) - banks
        self.ui.count_label.setText(
            f"{self.year}: {banks} bank holiday{'s' * (banks != 1)}, "
            f"{closed} other day{'s' * (closed != 1)} the school is closed"
            if self._shown
            else f"No days off listed for {self.year}: every weekday counts."
        )
        self._update_buttons()

    def rows(self) -> list[tuple[str, ...]]:
        return table_text(self.ui.days_table)

    def _update_buttons(self) -> None:
        chosen = bool(self.ui.days_table.selectionModel().selectedRows())
        self.ui.remove_button.setEnabled(self.editable and chosen)

    # --- changes ---------------------------------------------------------------------------

    def _typed_days(self) -> list[ClosureDay] | None:
        ui = self.ui
        try:
            first = parse_date(ui.from_edit.clean_text(), today=self._today, allow_future=True)
            to_text = ui.to_edit.clean_text()
            last = parse_date(to_text, today=self._today, allow_future=True) if to_text else first
        except DateError as problem:
            show_error(ui.error_label, str(problem))
            return None
        if last < first:
            show_error(ui.error_label, "The last day comes before the first.")
            return None
        if (last - first).days > RUN_LIMIT_DAYS:
            show_error(
                ui.error_label,
                f"That is more than {RUN_LIMIT_DAYS} days: add a holiday at a time.",
            )
            return None
        kind = ClosureKind(ui.kind_combo.currentData())
        note = ui.note_edit.clean_text()
        span = ((first + timedelta(days=n)) for n in range((last - first).days + 1))
        listed = [ClosureDay(day, kind, note) for day in span if day.weekday() < 5]
        if not listed:
            show_error(ui.error_label, "Those days are a weekend: weekends never count.")
            return None
        show_error(ui.error_label, None)
        return listed

    def add_typed(self) -> None:
        listed = self._typed_days()
        if listed is None:
            return
        if self._record(listed):
            self.ui.from_edit.clear()
            self.ui.to_edit.clear()
            self.ui.note_edit.clear()
            self.ui.year_spin.setValue(listed[0].day.year)
            self.refresh()

    def add_bank_holidays(self) -> None:
        listed = england_and_wales_bank_holidays(self.year)
        if self._prompts.confirm(
            self,
            "Add bank holidays",
            f"Add England and Wales's usual bank holidays for {self.year}?\n\n"
            + "\n".join(f"{short_date(d.day)}  {d.note}" for d in listed)
            + "\n\nThey are worked out from the standing rules: if a bank holiday has been "
            "added or moved by proclamation, change the list by hand. Scotland and Northern "
            "Ireland have others: add those by hand.",
            yes="Add them",
        ) and self._record(listed):
            self.refresh()

    def remove_chosen(self) -> None:
        rows = sorted({i.row() for i in self.ui.days_table.selectionModel().selectedRows()})
        chosen = [self._shown[r].day for r in rows if 0 <= r < len(self._shown)]
        if not chosen:
            return
        try:
            closures.remove(self._session, chosen)
        except (NotAllowed, CaseFileError) as error:
            self._prompts.warn(self, "The days were not removed", str(error))
            return
        self.refresh()

    def _record(self, listed: list[ClosureDay]) -> bool:
        try:
            closures.record(self._session, listed)
        except ValueError as error:  # a note too long
            show_error(self.ui.error_label, str(error))
            return False
        except (NotAllowed, CaseFileError) as error:
            self._prompts.warn(self, "The days were not saved", str(error))
            return False
        return True
