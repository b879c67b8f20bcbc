"""`ypsi-desktop pdf` as a DSL would use it: the forms, the warning, exit codes, the record."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.paperwork_helpers import (
    DSL,
    PASSPHRASE,
    add_rich_incident,
    new_case,
    read_pdf,
)
from ypsi_desktop.cli.main import main
from ypsi_desktop.domain.case import Incident, UserRole
from ypsi_desktop.services.session import unlock
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.incident_repository import IncidentRepository

Run = Callable[..., tuple[int, str, str]]
READER, READER_PASS = "Robin Reader", "green-ladder-pond-73-vessel"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def call(*args: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, Incident]:
    folder = tmp_path / "school"
    folder.mkdir()
    with new_case(folder) as session:
        incident = add_rich_incident(session)
        add_user(session, READER, UserRole.READ_ONLY, READER_PASS)
        path = session.path
    return path, incident


def test_each_form_is_saved_with_a_warning_and_recorded(
    run: Run, case: tuple[Path, Incident], tmp_path: Path
) -> None:
    path, incident = case
    first, second, third = (c.person for c in incident.children())
    out = tmp_path / "out"
    out.mkdir()
    for form in ("mash", "police", "lado", "record"):
        target = out / f"{form}.pdf"
        code, stdout, err = run(
            "pdf",
            str(path),
            "--as",
            DSL,
            "--incident",
            incident.reference.lower(),
            "--form",
            form,
            "--out",
            str(target),
        )
        assert code == 0, err
        assert "NOT encrypted" in err and stdout == ""
        assert read_pdf(target.read_bytes()).pages
    mash = read_pdf((out / "mash.pdf").read_bytes()).text
    assert first.display_name in mash and second.display_name in mash
    assert third.display_name not in mash
    assert (
        "2 MASH referrals, one per child"
        in run(
            "pdf",
            str(path),
            "--as",
            DSL,
            "--incident",
            incident.reference,
            "--form",
            "mash",
            "--out",
            str(out / "again.pdf"),
        )[2]
    )

    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        DSL,
        "--incident",
        incident.reference,
        "--form",
        "mash",
        "--child",
        third.reference,
        "--out",
        str(out / "third.pdf"),
    )
    assert code == 0, err
    assert third.display_name in read_pdf((out / "third.pdf").read_bytes()).text

    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        DSL,
        "--form",
        "chronology",
        "--child",
        first.reference,
        "--out",
        str(out / "chronology.pdf"),
    )
    assert code == 0, err
    code, _, err = run(
        "pdf", str(path), "--as", DSL, "--form", "blank", "--out", str(out / "blank.pdf")
    )
    assert code == 0, err
    assert "Your name" in read_pdf((out / "blank.pdf").read_bytes()).text
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [
            "mash.pdf",
            "police.pdf",
            "lado.pdf",
            "record.pdf",
            "again.pdf",
            "third.pdf",
            "chronology.pdf",
            "blank.pdf",
        ]
    ), "nothing else written beside the PDFs"

    with unlock(path, user_name=DSL, passphrase=PASSPHRASE) as session:
        assert incident.id is not None
        saved = [
            e.body
            for e in IncidentRepository(session.conn).chronology(incident.id)
            if e.kind == "form_saved"
        ]
        assert f"LADO referral saved as an unencrypted PDF by {DSL}." in saved
        assert f"Incident record saved as an unencrypted PDF by {DSL}." in saved


def test_mistakes_and_refusals_get_one_calm_line_and_their_exit_code(
    run: Run, case: tuple[Path, Incident], tmp_path: Path
) -> None:
    path, incident = case
    out = tmp_path / "x.pdf"
    code, _, err = run("pdf", str(path), "--as", DSL, "--form", "record", "--out", str(out))
    assert code == 2 and "--incident" in err
    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        DSL,
        "--incident",
        "YP-1999-0001",
        "--form",
        "record",
        "--out",
        str(out),
    )
    assert code == 2 and "no incident YP-1999-0001" in err
    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        DSL,
        "--incident",
        incident.reference,
        "--form",
        "mash",
        "--child",
        "C-9999",
        "--out",
        str(out),
    )
    assert code == 2 and "no child C-9999" in err
    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        READER,
        "--incident",
        incident.reference,
        "--form",
        "police",
        "--out",
        str(out),
        stdin=READER_PASS + "\n",
    )
    assert code == 5 and "cannot print referral forms" in err
    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        READER,
        "--incident",
        incident.reference,
        "--form",
        "record",
        "--out",
        str(out),
        stdin=READER_PASS + "\n",
    )
    assert code == 0, err
    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        DSL,
        "--incident",
        incident.reference,
        "--form",
        "record",
        "--out",
        str(out),
    )
    assert code == 2 and "already exists" in err
    code, _, err = run(
        "pdf",
        str(path),
        "--as",
        DSL,
        "--incident",
        incident.reference,
        "--form",
        "record",
        "--out",
        str(tmp_path / "missing" / "x.pdf"),
    )
    assert code == 2 and "no folder" in err
    assert "Traceback" not in err
