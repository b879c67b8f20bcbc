# Generated from ui/print_preview_dialog.ui by tools/build_forms.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview_dialog.ui'
##

##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(900, 760)
        self.dialog_layout = QVBoxLayout(PrintPreviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.summary_label = QLabel(PrintPreviewDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)

        self.top_row.addWidget(self.summary_label)

        self.top_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.top_spacer)

        self.zoom_out_button = QToolButton(PrintPreviewDialog)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.top_row.addWidget(self.zoom_out_button)

        self.zoom_label = QLabel(PrintPreviewDialog)
        self.zoom_label.setObjectName(u"zoom_label")
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_label.setMinimumSize(QSize(48, 0))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.top_row.addWidget(self.zoom_label)

        self.zoom_in_button = QToolButton(PrintPreviewDialog)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.top_row.addWidget(self.zoom_in_button)


        self.dialog_layout.addLayout(self.top_row)

        self.warning_label = QLabel(PrintPreviewDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setStyleSheet(u"background: #fff4ce; border: 1px solid #c8a200; padding: 6px;")
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.warning_label)

        self.pages_scroll = QScrollArea(PrintPreviewDialog)
        self.pages_scroll.setObjectName(u"pages_scroll")
        self.pages_scroll.setWidgetResizable(True)
        self.pages_scroll.setStyleSheet(u"QScrollArea { background: #6b7280; }")
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName(u"pages_widget")
        self.pages_widget.setStyleSheet(u"background: #6b7280;")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setObjectName(u"pages_layout")
        self.pages_scroll.setWidget(self.pages_widget)

        self.dialog_layout.addWidget(self.pages_scroll)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.print_button = QPushButton(PrintPreviewDialog)
        self.print_button.setObjectName(u"print_button")

        self.actions_row.addWidget(self.print_button)

        self.save_button = QPushButton(PrintPreviewDialog)
        self.save_button.setObjectName(u"save_button")

        self.actions_row.addWidget(self.save_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)

        self.button_box = QDialogButtonBox(PrintPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.actions_row)

        QWidget.setTabOrder(self.pages_scroll, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.zoom_out_button)
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_in_button)

        self.retranslateUi(PrintPreviewDialog)

        self.print_button.setDefault(True)

    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        PrintPreviewDialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"Print preview", None))
#if QT_CONFIG(accessibility)
        PrintPreviewDialog.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Print preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"What is being printed", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_out_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_out_button.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.zoom_label.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_in_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_in_button.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warning_label.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages_scroll.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Print", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"Save as P&DF\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Save as PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleDescription(QCoreApplication.translate("PrintPreviewDialog", u"Saves an unencrypted copy of the form as a PDF file.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

