"""Records → Bank holidays: the days that deadlines counted in working days skip.

See domain/calendar.py for which deadlines those are. The DSL lists the days for each year,
with England and Wales's usual bank holidays one click away. Those who record incidents may
change the list; everyone else sees it. Every change is audited by the storage layer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ypsi_desktop.domain.calendar import BankHoliday, england_and_wales_bank_holidays
from ypsi_desktop.domain.dates import DateError, parse_date, short_date
from ypsi_desktop.gui.forms.ui_bank_holidays_dialog import Ui_BankHolidaysDialog
from ypsi_desktop.gui.lifetime_widgets import table_text
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.record_dialogs import show_error
from ypsi_desktop.gui.tones import tone
from ypsi_desktop.services import bank_holidays
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class BankHolidaysDialog(QDialog):
    def __init__(
        self,
        session: CaseFileSession,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BankHolidaysDialog()
        ui.setupUi(self)
        self._session = session
        self._prompts = prompts
        self._today = today or date.today()
        self._shown: list[BankHoliday] = []
        self.editable = allowed(session.user.role, Permission.RECORD)
        ui.error_label.setStyleSheet(f"color: {tone('error')};")
        show_error(ui.error_label, None)
        header = ui.days_table.horizontalHeader()
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.year_spin.setValue(self._today.year)
        ui.year_spin.valueChanged.connect(lambda _: self.refresh())
        ui.days_table.itemSelectionChanged.connect(self._update_buttons)
        ui.add_button.clicked.connect(self.add_typed)
        ui.usual_button.clicked.connect(self.add_usual)
        ui.remove_button.clicked.connect(self.remove_chosen)
        ui.button_box.rejected.connect(self.reject)
        if not self.editable:
            for widget in (ui.add_group, ui.usual_button, ui.remove_button):
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
        try:
            self._shown = bank_holidays.listed(self._session, self.year)
        except (NotAllowed, CaseFileError) as error:
            self._shown = []
            show_error(self.ui.error_label, str(error))
        table.setRowCount(len(self._shown))
        for row, holiday in enumerate(self._shown):
            day = holiday.day
            for column, text in enumerate(
                (short_date(day), _WEEKDAYS[day.weekday()], holiday.note)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        count = len(self._shown)
        self.ui.count_label.setText(
            f"{self.year}: {count} bank holiday{'s' * (count != 1)}"
            if count
            else f"No bank holidays listed for {self.year}: every weekday counts."
        )
        self._update_buttons()

    def rows(self) -> list[tuple[str, ...]]:
        return table_text(self.ui.days_table)

    def _update_buttons(self) -> None:
        chosen = bool(self.ui.days_table.selectionModel().selectedRows())
        self.ui.remove_button.setEnabled(self.editable and chosen)

    # --- changes ---------------------------------------------------------------------------

    def add_typed(self) -> None:
        ui = self.ui
        try:
            day = parse_date(ui.date_edit.clean_text(), today=self._today, allow_future=True)
        except DateError as problem:
            show_error(ui.error_label, str(problem))
            return
        low, high = ui.year_spin.minimum(), ui.year_spin.maximum()
        if not low <= day.year <= high:
            show_error(ui.error_label, f"Choose a date from {low} to {high}.")
            return
        if day.weekday() >= 5:
            show_error(ui.error_label, "That is a weekend: weekends never count anyway.")
            return
        show_error(ui.error_label, None)
        if self._record([BankHoliday(day, ui.note_edit.clean_text())]):
            ui.date_edit.clear()
            ui.note_edit.clear()
            ui.year_spin.setValue(day.year)
            self.refresh()

    def add_usual(self) -> None:
        days = england_and_wales_bank_holidays(self.year)
        if self._prompts.confirm(
            self,
            "Add bank holidays",
            f"Add England and Wales's usual bank holidays for {self.year}?\n\n"
            + "\n".join(f"{short_date(d.day)}  {d.note}" for d in days)
            + "\n\nThey are worked out from the standing rules: if one has been added or "
            "moved by proclamation, change the list by hand. Scotland and Northern Ireland "
            "have others: add those by hand.",
            yes="Add them",
        ) and self._record(days):
            self.refresh()

    def remove_chosen(self) -> None:
        rows = sorted({i.row() for i in self.ui.days_table.selectionModel().selectedRows()})
        chosen = [self._shown[r].day for r in rows if 0 <= r < len(self._shown)]
        if not chosen:
            return
        try:
            bank_holidays.remove(self._session, chosen)
        except (NotAllowed, CaseFileError) as error:
            self._prompts.warn(self, "The days were not removed", str(error))
            return
        self.refresh()

    def _record(self, days: list[BankHoliday]) -> bool:
        try:
            bank_holidays.record(self._session, days)
        except ValueError as error:  # a name too long
            show_error(self.ui.error_label, str(error))
            return False
        except (NotAllowed, CaseFileError) as error:
            self._prompts.warn(self, "The days were not saved", str(error))
            return False
        return True
