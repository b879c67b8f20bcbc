# Generated from ui/sign_in.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_SignInWidget(object):
    def setupUi(self, SignInWidget):
        if not SignInWidget.objectName():
            SignInWidget.setObjectName(u"SignInWidget")
        SignInWidget.resize(900, 640)
        self.outer_layout = QVBoxLayout(SignInWidget)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.centre_row = QHBoxLayout()
        self.centre_row.setObjectName(u"centre_row")
        self.left_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_row.addItem(self.left_spacer)

        self.panel = QWidget(SignInWidget)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(520, 0))
        self.panel.setMaximumSize(QSize(520, 16777215))
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.heading_label = QLabel(self.panel)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.panel_layout.addWidget(self.heading_label)

        self.file_label = QLabel(self.panel)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.panel_layout.addWidget(self.file_label)

        self.passphrase_page = QWidget(self.panel)
        self.passphrase_page.setObjectName(u"passphrase_page")
        self.passphrase_page_layout = QVBoxLayout(self.passphrase_page)
        self.passphrase_page_layout.setObjectName(u"passphrase_page_layout")
        self.passphrase_page_layout.setContentsMargins(0, 0, 0, 0)
        self.passphrase_form = QFormLayout()
        self.passphrase_form.setObjectName(u"passphrase_form")
        self.passphrase_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_caption = QLabel(self.passphrase_page)
        self.name_caption.setObjectName(u"name_caption")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption)

        self.name_edit = PlainLineEdit(self.passphrase_page)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.passphrase_caption = QLabel(self.passphrase_page)
        self.passphrase_caption.setObjectName(u"passphrase_caption")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_caption)

        self.passphrase_edit = QLineEdit(self.passphrase_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.passphrase_page_layout.addLayout(self.passphrase_form)

        self.sign_in_row = QHBoxLayout()
        self.sign_in_row.setObjectName(u"sign_in_row")
        self.recovery_button = QPushButton(self.passphrase_page)
        self.recovery_button.setObjectName(u"recovery_button")
        self.recovery_button.setFlat(True)
        self.recovery_button.setStyleSheet(u"text-decoration: underline; color: palette(link);")

        self.sign_in_row.addWidget(self.recovery_button)

        self.sign_in_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sign_in_row.addItem(self.sign_in_spacer)

        self.sign_in_button = QPushButton(self.passphrase_page)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.sign_in_row.addWidget(self.sign_in_button)


        self.passphrase_page_layout.addLayout(self.sign_in_row)


        self.panel_layout.addWidget(self.passphrase_page)

        self.recovery_page = QWidget(self.panel)
        self.recovery_page.setObjectName(u"recovery_page")
        self.recovery_page_layout = QVBoxLayout(self.recovery_page)
        self.recovery_page_layout.setObjectName(u"recovery_page_layout")
        self.recovery_page_layout.setContentsMargins(0, 0, 0, 0)
        self.recovery_intro_label = QLabel(self.recovery_page)
        self.recovery_intro_label.setObjectName(u"recovery_intro_label")
        self.recovery_intro_label.setWordWrap(True)

        self.recovery_page_layout.addWidget(self.recovery_intro_label)

        self.recovery_form = QFormLayout()
        self.recovery_form.setObjectName(u"recovery_form")
        self.recovery_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recovery_name_caption = QLabel(self.recovery_page)
        self.recovery_name_caption.setObjectName(u"recovery_name_caption")

        self.recovery_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recovery_name_caption)

        self.recovery_name_edit = PlainLineEdit(self.recovery_page)
        self.recovery_name_edit.setObjectName(u"recovery_name_edit")
        self.recovery_name_edit.setMaxLength(200)

        self.recovery_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_name_edit)

        self.recovery_key_caption = QLabel(self.recovery_page)
        self.recovery_key_caption.setObjectName(u"recovery_key_caption")

        self.recovery_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recovery_key_caption)

        self.recovery_key_edit = PlainLineEdit(self.recovery_page)
        self.recovery_key_edit.setObjectName(u"recovery_key_edit")
        self.recovery_key_edit.setMaxLength(120)

        self.recovery_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recovery_key_edit)


        self.recovery_page_layout.addLayout(self.recovery_form)

        self.recovery_row = QHBoxLayout()
        self.recovery_row.setObjectName(u"recovery_row")
        self.back_to_passphrase_button = QPushButton(self.recovery_page)
        self.back_to_passphrase_button.setObjectName(u"back_to_passphrase_button")
        self.back_to_passphrase_button.setFlat(True)
        self.back_to_passphrase_button.setStyleSheet(u"text-decoration: underline; color: palette(link);")

        self.recovery_row.addWidget(self.back_to_passphrase_button)

        self.recovery_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recovery_row.addItem(self.recovery_spacer)

        self.recovery_sign_in_button = QPushButton(self.recovery_page)
        self.recovery_sign_in_button.setObjectName(u"recovery_sign_in_button")

        self.recovery_row.addWidget(self.recovery_sign_in_button)


        self.recovery_page_layout.addLayout(self.recovery_row)


        self.panel_layout.addWidget(self.recovery_page)

        self.new_passphrase_page = QWidget(self.panel)
        self.new_passphrase_page.setObjectName(u"new_passphrase_page")
        self.new_passphrase_page_layout = QVBoxLayout(self.new_passphrase_page)
        self.new_passphrase_page_layout.setObjectName(u"new_passphrase_page_layout")
        self.new_passphrase_page_layout.setContentsMargins(0, 0, 0, 0)
        self.new_passphrase_intro_label = QLabel(self.new_passphrase_page)
        self.new_passphrase_intro_label.setObjectName(u"new_passphrase_intro_label")
        self.new_passphrase_intro_label.setWordWrap(True)

        self.new_passphrase_page_layout.addWidget(self.new_passphrase_intro_label)

        self.new_passphrase_why_label = QLabel(self.new_passphrase_page)
        self.new_passphrase_why_label.setObjectName(u"new_passphrase_why_label")
        self.new_passphrase_why_label.setWordWrap(True)

        self.new_passphrase_page_layout.addWidget(self.new_passphrase_why_label)

        self.new_passphrase_form = QFormLayout()
        self.new_passphrase_form.setObjectName(u"new_passphrase_form")
        self.new_passphrase_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.new_passphrase_caption = QLabel(self.new_passphrase_page)
        self.new_passphrase_caption.setObjectName(u"new_passphrase_caption")

        self.new_passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_passphrase_caption)

        self.new_passphrase_edit = QLineEdit(self.new_passphrase_page)
        self.new_passphrase_edit.setObjectName(u"new_passphrase_edit")
        self.new_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.new_passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_passphrase_edit)

        self.new_confirm_caption = QLabel(self.new_passphrase_page)
        self.new_confirm_caption.setObjectName(u"new_confirm_caption")

        self.new_passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_confirm_caption)

        self.new_confirm_edit = QLineEdit(self.new_passphrase_page)
        self.new_confirm_edit.setObjectName(u"new_confirm_edit")
        self.new_confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.new_passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_confirm_edit)

        self.strength_caption = QLabel(self.new_passphrase_page)
        self.strength_caption.setObjectName(u"strength_caption")

        self.new_passphrase_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strength_caption)

        self.strength_row = QHBoxLayout()
        self.strength_row.setObjectName(u"strength_row")
        self.strength_bar_column = QVBoxLayout()
        self.strength_bar_column.setObjectName(u"strength_bar_column")
        self.strength_bar = QProgressBar(self.new_passphrase_page)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setMinimumSize(QSize(120, 0))
        self.strength_bar.setMaximumSize(QSize(120, 16777215))
        self.strength_bar.setMaximum(4)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(False)

        self.strength_bar_column.addWidget(self.strength_bar)

        self.strength_bar_push = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.strength_bar_column.addItem(self.strength_bar_push)


        self.strength_row.addLayout(self.strength_bar_column)

        self.strength_label = QLabel(self.new_passphrase_page)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.strength_label.sizePolicy().hasHeightForWidth())
        self.strength_label.setSizePolicy(sizePolicy)

        self.strength_row.addWidget(self.strength_label)


        self.new_passphrase_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strength_row)

        self.match_label = QLabel(self.new_passphrase_page)
        self.match_label.setObjectName(u"match_label")
        self.match_label.setWordWrap(True)

        self.new_passphrase_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.match_label)


        self.new_passphrase_page_layout.addLayout(self.new_passphrase_form)

        self.new_passphrase_row = QHBoxLayout()
        self.new_passphrase_row.setObjectName(u"new_passphrase_row")
        self.cancel_recovery_button = QPushButton(self.new_passphrase_page)
        self.cancel_recovery_button.setObjectName(u"cancel_recovery_button")

        self.new_passphrase_row.addWidget(self.cancel_recovery_button)

        self.new_passphrase_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.new_passphrase_row.addItem(self.new_passphrase_spacer)

        self.save_passphrase_button = QPushButton(self.new_passphrase_page)
        self.save_passphrase_button.setObjectName(u"save_passphrase_button")

        self.new_passphrase_row.addWidget(self.save_passphrase_button)


        self.new_passphrase_page_layout.addLayout(self.new_passphrase_row)


        self.panel_layout.addWidget(self.new_passphrase_page)

        self.busy_bar = QProgressBar(self.panel)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.panel_layout.addWidget(self.busy_bar)

        self.message_label = QLabel(self.panel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #a4000f;")

        self.panel_layout.addWidget(self.message_label)

        self.countdown_label = QLabel(self.panel)
        self.countdown_label.setObjectName(u"countdown_label")
        self.countdown_label.setWordWrap(True)
        self.countdown_label.setStyleSheet(u"font-weight: 600;")

        self.panel_layout.addWidget(self.countdown_label)

        self.separator_line = QFrame(self.panel)
        self.separator_line.setObjectName(u"separator_line")
        self.separator_line.setFrameShape(QFrame.Shape.HLine)
        self.separator_line.setFrameShadow(QFrame.Shadow.Sunken)

        self.panel_layout.addWidget(self.separator_line)

        self.other_actions_row = QHBoxLayout()
        self.other_actions_row.setObjectName(u"other_actions_row")
        self.open_other_button = QPushButton(self.panel)
        self.open_other_button.setObjectName(u"open_other_button")

        self.other_actions_row.addWidget(self.open_other_button)

        self.restore_button = QPushButton(self.panel)
        self.restore_button.setObjectName(u"restore_button")

        self.other_actions_row.addWidget(self.restore_button)

        self.setup_button = QPushButton(self.panel)
        self.setup_button.setObjectName(u"setup_button")

        self.other_actions_row.addWidget(self.setup_button)

        self.other_actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.other_actions_row.addItem(self.other_actions_spacer)


        self.panel_layout.addLayout(self.other_actions_row)


        self.centre_row.addWidget(self.panel)

        self.right_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_row.addItem(self.right_spacer)


        self.outer_layout.addLayout(self.centre_row)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.name_caption.setBuddy(self.name_edit)
        self.passphrase_caption.setBuddy(self.passphrase_edit)
        self.recovery_name_caption.setBuddy(self.recovery_name_edit)
        self.recovery_key_caption.setBuddy(self.recovery_key_edit)
        self.new_passphrase_caption.setBuddy(self.new_passphrase_edit)
        self.new_confirm_caption.setBuddy(self.new_confirm_edit)
        self.strength_caption.setBuddy(self.strength_bar)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.recovery_button)
        QWidget.setTabOrder(self.recovery_button, self.recovery_name_edit)
        QWidget.setTabOrder(self.recovery_name_edit, self.recovery_key_edit)
        QWidget.setTabOrder(self.recovery_key_edit, self.recovery_sign_in_button)
        QWidget.setTabOrder(self.recovery_sign_in_button, self.back_to_passphrase_button)
        QWidget.setTabOrder(self.back_to_passphrase_button, self.new_passphrase_edit)
        QWidget.setTabOrder(self.new_passphrase_edit, self.new_confirm_edit)
        QWidget.setTabOrder(self.new_confirm_edit, self.save_passphrase_button)
        QWidget.setTabOrder(self.save_passphrase_button, self.cancel_recovery_button)
        QWidget.setTabOrder(self.cancel_recovery_button, self.open_other_button)
        QWidget.setTabOrder(self.open_other_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.setup_button)

        self.retranslateUi(SignInWidget)

        self.sign_in_button.setDefault(True)
        self.recovery_sign_in_button.setDefault(True)
        self.save_passphrase_button.setDefault(True)

    # setupUi

    def retranslateUi(self, SignInWidget):
        SignInWidget.setWindowTitle(QCoreApplication.translate("SignInWidget", u"Sign in", None))
