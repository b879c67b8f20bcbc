"""File → Users and roles…: who can open the case file, with which role, for the DSL to change.

The rules live in services.users and services.permissions; this dialog only reflects them
(buttons disabled for other roles, a note where a change cannot be made) and shows, in words on
the dialog, every refusal the services still make. Adding a user derives a key for their first
passphrase and removing one re-encrypts the whole file, so both run in the background with the
dialog busy and unclosable until they finish.

Handing over the DSL role is two service calls: the other person becomes DSL, then the current
user becomes a deputy, so there is a DSL at every moment. A school has one DSL, so this dialog
offers a handover rather than a second DSL; the service itself allows either.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.forms.ui_users_dialog import Ui_UsersDialog
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.gui.sign_in import PassphraseChoice, describe_error
from ypsi_desktop.gui.tones import tone
from ypsi_desktop.services.permissions import NotAllowed, Permission, allowed
from ypsi_desktop.services.session import CaseFileSession, User, active_users
from ypsi_desktop.services.users import add_user, remove_user, set_role
from ypsi_desktop.storage.setting_repository import SettingRepository

ROLE_WORDS = {
    UserRole.DSL: "Designated safeguarding lead",
    UserRole.DEPUTY: "Deputy DSL",
    UserRole.READ_ONLY: "Read-only",
}
_IN_A_SENTENCE = {
    UserRole.DSL: "designated safeguarding lead",
    UserRole.DEPUTY: "deputy DSL",
    UserRole.READ_ONLY: "read-only",
}
# What each role may do, in the words of services.permissions.GRANTS.
ROLE_DESCRIPTIONS = {
    UserRole.DSL: "Can do everything a deputy can, and also add and remove users, change roles, "
    "export and dispose of records.",
    UserRole.DEPUTY: "Can see every record, record and assess incidents, print referral forms "
    "and make backups. Cannot change users, export or dispose of records.",
    UserRole.READ_ONLY: "Can see every record and print the incident record and a child's "
    "chronology. Cannot record, change or assess anything.",
}
_ROLE_ORDER = (UserRole.DSL, UserRole.DEPUTY, UserRole.READ_ONLY)
DSL_ONLY = "Only the designated safeguarding lead can change users."
_LOSES = "add or remove users, change roles, export or dispose of records, or release redactions"


def _describe(error: BaseException) -> str:
    return str(error) if isinstance(error, NotAllowed) else describe_error(error)


class UsersDialog(QDialog):
    """Emits `users_changed` after every change that was saved (the main window may need to
    re-apply the signed-in user's role: handing over the DSL role changes it)."""

    users_changed = Signal()

    def __init__(
        self,
        session: CaseFileSession,
        prompts: Prompts,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self._session = session
        self._prompts = prompts
        self._background = background
        self._users: list[User] = []
        self._busy = False
        self._role_target: User | None = None
        self._setting_name = SettingRepository(session.conn).details().name
        ui = self.ui
        for combo in (ui.new_role_combo, ui.role_combo):
            for role in _ROLE_ORDER:
                combo.addItem(ROLE_WORDS[role], role.value)
        ui.new_role_combo.setCurrentIndex(_ROLE_ORDER.index(UserRole.DEPUTY))
        ui.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
        for label in (ui.role_user_label, ui.role_note_label, ui.pass_on_label):
            label.setTextFormat(Qt.TextFormat.RichText)  # names in these are escaped
        header = ui.users_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.new_passphrase = PassphraseChoice(
            ui.new_passphrase_edit,
            ui.new_confirm_edit,
            ui.strength_bar,
            ui.strength_label,
            ui.match_label,
            context=lambda: [self._setting_name, ui.new_name_edit.clean_text()],
        )

        ui.users_table.itemSelectionChanged.connect(self._update_controls)
        ui.add_button.clicked.connect(self.start_add)
        ui.role_button.clicked.connect(self.start_role_change)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.new_name_edit.textChanged.connect(self.new_passphrase.refresh)  # names are checked
        ui.new_name_edit.notice.connect(self._show_message)
        ui.new_role_combo.currentIndexChanged.connect(self._describe_new_role)
        ui.add_confirm_button.clicked.connect(self.add)
        ui.add_cancel_button.clicked.connect(self.back_to_list)
        ui.role_combo.currentIndexChanged.connect(self._describe_role_change)
        ui.role_confirm_button.clicked.connect(self.change_role)
        ui.role_cancel_button.clicked.connect(self.back_to_list)
        ui.button_box.rejected.connect(self.reject)
        self.new_passphrase.changed.connect(self._update_controls)

        self._describe_new_role()
        self._set_busy(False)
        self._show_message("")
        self.refresh()
        self._show_page(ui.list_page)

    # --- the list --------------------------------------------------------------------------

    @property
    def selected_user(self) -> User | None:
        rows = self.ui.users_table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        """Select the row of the user called `name` (any case)."""
        for row, user in enumerate(self._users):
            if user.name.casefold() == name.casefold():
                self.ui.users_table.selectRow(row)
                return
        raise KeyError(name)

    def refresh(self) -> None:
        """Reload the users from the case file, keeping the selection where it can."""
        table, me = self.ui.users_table, self._session.user
        kept = self.selected_user
        self._users = active_users(self._session)
        table.clearSelection()
        table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            name = f"{user.name} (you)" if user.id == me.id else user.name
            for column, text in enumerate((name, ROLE_WORDS[user.role])):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        if kept is not None and any(u.id == kept.id for u in self._users):
            self.select(kept.name)
        self._update_controls()

    # --- adding ----------------------------------------------------------------------------

    def start_add(self) -> None:
        ui = self.ui
        ui.new_name_edit.clear()
        ui.new_role_combo.setCurrentIndex(_ROLE_ORDER.index(UserRole.DEPUTY))
        self.new_passphrase.clear()
        self._show_message("")
        self._show_page(ui.add_page)
        ui.new_name_edit.setFocus()

    def add(self) -> None:
        ui = self.ui
        name = ui.new_name_edit.clean_text()
        if self._busy or not name or not self.new_passphrase.ready:
            return
        role = _combo_role(ui.new_role_combo)
        passphrase, session = self.new_passphrase.passphrase(), self._session
        self._run(
            lambda: add_user(session, name, role, passphrase),
            f"Adding {name} and protecting their passphrase. This takes a few seconds…",
            self._added,
            self._add_failed,
        )

    def _added(self, user: User) -> None:
        self.new_passphrase.clear()
        self._show_page(self.ui.list_page)
        self.refresh()
        self.select(user.name)
        self._show_message(
            f"{user.name} has been added with the {_IN_A_SENTENCE[user.role]} role. Pass their "
            "passphrase on to them privately.",
            error=False,
        )
        self.users_changed.emit()

    def _add_failed(self, error: BaseException) -> None:
        self._show_message(_describe(error))
        self.ui.new_name_edit.setFocus()

    # --- changing a role -------------------------------------------------------------------

    def start_role_change(self) -> None:
        user = self.selected_user
        if user is None:
            return
        ui = self.ui
        self._role_target = user
        ui.role_user_label.setText(
            f"<b>{escape(user.name)}</b><br>Current role: {ROLE_WORDS[user.role]}"
        )
        ui.role_combo.setCurrentIndex(_ROLE_ORDER.index(user.role))
        self._describe_role_change()
        self._show_message("")
        self._show_page(ui.role_page)
        ui.role_combo.setFocus()

    def change_role(self) -> None:
        """Save the role chosen on the role page, asking first where the change is drastic."""
        user, me = self._role_target, self._session.user
        if self._busy or user is None:
            return
        role = _combo_role(self.ui.role_combo)
        if role is user.role:
            return
        session = self._session
        if role is UserRole.DSL and user.id != me.id and me.role is UserRole.DSL:
            if self._prompts.confirm(
                self, "Hand over the DSL role", self._handover_text(user), yes="Hand over"
            ):
                self._run(
                    lambda: set_role(session, user.name, UserRole.DSL),
                    "Handing over the DSL role…",
                    lambda _: self._hand_over_second_step(user),
                    self._show_failure,
                )
            return
        if user.id == me.id and me.role is UserRole.DSL and self._other_dsls():
            text = (
                f"Change your own role to {_IN_A_SENTENCE[role]}?\n\nYou will no longer be able "
                f"to {_LOSES}. Another designated safeguarding lead can give the role back."
            )
            if not self._prompts.confirm(self, "Change your own role", text, yes="Change my role"):
                return
        self._run(
            lambda: set_role(session, user.name, role),
            "Saving the change of role…",
            self._role_changed,
            self._show_failure,
        )

    def _hand_over_second_step(self, user: User) -> None:
        session, me = self._session, self._session.user

        def failed(error: BaseException) -> None:
            self.refresh()
            self._show_message(
                f"{user.name} is now a designated safeguarding lead, but your own role could "
                f"not be changed, so you are one too. {_describe(error)}"
            )

        self._run(
            lambda: set_role(session, me.name, UserRole.DEPUTY),
            "Handing over the DSL role…",
            lambda _: self._handed_over(user),
            failed,
        )

    def _handed_over(self, user: User) -> None:
        self._show_page(self.ui.list_page)
        self.refresh()
        self._show_message(
            f"{user.name} is now the designated safeguarding lead, and you are a deputy DSL. "
            "Only a designated safeguarding lead can change users from now on.",
            error=False,
        )
        self.users_changed.emit()

    def _role_changed(self, user: User) -> None:
        self._show_page(self.ui.list_page)
        self.refresh()
        self._show_message(
            f"{user.name} now has the {_IN_A_SENTENCE[user.role]} role.", error=False
        )
        self.users_changed.emit()

    def _handover_text(self, user: User) -> str:
        return (
            f"Make {user.name} the designated safeguarding lead for this case file?\n\n"
            "You will become a deputy DSL. You keep your passphrase and can still open the case "
            "file, see every record, record and assess incidents, print referral forms and "
            f"make backups. You will no longer be able to {_LOSES}. {user.name} can give the "
            "DSL role back to you."
        )

    def _other_dsls(self) -> bool:
        me = self._session.user
        return any(u.role is UserRole.DSL and u.id != me.id for u in self._users)

    # --- removing --------------------------------------------------------------------------

    def remove_selected(self) -> None:
        """Ask, then remove the selected user and re-encrypt the file (in the background)."""
        user = self.selected_user
        if self._busy or user is None:
            return
        text = (
            f"Remove {user.name} from this case file?\n\n"
            f"The whole case file will be re-encrypted under a new key, so {user.name}'s "
            "passphrase stops opening it straight away. What they recorded stays in the file, "
            "and the audit trail still shows their name.\n\n"
            "Copies and backups made before now are not re-encrypted: they still open with the "
            "old passphrase, so keep them locked away. The recovery key is not changed.\n\n"
            "This takes a few seconds. Keep YPSI Desktop open until it finishes."
        )
        if not self._prompts.confirm(self, "Remove a user", text, yes="Remove and re-encrypt"):
            return
        session = self._session
        self._run(
            lambda: remove_user(session, user.name),
            f"Re-encrypting the case file so that {user.name}'s passphrase stops working. "
            "Keep YPSI Desktop open until this finishes…",
            self._removed,
            self._show_failure,
        )

    def _removed(self, user: User) -> None:
        self.refresh()
        self._show_message(
            f"{user.name} has been removed and the case file re-encrypted: their passphrase no "
            "longer opens it.",
            error=False,
        )
        self.users_changed.emit()

    # --- pages and closing -----------------------------------------------------------------

    @property
    def current_page(self) -> QWidget:
        """list_page, add_page or role_page."""
        page = self.ui.page_stack.currentWidget()
        assert page is not None
        return page

    def back_to_list(self) -> None:
        if self._busy:
            return
        self.new_passphrase.clear()
        self._role_target = None
        self._show_message("")
        self._show_page(self.ui.list_page)
        self.ui.users_table.setFocus()

    def reject(self) -> None:
        """Escape goes back to the list from the add and role pages; Close closes."""
        if self.current_page is not self.ui.list_page:
            self.back_to_list()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._busy:
            return  # keys are being written or the file re-encrypted: let it finish
        self.new_passphrase.clear()
        super().done(result)

    # --- running ---------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        doing: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self._show_message("")
        self._set_busy(True, doing)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            on_failure(error)

        self._background.run(work, succeeded, failed)

    def _show_failure(self, error: BaseException) -> None:
        """A refusal or failure: the page stays as it was, the table shows what is true now."""
        self.refresh()
        if self.current_page is self.ui.role_page and self._role_target is not None:
            self._describe_role_change()
        self._show_message(_describe(error))

    # --- drawing ---------------------------------------------------------------------------

    def _set_busy(self, busy: bool, doing: str = "") -> None:
        ui = self.ui
        self._busy = busy
        ui.busy_label.setText(doing)
        ui.busy_label.setVisible(busy)
        ui.busy_bar.setVisible(busy)
        ui.page_stack.setEnabled(not busy)
        ui.button_box.setEnabled(not busy)
        self._update_controls()

    def _show_page(self, page: QWidget) -> None:
        ui = self.ui
        ui.page_stack.setCurrentWidget(page)
        ui.button_box.setVisible(page is ui.list_page)  # the other pages have Cancel
        # Enter confirms the page's own action, never something on a hidden page.
        ui.add_confirm_button.setDefault(page is ui.add_page)
        ui.role_confirm_button.setDefault(page is ui.role_page)
        self._update_controls()

    def _update_controls(self) -> None:
        ui = self.ui
        me = self._session.user
        manage = allowed(me.role, Permission.MANAGE_USERS)
        selected = self.selected_user
        ui.dsl_only_label.setText(DSL_ONLY)
        ui.dsl_only_label.setVisible(not manage)
        ui.add_button.setEnabled(manage)
        ui.role_button.setEnabled(manage and selected is not None)
        ui.remove_button.setEnabled(manage and selected is not None and selected.id != me.id)
        hint = ""
        if manage and selected is not None and selected.id == me.id:
            hint = (
                "You cannot remove yourself: another designated safeguarding lead can."
                if self._other_dsls()
                else "You cannot remove yourself. To leave, hand the DSL role to someone "
                "else first (Change role…); they can then remove you."
            )
        ui.selection_hint_label.setText(hint)
        ui.selection_hint_label.setVisible(bool(hint))
        name_typed = bool(ui.new_name_edit.clean_text())
        ui.add_confirm_button.setEnabled(name_typed and self.new_passphrase.ready)
        target = self._role_target
        ui.role_confirm_button.setEnabled(
            target is not None
            and _combo_role(ui.role_combo) is not target.role
            and not self._last_dsl_stepping_down()
        )

    def _describe_new_role(self) -> None:
        self.ui.new_role_description_label.setText(
            ROLE_DESCRIPTIONS[_combo_role(self.ui.new_role_combo)]
        )

    def _describe_role_change(self) -> None:
        ui, user, me = self.ui, self._role_target, self._session.user
        role = _combo_role(ui.role_combo)
        ui.role_description_label.setText(ROLE_DESCRIPTIONS[role])
        note = ""
        if user is not None and role is not user.role:
            if self._last_dsl_stepping_down():
                note = (
                    "You are the only designated safeguarding lead, and there must always be "
                    "one. To step down, select the person taking over, choose Change role… and "
                    "give them the DSL role: you then become a deputy DSL."
                )
            elif role is UserRole.DSL and user.id != me.id and me.role is UserRole.DSL:
                note = (
                    f"<b>This hands the DSL role to {escape(user.name)}.</b> You will become a "
                    "deputy DSL: you can still record and assess incidents, print referral forms "
                    "and make backups, but you will no longer be able to change users."
                )
            elif user.id == me.id:
                note = "You will no longer be able to change users."
        ui.role_note_label.setText(note)
        ui.role_note_label.setVisible(bool(note))
        self._update_controls()

    def _last_dsl_stepping_down(self) -> bool:
        user, me = self._role_target, self._session.user
        return (
            user is not None
            and user.id == me.id
            and me.role is UserRole.DSL
            and _combo_role(self.ui.role_combo) is not UserRole.DSL
            and not self._other_dsls()
        )

    def _show_message(self, message: str, *, error: bool = True) -> None:
        label = self.ui.message_label
        label.setText(message)
        label.setStyleSheet(f"color: {tone('error' if error else 'ok')};")
        label.setVisible(bool(message))


def _combo_role(combo: QComboBox) -> UserRole:
    return UserRole(str(combo.currentData()))
