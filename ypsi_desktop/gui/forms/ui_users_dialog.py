# Generated from ui/users_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainLineEdit

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(700, 560)
        self.dialog_layout = QVBoxLayout(UsersDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.page_stack = QStackedWidget(UsersDialog)
        self.page_stack.setObjectName(u"page_stack")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_page_layout = QVBoxLayout(self.list_page)
        self.list_page_layout.setObjectName(u"list_page_layout")
        self.list_page_layout.setContentsMargins(0, 0, 0, 0)
        self.list_intro_label = QLabel(self.list_page)
        self.list_intro_label.setObjectName(u"list_intro_label")
        self.list_intro_label.setWordWrap(True)

        self.list_page_layout.addWidget(self.list_intro_label)

        self.users_table = QTableWidget(self.list_page)
        if (self.users_table.columnCount() < 2):
            self.users_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setAlternatingRowColors(True)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setTabKeyNavigation(False)
        self.users_table.setWordWrap(False)
        self.users_table.setColumnCount(2)
        self.users_table.horizontalHeader().setStretchLastSection(True)
        self.users_table.verticalHeader().setVisible(False)

        self.list_page_layout.addWidget(self.users_table)

        self.selection_hint_label = QLabel(self.list_page)
        self.selection_hint_label.setObjectName(u"selection_hint_label")
        self.selection_hint_label.setWordWrap(True)

        self.list_page_layout.addWidget(self.selection_hint_label)

        self.dsl_only_label = QLabel(self.list_page)
        self.dsl_only_label.setObjectName(u"dsl_only_label")
        self.dsl_only_label.setWordWrap(True)
        self.dsl_only_label.setStyleSheet(u"font-weight: 600;")

        self.list_page_layout.addWidget(self.dsl_only_label)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.add_button = QPushButton(self.list_page)
        self.add_button.setObjectName(u"add_button")

        self.actions_row.addWidget(self.add_button)

        self.role_button = QPushButton(self.list_page)
        self.role_button.setObjectName(u"role_button")

        self.actions_row.addWidget(self.role_button)

        self.remove_button = QPushButton(self.list_page)
        self.remove_button.setObjectName(u"remove_button")

        self.actions_row.addWidget(self.remove_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)


        self.list_page_layout.addLayout(self.actions_row)

        self.page_stack.addWidget(self.list_page)
        self.add_page = QWidget()
        self.add_page.setObjectName(u"add_page")
        self.add_page_layout = QVBoxLayout(self.add_page)
        self.add_page_layout.setObjectName(u"add_page_layout")
        self.add_page_layout.setContentsMargins(0, 0, 0, 0)
        self.add_heading_label = QLabel(self.add_page)
        self.add_heading_label.setObjectName(u"add_heading_label")
        self.add_heading_label.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.add_page_layout.addWidget(self.add_heading_label)

        self.add_intro_label = QLabel(self.add_page)
        self.add_intro_label.setObjectName(u"add_intro_label")
        self.add_intro_label.setWordWrap(True)

        self.add_page_layout.addWidget(self.add_intro_label)

        self.add_form = QFormLayout()
        self.add_form.setObjectName(u"add_form")
        self.add_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.new_name_caption = QLabel(self.add_page)
        self.new_name_caption.setObjectName(u"new_name_caption")

        self.add_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_name_caption)

        self.new_name_edit = PlainLineEdit(self.add_page)
        self.new_name_edit.setObjectName(u"new_name_edit")
        self.new_name_edit.setMaxLength(200)

        self.add_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_name_edit)

        self.new_role_caption = QLabel(self.add_page)
        self.new_role_caption.setObjectName(u"new_role_caption")

        self.add_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_role_caption)

        self.new_role_column = QVBoxLayout()
        self.new_role_column.setSpacing(4)
        self.new_role_column.setObjectName(u"new_role_column")
        self.new_role_combo = QComboBox(self.add_page)
        self.new_role_combo.setObjectName(u"new_role_combo")

        self.new_role_column.addWidget(self.new_role_combo)

        self.new_role_description_label = QLabel(self.add_page)
        self.new_role_description_label.setObjectName(u"new_role_description_label")
        self.new_role_description_label.setWordWrap(True)

        self.new_role_column.addWidget(self.new_role_description_label)


        self.add_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.new_role_column)

        self.new_passphrase_caption = QLabel(self.add_page)
        self.new_passphrase_caption.setObjectName(u"new_passphrase_caption")

        self.add_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_passphrase_caption)

        self.new_passphrase_edit = QLineEdit(self.add_page)
        self.new_passphrase_edit.setObjectName(u"new_passphrase_edit")
        self.new_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_passphrase_edit)

        self.new_confirm_caption = QLabel(self.add_page)
        self.new_confirm_caption.setObjectName(u"new_confirm_caption")

        self.add_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_confirm_caption)

        self.new_confirm_edit = QLineEdit(self.add_page)
        self.new_confirm_edit.setObjectName(u"new_confirm_edit")
        self.new_confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_confirm_edit)

        self.strength_caption = QLabel(self.add_page)
        self.strength_caption.setObjectName(u"strength_caption")

        self.add_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strength_caption)

        self.strength_row = QHBoxLayout()
        self.strength_row.setObjectName(u"strength_row")
        self.strength_bar = QProgressBar(self.add_page)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setMinimumSize(QSize(120, 0))
        self.strength_bar.setMaximumSize(QSize(120, 16777215))
        self.strength_bar.setMaximum(4)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(False)

        self.strength_row.addWidget(self.strength_bar, 0, Qt.AlignmentFlag.AlignTop)

        self.strength_label = QLabel(self.add_page)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.strength_label.sizePolicy().hasHeightForWidth())
        self.strength_label.setSizePolicy(sizePolicy)

        self.strength_row.addWidget(self.strength_label)


        self.add_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.strength_row)

        self.match_label = QLabel(self.add_page)
        self.match_label.setObjectName(u"match_label")
        self.match_label.setWordWrap(True)

        self.add_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.match_label)


        self.add_page_layout.addLayout(self.add_form)

        self.pass_on_label = QLabel(self.add_page)
        self.pass_on_label.setObjectName(u"pass_on_label")
        self.pass_on_label.setWordWrap(True)

        self.add_page_layout.addWidget(self.pass_on_label)

        self.add_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.add_page_layout.addItem(self.add_spacer)

        self.add_buttons_row = QHBoxLayout()
        self.add_buttons_row.setObjectName(u"add_buttons_row")
        self.add_cancel_button = QPushButton(self.add_page)
        self.add_cancel_button.setObjectName(u"add_cancel_button")

        self.add_buttons_row.addWidget(self.add_cancel_button)

        self.add_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_buttons_row.addItem(self.add_buttons_spacer)

        self.add_confirm_button = QPushButton(self.add_page)
        self.add_confirm_button.setObjectName(u"add_confirm_button")

        self.add_buttons_row.addWidget(self.add_confirm_button)


        self.add_page_layout.addLayout(self.add_buttons_row)

        self.page_stack.addWidget(self.add_page)
        self.role_page = QWidget()
        self.role_page.setObjectName(u"role_page")
        self.role_page_layout = QVBoxLayout(self.role_page)
        self.role_page_layout.setObjectName(u"role_page_layout")
        self.role_page_layout.setContentsMargins(0, 0, 0, 0)
        self.role_heading_label = QLabel(self.role_page)
        self.role_heading_label.setObjectName(u"role_heading_label")
        self.role_heading_label.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.role_page_layout.addWidget(self.role_heading_label)

        self.role_user_label = QLabel(self.role_page)
        self.role_user_label.setObjectName(u"role_user_label")
        self.role_user_label.setWordWrap(True)

        self.role_page_layout.addWidget(self.role_user_label)

        self.role_form = QFormLayout()
        self.role_form.setObjectName(u"role_form")
        self.role_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role_caption = QLabel(self.role_page)
        self.role_caption.setObjectName(u"role_caption")

        self.role_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_caption)

        self.role_column = QVBoxLayout()
        self.role_column.setSpacing(4)
        self.role_column.setObjectName(u"role_column")
        self.role_combo = QComboBox(self.role_page)
        self.role_combo.setObjectName(u"role_combo")

        self.role_column.addWidget(self.role_combo)

        self.role_description_label = QLabel(self.role_page)
        self.role_description_label.setObjectName(u"role_description_label")
        self.role_description_label.setWordWrap(True)

        self.role_column.addWidget(self.role_description_label)


        self.role_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.role_column)


        self.role_page_layout.addLayout(self.role_form)

        self.role_note_label = QLabel(self.role_page)
        self.role_note_label.setObjectName(u"role_note_label")
        self.role_note_label.setWordWrap(True)

        self.role_page_layout.addWidget(self.role_note_label)

        self.role_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.role_page_layout.addItem(self.role_spacer)

        self.role_buttons_row = QHBoxLayout()
        self.role_buttons_row.setObjectName(u"role_buttons_row")
        self.role_cancel_button = QPushButton(self.role_page)
        self.role_cancel_button.setObjectName(u"role_cancel_button")

        self.role_buttons_row.addWidget(self.role_cancel_button)

        self.role_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.role_buttons_row.addItem(self.role_buttons_spacer)

        self.role_confirm_button = QPushButton(self.role_page)
        self.role_confirm_button.setObjectName(u"role_confirm_button")

        self.role_buttons_row.addWidget(self.role_confirm_button)


        self.role_page_layout.addLayout(self.role_buttons_row)

        self.page_stack.addWidget(self.role_page)

        self.dialog_layout.addWidget(self.page_stack)

        self.busy_label = QLabel(UsersDialog)
        self.busy_label.setObjectName(u"busy_label")
        self.busy_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.busy_label)

        self.busy_bar = QProgressBar(UsersDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.dialog_layout.addWidget(self.busy_bar)

        self.message_label = QLabel(UsersDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(UsersDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.new_name_caption.setBuddy(self.new_name_edit)
        self.new_role_caption.setBuddy(self.new_role_combo)
        self.new_passphrase_caption.setBuddy(self.new_passphrase_edit)
        self.new_confirm_caption.setBuddy(self.new_confirm_edit)
        self.strength_caption.setBuddy(self.strength_bar)
        self.role_caption.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.users_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.role_button)
        QWidget.setTabOrder(self.role_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.new_name_edit)
        QWidget.setTabOrder(self.new_name_edit, self.new_role_combo)
        QWidget.setTabOrder(self.new_role_combo, self.new_passphrase_edit)
        QWidget.setTabOrder(self.new_passphrase_edit, self.new_confirm_edit)
        QWidget.setTabOrder(self.new_confirm_edit, self.add_confirm_button)
        QWidget.setTabOrder(self.add_confirm_button, self.add_cancel_button)
        QWidget.setTabOrder(self.add_cancel_button, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.role_confirm_button)
        QWidget.setTabOrder(self.role_confirm_button, self.role_cancel_button)

        self.retranslateUi(UsersDialog)

        self.page_stack.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users and roles", None))
#if QT_CONFIG(accessibility)
        UsersDialog.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Users and roles", None))
#endif // QT_CONFIG(accessibility)
        self.list_intro_label.setText(QCoreApplication.translate("UsersDialog", u"Everyone who can open this case file, and their role. Select a user to change their role or remove them.", None))
        ___qtablewidgetitem = self.users_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"Name", None))
        ___qtablewidgetitem1 = self.users_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"Role", None))
