# Generated from ui/transfer_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(920, 620)
        self.dialog_layout = QVBoxLayout(TransferDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.section_tabs = QTabWidget(TransferDialog)
        self.section_tabs.setObjectName(u"section_tabs")
        self.send_tab = QWidget()
        self.send_tab.setObjectName(u"send_tab")
        self.send_layout = QVBoxLayout(self.send_tab)
        self.send_layout.setObjectName(u"send_layout")
        self.send_intro_label = QLabel(self.send_tab)
        self.send_intro_label.setObjectName(u"send_intro_label")
        self.send_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.send_intro_label.setWordWrap(True)

        self.send_layout.addWidget(self.send_intro_label)

        self.send_form = QFormLayout()
        self.send_form.setObjectName(u"send_form")
        self.child_caption = QLabel(self.send_tab)
        self.child_caption.setObjectName(u"child_caption")

        self.send_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.child_caption)

        self.child_edit = PlainLineEdit(self.send_tab)
        self.child_edit.setObjectName(u"child_edit")
        self.child_edit.setMaxLength(20)

        self.send_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.child_edit)

        self.recipient_caption = QLabel(self.send_tab)
        self.recipient_caption.setObjectName(u"recipient_caption")

        self.send_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipient_caption)

        self.recipient_edit = PlainLineEdit(self.send_tab)
        self.recipient_edit.setObjectName(u"recipient_edit")
        self.recipient_edit.setMaxLength(200)

        self.send_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipient_edit)

        self.method_caption = QLabel(self.send_tab)
        self.method_caption.setObjectName(u"method_caption")

        self.send_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.method_caption)

        self.method_edit = PlainLineEdit(self.send_tab)
        self.method_edit.setObjectName(u"method_edit")
        self.method_edit.setMaxLength(500)

        self.send_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method_edit)

        self.starts_caption = QLabel(self.send_tab)
        self.starts_caption.setObjectName(u"starts_caption")

        self.send_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.starts_caption)

        self.starts_on_edit = QDateEdit(self.send_tab)
        self.starts_on_edit.setObjectName(u"starts_on_edit")
        self.starts_on_edit.setCalendarPopup(True)

        self.send_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.starts_on_edit)


        self.send_layout.addLayout(self.send_form)

        self.send_buttons = QHBoxLayout()
        self.send_buttons.setObjectName(u"send_buttons")
        self.package_button = QPushButton(self.send_tab)
        self.package_button.setObjectName(u"package_button")

        self.send_buttons.addWidget(self.package_button)

        self.printable_button = QPushButton(self.send_tab)
        self.printable_button.setObjectName(u"printable_button")

        self.send_buttons.addWidget(self.printable_button)

        self.send_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.send_buttons.addItem(self.send_spacer)


        self.send_layout.addLayout(self.send_buttons)

        self.passphrase_group = QGroupBox(self.send_tab)
        self.passphrase_group.setObjectName(u"passphrase_group")
        self.passphrase_layout = QVBoxLayout(self.passphrase_group)
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_label = QLabel(self.passphrase_group)
        self.passphrase_label.setObjectName(u"passphrase_label")
        self.passphrase_label.setStyleSheet(u"font-family: monospace; font-size: 14pt; font-weight: 600;")
        self.passphrase_label.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.passphrase_layout.addWidget(self.passphrase_label)

        self.passphrase_note_label = QLabel(self.passphrase_group)
        self.passphrase_note_label.setObjectName(u"passphrase_note_label")
        self.passphrase_note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase_note_label.setWordWrap(True)

        self.passphrase_layout.addWidget(self.passphrase_note_label)


        self.send_layout.addWidget(self.passphrase_group)

        self.send_bottom = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.send_layout.addItem(self.send_bottom)

        self.section_tabs.addTab(self.send_tab, "")
        self.sent_tab = QWidget()
        self.sent_tab.setObjectName(u"sent_tab")
        self.sent_layout = QVBoxLayout(self.sent_tab)
        self.sent_layout.setObjectName(u"sent_layout")
        self.sent_table = QTableWidget(self.sent_tab)
        self.sent_table.setObjectName(u"sent_table")
        self.sent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sent_table.setTabKeyNavigation(False)
        self.sent_table.verticalHeader().setVisible(False)

        self.sent_layout.addWidget(self.sent_table)

        self.receipt_layout = QHBoxLayout()
        self.receipt_layout.setObjectName(u"receipt_layout")
        self.received_on_caption = QLabel(self.sent_tab)
        self.received_on_caption.setObjectName(u"received_on_caption")

        self.receipt_layout.addWidget(self.received_on_caption)

        self.received_on_edit = QDateEdit(self.sent_tab)
        self.received_on_edit.setObjectName(u"received_on_edit")
        self.received_on_edit.setCalendarPopup(True)

        self.receipt_layout.addWidget(self.received_on_edit)

        self.received_by_caption = QLabel(self.sent_tab)
        self.received_by_caption.setObjectName(u"received_by_caption")

        self.receipt_layout.addWidget(self.received_by_caption)

        self.received_by_edit = PlainLineEdit(self.sent_tab)
        self.received_by_edit.setObjectName(u"received_by_edit")
        self.received_by_edit.setMaxLength(200)

        self.receipt_layout.addWidget(self.received_by_edit)

        self.receipt_button = QPushButton(self.sent_tab)
        self.receipt_button.setObjectName(u"receipt_button")

        self.receipt_layout.addWidget(self.receipt_button)


        self.sent_layout.addLayout(self.receipt_layout)

        self.section_tabs.addTab(self.sent_tab, "")
        self.receive_tab = QWidget()
        self.receive_tab.setObjectName(u"receive_tab")
        self.receive_layout = QVBoxLayout(self.receive_tab)
        self.receive_layout.setObjectName(u"receive_layout")
        self.open_layout = QHBoxLayout()
        self.open_layout.setObjectName(u"open_layout")
        self.open_package_button = QPushButton(self.receive_tab)
        self.open_package_button.setObjectName(u"open_package_button")

        self.open_layout.addWidget(self.open_package_button)

        self.import_button = QPushButton(self.receive_tab)
        self.import_button.setObjectName(u"import_button")

        self.open_layout.addWidget(self.import_button)

        self.open_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.open_layout.addItem(self.open_spacer)


        self.receive_layout.addLayout(self.open_layout)

        self.provenance_view = QPlainTextEdit(self.receive_tab)
        self.provenance_view.setObjectName(u"provenance_view")
        self.provenance_view.setReadOnly(True)
        self.provenance_view.setMaximumSize(QSize(16777215, 150))

        self.receive_layout.addWidget(self.provenance_view)

        self.received_table = QTableWidget(self.receive_tab)
        self.received_table.setObjectName(u"received_table")
        self.received_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.received_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.received_table.setTabKeyNavigation(False)
        self.received_table.verticalHeader().setVisible(False)

        self.receive_layout.addWidget(self.received_table)

        self.section_tabs.addTab(self.receive_tab, "")

        self.dialog_layout.addWidget(self.section_tabs)

        self.button_box = QDialogButtonBox(TransferDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.child_caption.setBuddy(self.child_edit)
        self.recipient_caption.setBuddy(self.recipient_edit)
        self.method_caption.setBuddy(self.method_edit)
        self.starts_caption.setBuddy(self.starts_on_edit)
        self.received_on_caption.setBuddy(self.received_on_edit)
        self.received_by_caption.setBuddy(self.received_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.section_tabs, self.child_edit)
        QWidget.setTabOrder(self.child_edit, self.recipient_edit)
        QWidget.setTabOrder(self.recipient_edit, self.method_edit)
        QWidget.setTabOrder(self.method_edit, self.starts_on_edit)
        QWidget.setTabOrder(self.starts_on_edit, self.package_button)
        QWidget.setTabOrder(self.package_button, self.printable_button)

        self.retranslateUi(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"School transfer", None))
