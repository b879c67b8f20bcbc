# Generated from ui/person_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import (PlainLineEdit, PlainTextEdit)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(720, 640)
        self.dialog_layout = QVBoxLayout(PersonDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(PersonDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.dialog_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(PersonDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.section_tabs = QTabWidget(PersonDialog)
        self.section_tabs.setObjectName(u"section_tabs")
        self.incident_tab = QWidget()
        self.incident_tab.setObjectName(u"incident_tab")
        self.incident_tab_layout = QVBoxLayout(self.incident_tab)
        self.incident_tab_layout.setObjectName(u"incident_tab_layout")
        self.incident_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.incident_tab_scroll = QScrollArea(self.incident_tab)
        self.incident_tab_scroll.setObjectName(u"incident_tab_scroll")
        self.incident_tab_scroll.setWidgetResizable(True)
        self.incident_tab_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.incident_tab_contents = QWidget()
        self.incident_tab_contents.setObjectName(u"incident_tab_contents")
        self.incident_tab_contents_layout = QVBoxLayout(self.incident_tab_contents)
        self.incident_tab_contents_layout.setObjectName(u"incident_tab_contents_layout")
        self.incident_form = QFormLayout()
        self.incident_form.setObjectName(u"incident_form")
        self.incident_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.incident_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.roles_group = QGroupBox(self.incident_tab_contents)
        self.roles_group.setObjectName(u"roles_group")
        self.roles_group_layout = QVBoxLayout(self.roles_group)
        self.roles_group_layout.setObjectName(u"roles_group_layout")
        self.roles_grid = QGridLayout()
        self.roles_grid.setObjectName(u"roles_grid")
        self.pictured_check = QCheckBox(self.roles_group)
        self.pictured_check.setObjectName(u"pictured_check")

        self.roles_grid.addWidget(self.pictured_check, 0, 0, 1, 1)

        self.made_check = QCheckBox(self.roles_group)
        self.made_check.setObjectName(u"made_check")

        self.roles_grid.addWidget(self.made_check, 0, 1, 1, 1)

        self.sent_check = QCheckBox(self.roles_group)
        self.sent_check.setObjectName(u"sent_check")

        self.roles_grid.addWidget(self.sent_check, 0, 2, 1, 1)

        self.received_check = QCheckBox(self.roles_group)
        self.received_check.setObjectName(u"received_check")

        self.roles_grid.addWidget(self.received_check, 1, 0, 1, 1)

        self.solicited_check = QCheckBox(self.roles_group)
        self.solicited_check.setObjectName(u"solicited_check")

        self.roles_grid.addWidget(self.solicited_check, 1, 1, 1, 1)

        self.reported_check = QCheckBox(self.roles_group)
        self.reported_check.setObjectName(u"reported_check")

        self.roles_grid.addWidget(self.reported_check, 1, 2, 1, 1)


        self.roles_group_layout.addLayout(self.roles_grid)

        self.roles_error_label = QLabel(self.roles_group)
        self.roles_error_label.setObjectName(u"roles_error_label")
        self.roles_error_label.setWordWrap(True)
        self.roles_error_label.setStyleSheet(u"color: #a4000f;")

        self.roles_group_layout.addWidget(self.roles_error_label)


        self.incident_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.roles_group)

        self.own_words_caption = QLabel(self.incident_tab_contents)
        self.own_words_caption.setObjectName(u"own_words_caption")

        self.incident_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.own_words_caption)

        self.own_words_edit = PlainTextEdit(self.incident_tab_contents)
        self.own_words_edit.setObjectName(u"own_words_edit")
        self.own_words_edit.setMinimumSize(QSize(0, 70))
        self.own_words_edit.setMaximumSize(QSize(16777215, 86))

        self.incident_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.own_words_edit)

        self.parents_aware_caption = QLabel(self.incident_tab_contents)
        self.parents_aware_caption.setObjectName(u"parents_aware_caption")

        self.incident_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.parents_aware_caption)

        self.parents_aware_combo = QComboBox(self.incident_tab_contents)
        self.parents_aware_combo.setObjectName(u"parents_aware_combo")

        self.incident_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.parents_aware_combo)

        self.parents_consent_caption = QLabel(self.incident_tab_contents)
        self.parents_consent_caption.setObjectName(u"parents_consent_caption")

        self.incident_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parents_consent_caption)

        self.parents_consent_combo = QComboBox(self.incident_tab_contents)
        self.parents_consent_combo.setObjectName(u"parents_consent_combo")

        self.incident_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parents_consent_combo)

        self.not_informed_caption = QLabel(self.incident_tab_contents)
        self.not_informed_caption.setObjectName(u"not_informed_caption")

        self.incident_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.not_informed_caption)

        self.not_informed_edit = PlainTextEdit(self.incident_tab_contents)
        self.not_informed_edit.setObjectName(u"not_informed_edit")
        self.not_informed_edit.setMinimumSize(QSize(0, 50))
        self.not_informed_edit.setMaximumSize(QSize(16777215, 66))

        self.incident_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.not_informed_edit)

        self.link_notes_caption = QLabel(self.incident_tab_contents)
        self.link_notes_caption.setObjectName(u"link_notes_caption")

        self.incident_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.link_notes_caption)

        self.link_notes_edit = PlainTextEdit(self.incident_tab_contents)
        self.link_notes_edit.setObjectName(u"link_notes_edit")
        self.link_notes_edit.setMinimumSize(QSize(0, 50))
        self.link_notes_edit.setMaximumSize(QSize(16777215, 66))

        self.incident_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.link_notes_edit)


        self.incident_tab_contents_layout.addLayout(self.incident_form)

        self.incident_tab_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.incident_tab_contents_layout.addItem(self.incident_tab_spacer)

        self.incident_tab_scroll.setWidget(self.incident_tab_contents)

        self.incident_tab_layout.addWidget(self.incident_tab_scroll)

        self.section_tabs.addTab(self.incident_tab, "")
        self.identity_tab = QWidget()
        self.identity_tab.setObjectName(u"identity_tab")
        self.identity_tab_layout = QVBoxLayout(self.identity_tab)
        self.identity_tab_layout.setObjectName(u"identity_tab_layout")
        self.identity_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.identity_tab_scroll = QScrollArea(self.identity_tab)
        self.identity_tab_scroll.setObjectName(u"identity_tab_scroll")
        self.identity_tab_scroll.setWidgetResizable(True)
        self.identity_tab_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.identity_tab_contents = QWidget()
        self.identity_tab_contents.setObjectName(u"identity_tab_contents")
        self.identity_tab_contents_layout = QVBoxLayout(self.identity_tab_contents)
        self.identity_tab_contents_layout.setObjectName(u"identity_tab_contents_layout")
        self.identity_form = QFormLayout()
        self.identity_form.setObjectName(u"identity_form")
        self.identity_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identity_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.first_name_caption = QLabel(self.identity_tab_contents)
        self.first_name_caption.setObjectName(u"first_name_caption")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_caption)

        self.first_name_edit = PlainLineEdit(self.identity_tab_contents)
        self.first_name_edit.setObjectName(u"first_name_edit")
        self.first_name_edit.setMaxLength(200)

        self.identity_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.last_name_caption = QLabel(self.identity_tab_contents)
        self.last_name_caption.setObjectName(u"last_name_caption")

        self.identity_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_caption)

        self.last_name_edit = PlainLineEdit(self.identity_tab_contents)
        self.last_name_edit.setObjectName(u"last_name_edit")
        self.last_name_edit.setMaxLength(200)

        self.identity_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_name_edit)

        self.known_as_caption = QLabel(self.identity_tab_contents)
        self.known_as_caption.setObjectName(u"known_as_caption")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.known_as_caption)

        self.known_as_edit = PlainLineEdit(self.identity_tab_contents)
        self.known_as_edit.setObjectName(u"known_as_edit")
        self.known_as_edit.setMaxLength(200)

        self.identity_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.known_as_edit)

        self.role_caption = QLabel(self.identity_tab_contents)
        self.role_caption.setObjectName(u"role_caption")

        self.identity_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.role_caption)

        self.role_edit = PlainLineEdit(self.identity_tab_contents)
        self.role_edit.setObjectName(u"role_edit")
        self.role_edit.setMaxLength(200)

        self.identity_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.works_with_children_caption = QLabel(self.identity_tab_contents)
        self.works_with_children_caption.setObjectName(u"works_with_children_caption")

        self.identity_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.works_with_children_caption)

        self.works_box = QVBoxLayout()
        self.works_box.setSpacing(2)
        self.works_box.setObjectName(u"works_box")
        self.works_with_children_combo = QComboBox(self.identity_tab_contents)
        self.works_with_children_combo.setObjectName(u"works_with_children_combo")

        self.works_box.addWidget(self.works_with_children_combo)

        self.works_with_children_hint = QLabel(self.identity_tab_contents)
        self.works_with_children_hint.setObjectName(u"works_with_children_hint")
        self.works_with_children_hint.setWordWrap(True)
        self.works_with_children_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.works_box.addWidget(self.works_with_children_hint)


        self.identity_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.works_box)

        self.date_of_birth_caption = QLabel(self.identity_tab_contents)
        self.date_of_birth_caption.setObjectName(u"date_of_birth_caption")

        self.identity_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.date_of_birth_caption)

        self.date_of_birth_box = QVBoxLayout()
        self.date_of_birth_box.setSpacing(2)
        self.date_of_birth_box.setObjectName(u"date_of_birth_box")
        self.date_of_birth_edit = PlainLineEdit(self.identity_tab_contents)
        self.date_of_birth_edit.setObjectName(u"date_of_birth_edit")
        self.date_of_birth_edit.setMaxLength(10)

        self.date_of_birth_box.addWidget(self.date_of_birth_edit)

        self.date_of_birth_error_label = QLabel(self.identity_tab_contents)
        self.date_of_birth_error_label.setObjectName(u"date_of_birth_error_label")
        self.date_of_birth_error_label.setWordWrap(True)
        self.date_of_birth_error_label.setStyleSheet(u"color: #a4000f;")

        self.date_of_birth_box.addWidget(self.date_of_birth_error_label)

        self.age_at_incident_label = QLabel(self.identity_tab_contents)
        self.age_at_incident_label.setObjectName(u"age_at_incident_label")
        self.age_at_incident_label.setWordWrap(True)
        self.age_at_incident_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.date_of_birth_box.addWidget(self.age_at_incident_label)


        self.identity_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.date_of_birth_box)

        self.age_caption = QLabel(self.identity_tab_contents)
        self.age_caption.setObjectName(u"age_caption")

        self.identity_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.age_caption)

        self.age_box = QVBoxLayout()
        self.age_box.setSpacing(2)
        self.age_box.setObjectName(u"age_box")
        self.age_spin = QSpinBox(self.identity_tab_contents)
        self.age_spin.setObjectName(u"age_spin")
        self.age_spin.setMaximum(110)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.age_spin.sizePolicy().hasHeightForWidth())
        self.age_spin.setSizePolicy(sizePolicy)
        self.age_spin.setMinimumSize(QSize(120, 0))

        self.age_box.addWidget(self.age_spin)

        self.age_error_label = QLabel(self.identity_tab_contents)
        self.age_error_label.setObjectName(u"age_error_label")
        self.age_error_label.setWordWrap(True)
        self.age_error_label.setStyleSheet(u"color: #a4000f;")

        self.age_box.addWidget(self.age_error_label)

        self.age_hint = QLabel(self.identity_tab_contents)
        self.age_hint.setObjectName(u"age_hint")
        self.age_hint.setWordWrap(True)
        self.age_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.age_box.addWidget(self.age_hint)


        self.identity_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.age_box)

        self.year_group_caption = QLabel(self.identity_tab_contents)
        self.year_group_caption.setObjectName(u"year_group_caption")

        self.identity_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.year_group_caption)

        self.year_group_edit = PlainLineEdit(self.identity_tab_contents)
        self.year_group_edit.setObjectName(u"year_group_edit")
        self.year_group_edit.setMaxLength(200)

        self.identity_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.year_group_edit)

        self.gender_caption = QLabel(self.identity_tab_contents)
        self.gender_caption.setObjectName(u"gender_caption")

        self.identity_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.gender_caption)

        self.gender_edit = PlainLineEdit(self.identity_tab_contents)
        self.gender_edit.setObjectName(u"gender_edit")
        self.gender_edit.setMaxLength(200)

        self.identity_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.gender_edit)

        self.ethnicity_caption = QLabel(self.identity_tab_contents)
        self.ethnicity_caption.setObjectName(u"ethnicity_caption")

        self.identity_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ethnicity_caption)

        self.ethnicity_edit = PlainLineEdit(self.identity_tab_contents)
        self.ethnicity_edit.setObjectName(u"ethnicity_edit")
        self.ethnicity_edit.setMaxLength(200)

        self.identity_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ethnicity_edit)

        self.first_language_caption = QLabel(self.identity_tab_contents)
        self.first_language_caption.setObjectName(u"first_language_caption")

        self.identity_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.first_language_caption)

        self.first_language_edit = PlainLineEdit(self.identity_tab_contents)
        self.first_language_edit.setObjectName(u"first_language_edit")
        self.first_language_edit.setMaxLength(200)

        self.identity_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.first_language_edit)

        self.interpreter_caption = QLabel(self.identity_tab_contents)
        self.interpreter_caption.setObjectName(u"interpreter_caption")

        self.identity_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.interpreter_caption)

        self.interpreter_combo = QComboBox(self.identity_tab_contents)
        self.interpreter_combo.setObjectName(u"interpreter_combo")

        self.identity_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.interpreter_combo)

        self.address_caption = QLabel(self.identity_tab_contents)
        self.address_caption.setObjectName(u"address_caption")

        self.identity_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.address_caption)

        self.address_edit = PlainTextEdit(self.identity_tab_contents)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMinimumSize(QSize(0, 50))
        self.address_edit.setMaximumSize(QSize(16777215, 66))

        self.identity_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.upn_caption = QLabel(self.identity_tab_contents)
        self.upn_caption.setObjectName(u"upn_caption")

        self.identity_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.upn_caption)

        self.upn_box = QVBoxLayout()
        self.upn_box.setSpacing(2)
        self.upn_box.setObjectName(u"upn_box")
        self.upn_edit = PlainLineEdit(self.identity_tab_contents)
        self.upn_edit.setObjectName(u"upn_edit")
        self.upn_edit.setMaxLength(20)

        self.upn_box.addWidget(self.upn_edit)

        self.upn_error_label = QLabel(self.identity_tab_contents)
        self.upn_error_label.setObjectName(u"upn_error_label")
        self.upn_error_label.setWordWrap(True)
        self.upn_error_label.setStyleSheet(u"color: #a4000f;")

        self.upn_box.addWidget(self.upn_error_label)


        self.identity_form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.upn_box)


        self.identity_tab_contents_layout.addLayout(self.identity_form)

        self.identity_tab_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identity_tab_contents_layout.addItem(self.identity_tab_spacer)

        self.identity_tab_scroll.setWidget(self.identity_tab_contents)

        self.identity_tab_layout.addWidget(self.identity_tab_scroll)

        self.section_tabs.addTab(self.identity_tab, "")
        self.needs_tab = QWidget()
        self.needs_tab.setObjectName(u"needs_tab")
        self.needs_tab_layout = QVBoxLayout(self.needs_tab)
        self.needs_tab_layout.setObjectName(u"needs_tab_layout")
        self.needs_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.needs_tab_scroll = QScrollArea(self.needs_tab)
        self.needs_tab_scroll.setObjectName(u"needs_tab_scroll")
        self.needs_tab_scroll.setWidgetResizable(True)
        self.needs_tab_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.needs_tab_contents = QWidget()
        self.needs_tab_contents.setObjectName(u"needs_tab_contents")
        self.needs_tab_contents_layout = QVBoxLayout(self.needs_tab_contents)
        self.needs_tab_contents_layout.setObjectName(u"needs_tab_contents_layout")
        self.needs_form = QFormLayout()
        self.needs_form.setObjectName(u"needs_form")
        self.needs_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.needs_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.sen_caption = QLabel(self.needs_tab_contents)
        self.sen_caption.setObjectName(u"sen_caption")

        self.needs_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sen_caption)

        self.sen_combo = QComboBox(self.needs_tab_contents)
        self.sen_combo.setObjectName(u"sen_combo")

        self.needs_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sen_combo)

        self.looked_after_caption = QLabel(self.needs_tab_contents)
        self.looked_after_caption.setObjectName(u"looked_after_caption")

        self.needs_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.looked_after_caption)

        self.looked_after_combo = QComboBox(self.needs_tab_contents)
        self.looked_after_combo.setObjectName(u"looked_after_combo")

        self.needs_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.looked_after_combo)

        self.plan_caption = QLabel(self.needs_tab_contents)
        self.plan_caption.setObjectName(u"plan_caption")

        self.needs_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plan_caption)

        self.plan_combo = QComboBox(self.needs_tab_contents)
        self.plan_combo.setObjectName(u"plan_combo")

        self.needs_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plan_combo)

        self.vulnerable_caption = QLabel(self.needs_tab_contents)
        self.vulnerable_caption.setObjectName(u"vulnerable_caption")

        self.needs_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vulnerable_caption)

        self.vulnerable_combo = QComboBox(self.needs_tab_contents)
        self.vulnerable_combo.setObjectName(u"vulnerable_combo")

        self.needs_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vulnerable_combo)

        self.vulnerability_notes_caption = QLabel(self.needs_tab_contents)
        self.vulnerability_notes_caption.setObjectName(u"vulnerability_notes_caption")

        self.needs_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vulnerability_notes_caption)

        self.vulnerability_notes_edit = PlainTextEdit(self.needs_tab_contents)
        self.vulnerability_notes_edit.setObjectName(u"vulnerability_notes_edit")
        self.vulnerability_notes_edit.setMinimumSize(QSize(0, 70))
        self.vulnerability_notes_edit.setMaximumSize(QSize(16777215, 86))

        self.needs_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vulnerability_notes_edit)


        self.needs_tab_contents_layout.addLayout(self.needs_form)

        self.needs_tab_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.needs_tab_contents_layout.addItem(self.needs_tab_spacer)

        self.needs_tab_scroll.setWidget(self.needs_tab_contents)

        self.needs_tab_layout.addWidget(self.needs_tab_scroll)

        self.section_tabs.addTab(self.needs_tab, "")
        self.family_tab = QWidget()
        self.family_tab.setObjectName(u"family_tab")
        self.family_tab_layout = QVBoxLayout(self.family_tab)
        self.family_tab_layout.setObjectName(u"family_tab_layout")
        self.family_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.family_tab_scroll = QScrollArea(self.family_tab)
        self.family_tab_scroll.setObjectName(u"family_tab_scroll")
        self.family_tab_scroll.setWidgetResizable(True)
        self.family_tab_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.family_tab_contents = QWidget()
        self.family_tab_contents.setObjectName(u"family_tab_contents")
        self.family_tab_contents_layout = QVBoxLayout(self.family_tab_contents)
        self.family_tab_contents_layout.setObjectName(u"family_tab_contents_layout")
        self.family_form = QFormLayout()
        self.family_form.setObjectName(u"family_form")
        self.family_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.family_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.household_caption = QLabel(self.family_tab_contents)
        self.household_caption.setObjectName(u"household_caption")

        self.family_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.household_caption)

        self.household_edit = PlainTextEdit(self.family_tab_contents)
        self.household_edit.setObjectName(u"household_edit")
        self.household_edit.setMinimumSize(QSize(0, 50))
        self.household_edit.setMaximumSize(QSize(16777215, 66))

        self.family_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.household_edit)

        self.parental_responsibility_caption = QLabel(self.family_tab_contents)
        self.parental_responsibility_caption.setObjectName(u"parental_responsibility_caption")

        self.family_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parental_responsibility_caption)

        self.parental_responsibility_edit = PlainTextEdit(self.family_tab_contents)
        self.parental_responsibility_edit.setObjectName(u"parental_responsibility_edit")
        self.parental_responsibility_edit.setMinimumSize(QSize(0, 40))
        self.parental_responsibility_edit.setMaximumSize(QSize(16777215, 56))

        self.family_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parental_responsibility_edit)

        self.social_worker_caption = QLabel(self.family_tab_contents)
        self.social_worker_caption.setObjectName(u"social_worker_caption")

        self.family_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.social_worker_caption)

        self.social_worker_edit = PlainLineEdit(self.family_tab_contents)
        self.social_worker_edit.setObjectName(u"social_worker_edit")
        self.social_worker_edit.setMaxLength(200)

        self.family_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.social_worker_edit)

        self.other_professionals_caption = QLabel(self.family_tab_contents)
        self.other_professionals_caption.setObjectName(u"other_professionals_caption")

        self.family_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.other_professionals_caption)

        self.other_professionals_edit = PlainTextEdit(self.family_tab_contents)
        self.other_professionals_edit.setObjectName(u"other_professionals_edit")
        self.other_professionals_edit.setMinimumSize(QSize(0, 50))
        self.other_professionals_edit.setMaximumSize(QSize(16777215, 66))

        self.family_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.other_professionals_edit)

        self.agency_involvement_caption = QLabel(self.family_tab_contents)
        self.agency_involvement_caption.setObjectName(u"agency_involvement_caption")

        self.family_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agency_involvement_caption)

        self.agency_involvement_combo = QComboBox(self.family_tab_contents)
        self.agency_involvement_combo.setObjectName(u"agency_involvement_combo")

        self.family_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agency_involvement_combo)

        self.agency_details_caption = QLabel(self.family_tab_contents)
        self.agency_details_caption.setObjectName(u"agency_details_caption")

        self.family_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agency_details_caption)

        self.agency_details_edit = PlainTextEdit(self.family_tab_contents)
        self.agency_details_edit.setObjectName(u"agency_details_edit")
        self.agency_details_edit.setMinimumSize(QSize(0, 50))
        self.agency_details_edit.setMaximumSize(QSize(16777215, 66))

        self.family_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agency_details_edit)


        self.family_tab_contents_layout.addLayout(self.family_form)

        self.family_tab_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.family_tab_contents_layout.addItem(self.family_tab_spacer)

        self.family_tab_scroll.setWidget(self.family_tab_contents)

        self.family_tab_layout.addWidget(self.family_tab_scroll)

        self.section_tabs.addTab(self.family_tab, "")

        self.dialog_layout.addWidget(self.section_tabs)

        self.duplicate_frame = QFrame(PersonDialog)
        self.duplicate_frame.setObjectName(u"duplicate_frame")
        self.duplicate_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_frame.setStyleSheet(u"#duplicate_frame { background: #fff4ce; border: 1px solid #c8a600; }")
        self.duplicate_layout = QVBoxLayout(self.duplicate_frame)
        self.duplicate_layout.setObjectName(u"duplicate_layout")
        self.duplicate_label = QLabel(self.duplicate_frame)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setWordWrap(True)

        self.duplicate_layout.addWidget(self.duplicate_label)

        self.duplicate_list = QListWidget(self.duplicate_frame)
        self.duplicate_list.setObjectName(u"duplicate_list")
        self.duplicate_list.setMaximumSize(QSize(16777215, 84))

        self.duplicate_layout.addWidget(self.duplicate_list)

        self.duplicate_buttons = QHBoxLayout()
        self.duplicate_buttons.setObjectName(u"duplicate_buttons")
        self.use_existing_button = QPushButton(self.duplicate_frame)
        self.use_existing_button.setObjectName(u"use_existing_button")

        self.duplicate_buttons.addWidget(self.use_existing_button)

        self.different_child_button = QPushButton(self.duplicate_frame)
        self.different_child_button.setObjectName(u"different_child_button")

        self.duplicate_buttons.addWidget(self.different_child_button)

        self.duplicate_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicate_buttons.addItem(self.duplicate_spacer)


        self.duplicate_layout.addLayout(self.duplicate_buttons)


        self.dialog_layout.addWidget(self.duplicate_frame)

        self.message_label = QLabel(PersonDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #a4000f;")

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.own_words_caption.setBuddy(self.own_words_edit)
        self.parents_aware_caption.setBuddy(self.parents_aware_combo)
        self.parents_consent_caption.setBuddy(self.parents_consent_combo)
        self.not_informed_caption.setBuddy(self.not_informed_edit)
        self.link_notes_caption.setBuddy(self.link_notes_edit)
        self.first_name_caption.setBuddy(self.first_name_edit)
        self.last_name_caption.setBuddy(self.last_name_edit)
        self.known_as_caption.setBuddy(self.known_as_edit)
        self.role_caption.setBuddy(self.role_edit)
        self.works_with_children_caption.setBuddy(self.works_with_children_combo)
        self.date_of_birth_caption.setBuddy(self.date_of_birth_edit)
        self.age_caption.setBuddy(self.age_spin)
        self.year_group_caption.setBuddy(self.year_group_edit)
        self.gender_caption.setBuddy(self.gender_edit)
        self.ethnicity_caption.setBuddy(self.ethnicity_edit)
        self.first_language_caption.setBuddy(self.first_language_edit)
        self.interpreter_caption.setBuddy(self.interpreter_combo)
        self.address_caption.setBuddy(self.address_edit)
        self.upn_caption.setBuddy(self.upn_edit)
        self.sen_caption.setBuddy(self.sen_combo)
        self.looked_after_caption.setBuddy(self.looked_after_combo)
        self.plan_caption.setBuddy(self.plan_combo)
        self.vulnerable_caption.setBuddy(self.vulnerable_combo)
        self.vulnerability_notes_caption.setBuddy(self.vulnerability_notes_edit)
        self.household_caption.setBuddy(self.household_edit)
        self.parental_responsibility_caption.setBuddy(self.parental_responsibility_edit)
        self.social_worker_caption.setBuddy(self.social_worker_edit)
        self.other_professionals_caption.setBuddy(self.other_professionals_edit)
        self.agency_involvement_caption.setBuddy(self.agency_involvement_combo)
        self.agency_details_caption.setBuddy(self.agency_details_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        self.section_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Add a child", None))
#if QT_CONFIG(accessibility)
        PersonDialog.setAccessibleName(QCoreApplication.translate("PersonDialog", u"A person in this incident", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("PersonDialog", u"Add a child", None))
#if QT_CONFIG(accessibility)
        self.heading_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText("")
#if QT_CONFIG(accessibility)
        self.section_tabs.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.roles_group.setTitle(QCoreApplication.translate("PersonDialog", u"Their part in this incident (tick every one that applies)", None))
        self.pictured_check.setText(QCoreApplication.translate("PersonDialog", u"&Pictured", None))
#if QT_CONFIG(accessibility)
        self.pictured_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Is pictured in the imagery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pictured_check.setToolTip(QCoreApplication.translate("PersonDialog", u"Is pictured in the imagery", None))
#endif // QT_CONFIG(tooltip)
        self.made_check.setText(QCoreApplication.translate("PersonDialog", u"&Made it", None))
#if QT_CONFIG(accessibility)
        self.made_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Made or took the imagery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.made_check.setToolTip(QCoreApplication.translate("PersonDialog", u"Made or took the imagery", None))
#endif // QT_CONFIG(tooltip)
        self.sent_check.setText(QCoreApplication.translate("PersonDialog", u"&Sent it", None))
#if QT_CONFIG(accessibility)
        self.sent_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Sent or shared the imagery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sent_check.setToolTip(QCoreApplication.translate("PersonDialog", u"Sent or shared the imagery", None))
#endif // QT_CONFIG(tooltip)
        self.received_check.setText(QCoreApplication.translate("PersonDialog", u"&Received it", None))
#if QT_CONFIG(accessibility)
        self.received_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Received the imagery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.received_check.setToolTip(QCoreApplication.translate("PersonDialog", u"Received the imagery", None))
#endif // QT_CONFIG(tooltip)
        self.solicited_check.setText(QCoreApplication.translate("PersonDialog", u"Ask&ed for it", None))
#if QT_CONFIG(accessibility)
        self.solicited_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Asked for or pressured someone for the imagery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.solicited_check.setToolTip(QCoreApplication.translate("PersonDialog", u"Asked for or pressured someone for the imagery", None))
#endif // QT_CONFIG(tooltip)
        self.reported_check.setText(QCoreApplication.translate("PersonDialog", u"Re&ported it", None))
#if QT_CONFIG(accessibility)
        self.reported_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Told someone about the imagery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reported_check.setToolTip(QCoreApplication.translate("PersonDialog", u"Told someone about the imagery", None))
#endif // QT_CONFIG(tooltip)
        self.roles_error_label.setText("")
#if QT_CONFIG(accessibility)
        self.roles_error_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Problem with the roles", None))
#endif // QT_CONFIG(accessibility)
        self.own_words_caption.setText(QCoreApplication.translate("PersonDialog", u"The child's own &words", None))
#if QT_CONFIG(accessibility)
        self.own_words_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"The child's own words", None))
#endif // QT_CONFIG(accessibility)
        self.own_words_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"What the child said, word for word, in quotation marks where you can", None))
        self.parents_aware_caption.setText(QCoreApplication.translate("PersonDialog", u"Parents or carers &aware?", None))
