# Generated from ui/child_file_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_file_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget

class Ui_ChildFileDialog(object):
    def setupUi(self, ChildFileDialog):
        if not ChildFileDialog.objectName():
            ChildFileDialog.setObjectName(u"ChildFileDialog")
        ChildFileDialog.resize(860, 620)
        self.dialog_layout = QVBoxLayout(ChildFileDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ChildFileDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 14pt; font-weight: 600;")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.heading_label)

        self.summary_label = QLabel(ChildFileDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.section_tabs = QTabWidget(ChildFileDialog)
        self.section_tabs.setObjectName(u"section_tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_tab_layout = QVBoxLayout(self.details_tab)
        self.details_tab_layout.setObjectName(u"details_tab_layout")
        self.details_view = QTextBrowser(self.details_tab)
        self.details_view.setObjectName(u"details_view")
        self.details_view.setOpenLinks(False)

        self.details_tab_layout.addWidget(self.details_view)

        self.section_tabs.addTab(self.details_tab, "")
        self.incidents_tab = QWidget()
        self.incidents_tab.setObjectName(u"incidents_tab")
        self.incidents_tab_layout = QVBoxLayout(self.incidents_tab)
        self.incidents_tab_layout.setObjectName(u"incidents_tab_layout")
        self.incidents_intro_label = QLabel(self.incidents_tab)
        self.incidents_intro_label.setObjectName(u"incidents_intro_label")
        self.incidents_intro_label.setWordWrap(True)

        self.incidents_tab_layout.addWidget(self.incidents_intro_label)

        self.incidents_table = QTableWidget(self.incidents_tab)
        if (self.incidents_table.columnCount() < 5):
            self.incidents_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.incidents_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.incidents_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.incidents_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.incidents_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.incidents_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.incidents_table.setObjectName(u"incidents_table")
        self.incidents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidents_table.setAlternatingRowColors(True)
        self.incidents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incidents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidents_table.setTabKeyNavigation(False)
        self.incidents_table.setColumnCount(5)
        self.incidents_table.horizontalHeader().setStretchLastSection(True)
        self.incidents_table.verticalHeader().setVisible(False)

        self.incidents_tab_layout.addWidget(self.incidents_table)

        self.incident_actions_row = QHBoxLayout()
        self.incident_actions_row.setObjectName(u"incident_actions_row")
        self.open_incident_button = QPushButton(self.incidents_tab)
        self.open_incident_button.setObjectName(u"open_incident_button")

        self.incident_actions_row.addWidget(self.open_incident_button)

        self.merge_button = QPushButton(self.incidents_tab)
        self.merge_button.setObjectName(u"merge_button")

        self.incident_actions_row.addWidget(self.merge_button)

        self.print_chronology_button = QPushButton(self.incidents_tab)
        self.print_chronology_button.setObjectName(u"print_chronology_button")

        self.incident_actions_row.addWidget(self.print_chronology_button)

        self.transfer_button = QPushButton(self.incidents_tab)
        self.transfer_button.setObjectName(u"transfer_button")

        self.incident_actions_row.addWidget(self.transfer_button)

        self.incident_actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incident_actions_row.addItem(self.incident_actions_spacer)


        self.incidents_tab_layout.addLayout(self.incident_actions_row)

        self.section_tabs.addTab(self.incidents_tab, "")
        self.chronology_tab = QWidget()
        self.chronology_tab.setObjectName(u"chronology_tab")
        self.chronology_tab_layout = QVBoxLayout(self.chronology_tab)
        self.chronology_tab_layout.setObjectName(u"chronology_tab_layout")
        self.chronology_intro_label = QLabel(self.chronology_tab)
        self.chronology_intro_label.setObjectName(u"chronology_intro_label")
        self.chronology_intro_label.setWordWrap(True)

        self.chronology_tab_layout.addWidget(self.chronology_intro_label)

        self.chronology_table = QTableWidget(self.chronology_tab)
        if (self.chronology_table.columnCount() < 4):
            self.chronology_table.setColumnCount(4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.chronology_table.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.chronology_table.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.chronology_table.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.chronology_table.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        self.chronology_table.setObjectName(u"chronology_table")
        self.chronology_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chronology_table.setAlternatingRowColors(True)
        self.chronology_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chronology_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chronology_table.setTabKeyNavigation(False)
        self.chronology_table.setWordWrap(True)
        self.chronology_table.setColumnCount(4)
        self.chronology_table.horizontalHeader().setStretchLastSection(True)
        self.chronology_table.verticalHeader().setVisible(False)

        self.chronology_tab_layout.addWidget(self.chronology_table)

        self.section_tabs.addTab(self.chronology_tab, "")

        self.dialog_layout.addWidget(self.section_tabs)

        self.button_box = QDialogButtonBox(ChildFileDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.section_tabs, self.details_view)
        QWidget.setTabOrder(self.details_view, self.incidents_table)
        QWidget.setTabOrder(self.incidents_table, self.open_incident_button)
        QWidget.setTabOrder(self.open_incident_button, self.chronology_table)

        self.retranslateUi(ChildFileDialog)

        self.section_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ChildFileDialog):
        ChildFileDialog.setWindowTitle(QCoreApplication.translate("ChildFileDialog", u"Child's file", None))
#if QT_CONFIG(accessibility)
        ChildFileDialog.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Child's file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.section_tabs.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Sections of the child's file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details_view.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"The child's details", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.details_tab), QCoreApplication.translate("ChildFileDialog", u"Details", None))
        self.incidents_intro_label.setText(QCoreApplication.translate("ChildFileDialog", u"Every incident this child appears in, newest first. Double-click one, or select it and press Open incident, to open it.", None))
        ___qtablewidgetitem = self.incidents_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ChildFileDialog", u"Reference", None))
        ___qtablewidgetitem1 = self.incidents_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ChildFileDialog", u"Came to light", None))
        ___qtablewidgetitem2 = self.incidents_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ChildFileDialog", u"Their part", None))
        ___qtablewidgetitem3 = self.incidents_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ChildFileDialog", u"Category", None))
        ___qtablewidgetitem4 = self.incidents_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ChildFileDialog", u"Status", None))
#if QT_CONFIG(accessibility)
        self.incidents_table.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Incidents this child appears in", None))
#endif // QT_CONFIG(accessibility)
        self.open_incident_button.setText(QCoreApplication.translate("ChildFileDialog", u"&Open incident", None))
#if QT_CONFIG(accessibility)
        self.open_incident_button.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Open the selected incident", None))
#endif // QT_CONFIG(accessibility)
        self.merge_button.setText(QCoreApplication.translate("ChildFileDialog", u"&Merge a duplicate record\u2026", None))
#if QT_CONFIG(accessibility)
        self.merge_button.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Merge another record of this child into this one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.merge_button.setToolTip(QCoreApplication.translate("ChildFileDialog", u"When the same child was recorded twice: their incidents move here and the other record is kept only as a pointer. Recorded in the audit log.", None))
#endif // QT_CONFIG(tooltip)
        self.print_chronology_button.setText(QCoreApplication.translate("ChildFileDialog", u"&Print the chronology\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_chronology_button.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Print this child's chronology across all their incidents", None))
#endif // QT_CONFIG(accessibility)
        self.transfer_button.setText(QCoreApplication.translate("ChildFileDialog", u"&Send to a new school\u2026", None))
#if QT_CONFIG(accessibility)
        self.transfer_button.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"Send this child's file to their new school", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.incidents_tab), QCoreApplication.translate("ChildFileDialog", u"Incidents", None))
        self.chronology_intro_label.setText(QCoreApplication.translate("ChildFileDialog", u"Every dated entry from all of this child's incidents, in date order, each with its author.", None))
        ___qtablewidgetitem5 = self.chronology_table.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ChildFileDialog", u"Date", None))
        ___qtablewidgetitem6 = self.chronology_table.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ChildFileDialog", u"Incident", None))
        ___qtablewidgetitem7 = self.chronology_table.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ChildFileDialog", u"Author", None))
        ___qtablewidgetitem8 = self.chronology_table.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ChildFileDialog", u"Entry", None))
#if QT_CONFIG(accessibility)
        self.chronology_table.setAccessibleName(QCoreApplication.translate("ChildFileDialog", u"The child's chronology", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.chronology_tab), QCoreApplication.translate("ChildFileDialog", u"Chronology", None))
    # retranslateUi

