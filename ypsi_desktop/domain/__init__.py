"""The case model, the guidance rules and the wizard flow: plain Python only.

May import only the standard library. No PySide6, no SQL, no ReportLab, no file I/O.
"""
