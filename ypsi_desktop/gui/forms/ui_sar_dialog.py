# Generated from ui/sar_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sar_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_SarDialog(object):
    def setupUi(self, SarDialog):
        if not SarDialog.objectName():
            SarDialog.setObjectName(u"SarDialog")
        SarDialog.resize(940, 660)
        self.dialog_layout = QVBoxLayout(SarDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SarDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.new_group = QGroupBox(SarDialog)
        self.new_group.setObjectName(u"new_group")
        self.new_layout = QHBoxLayout(self.new_group)
        self.new_layout.setObjectName(u"new_layout")
        self.person_caption = QLabel(self.new_group)
        self.person_caption.setObjectName(u"person_caption")

        self.new_layout.addWidget(self.person_caption)

        self.person_edit = PlainLineEdit(self.new_group)
        self.person_edit.setObjectName(u"person_edit")
        self.person_edit.setMaxLength(20)

        self.new_layout.addWidget(self.person_edit)

        self.received_caption = QLabel(self.new_group)
        self.received_caption.setObjectName(u"received_caption")

        self.new_layout.addWidget(self.received_caption)

        self.received_on_edit = QDateEdit(self.new_group)
        self.received_on_edit.setObjectName(u"received_on_edit")
        self.received_on_edit.setCalendarPopup(True)

        self.new_layout.addWidget(self.received_on_edit)

        self.requested_by_caption = QLabel(self.new_group)
        self.requested_by_caption.setObjectName(u"requested_by_caption")

        self.new_layout.addWidget(self.requested_by_caption)

        self.requested_by_edit = PlainLineEdit(self.new_group)
        self.requested_by_edit.setObjectName(u"requested_by_edit")
        self.requested_by_edit.setMaxLength(200)

        self.new_layout.addWidget(self.requested_by_edit)

        self.record_button = QPushButton(self.new_group)
        self.record_button.setObjectName(u"record_button")

        self.new_layout.addWidget(self.record_button)


        self.dialog_layout.addWidget(self.new_group)

        self.requests_table = QTableWidget(SarDialog)
        self.requests_table.setObjectName(u"requests_table")
        self.requests_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_table.setTabKeyNavigation(False)
        self.requests_table.setMaximumSize(QSize(16777215, 160))
        self.requests_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.requests_table)

        self.deadline_label = QLabel(SarDialog)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.deadline_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.deadline_label)

        self.redactions_table = QTableWidget(SarDialog)
        self.redactions_table.setObjectName(u"redactions_table")
        self.redactions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.redactions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.redactions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.redactions_table.setTabKeyNavigation(False)
        self.redactions_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.redactions_table)

        self.release_layout = QHBoxLayout()
        self.release_layout.setObjectName(u"release_layout")
        self.release_reason_edit = PlainLineEdit(SarDialog)
        self.release_reason_edit.setObjectName(u"release_reason_edit")
        self.release_reason_edit.setMaxLength(1000)

        self.release_layout.addWidget(self.release_reason_edit)

        self.release_button = QPushButton(SarDialog)
        self.release_button.setObjectName(u"release_button")

        self.release_layout.addWidget(self.release_button)


        self.dialog_layout.addLayout(self.release_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.save_pdf_button = QPushButton(SarDialog)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.actions_layout.addWidget(self.save_pdf_button)

        self.answered_button = QPushButton(SarDialog)
        self.answered_button.setObjectName(u"answered_button")

        self.actions_layout.addWidget(self.answered_button)

        self.extend_button = QPushButton(SarDialog)
        self.extend_button.setObjectName(u"extend_button")

        self.actions_layout.addWidget(self.extend_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.button_box = QDialogButtonBox(SarDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.actions_layout)

#if QT_CONFIG(shortcut)
        self.person_caption.setBuddy(self.person_edit)
        self.received_caption.setBuddy(self.received_on_edit)
        self.requested_by_caption.setBuddy(self.requested_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_edit, self.received_on_edit)
        QWidget.setTabOrder(self.received_on_edit, self.requested_by_edit)
        QWidget.setTabOrder(self.requested_by_edit, self.record_button)
        QWidget.setTabOrder(self.record_button, self.requests_table)
        QWidget.setTabOrder(self.requests_table, self.redactions_table)
        QWidget.setTabOrder(self.redactions_table, self.release_reason_edit)
        QWidget.setTabOrder(self.release_reason_edit, self.release_button)
        QWidget.setTabOrder(self.release_button, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.answered_button)
        QWidget.setTabOrder(self.answered_button, self.extend_button)

        self.retranslateUi(SarDialog)
    # setupUi

    def retranslateUi(self, SarDialog):
        SarDialog.setWindowTitle(QCoreApplication.translate("SarDialog", u"Subject access requests", None))
#if QT_CONFIG(accessibility)
        SarDialog.setAccessibleName(QCoreApplication.translate("SarDialog", u"Subject access requests", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("SarDialog", u"A person may ask for the information held about them. Answer within one calendar month of receiving the request. Other people's information is withheld by default; review each redaction and release one only with a reason.", None))
        self.new_group.setTitle(QCoreApplication.translate("SarDialog", u"Record a new request", None))
        self.person_caption.setText(QCoreApplication.translate("SarDialog", u"&Reference", None))
#if QT_CONFIG(accessibility)
        self.person_edit.setAccessibleName(QCoreApplication.translate("SarDialog", u"Reference of the person the request is about", None))
#endif // QT_CONFIG(accessibility)
        self.person_edit.setPlaceholderText(QCoreApplication.translate("SarDialog", u"C-0042", None))
        self.received_caption.setText(QCoreApplication.translate("SarDialog", u"Recei&ved on", None))
#if QT_CONFIG(accessibility)
        self.received_on_edit.setAccessibleName(QCoreApplication.translate("SarDialog", u"Date the request was received", None))
#endif // QT_CONFIG(accessibility)
        self.received_on_edit.setDisplayFormat(QCoreApplication.translate("SarDialog", u"dd/MM/yyyy", None))
        self.requested_by_caption.setText(QCoreApplication.translate("SarDialog", u"Asked &by", None))
#if QT_CONFIG(accessibility)
        self.requested_by_edit.setAccessibleName(QCoreApplication.translate("SarDialog", u"Who made the request", None))
#endif // QT_CONFIG(accessibility)
        self.requested_by_edit.setPlaceholderText(QCoreApplication.translate("SarDialog", u"e.g. the young person, by letter", None))
        self.record_button.setText(QCoreApplication.translate("SarDialog", u"Re&cord", None))
#if QT_CONFIG(accessibility)
        self.requests_table.setAccessibleName(QCoreApplication.translate("SarDialog", u"Requests and their deadlines", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadline_label.setAccessibleName(QCoreApplication.translate("SarDialog", u"Deadline of the selected request", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.redactions_table.setAccessibleName(QCoreApplication.translate("SarDialog", u"What is withheld in the response", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.release_reason_edit.setAccessibleName(QCoreApplication.translate("SarDialog", u"Why the redaction can be released", None))
#endif // QT_CONFIG(accessibility)
        self.release_reason_edit.setPlaceholderText(QCoreApplication.translate("SarDialog", u"Why this may be released (e.g. consent given), required", None))
        self.release_button.setText(QCoreApplication.translate("SarDialog", u"Re&lease the selected redaction", None))
        self.save_pdf_button.setText(QCoreApplication.translate("SarDialog", u"&Save the response as PDF\u2026", None))
        self.answered_button.setText(QCoreApplication.translate("SarDialog", u"Mark as &answered today", None))
        self.extend_button.setText(QCoreApplication.translate("SarDialog", u"E&xtend by two months\u2026", None))
#if QT_CONFIG(accessibility)
        self.extend_button.setAccessibleDescription(QCoreApplication.translate("SarDialog", u"For a complex request: decided, and the requester told, within the first month", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

