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


_MOST_PEOPLE = (  # an open one, so the dock shows the wizard at work
    "SELECT ip.incident_id FROM incident_people ip JOIN incidents i ON i.id = ip.incident_id"
    " WHERE i.status = 'open' GROUP BY ip.incident_id"
    " ORDER BY count(*) DESC, ip.incident_id LIMIT 1"
)
_FIRST_CLOSED_DECIDED = (
    "SELECT i.id FROM incidents i JOIN assessments a ON a.incident_id = i.id"
    " WHERE i.status = 'closed' ORDER BY i.id LIMIT 1"
)


def _main_with_incident(tab: str = "people_tab", which: str = _MOST_PEOPLE) -> QWidget:
    """The main window as a DSL sees it: the list, an incident (by default the open one with
    the most people) on the section `tab`, and the classification dock for it."""
    from ypsi_desktop.gui.main_window import MainWindow
    from ypsi_desktop.gui.prompts import ScriptedPrompts

    session = _demo_session()
    window = MainWindow(prompts=ScriptedPrompts())
    window.attach(session)
    window.resize(1600, 900)
    window.move(0, 0)
    (incident_id,) = session.conn.execute(which).fetchone()
    window.open_incident(int(incident_id))
    window.open_assessment(int(incident_id))
    form = window.form
    assert form is not None
    form.ui.section_tabs.setCurrentWidget(getattr(form.ui, tab))
    return window


def _main_incident() -> QWidget:
    return _main_with_incident()


def _main_incident_chronology() -> QWidget:
    return _main_with_incident("chronology_tab")


def _main_incident_referrals() -> QWidget:
    return _main_with_incident("referrals_tab")


def _main_incident_closed() -> QWidget:
    """A closed incident: the form read-only, the dock listing its decisions only."""
    return _main_with_incident("outcome_tab", _FIRST_CLOSED_DECIDED)


def _bank_holidays() -> QWidget:
    from ypsi_desktop.domain.calendar import england_and_wales_bank_holidays
    from ypsi_desktop.gui.bank_holidays_dialog import BankHolidaysDialog
    from ypsi_desktop.gui.prompts import ScriptedPrompts
    from ypsi_desktop.services import bank_holidays

    session = _demo_session()
    bank_holidays.record(session, england_and_wales_bank_holidays(2026))
    dialog = BankHolidaysDialog(session, ScriptedPrompts(), today=date(2026, 11, 24))
    dialog.ui.date_edit.setText("30/11/2026")
    dialog.ui.note_edit.setText("St Andrew's Day (Scotland)")
    dialog.move(0, 0)
    return dialog


def _subject_access_extended() -> QWidget:
    """The subject access window with a request whose deadline was extended."""
    from ypsi_desktop.gui.prompts import ScriptedPrompts
    from ypsi_desktop.gui.sar_dialog import SarDialog
    from ypsi_desktop.services.lifetime import subject_access as sar

    session = _demo_session()
    (child,) = session.conn.execute(
        "SELECT id FROM people WHERE kind = 'child' AND placeholder = 0 ORDER BY id LIMIT 1"
    ).fetchone()
    received = date(2026, 8, 20)
    request = sar.record_request(
        session, int(child), received_on=received, requested_by="A parent", today=_TODAY
    )
    sar.extend_request(
        session, request, reason="Records held in three places", today=date(2026, 9, 1)
    )
    dialog = SarDialog(None, session, ScriptedPrompts(), today=_TODAY)
    dialog.ui.requests_table.selectRow(0)
    dialog.resize(1200, 760)
    dialog.move(0, 0)
    return dialog


def _incident_validation() -> QWidget:
    from ypsi_desktop.gui.main_window import MainWindow
    from ypsi_desktop.gui.prompts import ScriptedPrompts

    window = MainWindow(prompts=ScriptedPrompts())
    window.attach(_demo_session())
    window.resize(1600, 900)
    window.move(0, 0)
    window.new_incident()
    form = window.form
    assert form is not None
    form.ui.came_date_edit.setText("12/13/2026")
    form.ui.came_time_edit.setText("25:10")
    form.ui.reported_by_edit.setText("Head of Year 9 (training)")
    form.collect()
    return window


def _use_dark_palette() -> None:
    """The system's dark palette, as a DSL with dark mode on would have it."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#4a90d9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
    ):
        dark.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    app.setPalette(dark)


def _incident_dark() -> QWidget:
    _use_dark_palette()
    return _main_with_incident("imagery_tab")


def _bank_holidays_dark() -> QWidget:
    _use_dark_palette()
    dialog = _bank_holidays()
    dialog.ui.date_edit.setText("31/02/2026")  # a slip, to show the message in dark too
    dialog.add_typed()  # type: ignore[attr-defined]
    return dialog


SCENARIOS: dict[str, Callable[[], QWidget]] = {
    "main_incident": _main_incident,
    "main_incident_chronology": _main_incident_chronology,
    "main_incident_referrals": _main_incident_referrals,
    "main_incident_closed": _main_incident_closed,
    "bank_holidays": _bank_holidays,
    "bank_holidays_dark": _bank_holidays_dark,
    "subject_access_extended": _subject_access_extended,
    "incident_validation": _incident_validation,
    "incident_dark": _incident_dark,
    "case_list": _case_list,
    "case_list_search": _case_list_search,
    "due_dialog": _due_dialog,
}
