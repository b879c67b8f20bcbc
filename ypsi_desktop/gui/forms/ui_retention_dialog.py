# Generated from ui/retention_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_RetentionDialog(object):
    def setupUi(self, RetentionDialog):
        if not RetentionDialog.objectName():
            RetentionDialog.setObjectName(u"RetentionDialog")
        RetentionDialog.resize(980, 640)
        self.dialog_layout = QVBoxLayout(RetentionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(RetentionDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 14pt; font-weight: 600;")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.heading_label)

        self.summary_label = QLabel(RetentionDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.undone_frame = QFrame(RetentionDialog)
        self.undone_frame.setObjectName(u"undone_frame")
        self.undone_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.undone_layout = QHBoxLayout(self.undone_frame)
        self.undone_layout.setObjectName(u"undone_layout")
        self.undone_label = QLabel(self.undone_frame)
        self.undone_label.setObjectName(u"undone_label")
        self.undone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undone_label.setWordWrap(True)

        self.undone_layout.addWidget(self.undone_label)

        self.dispose_again_button = QPushButton(self.undone_frame)
        self.dispose_again_button.setObjectName(u"dispose_again_button")

        self.undone_layout.addWidget(self.dispose_again_button)


        self.dialog_layout.addWidget(self.undone_frame)

        self.section_tabs = QTabWidget(RetentionDialog)
        self.section_tabs.setObjectName(u"section_tabs")
        self.due_tab = QWidget()
        self.due_tab.setObjectName(u"due_tab")
        self.due_layout = QVBoxLayout(self.due_tab)
        self.due_layout.setObjectName(u"due_layout")
        self.show_layout = QHBoxLayout()
        self.show_layout.setObjectName(u"show_layout")
        self.show_caption = QLabel(self.due_tab)
        self.show_caption.setObjectName(u"show_caption")

        self.show_layout.addWidget(self.show_caption)

        self.show_combo = QComboBox(self.due_tab)
        self.show_combo.setObjectName(u"show_combo")

        self.show_layout.addWidget(self.show_combo)

        self.show_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.show_layout.addItem(self.show_spacer)


        self.due_layout.addLayout(self.show_layout)

        self.items_table = QTableWidget(self.due_tab)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setAlternatingRowColors(True)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setTabKeyNavigation(False)
        self.items_table.setWordWrap(False)
        self.items_table.verticalHeader().setVisible(False)

        self.due_layout.addWidget(self.items_table)

        self.explanation_label = QLabel(self.due_tab)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.due_layout.addWidget(self.explanation_label)

        self.action_group = QGroupBox(self.due_tab)
        self.action_group.setObjectName(u"action_group")
        self.action_layout = QFormLayout(self.action_group)
        self.action_layout.setObjectName(u"action_layout")
        self.reason_caption = QLabel(self.action_group)
        self.reason_caption.setObjectName(u"reason_caption")

        self.action_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason_edit = QPlainTextEdit(self.action_group)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaximumSize(QSize(16777215, 70))
        self.reason_edit.setTabChangesFocus(True)

        self.action_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.keep_caption = QLabel(self.action_group)
        self.keep_caption.setObjectName(u"keep_caption")

        self.action_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keep_caption)

        self.keep_layout = QHBoxLayout()
        self.keep_layout.setObjectName(u"keep_layout")
        self.keep_until_edit = QDateEdit(self.action_group)
        self.keep_until_edit.setObjectName(u"keep_until_edit")
        self.keep_until_edit.setCalendarPopup(True)

        self.keep_layout.addWidget(self.keep_until_edit)

        self.keep_button = QPushButton(self.action_group)
        self.keep_button.setObjectName(u"keep_button")

        self.keep_layout.addWidget(self.keep_button)

        self.hold_button = QPushButton(self.action_group)
        self.hold_button.setObjectName(u"hold_button")

        self.keep_layout.addWidget(self.hold_button)

        self.keep_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keep_layout.addItem(self.keep_spacer)


        self.action_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.keep_layout)

        self.confirm_caption = QLabel(self.action_group)
        self.confirm_caption.setObjectName(u"confirm_caption")

        self.action_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirm_caption)

        self.dispose_layout = QHBoxLayout()
        self.dispose_layout.setObjectName(u"dispose_layout")
        self.confirm_edit = QLineEdit(self.action_group)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setMaxLength(20)

        self.dispose_layout.addWidget(self.confirm_edit)

        self.dispose_button = QPushButton(self.action_group)
        self.dispose_button.setObjectName(u"dispose_button")

        self.dispose_layout.addWidget(self.dispose_button)

        self.dispose_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dispose_layout.addItem(self.dispose_spacer)


        self.action_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dispose_layout)


        self.due_layout.addWidget(self.action_group)

        self.section_tabs.addTab(self.due_tab, "")
        self.holds_tab = QWidget()
        self.holds_tab.setObjectName(u"holds_tab")
        self.holds_layout = QVBoxLayout(self.holds_tab)
        self.holds_layout.setObjectName(u"holds_layout")
        self.holds_table = QTableWidget(self.holds_tab)
        self.holds_table.setObjectName(u"holds_table")
        self.holds_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holds_table.setTabKeyNavigation(False)
        self.holds_table.verticalHeader().setVisible(False)

        self.holds_layout.addWidget(self.holds_table)

        self.lift_layout = QHBoxLayout()
        self.lift_layout.setObjectName(u"lift_layout")
        self.lift_reason_edit = PlainLineEdit(self.holds_tab)
        self.lift_reason_edit.setObjectName(u"lift_reason_edit")

        self.lift_layout.addWidget(self.lift_reason_edit)

        self.lift_button = QPushButton(self.holds_tab)
        self.lift_button.setObjectName(u"lift_button")

        self.lift_layout.addWidget(self.lift_button)


        self.holds_layout.addLayout(self.lift_layout)

        self.section_tabs.addTab(self.holds_tab, "")
        self.disposed_tab = QWidget()
        self.disposed_tab.setObjectName(u"disposed_tab")
        self.disposed_layout = QVBoxLayout(self.disposed_tab)
        self.disposed_layout.setObjectName(u"disposed_layout")
        self.disposed_table = QTableWidget(self.disposed_tab)
        self.disposed_table.setObjectName(u"disposed_table")
        self.disposed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disposed_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disposed_table.setTabKeyNavigation(False)
        self.disposed_table.verticalHeader().setVisible(False)

        self.disposed_layout.addWidget(self.disposed_table)

        self.section_tabs.addTab(self.disposed_tab, "")

        self.dialog_layout.addWidget(self.section_tabs)

        self.button_box = QDialogButtonBox(RetentionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.show_caption.setBuddy(self.show_combo)
        self.reason_caption.setBuddy(self.reason_edit)
        self.keep_caption.setBuddy(self.keep_until_edit)
        self.confirm_caption.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.section_tabs, self.show_combo)
        QWidget.setTabOrder(self.show_combo, self.items_table)
        QWidget.setTabOrder(self.items_table, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.keep_until_edit)
        QWidget.setTabOrder(self.keep_until_edit, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.hold_button)
        QWidget.setTabOrder(self.hold_button, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.dispose_button)
        QWidget.setTabOrder(self.dispose_button, self.dispose_again_button)

        self.retranslateUi(RetentionDialog)
    # setupUi

    def retranslateUi(self, RetentionDialog):
        RetentionDialog.setWindowTitle(QCoreApplication.translate("RetentionDialog", u"Retention review", None))
