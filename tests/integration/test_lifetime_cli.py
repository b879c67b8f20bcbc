"""The lifetime subcommands as a DSL would use them: transfer-out, transfer-in, sar, retention
and report, with their exit codes and one-line messages."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from lifetime_helpers import PASSPHRASE, build_scenario, new_session

from ypsi_desktop.cli.main import main
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.services import session as sessions

Run = Callable[..., tuple[int, str, str]]
TODAY = short_date(date.today())


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def call(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    sender = new_session(tmp_path, "sender.ypsi")
    build_scenario(sender)
    sender_path = sender.path
    sender.close()
    receiver = new_session(tmp_path, "receiver.ypsi", setting="Northfield College (fictional)")
    receiver_path = receiver.path
    receiver.close()
    return sender_path, receiver_path


def _people(path: Path) -> int:
    with sessions.unlock(path, user_name=None, passphrase=PASSPHRASE) as session:
        (count,) = session.conn.execute("SELECT count(*) FROM people").fetchone()
        return int(count)


def test_transfer_out_and_in(run: Run, files: tuple[Path, Path], tmp_path: Path) -> None:
    sender, receiver = files
    package = tmp_path / "quill.ypsitransfer"
    code, out, err = run(
        "transfer-out", str(sender), "--child", "C-0001", "--to", "Northfield College",
        "--method", "USB stick by hand; passphrase by phone", "--out", str(package),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err
    passphrase = out.strip()
    assert len(passphrase.split("-")) == 8 and "separately" in err and "fingerprint" in err
    code, out, err = run("transfer-out", str(sender), "--list", stdin=PASSPHRASE + "\n")
    assert code == 0 and "receipt due by" in out

    before = _people(receiver)
    code, _, err = run(
        "transfer-in", str(receiver), "--in", str(package),
        stdin=f"{PASSPHRASE}\n{'-'.join(['0' * 6] * 8)}\n",
    )  # fmt: skip
    assert code == 2 and "mistyped" in err and _people(receiver) == before
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.ypsitransfer"
    damaged.write_bytes(bytes(data))
    code, _, err = run(
        "transfer-in", str(receiver), "--in", str(damaged), stdin=f"{PASSPHRASE}\n{passphrase}\n"
    )
    assert code == 3 and "damaged or has been altered" in err and _people(receiver) == before
    assert "Traceback" not in err

    code, _, err = run(
        "transfer-in", str(receiver), "--in", str(package), stdin=f"{PASSPHRASE}\n{passphrase}\n"
    )
    assert code == 0, err
    assert "From: Testwood Academy (fictional)" in err and "Imported as C-0001" in err
    assert _people(receiver) > before

    code, _, err = run(
        "transfer-out", str(sender), "--receipt", "1", "--received-on", TODAY,
        "--received-by", "Ms Receiver", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err


def test_a_transfer_that_cannot_be_made_is_not_recorded(
    run: Run, files: tuple[Path, Path], tmp_path: Path
) -> None:
    sender, _ = files
    with sessions.unlock(sender, user_name=None, passphrase=PASSPHRASE) as session:
        (adult,) = session.conn.execute(
            "SELECT reference FROM people WHERE kind = 'adult' LIMIT 1"
        ).fetchone()
    # An adult's record is not a school transfer: refused before anything is written.
    package = tmp_path / "adult.ypsitransfer"
    code, out, err = run(
        "transfer-out", str(sender), "--child", adult, "--to", "Northfield College",
        "--method", "USB stick", "--out", str(package), stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 2 and "not a child's record" in err and not package.exists() and not out
    # A printed file that cannot be written leaves no transfer waiting for a receipt.
    code, _, err = run(
        "transfer-out", str(sender), "--child", "C-0001", "--to", "Northfield College",
        "--method", "by hand", "--pdf", str(tmp_path / "no such folder" / "x.pdf"),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 4 and "Traceback" not in err
    code, out, _ = run("transfer-out", str(sender), "--list", stdin=PASSPHRASE + "\n")
    assert code == 0 and "receipt due" not in out


def test_sar_records_lists_releases_and_writes_the_pdf(
    run: Run, files: tuple[Path, Path], tmp_path: Path
) -> None:
    sender, _ = files
    code, out, err = run(
        "sar", str(sender), "--person", "C-0001", "--received-on", TODAY,
        "--requested-by", "The young person", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err
    request = out.strip()
    code, out, err = run("sar", str(sender), "--request", request, stdin=PASSPHRASE + "\n")
    assert code == 0 and "withheld" in out and "Marisol Fakename" in out
    label = next(line.split("\t")[0] for line in out.splitlines() if "Marisol" in line)
    assert label.startswith("R")
    # A key the response never withheld is refused, not recorded as a release.
    code, _, err = run(
        "sar", str(sender), "--request", request, "--release", "person:9999",
        "--reason", "Consent given (test)", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 2 and "has no redaction called person:9999" in err
    # The label printed in the list (R3) is what a DSL types.
    code, _, err = run(
        "sar", str(sender), "--request", request, "--release", label,
        "--reason", "Consent given (test)", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run("sar", str(sender), "--request", request, stdin=PASSPHRASE + "\n")
    assert "released" in next(line for line in out.splitlines() if "Marisol" in line)
    pdf = tmp_path / "response.pdf"
    code, _, err = run(
        "sar", str(sender), "--request", request, "--pdf", str(pdf), stdin=PASSPHRASE + "\n"
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and "NOT encrypted" in err


def test_retention_hold_dispose_and_check(run: Run, files: tuple[Path, Path]) -> None:
    sender, _ = files
    code, out, err = run("retention", str(sender), "--all", stdin=PASSPHRASE + "\n")
    assert code == 0 and "C-0001" in out and "Date of birth 02/02/2011 + 25 years" in out
    code, _, err = run(
        "retention", str(sender), "--hold", "YP-2026-0001", "--reason", "Inquiry (test)",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err
    dispose = (
        "retention", str(sender), "--dispose", "C-0001", "--confirm", "C-0001", "--early",
        "--reason", "Record made in error (test)",
    )  # fmt: skip
    code, _, err = run(*dispose, stdin=PASSPHRASE + "\n")
    assert code == 2 and "legal hold" in err
    code, _, err = run(
        "retention", str(sender), "--lift", "1", "--reason", "Inquiry over (test)",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run("retention", str(sender), "--dispose", "C-0001", stdin=PASSPHRASE + "\n")
    assert code == 2 and "--confirm" in err
    code, _, err = run(*dispose, stdin=PASSPHRASE + "\n")
    assert code == 0 and "C-0001 disposed of" in err, err
    code, out, err = run("check", str(sender), stdin=PASSPHRASE + "\n")
    assert code == 0, out + err


def test_report_prints_suppressed_tables_and_a_pdf(
    run: Run, files: tuple[Path, Path], tmp_path: Path
) -> None:
    sender, _ = files
    pdf = tmp_path / "governors.pdf"
    code, out, err = run(
        "report", str(sender), "--from", "2025/26", "--to", "2025/26", "--pdf", str(pdf),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert "# Summary by school year" in out and "<5" in out and "Quillon" not in out
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run("report", str(sender), "--from", "last year", stdin=PASSPHRASE + "\n")
    assert code == 2 and "2025/26" in err


def test_restoring_an_older_backup_warns_and_dispose_again_finishes_it(
    run: Run, files: tuple[Path, Path], tmp_path: Path
) -> None:
    sender, _ = files
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run("backup", str(sender), str(usb), stdin=PASSPHRASE + "\n")
    assert code == 0, err
    backup = out.strip()
    code, _, err = run(
        "retention", str(sender), "--dispose", "C-0001", "--confirm", "C-0001", "--early",
        "--reason", "Record made in error (test)", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        "restore", backup, str(sender), "--as", "Lead Testperson", stdin=PASSPHRASE + "\n"
    )
    assert code == 0 and "came back with it: C-0001" in err, err
    code, _, err = run("retention", str(sender), stdin=PASSPHRASE + "\n")
    assert code == 0 and "--dispose-again" in err
    code, _, err = run("retention", str(sender), "--dispose-again", stdin=PASSPHRASE + "\n")
    assert code == 0 and "C-0001 disposed of again" in err, err
