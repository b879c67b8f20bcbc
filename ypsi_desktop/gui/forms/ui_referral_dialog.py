# Generated from ui/referral_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QVBoxLayout

from ypsi_desktop.gui.plain_text import (PlainLineEdit, PlainTextEdit)

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(560, 620)
        self.dialog_layout = QVBoxLayout(ReferralDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ReferralDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-size: 13pt; font-weight: 600;")
        self.heading_label.setTextFormat(Qt.PlainText)

        self.dialog_layout.addWidget(self.heading_label)

        self.referral_form = QFormLayout()
        self.referral_form.setObjectName(u"referral_form")
        self.referral_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.referral_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.agency_combo_label = QLabel(ReferralDialog)
        self.agency_combo_label.setObjectName(u"agency_combo_label")
        self.agency_combo_label.setWordWrap(False)
        self.agency_combo_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agency_combo_label)

        self.agency_combo = QComboBox(ReferralDialog)
        self.agency_combo.setObjectName(u"agency_combo")

        self.referral_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agency_combo)

        self.made_on_edit_label = QLabel(ReferralDialog)
        self.made_on_edit_label.setObjectName(u"made_on_edit_label")
        self.made_on_edit_label.setWordWrap(False)
        self.made_on_edit_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.made_on_edit_label)

        self.made_on_edit = PlainLineEdit(ReferralDialog)
        self.made_on_edit.setObjectName(u"made_on_edit")

        self.referral_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.made_on_edit)

        self.made_on_error = QLabel(ReferralDialog)
        self.made_on_error.setObjectName(u"made_on_error")
        self.made_on_error.setWordWrap(True)
        self.made_on_error.setTextFormat(Qt.PlainText)
        self.made_on_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.made_on_error.setVisible(False)

        self.referral_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.made_on_error)

        self.telephone_combo_label = QLabel(ReferralDialog)
        self.telephone_combo_label.setObjectName(u"telephone_combo_label")
        self.telephone_combo_label.setWordWrap(False)
        self.telephone_combo_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.telephone_combo_label)

        self.telephone_combo = QComboBox(ReferralDialog)
        self.telephone_combo.setObjectName(u"telephone_combo")

        self.referral_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.telephone_combo)

        self.spoken_to_edit_label = QLabel(ReferralDialog)
        self.spoken_to_edit_label.setObjectName(u"spoken_to_edit_label")
        self.spoken_to_edit_label.setWordWrap(False)
        self.spoken_to_edit_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.spoken_to_edit_label)

        self.spoken_to_edit = PlainLineEdit(ReferralDialog)
        self.spoken_to_edit.setObjectName(u"spoken_to_edit")

        self.referral_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.spoken_to_edit)

        self.agency_reference_edit_label = QLabel(ReferralDialog)
        self.agency_reference_edit_label.setObjectName(u"agency_reference_edit_label")
        self.agency_reference_edit_label.setWordWrap(False)
        self.agency_reference_edit_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agency_reference_edit_label)

        self.agency_reference_edit = PlainLineEdit(ReferralDialog)
        self.agency_reference_edit.setObjectName(u"agency_reference_edit")

        self.referral_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agency_reference_edit)

        self.risk_combo_label = QLabel(ReferralDialog)
        self.risk_combo_label.setObjectName(u"risk_combo_label")
        self.risk_combo_label.setWordWrap(False)
        self.risk_combo_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.risk_combo_label)

        self.risk_combo = QComboBox(ReferralDialog)
        self.risk_combo.setObjectName(u"risk_combo")

        self.referral_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.risk_combo)

        self.risk_reasons_edit_label = QLabel(ReferralDialog)
        self.risk_reasons_edit_label.setObjectName(u"risk_reasons_edit_label")
        self.risk_reasons_edit_label.setWordWrap(False)
        self.risk_reasons_edit_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.risk_reasons_edit_label)

        self.risk_reasons_edit = PlainTextEdit(ReferralDialog)
        self.risk_reasons_edit.setObjectName(u"risk_reasons_edit")
        self.risk_reasons_edit.setMinimumSize(QSize(0, 60))

        self.referral_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.risk_reasons_edit)

        self.acknowledged_edit_label = QLabel(ReferralDialog)
        self.acknowledged_edit_label.setObjectName(u"acknowledged_edit_label")
        self.acknowledged_edit_label.setWordWrap(False)
        self.acknowledged_edit_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.acknowledged_edit_label)

        self.acknowledged_edit = PlainLineEdit(ReferralDialog)
        self.acknowledged_edit.setObjectName(u"acknowledged_edit")

        self.referral_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.acknowledged_edit)

        self.acknowledged_error = QLabel(ReferralDialog)
        self.acknowledged_error.setObjectName(u"acknowledged_error")
        self.acknowledged_error.setWordWrap(True)
        self.acknowledged_error.setTextFormat(Qt.PlainText)
        self.acknowledged_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.acknowledged_error.setVisible(False)

        self.referral_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.acknowledged_error)

        self.decision_edit_label = QLabel(ReferralDialog)
        self.decision_edit_label.setObjectName(u"decision_edit_label")
        self.decision_edit_label.setWordWrap(False)
        self.decision_edit_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.decision_edit_label)

        self.decision_edit = PlainTextEdit(ReferralDialog)
        self.decision_edit.setObjectName(u"decision_edit")
        self.decision_edit.setMinimumSize(QSize(0, 60))

        self.referral_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.decision_edit)

        self.children_list_label = QLabel(ReferralDialog)
        self.children_list_label.setObjectName(u"children_list_label")
        self.children_list_label.setWordWrap(False)
        self.children_list_label.setTextFormat(Qt.PlainText)

        self.referral_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.children_list_label)

        self.children_list = QListWidget(ReferralDialog)
        self.children_list.setObjectName(u"children_list")

        self.referral_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.children_list)

        self.children_error = QLabel(ReferralDialog)
        self.children_error.setObjectName(u"children_error")
        self.children_error.setWordWrap(True)
        self.children_error.setTextFormat(Qt.PlainText)
        self.children_error.setStyleSheet(u"color: #a4000f; font-weight: 600;")
        self.children_error.setVisible(False)

        self.referral_form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.children_error)


        self.dialog_layout.addLayout(self.referral_form)

        self.button_box = QDialogButtonBox(ReferralDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.agency_combo_label.setBuddy(self.agency_combo)
        self.made_on_edit_label.setBuddy(self.made_on_edit)
        self.telephone_combo_label.setBuddy(self.telephone_combo)
        self.spoken_to_edit_label.setBuddy(self.spoken_to_edit)
        self.agency_reference_edit_label.setBuddy(self.agency_reference_edit)
        self.risk_combo_label.setBuddy(self.risk_combo)
        self.risk_reasons_edit_label.setBuddy(self.risk_reasons_edit)
        self.acknowledged_edit_label.setBuddy(self.acknowledged_edit)
        self.decision_edit_label.setBuddy(self.decision_edit)
        self.children_list_label.setBuddy(self.children_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"Referral", None))
