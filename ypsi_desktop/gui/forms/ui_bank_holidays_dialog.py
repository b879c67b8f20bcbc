# Generated from ui/bank_holidays_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bank_holidays_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_BankHolidaysDialog(object):
    def setupUi(self, BankHolidaysDialog):
        if not BankHolidaysDialog.objectName():
            BankHolidaysDialog.setObjectName(u"BankHolidaysDialog")
        BankHolidaysDialog.resize(680, 560)
        self.dialog_layout = QVBoxLayout(BankHolidaysDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(BankHolidaysDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.year_row = QHBoxLayout()
        self.year_row.setObjectName(u"year_row")
        self.year_label = QLabel(BankHolidaysDialog)
        self.year_label.setObjectName(u"year_label")

        self.year_row.addWidget(self.year_label)

        self.year_spin = QSpinBox(BankHolidaysDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2026)

        self.year_row.addWidget(self.year_spin)

        self.usual_button = QPushButton(BankHolidaysDialog)
        self.usual_button.setObjectName(u"usual_button")

        self.year_row.addWidget(self.usual_button)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_row.addItem(self.year_spacer)


        self.dialog_layout.addLayout(self.year_row)

        self.days_table = QTableWidget(BankHolidaysDialog)
        if (self.days_table.columnCount() < 3):
            self.days_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.days_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.days_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.days_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.days_table.setObjectName(u"days_table")
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days_table.setColumnCount(3)
        self.days_table.horizontalHeader().setStretchLastSection(True)
        self.days_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.days_table)

        self.remove_row = QHBoxLayout()
        self.remove_row.setObjectName(u"remove_row")
        self.count_label = QLabel(BankHolidaysDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.remove_row.addWidget(self.count_label)

        self.remove_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remove_row.addItem(self.remove_spacer)

        self.remove_button = QPushButton(BankHolidaysDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setEnabled(False)

        self.remove_row.addWidget(self.remove_button)


        self.dialog_layout.addLayout(self.remove_row)

        self.add_group = QGroupBox(BankHolidaysDialog)
        self.add_group.setObjectName(u"add_group")
        self.add_form = QFormLayout(self.add_group)
        self.add_form.setObjectName(u"add_form")
        self.date_label = QLabel(self.add_group)
        self.date_label.setObjectName(u"date_label")

        self.add_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = PlainLineEdit(self.add_group)
        self.date_edit.setObjectName(u"date_edit")

        self.add_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.note_label = QLabel(self.add_group)
        self.note_label.setObjectName(u"note_label")

        self.add_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = PlainLineEdit(self.add_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(60)

        self.add_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.error_label = QLabel(self.add_group)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.add_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.error_label)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")

        self.add_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.add_button)


        self.dialog_layout.addWidget(self.add_group)

        self.button_box = QDialogButtonBox(BankHolidaysDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.date_label.setBuddy(self.date_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_spin, self.usual_button)
        QWidget.setTabOrder(self.usual_button, self.days_table)
        QWidget.setTabOrder(self.days_table, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.add_button)

        self.retranslateUi(BankHolidaysDialog)
    # setupUi

    def retranslateUi(self, BankHolidaysDialog):
        BankHolidaysDialog.setWindowTitle(QCoreApplication.translate("BankHolidaysDialog", u"Bank holidays", None))
#if QT_CONFIG(accessibility)
        BankHolidaysDialog.setAccessibleName(QCoreApplication.translate("BankHolidaysDialog", u"Bank holidays", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("BankHolidaysDialog", u"Deadlines counted in working days skip the bank holidays listed here: a referral's acknowledgement (the next working day), a child's file's transfer (five school days) and the end of a subject access request's month. None is assumed: list the ones that apply where you are.", None))
        self.year_label.setText(QCoreApplication.translate("BankHolidaysDialog", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("BankHolidaysDialog", u"Year shown", None))
#endif // QT_CONFIG(accessibility)
        self.usual_button.setText(QCoreApplication.translate("BankHolidaysDialog", u"Add England and Wales's &usual bank holidays for this year", None))
#if QT_CONFIG(accessibility)
        self.usual_button.setAccessibleDescription(QCoreApplication.translate("BankHolidaysDialog", u"Worked out from the standing rules; a one-off or moved bank holiday must be added or removed by hand", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.days_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BankHolidaysDialog", u"Date", None))
        ___qtablewidgetitem1 = self.days_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BankHolidaysDialog", u"Day", None))
        ___qtablewidgetitem2 = self.days_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BankHolidaysDialog", u"Holiday", None))
#if QT_CONFIG(accessibility)
        self.days_table.setAccessibleName(QCoreApplication.translate("BankHolidaysDialog", u"Bank holidays listed for the year", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("BankHolidaysDialog", u"&Remove the chosen days", None))
        self.add_group.setTitle(QCoreApplication.translate("BankHolidaysDialog", u"Add a bank holiday", None))
        self.date_label.setText(QCoreApplication.translate("BankHolidaysDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("BankHolidaysDialog", u"Date of the bank holiday", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setPlaceholderText(QCoreApplication.translate("BankHolidaysDialog", u"dd/mm/yyyy", None))
        self.note_label.setText(QCoreApplication.translate("BankHolidaysDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("BankHolidaysDialog", u"Name of the bank holiday, such as St Andrew's Day", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("BankHolidaysDialog", u"&Add", None))
    # retranslateUi

