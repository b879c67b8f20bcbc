"""Screenshot scenarios for the case list, its search and the due view.

Each builds a real widget on a TRAINING case file made in a temporary folder with the cheap
test key derivation and filled by services/demo.py with invented incidents, seen as on the
demo's reference date: `SCENARIOS` maps a name to the builder. The sessions stay open until
the process ends.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ypsi_desktop.gui.case_list_panel import CaseListPanel
from ypsi_desktop.gui.due_dialog import DueDialog
from ypsi_desktop.services.demo import build_demo
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.key_derivation import KdfParams

_TEMP: list[tempfile.TemporaryDirectory[str]] = []
_SESSIONS: list[CaseFileSession] = []
_TODAY = date(2026, 9, 1)  # the demo's reference date


def _demo_session() -> CaseFileSession:
    folder = tempfile.TemporaryDirectory(prefix="ypsi-shots-")
    _TEMP.append(folder)  # removed when the process ends
    session, _ = create(
        Path(folder.name) / "training.ypsi",
        user_name="Sam Taylor",
        passphrase="otter kettle 7 lantern gravel",
        setting_name="Oakfield Academy (training)",
        training=True,
        kdf=KdfParams.for_tests(),
    )
    build_demo(session, incidents=120, reference_date=_TODAY)
    _SESSIONS.append(session)
    return session


def _panel() -> CaseListPanel:
    panel = CaseListPanel(_demo_session().conn, today=_TODAY)
    panel.setWindowTitle("Incidents (training file)")
    panel.resize(1240, 700)
    panel.move(0, 0)
    return panel


def _case_list() -> QWidget:
    return _panel()


def _case_list_search() -> QWidget:
    panel = _panel()
    row = panel.model.row_at(0)
    name = row.children[0].split()[-1] if row.children else row.reference
    panel.ui.search_edit.setText(name)
    panel.run_search()
    return panel


def _due_dialog() -> QWidget:
    dialog = DueDialog(_demo_session(), today=_TODAY)
    dialog.resize(1000, 520)
    dialog.move(0, 0)
    return dialog


SCENARIOS: dict[str, Callable[[], QWidget]] = {
    "case_list": _case_list,
    "case_list_search": _case_list_search,
    "due_dialog": _due_dialog,
}
