"""Records over their lifetime: school transfer, subject access, retention and disposal, and
the governors' report. Services over domain and storage (and ReportLab for the PDFs); never
PySide6.
"""
