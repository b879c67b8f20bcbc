# Generated from ui/setting_details_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setting_details_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import (PlainLineEdit, PlainTextEdit)

class Ui_SettingDetailsDialog(object):
    def setupUi(self, SettingDetailsDialog):
        if not SettingDetailsDialog.objectName():
            SettingDetailsDialog.setObjectName(u"SettingDetailsDialog")
        SettingDetailsDialog.resize(860, 620)
        self.dialog_layout = QVBoxLayout(SettingDetailsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SettingDetailsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.setting_group = QGroupBox(SettingDetailsDialog)
        self.setting_group.setObjectName(u"setting_group")
        self.setting_form = QFormLayout(self.setting_group)
        self.setting_form.setObjectName(u"setting_form")
        self.name_label = QLabel(self.setting_group)
        self.name_label.setObjectName(u"name_label")

        self.setting_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = PlainLineEdit(self.setting_group)
        self.name_edit.setObjectName(u"name_edit")

        self.setting_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.address_label = QLabel(self.setting_group)
        self.address_label.setObjectName(u"address_label")

        self.setting_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = PlainTextEdit(self.setting_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaximumSize(QSize(16777215, 70))

        self.setting_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.telephone_label = QLabel(self.setting_group)
        self.telephone_label.setObjectName(u"telephone_label")

        self.setting_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.telephone_label)

        self.telephone_edit = PlainLineEdit(self.setting_group)
        self.telephone_edit.setObjectName(u"telephone_edit")

        self.setting_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.telephone_edit)

        self.email_label = QLabel(self.setting_group)
        self.email_label.setObjectName(u"email_label")

        self.setting_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = PlainLineEdit(self.setting_group)
        self.email_edit.setObjectName(u"email_edit")

        self.setting_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.urn_label = QLabel(self.setting_group)
        self.urn_label.setObjectName(u"urn_label")

        self.setting_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.urn_label)

        self.urn_edit = PlainLineEdit(self.setting_group)
        self.urn_edit.setObjectName(u"urn_edit")

        self.setting_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.urn_edit)


        self.dialog_layout.addWidget(self.setting_group)

        self.contacts_group = QGroupBox(SettingDetailsDialog)
        self.contacts_group.setObjectName(u"contacts_group")
        self.contacts_layout = QVBoxLayout(self.contacts_group)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts_table = QTableWidget(self.contacts_group)
        if (self.contacts_table.columnCount() < 6):
            self.contacts_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.contacts_table.setObjectName(u"contacts_table")
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setTabKeyNavigation(False)
        self.contacts_table.setColumnCount(6)
        self.contacts_table.horizontalHeader().setStretchLastSection(True)
        self.contacts_table.verticalHeader().setVisible(False)

        self.contacts_layout.addWidget(self.contacts_table)

        self.contacts_row = QHBoxLayout()
        self.contacts_row.setObjectName(u"contacts_row")
        self.add_contact_button = QPushButton(self.contacts_group)
        self.add_contact_button.setObjectName(u"add_contact_button")

        self.contacts_row.addWidget(self.add_contact_button)

        self.remove_contact_button = QPushButton(self.contacts_group)
        self.remove_contact_button.setObjectName(u"remove_contact_button")

        self.contacts_row.addWidget(self.remove_contact_button)

        self.contacts_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contacts_row.addItem(self.contacts_spacer)


        self.contacts_layout.addLayout(self.contacts_row)


        self.dialog_layout.addWidget(self.contacts_group)

        self.message_label = QLabel(SettingDetailsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SettingDetailsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.address_label.setBuddy(self.address_edit)
        self.telephone_label.setBuddy(self.telephone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.urn_label.setBuddy(self.urn_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.telephone_edit)
        QWidget.setTabOrder(self.telephone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.urn_edit)
        QWidget.setTabOrder(self.urn_edit, self.contacts_table)
        QWidget.setTabOrder(self.contacts_table, self.add_contact_button)
        QWidget.setTabOrder(self.add_contact_button, self.remove_contact_button)

        self.retranslateUi(SettingDetailsDialog)
    # setupUi

    def retranslateUi(self, SettingDetailsDialog):
        SettingDetailsDialog.setWindowTitle(QCoreApplication.translate("SettingDetailsDialog", u"Setting details and contacts", None))
#if QT_CONFIG(accessibility)
        SettingDetailsDialog.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Setting details and contacts", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("SettingDetailsDialog", u"Printed on every form, and on referrals where the agency needs them. Keep them up to date.", None))
        self.setting_group.setTitle(QCoreApplication.translate("SettingDetailsDialog", u"This school or college", None))
        self.name_label.setText(QCoreApplication.translate("SettingDetailsDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Name of the school or college", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("SettingDetailsDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.telephone_label.setText(QCoreApplication.translate("SettingDetailsDialog", u"&Telephone", None))
#if QT_CONFIG(accessibility)
        self.telephone_edit.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Telephone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("SettingDetailsDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.urn_label.setText(QCoreApplication.translate("SettingDetailsDialog", u"&URN", None))
#if QT_CONFIG(accessibility)
        self.urn_edit.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Unique reference number (URN)", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_group.setTitle(QCoreApplication.translate("SettingDetailsDialog", u"Contacts directory (MASH, police, LADO, CEOP)", None))
        ___qtablewidgetitem = self.contacts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingDetailsDialog", u"Agency", None))
        ___qtablewidgetitem1 = self.contacts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingDetailsDialog", u"Name or team", None))
        ___qtablewidgetitem2 = self.contacts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingDetailsDialog", u"Telephone", None))
        ___qtablewidgetitem3 = self.contacts_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingDetailsDialog", u"Email", None))
        ___qtablewidgetitem4 = self.contacts_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SettingDetailsDialog", u"Address", None))
        ___qtablewidgetitem5 = self.contacts_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SettingDetailsDialog", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.contacts_table.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contacts_table.setAccessibleDescription(QCoreApplication.translate("SettingDetailsDialog", u"One agency contact per row. Double-click a cell to change it.", None))
#endif // QT_CONFIG(accessibility)
        self.add_contact_button.setText(QCoreApplication.translate("SettingDetailsDialog", u"A&dd contact", None))
#if QT_CONFIG(accessibility)
        self.add_contact_button.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Add a contact", None))
#endif // QT_CONFIG(accessibility)
        self.remove_contact_button.setText(QCoreApplication.translate("SettingDetailsDialog", u"&Remove contact", None))
#if QT_CONFIG(accessibility)
        self.remove_contact_button.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Remove the selected contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("SettingDetailsDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