#if QT_CONFIG(accessibility)
        self.users_table.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Users of this case file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.selection_hint_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"About the selected user", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dsl_only_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Who can change users", None))
#endif // QT_CONFIG(accessibility)
        self.dsl_only_label.setText(QCoreApplication.translate("UsersDialog", u"Only the designated safeguarding lead can change users.", None))
        self.add_button.setText(QCoreApplication.translate("UsersDialog", u"&Add user\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Add user", None))
#endif // QT_CONFIG(accessibility)
        self.role_button.setText(QCoreApplication.translate("UsersDialog", u"Change &role\u2026", None))
#if QT_CONFIG(accessibility)
        self.role_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Change the selected user's role", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("UsersDialog", u"Re&move user\u2026", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Remove the selected user", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_heading_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.add_heading_label.setText(QCoreApplication.translate("UsersDialog", u"Add a user", None))
        self.add_intro_label.setText(QCoreApplication.translate("UsersDialog", u"Type their name as they will type it to sign in, choose their role and choose a first passphrase for them.", None))
        self.new_name_caption.setText(QCoreApplication.translate("UsersDialog", u"Their &name", None))
#if QT_CONFIG(accessibility)
        self.new_name_edit.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Their name", None))
#endif // QT_CONFIG(accessibility)
        self.new_role_caption.setText(QCoreApplication.translate("UsersDialog", u"R&ole", None))
