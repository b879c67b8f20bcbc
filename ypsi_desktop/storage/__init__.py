"""The encrypted case file: keys, opening, migrations, repositories and the audit chain.

May import domain and the standard library, sqlcipher3, argon2 and cryptography. Never PySide6.
"""
