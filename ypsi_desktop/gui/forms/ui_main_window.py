# Generated from ui/main_window.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        MainWindow.setMinimumSize(QSize(900, 600))
        icon = QIcon()
        icon.addFile(u":/icons/ypsi-desktop.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        MainWindow.setWindowIcon(icon)
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_new_incident = QAction(MainWindow)
        self.action_new_incident.setObjectName(u"action_new_incident")
        self.action_new_incident.setEnabled(False)
        self.action_save_incident = QAction(MainWindow)
        self.action_save_incident.setObjectName(u"action_save_incident")
        self.action_save_incident.setEnabled(False)
        self.action_print = QAction(MainWindow)
        self.action_print.setObjectName(u"action_print")
        self.action_print.setEnabled(False)
        self.action_guidance = QAction(MainWindow)
        self.action_guidance.setObjectName(u"action_guidance")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about_qt = QAction(MainWindow)
        self.action_about_qt.setObjectName(u"action_about_qt")
        self.action_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.training_banner = QLabel(self.central_widget)
        self.training_banner.setObjectName(u"training_banner")
        self.training_banner.setVisible(False)
        self.training_banner.setStyleSheet(u"background: #8a1c1c; color: white; font-weight: bold; padding: 4px;")
        self.training_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.central_layout.addWidget(self.training_banner)

        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")
        self.welcome_page = QWidget()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_top_spacer)

        self.welcome_icon = QLabel(self.welcome_page)
        self.welcome_icon.setObjectName(u"welcome_icon")
        self.welcome_icon.setPixmap(QPixmap(u":/icons/ypsi-desktop.svg"))
        self.welcome_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.welcome_layout.addWidget(self.welcome_icon)

        self.welcome_title = QLabel(self.welcome_page)
        self.welcome_title.setObjectName(u"welcome_title")
        self.welcome_title.setStyleSheet(u"font-size: 20pt; font-weight: 600;")
        self.welcome_title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.welcome_layout.addWidget(self.welcome_title)

        self.welcome_body_row = QHBoxLayout()
        self.welcome_body_row.setObjectName(u"welcome_body_row")
        self.welcome_left_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcome_body_row.addItem(self.welcome_left_spacer)

        self.welcome_body = QLabel(self.welcome_page)
        self.welcome_body.setObjectName(u"welcome_body")
        self.welcome_body.setMaximumSize(QSize(620, 16777215))
        self.welcome_body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_body.setWordWrap(True)

        self.welcome_body_row.addWidget(self.welcome_body)

        self.welcome_right_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcome_body_row.addItem(self.welcome_right_spacer)


        self.welcome_layout.addLayout(self.welcome_body_row)

        self.welcome_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_bottom_spacer)

        self.page_stack.addWidget(self.welcome_page)

        self.central_layout.addWidget(self.page_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_incident = QMenu(self.menu_bar)
        self.menu_incident.setObjectName(u"menu_incident")
        self.menu_view = QMenu(self.menu_bar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_incident.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_quit)
        self.menu_incident.addAction(self.action_new_incident)
        self.menu_incident.addAction(self.action_save_incident)
        self.menu_incident.addAction(self.action_print)
        self.menu_help.addAction(self.action_guidance)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.action_about)
        self.menu_help.addAction(self.action_about_qt)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"YPSI Desktop", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(statustip)
        self.action_quit.setStatusTip(QCoreApplication.translate("MainWindow", u"Close YPSI Desktop", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_new_incident.setText(QCoreApplication.translate("MainWindow", u"&New incident", None))
#if QT_CONFIG(statustip)
        self.action_new_incident.setStatusTip(QCoreApplication.translate("MainWindow", u"Open a case file first", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.action_new_incident.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.action_save_incident.setText(QCoreApplication.translate("MainWindow", u"&Save incident", None))
#if QT_CONFIG(statustip)
        self.action_save_incident.setStatusTip(QCoreApplication.translate("MainWindow", u"Open a case file first", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.action_save_incident.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.action_print.setText(QCoreApplication.translate("MainWindow", u"&Print\u2026", None))
#if QT_CONFIG(statustip)
        self.action_print.setStatusTip(QCoreApplication.translate("MainWindow", u"Open a case file first", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.action_print.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.action_guidance.setText(QCoreApplication.translate("MainWindow", u"&Guidance\u2026", None))
#if QT_CONFIG(statustip)
        self.action_guidance.setStatusTip(QCoreApplication.translate("MainWindow", u"The typology, the referral triggers and the routes explained", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.action_guidance.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About YPSI Desktop", None))
        self.action_about_qt.setText(QCoreApplication.translate("MainWindow", u"About &Qt", None))
#if QT_CONFIG(accessibility)
        self.training_banner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Training data banner", None))
#endif // QT_CONFIG(accessibility)
        self.training_banner.setText(QCoreApplication.translate("MainWindow", u"TRAINING DATA: this case file holds made-up records for practice only.", None))
#if QT_CONFIG(accessibility)
        self.welcome_icon.setAccessibleName(QCoreApplication.translate("MainWindow", u"YPSI Desktop logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.welcome_title.setAccessibleName(QCoreApplication.translate("MainWindow", u"Welcome heading", None))
#endif // QT_CONFIG(accessibility)
        self.welcome_title.setText(QCoreApplication.translate("MainWindow", u"No case file is open", None))
#if QT_CONFIG(accessibility)
        self.welcome_body.setAccessibleName(QCoreApplication.translate("MainWindow", u"About this window", None))
#endif // QT_CONFIG(accessibility)
        self.welcome_body.setText(QCoreApplication.translate("MainWindow", u"YPSI Desktop keeps the records a designated safeguarding lead makes when a young person's nude or semi-nude image is made or shared. Everything is stored in one encrypted case file on this computer. The app never connects to a network and never accepts, stores or shows an image.", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_incident.setTitle(QCoreApplication.translate("MainWindow", u"&Incident", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