#if QT_CONFIG(accessibility)
        self.new_role_combo.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Their role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_role_description_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"What this role can do", None))
#endif // QT_CONFIG(accessibility)
        self.new_passphrase_caption.setText(QCoreApplication.translate("UsersDialog", u"First &passphrase", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase_edit.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Their first passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_confirm_caption.setText(QCoreApplication.translate("UsersDialog", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.new_confirm_edit.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Their first passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_caption.setText(QCoreApplication.translate("UsersDialog", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"What the strength check says", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.match_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Whether the passphrases match", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pass_on_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"How to pass the passphrase on", None))
#endif // QT_CONFIG(accessibility)
        self.pass_on_label.setText(QCoreApplication.translate("UsersDialog", u"<b>Pass the passphrase on privately</b>: tell them in person, or hand it over in a sealed note. Never send it by email, text message or chat, and never write it in a case record. Once signed in, they can choose their own with File \u25b8 Change my passphrase\u2026", None))
        self.add_cancel_button.setText(QCoreApplication.translate("UsersDialog", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.add_cancel_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Cancel adding a user", None))
#endif // QT_CONFIG(accessibility)
        self.add_confirm_button.setText(QCoreApplication.translate("UsersDialog", u"A&dd this user", None))
#if QT_CONFIG(accessibility)
        self.add_confirm_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Add this user", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role_heading_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.role_heading_label.setText(QCoreApplication.translate("UsersDialog", u"Change a role", None))
#if QT_CONFIG(accessibility)
        self.role_user_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Whose role is changing", None))
#endif // QT_CONFIG(accessibility)
        self.role_caption.setText(QCoreApplication.translate("UsersDialog", u"New r&ole", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("UsersDialog", u"New role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role_description_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"What this role can do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role_note_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"What this change means", None))
#endif // QT_CONFIG(accessibility)
        self.role_cancel_button.setText(QCoreApplication.translate("UsersDialog", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.role_cancel_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Cancel changing the role", None))
#endif // QT_CONFIG(accessibility)
        self.role_confirm_button.setText(QCoreApplication.translate("UsersDialog", u"C&hange role", None))
#if QT_CONFIG(accessibility)
        self.role_confirm_button.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Change role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"What is happening", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

