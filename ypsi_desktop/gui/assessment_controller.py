"""Connects the wizard dock to one incident in an open case file.

Starts the wizard from the record, saves each decision through the assessment service (a new
assessment every time, never an overwrite), shows the history, and reports refusals (a role
that may not assess, an answer the record could not keep) in the dock in plain words.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal

from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.gui.wizard_dock import WizardDock
from ypsi_desktop.services import assessment_service
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.drafts import discard_draft, load_draft, save_draft
from ypsi_desktop.storage.errors import CaseFileError

DRAFT_TYPE = "assessment"


class AssessmentController(QObject):
    saved = Signal(int)  # the new assessment's id

    def __init__(self, dock: WizardDock, session: CaseFileSession, incident_id: int) -> None:
        super().__init__(dock)
        self._dock = dock
        self._session = session
        self.incident_id = incident_id
        dock.completed.connect(self._save)
        closed, when = assessment_service.closed_on(session, incident_id)
        if closed:  # finished until reopened: its decisions are shown, no new run offered
            dock.show_closed(
                short_date(when) if when else None,
                assessment_service.history(session, incident_id),
            )
            return
        draft = load_draft(
            session.conn, user_id=session.user.id, record_type=DRAFT_TYPE, record_id=incident_id
        )
        resumed = json.loads(draft.content) if draft is not None else {}
        dock.start(
            assessment_service.start(
                session, incident_id, answers=resumed.get("answers"), step=resumed.get("step")
            )
        )
        dock.set_history(assessment_service.history(session, incident_id))

    def save_draft(self) -> None:
        """Keep the unsaved run inside the encrypted file, to resume after a lock or crash."""
        flow = self._dock.flow
        if flow is None:
            return
        content = json.dumps({"answers": flow.answers(), "step": flow.step.id})
        save_draft(
            self._session.conn,
            user_id=self._session.user.id,
            record_type=DRAFT_TYPE,
            record_id=self.incident_id,
            content=content,
        )

    def bring_up_to_date(self) -> None:
        """The incident was saved: the run under way takes in its new people and record."""
        flow = self._dock.flow
        if flow is None:  # closed, or nothing to bring up to date
            return
        try:
            changed = assessment_service.bring_up_to_date(self._session, self.incident_id, flow)
        except (NotAllowed, CaseFileError, LookupError, ValueError) as error:
            self._dock.show_error(str(error))
            return
        if changed:
            self._dock.show_changes()
            words = (
                "The classification now follows the changes saved to the incident and its "
                "people: check its suggestion again before recording a decision."
            )
            self._dock.show_saved(words)
            self._dock.notice.emit(words)

    def detach(self) -> None:
        self._dock.completed.disconnect(self._save)
        self._dock.clear()

    def _save(self, completed: CompletedAssessment) -> None:
        flow = self._dock.flow
        updates = flow.record_updates() if flow is not None else {}
        try:
            record, problems = assessment_service.save(
                self._session, self.incident_id, completed, updates
            )
        except (NotAllowed, CaseFileError, assessment_service.IncidentClosed) as error:
            self._dock.show_error(str(error))
            return
        try:  # the decision is saved; a stale draft must not make it look unsaved
            discard_draft(
                self._session.conn,
                user_id=self._session.user.id,
                record_type=DRAFT_TYPE,
                record_id=self.incident_id,
            )
        except CaseFileError:
            pass
        message = (
            f"Decision recorded: {label(record.category)}; {label(record.route)}. "
            "It is in the chronology."
        )
        if problems:
            message += " " + " ".join(problems)
        self._dock.show_saved(message)
        self._dock.set_history(assessment_service.history(self._session, self.incident_id))
        if record.id is not None:
            self.saved.emit(record.id)
