"""No child's name and no narrative text reaches any file the app writes in readable form
(SECURITY.md items 1 and 34): not the logs, not a crash report, not the settings, not the
temp folder, and not the encrypted case file, key files and backups either.

The scripted session of test_airgap_session.py runs in a child whose home, per-user data,
config, cache, state (logs) and TMPDIR are fresh folders under this test's tmp_path, with
logging and the crash handler on as at start-up and careless code paths that try to log the
names. Then every file under those folders is searched, as bytes, for every canary: as typed
(NFC), decomposed (NFD), case-folded, in UTF-16 both ways, and for the random tail alone (so
an escaped or partly encoded copy is caught too).

Two controls keep the search honest: the unencrypted JSON export (written outside the searched
folders, to a "USB stick", and only because the DSL asked) must hold every canary, and a canary
planted in a control file in the log folder must be found.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import unicodedata
from pathlib import Path

import pytest
from test_airgap_session import run_scripted_session

POSIX = os.name == "posix"


def _canaries() -> tuple[list[tuple[str, str]], str, list[str]]:
    """Invented names (Latin with a diaeresis, Greek, Cyrillic), each with a random tail, and
    a narrative marker; returns (names, marker, every canary string)."""

    def tail() -> str:
        return secrets.token_hex(6).upper()

    names = [
        (f"Zoë{tail()}", f"Testchild{tail()}"),
        (f"Ελένη{tail()}", f"Δοκιμή{tail()}"),
        (f"Юлия{tail()}", f"Тестова{tail()}"),
    ]
    marker = f"Canary{tail()}Ωμέγα-Щука-naïve"
    return names, marker, [part for name in names for part in name] + [marker]


def _needles(canary: str) -> set[bytes]:
    forms = {canary, unicodedata.normalize("NFD", canary), canary.casefold(), canary.lower()}
    found: set[bytes] = set()
    for form in forms:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.add(form.encode(encoding))
    random_tail = re.search("[0-9A-F]{12}", canary)
    assert random_tail is not None
    found |= {random_tail[0].encode(), random_tail[0].lower().encode()}
    return found


def _scan(folders: list[Path], canaries: list[str]) -> list[tuple[str, str]]:
    """(file, canary) for every canary found in any file under `folders`."""
    needles = {canary: _needles(canary) for canary in canaries}
    hits: list[tuple[str, str]] = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
            data = path.read_bytes()
            hits += [
                (str(path), canary)
                for canary, forms in needles.items()
                if any(form in data for form in forms)
            ]
    return hits


@pytest.mark.slow
def test_no_name_or_narrative_reaches_any_file_in_readable_form(tmp_path: Path) -> None:
    names, marker, canaries = _canaries()
    report = run_scripted_session(tmp_path, names=names, marker=marker)
    assert report["error"] is None, report["error"]
    assert report["network"] == []

    home, temp = tmp_path / "home", tmp_path / "tmp"
    log_file = Path(report["written"]["log_file"])
    log_folder = log_file.parent
    settings = home / "config" / "ypsi-desktop" / "settings.json"
    data_folder = Path(report["written"]["data_folder"])
    hits = _scan([home, temp, tmp_path / "runtime"], canaries)
    assert hits == [], "personal data in readable form"

    # The session really wrote where it is searched: logs with events and refusals, a crash
    # report, settings, the encrypted case file with its keys, and a backup.
    log_text = log_file.read_text(encoding="utf-8")
    for expected in ("incident.saved incident_id=1", "log.event_refused", "log.unlisted_record"):
        assert expected in log_text
    assert list(log_folder.glob("crash-*.txt")), "the crash handler wrote a report"
    assert settings.is_file()
    assert (data_folder / "case-file.ypsi").is_file()
    assert list((home / "data" / "backups").glob("*.ypsi"))

    if POSIX:
        private = [*log_folder.iterdir(), settings]
        assert {stat.S_IMODE(p.stat().st_mode) for p in private} == {0o600}
        assert stat.S_IMODE(log_folder.stat().st_mode) == 0o700

    # Control 1: the canaries were really typed in. The export, which the DSL asked for and
    # which the app says is not encrypted, holds every one of them.
    if "export" in report["written"]:
        export = Path(report["written"]["export"])
        assert {c for _, c in _scan([export.parent], canaries)} == set(canaries)

    # Control 2: the search finds a canary planted in the log folder, however encoded.
    (log_folder / "control.txt").write_bytes(names[1][0].encode("utf-16-le"))
    assert _scan([home], canaries) == [(str(log_folder / "control.txt"), names[1][0])]
