# Generated from ui/change_passphrase_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_passphrase_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, ChangePassphraseDialog):
        if not ChangePassphraseDialog.objectName():
            ChangePassphraseDialog.setObjectName(u"ChangePassphraseDialog")
        ChangePassphraseDialog.resize(600, 420)
        self.dialog_layout = QVBoxLayout(ChangePassphraseDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ChangePassphraseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.why_label = QLabel(ChangePassphraseDialog)
        self.why_label.setObjectName(u"why_label")
        self.why_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.why_label)

        self.passphrase_form = QFormLayout()
        self.passphrase_form.setObjectName(u"passphrase_form")
        self.passphrase_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current_caption = QLabel(ChangePassphraseDialog)
        self.current_caption.setObjectName(u"current_caption")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_caption)

        self.current_edit = QLineEdit(ChangePassphraseDialog)
        self.current_edit.setObjectName(u"current_edit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_edit)

        self.new_caption = QLabel(ChangePassphraseDialog)
        self.new_caption.setObjectName(u"new_caption")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_caption)

        self.new_edit = QLineEdit(ChangePassphraseDialog)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.confirm_caption = QLabel(ChangePassphraseDialog)
        self.confirm_caption.setObjectName(u"confirm_caption")

        self.passphrase_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirm_caption)

        self.confirm_edit = QLineEdit(ChangePassphraseDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.strength_caption = QLabel(ChangePassphraseDialog)
        self.strength_caption.setObjectName(u"strength_caption")

        self.passphrase_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strength_caption)

        self.strength_row = QHBoxLayout()
        self.strength_row.setObjectName(u"strength_row")
        self.strength_bar = QProgressBar(ChangePassphraseDialog)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setMinimumSize(QSize(120, 0))
        self.strength_bar.setMaximumSize(QSize(120, 16777215))
        self.strength_bar.setMaximum(4)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(False)

        self.strength_row.addWidget(self.strength_bar, 0, Qt.AlignmentFlag.AlignTop)

        self.strength_label = QLabel(ChangePassphraseDialog)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.strength_label.sizePolicy().hasHeightForWidth())
        self.strength_label.setSizePolicy(sizePolicy)

        self.strength_row.addWidget(self.strength_label)


        self.passphrase_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.strength_row)

        self.match_label = QLabel(ChangePassphraseDialog)
        self.match_label.setObjectName(u"match_label")
        self.match_label.setWordWrap(True)

        self.passphrase_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.match_label)


        self.dialog_layout.addLayout(self.passphrase_form)

        self.form_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.form_spacer)

        self.busy_label = QLabel(ChangePassphraseDialog)
        self.busy_label.setObjectName(u"busy_label")
        self.busy_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.busy_label)

        self.busy_bar = QProgressBar(ChangePassphraseDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.dialog_layout.addWidget(self.busy_bar)

        self.message_label = QLabel(ChangePassphraseDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #a4000f;")

        self.dialog_layout.addWidget(self.message_label)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.cancel_button = QPushButton(ChangePassphraseDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_row.addWidget(self.cancel_button)

        self.change_button = QPushButton(ChangePassphraseDialog)
        self.change_button.setObjectName(u"change_button")

        self.buttons_row.addWidget(self.change_button)


        self.dialog_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.current_caption.setBuddy(self.current_edit)
        self.new_caption.setBuddy(self.new_edit)
        self.confirm_caption.setBuddy(self.confirm_edit)
        self.strength_caption.setBuddy(self.strength_bar)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.change_button)
        QWidget.setTabOrder(self.change_button, self.cancel_button)

        self.retranslateUi(ChangePassphraseDialog)

        self.change_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ChangePassphraseDialog):
        ChangePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change your passphrase", None))
#if QT_CONFIG(accessibility)
        ChangePassphraseDialog.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Change your passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.intro_label.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"About changing your passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.why_label.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Why the passphrase matters", None))
#endif // QT_CONFIG(accessibility)
        self.current_caption.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Current passphrase", None))
#if QT_CONFIG(accessibility)
        self.current_edit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_caption.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_caption.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_caption.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"What the strength check says", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.match_label.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Whether the passphrases match", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_label.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"What is happening", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.change_button.setText(QCoreApplication.translate("ChangePassphraseDialog", u"C&hange passphrase", None))
#if QT_CONFIG(accessibility)
        self.change_button.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Change passphrase", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