#if QT_CONFIG(accessibility)
        RetentionDialog.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Retention review", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("RetentionDialog", u"Retention review", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.undone_label.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Records back after a restore", None))
#endif // QT_CONFIG(accessibility)
        self.dispose_again_button.setText(QCoreApplication.translate("RetentionDialog", u"Dispose of these &again\u2026", None))
#if QT_CONFIG(accessibility)
        self.dispose_again_button.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Dispose again of the records a restore brought back", None))
#endif // QT_CONFIG(accessibility)
        self.show_caption.setText(QCoreApplication.translate("RetentionDialog", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Which records to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.items_table.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Records and their review dates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.explanation_label.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"How the review date was worked out", None))
#endif // QT_CONFIG(accessibility)
        self.action_group.setTitle(QCoreApplication.translate("RetentionDialog", u"The selected record", None))
        self.reason_caption.setText(QCoreApplication.translate("RetentionDialog", u"&Reason (required)", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("RetentionDialog", u"Why: the inquiry or proceedings for a hold, the review's decision, or why the record is disposed of. No names.", None))
        self.keep_caption.setText(QCoreApplication.translate("RetentionDialog", u"&Keep until", None))
#if QT_CONFIG(accessibility)
        self.keep_until_edit.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Keep the record until", None))
#endif // QT_CONFIG(accessibility)
        self.keep_until_edit.setDisplayFormat(QCoreApplication.translate("RetentionDialog", u"dd/MM/yyyy", None))
        self.keep_button.setText(QCoreApplication.translate("RetentionDialog", u"Record a decision to &keep", None))
        self.hold_button.setText(QCoreApplication.translate("RetentionDialog", u"Place a &legal hold", None))
        self.confirm_caption.setText(QCoreApplication.translate("RetentionDialog", u"Type its re&ference to dispose", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"The record's reference, typed to confirm disposal", None))
#endif // QT_CONFIG(accessibility)
        self.dispose_button.setText(QCoreApplication.translate("RetentionDialog", u"&Dispose of this record\u2026", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.due_tab), QCoreApplication.translate("RetentionDialog", u"Due for review", None))
#if QT_CONFIG(accessibility)
        self.holds_table.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Legal holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lift_reason_edit.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Why the hold can be lifted", None))
#endif // QT_CONFIG(accessibility)
        self.lift_reason_edit.setPlaceholderText(QCoreApplication.translate("RetentionDialog", u"Why the hold can be lifted (required)", None))
        self.lift_button.setText(QCoreApplication.translate("RetentionDialog", u"&Lift the selected hold", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.holds_tab), QCoreApplication.translate("RetentionDialog", u"Legal holds", None))
#if QT_CONFIG(accessibility)
        self.disposed_table.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Records disposed of", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.disposed_tab), QCoreApplication.translate("RetentionDialog", u"Disposed of", None))
    # retranslateUi

