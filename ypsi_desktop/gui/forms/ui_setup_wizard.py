# Generated from ui/setup_wizard.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWizard, QWizardPage

from ypsi_desktop.gui.plain_text import PlainLineEdit
from . import resources_rc

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(760, 600)
        SetupWizard.setMinimumSize(QSize(640, 520))
        icon = QIcon()
        icon.addFile(u":/icons/ypsi-desktop.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        SetupWizard.setWindowIcon(icon)
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        SetupWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcome_page = QWizardPage()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_body_label = QLabel(self.welcome_page)
        self.welcome_body_label.setObjectName(u"welcome_body_label")
        self.welcome_body_label.setWordWrap(True)

        self.welcome_layout.addWidget(self.welcome_body_label)

        self.choice_group = QGroupBox(self.welcome_page)
        self.choice_group.setObjectName(u"choice_group")
        self.choice_layout = QVBoxLayout(self.choice_group)
        self.choice_layout.setObjectName(u"choice_layout")
        self.create_new_radio = QRadioButton(self.choice_group)
        self.create_new_radio.setObjectName(u"create_new_radio")
        self.create_new_radio.setChecked(True)

        self.choice_layout.addWidget(self.create_new_radio)

        self.create_new_note = QLabel(self.choice_group)
        self.create_new_note.setObjectName(u"create_new_note")
        self.create_new_note.setWordWrap(True)
        self.create_new_note.setIndent(24)

        self.choice_layout.addWidget(self.create_new_note)

        self.open_existing_radio = QRadioButton(self.choice_group)
        self.open_existing_radio.setObjectName(u"open_existing_radio")

        self.choice_layout.addWidget(self.open_existing_radio)

        self.open_existing_note = QLabel(self.choice_group)
        self.open_existing_note.setObjectName(u"open_existing_note")
        self.open_existing_note.setWordWrap(True)
        self.open_existing_note.setIndent(24)

        self.choice_layout.addWidget(self.open_existing_note)


        self.welcome_layout.addWidget(self.choice_group)

        self.welcome_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_spacer)

        SetupWizard.addPage(self.welcome_page)
        self.setting_page = QWizardPage()
        self.setting_page.setObjectName(u"setting_page")
        self.setting_layout = QFormLayout(self.setting_page)
        self.setting_layout.setObjectName(u"setting_layout")
        self.setting_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setting_name_caption = QLabel(self.setting_page)
        self.setting_name_caption.setObjectName(u"setting_name_caption")

        self.setting_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.setting_name_caption)

        self.setting_name_edit = PlainLineEdit(self.setting_page)
        self.setting_name_edit.setObjectName(u"setting_name_edit")
        self.setting_name_edit.setMaxLength(200)

        self.setting_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.setting_name_edit)

        self.setting_note = QLabel(self.setting_page)
        self.setting_note.setObjectName(u"setting_note")
        self.setting_note.setWordWrap(True)

        self.setting_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.setting_note)

        SetupWizard.addPage(self.setting_page)
        self.user_page = QWizardPage()
        self.user_page.setObjectName(u"user_page")
        self.user_layout = QFormLayout(self.user_page)
        self.user_layout.setObjectName(u"user_layout")
        self.user_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user_name_caption = QLabel(self.user_page)
        self.user_name_caption.setObjectName(u"user_name_caption")

        self.user_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_name_caption)

        self.user_name_edit = PlainLineEdit(self.user_page)
        self.user_name_edit.setObjectName(u"user_name_edit")
        self.user_name_edit.setMaxLength(200)

        self.user_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_name_edit)

        self.user_note = QLabel(self.user_page)
        self.user_note.setObjectName(u"user_note")
        self.user_note.setWordWrap(True)

        self.user_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_note)

        SetupWizard.addPage(self.user_page)
        self.passphrase_page = QWizardPage()
        self.passphrase_page.setObjectName(u"passphrase_page")
        self.passphrase_page_layout = QVBoxLayout(self.passphrase_page)
        self.passphrase_page_layout.setObjectName(u"passphrase_page_layout")
        self.passphrase_why_label = QLabel(self.passphrase_page)
        self.passphrase_why_label.setObjectName(u"passphrase_why_label")
        self.passphrase_why_label.setWordWrap(True)

        self.passphrase_page_layout.addWidget(self.passphrase_why_label)

        self.passphrase_form = QFormLayout()
        self.passphrase_form.setObjectName(u"passphrase_form")
        self.passphrase_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase_caption = QLabel(self.passphrase_page)
        self.passphrase_caption.setObjectName(u"passphrase_caption")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_caption)

        self.passphrase_edit = QLineEdit(self.passphrase_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_caption = QLabel(self.passphrase_page)
        self.confirm_caption.setObjectName(u"confirm_caption")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirm_caption)

        self.confirm_edit = QLineEdit(self.passphrase_page)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.strength_caption = QLabel(self.passphrase_page)
        self.strength_caption.setObjectName(u"strength_caption")

        self.passphrase_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strength_caption)

        self.strength_row = QHBoxLayout()
        self.strength_row.setObjectName(u"strength_row")
        self.strength_bar = QProgressBar(self.passphrase_page)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setMinimumSize(QSize(150, 0))
        self.strength_bar.setMaximumSize(QSize(150, 16777215))
        self.strength_bar.setMaximum(4)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(False)

        self.strength_row.addWidget(self.strength_bar, 0, Qt.AlignmentFlag.AlignTop)

        self.strength_label = QLabel(self.passphrase_page)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.strength_label.sizePolicy().hasHeightForWidth())
        self.strength_label.setSizePolicy(sizePolicy)

        self.strength_row.addWidget(self.strength_label)


        self.passphrase_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strength_row)

        self.match_label = QLabel(self.passphrase_page)
        self.match_label.setObjectName(u"match_label")
        self.match_label.setWordWrap(True)

        self.passphrase_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.match_label)


        self.passphrase_page_layout.addLayout(self.passphrase_form)

        SetupWizard.addPage(self.passphrase_page)
        self.location_page = QWizardPage()
        self.location_page.setObjectName(u"location_page")
        self.location_page_layout = QVBoxLayout(self.location_page)
        self.location_page_layout.setObjectName(u"location_page_layout")
        self.location_row = QHBoxLayout()
        self.location_row.setObjectName(u"location_row")
        self.location_caption = QLabel(self.location_page)
        self.location_caption.setObjectName(u"location_caption")

        self.location_row.addWidget(self.location_caption)

        self.location_edit = QLineEdit(self.location_page)
        self.location_edit.setObjectName(u"location_edit")
        self.location_edit.setReadOnly(True)
        self.location_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.location_row.addWidget(self.location_edit)

        self.change_location_button = QPushButton(self.location_page)
        self.change_location_button.setObjectName(u"change_location_button")

        self.location_row.addWidget(self.change_location_button)


        self.location_page_layout.addLayout(self.location_row)

        self.location_message_label = QLabel(self.location_page)
        self.location_message_label.setObjectName(u"location_message_label")
        self.location_message_label.setWordWrap(True)
        self.location_message_label.setStyleSheet(u"color: #a4000f;")

        self.location_page_layout.addWidget(self.location_message_label)

        self.location_note = QLabel(self.location_page)
        self.location_note.setObjectName(u"location_note")
        self.location_note.setWordWrap(True)

        self.location_page_layout.addWidget(self.location_note)

        self.location_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.location_page_layout.addItem(self.location_spacer)

        SetupWizard.addPage(self.location_page)
        self.recovery_key_page = QWizardPage()
        self.recovery_key_page.setObjectName(u"recovery_key_page")
        self.recovery_key_layout = QVBoxLayout(self.recovery_key_page)
        self.recovery_key_layout.setObjectName(u"recovery_key_layout")
        self.recovery_key_why_label = QLabel(self.recovery_key_page)
        self.recovery_key_why_label.setObjectName(u"recovery_key_why_label")
        self.recovery_key_why_label.setWordWrap(True)

        self.recovery_key_layout.addWidget(self.recovery_key_why_label)

        self.recovery_key_label = QLabel(self.recovery_key_page)
        self.recovery_key_label.setObjectName(u"recovery_key_label")
        self.recovery_key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovery_key_label.setStyleSheet(u"background: white; color: black; padding: 12px;")
        self.recovery_key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.recovery_key_layout.addWidget(self.recovery_key_label)

        self.recovery_key_hint = QLabel(self.recovery_key_page)
        self.recovery_key_hint.setObjectName(u"recovery_key_hint")
        self.recovery_key_hint.setWordWrap(True)

        self.recovery_key_layout.addWidget(self.recovery_key_hint)

        self.print_row = QHBoxLayout()
        self.print_row.setObjectName(u"print_row")
        self.print_button = QPushButton(self.recovery_key_page)
        self.print_button.setObjectName(u"print_button")

        self.print_row.addWidget(self.print_button)

        self.print_note = QLabel(self.recovery_key_page)
        self.print_note.setObjectName(u"print_note")
        self.print_note.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.print_note.sizePolicy().hasHeightForWidth())
        self.print_note.setSizePolicy(sizePolicy)

        self.print_row.addWidget(self.print_note)


        self.recovery_key_layout.addLayout(self.print_row)

        self.written_down_check = QCheckBox(self.recovery_key_page)
        self.written_down_check.setObjectName(u"written_down_check")

        self.recovery_key_layout.addWidget(self.written_down_check)

        self.recovery_key_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recovery_key_layout.addItem(self.recovery_key_spacer)

        SetupWizard.addPage(self.recovery_key_page)
        self.confirm_key_page = QWizardPage()
        self.confirm_key_page.setObjectName(u"confirm_key_page")
        self.confirm_key_layout = QVBoxLayout(self.confirm_key_page)
        self.confirm_key_layout.setObjectName(u"confirm_key_layout")
        self.confirm_key_why_label = QLabel(self.confirm_key_page)
        self.confirm_key_why_label.setObjectName(u"confirm_key_why_label")
        self.confirm_key_why_label.setWordWrap(True)

        self.confirm_key_layout.addWidget(self.confirm_key_why_label)

        self.typed_key_edit = PlainLineEdit(self.confirm_key_page)
        self.typed_key_edit.setObjectName(u"typed_key_edit")
        self.typed_key_edit.setMaxLength(120)

        self.confirm_key_layout.addWidget(self.typed_key_edit)

        self.key_check_label = QLabel(self.confirm_key_page)
        self.key_check_label.setObjectName(u"key_check_label")
        self.key_check_label.setWordWrap(True)

        self.confirm_key_layout.addWidget(self.key_check_label)

        self.confirm_key_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirm_key_layout.addItem(self.confirm_key_spacer)

        SetupWizard.addPage(self.confirm_key_page)
        self.creating_page = QWizardPage()
        self.creating_page.setObjectName(u"creating_page")
        self.creating_layout = QVBoxLayout(self.creating_page)
        self.creating_layout.setObjectName(u"creating_layout")
        self.creating_label = QLabel(self.creating_page)
        self.creating_label.setObjectName(u"creating_label")
        self.creating_label.setWordWrap(True)

        self.creating_layout.addWidget(self.creating_label)

        self.creating_bar = QProgressBar(self.creating_page)
        self.creating_bar.setObjectName(u"creating_bar")
        self.creating_bar.setMaximum(0)
        self.creating_bar.setTextVisible(False)

        self.creating_layout.addWidget(self.creating_bar)

        self.creating_error_label = QLabel(self.creating_page)
        self.creating_error_label.setObjectName(u"creating_error_label")
        self.creating_error_label.setWordWrap(True)

        self.creating_layout.addWidget(self.creating_error_label)

        self.retry_row = QHBoxLayout()
        self.retry_row.setObjectName(u"retry_row")
        self.retry_button = QPushButton(self.creating_page)
        self.retry_button.setObjectName(u"retry_button")

        self.retry_row.addWidget(self.retry_button)

        self.retry_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retry_row.addItem(self.retry_spacer)


        self.creating_layout.addLayout(self.retry_row)

        self.creating_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.creating_layout.addItem(self.creating_spacer)

        SetupWizard.addPage(self.creating_page)
