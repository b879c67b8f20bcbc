# Generated from ui/governors_report_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'governors_report_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

class Ui_GovernorsReportDialog(object):
    def setupUi(self, GovernorsReportDialog):
        if not GovernorsReportDialog.objectName():
            GovernorsReportDialog.setObjectName(u"GovernorsReportDialog")
        GovernorsReportDialog.resize(980, 720)
        self.dialog_layout = QVBoxLayout(GovernorsReportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.years_layout = QHBoxLayout()
        self.years_layout.setObjectName(u"years_layout")
        self.from_caption = QLabel(GovernorsReportDialog)
        self.from_caption.setObjectName(u"from_caption")

        self.years_layout.addWidget(self.from_caption)

        self.from_combo = QComboBox(GovernorsReportDialog)
        self.from_combo.setObjectName(u"from_combo")

        self.years_layout.addWidget(self.from_combo)

        self.to_caption = QLabel(GovernorsReportDialog)
        self.to_caption.setObjectName(u"to_caption")

        self.years_layout.addWidget(self.to_caption)

        self.to_combo = QComboBox(GovernorsReportDialog)
        self.to_combo.setObjectName(u"to_combo")

        self.years_layout.addWidget(self.to_combo)

        self.years_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.years_layout.addItem(self.years_spacer)

        self.save_pdf_button = QPushButton(GovernorsReportDialog)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.years_layout.addWidget(self.save_pdf_button)


        self.dialog_layout.addLayout(self.years_layout)

        self.summary_label = QLabel(GovernorsReportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.section_tabs = QTabWidget(GovernorsReportDialog)
        self.section_tabs.setObjectName(u"section_tabs")
        self.charts_tab = QWidget()
        self.charts_tab.setObjectName(u"charts_tab")
        self.charts_tab_layout = QVBoxLayout(self.charts_tab)
        self.charts_tab_layout.setObjectName(u"charts_tab_layout")
        self.charts_area = QScrollArea(self.charts_tab)
        self.charts_area.setObjectName(u"charts_area")
        self.charts_area.setWidgetResizable(True)
        self.charts_holder = QWidget()
        self.charts_holder.setObjectName(u"charts_holder")
        self.charts_layout = QVBoxLayout(self.charts_holder)
        self.charts_layout.setObjectName(u"charts_layout")
        self.charts_area.setWidget(self.charts_holder)

        self.charts_tab_layout.addWidget(self.charts_area)

        self.section_tabs.addTab(self.charts_tab, "")
        self.tables_tab = QWidget()
        self.tables_tab.setObjectName(u"tables_tab")
        self.tables_layout = QVBoxLayout(self.tables_tab)
        self.tables_layout.setObjectName(u"tables_layout")
        self.tables_view = QTextBrowser(self.tables_tab)
        self.tables_view.setObjectName(u"tables_view")
        self.tables_view.setOpenLinks(False)

        self.tables_layout.addWidget(self.tables_view)

        self.section_tabs.addTab(self.tables_tab, "")

        self.dialog_layout.addWidget(self.section_tabs)

        self.button_box = QDialogButtonBox(GovernorsReportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.from_caption.setBuddy(self.from_combo)
        self.to_caption.setBuddy(self.to_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_combo, self.to_combo)
        QWidget.setTabOrder(self.to_combo, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.section_tabs)

        self.retranslateUi(GovernorsReportDialog)
    # setupUi

    def retranslateUi(self, GovernorsReportDialog):
        GovernorsReportDialog.setWindowTitle(QCoreApplication.translate("GovernorsReportDialog", u"Governors' report", None))
#if QT_CONFIG(accessibility)
        GovernorsReportDialog.setAccessibleName(QCoreApplication.translate("GovernorsReportDialog", u"Governors' report", None))
#endif // QT_CONFIG(accessibility)
        self.from_caption.setText(QCoreApplication.translate("GovernorsReportDialog", u"School years &from", None))
#if QT_CONFIG(accessibility)
        self.from_combo.setAccessibleName(QCoreApplication.translate("GovernorsReportDialog", u"First school year", None))
#endif // QT_CONFIG(accessibility)
        self.to_caption.setText(QCoreApplication.translate("GovernorsReportDialog", u"&to", None))
#if QT_CONFIG(accessibility)
        self.to_combo.setAccessibleName(QCoreApplication.translate("GovernorsReportDialog", u"Last school year", None))
#endif // QT_CONFIG(accessibility)
        self.save_pdf_button.setText(QCoreApplication.translate("GovernorsReportDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("GovernorsReportDialog", u"About these figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.charts_area.setAccessibleName(QCoreApplication.translate("GovernorsReportDialog", u"Charts", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.charts_tab), QCoreApplication.translate("GovernorsReportDialog", u"Charts", None))
#if QT_CONFIG(accessibility)
        self.tables_view.setAccessibleName(QCoreApplication.translate("GovernorsReportDialog", u"Tables of figures", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.tables_tab), QCoreApplication.translate("GovernorsReportDialog", u"Tables", None))
    # retranslateUi

