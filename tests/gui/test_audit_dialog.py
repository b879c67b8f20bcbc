"""The DSL can read who did what to a record; nobody else can, whatever the buttons say."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.gui.audit_dialog import AuditDialog
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.audit_view import audit_lines
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage.audit import AuditAction
from ypsi_desktop.storage.key_derivation import KdfParams

DSL, DSL_PASS = "Alex Example", "blue-kettle-marsh-41-orbit"
DEPUTY, DEPUTY_PASS = "Sam Sample", "green-ladder-pond-73-vessel"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    session, _ = sessions.create(
        tmp_path / "case.ypsi", user_name=DSL, passphrase=DSL_PASS, kdf=KdfParams.for_tests()
    )
    with session:
        add_user(session, DEPUTY, UserRole.DEPUTY, DEPUTY_PASS)
    with sessions.unlock(tmp_path / "case.ypsi", user_name=DEPUTY, passphrase=DEPUTY_PASS) as s:
        s.audit(AuditAction.VIEW, "incident", 7, "incident opened")
        s.audit(AuditAction.PRINT, "incident", 7, "incident record printed")
    return tmp_path / "case.ypsi"


def test_the_dsl_sees_who_viewed_and_printed_a_record(qtbot: QtBot, path: Path) -> None:
    with sessions.unlock(path, user_name=DSL, passphrase=DSL_PASS) as session:
        dialog = AuditDialog(session)
        qtbot.addWidget(dialog)
        dialog.show_record("incident", 7)
        table = dialog.ui.audit_table
        rows = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        assert [(r[2], r[3]) for r in rows] == [(DEPUTY, "Printed"), (DEPUTY, "Viewed")]
        assert all(r[4] == "incident 7" and "/" in r[1] for r in rows)  # dd/mm/yyyy
        # Reading the log is itself recorded.
        assert any(
            line.action == "Viewed" and line.record.startswith("audit log")
            for line in audit_lines(session)
        )


def test_a_deputy_cannot_read_the_audit_log(path: Path) -> None:
    with sessions.unlock(path, user_name=DEPUTY, passphrase=DEPUTY_PASS) as session:
        with pytest.raises(NotAllowed):
            audit_lines(session)
