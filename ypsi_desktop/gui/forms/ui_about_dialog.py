# Generated from ui/about_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout
from . import resources_rc

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 360)
        self.about_layout = QVBoxLayout(AboutDialog)
        self.about_layout.setObjectName(u"about_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.logo_label = QLabel(AboutDialog)
        self.logo_label.setObjectName(u"logo_label")
        self.logo_label.setPixmap(QPixmap(u":/icons/ypsi-desktop.svg"))

        self.heading_layout.addWidget(self.logo_label)

        self.title_layout = QVBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.name_label = QLabel(AboutDialog)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.title_layout.addWidget(self.name_label)

        self.version_label = QLabel(AboutDialog)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.title_layout.addWidget(self.version_label)


        self.heading_layout.addLayout(self.title_layout)

        self.heading_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_layout.addItem(self.heading_spacer)


        self.about_layout.addLayout(self.heading_layout)

        self.description_label = QLabel(AboutDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.about_layout.addWidget(self.description_label)

        self.privacy_label = QLabel(AboutDialog)
        self.privacy_label.setObjectName(u"privacy_label")
        self.privacy_label.setWordWrap(True)

        self.about_layout.addWidget(self.privacy_label)

        self.licence_label = QLabel(AboutDialog)
        self.licence_label.setObjectName(u"licence_label")
        self.licence_label.setWordWrap(True)
        self.licence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.about_layout.addWidget(self.licence_label)

        self.about_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.about_layout.addItem(self.about_spacer)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.about_layout.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About YPSI Desktop", None))
#if QT_CONFIG(accessibility)
        self.logo_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"YPSI Desktop logo", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("AboutDialog", u"YPSI Desktop", None))
#if QT_CONFIG(accessibility)
        self.version_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Version", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("AboutDialog", u"A confidential case recorder for designated safeguarding leads in schools and colleges in England: it records incidents involving youth-produced sexual imagery, guides the classification and referral decision, and prints the referral paperwork.", None))
        self.privacy_label.setText(QCoreApplication.translate("AboutDialog", u"Records are kept in an encrypted case file on this computer. YPSI Desktop makes no network connections, checks for no updates and never accepts, stores, shows or prints an image.", None))
    # retranslateUi

