# Generated from ui/chronology_entry_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chronology_entry_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ypsi_desktop.gui.plain_text import (PlainLineEdit, PlainTextEdit)

class Ui_ChronologyEntryDialog(object):
    def setupUi(self, ChronologyEntryDialog):
        if not ChronologyEntryDialog.objectName():
            ChronologyEntryDialog.setObjectName(u"ChronologyEntryDialog")
        ChronologyEntryDialog.resize(520, 380)
        self.dialog_layout = QVBoxLayout(ChronologyEntryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ChronologyEntryDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-size: 13pt; font-weight: 600;")
        self.heading_label.setTextFormat(Qt.PlainText)

        self.dialog_layout.addWidget(self.heading_label)

        self.entry_form = QFormLayout()
        self.entry_form.setObjectName(u"entry_form")
        self.entry_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.entry_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.corrects_label = QLabel(ChronologyEntryDialog)
        self.corrects_label.setObjectName(u"corrects_label")
        self.corrects_label.setWordWrap(True)
        self.corrects_label.setTextFormat(Qt.PlainText)

        self.entry_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.corrects_label)

        self.occurred_edit_label = QLabel(ChronologyEntryDialog)
        self.occurred_edit_label.setObjectName(u"occurred_edit_label")
        self.occurred_edit_label.setWordWrap(False)
        self.occurred_edit_label.setTextFormat(Qt.PlainText)

        self.entry_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurred_edit_label)

        self.occurred_edit = PlainLineEdit(ChronologyEntryDialog)
        self.occurred_edit.setObjectName(u"occurred_edit")

        self.entry_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurred_edit)

        self.occurred_error = QLabel(ChronologyEntryDialog)
        self.occurred_error.setObjectName(u"occurred_error")
        self.occurred_error.setWordWrap(True)
        self.occurred_error.setTextFormat(Qt.PlainText)
        self.occurred_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.occurred_error.setVisible(False)

        self.entry_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.occurred_error)

        self.body_edit_label = QLabel(ChronologyEntryDialog)
        self.body_edit_label.setObjectName(u"body_edit_label")
        self.body_edit_label.setWordWrap(False)
        self.body_edit_label.setTextFormat(Qt.PlainText)

        self.entry_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.body_edit_label)

        self.body_edit = PlainTextEdit(ChronologyEntryDialog)
        self.body_edit.setObjectName(u"body_edit")
        self.body_edit.setMinimumSize(QSize(0, 120))

        self.entry_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.body_edit)

        self.body_error = QLabel(ChronologyEntryDialog)
        self.body_error.setObjectName(u"body_error")
        self.body_error.setWordWrap(True)
        self.body_error.setTextFormat(Qt.PlainText)
        self.body_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.body_error.setVisible(False)

        self.entry_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.body_error)


        self.dialog_layout.addLayout(self.entry_form)

        self.button_box = QDialogButtonBox(ChronologyEntryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.occurred_edit_label.setBuddy(self.occurred_edit)
        self.body_edit_label.setBuddy(self.body_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChronologyEntryDialog)
    # setupUi

    def retranslateUi(self, ChronologyEntryDialog):
        ChronologyEntryDialog.setWindowTitle(QCoreApplication.translate("ChronologyEntryDialog", u"Chronology entry", None))
#if QT_CONFIG(accessibility)
        ChronologyEntryDialog.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Chronology entry", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"Add a chronology entry", None))
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.corrects_label.setText("")
#if QT_CONFIG(accessibility)
        self.corrects_label.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"The entry being corrected", None))
#endif // QT_CONFIG(accessibility)
        self.occurred_edit_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&When it happened", None))
#if QT_CONFIG(accessibility)
        self.occurred_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurred_edit.setAccessibleDescription(QCoreApplication.translate("ChronologyEntryDialog", u"dd/mm/yyyy, optionally followed by hh:mm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.occurred_edit.setToolTip(QCoreApplication.translate("ChronologyEntryDialog", u"dd/mm/yyyy, optionally followed by hh:mm", None))
#endif // QT_CONFIG(tooltip)
        self.occurred_edit.setPlaceholderText(QCoreApplication.translate("ChronologyEntryDialog", u"dd/mm/yyyy hh:mm", None))
        self.occurred_error.setText("")
#if QT_CONFIG(accessibility)
        self.occurred_error.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Problem with the date", None))
#endif // QT_CONFIG(accessibility)
        self.body_edit_label.setText(QCoreApplication.translate("ChronologyEntryDialog", u"&Entry", None))
#if QT_CONFIG(accessibility)
        self.body_edit.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Entry text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.body_edit.setAccessibleDescription(QCoreApplication.translate("ChronologyEntryDialog", u"What was done or said, facts first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.body_edit.setToolTip(QCoreApplication.translate("ChronologyEntryDialog", u"What was done or said, facts first", None))
#endif // QT_CONFIG(tooltip)
        self.body_error.setText("")
#if QT_CONFIG(accessibility)
        self.body_error.setAccessibleName(QCoreApplication.translate("ChronologyEntryDialog", u"Problem with the entry", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

