"""Working on one incident: opening, saving, drafts, the people and referral editors, the
chronology, closing, and the guard that nothing typed is lost.

The form (incident_form.py) shows and checks; this controller does everything that touches the
case file, through `IncidentService`, so the roles are checked and every change is audited and
chronicled there. Unsaved work is autosaved as an encrypted draft a moment after each change,
kept when the app locks, and offered back when the incident (or a new one) is next opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from ypsi_desktop.domain.case import (
    ChronologyEntry,
    Incident,
    IncidentPerson,
    IncidentStatus,
    PersonKind,
)
from ypsi_desktop.domain.closing import CannotClose
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.gui import editor_state
from ypsi_desktop.gui.incident_form import IncidentForm, field_value, set_field
from ypsi_desktop.gui.plain_text import plain_tip
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.record_dialogs import ChronologyEntryDialog, FollowUpDialog, ReferralDialog
from ypsi_desktop.services.incident_service import (
    DraftUnreadable,
    IncidentMissing,
    IncidentService,
)
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError

if TYPE_CHECKING:
    from ypsi_desktop.gui.person_dialog import PersonDialog

DRAFT_DELAY_MS = 1500  # autosave this long after the last change
_Fields = dict[str, editor_state.FieldValue]
# Failures a DSL can meet, each with a message written for them: a record changed or merged
# meanwhile (LookupError), a role, the file, or a refusal in words (ValueError).
_EXPECTED = (NotAllowed, CaseFileError, IncidentMissing, LookupError, ValueError)


def _stored_when(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text).astimezone()
    except ValueError:
        return "earlier"
    return f"{short_date(moment.date())} at {moment.strftime('%H:%M')}"


class IncidentWorkspace(QObject):
    saved = Signal(int)  # incident id: its row in the list is read again
    status_changed = Signal(int)  # closed or reopened: the whole list is read again
    status = Signal(str)  # a line for the status bar
    classify_requested = Signal(int)
    child_file_requested = Signal(int)  # person id

    def __init__(
        self,
        session: CaseFileSession,
        form: IncidentForm,
        prompts: Prompts,
        *,
        today: date | None = None,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(form)
        self._busy = busy  # a background job has the case file: nothing else may use it
        self.session = session
        self.service = IncidentService(session)
        self.form = form
        self.prompts = prompts
        self._today = today
        self._chronology: list[ChronologyEntry] = []
        self._editor: tuple[str, int | str | None, QDialog] | None = None  # open now
        self._held_editor: dict[str, Any] | None = None  # read at a lock, for its draft
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        form.today = self.today
        ui = form.ui
        form.changed.connect(self._changed)
        ui.save_button.clicked.connect(self.save)
        ui.classify_button.clicked.connect(self.classify)
        ui.close_incident_button.clicked.connect(self.close_or_reopen)
        ui.add_child_button.clicked.connect(lambda: self.add_person(PersonKind.CHILD))
        ui.add_adult_button.clicked.connect(lambda: self.add_person(PersonKind.ADULT))
        ui.edit_person_button.clicked.connect(lambda: self.edit_person())
        ui.people_table.activated.connect(lambda _: self.edit_person())
        ui.remove_person_button.clicked.connect(self.remove_person)
        ui.child_file_button.clicked.connect(self.open_child_file)
        ui.add_referral_button.clicked.connect(lambda: self.edit_referral(None))
        ui.edit_referral_button.clicked.connect(
            lambda: self.edit_referral(ui.referrals_table.currentRow())
        )
        ui.referrals_table.activated.connect(lambda i: self.edit_referral(i.row()))
        ui.remove_referral_button.clicked.connect(self.remove_referral)
        ui.add_follow_up_button.clicked.connect(lambda: self.edit_follow_up(None))
        ui.edit_follow_up_button.clicked.connect(
            lambda: self.edit_follow_up(ui.follow_ups_table.currentRow())
        )
        ui.follow_ups_table.activated.connect(lambda i: self.edit_follow_up(i.row()))
        ui.add_entry_button.clicked.connect(lambda: self.add_entry(None))
        ui.correct_entry_button.clicked.connect(self.correct_entry)
        form.set_read_only(not self._may(Permission.RECORD))
        ui.section_tabs.currentChanged.connect(self._tab_shown)

    def today(self) -> date:
        return self._today or date.today()

    def _may(self, permission: Permission) -> bool:
        return allowed(self.session.user.role, permission)

    @property
    def incident_id(self) -> int | None:
        return self.form.incident.id

    # --- opening ---------------------------------------------------------------------------

    def new_incident(self, *, resume: bool = False) -> bool:
        if not self._may(Permission.RECORD):
            error = NotAllowed(self.session.user.role, Permission.RECORD)
            self.prompts.warn(self.form, "New incident", str(error))
            return False
        incident = Incident(owner=self.session.user.name)
        incident.came_to_light_at = None
        self.form.load(incident)
        self._offer_draft(None, resume=resume)
        self._show_chronology()
        self._show_closing()
        self.form.ui.section_tabs.setCurrentIndex(0)
        self.form.ui.came_date_edit.setFocus()
        return True

    def open_incident(self, incident_id: int, *, resume: bool = False) -> bool:
        """Show the stored incident; a draft of it is offered back (after a lock, `resume`
        takes it back without asking: the user is returning to what they were doing)."""
        try:
            incident = self.service.open(incident_id)
        except _EXPECTED as error:
            self.prompts.warn(self.form, "The incident could not be opened", str(error))
            return False
        self.form.load(incident)
        self._offer_draft(incident_id, resume=resume)
        self._show_chronology()
        self._show_closing()
        return True

    def _offer_draft(self, incident_id: int | None, *, resume: bool = False) -> None:
        if not self._may(Permission.RECORD):
            return
        try:
            draft = self.service.draft(incident_id)
        except DraftUnreadable as error:
            self.prompts.warn(
                self.form,
                "Unsaved changes could not be restored",
                f"{error} It has been removed; what was saved before is shown.",
            )
            self.service.discard_draft(incident_id)
            return
        if draft is None:
            return
        what = "a new incident" if incident_id is None else "this incident"
        if not draft.form_changed and draft.editor is not None:
            # Only a window's typing was waiting (the form itself was saved): open it again.
            self.service.discard_draft(incident_id)
            if resume or self.prompts.confirm(
                self.form,
                "Unsaved typing found",
                f"A window in {what} was open with typing in it from "
                f"{_stored_when(draft.saved_at)} (the app was locked or stopped). Open it "
                "again as it was?",
                yes="Open it again",
            ):
                self._reopen_editor_soon(draft.editor)
            return
        if resume or self.prompts.confirm(
            self.form,
            "Unsaved changes found",
            f"You have changes to {what} from {_stored_when(draft.saved_at)} that were not "
            "saved (the app was closed, locked or stopped). Bring them back? They are not "
            "saved until you choose Save.",
            yes="Bring them back",
        ):
            self.form.load(replace_reference(draft.incident, self.form.incident), draft.typed)
            self.form.dirty = True
            self.form.show_message(
                "Your unsaved changes are back as you left them. They are not saved yet."
                if resume
                else "Unsaved changes brought back. Check them, then save."
            )
            if draft.editor is not None:
                self._reopen_editor_soon(draft.editor)
        else:
            self.service.discard_draft(incident_id)

    # --- saving ----------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._may(Permission.RECORD):
            self._draft_timer.start()
        if self.form.ui.section_tabs.currentWidget() is self.form.ui.outcome_tab:
            self._show_closing()  # elsewhere it waits until the outcome tab is shown

    def keep_draft(self) -> None:
        """Autosave the unsaved form into the encrypted file (never a side file)."""
        self._draft_timer.stop()
        if not self.form.dirty or not self._may(Permission.RECORD):
            return
        if self._busy():  # the connection is one thread's at a time: try again shortly
            self._draft_timer.start()
            return
        try:
            self.service.keep_draft(self.form.current(), self.form.typed())
        except CaseFileError as error:
            self.status.emit(f"Unsaved changes could not be kept as a draft: {error}")

    def save(self) -> bool:
        """Check and save everything in the form; True when it is saved."""
        form = self.form
        incident = form.collect()
        if incident is None:
            self.keep_draft()
            return False
        try:
            saved = self.service.save(incident)
        except LookupError:
            form.people = self.service.current_people(form.people)
            form.mark_changed()
            self.keep_draft()
            self.prompts.warn(
                form,
                "The incident was not saved",
                "Someone in this incident was merged into another record, or disposed of, "
                "since it was opened. The People section now shows the records as they are; "
                "check them, then save again. Nothing you typed was lost.",
            )
            return False
        except _EXPECTED as error:
            self.keep_draft()
            self.prompts.warn(form, "The incident was not saved", f"{error}")
            return False
        self._draft_timer.stop()
        assert saved.id is not None
        form.mark_saved(saved)  # ids and references were written back into it by the save
        self._refresh_visible()
        now = datetime.now().strftime("%H:%M")
        self.status.emit(f"{saved.reference} saved at {now}")
        self.saved.emit(saved.id)
        return True

    def maybe_leave(self, doing: str = "leave this incident") -> bool:
        """The unsaved-changes guard on every way out: True when it is fine to go on."""
        if not self.form.dirty:
            return True
        choice = self.prompts.choose(
            self.form,
            "Unsaved changes",
            f"This incident has changes that are not saved. Save them before you {doing}?",
            ("Save", "Discard changes"),
        )
        if choice is None:
            return False
        if choice == 0:
            return self.save()
        self.service.discard_draft(self.incident_id)
        self.form.dirty = False
        return True

    def leave_for_lock(self) -> bool:
        """Locking: keep any unsaved work as a draft, ask nothing, including what is typed in
        an editor window still open (see capture_editor). False when there was unsaved work
        and it could not be kept (the disk full or not writable)."""
        editor = self._held_editor or self._captured()
        self._held_editor = None
        if (not self.form.dirty and editor is None) or not self._may(Permission.RECORD):
            return True
        self._draft_timer.stop()
        try:
            self.service.keep_draft(
                self.form.current(), self.form.typed(), editor, form_changed=self.form.dirty
            )
        except CaseFileError:
            return False
        return True

    # --- editor windows ---------------------------------------------------------------------

    def capture_editor(self) -> QWidget | None:
        """Read what is typed in the editor window open now (if any) and hold it for the
        lock's draft; returns that window, which the lock may then close without loss."""
        held = self._captured()
        if held is None or self._editor is None:
            return None
        self._held_editor = held
        return self._editor[2]

    def _captured(self) -> dict[str, Any] | None:
        if self._editor is None:
            return None
        kind, target, dialog = self._editor
        return {
            "kind": kind,
            "target": target,
            "key": self._record_key(kind, target),
            "fields": editor_state.capture(dialog),
        }

    def _record_key(self, kind: str, row: object) -> int | str | None:
        """What the edited row is, beyond its position: its record's id, or (not saved yet)
        the words its row shows. Checked before typing is put back into a reopened editor,
        so it never lands on a different person, referral or action."""
        form = self.form
        if not isinstance(row, int):
            return None
        if kind == "edit_person" and 0 <= row < len(form.people):
            person = form.people[row].person
            return person.id if person.id is not None else person.display_name
        if kind == "referral" and 0 <= row < len(form.referrals):
            referral = form.referrals[row]
            return referral.id if referral.id is not None else f"{referral.agency.value}"
        if kind == "follow_up" and 0 <= row < len(form.follow_ups):
            follow_up = form.follow_ups[row]
            return follow_up.id if follow_up.id is not None else follow_up.description
        return None

    def _run_editor(
        self,
        kind: str,
        target: int | str | None,
        dialog: QDialog,
        fields: dict[str, editor_state.FieldValue] | None,
    ) -> bool:
        """Show an editor window until it is closed; True when its OK was chosen. `fields`
        (from a draft) are put back into it first."""
        if fields:
            editor_state.restore(dialog, fields)
        self._editor = (kind, target, dialog)
        try:
            return bool(dialog.exec())
        finally:
            self._editor = None

    def _reopen_editor_soon(self, editor: dict[str, Any]) -> None:
        """Once the window is showing again, reopen the editor that was open at the lock."""
        QTimer.singleShot(0, lambda: self._reopen_editor(editor))

    def _reopen_editor(self, editor: dict[str, Any]) -> None:
        if self._editor is not None:
            return
        kind, target, fields = editor["kind"], editor["target"], editor["fields"]
        if not self._reopen_kept(kind, target, editor.get("key"), fields):
            self.prompts.warn(
                self.form,
                "A window could not be opened again",
                "A window you had open before the app locked could not be opened again with "
                "what you had typed: the record it was for has changed since (closed, merged, "
                "removed or edited by someone else). Check the incident and type it again.",
            )

    def _reopen_kept(self, kind: str, target: object, key: object, fields: _Fields) -> bool:
        """Open the kept editor again; False when it no longer fits the record."""
        saved = self.incident_id is not None and self._may(Permission.RECORD)
        if kind == "chronology":  # notes may be added even once an incident is closed
            if not saved:
                return False
            if target is None:
                self.add_entry(None, fields=fields)
                return True
            entry = next((e for e in self._chronology if e.id == target), None)
            if entry is not None:
                self.add_entry(entry, fields=fields)
            return entry is not None
        if self.form.read_only:
            return False
        if kind == "add_person" and target in {k.value for k in PersonKind}:
            self.add_person(PersonKind(str(target)), fields=fields)
            return True
        if kind in ("referral", "follow_up") and target is None:
            edit = self.edit_referral if kind == "referral" else self.edit_follow_up
            edit(None, fields=fields)
            return True
        if kind not in ("edit_person", "referral", "follow_up") or not isinstance(target, int):
            return False
        row = self._row_for(kind, target, key)
        if row is None:
            return False
        if kind == "edit_person":
            self.edit_person(row, fields=fields)
        elif kind == "referral":
            self.edit_referral(row, fields=fields)
        else:
            self.edit_follow_up(row, fields=fields)
        return True

    def _row_for(self, kind: str, row: int, key: object) -> int | None:
        """The row now holding the record the editor was for (by id, else by its words)."""
        form = self.form
        count = {"edit_person": len(form.people), "referral": len(form.referrals)}.get(
            kind, len(form.follow_ups)
        )
        keys = [self._record_key(kind, n) for n in range(count)]
        if isinstance(key, int) and not isinstance(key, bool):
            return keys.index(key) if key in keys else None
        return row if 0 <= row < len(keys) and keys[row] == key and key is not None else None

    # --- people ----------------------------------------------------------------------------

    def _person_dialog(self, **kwargs: object) -> PersonDialog:
        from ypsi_desktop.gui.person_dialog import PersonDialog

        return PersonDialog(
            self.session,
            self.prompts,
            incident_date=self.form.incident_date(),
            today=self.today(),
            parent=self.form,
            **kwargs,  # type: ignore[arg-type]
        )

    def add_person(self, kind: PersonKind, *, fields: _Fields | None = None) -> None:
        dialog = self._person_dialog(kind=kind)
        if not self._run_editor("add_person", kind.value, dialog, fields):
            return
        link: IncidentPerson = dialog.result()
        if link.person.id is not None and any(
            p.person.id == link.person.id for p in self.form.people
        ):
            self.prompts.inform(
                self.form,
                "Already in this incident",
                f"{link.person.display_name} is already in this incident. Edit their entry to "
                "change their part in it.",
            )
            return
        self.form.people.append(link)
        self.form.mark_changed()
        self.form.ui.people_table.selectRow(len(self.form.people) - 1)

    def edit_person(self, row: int | None = None, *, fields: _Fields | None = None) -> None:
        row = self.form.ui.people_table.currentRow() if row is None else row
        if not 0 <= row < len(self.form.people) or self.form.read_only:
            return
        dialog = self._person_dialog(link=self.form.people[row])
        if self._run_editor("edit_person", row, dialog, fields):
            self.form.people[row] = dialog.result()
            self.form.mark_changed()

    def remove_person(self) -> None:
        row = self.form.ui.people_table.currentRow()
        if not 0 <= row < len(self.form.people):
            return
        link = self.form.people[row]
        if not self.prompts.confirm(
            self.form,
            "Take off this incident",
            f"Take {link.person.display_name} off this incident? Nothing about them has been "
            "saved with it yet.",
            yes="Take off",
        ):
            return
        del self.form.people[row]
        self.form.mark_changed()

    def open_child_file(self) -> None:
        row = self.form.ui.people_table.currentRow()
        if 0 <= row < len(self.form.people) and self.form.people[row].person.id is not None:
            self.child_file_requested.emit(self.form.people[row].person.id)

    # --- referrals and follow-ups ------------------------------------------------------------

    def edit_referral(self, row: int | None, *, fields: _Fields | None = None) -> None:
        form = self.form
        if form.read_only:
            return
        children = [p for p in form.people if p.person.kind is PersonKind.CHILD]
        if any(p.person.id is None for p in children) or (not children and row is None):
            self.prompts.inform(
                form,
                "Save first",
                "Add the children involved and save the incident first: a referral names "
                "each child it concerns by their record.",
            )
            return
        existing = None if row is None or not 0 <= row < len(form.referrals) else row
        came = form.incident.came_to_light_at
        dialog = ReferralDialog(
            None if existing is None else form.referrals[existing],
            children,
            earliest=came.astimezone().date() if came else None,
            today=self.today(),
            parent=form,
        )
        if not self._run_editor("referral", existing, dialog, fields):
            return
        if existing is None:
            form.referrals.append(dialog.result())
        else:
            form.referrals[existing] = dialog.result()
        form.mark_changed()

    def remove_referral(self) -> None:
        row = self.form.ui.referrals_table.currentRow()
        if 0 <= row < len(self.form.referrals) and self.form.referrals[row].id is None:
            del self.form.referrals[row]
            self.form.mark_changed()

    def edit_follow_up(self, row: int | None, *, fields: _Fields | None = None) -> None:
        form = self.form
        if form.read_only:
            return
        existing = None if row is None or not 0 <= row < len(form.follow_ups) else row
        dialog = FollowUpDialog(
            None if existing is None else form.follow_ups[existing],
            default_owner=self.session.user.name,
            today=self.today(),
            parent=form,
        )
        if not self._run_editor("follow_up", existing, dialog, fields):
            return
        if existing is None:
            form.follow_ups.append(dialog.result())
        else:
            form.follow_ups[existing] = dialog.result()
        form.mark_changed()

    # --- the chronology ----------------------------------------------------------------------

    _chronology_stale = False

    def _show_chronology(self) -> None:
        self._chronology_stale = False
        table = self.form.ui.chronology_table
        incident_id = self.incident_id
        self._chronology = [] if incident_id is None else self.service.chronology(incident_id)
        by_id = {e.id: e for e in self._chronology}
        corrected = {e.corrects_id for e in self._chronology if e.corrects_id is not None}
        table.setRowCount(len(self._chronology))
        for row, entry in enumerate(self._chronology):
            when = entry.occurred_at.astimezone()
            shown = (
                when.strftime("%d/%m/%Y %H:%M")
                if (when.hour, when.minute) != (0, 0)
                else (short_date(when.date()))
            )
            body = entry.body if not entry.erased else "(this entry's text has been erased)"
            if entry.corrects_id is not None:
                original = by_id.get(entry.corrects_id)
                of = (
                    original.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M")
                    if original
                    else "an earlier entry"
                )
                body = f"Correction of the entry of {of}: {body}"
            if entry.id in corrected:
                body += "  [corrected: see the correction]"
            for column, text in enumerate((shown, body, entry.author)):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))
                table.setItem(row, column, item)
        table.resizeColumnToContents(0)
        count = len(self._chronology)
        self.form.ui.chronology_count_label.setText(
            f"{count} entr{'y' if count == 1 else 'ies'}, oldest first"
            if count
            else "No entries yet"
        )

    def chronology_rows(self) -> list[tuple[str, ...]]:
        table = self.form.ui.chronology_table
        return [
            tuple(_text(table.item(r, c)) for c in range(table.columnCount()))
            for r in range(table.rowCount())
        ]

    def add_entry(self, corrects: ChronologyEntry | None, *, fields: _Fields | None = None) -> None:
        incident_id = self.incident_id
        if incident_id is None:
            return
        dialog = ChronologyEntryDialog(corrects=corrects, today=self.today(), parent=self.form)
        target = None if corrects is None else corrects.id
        if not self._run_editor("chronology", target, dialog, fields):
            return
        try:
            if corrects is None:
                self.service.add_entry(incident_id, dialog.body, dialog.occurred_at)
            else:
                self.service.correct_entry(incident_id, corrects, dialog.body)
        except _EXPECTED as error:
            self.prompts.warn(self.form, "The entry was not saved", str(error))
            return
        self._show_chronology()
        self.status.emit("Chronology entry saved")
        self.saved.emit(incident_id)

    def correct_entry(self) -> None:
        row = self.form.ui.chronology_table.currentRow()
        if 0 <= row < len(self._chronology):
            self.add_entry(self._chronology[row])

    # --- closing -----------------------------------------------------------------------------

    def _tab_shown(self, _index: int) -> None:
        current = self.form.ui.section_tabs.currentWidget()
        if current is self.form.ui.outcome_tab:
            self._show_closing()
        elif current is self.form.ui.chronology_tab and self._chronology_stale:
            self._show_chronology()

    def _refresh_visible(self) -> None:
        """After a save: what is on screen is read again now, the rest when it is shown."""
        ui = self.form.ui
        current = ui.section_tabs.currentWidget()
        if current is ui.chronology_tab:
            self._show_chronology()
        else:
            # Read again when the tab is next shown. Its title carries no count: changing a
            # tab's title lays out and repaints the whole section on screen, at every save.
            self._chronology_stale = True
        if current is ui.outcome_tab:
            self._show_closing()

    def _show_closing(self) -> None:
        form = self.form
        incident = form.current()
        if incident.status is IncidentStatus.CLOSED:
            when = short_date(incident.closed_on) if incident.closed_on else ""
            text = f"This incident was closed on {when}. Reopen it to record more."
        else:
            problems = self.service.closing_problems(incident)
            text = (
                "Ready to close once saved."
                if not problems
                else "Before it can be closed:\n" + "\n".join(f"• {p}" for p in problems)
            )
        form.ui.closing_label.setText(text)

    def close_or_reopen(self) -> None:
        incident = self.form.incident
        if incident.status is IncidentStatus.CLOSED:
            self._reopen()
            return
        if self.form.dirty or incident.id is None:
            if (
                not self.prompts.confirm(
                    self.form,
                    "Save first",
                    "The incident is saved before it is closed.",
                    yes="Save",
                )
                or not self.save()
            ):
                return
        incident_id = self.incident_id
        assert incident_id is not None
        problems = self.service.closing_problems(self.service.stored(incident_id))
        if problems:
            self.prompts.warn(
                self.form,
                "Not closed yet",
                "This incident cannot be closed yet:\n" + "\n".join(f"• {p}" for p in problems),
            )
            return
        if not self.prompts.confirm(
            self.form,
            "Close the incident",
            f"Close {self.form.incident.reference} today ({short_date(self.today())})? "
            "It can be reopened later, with a reason.",
            yes="Close it",
        ):
            return
        try:
            self.service.close(incident_id, self.today())
        except CannotClose as refused:
            self.prompts.warn(self.form, "Not closed yet", str(refused))
            return
        except _EXPECTED as error:
            self.prompts.warn(self.form, "The incident was not closed", str(error))
            return
        self._reload(incident_id, "closed")

    def _reopen(self) -> None:
        incident_id = self.incident_id
        assert incident_id is not None
        reason = self.prompts.text(
            self.form, "Reopen the incident", "Why is it being reopened? (kept in the chronology)"
        )
        if reason is None:
            return
        try:
            self.service.reopen(incident_id, reason)
        except _EXPECTED as error:
            self.prompts.warn(self.form, "The incident was not reopened", str(error))
            return
        self._reload(incident_id, "reopened")

    def _reload(self, incident_id: int, what: str) -> None:
        stored = self.service.stored(incident_id)
        self.form.load(stored)
        self._show_chronology()
        self._show_closing()
        self.status.emit(f"{stored.reference} {what}")
        self.status_changed.emit(incident_id)

    # --- the classification --------------------------------------------------------------------

    def classify(self) -> None:
        if self.incident_id is None:
            return
        if self.form.dirty and not self.maybe_leave("classify it"):
            return
        self.classify_requested.emit(self.incident_id)

    def classification_saved(self) -> None:
        """The wizard wrote some answers back to the record: show them, keep other edits.

        Only what the wizard changed is taken from the file; where the DSL had also changed
        that same answer in the form (not yet saved), the form's answer stays and is named."""
        incident_id = self.incident_id
        if incident_id is None:
            return
        try:
            stored = self.service.stored(incident_id)
        except _EXPECTED as error:
            self.prompts.warn(self.form, "The incident could not be read again", str(error))
            return
        if not self.form.dirty:
            self.form.load(stored)
        else:
            base, current = self.form.incident, self.form.current()
            typed = self.form.typed()
            kept = []
            for path, words in _WIZARD_WRITES:
                before, after, mine = (field_value(x, path) for x in (base, stored, current))
                if after == before:
                    continue  # the wizard left it alone
                if mine != before and mine != after:
                    kept.append(words)  # both changed it: the DSL's unsaved answer stays
                    continue
                set_field(current, path, after)
                if path == "review.held_on":
                    typed.pop("review_date_edit", None)
            current.status, current.closed_on = stored.status, stored.closed_on
            self.form.load(replace_reference(current, stored), typed)
            self.form.incident = stored  # what the file now holds, to compare with later
            self.form.dirty = True
            if kept:
                self.form.show_message(
                    "The classification's answers were saved, but you had also changed "
                    + ", ".join(kept)
                    + " here without saving: your answers are kept. Save to keep them."
                )
        self._show_chronology()
        self._show_closing()


# What the classification wizard may write back to the record, with words for a message.
_WIZARD_WRITES = (
    ("shared_publicly", "whether it was shared publicly"),
    ("multiple_incidents", "whether it is one of several incidents"),
    ("apps_services", "the apps and services"),
    ("review.attendees", "who attended the review meeting"),
    ("review.held_on", "the review meeting date"),
)


def _text(item: QTableWidgetItem | None) -> str:
    return "" if item is None else item.text()


def replace_reference(draft: Incident, stored: Incident) -> Incident:
    """A draft carries the form's values; identity and status always come from the file."""
    draft.id, draft.reference = stored.id, stored.reference
    draft.status, draft.closed_on = stored.status, stored.closed_on
    return draft
