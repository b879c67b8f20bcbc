"""The primitive for `startup`: a bare PySide6 QMainWindow process, shown, idle, then quit."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1200, 780)
window.show()
QTimer.singleShot(0, app.quit)
raise SystemExit(app.exec())
