"""The setting's own details and the contacts directory the referral forms print.

Editable by those who record incidents (the DSL and deputies); others see them read-only. The
service cleans and checks the text and saves everything in one transaction, audited.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from ypsi_desktop.domain.case import Contact, ContactKind, SettingDetails
from ypsi_desktop.gui.forms.ui_setting_details_dialog import Ui_SettingDetailsDialog
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.services.paperwork.setting_details import contacts, save_setting, setting_details
from ypsi_desktop.services.paperwork.words import CONTACT_KINDS
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession

_FIELDS = ("name", "telephone", "email", "address", "notes")


class SettingDetailsDialog(QDialog):
    def __init__(
        self, session: CaseFileSession, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingDetailsDialog()
        self.ui.setupUi(self)
        self._session = session
        self._prompts = prompts
        self._ids: list[int | None] = []
        ui = self.ui
        self.editable = allowed(session.user.role, Permission.RECORD)
        details = setting_details(session)
        ui.name_edit.setText(details.name)
        ui.address_edit.setPlainText(details.address)
        ui.telephone_edit.setText(details.telephone)
        ui.email_edit.setText(details.email)
        ui.urn_edit.setText(details.urn)
        header = ui.contacts_table.horizontalHeader()
        for column in range(ui.contacts_table.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for contact in contacts(session):
            self.add_contact(contact)
        ui.message_label.hide()
        ui.add_contact_button.clicked.connect(lambda: self.add_contact(None))
        ui.remove_contact_button.clicked.connect(self.remove_selected)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        if not self.editable:
            for widget in (ui.setting_group, ui.add_contact_button, ui.remove_contact_button):
                widget.setEnabled(False)
            ui.contacts_table.setEditTriggers(ui.contacts_table.EditTrigger.NoEditTriggers)
            ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            ui.message_label.setText(
                "Only the designated safeguarding lead or a deputy can change these details."
            )
            ui.message_label.show()

    def add_contact(self, contact: Contact | None) -> None:
        table = self.ui.contacts_table
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox()
        kind.setAccessibleName("Agency")
        for value, words in CONTACT_KINDS.items():
            kind.addItem(words, value.value)
        chosen = contact.kind if contact is not None else ContactKind.MASH
        kind.setCurrentIndex(kind.findData(ContactKind(chosen).value))
        kind.setEnabled(self.editable)
        table.setCellWidget(row, 0, kind)
        for column, field in enumerate(_FIELDS, start=1):
            text = getattr(contact, field) if contact is not None else ""
            table.setItem(row, column, QTableWidgetItem(text))
        self._ids.append(contact.id if contact is not None else None)
        if contact is None:
            table.setCurrentCell(row, 1)
            first = table.item(row, 1)
            if first is not None:
                table.editItem(first)

    def remove_selected(self) -> None:
        table = self.ui.contacts_table
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        del self._ids[row]

    def current(self) -> tuple[SettingDetails, list[Contact]]:
        ui = self.ui
        details = SettingDetails(
            name=ui.name_edit.clean_text(),
            address=ui.address_edit.text(),
            telephone=ui.telephone_edit.clean_text(),
            email=ui.email_edit.clean_text(),
            urn=ui.urn_edit.clean_text(),
        )
        table = ui.contacts_table
        found = []
        for row, contact_id in enumerate(self._ids):
            combo = table.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            values = {}
            for column, field in enumerate(_FIELDS, start=1):
                item = table.item(row, column)
                values[field] = item.text() if item is not None else ""
            contact = Contact(kind=ContactKind(combo.currentData()), id=contact_id, **values)
            if any(values.values()):  # a row left empty is simply dropped
                found.append(contact)
        return details, found

    def save(self) -> None:
        details, wanted = self.current()
        try:
            save_setting(self._session, details, wanted)
        except (ValueError, NotAllowed) as error:
            self._prompts.warn(self, "Not saved", str(error))
            return
        self.accept()
