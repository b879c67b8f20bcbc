"""Fixtures for integration tests on real encrypted case files.

Template case files are built once per session and copied into each test's tmp_path, so every
test gets a fresh, real, encrypted file at once:

- `case_path` / `case`: a new case file with one DSL user (id DSL_ID) and nothing else.
- `case_path_with_incidents`: the same plus bare incidents INCIDENT_IDS, for tests that write
  chronology entries (0002 refuses entries for incidents that do not exist). A test module
  that needs them everywhere overrides `case_path` with it, and `case` follows.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ypsi_desktop.storage.audit import AuditAction, append_audit
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.database import CaseFile, create_case_file, open_case_file

DSL_ID = 1
INCIDENT_IDS = (1, 2, 3, 4, 5)
_MADE_AT = "2025-01-01T00:00:00.000000Z"


def _add_incidents(conn: Any) -> None:
    """Bare incidents for chronology entries to belong to.

    The one place the storage engine's tests depend on the case model's columns: they use
    the schema that ships, and only need incidents to exist.
    """
    for incident_id in INCIDENT_IDS:
        conn.execute(
            "INSERT INTO incidents (id, ref_year, ref_number, reference, created_by, created_at,"
            " updated_at) VALUES (?, 2025, ?, ?, ?, ?, ?)",
            (incident_id, incident_id, f"T-2025-{incident_id:03d}", DSL_ID, _MADE_AT, _MADE_AT),
        )


def _copy_into(tmp_path: Path, template: Path) -> Path:
    """A fresh copy of a closed template in this test's own folder, mode 0600."""
    folder = tmp_path / "cases"
    folder.mkdir()
    path = folder / "case.ypsi"
    shutil.copyfile(template, path)
    os.chmod(path, 0o600)
    return path


@pytest.fixture(scope="session")
def data_key() -> bytes:
    """A random 32-byte data key, as the key header module would unwrap it."""
    return os.urandom(32)


@pytest.fixture(scope="session")
def template_file(tmp_path_factory: pytest.TempPathFactory, data_key: bytes) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.ypsi"
    with create_case_file(path, data_key) as case:
        with transaction(case.conn):
            case.conn.execute(
                "INSERT INTO users (id, name, role, created_at) VALUES (?, ?, 'dsl', ?)",
                (DSL_ID, "Test Lead", _MADE_AT),
            )
            append_audit(
                case.conn,
                user_id=DSL_ID,
                action=AuditAction.USER_CHANGE,
                record_type="user",
                record_id=DSL_ID,
                detail="user added",
            )
    return path


@pytest.fixture(scope="session")
def template_with_incidents(
    tmp_path_factory: pytest.TempPathFactory, template_file: Path, data_key: bytes
) -> Path:
    path = tmp_path_factory.mktemp("template-incidents") / "template.ypsi"
    shutil.copyfile(template_file, path)
    with open_case_file(path, data_key) as case, transaction(case.conn):
        _add_incidents(case.conn)
    return path


@pytest.fixture
def case_path(tmp_path: Path, template_file: Path) -> Path:
    return _copy_into(tmp_path, template_file)


@pytest.fixture
def case_path_with_incidents(tmp_path: Path, template_with_incidents: Path) -> Path:
    return _copy_into(tmp_path, template_with_incidents)


@pytest.fixture
def case(case_path: Path, data_key: bytes) -> Iterator[CaseFile]:
    opened = open_case_file(case_path, data_key)
    try:
        yield opened
    finally:
        opened.close()