#if QT_CONFIG(shortcut)
        self.setting_name_caption.setBuddy(self.setting_name_edit)
        self.user_name_caption.setBuddy(self.user_name_edit)
        self.passphrase_caption.setBuddy(self.passphrase_edit)
        self.confirm_caption.setBuddy(self.confirm_edit)
        self.strength_caption.setBuddy(self.strength_bar)
        self.location_caption.setBuddy(self.location_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up YPSI Desktop", None))
        self.welcome_page.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome to YPSI Desktop", None))
        self.welcome_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"A confidential case recorder for designated safeguarding leads.", None))
        self.welcome_body_label.setText(QCoreApplication.translate("SetupWizard", u"YPSI Desktop keeps the records you make when a young person's nude or semi-nude image is made or shared: what happened, the classification and referral decision, and the paperwork you send. Everything is kept in one encrypted case file on this computer. The app never connects to a network and never accepts, stores or shows an image.", None))
        self.choice_group.setTitle(QCoreApplication.translate("SetupWizard", u"What would you like to do?", None))
        self.create_new_radio.setText(QCoreApplication.translate("SetupWizard", u"&Set up a new case file", None))
#if QT_CONFIG(accessibility)
        self.create_new_radio.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Set up a new case file", None))
#endif // QT_CONFIG(accessibility)
        self.create_new_note.setText(QCoreApplication.translate("SetupWizard", u"For your setting's first use of YPSI Desktop. It takes a few minutes: you will choose a passphrase and write down a recovery key.", None))
        self.open_existing_radio.setText(QCoreApplication.translate("SetupWizard", u"&Open a case file that already exists", None))
