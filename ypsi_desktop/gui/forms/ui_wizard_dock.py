# Generated from ui/wizard_dock.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_dock.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ypsi_desktop.gui.plain_text import PlainTextEdit

class Ui_WizardDock(object):
    def setupUi(self, WizardDock):
        if not WizardDock.objectName():
            WizardDock.setObjectName(u"WizardDock")
        WizardDock.setMinimumSize(QSize(380, 300))
        WizardDock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable|QDockWidget.DockWidgetFeature.DockWidgetMovable)
        WizardDock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea|Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock_contents = QWidget()
        self.dock_contents.setObjectName(u"dock_contents")
        self.dock_layout = QVBoxLayout(self.dock_contents)
        self.dock_layout.setObjectName(u"dock_layout")
        self.reminder_label = QLabel(self.dock_contents)
        self.reminder_label.setObjectName(u"reminder_label")
        self.reminder_label.setStyleSheet(u"background: #fff4ce; color: #3b2f00; border: 1px solid #c9a400; border-radius: 3px; padding: 6px;")
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.dock_layout.addWidget(self.reminder_label)

        self.page_stack = QStackedWidget(self.dock_contents)
        self.page_stack.setObjectName(u"page_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.page_stack.addWidget(self.empty_page)
        self.flow_page = QWidget()
        self.flow_page.setObjectName(u"flow_page")
        self.flow_layout = QVBoxLayout(self.flow_page)
        self.flow_layout.setObjectName(u"flow_layout")
        self.flow_layout.setContentsMargins(0, -1, 0, -1)
        self.step_title_label = QLabel(self.flow_page)
        self.step_title_label.setObjectName(u"step_title_label")
        self.step_title_label.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.step_title_label.setWordWrap(True)

        self.flow_layout.addWidget(self.step_title_label)

        self.step_summary_label = QLabel(self.flow_page)
        self.step_summary_label.setObjectName(u"step_summary_label")
        self.step_summary_label.setWordWrap(True)

        self.flow_layout.addWidget(self.step_summary_label)

        self.progress_bar = QProgressBar(self.flow_page)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMinimum(1)

        self.flow_layout.addWidget(self.progress_bar)

        self.splitter = QSplitter(self.flow_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.question_scroll = QScrollArea(self.splitter)
        self.question_scroll.setObjectName(u"question_scroll")
        self.question_scroll.setWidgetResizable(True)
        self.question_container = QWidget()
        self.question_container.setObjectName(u"question_container")
        self.question_layout = QVBoxLayout(self.question_container)
        self.question_layout.setObjectName(u"question_layout")
        self.question_scroll.setWidget(self.question_container)
        self.splitter.addWidget(self.question_scroll)
        self.suggestion_scroll = QScrollArea(self.splitter)
        self.suggestion_scroll.setObjectName(u"suggestion_scroll")
        self.suggestion_scroll.setWidgetResizable(True)
        self.suggestion_container = QWidget()
        self.suggestion_container.setObjectName(u"suggestion_container")
        self.suggestion_layout = QVBoxLayout(self.suggestion_container)
        self.suggestion_layout.setObjectName(u"suggestion_layout")
        self.suggestion_box = QGroupBox(self.suggestion_container)
        self.suggestion_box.setObjectName(u"suggestion_box")
        self.suggestion_form = QFormLayout(self.suggestion_box)
        self.suggestion_form.setObjectName(u"suggestion_form")
        self.category_caption = QLabel(self.suggestion_box)
        self.category_caption.setObjectName(u"category_caption")

        self.suggestion_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_caption)

        self.category_value = QLabel(self.suggestion_box)
        self.category_value.setObjectName(u"category_value")
        self.category_value.setWordWrap(True)
        self.category_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.suggestion_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_value)

        self.route_caption = QLabel(self.suggestion_box)
        self.route_caption.setObjectName(u"route_caption")

        self.suggestion_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.route_caption)

        self.route_value = QLabel(self.suggestion_box)
        self.route_value.setObjectName(u"route_value")
        self.route_value.setWordWrap(True)

        self.suggestion_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.route_value)

        self.triggers_caption = QLabel(self.suggestion_box)
        self.triggers_caption.setObjectName(u"triggers_caption")

        self.suggestion_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.triggers_caption)

        self.triggers_value = QLabel(self.suggestion_box)
        self.triggers_value.setObjectName(u"triggers_value")
        self.triggers_value.setWordWrap(True)
        self.triggers_value.setTextFormat(Qt.TextFormat.RichText)

        self.suggestion_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.triggers_value)

        self.flags_caption = QLabel(self.suggestion_box)
        self.flags_caption.setObjectName(u"flags_caption")

        self.suggestion_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.flags_caption)

        self.flags_value = QLabel(self.suggestion_box)
        self.flags_value.setObjectName(u"flags_value")
        self.flags_value.setWordWrap(True)
        self.flags_value.setTextFormat(Qt.TextFormat.RichText)

        self.suggestion_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.flags_value)

        self.reasons_caption = QLabel(self.suggestion_box)
        self.reasons_caption.setObjectName(u"reasons_caption")

        self.suggestion_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasons_caption)

        self.reasons_value = QLabel(self.suggestion_box)
        self.reasons_value.setObjectName(u"reasons_value")
        self.reasons_value.setWordWrap(True)
        self.reasons_value.setTextFormat(Qt.TextFormat.RichText)

        self.suggestion_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasons_value)


        self.suggestion_layout.addWidget(self.suggestion_box)

        self.decision_box = QGroupBox(self.suggestion_container)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_form = QFormLayout(self.decision_box)
        self.decision_form.setObjectName(u"decision_form")
        self.decision_summary_label = QLabel(self.decision_box)
        self.decision_summary_label.setObjectName(u"decision_summary_label")
        self.decision_summary_label.setWordWrap(True)
        self.decision_summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.decision_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.decision_summary_label)

        self.decided_category_caption = QLabel(self.decision_box)
        self.decided_category_caption.setObjectName(u"decided_category_caption")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decided_category_caption)

        self.decided_category_combo = QComboBox(self.decision_box)
        self.decided_category_combo.setObjectName(u"decided_category_combo")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decided_category_combo)

        self.decided_route_caption = QLabel(self.decision_box)
        self.decided_route_caption.setObjectName(u"decided_route_caption")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decided_route_caption)

        self.decided_route_combo = QComboBox(self.decision_box)
        self.decided_route_combo.setObjectName(u"decided_route_combo")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decided_route_combo)

        self.decision_reasons_caption = QLabel(self.decision_box)
        self.decision_reasons_caption.setObjectName(u"decision_reasons_caption")

        self.decision_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_reasons_caption)

        self.decision_reasons_edit = PlainTextEdit(self.decision_box)
        self.decision_reasons_edit.setObjectName(u"decision_reasons_edit")
        self.decision_reasons_edit.setMaximumSize(QSize(16777215, 110))

        self.decision_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_reasons_edit)

        self.decision_message_label = QLabel(self.decision_box)
        self.decision_message_label.setObjectName(u"decision_message_label")
        self.decision_message_label.setWordWrap(True)

        self.decision_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decision_message_label)

        self.decision_buttons = QHBoxLayout()
        self.decision_buttons.setObjectName(u"decision_buttons")
        self.use_suggestion_button = QPushButton(self.decision_box)
        self.use_suggestion_button.setObjectName(u"use_suggestion_button")

        self.decision_buttons.addWidget(self.use_suggestion_button)

        self.record_decision_button = QPushButton(self.decision_box)
        self.record_decision_button.setObjectName(u"record_decision_button")

        self.decision_buttons.addWidget(self.record_decision_button)


        self.decision_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.decision_buttons)


        self.suggestion_layout.addWidget(self.decision_box)

        self.history_label = QLabel(self.suggestion_container)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.RichText)

        self.suggestion_layout.addWidget(self.history_label)

        self.suggestion_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.suggestion_layout.addItem(self.suggestion_spacer)

        self.suggestion_scroll.setWidget(self.suggestion_container)
        self.splitter.addWidget(self.suggestion_scroll)

        self.flow_layout.addWidget(self.splitter)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setObjectName(u"nav_layout")
        self.back_button = QPushButton(self.flow_page)
        self.back_button.setObjectName(u"back_button")

        self.nav_layout.addWidget(self.back_button)

        self.guidance_button = QPushButton(self.flow_page)
        self.guidance_button.setObjectName(u"guidance_button")

        self.nav_layout.addWidget(self.guidance_button)

        self.nav_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.next_button = QPushButton(self.flow_page)
        self.next_button.setObjectName(u"next_button")

        self.nav_layout.addWidget(self.next_button)


        self.flow_layout.addLayout(self.nav_layout)

        self.page_stack.addWidget(self.flow_page)

        self.dock_layout.addWidget(self.page_stack)

        WizardDock.setWidget(self.dock_contents)
