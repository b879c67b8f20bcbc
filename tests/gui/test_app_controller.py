"""The app as a whole: which window shows, signing in, locking (by hand and when idle),
backing up and restoring from the app, and the overdue-backup reminder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ypsi_desktop.gui.app_controller import AppController
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.main_window import MainWindow
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.setup_wizard import SetupWizard
from ypsi_desktop.services import session as sessions
from ypsi_desktop.settings_store import SettingsStore
from ypsi_desktop.storage.key_derivation import KdfParams

NAME, PASS = "Alex Example", "blue-kettle-marsh-41-orbit"


class FakeClock:
    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.ypsi"
    session, _ = sessions.create(
        path,
        user_name=NAME,
        passphrase=PASS,
        setting_name="Oakfield Test School",
        kdf=KdfParams.for_tests(),
    )
    session.close()
    return path


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts, clock: FakeClock
) -> AppController:
    app = AppController(
        prompts=prompts,
        background=Background(),
        settings=SettingsStore(tmp_path / "settings"),
        clock=clock,
        default_case_file=tmp_path / "new" / "case.ypsi",
        kdf=KdfParams.for_tests(),
    )
    yield app
    app.lock()
    for window in (app.main, app.sign_in_window, app.setup):
        if window is not None:
            window.close()


def sign_in(qtbot: QtBot, controller: AppController) -> None:
    window = controller.sign_in_window
    assert window is not None and window.isVisible()
    ui = window.widget.ui
    ui.name_edit.setText(NAME)
    ui.passphrase_edit.setText(PASS)
    window.widget.sign_in()
    qtbot.waitUntil(lambda: controller.session is not None, timeout=20_000)


def _signed_in_with_incident(
    qtbot: QtBot, controller: AppController, case_file: Path, **fields: object
) -> tuple[sessions.CaseFileSession, MainWindow, int]:
    """Signed in, with one saved incident (made-up details) in the file."""
    from ypsi_desktop.domain.case import Incident
    from ypsi_desktop.storage.incident_repository import IncidentRepository

    controller.start(case_file)
    sign_in(qtbot, controller)
    session, main = controller.session, controller.main
    assert session is not None and main is not None
    values: dict[str, object] = {
        "came_to_light_at": datetime(2026, 2, 3, 9, 0, tzinfo=UTC),
        "reported_by": "Form tutor (test)",
        **fields,
    }
    stored = IncidentRepository(session.conn).save(
        Incident(**values),  # type: ignore[arg-type]
        user_id=session.user.id,
    )
    assert stored.id is not None
    return session, main, stored.id


def test_first_run_shows_setup(controller: AppController) -> None:
    first = controller.start(None)
    assert isinstance(first, SetupWizard) and first.isVisible()
    assert controller.main is None  # nothing from a case file exists before a sign-in


def test_an_existing_file_shows_sign_in_and_then_the_main_window(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    controller.start(case_file)
    assert controller.main is None
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None and main.isVisible()
    assert not controller.sign_in_window.isVisible()  # type: ignore[union-attr]
    assert main.ui.overview_title.text() == "Oakfield Test School"
    assert main.windowTitle() == "YPSI Desktop"  # never a person's name
    assert "Signed in as Alex Example" in main.signed_in_label.text()
    # The next start remembers the file, but no name or record.
    assert controller.settings.load().last_case_file == case_file.resolve()
    assert NAME not in controller.settings.path.read_text(encoding="utf-8")


def test_lock_closes_the_file_forgets_the_screen_and_clears_our_clipboard(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    controller.start(case_file)
    sign_in(qtbot, controller)
    session = controller.session
    assert session is not None
    main = controller.main
    assert main is not None
    main.activateWindow()
    QApplication.clipboard().setText("Testchild Alpha said it was sent on Tuesday")
    controller._clipboard_changed()  # as when the app itself copied the text
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.session is None)
    assert session.case.closed
    assert all(b == 0 for b in session.data_key)  # key bytes wiped
    assert not main.isVisible() and main.ui.overview_title.text() == ""
    assert controller.sign_in_window is not None and controller.sign_in_window.isVisible()
    assert QApplication.clipboard().text() == ""
    # Signing back in returns to the main window.
    sign_in(qtbot, controller)
    assert main.isVisible() and main.ui.overview_title.text() == "Oakfield Test School"


def test_a_lock_closes_every_window_showing_records(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    from ypsi_desktop.gui.due_dialog import DueDialog

    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None and controller.session is not None
    due = DueDialog(controller.session, main)
    due.show()  # as it would be while its own loop runs
    qtbot.waitExposed(due)
    controller.lock()
    assert not due.isVisible()
    assert controller.sign_in_window is not None and controller.sign_in_window.isVisible()


def test_typing_a_lock_could_not_keep_is_owned_up_to_on_return(
    qtbot: QtBot, controller: AppController, case_file: Path, prompts: ScriptedPrompts
) -> None:
    from ypsi_desktop.gui.record_dialogs import FollowUpDialog

    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None
    editor = FollowUpDialog(None, parent=main)
    editor.show()  # a DSL typing an action when the idle lock comes
    qtbot.waitExposed(editor)
    controller.lock()
    assert not editor.isVisible()
    sign_in(qtbot, controller)
    qtbot.waitUntil(lambda: any(title == "While locked" for _, title, _ in prompts.shown))
    said = next(text for _, title, text in prompts.shown if title == "While locked")
    assert "could not be kept" in said


def test_an_editor_open_at_a_lock_comes_back_with_its_typing(
    qtbot: QtBot, controller: AppController, case_file: Path, prompts: ScriptedPrompts
) -> None:
    """A DSL halfway through adding a child when the idle lock comes signs back in to the
    same window with the same words in it, and can finish."""
    from tests.gui.incident_helpers import click, type_into, when_dialog_shows
    from ypsi_desktop.gui.person_dialog import PersonDialog

    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None
    main.new_incident()
    form = main.form
    assert form is not None
    seen: list[dict[str, object]] = []

    def half_typed_then_locked(dialog: PersonDialog) -> None:
        type_into(qtbot, dialog.ui.first_name_edit, "Testchild")
        type_into(qtbot, dialog.ui.last_name_edit, "Lockwood")
        dialog.ui.sent_check.setChecked(True)
        type_into(qtbot, dialog.ui.own_words_edit, "I only sent it to one person (test).")
        controller.lock()  # as the idle timer would

    when_dialog_shows(qtbot, PersonDialog, half_typed_then_locked)  # type: ignore[arg-type]
    click(qtbot, form.ui.add_child_button)
    assert controller.session is None and not main.isVisible()

    def finish(dialog: PersonDialog) -> None:
        ui = dialog.ui
        seen.append(
            {
                "first": ui.first_name_edit.text(),
                "last": ui.last_name_edit.text(),
                "sent": ui.sent_check.isChecked(),
                "words": ui.own_words_edit.toPlainText(),
            }
        )
        dialog.accept()

    when_dialog_shows(qtbot, PersonDialog, finish)  # type: ignore[arg-type]
    sign_in(qtbot, controller)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [
        {
            "first": "Testchild",
            "last": "Lockwood",
            "sent": True,
            "words": "I only sent it to one person (test).",
        }
    ]
    form = main.form
    assert form is not None
    assert [p.person.display_name for p in form.people] == ["Testchild Lockwood"]
    assert form.dirty  # added to the form, not yet saved
    assert not any(title == "While locked" for _, title, _ in prompts.shown)


def test_a_chronology_entry_half_written_at_a_lock_is_offered_again(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    from tests.gui.incident_helpers import accept, click, type_into, when_dialog_shows
    from ypsi_desktop.gui.record_dialogs import ChronologyEntryDialog
    from ypsi_desktop.storage.incident_repository import IncidentRepository

    session, main, incident_id = _signed_in_with_incident(qtbot, controller, case_file)
    assert main.open_incident(incident_id)
    form = main.form
    assert form is not None and not form.dirty
    form.ui.section_tabs.setCurrentWidget(form.ui.chronology_tab)

    def half_written(dialog: ChronologyEntryDialog) -> None:
        type_into(qtbot, dialog.ui.body_edit, "Phoned the parent; no answer yet (test).")
        controller.lock()

    when_dialog_shows(qtbot, ChronologyEntryDialog, half_written)  # type: ignore[arg-type]
    click(qtbot, form.ui.add_entry_button)
    assert controller.session is None

    texts: list[str] = []

    def finish(dialog: ChronologyEntryDialog) -> None:
        texts.append(dialog.ui.body_edit.toPlainText())
        accept(dialog)

    when_dialog_shows(qtbot, ChronologyEntryDialog, finish)  # type: ignore[arg-type]
    sign_in(qtbot, controller)
    qtbot.waitUntil(lambda: bool(texts), timeout=5000)
    assert texts == ["Phoned the parent; no answer yet (test)."]
    session = controller.session
    assert session is not None
    bodies = [e.body for e in IncidentRepository(session.conn).chronology(incident_id)]
    assert "Phoned the parent; no answer yet (test)." in bodies
    form = main.form
    assert form is not None and not form.dirty  # only the entry was waiting, now saved


def test_a_lock_during_a_background_job_clears_the_screen_at_once(
    qtbot: QtBot, controller: AppController, case_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ypsi_desktop.gui.background import Background

    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None and controller.session is not None
    busy = [True]
    monkeypatch.setattr(Background, "busy", property(lambda _self: busy[0]))
    controller.lock()
    assert not main.isVisible()  # nothing on screen while the job finishes
    assert controller.session is not None  # the file stays open under the job
    busy[0] = False
    qtbot.waitUntil(lambda: controller.session is None, timeout=3000)
    assert controller.sign_in_window is not None and controller.sign_in_window.isVisible()


def test_it_locks_itself_after_the_idle_time(
    qtbot: QtBot, controller: AppController, case_file: Path, clock: FakeClock
) -> None:
    controller.start(case_file)
    sign_in(qtbot, controller)
    minutes = controller.preferences.idle_lock_minutes
    assert minutes == 5
    clock.now += minutes * 60 - 1
    controller.idle.check()
    assert controller.session is not None
    clock.now += 1
    controller.idle.check()
    assert controller.session is None
    assert controller.sign_in_window is not None and controller.sign_in_window.isVisible()


def test_backup_from_the_app_is_checked_remembered_and_restorable(
    qtbot: QtBot,
    controller: AppController,
    case_file: Path,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None
    assert "No checked backup yet" in main.ui.backup_status_label.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    prompts.queue(usb)
    main.ui.backup_button.click()
    qtbot.waitUntil(
        lambda: any(
            kind == "inform" and title == "Backup made" for kind, title, _ in prompts.shown
        ),
        timeout=20_000,
    )
    backups = list(usb.glob("*.ypsi"))
    assert len(backups) == 1
    assert controller.settings.load().last_verified_backup_at is not None
    assert "Last checked backup" in main.ui.backup_status_label.text()

    # Restore it from the app: choose, confirm, passphrase; the app locks and restores.
    prompts.queue(backups[0], True, PASS)
    main.ui.action_restore.trigger()
    qtbot.waitUntil(
        lambda: any(kind == "inform" and "restored" in text for kind, _, text in prompts.shown),
        timeout=20_000,
    )
    assert controller.session is None and controller.sign_in_window.isVisible()  # type: ignore[union-attr]
    assert not main.ui.kept_copies_label.isVisible()  # nothing from the file while locked
    sign_in(qtbot, controller)
    assert controller.session is not None

    # The file the restore replaced (and its key files) are kept beside it: the overview says
    # so, since they still hold records as they were, and the DSL can delete them.
    kept = sorted(p.name for p in case_file.parent.iterdir() if ".replaced-" in p.name)
    assert kept and all(name.endswith(".bak") for name in kept)
    assert main.ui.kept_copies_label.isVisible()
    assert f"{len(kept)} older copies of this file are kept" in main.ui.kept_copies_label.text()
    prompts.queue(True)
    main.ui.remove_copies_button.click()
    assert not [p for p in case_file.parent.iterdir() if ".replaced-" in p.name]
    assert case_file.exists() and not main.ui.kept_copies_label.isVisible()
    assert f"Deleted {len(kept)} older copies" in main.ui.status_bar.currentMessage()
    details = [d for (d,) in controller.session.conn.execute("SELECT detail FROM audit_log")]
    assert f"{len(kept)} older copies kept beside the file deleted" in details


def test_an_old_backup_date_brings_the_reminder(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None and controller.session is not None
    main.attach(controller.session, last_backup=datetime.now(UTC) - timedelta(days=9))
    assert "more than a week ago" in main.ui.backup_status_label.text()


def test_an_unsaved_classification_survives_a_lock_and_comes_back(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    session, main, incident_id = _signed_in_with_incident(qtbot, controller, case_file)
    main.open_assessment(incident_id)
    flow = main.wizard_dock.flow
    assert flow is not None
    flow.answer("adult_involved", True)
    main.wizard_dock.go_next()  # on to "How the imagery was made and shared"
    flow.answer("pictured_willing", False)
    controller.lock()
    assert main.wizard_dock.flow is None  # nothing left on screen
    raw = case_file.read_bytes()
    assert b"pictured_willing" not in raw and b"adult_involved" not in raw  # draft encrypted
    sign_in(qtbot, controller)
    resumed = main.wizard_dock.flow
    assert resumed is not None
    assert resumed.step.id == "making_and_sharing"
    assert resumed.value("adult_involved") is True and resumed.value("pictured_willing") is False
    assert main.wizard_dock.ui.category_value.text() == "Aggravated (adult involved)"


def test_a_screen_lock_or_sleep_locks_the_app(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    watcher = controller.screen_lock
    with qtbot.assertNotEmitted(watcher.lock_now):
        watcher.prepare_for_sleep(False)
        watcher.screensaver_active(False)
        watcher.application_state_changed(Qt.ApplicationState.ApplicationActive)
    controller.start(case_file)
    for announce in (
        lambda: watcher.prepare_for_sleep(True),
        watcher.session_locked,
        lambda: watcher.screensaver_active(True),
        lambda: watcher.application_state_changed(Qt.ApplicationState.ApplicationSuspended),
    ):
        sign_in(qtbot, controller)
        announce()
        assert controller.session is None, "the app did not lock"


def test_the_idle_time_can_be_chosen_and_is_remembered(
    qtbot: QtBot,
    controller: AppController,
    case_file: Path,
    clock: FakeClock,
    prompts: ScriptedPrompts,
) -> None:
    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None
    assert main.backup_status.text() == "No checked backup yet"  # in the status bar
    prompts.queue(2)
    main.ui.action_idle_time.trigger()
    assert controller.settings.load().idle_lock_minutes == 2
    clock.now += 119
    controller.idle.check()
    assert controller.session is not None
    clock.now += 1
    controller.idle.check()
    assert controller.session is None


def test_the_incidents_list_opens_an_incident_for_classification_and_is_dropped_on_lock(
    qtbot: QtBot, controller: AppController, case_file: Path
) -> None:
    from datetime import datetime as dt

    from ypsi_desktop.domain.case import Incident, IncidentStatus
    from ypsi_desktop.storage.incident_repository import IncidentRepository

    with sessions.unlock(case_file, user_name=NAME, passphrase=PASS) as s:
        for day in (3, 4):
            IncidentRepository(s.conn).save(
                Incident(came_to_light_at=dt(2026, 10, day, 9, 0), status=IncidentStatus.OPEN),
                user_id=s.user.id,
            )
    controller.start(case_file)
    sign_in(qtbot, controller)
    main = controller.main
    assert main is not None and main.case_list is not None
    assert main.case_list.isVisible()
    model = main.case_list.model
    assert model.total == 2 and model.rowCount() == 2
    newest = model.incident_id(0)
    main.case_list.ui.search_edit.setText("Testchild")
    main.case_list.run_search()
    main.case_list.incident_activated.emit(newest)
    assert main.wizard_dock.flow is not None and main.place() == newest
    controller.lock()
    # The list and what it read, or what was typed into it, are gone while locked.
    panel = main.case_list
    assert model.rowCount() == 0 and model.total == 0
    assert panel.ui.search_edit.text() == "" and panel.ui.children_list.count() == 0
    assert panel.ui.owner_combo.count() == 0


def _two_children() -> list[object]:
    from ypsi_desktop.domain.case import IncidentPerson, Person, PersonKind, Role

    return [
        IncidentPerson(
            person=Person(kind=PersonKind.CHILD, first_name=first, last_name="Testperson"),
            roles=frozenset({Role.PICTURED}),
        )
        for first in ("Ava", "Ben")
    ]


def test_typing_for_a_person_taken_off_meanwhile_is_not_put_on_someone_else(
    qtbot: QtBot, controller: AppController, case_file: Path, prompts: ScriptedPrompts
) -> None:
    """Ava's details were being edited at the lock; while locked, someone took Ava off the
    incident. On return Ben is in her row: the kept typing must not land on Ben."""
    from tests.gui.incident_helpers import click, type_into, when_dialog_shows
    from ypsi_desktop.gui.person_dialog import PersonDialog
    from ypsi_desktop.storage.incident_repository import IncidentRepository

    _session, main, incident_id = _signed_in_with_incident(
        qtbot, controller, case_file, people=_two_children()
    )
    assert main.open_incident(incident_id)
    form = main.form
    assert form is not None
    form.ui.people_table.selectRow(0)

    def typed_then_locked(dialog: PersonDialog) -> None:
        type_into(qtbot, dialog.ui.known_as_edit, "Avs (test)")
        controller.lock()

    when_dialog_shows(qtbot, PersonDialog, typed_then_locked)  # type: ignore[arg-type]
    click(qtbot, form.ui.edit_person_button)
    assert controller.session is None

    with sessions.unlock(case_file, user_name=NAME, passphrase=PASS) as other:
        repo = IncidentRepository(other.conn)
        stored = repo.get(incident_id)
        assert stored is not None
        stored.people = [p for p in stored.people if p.person.first_name != "Ava"]
        repo.save(stored, user_id=other.user.id)

    sign_in(qtbot, controller)
    qtbot.waitUntil(
        lambda: any(t == "A window could not be opened again" for _, t, _ in prompts.shown)
    )
    form = main.form
    assert form is not None
    assert [p.person.known_as for p in form.people] == [""]  # Ben untouched
    assert not form.dirty


def test_work_saved_while_signed_in_is_anchored_so_an_older_copy_is_caught(
    qtbot: QtBot, controller: AppController, case_file: Path, tmp_path: Path
) -> None:
    import shutil

    from ypsi_desktop.storage.key_header_copies import header_paths

    controller.start(case_file)
    sign_in(qtbot, controller)
    session = controller.session
    assert session is not None and controller.anchor_timer.isActive()
    # Someone copies the file (and its key files) while the app is open.
    copies = tmp_path / "copied"
    copies.mkdir()
    for part in (case_file, *header_paths(case_file)):
        shutil.copy2(part, copies / part.name)
    from ypsi_desktop.domain.case import Incident
    from ypsi_desktop.storage.incident_repository import IncidentRepository

    stored = IncidentRepository(session.conn).save(
        Incident(reported_by="Form tutor (test)"), user_id=session.user.id
    )
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=20_000)
    controller.keep_anchor()  # what the timer does a few seconds after the save
    assert not session.checkpoint_if_moved(), "nothing new since: the header is not rewritten"
    # The app is killed (no lock, no close), and the copy of the file alone is put back.
    session.case.conn.close()
    controller.session = None
    shutil.copy2(copies / case_file.name, case_file)
    with pytest.raises(sessions.FileOlderThanItsKeys):
        sessions.unlock(case_file, user_name=NAME, passphrase=PASS)
    assert stored.id is not None


def test_a_key_file_copy_mended_on_opening_is_reported(
    qtbot: QtBot, controller: AppController, case_file: Path, prompts: ScriptedPrompts
) -> None:
    from ypsi_desktop.storage.key_header_copies import header_paths

    header_paths(case_file)[1].write_bytes(b"\x00damaged" * 20)
    controller.start(case_file)
    sign_in(qtbot, controller)
    qtbot.waitUntil(
        lambda: any(title == "On opening" for _kind, title, _text in prompts.shown), timeout=5000
    )
    (text,) = [text for _kind, title, text in prompts.shown if title == "On opening"]
    assert "rewritten from the other copy" in text