#if QT_CONFIG(accessibility)
        self.parents_aware_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Are parents or carers aware?", None))
#endif // QT_CONFIG(accessibility)
        self.parents_consent_caption.setText(QCoreApplication.translate("PersonDialog", u"Parents or carers &consent?", None))
#if QT_CONFIG(accessibility)
        self.parents_consent_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Do parents or carers consent?", None))
#endif // QT_CONFIG(accessibility)
        self.not_informed_caption.setText(QCoreApplication.translate("PersonDialog", u"If not, &why not", None))
#if QT_CONFIG(accessibility)
        self.not_informed_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Why parents or carers are not aware or have not consented", None))
#endif // QT_CONFIG(accessibility)
        self.not_informed_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Why they have not been told or have not consented, and why you are going ahead", None))
        self.link_notes_caption.setText(QCoreApplication.translate("PersonDialog", u"Notes on their &part", None))
#if QT_CONFIG(accessibility)
        self.link_notes_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Notes on their part in this incident", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.incident_tab), QCoreApplication.translate("PersonDialog", u"This incident", None))
        self.first_name_caption.setText(QCoreApplication.translate("PersonDialog", u"&First name", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_caption.setText(QCoreApplication.translate("PersonDialog", u"&Last name", None))
#if QT_CONFIG(accessibility)
        self.last_name_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.known_as_caption.setText(QCoreApplication.translate("PersonDialog", u"&Known as", None))
#if QT_CONFIG(accessibility)
        self.known_as_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Known as", None))
#endif // QT_CONFIG(accessibility)
        self.known_as_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Only if different from the first name", None))
        self.role_caption.setText(QCoreApplication.translate("PersonDialog", u"&Role or relationship", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Role or relationship", None))
#endif // QT_CONFIG(accessibility)
        self.role_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"For example: PE teacher, online contact, stepfather", None))
        self.works_with_children_caption.setText(QCoreApplication.translate("PersonDialog", u"Works or &volunteers with children?", None))
#if QT_CONFIG(accessibility)
        self.works_with_children_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Works or volunteers with children?", None))
#endif // QT_CONFIG(accessibility)
        self.works_with_children_hint.setText(QCoreApplication.translate("PersonDialog", u"Staff, volunteers, coaches and youth leaders: if yes, the LADO must be told.", None))
#if QT_CONFIG(accessibility)
        self.works_with_children_hint.setAccessibleName(QCoreApplication.translate("PersonDialog", u"About working with children", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_caption.setText(QCoreApplication.translate("PersonDialog", u"&Date of birth", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy", None))
        self.date_of_birth_error_label.setText("")
#if QT_CONFIG(accessibility)
        self.date_of_birth_error_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Problem with the date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.age_at_incident_label.setText("")
#if QT_CONFIG(accessibility)
        self.age_at_incident_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Age at the incident", None))
#endif // QT_CONFIG(accessibility)
        self.age_caption.setText(QCoreApplication.translate("PersonDialog", u"&Age at the incident", None))
#if QT_CONFIG(accessibility)
        self.age_spin.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Age in years, if the date of birth is not known", None))
#endif // QT_CONFIG(accessibility)
        self.age_spin.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"Not known", None))
        self.age_spin.setSuffix(QCoreApplication.translate("PersonDialog", u" years", None))
        self.age_error_label.setText("")
#if QT_CONFIG(accessibility)
        self.age_error_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Problem with the age", None))
#endif // QT_CONFIG(accessibility)
        self.age_hint.setText(QCoreApplication.translate("PersonDialog", u"Give an age only when the date of birth is not known.", None))
#if QT_CONFIG(accessibility)
        self.age_hint.setAccessibleName(QCoreApplication.translate("PersonDialog", u"About the age", None))
#endif // QT_CONFIG(accessibility)
        self.year_group_caption.setText(QCoreApplication.translate("PersonDialog", u"&Year group", None))
#if QT_CONFIG(accessibility)
        self.year_group_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Year group", None))
#endif // QT_CONFIG(accessibility)
        self.year_group_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"For example: Year 9", None))
        self.gender_caption.setText(QCoreApplication.translate("PersonDialog", u"&Gender", None))
#if QT_CONFIG(accessibility)
        self.gender_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicity_caption.setText(QCoreApplication.translate("PersonDialog", u"&Ethnicity", None))
#if QT_CONFIG(accessibility)
        self.ethnicity_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.first_language_caption.setText(QCoreApplication.translate("PersonDialog", u"First la&nguage", None))
#if QT_CONFIG(accessibility)
        self.first_language_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"First language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_caption.setText(QCoreApplication.translate("PersonDialog", u"&Interpreter needed?", None))
#if QT_CONFIG(accessibility)
        self.interpreter_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Interpreter needed?", None))
#endif // QT_CONFIG(accessibility)
        self.address_caption.setText(QCoreApplication.translate("PersonDialog", u"Addre&ss", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.upn_caption.setText(QCoreApplication.translate("PersonDialog", u"&UPN", None))
#if QT_CONFIG(accessibility)
        self.upn_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Unique pupil number (UPN)", None))
#endif // QT_CONFIG(accessibility)
        self.upn_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"13 characters, for example A123456789012", None))
        self.upn_error_label.setText("")
#if QT_CONFIG(accessibility)
        self.upn_error_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Problem with the UPN", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.identity_tab), QCoreApplication.translate("PersonDialog", u"Who they are", None))
        self.sen_caption.setText(QCoreApplication.translate("PersonDialog", u"&SEN or EHCP", None))
#if QT_CONFIG(accessibility)
        self.sen_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Special educational needs", None))
#endif // QT_CONFIG(accessibility)
        self.looked_after_caption.setText(QCoreApplication.translate("PersonDialog", u"&Looked after?", None))
#if QT_CONFIG(accessibility)
        self.looked_after_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Looked after?", None))
#endif // QT_CONFIG(accessibility)
        self.plan_caption.setText(QCoreApplication.translate("PersonDialog", u"CP or CIN &plan", None))
#if QT_CONFIG(accessibility)
        self.plan_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Child protection or child in need plan", None))
#endif // QT_CONFIG(accessibility)
        self.vulnerable_caption.setText(QCoreApplication.translate("PersonDialog", u"Other &vulnerability?", None))
#if QT_CONFIG(accessibility)
        self.vulnerable_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Any other vulnerability?", None))
#endif // QT_CONFIG(accessibility)
        self.vulnerability_notes_caption.setText(QCoreApplication.translate("PersonDialog", u"Vulnerability &notes", None))
#if QT_CONFIG(accessibility)
        self.vulnerability_notes_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Vulnerability notes", None))
#endif // QT_CONFIG(accessibility)
        self.vulnerability_notes_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"For example: disability, mental health, previous incidents", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.needs_tab), QCoreApplication.translate("PersonDialog", u"Needs and vulnerability", None))
        self.household_caption.setText(QCoreApplication.translate("PersonDialog", u"&Household", None))
