# Generated from ui/guidance_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guidance_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout

class Ui_GuidanceDialog(object):
    def setupUi(self, GuidanceDialog):
        if not GuidanceDialog.objectName():
            GuidanceDialog.setObjectName(u"GuidanceDialog")
        GuidanceDialog.resize(720, 640)
        self.guidance_layout = QVBoxLayout(GuidanceDialog)
        self.guidance_layout.setObjectName(u"guidance_layout")
        self.guidance_browser = QTextBrowser(GuidanceDialog)
        self.guidance_browser.setObjectName(u"guidance_browser")
        self.guidance_browser.setOpenLinks(False)
        self.guidance_browser.setOpenExternalLinks(False)

        self.guidance_layout.addWidget(self.guidance_browser)

        self.button_box = QDialogButtonBox(GuidanceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.guidance_layout.addWidget(self.button_box)


        self.retranslateUi(GuidanceDialog)
    # setupUi

    def retranslateUi(self, GuidanceDialog):
        GuidanceDialog.setWindowTitle(QCoreApplication.translate("GuidanceDialog", u"Guidance: classifying an incident", None))
#if QT_CONFIG(accessibility)
        self.guidance_browser.setAccessibleName(QCoreApplication.translate("GuidanceDialog", u"Guidance text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

