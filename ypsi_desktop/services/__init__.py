"""Use cases built on domain and storage: assessment, paperwork, backup, transfer, locking.

May import domain, storage, ReportLab and the standard library. Never PySide6.
"""