#if QT_CONFIG(shortcut)
        self.decided_category_caption.setBuddy(self.decided_category_combo)
        self.decided_route_caption.setBuddy(self.decided_route_combo)
        self.decision_reasons_caption.setBuddy(self.decision_reasons_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.question_scroll, self.decided_category_combo)
        QWidget.setTabOrder(self.decided_category_combo, self.decided_route_combo)
        QWidget.setTabOrder(self.decided_route_combo, self.decision_reasons_edit)
        QWidget.setTabOrder(self.decision_reasons_edit, self.use_suggestion_button)
        QWidget.setTabOrder(self.use_suggestion_button, self.record_decision_button)
        QWidget.setTabOrder(self.record_decision_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.guidance_button)
        QWidget.setTabOrder(self.guidance_button, self.next_button)

        self.retranslateUi(WizardDock)

        self.next_button.setDefault(True)

    # setupUi

    def retranslateUi(self, WizardDock):
        WizardDock.setWindowTitle(QCoreApplication.translate("WizardDock", u"Classification", None))
#if QT_CONFIG(accessibility)
        WizardDock.setAccessibleName(QCoreApplication.translate("WizardDock", u"Classification panel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reminder_label.setAccessibleName(QCoreApplication.translate("WizardDock", u"Reminder about imagery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("WizardDock", u"Classification panel status", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("WizardDock", u"Open an incident to classify it.", None))
#if QT_CONFIG(accessibility)
        self.step_title_label.setAccessibleName(QCoreApplication.translate("WizardDock", u"Current step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.step_summary_label.setAccessibleName(QCoreApplication.translate("WizardDock", u"What this step is about", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("WizardDock", u"Progress through the steps", None))
#endif // QT_CONFIG(accessibility)
        self.progress_bar.setFormat(QCoreApplication.translate("WizardDock", u"Step %v of %m", None))
#if QT_CONFIG(accessibility)
        self.question_scroll.setAccessibleName(QCoreApplication.translate("WizardDock", u"Questions", None))
#endif // QT_CONFIG(accessibility)
        self.suggestion_box.setTitle(QCoreApplication.translate("WizardDock", u"Suggestion so far", None))
#if QT_CONFIG(accessibility)
        self.suggestion_box.setAccessibleName(QCoreApplication.translate("WizardDock", u"Suggestion so far", None))
#endif // QT_CONFIG(accessibility)
        self.category_caption.setText(QCoreApplication.translate("WizardDock", u"Category", None))
#if QT_CONFIG(accessibility)
        self.category_value.setAccessibleName(QCoreApplication.translate("WizardDock", u"Suggested category", None))
#endif // QT_CONFIG(accessibility)
        self.route_caption.setText(QCoreApplication.translate("WizardDock", u"Next step", None))
#if QT_CONFIG(accessibility)
        self.route_value.setAccessibleName(QCoreApplication.translate("WizardDock", u"Suggested next step", None))
#endif // QT_CONFIG(accessibility)
        self.triggers_caption.setText(QCoreApplication.translate("WizardDock", u"Referral triggers", None))
#if QT_CONFIG(accessibility)
        self.triggers_value.setAccessibleName(QCoreApplication.translate("WizardDock", u"Immediate referral triggers", None))
#endif // QT_CONFIG(accessibility)
        self.flags_caption.setText(QCoreApplication.translate("WizardDock", u"Also consider", None))
#if QT_CONFIG(accessibility)
        self.flags_value.setAccessibleName(QCoreApplication.translate("WizardDock", u"Things also to consider", None))
#endif // QT_CONFIG(accessibility)
        self.reasons_caption.setText(QCoreApplication.translate("WizardDock", u"Why", None))
#if QT_CONFIG(accessibility)
        self.reasons_value.setAccessibleName(QCoreApplication.translate("WizardDock", u"Reasons for the suggestion", None))
#endif // QT_CONFIG(accessibility)
        self.decision_box.setTitle(QCoreApplication.translate("WizardDock", u"Your decision", None))
#if QT_CONFIG(accessibility)
        self.decision_box.setAccessibleName(QCoreApplication.translate("WizardDock", u"Your decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decision_summary_label.setAccessibleName(QCoreApplication.translate("WizardDock", u"The suggestion you are deciding on", None))
#endif // QT_CONFIG(accessibility)
        self.decided_category_caption.setText(QCoreApplication.translate("WizardDock", u"Ca&tegory", None))
#if QT_CONFIG(accessibility)
        self.decided_category_combo.setAccessibleName(QCoreApplication.translate("WizardDock", u"Category you decide on", None))
#endif // QT_CONFIG(accessibility)
        self.decided_route_caption.setText(QCoreApplication.translate("WizardDock", u"Next ste&p", None))
#if QT_CONFIG(accessibility)
        self.decided_route_combo.setAccessibleName(QCoreApplication.translate("WizardDock", u"Next step you decide on", None))
#endif // QT_CONFIG(accessibility)
        self.decision_reasons_caption.setText(QCoreApplication.translate("WizardDock", u"&Reasons", None))
#if QT_CONFIG(accessibility)
        self.decision_reasons_edit.setAccessibleName(QCoreApplication.translate("WizardDock", u"Reasons for your decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decision_reasons_edit.setAccessibleDescription(QCoreApplication.translate("WizardDock", u"Required when your decision differs from the suggestion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decision_message_label.setAccessibleName(QCoreApplication.translate("WizardDock", u"Decision message", None))
#endif // QT_CONFIG(accessibility)
        self.use_suggestion_button.setText(QCoreApplication.translate("WizardDock", u"&Use the suggestion", None))
        self.record_decision_button.setText(QCoreApplication.translate("WizardDock", u"Record &decision", None))
#if QT_CONFIG(accessibility)
        self.history_label.setAccessibleName(QCoreApplication.translate("WizardDock", u"Earlier decisions", None))
#endif // QT_CONFIG(accessibility)
        self.back_button.setText(QCoreApplication.translate("WizardDock", u"&Back", None))
        self.guidance_button.setText(QCoreApplication.translate("WizardDock", u"&Guidance\u2026", None))
#if QT_CONFIG(tooltip)
        self.guidance_button.setToolTip(QCoreApplication.translate("WizardDock", u"The typology, the referral triggers and the routes explained", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("WizardDock", u"&Next", None))
    # retranslateUi

