"""The Qt user interface: the only package that imports PySide6.

Built from one composition root (gui/app.py); services come in through constructors.
"""
