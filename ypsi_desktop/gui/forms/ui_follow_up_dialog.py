# Generated from ui/follow_up_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ypsi_desktop.gui.plain_text import (PlainLineEdit, PlainTextEdit)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(480, 360)
        self.dialog_layout = QVBoxLayout(FollowUpDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(FollowUpDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-size: 13pt; font-weight: 600;")
        self.heading_label.setTextFormat(Qt.PlainText)

        self.dialog_layout.addWidget(self.heading_label)

        self.follow_up_form = QFormLayout()
        self.follow_up_form.setObjectName(u"follow_up_form")
        self.follow_up_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.follow_up_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.description_edit_label = QLabel(FollowUpDialog)
        self.description_edit_label.setObjectName(u"description_edit_label")
        self.description_edit_label.setWordWrap(False)
        self.description_edit_label.setTextFormat(Qt.PlainText)

        self.follow_up_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.description_edit_label)

        self.description_edit = PlainTextEdit(FollowUpDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMinimumSize(QSize(0, 60))

        self.follow_up_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.description_error = QLabel(FollowUpDialog)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setWordWrap(True)
        self.description_error.setTextFormat(Qt.PlainText)
        self.description_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.description_error.setVisible(False)

        self.follow_up_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.description_error)

        self.owner_edit_label = QLabel(FollowUpDialog)
        self.owner_edit_label.setObjectName(u"owner_edit_label")
        self.owner_edit_label.setWordWrap(False)
        self.owner_edit_label.setTextFormat(Qt.PlainText)

        self.follow_up_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_edit_label)

        self.owner_edit = PlainLineEdit(FollowUpDialog)
        self.owner_edit.setObjectName(u"owner_edit")

        self.follow_up_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_edit)

        self.due_edit_label = QLabel(FollowUpDialog)
        self.due_edit_label.setObjectName(u"due_edit_label")
        self.due_edit_label.setWordWrap(False)
        self.due_edit_label.setTextFormat(Qt.PlainText)

        self.follow_up_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.due_edit_label)

        self.due_edit = PlainLineEdit(FollowUpDialog)
        self.due_edit.setObjectName(u"due_edit")

        self.follow_up_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.due_edit)

        self.due_error = QLabel(FollowUpDialog)
        self.due_error.setObjectName(u"due_error")
        self.due_error.setWordWrap(True)
        self.due_error.setTextFormat(Qt.PlainText)
        self.due_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.due_error.setVisible(False)

        self.follow_up_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.due_error)

        self.done_edit_label = QLabel(FollowUpDialog)
        self.done_edit_label.setObjectName(u"done_edit_label")
        self.done_edit_label.setWordWrap(False)
        self.done_edit_label.setTextFormat(Qt.PlainText)

        self.follow_up_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.done_edit_label)

        self.done_edit = PlainLineEdit(FollowUpDialog)
        self.done_edit.setObjectName(u"done_edit")

        self.follow_up_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.done_edit)

        self.done_error = QLabel(FollowUpDialog)
        self.done_error.setObjectName(u"done_error")
        self.done_error.setWordWrap(True)
        self.done_error.setTextFormat(Qt.PlainText)
        self.done_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.done_error.setVisible(False)

        self.follow_up_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.done_error)


        self.dialog_layout.addLayout(self.follow_up_form)

        self.button_box = QDialogButtonBox(FollowUpDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.description_edit_label.setBuddy(self.description_edit)
        self.owner_edit_label.setBuddy(self.owner_edit)
        self.due_edit_label.setBuddy(self.due_edit)
        self.done_edit_label.setBuddy(self.done_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up action", None))
#if QT_CONFIG(accessibility)
        FollowUpDialog.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Follow-up action", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("FollowUpDialog", u"A follow-up action", None))
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.description_edit_label.setText(QCoreApplication.translate("FollowUpDialog", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"The action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleDescription(QCoreApplication.translate("FollowUpDialog", u"What is to be done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.description_edit.setToolTip(QCoreApplication.translate("FollowUpDialog", u"What is to be done", None))
#endif // QT_CONFIG(tooltip)
        self.description_error.setText("")
#if QT_CONFIG(accessibility)
        self.description_error.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Problem with the action", None))
#endif // QT_CONFIG(accessibility)
        self.owner_edit_label.setText(QCoreApplication.translate("FollowUpDialog", u"&Owner", None))
#if QT_CONFIG(accessibility)
        self.owner_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Who will do it", None))
#endif // QT_CONFIG(accessibility)
        self.due_edit_label.setText(QCoreApplication.translate("FollowUpDialog", u"&Due by", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleDescription(QCoreApplication.translate("FollowUpDialog", u"dd/mm/yyyy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.due_edit.setToolTip(QCoreApplication.translate("FollowUpDialog", u"dd/mm/yyyy", None))
#endif // QT_CONFIG(tooltip)
        self.due_edit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"dd/mm/yyyy", None))
        self.due_error.setText("")
#if QT_CONFIG(accessibility)
        self.due_error.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Problem with the due date", None))
#endif // QT_CONFIG(accessibility)
        self.done_edit_label.setText(QCoreApplication.translate("FollowUpDialog", u"Done &on", None))
#if QT_CONFIG(accessibility)
        self.done_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Date done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.done_edit.setAccessibleDescription(QCoreApplication.translate("FollowUpDialog", u"dd/mm/yyyy, blank while still to do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.done_edit.setToolTip(QCoreApplication.translate("FollowUpDialog", u"dd/mm/yyyy, blank while still to do", None))
#endif // QT_CONFIG(tooltip)
        self.done_edit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"dd/mm/yyyy", None))
        self.done_error.setText("")
#if QT_CONFIG(accessibility)
        self.done_error.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Problem with the date done", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

