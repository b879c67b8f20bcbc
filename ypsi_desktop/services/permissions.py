"""What each role may do, enforced here in the services layer, not only by hiding buttons.

DSL: everything, including users and roles, disposal, releasing redactions and exports.
Deputy DSL: record, assess and print referrals. Read-only (e.g. a headteacher): view, and
print the incident record and chronology.
"""

from __future__ import annotations

from enum import StrEnum

from ypsi_desktop.domain.case import UserRole


class Permission(StrEnum):
    VIEW = "view"
    RECORD = "record"
    ASSESS = "assess"
    PRINT_RECORD = "print_record"  # the incident record and a child's chronology
    PRINT_REFERRAL = "print_referral"  # MASH, police and LADO referrals
    BACKUP = "backup"
    MANAGE_USERS = "manage_users"
    EXPORT = "export"
    DISPOSE = "dispose"
    RELEASE_REDACTION = "release_redaction"
    ROTATE_KEY = "rotate_key"
    RESTORE = "restore"


_DEPUTY = frozenset(
    {
        Permission.VIEW,
        Permission.RECORD,
        Permission.ASSESS,
        Permission.PRINT_RECORD,
        Permission.PRINT_REFERRAL,
        Permission.BACKUP,
    }
)
GRANTS: dict[UserRole, frozenset[Permission]] = {
    UserRole.DSL: frozenset(Permission),
    UserRole.DEPUTY: _DEPUTY,
    UserRole.READ_ONLY: frozenset({Permission.VIEW, Permission.PRINT_RECORD}),
}

_ROLE_NAMES = {
    UserRole.DSL: "the designated safeguarding lead",
    UserRole.DEPUTY: "a deputy DSL",
    UserRole.READ_ONLY: "a read-only user",
}
_ACTIONS = {
    Permission.VIEW: "view records",
    Permission.RECORD: "record or change incidents",
    Permission.ASSESS: "record a classification decision",
    Permission.PRINT_RECORD: "print records",
    Permission.PRINT_REFERRAL: "print referral forms",
    Permission.BACKUP: "make backups",
    Permission.MANAGE_USERS: "add, remove or change users",
    Permission.EXPORT: "export records",
    Permission.DISPOSE: "dispose of records",
    Permission.RELEASE_REDACTION: "release redactions",
    Permission.ROTATE_KEY: "change the file's encryption key",
    Permission.RESTORE: "restore a backup over the case file",
}


class NotAllowed(Exception):
    """The signed-in user's role does not allow this; the message says so plainly."""

    def __init__(self, role: UserRole, permission: Permission, message: str = "") -> None:
        super().__init__(
            message
            or f"As {_ROLE_NAMES[role]} you cannot {_ACTIONS[permission]}. "
            "Ask the designated safeguarding lead."
        )
        self.role = role
        self.permission = permission


def allowed(role: UserRole, permission: Permission) -> bool:
    return permission in GRANTS[role]


def require(role: UserRole, permission: Permission) -> None:
    if not allowed(role, permission):
        raise NotAllowed(role, permission)


class PassphraseFirst(NotAllowed):
    """Signed in with the recovery key: nothing else is allowed until a new passphrase is set
    (SECURITY.md item 10), whatever the user's role."""

    def __init__(self, role: UserRole, permission: Permission) -> None:
        super().__init__(
            role,
            permission,
            "You signed in with the recovery key, so choose a new passphrase first; "
            "then you can carry on.",
        )
