"""Errors from the key store, each carrying a message a designated safeguarding lead can act on.

Every failure the key store can meet in the field (a mistyped passphrase, a damaged header, a
recovery key with a typo) has its own type, so the UI can choose what to offer next (try again,
use the recovery key, restore a backup) without parsing text, and `str(error)` is already a
sentence fit to show. Nothing here carries a name, a passphrase or key bytes.
"""

from __future__ import annotations


class KeyStoreError(Exception):
    """Base of every key-store error; `str()` is a message written for the person at the desk."""

    default_message = "The case file's keys could not be used."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0])


class PassphraseNotRecognised(KeyStoreError):
    """The passphrase did not open this person's key slot (checked before the database is read)."""

    default_message = "The passphrase was not recognised. Check Caps Lock and try again."


class RecoveryKeyNotRecognised(PassphraseNotRecognised):
    """A well-formed recovery key that does not open this file (usually another file's key)."""

    default_message = (
        "This recovery key does not open this case file. Check it is the key printed when this "
        "case file was set up, or the newest one if it has been replaced."
    )


class UnknownUser(KeyStoreError):
    """No key slot is labelled with the name typed."""

    default_message = (
        "No one of that name can open this case file. Check how your name was entered when you "
        "were given access."
    )


class DuplicateUser(KeyStoreError):
    default_message = "Someone with that name can already open this case file."


class LastUserSlot(KeyStoreError):
    default_message = (
        "This is the only person who can open the case file, so they cannot be removed. Add "
        "someone else first."
    )


class NameUnusable(KeyStoreError):
    default_message = "Type your name."


class PassphraseUnusable(KeyStoreError):
    default_message = "Type a passphrase."


class RecoveryKeyMistyped(KeyStoreError):
    """The recovery key as typed cannot be right; `groups` names the suspect groups (1-based)."""

    def __init__(self, message: str, groups: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.groups = groups

    @property
    def group(self) -> int | None:
        """The first group that looks wrong, or None when the whole key is the wrong length."""
        return self.groups[0] if self.groups else None


class WeakKdfParameters(KeyStoreError):
    """Key-derivation settings below the production minimum were offered for a new slot."""

    default_message = (
        "The key-protection settings are too weak for a real case file (at least 64 MiB of "
        "memory and 3 passes are required)."
    )


class KdfFailed(KeyStoreError):
    default_message = (
        "This computer could not run the key-protection step (it may be short of memory). Close "
        "other programs and try again."
    )


class HeaderError(KeyStoreError):
    """Something is wrong with the key header files themselves, not with what was typed."""


class HeaderMissing(HeaderError):
    default_message = (
        "The key header for this case file is missing, so the file cannot be opened. Restore the "
        "case file together with its key header from a backup."
    )


class HeaderExists(HeaderError):
    default_message = "This case file already has a key header; it will not be overwritten."


class HeaderDamaged(HeaderError):
    """Both copies unusable, or a slot that does not belong to this file. `detail` is for logs."""

    default_message = (
        "The key header for this case file is damaged, and so is its second copy. Restore the "
        "case file together with its key header from a backup."
    )

    def __init__(self, message: str | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class HeaderTooNew(HeaderDamaged):
    default_message = (
        "This case file's key header was written by a newer version of YPSI Desktop. Open it "
        "with that version, or update this one."
    )


class SlotNotForThisFile(HeaderDamaged):
    """The passphrase was right but the slot's binding to this file failed: moved or altered."""

    default_message = (
        "Your key slot in this case file's key header has been altered or copied from another "
        "case file. Use the recovery key, or restore the file and its key header from a backup."
    )


class AnchorNotAuthentic(HeaderDamaged):
    default_message = (
        "The key header's record of the audit trail has been altered. Treat the case file as "
        "suspect and restore it from a backup."
    )


class AnchorWentBackwards(KeyStoreError):
    default_message = (
        "The audit trail is shorter than the key header says it should be. Entries may have "
        "been removed or an old copy of the case file put back."
    )


class HeaderWriteFailed(KeyStoreError):
    """Saving the header failed. `committed` says whether the change took effect anyway."""

    def __init__(self, committed: bool) -> None:
        if committed:
            message = (
                "The change was saved, but the second copy of the key header could not be "
                "updated (the disk may be full). It will be repaired the next time the case file "
                "is opened."
            )
        else:
            message = (
                "The key header could not be saved (the disk may be full or read-only). Nothing "
                "has been changed."
            )
        super().__init__(message)
        self.committed = committed


class WrongDataKey(KeyStoreError):
    """A programming error: the key passed in is not this file's current (or pending) key."""

    default_message = "The key given does not belong to this case file."


class RotationPending(KeyStoreError):
    default_message = (
        "A change of the case file's key was interrupted. Open the case file again to finish "
        "it before making other changes."
    )


class NoRotationPending(KeyStoreError):
    default_message = "There is no interrupted change of key to finish."
