"""The case-file commands as a DSL or an IT technician would use them: exit codes, one-line
messages, and what each command promises about the file afterwards."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ypsi_desktop.cli.main import main
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.export import export_case_file
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.users import active_users, add_user, set_own_passphrase
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_header_copies import header_paths

DSL = "Alex Example"
DSL_PASS = "blue-kettle-marsh-41-orbit"
DEPUTY = "Sam Sample"
DEPUTY_PASS = "green-ladder-pond-73-vessel"
NEW_PASS = "quiet-harbour-stone-58-lantern"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run `ypsi-desktop ARGS` in-process with the given lines on standard input."""

    def call(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A case file (cheap test KDF) with the DSL and a deputy."""
    path = tmp_path / "school" / "case.ypsi"
    path.parent.mkdir()
    session, _ = sessions.create(
        path,
        user_name=DSL,
        passphrase=DSL_PASS,
        setting_name="Oakfield Test School",
        kdf=KdfParams.for_tests(),
    )
    with session:
        add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASS)
    return path


def test_create_prints_the_recovery_key_once_and_makes_a_private_encrypted_file(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "new.ypsi"
    code, out, err = run("create", str(path), "--user", DSL, stdin=DSL_PASS + "\n")
    assert code == 0, err
    recovery_key = out.strip()
    assert len(recovery_key.split("-")) == 8
    assert "shown once only" in err
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    for file in (path, *header_paths(path)):
        assert file.stat().st_mode & 0o077 == 0
    # The recovery key alone opens it, acting as the DSL, and forces a new passphrase.
    code, _, err = run(
        "passwd", str(path), "--recovery", "--as", DSL, stdin=f"{recovery_key}\n{NEW_PASS}\n"
    )
    assert code == 0, err
    assert run("check", str(path), stdin=NEW_PASS + "\n")[0] == 0
    assert run("check", str(path), stdin=DSL_PASS + "\n")[0] == 2


def test_the_recovery_key_opens_the_file_for_a_new_passphrase_and_nothing_else(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "new.ypsi"
    recovery_key = run("create", str(path), "--user", DSL, stdin=DSL_PASS + "\n")[1].strip()
    out_file = tmp_path / "everything.json"
    for command in (
        ("export", str(path), "--out", str(out_file)),
        ("add-user", str(path), "--user", "Mallory Madeup", "--role", "dsl"),
        ("check", str(path)),
    ):
        code, out, err = run(*command, "--as", DSL, "--recovery", stdin=f"{recovery_key}\n")
        assert code == 2, command
        assert "only lets you choose a new passphrase" in err and "passwd" in err
        assert not out_file.exists()
    # Nothing was added: the DSL's passphrase still opens the file and lists one user.
    with sessions.unlock(path, user_name=DSL, passphrase=DSL_PASS) as session:
        assert [u.name for u in active_users(session)] == [DSL]
    # Past the command line too: a recovery session may do nothing until a passphrase is set.
    session = sessions.unlock_with_recovery_key(path, recovery_key=recovery_key, acting_user=DSL)
    with session:
        with pytest.raises(NotAllowed, match="choose a new passphrase first"):
            export_case_file(session)
        with pytest.raises(NotAllowed, match="choose a new passphrase first"):
            add_user(session, "Mallory Madeup", UserRole.DSL, DEPUTY_PASS)
        set_own_passphrase(session, NEW_PASS)
        assert export_case_file(session)["format"]


def test_a_weak_passphrase_is_refused_with_advice(run: Run, tmp_path: Path) -> None:
    code, _, err = run("create", str(tmp_path / "c.ypsi"), "--user", DSL, stdin="Oakfield2026!\n")
    assert code == 2
    assert "unrelated words" in err
    assert not (tmp_path / "c.ypsi").exists()


def test_wrong_passphrase_is_exit_2_with_one_clear_line(case: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ypsi_desktop", "check", str(case), "--as", DSL],
        input="not-the-passphrase-at-all\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "not recognised" in result.stderr and "Traceback" not in result.stderr


def test_a_plaintext_sqlite_file_in_its_place_is_exit_3(run: Run, case: Path) -> None:
    case.unlink()
    sqlite3.connect(case).execute("CREATE TABLE x (y)").connection.commit()
    code, _, err = run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 3
    assert "not an encrypted" in err


def test_missing_file_and_missing_header_are_exit_3(run: Run, case: Path, tmp_path: Path) -> None:
    assert run("check", str(tmp_path / "nope.ypsi"), stdin=DSL_PASS + "\n")[0] == 3
    for header in header_paths(case):
        header.unlink()
    code, _, err = run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 3 and err.strip()


def test_several_users_need_as(run: Run, case: Path) -> None:
    code, _, err = run("check", str(case), stdin=DSL_PASS + "\n")
    assert code == 2 and "--as NAME" in err


def test_check_prints_the_anchor_and_finds_a_later_one_missing_in_an_older_copy(
    run: Run, case: Path, tmp_path: Path
) -> None:
    older = tmp_path / "older"
    older.mkdir()
    for file in (case, *header_paths(case)):
        shutil.copy2(file, older / file.name)
    with sessions.unlock(case, user_name=DSL, passphrase=DSL_PASS) as session:
        session.audit(sessions.AuditAction.VIEW, "incident", 1)
    code, out, _ = run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 0
    anchor = out.strip().splitlines()[-1].removeprefix("Anchor: ")
    seq, _, head = anchor.partition(":")
    assert seq.isdigit() and len(head) == 16
    # The old copy put back: it does not hold the entry the later anchor names.
    for file in older.iterdir():
        shutil.copy2(file, case.parent / file.name)
    code, out, _ = run("check", str(case), "--as", DSL, "--anchor", anchor, stdin=DSL_PASS + "\n")
    assert code == 1
    assert "does not contain the entry" in out


def test_an_audit_entry_edited_behind_the_apps_back_fails_check_naming_it(
    run: Run, case: Path
) -> None:
    from ypsi_desktop.storage.database import open_case_file
    from ypsi_desktop.storage.keys import KeyStore

    keys = KeyStore(case).unlock(DSL, DSL_PASS)
    with open_case_file(case, keys.data_key) as raw:  # an attacker who has the key
        raw.conn.execute("DROP TRIGGER audit_log_only_erasure")
        raw.conn.execute("UPDATE audit_log SET action = 'view' WHERE seq = 2")
    code, out, _ = run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 1
    assert "the first bad entry is number 2" in out


def test_deputy_slot_opens_but_export_and_add_user_are_refused_with_exit_5(
    run: Run, case: Path, tmp_path: Path
) -> None:
    assert run("check", str(case), "--as", DEPUTY, stdin=DEPUTY_PASS + "\n")[0] == 0
    code, _, err = run(
        "export",
        str(case),
        "--as",
        DEPUTY,
        "--out",
        str(tmp_path / "x.json"),
        stdin=DEPUTY_PASS + "\n",
    )
    assert code == 5 and "deputy" in err
    assert not (tmp_path / "x.json").exists()
    code, _, err = run(
        "add-user",
        str(case),
        "--as",
        DEPUTY,
        "--user",
        "Kim Placeholder",
        "--role",
        "readonly",
        stdin=f"{DEPUTY_PASS}\n{NEW_PASS}\n",
    )
    assert code == 5


def test_an_export_or_a_pdf_never_replaces_a_case_file_or_its_companions(
    run: Run, case: Path, tmp_path: Path
) -> None:
    from ypsi_desktop.services.paperwork import save_pdf

    upper_case = case.with_name(case.name + ".KEYS")  # Windows and macOS ignore the case
    premigration = case.with_name(case.name + ".pre-v0004.2.bak")
    premigration.write_bytes(b"an older copy kept before an update")
    targets = (
        case,
        *header_paths(case),
        premigration,
        case.with_name(case.name + "-journal"),
        upper_case,
    )
    before = {path: path.read_bytes() if path.exists() else None for path in targets}
    for target in targets:
        code, _, err = run(
            "export", str(case), "--as", DSL, "--out", str(target), stdin=DSL_PASS + "\n"
        )
        # Refused either way: an existing name is never overwritten by an export, and a case
        # file's companion that does not exist (yet) is refused for what it is.
        refusal = "already exists" if target.exists() else "belongs to a case file"
        assert code != 0 and refusal in err, target
        with pytest.raises(CaseFileError, match="belongs to a case file"):
            save_pdf(b"%PDF-1.4 made up", target)
    # Signing in rewrites the file and its headers a little (the audit log, the anchor), so
    # check what matters: nothing readable took their place, the kept copy is as it was, no
    # journal was invented, and the file still opens and passes its check.
    assert not case.read_bytes().startswith((b"{", b"%PDF"))
    for header in header_paths(case):  # still key headers, not an export
        assert json.loads(header.read_bytes()).keys() == json.loads(before[header]).keys()
    assert premigration.read_bytes() == before[premigration]
    assert not case.with_name(case.name + "-journal").exists()
    assert run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")[0] == 0
    # Any other name, even one like the case file's, is written as asked.
    beside = case.with_name(case.name + ".json")
    assert (
        run("export", str(case), "--as", DSL, "--out", str(beside), stdin=DSL_PASS + "\n")[0] == 0
    )
    assert beside.read_bytes().startswith(b"{")


def test_passwd_changes_one_slot_and_leaves_the_data_pages_alone(run: Run, case: Path) -> None:
    before = case.read_bytes()
    code, _, err = run("passwd", str(case), "--as", DEPUTY, stdin=f"{DEPUTY_PASS}\n{NEW_PASS}\n")
    assert code == 0, err
    after = case.read_bytes()
    page = 4096
    same = sum(
        before[i : i + page] == after[i : i + page]
        for i in range(0, min(len(before), len(after)), page)
    )
    # Only the pages holding the new audit entries change; a rekey would change every page.
    assert same >= (len(before) // page) - 6
    assert run("check", str(case), "--as", DEPUTY, stdin=DEPUTY_PASS + "\n")[0] == 2
    assert run("check", str(case), "--as", DEPUTY, stdin=NEW_PASS + "\n")[0] == 0


def test_removed_user_and_their_old_key_header_no_longer_open_the_file(
    run: Run, case: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "old-headers"
    saved.mkdir()
    for header in header_paths(case):
        shutil.copy2(header, saved / header.name)
    code, _, err = run(
        "remove-user", str(case), "--as", DSL, "--user", DEPUTY, stdin=DSL_PASS + "\n"
    )
    assert code == 0, err
    assert run("check", str(case), "--as", DEPUTY, stdin=DEPUTY_PASS + "\n")[0] == 2
    # Put the old header (which still has the deputy's slot) back: the key it gives is stale.
    for header in saved.iterdir():
        shutil.copy2(header, case.parent / header.name)
    code, _, err = run("check", str(case), "--as", DEPUTY, stdin=DEPUTY_PASS + "\n")
    assert code == 3, err
    assert run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")[0] == 3


def test_the_last_dsl_cannot_be_demoted(run: Run, case: Path) -> None:
    code, _, err = run(
        "set-role", str(case), "--as", DSL, "--user", DSL, "--role", "deputy", stdin=DSL_PASS + "\n"
    )
    assert code == 2 and "always be a DSL" in err
    assert (
        run(
            "set-role",
            str(case),
            "--as",
            DSL,
            "--user",
            DEPUTY,
            "--role",
            "dsl",
            stdin=DSL_PASS + "\n",
        )[0]
        == 0
    )
    assert (
        run(
            "set-role",
            str(case),
            "--as",
            DSL,
            "--user",
            DSL,
            "--role",
            "deputy",
            stdin=DSL_PASS + "\n",
        )[0]
        == 0
    )


def test_rotate_key_keeps_every_user_able_to_sign_in(run: Run, case: Path) -> None:
    before = case.read_bytes()
    assert run("rotate-key", str(case), "--as", DSL, stdin=DSL_PASS + "\n")[0] == 0
    assert case.read_bytes()[4096:8192] != before[4096:8192]  # pages re-encrypted
    assert run("check", str(case), "--as", DEPUTY, stdin=DEPUTY_PASS + "\n")[0] == 0


def test_backup_writes_a_checked_copy_with_its_keys_and_restore_brings_it_back(
    run: Run, case: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run("backup", str(case), str(usb), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 0, err
    written = Path(out.strip())
    assert written.parent == usb and written.exists()
    assert all(h.exists() for h in header_paths(written))
    assert written.read_bytes()[:16] != b"SQLite format 3\x00"
    case.unlink()
    code, _, err = run("restore", str(written), str(case), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 0, err
    assert run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")[0] == 0


def test_backup_to_a_missing_folder_is_a_usage_error(run: Run, case: Path, tmp_path: Path) -> None:
    code, _, err = run(
        "backup", str(case), str(tmp_path / "nowhere"), "--as", DSL, stdin=DSL_PASS + "\n"
    )
    assert code == 2 and "no folder" in err


def test_demo_export_import_round_trip_through_the_command_line(run: Run, tmp_path: Path) -> None:
    import json

    from ypsi_desktop.services.export import records_of

    demo = tmp_path / "training.ypsi"
    code, out, err = run(
        "demo", str(demo), "--incidents", "12", "--seed", "7", stdin=DSL_PASS + "\n"
    )
    assert code == 0, err
    assert "TRAINING" in err and len(out.strip().split("-")) == 8
    first = tmp_path / "first.json"
    code, _, err = run("export", str(demo), "--out", str(first), stdin=DSL_PASS + "\n")
    assert code == 0, err
    assert "NOT encrypted" in err
    copy = tmp_path / "copy.ypsi"
    code, _, err = run(
        "import", str(copy), "--in", str(first), "--user", "Demo DSL", stdin=DSL_PASS + "\n"
    )
    assert code == 0, err
    second = tmp_path / "second.json"
    assert run("export", str(copy), "--out", str(second), stdin=DSL_PASS + "\n")[0] == 0
    original = json.loads(first.read_text(encoding="utf-8"))
    again = json.loads(second.read_text(encoding="utf-8"))
    assert records_of(again) == records_of(original)
    assert len(original["incidents"]) == 12


def test_backup_then_restore_gives_the_same_records(run: Run, tmp_path: Path) -> None:
    import json

    from ypsi_desktop.services.export import records_of

    demo = tmp_path / "training.ypsi"
    assert run("demo", str(demo), "--incidents", "5", stdin=DSL_PASS + "\n")[0] == 0
    before = tmp_path / "before.json"
    assert run("export", str(demo), "--out", str(before), stdin=DSL_PASS + "\n")[0] == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run("backup", str(demo), str(usb), stdin=DSL_PASS + "\n")
    assert code == 0
    demo.unlink()
    code, _, err = run("restore", out.strip(), str(demo), "--as", "Demo DSL", stdin=DSL_PASS + "\n")
    assert code == 0, err
    after = tmp_path / "after.json"
    assert run("export", str(demo), "--out", str(after), stdin=DSL_PASS + "\n")[0] == 0
    assert records_of(json.loads(after.read_text(encoding="utf-8"))) == records_of(
        json.loads(before.read_text(encoding="utf-8"))
    )


def test_a_broken_import_leaves_no_file_behind(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    target = tmp_path / "new.ypsi"
    code, _, err = run(
        "import", str(target), "--in", str(bad), "--user", DSL, stdin=DSL_PASS + "\n"
    )
    assert code == 2 and err.strip()
    assert not target.exists() and not any(h.exists() for h in header_paths(target))


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "there is no such file"),
        (b"%PDF-1.4 a renamed PDF", "is not a YPSI Desktop export"),
        (b"\xff\xfe not text", "is not a YPSI Desktop export"),
        (b"[" * 5000 + b"]" * 5000, "is not a YPSI Desktop export"),
        (b"[" * 900 + b"]" * 900, "cannot be imported"),
    ],
)
def test_an_import_that_is_not_an_export_is_named_in_words(
    run: Run, tmp_path: Path, content: bytes | None, words: str
) -> None:
    source = tmp_path / "export.json"
    if content is not None:
        source.write_bytes(content)
    target = tmp_path / "new.ypsi"
    code, _, err = run(
        "import", str(target), "--in", str(source), "--user", DSL, stdin=DSL_PASS + "\n"
    )
    assert code == 2 and words in err, err
    for developer_words in ("Errno", "Expecting value", "codec", "Recursion", "Traceback"):
        assert developer_words not in err
    assert not target.exists()


def test_an_export_the_history_could_not_record_is_not_left_on_the_disk(
    run: Run, case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ypsi_desktop.storage.audit import AuditAction
    from ypsi_desktop.storage.errors import WriteFailed

    real_audit = sessions.CaseFileSession.audit

    def audit(self: sessions.CaseFileSession, action: AuditAction, *args: object, **kw: object):  # type: ignore[no-untyped-def]
        if action is AuditAction.EXPORT:
            raise WriteFailed()  # the disk filled between the export and its audit entry
        return real_audit(self, action, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sessions.CaseFileSession, "audit", audit)
    out = tmp_path / "everything.json"
    code, _, err = run("export", str(case), "--as", DSL, "--out", str(out), stdin=DSL_PASS + "\n")
    assert code == 4 and "Traceback" not in err
    assert not out.exists(), "an unrecorded, unencrypted export must not remain"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.mkdir(), "That is a folder, not a case file"),
        (lambda p: p.write_bytes(b""), "is not a YPSI Desktop case file"),
        (lambda p: p.write_bytes(b"%PDF-1.4 a renamed PDF" * 200), "not a YPSI Desktop case"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(4080)), "ordinary, unprotected"),
        # Random whole pages may be a case file whose key files were lost: the backup advice.
        (lambda p: p.write_bytes(os.urandom(8192)), "key header for this case file is missing"),
    ],
)
def test_something_that_is_not_a_case_file_is_called_that(
    run: Run, tmp_path: Path, make: Callable[[Path], object], words: str
) -> None:
    target = tmp_path / "chosen.ypsi"
    make(target)
    code, _, err = run("check", str(target), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 3 and words in err, err


def test_passwd_refuses_the_same_passphrase_and_check_reports_a_repair(
    run: Run, case: Path
) -> None:
    def slots() -> object:  # signing in moves the anchor; the passphrase slots are what count
        return json.loads(header_paths(case)[0].read_bytes())["slots"]

    before = slots()
    code, _, err = run("passwd", str(case), "--as", DSL, stdin=f"{DSL_PASS}\n{DSL_PASS}\n")
    assert code == 2 and "same as the current one" in err
    assert slots() == before
    # One copy of the key files damaged: opening repairs it, and `check` says so.
    header_paths(case)[1].write_bytes(b"\x00damaged" * 20)
    code, out, err = run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 0, err
    assert "rewritten from the other copy" in out


def test_a_deputy_cannot_restore_a_backup_over_the_file(
    run: Run, case: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run("backup", str(case), str(usb), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 0
    before = case.read_bytes()
    code, _, err = run("restore", out.strip(), str(case), "--as", DEPUTY, stdin=DEPUTY_PASS + "\n")
    assert code == 5 and "restore" in err
    assert case.read_bytes() == before


def test_check_on_an_older_copy_reports_it_and_leaves_the_evidence(
    run: Run, case: Path, tmp_path: Path
) -> None:
    older = tmp_path / "older.ypsi"
    shutil.copy2(case, older)
    with sessions.unlock(case, user_name=DSL, passphrase=DSL_PASS) as session:
        session.audit(sessions.AuditAction.VIEW, "incident", 1)
    shutil.copy2(older, case)  # the old database back beside the newer key files
    for _ in range(2):  # checking must not write anything that hides the gap
        code, out, _ = run("check", str(case), "--as", DSL, stdin=DSL_PASS + "\n")
        assert code == 1, out
    code, _, err = run("backup", str(case), str(tmp_path), "--as", DSL, stdin=DSL_PASS + "\n")
    assert code == 3 and "older" in err
