"""The main window: menus, toolbar, status bar, the file overview and the wizard dock.

It shows one signed-in session at a time (`attach`) and forgets everything on `detach`, which
the app controller calls when the app locks. Window titles never name a person.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ypsi_desktop import APP_NAME
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.gui.background import Background

# Loaded with the window (built while the passphrase is typed), not when the list first shows.
from ypsi_desktop.gui.case_list_panel import CaseListPanel
from ypsi_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.tones import adapt
from ypsi_desktop.gui.wizard_dock import WizardDock
from ypsi_desktop.services.incident_service import IncidentService
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError

if TYPE_CHECKING:
    from ypsi_desktop.gui.assessment_controller import AssessmentController
    from ypsi_desktop.gui.incident_form import IncidentForm
    from ypsi_desktop.gui.incident_workspace import IncidentWorkspace
    from ypsi_desktop.gui.paperwork_controller import PaperworkController

BACKUP_REMINDER_AFTER = timedelta(days=7)
KEPT_COPIES = (
    "{count} of this file {are} kept beside it (made before an update of the app, or replaced "
    "by a restore). They are encrypted, but they still hold the records as they were then, "
    "including any disposed of since. Once you have a checked backup, delete them."
)
_ROLE_WORDS = {
    UserRole.DSL: "designated safeguarding lead",
    UserRole.DEPUTY: "deputy DSL",
    UserRole.READ_ONLY: "read-only",
}


def _copies(count: int) -> str:
    return "1 older copy" if count == 1 else f"{count} older copies"


def _last_saved_words(session: CaseFileSession) -> str:
    """When anything in the file was last recorded or changed (from the audit log's tail)."""
    row = session.conn.execute(
        "SELECT at FROM audit_log WHERE action IN ('create', 'change', 'erase')"
        " ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return "Nothing recorded yet"
    try:
        moment = datetime.fromisoformat(str(row[0])).astimezone()
    except ValueError:
        return ""
    when = moment.strftime("%H:%M")
    if moment.date() != datetime.now().astimezone().date():
        when = f"{short_date(moment.date())} {when}"
    return f"Last saved {when}"


class MainWindow(QMainWindow):
    """Built from ui/main_window.ui; connections are made here, explicitly."""

    lock_requested = Signal()
    idle_time_requested = Signal()
    backup_verified = Signal(object)  # datetime (UTC) of the verified backup
    change_passphrase_requested = Signal()
    users_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.prompts = prompts or Prompts()
        self.background = background or Background()
        self.session: CaseFileSession | None = None
        self.last_backup: datetime | None = None
        self.assessment: AssessmentController | None = None
        self.form: IncidentForm | None = None
        self.workspace: IncidentWorkspace | None = None
        self._build_work_area()
        self._paperwork: PaperworkController | None = None  # built at the first print
        self.wizard_dock = WizardDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.wizard_dock)
        self.wizard_dock.guidance_requested.connect(self.show_guidance)
        self.wizard_dock.notice.connect(self.show_notice)
        self._add_view_actions()
        ui = self.ui
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self.show_about)
        ui.action_guidance.triggered.connect(self.show_guidance)
        ui.action_about_qt.triggered.connect(QApplication.aboutQt)
        ui.action_lock.triggered.connect(self.lock_requested)
        ui.action_backup.triggered.connect(self.back_up)
        ui.backup_button.clicked.connect(self.back_up)
        ui.action_check.triggered.connect(self.check_file)
        ui.check_button.clicked.connect(self.check_file)
        ui.remove_copies_button.clicked.connect(self.remove_kept_copies)
        ui.action_change_passphrase.triggered.connect(self.change_passphrase_requested)
        ui.action_users.triggered.connect(self.users_requested)
        ui.action_restore.triggered.connect(self.restore_requested)
        ui.action_audit.triggered.connect(self.show_audit)
        ui.action_idle_time.triggered.connect(self.idle_time_requested)
        ui.action_due.triggered.connect(self.show_due)
        ui.action_new_incident.triggered.connect(self.new_incident)
        ui.action_save_incident.triggered.connect(self.save_incident)
        ui.action_find.triggered.connect(self.focus_search)
        ui.action_overview.triggered.connect(self.show_overview)
        ui.action_print.triggered.connect(self.print_incident)
        ui.action_retention.triggered.connect(lambda: self._records_dialog("retention"))
        ui.action_transfer.triggered.connect(lambda: self._records_dialog("transfer"))
        ui.action_subject_access.triggered.connect(lambda: self._records_dialog("sar"))
        ui.action_governors_report.triggered.connect(lambda: self._records_dialog("report"))
        ui.action_bank_holidays.triggered.connect(lambda: self._records_dialog("holidays"))
        ui.action_setting_details.triggered.connect(lambda: self.paperwork.edit_setting_details())
        ui.action_blank_form.triggered.connect(lambda: self.paperwork.print_blank_form())
        self.signed_in_text = ""
        self.signed_in_label = QLabel()
        self.signed_in_label.setObjectName("signed_in_label")
        self.signed_in_label.setAccessibleName("Signed-in user")
        ui.status_bar.addPermanentWidget(self.signed_in_label)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")
        self.saved_label.setAccessibleName("Last saved")
        ui.status_bar.addPermanentWidget(self.saved_label)
        self.backup_status = QLabel()
        self.backup_status.setObjectName("backup_status")
        self.backup_status.setAccessibleName("Last checked backup")
        ui.status_bar.addPermanentWidget(self.backup_status)
        self.detach()
        adapt(self)

    @property
    def paperwork(self) -> PaperworkController:
        """Printing, built when first needed: ReportLab and the PDF renderer cost about 160 ms
        and 17 MB, which the list should not wait for."""
        if self._paperwork is None:
            from ypsi_desktop.gui.paperwork_controller import PaperworkController

            self._paperwork = PaperworkController(
                self, lambda: self.session, self.prompts, self.background
            )
        return self._paperwork

    def _build_work_area(self) -> None:
        """The case list on the left; on the right, the file overview or an incident."""
        ui = self.ui
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("work_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.list_holder = QStackedWidget()
        self.list_holder.setObjectName("list_holder")
        self.detail_stack = QStackedWidget()
        self.detail_stack.setObjectName("detail_stack")
        ui.page_stack.removeWidget(ui.overview_page)
        self.detail_stack.addWidget(ui.overview_page)
        # Built empty with the window (while the passphrase is typed); filled at sign-in.
        self.case_list = CaseListPanel()
        self.case_list.incident_activated.connect(self.open_incident)
        self.case_list.child_activated.connect(self.show_child_file)
        self.list_holder.addWidget(self.case_list)
        self.list_holder.setCurrentWidget(self.case_list)
        self.splitter.addWidget(self.list_holder)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 760])
        ui.page_stack.addWidget(self.splitter)

    def _add_view_actions(self) -> None:
        dock_toggle = self.wizard_dock.toggleViewAction()
        dock_toggle.setText("&Classification panel")
        dock_toggle.setStatusTip("Show or hide the classification panel")
        self.ui.menu_view.addAction(dock_toggle)
        status_toggle = self.ui.menu_view.addAction("&Status bar")
        status_toggle.setCheckable(True)
        status_toggle.setChecked(True)
        status_toggle.toggled.connect(self.ui.status_bar.setVisible)

    # --- the session -----------------------------------------------------------------------

    def attach(self, session: CaseFileSession, *, last_backup: datetime | None = None) -> None:
        self.session = session
        self.last_backup = last_backup
        role = session.user.role
        ui = self.ui
        self.setWindowTitle(f"{APP_NAME} — TRAINING DATA" if session.is_training else APP_NAME)
        ui.training_banner.setVisible(session.is_training)
        for action, permission in (
            (ui.action_backup, Permission.BACKUP),
            (ui.action_check, Permission.VIEW),
            (ui.action_users, Permission.MANAGE_USERS),
            (ui.action_restore, Permission.RESTORE),
            (ui.action_audit, Permission.MANAGE_USERS),
        ):
            action.setEnabled(allowed(role, permission))
        ui.backup_button.setEnabled(allowed(role, Permission.BACKUP))
        ui.action_change_passphrase.setEnabled(True)
        ui.action_idle_time.setEnabled(True)
        ui.action_due.setEnabled(allowed(role, Permission.VIEW))
        ui.action_new_incident.setEnabled(allowed(role, Permission.RECORD))
        ui.action_find.setEnabled(True)
        ui.action_overview.setEnabled(True)
        ui.action_setting_details.setEnabled(True)
        for action, permission in (
            (ui.action_retention, Permission.VIEW),
            (ui.action_transfer, Permission.RECORD),
            (ui.action_subject_access, Permission.EXPORT),
            (ui.action_governors_report, Permission.VIEW),
            (ui.action_bank_holidays, Permission.VIEW),
        ):
            action.setEnabled(allowed(role, permission))
        ui.action_blank_form.setEnabled(allowed(role, Permission.PRINT_RECORD))
        self._show_case_list(session)  # the incident form is built when first needed
        ui.action_lock.setEnabled(True)
        ui.page_stack.setCurrentWidget(self.splitter)
        self.detail_stack.setCurrentWidget(ui.overview_page)
        self.signed_in_text = f"Signed in as {session.user.name} ({_ROLE_WORDS[role]})"
        self.signed_in_label.setText(self.signed_in_text)
        self.saved_label.setText(_last_saved_words(session))
        ui.status_bar.clearMessage()
        self.refresh_overview()

    def open_assessment(self, incident_id: int) -> None:
        """Show the classification wizard for an incident (resuming its draft, if any)."""
        from ypsi_desktop.gui.assessment_controller import AssessmentController

        if self.session is None:
            return
        if self.assessment is not None:
            if self.assessment.incident_id == incident_id:
                self.wizard_dock.show()
                return
            self.assessment.save_draft()
            self.assessment.detach()
        self.assessment = AssessmentController(self.wizard_dock, self.session, incident_id)
        self.assessment.saved.connect(self._classification_saved)
        self.wizard_dock.show()

    # --- incidents --------------------------------------------------------------------------

    def _ensure_form(self) -> bool:
        """Build the incident form on first use (about 60 ms the list need not wait for)."""
        if self.form is None and self.session is not None:
            self._build_form(self.session)
        return self.form is not None

    def _build_form(self, session: CaseFileSession) -> None:
        from ypsi_desktop.gui.incident_form import IncidentForm
        from ypsi_desktop.gui.incident_workspace import IncidentWorkspace

        self.form = IncidentForm()
        self.form.setObjectName("incident_form")
        self.form.notice.connect(self.show_notice)
        self.detail_stack.addWidget(self.form)
        self.workspace = IncidentWorkspace(
            session, self.form, self.prompts, busy=lambda: self.background.busy
        )
        self.workspace.status.connect(self._workspace_status)
        self.workspace.saved.connect(self._incident_saved)
        self.workspace.status_changed.connect(self._incident_status_changed)
        self.workspace.classify_requested.connect(self.open_assessment)
        self.workspace.child_file_requested.connect(self.show_child_file)

    def open_incident(self, incident_id: int, *, resume: bool = False) -> bool:
        """Show an incident in the form, with its classification in the dock."""
        self._ensure_form()
        workspace = self.workspace
        if workspace is None or self.form is None:
            return False
        if workspace.incident_id == incident_id and self._showing_form():
            return True
        if self._showing_form() and not workspace.maybe_leave("open another incident"):
            return False
        if not workspace.open_incident(incident_id, resume=resume):
            return False
        self.detail_stack.setCurrentWidget(self.form)
        self.ui.action_save_incident.setEnabled(not self.form.read_only)
        self.ui.action_print.setEnabled(True)
        self.open_assessment(incident_id)
        return True

    def new_incident(self, *, resume: bool = False) -> None:
        self._ensure_form()
        workspace = self.workspace
        if workspace is None or self.form is None:
            return
        if self._showing_form() and not workspace.maybe_leave("start a new incident"):
            return
        if self.assessment is not None:
            self.assessment.save_draft()
            self.assessment.detach()
            self.assessment = None
        self.wizard_dock.clear(
            "Save the new incident first; its classification can then be worked through here."
        )
        if workspace.new_incident(resume=resume):
            self.detail_stack.setCurrentWidget(self.form)
            self.ui.action_save_incident.setEnabled(True)
            self.ui.action_print.setEnabled(False)  # until it is saved: nothing to print yet

    def save_incident(self) -> None:
        if self.workspace is not None and self._showing_form():
            self.workspace.save()

    def show_overview(self) -> None:
        if (
            self._showing_form()
            and self.workspace
            and not self.workspace.maybe_leave("go back to the overview")
        ):
            return
        self.detail_stack.setCurrentWidget(self.ui.overview_page)
        self.ui.action_save_incident.setEnabled(False)
        self.ui.action_print.setEnabled(False)
        self.refresh_overview()

    def _records_dialog(self, which: str, person_reference: str = "") -> None:
        """Records over their lifetime: retention, transfer, subject access, the report."""
        session = self.session
        if session is None:
            return
        # These windows can change records (a disposal rewrites names in other incidents):
        # the incident on screen is saved or set aside first, and read again afterwards.
        if self._showing_form() and self.workspace is not None:
            if not self.workspace.maybe_leave("open this window"):
                return
        dialog: QDialog
        if which == "retention":
            from ypsi_desktop.gui.retention_dialog import RetentionDialog

            dialog = RetentionDialog(self, session, self.prompts, background=self.background)
        elif which == "transfer":
            from ypsi_desktop.gui.transfer_dialog import TransferDialog

            dialog = TransferDialog(
                self,
                session,
                self.prompts,
                background=self.background,
                person_reference=person_reference,
            )
        elif which == "sar":
            from ypsi_desktop.gui.sar_dialog import SarDialog

            dialog = SarDialog(self, session, self.prompts, background=self.background)
        elif which == "holidays":
            from ypsi_desktop.gui.bank_holidays_dialog import BankHolidaysDialog

            dialog = BankHolidaysDialog(session, self.prompts, self)
        else:
            from ypsi_desktop.gui.governors_report_dialog import GovernorsReportDialog

            dialog = GovernorsReportDialog(self, session, self.prompts, background=self.background)
        dialog.exec()
        if self.session is None:
            return  # locked meanwhile
        self.refresh_overview()
        if self.case_list is not None:
            self.case_list.refresh()
        workspace = self.workspace
        if self._showing_form() and workspace is not None and workspace.incident_id:
            if not workspace.open_incident(workspace.incident_id):
                self.show_overview()  # it is no longer there (disposed of)

    def print_incident(self) -> None:
        """Print (Ctrl+P): the forms for the incident on screen, as saved."""
        workspace = self.workspace
        if workspace is None or not self._showing_form() or workspace.incident_id is None:
            return
        if self.form is not None and self.form.dirty and not workspace.maybe_leave("print it"):
            return
        incident_id = workspace.incident_id
        if incident_id is not None:
            self.paperwork.print_incident(incident_id)

    def focus_search(self) -> None:
        if self.case_list is not None:
            self.case_list.ui.search_edit.setFocus()
            self.case_list.ui.search_edit.selectAll()

    def show_child_file(self, person_id: int) -> None:
        from ypsi_desktop.gui.child_file_dialog import ChildFileDialog

        if self.session is None:
            return
        dialog = ChildFileDialog(
            self.session,
            person_id,
            self,
            prompts=self.prompts,
            print_chronology=lambda person: self.paperwork.print_child_chronology(person),
            send_file=lambda reference: self._records_dialog("transfer", reference),
        )
        dialog.incident_activated.connect(dialog.accept)
        dialog.incident_activated.connect(self.open_incident)
        dialog.exec()

    def _showing_form(self) -> bool:
        return self.form is not None and self.detail_stack.currentWidget() is self.form

    def _workspace_status(self, text: str) -> None:
        self.ui.status_bar.showMessage(text, 10_000)
        if self.session is not None:
            self.saved_label.setText(_last_saved_words(self.session))

    def _incident_saved(self, incident_id: int) -> None:
        self.ui.action_print.setEnabled(True)
        if self.case_list is not None:
            if self.form is not None:
                self.case_list.remember_owner(self.form.incident.owner)
            self.case_list.incident_saved(incident_id)
        if self.assessment is None or self.assessment.incident_id != incident_id:
            self.open_assessment(incident_id)
        else:  # a run under way works from the facts just saved, never the old ones
            self.assessment.bring_up_to_date()

    def _incident_status_changed(self, incident_id: int) -> None:
        if self.case_list is not None:
            self.case_list.refresh()  # it may have left (or joined) the open incidents
        if self.assessment is not None and self.assessment.incident_id == incident_id:
            # Closed: the dock shows its decisions only; reopened: a new run is on offer
            # (the answers of one under way are kept as its draft).
            self.assessment.save_draft()
            self.assessment.detach()
            self.assessment = None
            self.open_assessment(incident_id)

    def _classification_saved(self, _assessment_id: int) -> None:
        if self.workspace is not None and self._showing_form():
            self.workspace.classification_saved()
        if self.case_list is not None:
            self.case_list.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting is a way out too: unsaved changes are offered for saving first."""
        if self.workspace is not None and self._showing_form():
            if not self.workspace.maybe_leave("quit"):
                event.ignore()
                return
        if self.assessment is not None:
            self.assessment.save_draft()
        event.accept()

    def _show_case_list(self, session: CaseFileSession) -> None:
        assert self.case_list is not None
        self.case_list.set_connection(session.conn)

    def show_due(self) -> None:
        from ypsi_desktop.gui.due_dialog import DueDialog

        if self.session is None:
            return
        dialog = DueDialog(self.session, self)
        dialog.incident_activated.connect(dialog.accept)
        dialog.incident_activated.connect(self.open_incident)
        dialog.person_activated.connect(dialog.accept)
        dialog.person_activated.connect(self.show_child_file)
        dialog.exec()

    def place(self) -> int | None:
        """Where the user is, to return there after a lock: an incident's id, 0 for a new
        incident not yet saved, None for the overview."""
        if self._showing_form() and self.workspace is not None:
            return self.workspace.incident_id or 0
        return None if self.assessment is None else self.assessment.incident_id

    def return_to(self, place: int) -> None:
        """Back where the user was before the lock, unsaved work and all."""
        if place == 0:
            self.new_incident(resume=True)
        else:
            self.open_incident(place, resume=True)

    def capture_editor(self) -> QWidget | None:
        """At a lock: hold what is typed in the incident's open editor window (a person, a
        referral, a follow-up, a chronology entry) for its draft; returns that window."""
        if self.workspace is not None and self._showing_form():
            return self.workspace.capture_editor()
        return None

    def save_drafts(self) -> bool:
        """Keep unsaved work as drafts before a lock; False if the incident's could not be."""
        kept = True
        if self.workspace is not None and self._showing_form():
            kept = self.workspace.leave_for_lock()
        if self.assessment is not None:
            self.assessment.save_draft()
        return kept

    def detach(self) -> None:
        """Forget the session and everything shown from it (used on lock)."""
        self.session = None
        ui = self.ui
        if self._paperwork is not None:
            self._paperwork.close_all()  # no printed record stays on screen after a lock
        if self.assessment is not None:
            self.assessment.detach()
            self.assessment = None
        if self.case_list is not None:  # everything the list read or was typed into goes
            self.case_list.set_connection(None)
        if self.form is not None:  # the form and every value it showed go with it
            self.detail_stack.removeWidget(self.form)
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
            self.workspace = None
        self.detail_stack.setCurrentWidget(ui.overview_page)
        self.wizard_dock.clear()
        for label in (
            ui.overview_title,
            ui.overview_summary,
            ui.backup_status_label,
            ui.anchor_label,
            ui.kept_copies_label,
        ):
            label.clear()
        ui.kept_copies_label.hide()
        ui.remove_copies_button.hide()
        for action in (
            ui.action_backup,
            ui.action_restore,
            ui.action_check,
            ui.action_change_passphrase,
            ui.action_users,
            ui.action_audit,
            ui.action_idle_time,
            ui.action_due,
            ui.action_lock,
            ui.action_new_incident,
            ui.action_save_incident,
            ui.action_find,
            ui.action_overview,
            ui.action_print,
            ui.action_setting_details,
            ui.action_blank_form,
            ui.action_retention,
            ui.action_transfer,
            ui.action_subject_access,
            ui.action_governors_report,
            ui.action_bank_holidays,
        ):
            action.setEnabled(False)
        self.signed_in_text = ""
        self.signed_in_label.clear()
        self.saved_label.clear()
        ui.training_banner.hide()
        self.backup_status.clear()
        ui.page_stack.setCurrentWidget(ui.welcome_page)
        self.setWindowTitle(APP_NAME)
        ui.status_bar.showMessage("No case file open")

    def refresh_overview(self) -> None:
        session = self.session
        if session is None:
            return
        from ypsi_desktop.storage.chain import anchor, format_anchor
        from ypsi_desktop.storage.setting_repository import SettingRepository

        ui = self.ui
        name = SettingRepository(session.conn).details().name or "Your case file"
        ui.overview_title.setText(name)
        (total,) = session.conn.execute("SELECT count(*) FROM incidents").fetchone()
        (open_,) = session.conn.execute(  # an index seek each, not a read of every row
            "SELECT count(*) FROM incidents WHERE status = 'open'"
        ).fetchone()
        summary = (
            f"{total} incident{'s' if total != 1 else ''} recorded, {open_} open. "
            f"File: {session.path.name}."
        )
        waiting = IncidentService(session).drafts_waiting()
        if waiting:
            summary += (
                "\n\nUnsaved changes were kept from earlier for "
                + ", ".join(waiting)
                + ". Open it (New incident, for a new one) to bring them back."
            )
        ui.overview_summary.setText(summary)
        ui.backup_status_label.setText(self._backup_text())
        self.backup_status.setText(self._backup_short())
        self._show_kept_copies(session)
        seq, head = anchor(session.conn)
        ui.anchor_label.setText(
            f"Audit anchor: {format_anchor(seq, head)}. Printed forms carry it too: a later "
            "check can prove this file was not replaced by an older copy."
        )

    def _backup_short(self) -> str:
        """For the status bar: the date, and a plain warning when it is overdue."""
        if self.last_backup is None:
            return "No checked backup yet"
        when = short_date(self.last_backup.astimezone().date())
        overdue = datetime.now(UTC) - self.last_backup > BACKUP_REMINDER_AFTER
        return f"Last checked backup {when}" + (": over a week ago" if overdue else "")

    def _backup_text(self) -> str:
        if self.last_backup is None:
            return (
                "<b>No checked backup yet.</b> Back up to a USB stick you keep locked away, "
                "and do it every week."
            )
        when = short_date(self.last_backup.astimezone().date())
        if datetime.now(UTC) - self.last_backup > BACKUP_REMINDER_AFTER:
            return f"<b>Last checked backup {when}: more than a week ago.</b> Back up now."
        return f"Last checked backup: {when}."

    # --- looking after the file ------------------------------------------------------------

    def back_up(self) -> None:
        session = self.session
        if session is None:
            return
        folder = self.prompts.folder(self, "Back up the case file to…", Path.home())
        if folder is None:
            return
        from ypsi_desktop.services.maintenance import backup

        self.ui.status_bar.showMessage("Backing up and checking the copy…")
        self._busy(True)
        self.background.run(
            lambda: backup(session, folder),
            self._backup_done,
            lambda error: self._failed("The backup was not made", error),
        )

    def _busy(self, busy: bool) -> None:
        """While a job uses the case file in the background, nothing else may touch it: the
        connection is used by one thread at a time."""
        self.ui.central_widget.setEnabled(not busy)
        self.wizard_dock.setEnabled(not busy)
        self.ui.menu_file.setEnabled(not busy)
        self.ui.menu_incident.setEnabled(not busy)

    def _backup_done(self, result: object) -> None:
        self._busy(False)
        self.last_backup = datetime.now(UTC)
        self.backup_verified.emit(self.last_backup)
        path = getattr(result, "path", "")
        self.prompts.inform(
            self,
            "Backup made",
            f"The backup was written and checked:\n{path}\n\nIt is encrypted; keep the "
            "USB stick somewhere locked.",
        )
        self.refresh_overview()

    def check_file(self) -> None:
        session = self.session
        if session is None:
            return
        from ypsi_desktop.services.maintenance import check_file

        self.ui.status_bar.showMessage("Checking the case file…")
        self._busy(True)
        self.background.run(
            lambda: check_file(session),
            self._check_done,
            lambda error: self._failed("The check could not run", error),
        )

    def _show_kept_copies(self, session: CaseFileSession) -> None:
        # Listed straight from the folder: the maintenance service (restores, checks) is
        # loaded only when a DSL deletes them, not every time the overview is drawn.
        from ypsi_desktop.storage.kept_copies import kept_copies

        count = len(kept_copies(session.path))
        ui = self.ui
        ui.kept_copies_label.setVisible(count > 0)
        ui.remove_copies_button.setVisible(count > 0)
        ui.remove_copies_button.setEnabled(allowed(session.user.role, Permission.RESTORE))
        if count:
            ui.kept_copies_label.setText(
                KEPT_COPIES.format(count=_copies(count), are="is" if count == 1 else "are")
            )

    def remove_kept_copies(self) -> None:
        session = self.session
        if session is None:
            return
        from ypsi_desktop.services.maintenance import kept_copies, remove_kept_copies

        count = len(kept_copies(session))
        if not count or not self.prompts.confirm(
            self,
            "Delete older copies",
            f"Delete the {_copies(count)} kept beside the case file? Do this only once you have "
            "a checked backup of the file as it is now. The case file itself is not touched.",
            yes="Delete them",
        ):
            return
        try:
            removed = remove_kept_copies(session)
        except (NotAllowed, CaseFileError, OSError) as error:
            words = getattr(error, "strerror", None) or str(error)
            self.prompts.warn(self, "Delete older copies", f"Not all were deleted: {words}")
        else:
            self.ui.status_bar.showMessage(f"Deleted {_copies(removed)}.", 10_000)
        self.refresh_overview()

    def _check_done(self, result: object) -> None:
        self._busy(False)
        lines = "\n".join(getattr(getattr(result, "report", None), "lines", ()))
        text = f"{lines}\n\nCurrent anchor: {getattr(result, 'anchor', '')}"
        if getattr(result, "ok", False):
            self.prompts.inform(self, "Check file", text)
        else:
            self.prompts.warn(self, "Check file: problems found", text)
        self.refresh_overview()

    def _failed(self, what: str, error: BaseException) -> None:
        self._busy(False)
        self.ui.status_bar.clearMessage()
        self.prompts.warn(self, what, f"{what}. {error}")

    def show_audit(self) -> None:
        from ypsi_desktop.gui.audit_dialog import AuditDialog

        if self.session is not None:
            AuditDialog(self.session, self).exec()

    # --- small things ----------------------------------------------------------------------

    def show_notice(self, message: str) -> None:
        """One-line explanations (an image refused, pasted text cleaned) in the status bar."""
        self.ui.status_bar.showMessage(message, 10_000)

    def show_guidance(self) -> None:
        from ypsi_desktop.gui.guidance_dialog import GuidanceDialog

        GuidanceDialog(self).exec()

    def show_about(self) -> None:
        from ypsi_desktop.gui.about_dialog import AboutDialog  # rarely opened: keep it off startup

        AboutDialog(self).exec()
