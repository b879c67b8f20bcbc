"""A child's file: their details, every incident they appear in, and one merged chronology.

What a DSL opens when a child's name comes up again. Read-only: details are changed from an
incident, and chronology entries are never changed. Text only, never an image. Activating an
incident (double-click, Enter, or Open incident) emits `incident_activated(incident_id)` for the
main window to open it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ypsi_desktop.domain.case import ChildPlan, IncidentStatus, Person, Role, SenStatus, Tri
from ypsi_desktop.domain.case_views import ChildFile
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.gui.forms.ui_child_file_dialog import Ui_ChildFileDialog
from ypsi_desktop.gui.person_dialog import PLAN_WORDS, SEN_WORDS, describe_roles
from ypsi_desktop.gui.person_dialog import match_words as _match_words
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.tones import tone
from ypsi_desktop.services.people_service import merge_candidates, merge_children, open_child_file
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.child_file import child_file
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.incident_repository import IncidentRepository

NOT_ASSESSED = "Not assessed yet"
STATUS_WORDS = {IncidentStatus.OPEN: "Open", IncidentStatus.CLOSED: "Closed"}


def tri_words(value: Tri) -> str:
    return "Not known yet" if value is None else "Yes" if value else "No"


def detail_rows(person: Person) -> list[tuple[str, str]]:
    """The child's record as (caption, value) pairs, blanks shown as "Not recorded"."""
    if person.date_of_birth is not None:
        born = short_date(person.date_of_birth)
    elif person.age_years is not None and person.age_recorded_on is not None:
        born = f"Not known (aged {person.age_years} on {short_date(person.age_recorded_on)})"
    else:
        born = ""
    rows = [
        ("Reference", person.reference),
        ("Known as", person.known_as),
        ("Date of birth", born),
        ("Year group", person.year_group),
        ("School", person.school or "This school"),
        ("Gender", person.gender),
        ("Ethnicity", person.ethnicity),
        ("First language", person.first_language),
        ("Interpreter needed", tri_words(person.interpreter_needed)),
        ("Address", person.address),
        ("UPN", person.upn),
        ("SEN or EHCP", SEN_WORDS[SenStatus(person.sen)]),
        ("Looked after", tri_words(person.looked_after)),
        ("CP or CIN plan", PLAN_WORDS[ChildPlan(person.plan)]),
        ("Other vulnerability", tri_words(person.vulnerable)),
        ("Vulnerability notes", person.vulnerability_notes),
        ("Allocated social worker", person.social_worker),
        ("Household", person.household),
        ("Parental responsibility", person.parental_responsibility),
        ("Other professionals", person.other_professionals),
        ("Agency involvement", tri_words(person.agency_involvement)),
        ("Agency details", person.agency_details),
    ]
    return [(caption, value or "Not recorded") for caption, value in rows]


