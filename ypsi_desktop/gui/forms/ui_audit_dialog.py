# Generated from ui/audit_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(900, 560)
        self.audit_layout = QVBoxLayout(AuditDialog)
        self.audit_layout.setObjectName(u"audit_layout")
        self.intro_label = QLabel(AuditDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.audit_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.scope_caption = QLabel(AuditDialog)
        self.scope_caption.setObjectName(u"scope_caption")

        self.filter_layout.addWidget(self.scope_caption)

        self.scope_combo = QComboBox(AuditDialog)
        self.scope_combo.setObjectName(u"scope_combo")

        self.filter_layout.addWidget(self.scope_combo)

        self.record_caption = QLabel(AuditDialog)
        self.record_caption.setObjectName(u"record_caption")

        self.filter_layout.addWidget(self.record_caption)

        self.record_spin = QSpinBox(AuditDialog)
        self.record_spin.setObjectName(u"record_spin")
        self.record_spin.setMinimum(0)
        self.record_spin.setMaximum(999999999)

        self.filter_layout.addWidget(self.record_spin)

        self.filter_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.audit_layout.addLayout(self.filter_layout)

        self.audit_table = QTableWidget(AuditDialog)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setAlternatingRowColors(True)

        self.audit_layout.addWidget(self.audit_table)

        self.button_box = QDialogButtonBox(AuditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.audit_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.scope_caption.setBuddy(self.scope_combo)
        self.record_caption.setBuddy(self.record_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit log", None))
        self.intro_label.setText(QCoreApplication.translate("AuditDialog", u"Every sign-in, view, change, print, export, backup and user change, newest first. Entries cannot be changed or removed; reading this log is recorded too.", None))
        self.scope_caption.setText(QCoreApplication.translate("AuditDialog", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.scope_combo.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Which entries to show", None))
#endif // QT_CONFIG(accessibility)
        self.record_caption.setText(QCoreApplication.translate("AuditDialog", u"Record &number", None))
#if QT_CONFIG(accessibility)
        self.record_spin.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Record number", None))
#endif // QT_CONFIG(accessibility)
        self.record_spin.setSpecialValueText(QCoreApplication.translate("AuditDialog", u"any", None))
#if QT_CONFIG(accessibility)
        self.audit_table.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit entries", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