#if QT_CONFIG(accessibility)
        self.open_existing_radio.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Open a case file that already exists", None))
#endif // QT_CONFIG(accessibility)
        self.open_existing_note.setText(QCoreApplication.translate("SetupWizard", u"For example one restored from a backup or moved from another computer. Its key files (ending .keys and .keys.bak) must be in the same folder.", None))
        self.setting_page.setTitle(QCoreApplication.translate("SetupWizard", u"Your setting", None))
        self.setting_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The school or college whose records this case file will hold.", None))
        self.setting_name_caption.setText(QCoreApplication.translate("SetupWizard", u"&Setting name", None))
#if QT_CONFIG(accessibility)
        self.setting_name_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Name of your setting", None))
#endif // QT_CONFIG(accessibility)
        self.setting_name_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"For example: Oakfield Academy", None))
        self.setting_note.setText(QCoreApplication.translate("SetupWizard", u"It is printed on the referral paperwork and on the recovery key sheet. You can add the address and other details later.", None))
        self.user_page.setTitle(QCoreApplication.translate("SetupWizard", u"Your name", None))
        self.user_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"As the designated safeguarding lead, you will be the first person able to open this case file.", None))
        self.user_name_caption.setText(QCoreApplication.translate("SetupWizard", u"&Your name", None))
