"""Opening a case file: only our encrypted file, with the right key, by one window at a time."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from casefile_helpers import flip_bit, raw_connect

from ypsi_desktop.storage.connection import PAGE_SIZE
from ypsi_desktop.storage.database import APPLICATION_ID, create_case_file, open_case_file
from ypsi_desktop.storage.errors import (
    CaseFileDamaged,
    CaseFileError,
    CaseFileExists,
    NewerVersion,
    NotACaseFile,
    OpenElsewhere,
    PlaintextFile,
    WrongKey,
)
from ypsi_desktop.storage.integrity import check
from ypsi_desktop.storage.schema import SCHEMA_VERSION_RANGE

POSIX = os.name == "posix"


def _assert_calm(exc: CaseFileError) -> None:
    """A message for a person: a full sentence, no SQL, no Python, no traceback."""
    text = str(exc)
    assert text.endswith(".") and text[0].isupper()
    for noise in ("sqlite", "Error", "Traceback", "pragma", "PRAGMA", "None"):
        assert noise not in text


def test_stock_sqlite_cannot_read_the_file(case_path: Path) -> None:
    assert case_path.read_bytes()[:16] != b"SQLite format 3\x00"
    plain = sqlite3.connect(case_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            plain.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    finally:
        plain.close()


def test_plaintext_sqlite_file_is_refused(tmp_path: Path, data_key: bytes) -> None:
    path = tmp_path / "plain.ypsi"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE chronology (body TEXT)")
    plain.commit()
    plain.close()
    with pytest.raises(PlaintextFile) as caught:
        open_case_file(path, data_key)
    _assert_calm(caught.value)
    assert isinstance(caught.value, NotACaseFile)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", NotACaseFile),
        (b"hello, this is a text file\n", NotACaseFile),
        (os.urandom(PAGE_SIZE - 1), NotACaseFile),
        # Random bytes are indistinguishable from a file encrypted with another key.
        (os.urandom(PAGE_SIZE * 5), WrongKey),
    ],
    ids=["empty", "text", "short-random", "random-pages"],
)
def test_files_that_are_not_ours_are_refused(
    tmp_path: Path, data_key: bytes, content: bytes, expected: type[CaseFileError]
) -> None:
    path = tmp_path / "odd.ypsi"
    path.write_bytes(content)
    with pytest.raises(expected) as caught:
        open_case_file(path, data_key)
    _assert_calm(caught.value)
    assert path.read_bytes() == content  # refused without touching it


def test_missing_file_is_refused(tmp_path: Path, data_key: bytes) -> None:
    with pytest.raises(NotACaseFile, match="No case file was found"):
        open_case_file(tmp_path / "nothing.ypsi", data_key)


def test_wrong_key_is_refused_silently(case_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(WrongKey) as caught:
        open_case_file(case_path, os.urandom(32))
    _assert_calm(caught.value)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_key_must_be_32_bytes(case_path: Path) -> None:
    with pytest.raises(ValueError):
        open_case_file(case_path, b"short")
    with pytest.raises(TypeError):
        open_case_file(case_path, "x'00'")  # type: ignore[arg-type]


def test_encrypted_with_right_key_but_not_ours_is_refused(tmp_path: Path, data_key: bytes) -> None:
    path = tmp_path / "other.db"
    other = raw_connect(path, data_key)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.close()
    with pytest.raises(NotACaseFile):
        open_case_file(path, data_key)


def test_newer_version_is_refused_and_left_alone(case_path: Path, data_key: bytes) -> None:
    raw = raw_connect(case_path, data_key)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION_RANGE[1] + 1}")
    raw.close()
    before = case_path.read_bytes()
    with pytest.raises(NewerVersion, match="newer version of YPSI Desktop"):
        open_case_file(case_path, data_key)
    assert case_path.read_bytes() == before


def test_file_identity_and_version(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        (app_id,) = case.conn.execute("PRAGMA application_id").fetchone()
        assert app_id == APPLICATION_ID
        assert case.schema_version == SCHEMA_VERSION_RANGE[1]
        assert len(case.file_id) == 32 and not case.is_training


def test_create_refuses_an_existing_name(case_path: Path, data_key: bytes) -> None:
    before = case_path.read_bytes()
    with pytest.raises(CaseFileExists):
        create_case_file(case_path, data_key)
    assert case_path.read_bytes() == before


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_new_file_and_journal_are_private(tmp_path: Path, data_key: bytes) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "new.ypsi"
        with create_case_file(path, data_key, is_training=True) as case:
            assert case.is_training
            case.conn.execute("BEGIN IMMEDIATE")
            case.conn.execute("INSERT INTO settings VALUES ('k', 'v')")
            journal = tmp_path / "new.ypsi-journal"
            assert journal.exists()
            assert stat.S_IMODE(journal.stat().st_mode) == 0o600
            case.conn.execute("COMMIT")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert sorted(p.name for p in tmp_path.iterdir()) == ["new.ypsi"]  # no leftovers
    finally:
        os.umask(old)


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_open_tightens_a_loose_mode(case_path: Path, data_key: bytes) -> None:
    os.chmod(case_path, 0o644)
    open_case_file(case_path, data_key).close()
    assert stat.S_IMODE(case_path.stat().st_mode) == 0o600


_SECOND_WINDOW = """
import sys
from ypsi_desktop.storage.database import open_case_file
from ypsi_desktop.storage.errors import OpenElsewhere
try:
    open_case_file(sys.argv[1], bytes.fromhex(sys.argv[2])).close()