#if QT_CONFIG(accessibility)
        self.household_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Household: who the child lives with", None))
#endif // QT_CONFIG(accessibility)
        self.household_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Who the child lives with", None))
        self.parental_responsibility_caption.setText(QCoreApplication.translate("PersonDialog", u"Parental &responsibility", None))
#if QT_CONFIG(accessibility)
        self.parental_responsibility_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Who holds parental responsibility", None))
#endif // QT_CONFIG(accessibility)
        self.social_worker_caption.setText(QCoreApplication.translate("PersonDialog", u"Allocated social &worker", None))
#if QT_CONFIG(accessibility)
        self.social_worker_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Allocated social worker", None))
#endif // QT_CONFIG(accessibility)
        self.social_worker_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Name, team and contact, if there is one", None))
        self.other_professionals_caption.setText(QCoreApplication.translate("PersonDialog", u"Other &professionals", None))
#if QT_CONFIG(accessibility)
        self.other_professionals_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Other professionals involved", None))
#endif // QT_CONFIG(accessibility)
        self.other_professionals_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"For example: school nurse, CAMHS worker, youth worker", None))
        self.agency_involvement_caption.setText(QCoreApplication.translate("PersonDialog", u"&Agency involvement?", None))
#if QT_CONFIG(accessibility)
        self.agency_involvement_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Previous or current agency involvement?", None))
#endif // QT_CONFIG(accessibility)
        self.agency_details_caption.setText(QCoreApplication.translate("PersonDialog", u"Agency &details", None))
#if QT_CONFIG(accessibility)
        self.agency_details_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Details of agency involvement", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.family_tab), QCoreApplication.translate("PersonDialog", u"Family and professionals", None))
        self.duplicate_label.setText("")
#if QT_CONFIG(accessibility)
        self.duplicate_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Possible existing record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.duplicate_list.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Children already on file who may be this child", None))
#endif // QT_CONFIG(accessibility)
        self.use_existing_button.setText(QCoreApplication.translate("PersonDialog", u"&Use this existing child", None))
#if QT_CONFIG(accessibility)
        self.use_existing_button.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Use the selected existing child", None))
#endif // QT_CONFIG(accessibility)
        self.different_child_button.setText(QCoreApplication.translate("PersonDialog", u"This is a &different child", None))
#if QT_CONFIG(accessibility)
        self.different_child_button.setAccessibleName(QCoreApplication.translate("PersonDialog", u"This is a different child: make a new record", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

