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
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QStatusBar, QToolBar,
    QVBoxLayout, QWidget)
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
        self.action_backup = QAction(MainWindow)
        self.action_backup.setObjectName(u"action_backup")
        self.action_backup.setEnabled(False)
        self.action_restore = QAction(MainWindow)
        self.action_restore.setObjectName(u"action_restore")
        self.action_restore.setEnabled(False)
        self.action_check = QAction(MainWindow)
        self.action_check.setObjectName(u"action_check")
        self.action_check.setEnabled(False)
        self.action_change_passphrase = QAction(MainWindow)
        self.action_change_passphrase.setObjectName(u"action_change_passphrase")
        self.action_change_passphrase.setEnabled(False)
        self.action_users = QAction(MainWindow)
        self.action_users.setObjectName(u"action_users")
        self.action_users.setEnabled(False)
        self.action_audit = QAction(MainWindow)
        self.action_audit.setObjectName(u"action_audit")
        self.action_audit.setEnabled(False)
        self.action_lock = QAction(MainWindow)
        self.action_lock.setObjectName(u"action_lock")
        self.action_lock.setEnabled(False)
        icon1 = QIcon()
        icon1.addFile(u":/icons/lock.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_lock.setIcon(icon1)
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
        self.overview_page = QWidget()
        self.overview_page.setObjectName(u"overview_page")
        self.overview_layout = QVBoxLayout(self.overview_page)
        self.overview_layout.setObjectName(u"overview_layout")
        self.overview_layout.setContentsMargins(24, 24, -1, -1)
        self.overview_title = QLabel(self.overview_page)
        self.overview_title.setObjectName(u"overview_title")
        self.overview_title.setStyleSheet(u"font-size: 18pt; font-weight: 600;")
        self.overview_title.setWordWrap(True)

        self.overview_layout.addWidget(self.overview_title)

        self.overview_summary = QLabel(self.overview_page)
        self.overview_summary.setObjectName(u"overview_summary")
        self.overview_summary.setWordWrap(True)

        self.overview_layout.addWidget(self.overview_summary)

        self.backup_status_label = QLabel(self.overview_page)
        self.backup_status_label.setObjectName(u"backup_status_label")
        self.backup_status_label.setWordWrap(True)

        self.overview_layout.addWidget(self.backup_status_label)

        self.anchor_label = QLabel(self.overview_page)
        self.anchor_label.setObjectName(u"anchor_label")
        self.anchor_label.setWordWrap(True)
        self.anchor_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.overview_layout.addWidget(self.anchor_label)

        self.overview_buttons = QHBoxLayout()
        self.overview_buttons.setObjectName(u"overview_buttons")
        self.backup_button = QPushButton(self.overview_page)
        self.backup_button.setObjectName(u"backup_button")

        self.overview_buttons.addWidget(self.backup_button)

        self.check_button = QPushButton(self.overview_page)
        self.check_button.setObjectName(u"check_button")

        self.overview_buttons.addWidget(self.check_button)

        self.overview_button_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overview_buttons.addItem(self.overview_button_spacer)


        self.overview_layout.addLayout(self.overview_buttons)

        self.overview_spacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overview_layout.addItem(self.overview_spacer)

        self.page_stack.addWidget(self.overview_page)

        self.central_layout.addWidget(self.page_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.main_toolbar = QToolBar(MainWindow)
        self.main_toolbar.setObjectName(u"main_toolbar")
        self.main_toolbar.setMovable(False)
        self.main_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.main_toolbar)
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

        self.main_toolbar.addAction(self.action_lock)
        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_incident.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_backup)
        self.menu_file.addAction(self.action_restore)
        self.menu_file.addAction(self.action_check)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_change_passphrase)
        self.menu_file.addAction(self.action_users)
        self.menu_file.addAction(self.action_audit)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_lock)
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
        self.action_backup.setText(QCoreApplication.translate("MainWindow", u"&Back up\u2026", None))
#if QT_CONFIG(statustip)
        self.action_backup.setStatusTip(QCoreApplication.translate("MainWindow", u"Write a checked, encrypted copy of the case file to a folder such as a USB stick", None))
#endif // QT_CONFIG(statustip)
        self.action_restore.setText(QCoreApplication.translate("MainWindow", u"&Restore\u2026", None))
#if QT_CONFIG(statustip)
        self.action_restore.setStatusTip(QCoreApplication.translate("MainWindow", u"Replace the case file with a backup (the current file is kept)", None))
#endif // QT_CONFIG(statustip)
        self.action_check.setText(QCoreApplication.translate("MainWindow", u"&Check file", None))
#if QT_CONFIG(statustip)
        self.action_check.setStatusTip(QCoreApplication.translate("MainWindow", u"Check the case file for damage and tampering", None))
#endif // QT_CONFIG(statustip)
        self.action_change_passphrase.setText(QCoreApplication.translate("MainWindow", u"Change my &passphrase\u2026", None))
        self.action_users.setText(QCoreApplication.translate("MainWindow", u"&Users and roles\u2026", None))
#if QT_CONFIG(statustip)
        self.action_users.setStatusTip(QCoreApplication.translate("MainWindow", u"Add or remove users and change their roles (DSL only)", None))
#endif // QT_CONFIG(statustip)
        self.action_audit.setText(QCoreApplication.translate("MainWindow", u"&Audit log\u2026", None))
#if QT_CONFIG(statustip)
        self.action_audit.setStatusTip(QCoreApplication.translate("MainWindow", u"Who viewed, changed, printed or exported what, and when (DSL only)", None))
#endif // QT_CONFIG(statustip)
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(tooltip)
        self.action_lock.setToolTip(QCoreApplication.translate("MainWindow", u"Lock now and hide everything on screen (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_lock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
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
#if QT_CONFIG(accessibility)
        self.overview_title.setAccessibleName(QCoreApplication.translate("MainWindow", u"Setting name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overview_summary.setAccessibleName(QCoreApplication.translate("MainWindow", u"Case file summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup_status_label.setAccessibleName(QCoreApplication.translate("MainWindow", u"Backup status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.anchor_label.setAccessibleName(QCoreApplication.translate("MainWindow", u"Audit chain anchor", None))
#endif // QT_CONFIG(accessibility)
        self.backup_button.setText(QCoreApplication.translate("MainWindow", u"Back up now\u2026", None))
        self.check_button.setText(QCoreApplication.translate("MainWindow", u"Check the file", None))
        self.main_toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_incident.setTitle(QCoreApplication.translate("MainWindow", u"&Incident", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