#if QT_CONFIG(accessibility)
        SignInWidget.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Sign in to the case file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("SignInWidget", u"Sign in", None))
#if QT_CONFIG(accessibility)
        self.file_label.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Case file", None))
#endif // QT_CONFIG(accessibility)
        self.name_caption.setText(QCoreApplication.translate("SignInWidget", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_caption.setText(QCoreApplication.translate("SignInWidget", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_button.setText(QCoreApplication.translate("SignInWidget", u"Use the &recovery key instead", None))
#if QT_CONFIG(accessibility)
        self.recovery_button.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Use the recovery key instead", None))
#endif // QT_CONFIG(accessibility)
        self.sign_in_button.setText(QCoreApplication.translate("SignInWidget", u"&Sign in", None))
        self.recovery_intro_label.setText(QCoreApplication.translate("SignInWidget", u"Type your name and the recovery key that was printed or written down when this case file was set up. You will then choose a new passphrase.", None))
        self.recovery_name_caption.setText(QCoreApplication.translate("SignInWidget", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.recovery_name_edit.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_key_caption.setText(QCoreApplication.translate("SignInWidget", u"Recovery &key", None))
#if QT_CONFIG(accessibility)
        self.recovery_key_edit.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_key_edit.setPlaceholderText(QCoreApplication.translate("SignInWidget", u"8 groups of 6 characters", None))
        self.back_to_passphrase_button.setText(QCoreApplication.translate("SignInWidget", u"Use my &passphrase instead", None))
#if QT_CONFIG(accessibility)
        self.back_to_passphrase_button.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Use my passphrase instead", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_sign_in_button.setText(QCoreApplication.translate("SignInWidget", u"&Sign in with the recovery key", None))
        self.new_passphrase_intro_label.setText(QCoreApplication.translate("SignInWidget", u"<b>The recovery key worked.</b> Now choose a new passphrase: you will use it from now on, and the old one will no longer open the case file.", None))
        self.new_passphrase_caption.setText(QCoreApplication.translate("SignInWidget", u"New &passphrase", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase_edit.setAccessibleName(QCoreApplication.translate("SignInWidget", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_confirm_caption.setText(QCoreApplication.translate("SignInWidget", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.new_confirm_edit.setAccessibleName(QCoreApplication.translate("SignInWidget", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_caption.setText(QCoreApplication.translate("SignInWidget", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("SignInWidget", u"What the strength check says", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.match_label.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Whether the passphrases match", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_recovery_button.setText(QCoreApplication.translate("SignInWidget", u"&Cancel and close the case file", None))
#if QT_CONFIG(accessibility)
        self.cancel_recovery_button.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Cancel and close the case file", None))
#endif // QT_CONFIG(accessibility)
        self.save_passphrase_button.setText(QCoreApplication.translate("SignInWidget", u"Save &and continue", None))
#if QT_CONFIG(accessibility)
        self.save_passphrase_button.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Save the new passphrase and continue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("SignInWidget", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countdown_label.setAccessibleName(QCoreApplication.translate("SignInWidget", u"When you can try again", None))
#endif // QT_CONFIG(accessibility)
        self.open_other_button.setText(QCoreApplication.translate("SignInWidget", u"&Open another case file\u2026", None))
        self.restore_button.setText(QCoreApplication.translate("SignInWidget", u"Restore from a &backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.restore_button.setToolTip(QCoreApplication.translate("SignInWidget", u"Put a backup in place of this case file, for example when the file is damaged or was replaced by an old copy. Type your name and your passphrase as they were when the backup was made first.", None))
#endif // QT_CONFIG(tooltip)
        self.setup_button.setText(QCoreApplication.translate("SignInWidget", u"Set &up a new case file\u2026", None))
    # retranslateUi

