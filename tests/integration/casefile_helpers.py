"""Helpers for the storage integration tests: raw access as an attacker with the key would
have it, SQLCipher 4 page decryption for searching every page, and child-process savers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16


def raw_connect(path: Path, key: bytes) -> Any:
    """A keyed connection that bypasses the app: what someone holding the key could do."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def decrypt_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a SQLCipher 4 file decrypted with the raw key (AES-256-CBC, IV per page).

    Free pages and unused cell space are included: this is what someone holding the key
    could read, whatever SQLite considers live.
    """
    data = path.read_bytes()
    pages: list[bytes] = []
    for number in range(len(data) // PAGE_SIZE):
        page = data[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        start = SALT if number == 0 else 0
        body = page[start : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages


def every_file_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def flip_bit(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def child_exit(code: int = 0) -> None:
    """Leave a forked child without running pytest's cleanup in it."""
    os._exit(code)
