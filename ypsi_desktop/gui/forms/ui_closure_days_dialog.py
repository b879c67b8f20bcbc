# Generated from ui/closure_days_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closure_days_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_ClosureDaysDialog(object):
    def setupUi(self, ClosureDaysDialog):
        if not ClosureDaysDialog.objectName():
            ClosureDaysDialog.setObjectName(u"ClosureDaysDialog")
        ClosureDaysDialog.resize(760, 620)
        self.dialog_layout = QVBoxLayout(ClosureDaysDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ClosureDaysDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.year_row = QHBoxLayout()
        self.year_row.setObjectName(u"year_row")
        self.year_label = QLabel(ClosureDaysDialog)
        self.year_label.setObjectName(u"year_label")

        self.year_row.addWidget(self.year_label)

        self.year_spin = QSpinBox(ClosureDaysDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2026)

        self.year_row.addWidget(self.year_spin)

        self.bank_holidays_button = QPushButton(ClosureDaysDialog)
        self.bank_holidays_button.setObjectName(u"bank_holidays_button")

        self.year_row.addWidget(self.bank_holidays_button)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_row.addItem(self.year_spacer)


        self.dialog_layout.addLayout(self.year_row)

        self.days_table = QTableWidget(ClosureDaysDialog)
        if (self.days_table.columnCount() < 4):
            self.days_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.days_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.days_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.days_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.days_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.days_table.setObjectName(u"days_table")
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days_table.setColumnCount(4)
        self.days_table.horizontalHeader().setStretchLastSection(True)
        self.days_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.days_table)

        self.remove_row = QHBoxLayout()
        self.remove_row.setObjectName(u"remove_row")
        self.count_label = QLabel(ClosureDaysDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.remove_row.addWidget(self.count_label)

        self.remove_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remove_row.addItem(self.remove_spacer)

        self.remove_button = QPushButton(ClosureDaysDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setEnabled(False)

        self.remove_row.addWidget(self.remove_button)


        self.dialog_layout.addLayout(self.remove_row)

        self.add_group = QGroupBox(ClosureDaysDialog)
        self.add_group.setObjectName(u"add_group")
        self.add_form = QFormLayout(self.add_group)
        self.add_form.setObjectName(u"add_form")
        self.from_label = QLabel(self.add_group)
        self.from_label.setObjectName(u"from_label")

        self.add_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.from_label)

        self.from_edit = PlainLineEdit(self.add_group)
        self.from_edit.setObjectName(u"from_edit")

        self.add_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.from_edit)

        self.to_label = QLabel(self.add_group)
        self.to_label.setObjectName(u"to_label")

        self.add_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to_edit = PlainLineEdit(self.add_group)
        self.to_edit.setObjectName(u"to_edit")

        self.add_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.to_edit)

        self.kind_label = QLabel(self.add_group)
        self.kind_label.setObjectName(u"kind_label")

        self.add_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.add_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.add_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.note_label = QLabel(self.add_group)
        self.note_label.setObjectName(u"note_label")

        self.add_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = PlainLineEdit(self.add_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(60)

        self.add_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.error_label = QLabel(self.add_group)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.add_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.error_label)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")

        self.add_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.add_button)


        self.dialog_layout.addWidget(self.add_group)

        self.button_box = QDialogButtonBox(ClosureDaysDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_spin, self.bank_holidays_button)
        QWidget.setTabOrder(self.bank_holidays_button, self.days_table)
        QWidget.setTabOrder(self.days_table, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.add_button)

        self.retranslateUi(ClosureDaysDialog)
    # setupUi

    def retranslateUi(self, ClosureDaysDialog):
        ClosureDaysDialog.setWindowTitle(QCoreApplication.translate("ClosureDaysDialog", u"Bank holidays and closure days", None))
#if QT_CONFIG(accessibility)
        ClosureDaysDialog.setAccessibleName(QCoreApplication.translate("ClosureDaysDialog", u"Bank holidays and closure days", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("ClosureDaysDialog", u"A referral's acknowledgement is due the next working day, so a bank holiday listed here is skipped. A child's file is due at their new school within five school days, so the days this school is closed are skipped too (schools nearby usually share term dates: check with the new school). Nothing is assumed: list the days that apply to you.", None))
        self.year_label.setText(QCoreApplication.translate("ClosureDaysDialog", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("ClosureDaysDialog", u"Year shown", None))
#endif // QT_CONFIG(accessibility)
        self.bank_holidays_button.setText(QCoreApplication.translate("ClosureDaysDialog", u"Add England and Wales &bank holidays for this year", None))
#if QT_CONFIG(accessibility)
        self.bank_holidays_button.setAccessibleDescription(QCoreApplication.translate("ClosureDaysDialog", u"Worked out from the usual rules; a one-off or moved bank holiday must be added or removed by hand", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.days_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClosureDaysDialog", u"Date", None))
        ___qtablewidgetitem1 = self.days_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClosureDaysDialog", u"Day", None))
        ___qtablewidgetitem2 = self.days_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClosureDaysDialog", u"Kind", None))
        ___qtablewidgetitem3 = self.days_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClosureDaysDialog", u"Note", None))
#if QT_CONFIG(accessibility)
        self.days_table.setAccessibleName(QCoreApplication.translate("ClosureDaysDialog", u"Days off listed for the year", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("ClosureDaysDialog", u"&Remove the chosen days", None))
        self.add_group.setTitle(QCoreApplication.translate("ClosureDaysDialog", u"Add days off", None))
        self.from_label.setText(QCoreApplication.translate("ClosureDaysDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("ClosureDaysDialog", u"First day off", None))
#endif // QT_CONFIG(accessibility)
        self.from_edit.setPlaceholderText(QCoreApplication.translate("ClosureDaysDialog", u"dd/mm/yyyy", None))
        self.to_label.setText(QCoreApplication.translate("ClosureDaysDialog", u"&To (optional)", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("ClosureDaysDialog", u"Last day off, for a run of days", None))
#endif // QT_CONFIG(accessibility)
        self.to_edit.setPlaceholderText(QCoreApplication.translate("ClosureDaysDialog", u"dd/mm/yyyy: the weekdays from the first day to this one", None))
        self.kind_label.setText(QCoreApplication.translate("ClosureDaysDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ClosureDaysDialog", u"Kind of day off", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ClosureDaysDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ClosureDaysDialog", u"Note, such as Christmas holiday", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ClosureDaysDialog", u"&Add", None))
    # retranslateUi

