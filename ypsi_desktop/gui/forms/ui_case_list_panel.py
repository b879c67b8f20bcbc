# Generated from ui/case_list_panel.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list_panel.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_CaseListPanel(object):
    def setupUi(self, CaseListPanel):
        if not CaseListPanel.objectName():
            CaseListPanel.setObjectName(u"CaseListPanel")
        CaseListPanel.resize(1100, 640)
        self.panel_layout = QVBoxLayout(CaseListPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(CaseListPanel)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = PlainLineEdit(CaseListPanel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)


        self.panel_layout.addLayout(self.search_row)

        self.filter_box = QGroupBox(CaseListPanel)
        self.filter_box.setObjectName(u"filter_box")
        self.filter_grid = QGridLayout(self.filter_box)
        self.filter_grid.setObjectName(u"filter_grid")
        self.status_label = QLabel(self.filter_box)
        self.status_label.setObjectName(u"status_label")

        self.filter_grid.addWidget(self.status_label, 0, 0, 1, 1)

        self.status_combo = QComboBox(self.filter_box)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_grid.addWidget(self.status_combo, 0, 1, 1, 1)

        self.category_label = QLabel(self.filter_box)
        self.category_label.setObjectName(u"category_label")

        self.filter_grid.addWidget(self.category_label, 1, 0, 1, 1)

        self.category_combo = QComboBox(self.filter_box)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(18)

        self.filter_grid.addWidget(self.category_combo, 1, 1, 1, 1)

        self.route_label = QLabel(self.filter_box)
        self.route_label.setObjectName(u"route_label")

        self.filter_grid.addWidget(self.route_label, 1, 2, 1, 1)

        self.route_combo = QComboBox(self.filter_box)
        self.route_combo.setObjectName(u"route_combo")
        self.route_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.route_combo.setMinimumContentsLength(18)

        self.filter_grid.addWidget(self.route_combo, 1, 3, 1, 1)

        self.from_label = QLabel(self.filter_box)
        self.from_label.setObjectName(u"from_label")

        self.filter_grid.addWidget(self.from_label, 2, 0, 1, 1)

        self.from_edit = PlainLineEdit(self.filter_box)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setClearButtonEnabled(True)

        self.filter_grid.addWidget(self.from_edit, 2, 1, 1, 1)

        self.to_label = QLabel(self.filter_box)
        self.to_label.setObjectName(u"to_label")

        self.filter_grid.addWidget(self.to_label, 2, 2, 1, 1)

        self.to_edit = PlainLineEdit(self.filter_box)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setClearButtonEnabled(True)

        self.filter_grid.addWidget(self.to_edit, 2, 3, 1, 1)

        self.overdue_check = QCheckBox(self.filter_box)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_grid.addWidget(self.overdue_check, 3, 0, 1, 4)

        self.owner_label = QLabel(self.filter_box)
        self.owner_label.setObjectName(u"owner_label")

        self.filter_grid.addWidget(self.owner_label, 0, 2, 1, 1)

        self.owner_combo = QComboBox(self.filter_box)
        self.owner_combo.setObjectName(u"owner_combo")

        self.filter_grid.addWidget(self.owner_combo, 0, 3, 1, 1)


        self.panel_layout.addWidget(self.filter_box)

        self.message_label = QLabel(CaseListPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.panel_layout.addWidget(self.message_label)

        self.count_label = QLabel(CaseListPanel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setStyleSheet(u"font-weight: 600;")

        self.panel_layout.addWidget(self.count_label)

        self.children_label = QLabel(CaseListPanel)
        self.children_label.setObjectName(u"children_label")
        self.children_label.setWordWrap(True)

        self.panel_layout.addWidget(self.children_label)

        self.children_list = QListWidget(CaseListPanel)
        self.children_list.setObjectName(u"children_list")
        self.children_list.setMaximumSize(QSize(16777215, 96))

        self.panel_layout.addWidget(self.children_list)

        self.table_view = QTableView(CaseListPanel)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setTabKeyNavigation(False)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.table_view)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.open_button = QPushButton(CaseListPanel)
        self.open_button.setObjectName(u"open_button")

        self.actions_row.addWidget(self.open_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)


        self.panel_layout.addLayout(self.actions_row)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.status_label.setBuddy(self.status_combo)
        self.category_label.setBuddy(self.category_combo)
        self.route_label.setBuddy(self.route_combo)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.owner_label.setBuddy(self.owner_combo)
        self.children_label.setBuddy(self.children_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.route_combo)
        QWidget.setTabOrder(self.route_combo, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.table_view)
        QWidget.setTabOrder(self.table_view, self.open_button)

        self.retranslateUi(CaseListPanel)
    # setupUi

    def retranslateUi(self, CaseListPanel):
        CaseListPanel.setWindowTitle(QCoreApplication.translate("CaseListPanel", u"Incidents", None))
#if QT_CONFIG(accessibility)
        CaseListPanel.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Case list", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("CaseListPanel", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Search all incidents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleDescription(QCoreApplication.translate("CaseListPanel", u"Type a name, reference, UPN or words from the record. Results appear as you type. Press Down to move to the results.", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CaseListPanel", u"Name, reference, UPN or words from the record", None))
        self.filter_box.setTitle(QCoreApplication.translate("CaseListPanel", u"Show", None))
#if QT_CONFIG(accessibility)
        self.filter_box.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Filters for the case list", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("CaseListPanel", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("CaseListPanel", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.route_label.setText(QCoreApplication.translate("CaseListPanel", u"&Route:", None))
#if QT_CONFIG(accessibility)
        self.route_combo.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Route", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("CaseListPanel", u"&From:", None))
#if QT_CONFIG(tooltip)
        self.from_label.setToolTip(QCoreApplication.translate("CaseListPanel", u"Came to light on or after this date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Came to light from, day/month/year", None))
#endif // QT_CONFIG(accessibility)
        self.from_edit.setPlaceholderText(QCoreApplication.translate("CaseListPanel", u"dd/mm/yyyy", None))
        self.to_label.setText(QCoreApplication.translate("CaseListPanel", u"t&o:", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Came to light up to and including, day/month/year", None))
#endif // QT_CONFIG(accessibility)
        self.to_edit.setPlaceholderText(QCoreApplication.translate("CaseListPanel", u"dd/mm/yyyy", None))
        self.overdue_check.setText(QCoreApplication.translate("CaseListPanel", u"O&verdue follow-ups only", None))
#if QT_CONFIG(accessibility)
        self.overdue_check.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Only incidents with an overdue follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("CaseListPanel", u"Le&d by:", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Led by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleDescription(QCoreApplication.translate("CaseListPanel", u"Show only the incidents one DSL or deputy leads", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Message about the filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"How many incidents are listed", None))
#endif // QT_CONFIG(accessibility)
        self.children_label.setText(QCoreApplication.translate("CaseListPanel", u"Children on file whose names match (press Enter to open their file):", None))
#if QT_CONFIG(accessibility)
        self.children_list.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Children on file matching the search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.children_list.setAccessibleDescription(QCoreApplication.translate("CaseListPanel", u"Press Enter or double-click to open the child's file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Incidents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleDescription(QCoreApplication.translate("CaseListPanel", u"Press Enter or double-click to open an incident. Click a column heading to sort.", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("CaseListPanel", u"Op&en incident", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("CaseListPanel", u"Open the selected incident", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