#if QT_CONFIG(accessibility)
        TransferDialog.setAccessibleName(QCoreApplication.translate("TransferDialog", u"School transfer", None))
#endif // QT_CONFIG(accessibility)
        self.send_intro_label.setText(QCoreApplication.translate("TransferDialog", u"When a child moves, send their child protection file to the new school or college within five school days, separately from the main pupil file, and record when they confirm they have it. Other children and adults are shown by pseudonyms.", None))
        self.child_caption.setText(QCoreApplication.translate("TransferDialog", u"&Child's reference", None))
#if QT_CONFIG(accessibility)
        self.child_edit.setAccessibleName(QCoreApplication.translate("TransferDialog", u"Child's reference", None))
#endif // QT_CONFIG(accessibility)
        self.child_edit.setPlaceholderText(QCoreApplication.translate("TransferDialog", u"C-0042", None))
        self.recipient_caption.setText(QCoreApplication.translate("TransferDialog", u"&New school or college", None))
#if QT_CONFIG(accessibility)
        self.recipient_edit.setAccessibleName(QCoreApplication.translate("TransferDialog", u"New school or college", None))
#endif // QT_CONFIG(accessibility)
        self.method_caption.setText(QCoreApplication.translate("TransferDialog", u"How it is &sent", None))
#if QT_CONFIG(accessibility)
        self.method_edit.setAccessibleName(QCoreApplication.translate("TransferDialog", u"How the file is sent", None))
