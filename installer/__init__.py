"""The offline installer: the bundle builder, the installer itself and the release checks.

install.py runs on the target machine with the standard library only; the rest runs on a
machine with internet access, from the project's virtual environment. Nothing here is part of
the app (it is not in the wheel).
"""