except OpenElsewhere as exc:
    print("refused:", exc)
else:
    print("opened")
"""


def test_second_process_is_refused(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key):
        result = subprocess.run(
            [sys.executable, "-c", _SECOND_WINDOW, str(case_path), data_key.hex()],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.stdout.strip() == (
        "refused: This case file is open in another window or on another machine."
    ), result.stderr
    assert result.stderr == ""


def test_second_connection_in_process_is_refused(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key):
        with pytest.raises(OpenElsewhere):
            open_case_file(case_path, data_key)


# --- damage is named, and never shown as if whole -------------------------------------------


def test_flipped_bit_on_first_page_is_damage_not_wrong_key(
    case_path: Path, data_key: bytes
) -> None:
    flip_bit(case_path, 200)
    with pytest.raises(CaseFileDamaged) as caught:
        open_case_file(case_path, data_key)
    assert any("Page 1 " in line for line in caught.value.details)


def test_flipped_bit_on_a_later_page_is_named(case_path: Path, data_key: bytes) -> None:
    flip_bit(case_path, 3 * PAGE_SIZE + 1000)
    with pytest.raises(CaseFileDamaged) as caught:
        open_case_file(case_path, data_key)
    assert caught.value.details == (
        "Page 4 of the file has been altered or damaged (its tamper seal does not match).",
    )
    # The full check names it too, for a file opened without the page check.
    with open_case_file(case_path, data_key, verify_pages=False, readonly=True) as case:
        report = check(case.conn)
    assert not report.ok
    assert report.problems[0].startswith("Page 4 of the file has been altered")
    print("\n".join(report.lines))
    assert report.lines[-1].endswith("Restore from a backup.")


def test_swapped_pages_are_detected(case_path: Path, data_key: bytes) -> None:
    data = bytearray(case_path.read_bytes())
    a, b = 2 * PAGE_SIZE, 3 * PAGE_SIZE
    data[a : a + PAGE_SIZE], data[b : b + PAGE_SIZE] = (
        data[b : b + PAGE_SIZE],
        data[a : a + PAGE_SIZE],
    )
    case_path.write_bytes(bytes(data))
    with pytest.raises(CaseFileDamaged) as caught:
        open_case_file(case_path, data_key)
    assert {"Page 3 ", "Page 4 "} <= {line[:7] for line in caught.value.details}


@pytest.mark.parametrize(
    "cut",
    [PAGE_SIZE, 100],
    ids=["whole-page", "mid-page"],
)
def test_truncated_file_is_detected(case_path: Path, data_key: bytes, cut: int) -> None:
    data = case_path.read_bytes()
    case_path.write_bytes(data[:-cut])
    with pytest.raises(CaseFileDamaged) as caught:
        open_case_file(case_path, data_key)
    _assert_calm(caught.value)


@pytest.mark.parametrize("extra", [100, PAGE_SIZE], ids=["bytes", "whole-page"])
def test_appended_garbage_is_detected(case_path: Path, data_key: bytes, extra: int) -> None:
    with open(case_path, "ab") as handle:
        handle.write(os.urandom(extra))
    with pytest.raises(CaseFileDamaged) as caught:
        open_case_file(case_path, data_key)
    assert any("on the end" in line for line in caught.value.details)


def test_check_names_damage_done_while_open(case_path: Path, data_key: bytes) -> None:
    with open_case_file(case_path, data_key) as case:
        assert check(case.conn).ok
        with open(case_path, "ab") as handle:
            handle.write(os.urandom(300))
        problems = check(case.conn).problems
    assert "The file has 300 bytes of unexpected data on the end." in problems
    assert any("cut short or has extra data" in line for line in problems)