#if QT_CONFIG(accessibility)
        self.user_name_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.user_name_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"For example: Sam Taylor", None))
        self.user_note.setText(QCoreApplication.translate("SetupWizard", u"You type this name each time you sign in, and everything you do in the case file is recorded against it in the audit log. Deputies can be given their own access later.", None))
        self.passphrase_page.setTitle(QCoreApplication.translate("SetupWizard", u"Choose a passphrase", None))
        self.passphrase_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"You will type it each time you open the case file.", None))
        self.passphrase_caption.setText(QCoreApplication.translate("SetupWizard", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_caption.setText(QCoreApplication.translate("SetupWizard", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_caption.setText(QCoreApplication.translate("SetupWizard", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"What the strength check says", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.match_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Whether the passphrases match", None))
#endif // QT_CONFIG(accessibility)
        self.location_page.setTitle(QCoreApplication.translate("SetupWizard", u"Where to keep the case file", None))
        self.location_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The suggested place is your own data folder on this computer.", None))
        self.location_caption.setText(QCoreApplication.translate("SetupWizard", u"Case file", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Where the case file will be kept", None))
#endif // QT_CONFIG(accessibility)
        self.change_location_button.setText(QCoreApplication.translate("SetupWizard", u"&Change\u2026", None))
#if QT_CONFIG(accessibility)
        self.change_location_button.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Choose another place for the case file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.location_message_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Problem with the chosen place", None))
#endif // QT_CONFIG(accessibility)
        self.location_note.setText(QCoreApplication.translate("SetupWizard", u"Two key files are kept beside the case file, with the same name followed by .keys and .keys.bak. Keep all three together and back up all three. The case file is encrypted, but keep this computer's own disk encryption (BitLocker, FileVault) switched on as well.", None))
        self.recovery_key_page.setTitle(QCoreApplication.translate("SetupWizard", u"Your recovery key", None))
        self.recovery_key_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"It is shown only this once. Write it down or print it now.", None))
        self.recovery_key_why_label.setText(QCoreApplication.translate("SetupWizard", u"If the passphrase is forgotten, or you leave and another DSL takes over, this key is the only other way into the case file. Nobody else, including the makers of YPSI Desktop, can open the file without the passphrase or this key. Keep it on paper, away from this computer, somewhere locked, such as the school safe. Never store it on a computer or send it by email.", None))
#if QT_CONFIG(accessibility)
        self.recovery_key_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_key_hint.setText(QCoreApplication.translate("SetupWizard", u"The key uses the digits 0 to 9 and capital letters; the letters I, L, O and U are never used, so there is no 0/O or 1/I to confuse.", None))
        self.print_button.setText(QCoreApplication.translate("SetupWizard", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Print the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.print_note.setText(QCoreApplication.translate("SetupWizard", u"Goes straight to the printer; no copy is saved on this computer.", None))
        self.written_down_check.setText(QCoreApplication.translate("SetupWizard", u"I have &written it down or printed it", None))
#if QT_CONFIG(accessibility)
        self.written_down_check.setAccessibleName(QCoreApplication.translate("SetupWizard", u"I have written down or printed the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_key_page.setTitle(QCoreApplication.translate("SetupWizard", u"Type the recovery key back", None))
        self.confirm_key_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"This checks your copy is right before the case file is made.", None))
        self.confirm_key_why_label.setText(QCoreApplication.translate("SetupWizard", u"Type the key from your written or printed copy. Pasting works too, but only typing it proves that your copy is correct. Capitals, spaces and dashes do not matter.", None))
#if QT_CONFIG(accessibility)
        self.typed_key_edit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Recovery key, typed from your copy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.key_check_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Recovery key check", None))
#endif // QT_CONFIG(accessibility)
        self.creating_page.setTitle(QCoreApplication.translate("SetupWizard", u"Creating the case file", None))
        self.creating_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"Encrypting a new, empty case file for your setting.", None))
#if QT_CONFIG(accessibility)
        self.creating_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.creating_label.setText(QCoreApplication.translate("SetupWizard", u"Creating and encrypting your case file. This takes a few seconds\u2026", None))
#if QT_CONFIG(accessibility)
        self.creating_bar.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Creating the case file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.creating_error_label.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Why the case file could not be created", None))
#endif // QT_CONFIG(accessibility)
        self.retry_button.setText(QCoreApplication.translate("SetupWizard", u"T&ry again", None))
#if QT_CONFIG(accessibility)
        self.retry_button.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Try creating the case file again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