#endif // QT_CONFIG(accessibility)
        self.method_edit.setPlaceholderText(QCoreApplication.translate("TransferDialog", u"e.g. memory stick handed to their DSL; passphrase by telephone", None))
        self.starts_caption.setText(QCoreApplication.translate("TransferDialog", u"Starts there &on", None))
#if QT_CONFIG(accessibility)
        self.starts_on_edit.setAccessibleName(QCoreApplication.translate("TransferDialog", u"The child's first day at the new setting", None))
#endif // QT_CONFIG(accessibility)
        self.starts_on_edit.setDisplayFormat(QCoreApplication.translate("TransferDialog", u"dd/MM/yyyy", None))
        self.package_button.setText(QCoreApplication.translate("TransferDialog", u"Save an &encrypted package\u2026", None))
        self.printable_button.setText(QCoreApplication.translate("TransferDialog", u"Save a &printable file\u2026", None))
        self.passphrase_group.setTitle(QCoreApplication.translate("TransferDialog", u"The package's one-time passphrase (shown once)", None))
#if QT_CONFIG(accessibility)
        self.passphrase_label.setAccessibleName(QCoreApplication.translate("TransferDialog", u"One-time passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.send_tab), QCoreApplication.translate("TransferDialog", u"Send a child's file", None))
#if QT_CONFIG(accessibility)
        self.sent_table.setAccessibleName(QCoreApplication.translate("TransferDialog", u"Files sent and their receipts", None))
#endif // QT_CONFIG(accessibility)
        self.received_on_caption.setText(QCoreApplication.translate("TransferDialog", u"Received &on", None))
#if QT_CONFIG(accessibility)
        self.received_on_edit.setAccessibleName(QCoreApplication.translate("TransferDialog", u"Date the receipt was confirmed", None))
#endif // QT_CONFIG(accessibility)
        self.received_on_edit.setDisplayFormat(QCoreApplication.translate("TransferDialog", u"dd/MM/yyyy", None))
        self.received_by_caption.setText(QCoreApplication.translate("TransferDialog", u"&by", None))
#if QT_CONFIG(accessibility)
        self.received_by_edit.setAccessibleName(QCoreApplication.translate("TransferDialog", u"Who confirmed the receipt", None))
#endif // QT_CONFIG(accessibility)
        self.receipt_button.setText(QCoreApplication.translate("TransferDialog", u"&Record the receipt", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.sent_tab), QCoreApplication.translate("TransferDialog", u"Files sent", None))
        self.open_package_button.setText(QCoreApplication.translate("TransferDialog", u"&Open a package\u2026", None))
        self.import_button.setText(QCoreApplication.translate("TransferDialog", u"&Import this child's file", None))
#if QT_CONFIG(accessibility)
        self.provenance_view.setAccessibleName(QCoreApplication.translate("TransferDialog", u"Where the package came from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.received_table.setAccessibleName(QCoreApplication.translate("TransferDialog", u"Files received", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.receive_tab), QCoreApplication.translate("TransferDialog", u"Receive a file", None))
    # retranslateUi

