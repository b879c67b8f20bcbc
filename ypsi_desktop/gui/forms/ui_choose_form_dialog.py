# Generated from ui/choose_form_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'choose_form_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

class Ui_ChooseFormDialog(object):
    def setupUi(self, ChooseFormDialog):
        if not ChooseFormDialog.objectName():
            ChooseFormDialog.setObjectName(u"ChooseFormDialog")
        ChooseFormDialog.resize(520, 320)
        self.dialog_layout = QVBoxLayout(ChooseFormDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ChooseFormDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading_label)

        self.forms_list = QListWidget(ChooseFormDialog)
        self.forms_list.setObjectName(u"forms_list")

        self.dialog_layout.addWidget(self.forms_list)

        self.note_label = QLabel(ChooseFormDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.note_label)

        self.button_box = QDialogButtonBox(ChooseFormDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(ChooseFormDialog)
    # setupUi

    def retranslateUi(self, ChooseFormDialog):
        ChooseFormDialog.setWindowTitle(QCoreApplication.translate("ChooseFormDialog", u"Print", None))
#if QT_CONFIG(accessibility)
        ChooseFormDialog.setAccessibleName(QCoreApplication.translate("ChooseFormDialog", u"Choose what to print", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("ChooseFormDialog", u"Which form do you want to print?", None))
#if QT_CONFIG(accessibility)
        self.forms_list.setAccessibleName(QCoreApplication.translate("ChooseFormDialog", u"Forms for this incident", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.forms_list.setAccessibleDescription(QCoreApplication.translate("ChooseFormDialog", u"Press Enter or double-click to preview the form.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note_label.setAccessibleName(QCoreApplication.translate("ChooseFormDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("ChooseFormDialog", u"Preview or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