#if QT_CONFIG(accessibility)
        ReferralDialog.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Referral", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("ReferralDialog", u"A referral", None))
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.agency_combo_label.setText(QCoreApplication.translate("ReferralDialog", u"&Agency", None))
#if QT_CONFIG(accessibility)
        self.agency_combo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Agency referred to", None))
#endif // QT_CONFIG(accessibility)
        self.made_on_edit_label.setText(QCoreApplication.translate("ReferralDialog", u"&Made on", None))
#if QT_CONFIG(accessibility)
        self.made_on_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Date the referral was made", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.made_on_edit.setAccessibleDescription(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.made_on_edit.setToolTip(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy", None))
#endif // QT_CONFIG(tooltip)
        self.made_on_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy", None))
        self.made_on_error.setText("")
#if QT_CONFIG(accessibility)
        self.made_on_error.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Problem with the referral date", None))
#endif // QT_CONFIG(accessibility)
        self.telephone_combo_label.setText(QCoreApplication.translate("ReferralDialog", u"&Telephoned first?", None))
#if QT_CONFIG(accessibility)
        self.telephone_combo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Telephone referral made first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.telephone_combo.setAccessibleDescription(QCoreApplication.translate("ReferralDialog", u"Not known yet, Yes or No", None))
#endif // QT_CONFIG(accessibility)
        self.spoken_to_edit_label.setText(QCoreApplication.translate("ReferralDialog", u"&Spoken to", None))
#if QT_CONFIG(accessibility)
        self.spoken_to_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Person spoken to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.spoken_to_edit.setAccessibleDescription(QCoreApplication.translate("ReferralDialog", u"Name and role of the person at the agency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.spoken_to_edit.setToolTip(QCoreApplication.translate("ReferralDialog", u"Name and role of the person at the agency", None))
#endif // QT_CONFIG(tooltip)
        self.agency_reference_edit_label.setText(QCoreApplication.translate("ReferralDialog", u"Their &reference", None))
#if QT_CONFIG(accessibility)
        self.agency_reference_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"The agency's reference", None))
#endif // QT_CONFIG(accessibility)
        self.risk_combo_label.setText(QCoreApplication.translate("ReferralDialog", u"Ris&k rating", None))
#if QT_CONFIG(accessibility)
        self.risk_combo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Risk rating", None))
#endif // QT_CONFIG(accessibility)
        self.risk_reasons_edit_label.setText(QCoreApplication.translate("ReferralDialog", u"Risk &reasons", None))
#if QT_CONFIG(accessibility)
        self.risk_reasons_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Reasons for the risk rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.risk_reasons_edit.setAccessibleDescription(QCoreApplication.translate("ReferralDialog", u"Why this rating: facts, then your judgement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.risk_reasons_edit.setToolTip(QCoreApplication.translate("ReferralDialog", u"Why this rating: facts, then your judgement", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledged_edit_label.setText(QCoreApplication.translate("ReferralDialog", u"Acknowledged &on", None))
#if QT_CONFIG(accessibility)
        self.acknowledged_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Date the agency acknowledged it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.acknowledged_edit.setAccessibleDescription(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy, or blank until it arrives", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.acknowledged_edit.setToolTip(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy, or blank until it arrives", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledged_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"dd/mm/yyyy", None))
        self.acknowledged_error.setText("")
#if QT_CONFIG(accessibility)
        self.acknowledged_error.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Problem with the acknowledgement date", None))
#endif // QT_CONFIG(accessibility)
        self.decision_edit_label.setText(QCoreApplication.translate("ReferralDialog", u"Their &decision", None))
#if QT_CONFIG(accessibility)
        self.decision_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"The agency's decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decision_edit.setAccessibleDescription(QCoreApplication.translate("ReferralDialog", u"What the agency decided, when it arrives", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.decision_edit.setToolTip(QCoreApplication.translate("ReferralDialog", u"What the agency decided, when it arrives", None))
#endif // QT_CONFIG(tooltip)
        self.children_list_label.setText(QCoreApplication.translate("ReferralDialog", u"Children it &concerns", None))
#if QT_CONFIG(accessibility)
        self.children_list.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Children this referral concerns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.children_list.setAccessibleDescription(QCoreApplication.translate("ReferralDialog", u"Tick each child this referral is about", None))
#endif // QT_CONFIG(accessibility)
        self.children_error.setText("")
#if QT_CONFIG(accessibility)
        self.children_error.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Problem with the children", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