class ChildFileDialog(QDialog):
    incident_activated = Signal(int)

    def __init__(
        self,
        session: CaseFileSession,
        person_id: int,
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
        print_chronology: Callable[[int], None] | None = None,
        send_file: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChildFileDialog()
        self.ui.setupUi(self)
        self._session = session
        self._person_id = person_id
        self._incident_ids: list[int] = []
        ui = self.ui
        for table, stretch in ((ui.incidents_table, 2), (ui.chronology_table, 3)):
            header = table.horizontalHeader()
            for column in range(table.columnCount()):
                mode = QHeaderView.ResizeMode.ResizeToContents
                header.setSectionResizeMode(column, mode)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        ui.chronology_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.details_view.setOpenExternalLinks(False)
        ui.incidents_table.activated.connect(self._activated)
        ui.incidents_table.itemSelectionChanged.connect(self._update_controls)
        ui.open_incident_button.clicked.connect(self.open_selected)
        self._prompts = prompts or Prompts()
        ui.merge_button.clicked.connect(self.merge_duplicate)
        ui.transfer_button.setVisible(send_file is not None)
        if send_file is not None:
            ui.transfer_button.setEnabled(allowed(session.user.role, Permission.EXPORT))
            ui.transfer_button.clicked.connect(
                lambda: send_file(child_file(self._session.conn, self._person_id).person.reference)
            )
        ui.print_chronology_button.setVisible(print_chronology is not None)
        if print_chronology is not None:
            ui.print_chronology_button.clicked.connect(lambda: print_chronology(self._person_id))
        ui.merge_button.setEnabled(allowed(session.user.role, Permission.RECORD))
        self._opened = False
        ui.button_box.rejected.connect(self.reject)
        self.refresh()
        ui.section_tabs.setCurrentWidget(ui.details_tab)

    # --- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the child's file again from the case file."""
        if self._opened:
            file = child_file(self._session.conn, self._person_id)
        else:  # the first look is audited (who viewed whose file)
            file = open_child_file(self._session, self._person_id)
            self._opened = True
        person = file.person
        self._person_id = person.id or self._person_id
        ui = self.ui
        self.setWindowTitle(f"Child's file {person.reference}")  # never a name in a title
        ui.heading_label.setText(f"{person.display_name} ({person.reference})")
        ui.summary_label.setText(self._summary(file))
        ui.details_view.setHtml(_details_html(person))
        self._fill_incidents(file)
        self._fill_chronology(file)
        tabs = ui.section_tabs
        tabs.setTabText(tabs.indexOf(ui.incidents_tab), f"Incidents ({len(file.incidents)})")
        tabs.setTabText(tabs.indexOf(ui.chronology_tab), f"Chronology ({len(file.chronology)})")
        self._update_controls()

    def open_selected(self) -> None:
        rows = self.ui.incidents_table.selectionModel().selectedRows()
        if rows:
            self.incident_activated.emit(self._incident_ids[rows[0].row()])

    def merge_duplicate(self) -> None:
        """Fold another record of this same child into this one, after a clear confirmation."""
        session, prompts = self._session, self._prompts
        person = child_file(session.conn, self._person_id).person
        candidates = merge_candidates(session, person)
        if not candidates:
            typed = prompts.text(
                self,
                "Merge a duplicate record",
                "No other record looks like this child. Type the other record's name or "
                "reference (for example C-0042):",
            )
            if typed is None:
                return
            candidates = merge_candidates(session, person, typed)
            if not candidates:
                prompts.inform(self, "Merge a duplicate record", "No other child record matches.")
                return
        options = tuple(_match_words(c) for c in candidates[:6])
        choice = prompts.choose(
            self,
            "Merge a duplicate record",
            f"Which record is also {person.display_name} ({person.reference})?",
            options,
        )
        if choice is None:
            return
        other = candidates[choice]
        if not prompts.confirm(
            self,
            "Merge a duplicate record",
            f"Merge {other.display_name} ({other.reference}) into {person.display_name} "
            f"({person.reference})?\n\nTheir incidents move to {person.reference}; details "
            f"missing here are filled from {other.reference}, never overwritten. "
            f"{other.reference} stays only as a pointer to this record. The merge is recorded "
            "in the audit log and cannot be undone from the app.",
            yes="Merge",
        ):
            return
        try:
            merge_children(session, keep_id=self._person_id, absorb_id=int(other.id or 0))
        except (NotAllowed, CaseFileError, LookupError, ValueError) as error:
            prompts.warn(self, "The records were not merged", str(error))
            return
        self.refresh()

    def incident_rows(self) -> list[tuple[str, ...]]:
        return _table_text(self.ui.incidents_table)

    def chronology_rows(self) -> list[tuple[str, ...]]:
        return _table_text(self.ui.chronology_table)

    def details_text(self) -> str:
        return self.ui.details_view.toPlainText()

    # --- filling ---------------------------------------------------------------------------

    def _summary(self, file: ChildFile) -> str:
        person = file.person
        parts = []
        if person.date_of_birth is not None:
            parts.append(f"Born {short_date(person.date_of_birth)}")
        if person.year_group:
            parts.append(person.year_group)
        count = len(file.incidents)
        parts.append(f"{count} incident" + ("" if count == 1 else "s") + " on file")
        if file.merged_references:
            parts.append("includes records merged from " + ", ".join(file.merged_references))
        return ". ".join(parts) + "."

    def _fill_incidents(self, file: ChildFile) -> None:
        table = self.ui.incidents_table
        repo = IncidentRepository(self._session.conn)
        self._incident_ids = [row.id for row in file.incidents]
        table.clearSelection()
        table.setRowCount(len(file.incidents))
        for r, row in enumerate(file.incidents):
            incident = repo.get(row.id)
            roles: frozenset[Role] = frozenset()
            if incident is not None:
                for link in incident.people:
                    if link.person.id == file.person.id:
                        roles = roles | link.roles
            when = short_date(row.came_to_light_at.date()) if row.came_to_light_at else "Not known"
            category = label(row.category) if row.category else NOT_ASSESSED
            values = (
                row.reference,
                when,
                describe_roles(roles).capitalize() or "Not recorded",
                category,
                STATUS_WORDS.get(IncidentStatus(row.status), str(row.status)),
            )
            _set_row(table, r, values)

    def _fill_chronology(self, file: ChildFile) -> None:
        table = self.ui.chronology_table
        references = {row.id: row.reference for row in file.incidents}
        entries = sorted(file.chronology, key=lambda e: (e.occurred_at, e.id or 0))
        table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            body = entry.body
            if entry.erased:
                body = "[This entry was erased; the record that it was erased is kept.]"
            elif entry.corrects_id is not None:
                body = f"Correction of an earlier entry: {body}"
            values = (
                short_date(entry.occurred_at.date()),
                references.get(entry.incident_id, ""),
                entry.author or "Not recorded",
                body,
            )
            _set_row(table, r, values)

    # --- events ----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        self.incident_activated.emit(self._incident_ids[index.row()])

    def _update_controls(self) -> None:
        has_selection = bool(self.ui.incidents_table.selectionModel().selectedRows())
        self.ui.open_incident_button.setEnabled(has_selection)


def _details_html(person: Person) -> str:
    """Escaped text in a two-column table: names and notes are never read as markup."""
    rows = "".join(
        f"<tr><td style='padding: 2px 12px 2px 0; color: {tone('quiet')};'>{escape(caption)}</td>"
        f"<td style='padding: 2px 0;'>{escape(value).replace(chr(10), '<br>')}</td></tr>"
        for caption, value in detail_rows(person)
    )
    return f"<table cellspacing='0'>{rows}</table>"


def _set_row(table: QTableWidget, row: int, values: tuple[str, ...]) -> None:
    for column, text in enumerate(values):
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, column, item)


def _table_text(table: QTableWidget) -> list[tuple[str, ...]]:
    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        return "" if item is None else item.text()

    return [tuple(text(r, c) for c in range(table.columnCount())) for r in range(table.rowCount())]
