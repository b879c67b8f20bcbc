# Generated from ui/due_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'due_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_DueDialog(object):
    def setupUi(self, DueDialog):
        if not DueDialog.objectName():
            DueDialog.setObjectName(u"DueDialog")
        DueDialog.resize(900, 480)
        self.dialog_layout = QVBoxLayout(DueDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(DueDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 14pt; font-weight: 600;")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.heading_label)

        self.summary_label = QLabel(DueDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.items_table = QTableWidget(DueDialog)
        if (self.items_table.columnCount() < 5):
            self.items_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setAlternatingRowColors(True)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setTabKeyNavigation(False)
        self.items_table.setWordWrap(False)
        self.items_table.setColumnCount(5)
        self.items_table.horizontalHeader().setStretchLastSection(False)
        self.items_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.items_table)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.open_incident_button = QPushButton(DueDialog)
        self.open_incident_button.setObjectName(u"open_incident_button")

        self.actions_row.addWidget(self.open_incident_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)

        self.button_box = QDialogButtonBox(DueDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.actions_row)

        QWidget.setTabOrder(self.items_table, self.open_incident_button)

        self.retranslateUi(DueDialog)
    # setupUi

    def retranslateUi(self, DueDialog):
        DueDialog.setWindowTitle(QCoreApplication.translate("DueDialog", u"Due and overdue", None))
#if QT_CONFIG(accessibility)
        DueDialog.setAccessibleName(QCoreApplication.translate("DueDialog", u"Due and overdue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("DueDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("DueDialog", u"Due and overdue", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("DueDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.items_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DueDialog", u"Incident", None))
        ___qtablewidgetitem1 = self.items_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DueDialog", u"What", None))
        ___qtablewidgetitem2 = self.items_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DueDialog", u"Owner", None))
        ___qtablewidgetitem3 = self.items_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DueDialog", u"Due", None))
        ___qtablewidgetitem4 = self.items_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DueDialog", u"How overdue", None))
#if QT_CONFIG(accessibility)
        self.items_table.setAccessibleName(QCoreApplication.translate("DueDialog", u"Follow-ups and referrals to chase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.items_table.setAccessibleDescription(QCoreApplication.translate("DueDialog", u"Press Enter or double-click to open the incident.", None))
#endif // QT_CONFIG(accessibility)
        self.open_incident_button.setText(QCoreApplication.translate("DueDialog", u"&Open incident", None))
#if QT_CONFIG(accessibility)
        self.open_incident_button.setAccessibleName(QCoreApplication.translate("DueDialog", u"Open the selected incident", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("DueDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

