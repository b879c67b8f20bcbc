"""Key management for the case file: one random data key, opened through key slots.

The case file is a SQLCipher database keyed with a random 256-bit *data key* (applied by the
database code in SQLCipher's raw-key form). No passphrase is ever the key. The data key is kept
in the key header beside the file (files: key_header_copies; format: key_header), sealed to
one slot per user (opened with name + passphrase) and exactly one recovery slot (opened with
the recovery key). Each slot's secret goes through Argon2id with per-slot settings
(key_derivation) and opens the data key as described in key_slot, which also says why a slot
is an X25519 key pair rather than a plain AES key wrap: so rotation needs no one's passphrase.
Changing a passphrase rewrites one slot; the data key, and so every database page, is kept.

Key rotation protocol (removing a user, or any suspicion the data key has leaked). The database
code follows these steps exactly; a crash at any point leaves the database openable with either
the old or the new key, and the caller can tell which:

1. `new_key = store.begin_rotation(current_key, remove_slot_ids=[...])`: in ONE header write,
   drops the removed people's slots and adds a *pending* key: every remaining slot gains a
   second seal of the new key (`pending_wrap`), made from the slots' public keys, so no one's
   passphrase is needed. The current key still opens everything. If this raises, do not rekey.
2. The caller runs `PRAGMA rekey` with `new_key` (atomic in SQLCipher, measured under SIGKILL).
3. `store.commit_rotation(new_key)`: the pending key becomes the current one and the old seals
   are dropped. Then wipe the old key.

Opening a file (always, not only after a crash): `unlock()` returns `data_key` and, while a
rotation is pending, `pending_key` too (both from one Argon2id run). Then:

- `data_key` opens the database and `pending_key` is None: normal.
- `data_key` opens it and `pending_key` is set: the crash came before the rekey. Roll forward:
  `PRAGMA rekey` to `pending_key`, then `commit_rotation(pending_key)`, so a removal that was
  asked for is completed. (`abandon_rotation(data_key)` instead keeps the old key, for when
  the file cannot be rekeyed now; the removed slots stay removed.)
- `data_key` does not open it but `pending_key` does: the rekey happened; call
  `commit_rotation(pending_key)`. Repeating it is harmless.

While a rotation is pending every other change to the header is refused (RotationPending), so
the two key sets cannot drift apart. If the removed person may have seen the recovery key,
also call `replace_recovery_key` after step 3.

What rotation does and does not do: a removed person who kept the old key can still read any
copy of the file made before the rotation, and an insider who could write the header while
still trusted could have planted a public key of their own. Rotation protects copies made after
it from someone who merely remembers the old key or passphrase.

The chain anchor: the session records the audit chain's head ({"seq", "hash"}) with
`update_anchor(data_key, anchor)` at sign-in, at lock and close, after administrative changes,
and (in the app) a few seconds after anything is recorded, and compares with `read_anchor(data_key)`
when opening: a database *behind* the anchor has been rolled back or truncated; one *ahead* of
it is normal after a crash between the commit and the header write. The anchor is authenticated
with the data key, so someone without the key cannot lower it, but an old header put back with
an old database is only caught by the anchors kept elsewhere (printed forms, backups).

Wiping: key bytes we create are bytearrays (Argon2id output, wrapping keys, the data key, both
decrypted straight into buffers we own) and are zeroed when done; `UnlockedKeys.wipe()` zeroes
the data key. What Python cannot wipe: the passphrase `str` (and Qt's copy of it), the bytes
`str.encode` makes on the way to the bytearray, the X25519 shared secret `cryptography` returns
as `bytes`, the fresh random bytes a new data key is copied from, the recovery key, and copies
inside OpenSSL and SQLCipher (which clear their own on free). Full-disk encryption stays
necessary.

Concurrency: one process writes the header at a time; the caller's file lock provides that.
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ypsi_desktop.storage import key_header_copies
from ypsi_desktop.storage.key_derivation import KdfParams, calibrate, check_for_writing, wipe
from ypsi_desktop.storage.key_errors import (
    AnchorNotAuthentic,
    AnchorWentBackwards,
    DuplicateUser,
    HeaderExists,
    LastUserSlot,
    NoRotationPending,
    PassphraseNotRecognised,
    RecoveryKeyNotRecognised,
    RotationPending,
    UnknownUser,
    WrongDataKey,
)
from ypsi_desktop.storage.key_header import (
    ChainAnchor,
    Header,
    KeyEpoch,
    Slot,
    SlotKind,
    parse_anchor_hash,
)
from ypsi_desktop.storage.key_slot import (
    DATA_KEY_BYTES,
    anchor_mac,
    key_check,
    matches,
    name_label,
    new_slot,
    open_slot,
    passphrase_secret,
    seal,
)
from ypsi_desktop.storage.recovery_key import RecoveryKey

__all__ = [
    "ChainAnchor",
    "HeaderSummary",
    "KdfParams",
    "KeyStore",
    "NewCaseFileKeys",
    "RecoveryKey",
    "SlotKind",
    "UnlockedKeys",
]


@dataclass(frozen=True, repr=False)
class NewCaseFileKeys:
    """What `create` hands back. Show `recovery_key` once; wipe `data_key` when done."""

    data_key: bytearray
    recovery_key: str
    slot_id: str
    file_id: str


@dataclass(frozen=True, repr=False)
class UnlockedKeys:
    """An opened slot: `data_key` (current), `pending_key` (only mid-rotation) and who opened."""

    data_key: bytearray
    pending_key: bytearray | None
    slot_id: str
    kind: SlotKind
    epoch: int
    file_id: str

    def wipe(self) -> None:
        wipe(self.data_key)
        wipe(self.pending_key)


@dataclass(frozen=True)
class HeaderSummary:
    """Public facts about the header (no key needed), for diagnostics and the UI."""

    file_id: str
    generation: int
    epoch: int
    rotation_pending: bool
    user_slot_ids: tuple[str, ...]
    recovery_slot_id: str
    kdf: tuple[KdfParams, ...]
    repairs: tuple[str, ...]


@functools.cache
def _calibrated() -> KdfParams:
    """Production settings, measured once per process (calibration costs up to ~3 s)."""
    return calibrate().params


class KeyStore:
    """The key header of one case file. Every call re-reads the header (repairing a bad copy).

    `kdf=None` (the app and the CLI) means production settings calibrated on this machine. Tests
    pass `KdfParams.for_tests()`; anything else below the production minimum is refused with
    WeakKdfParameters here, before any file is touched.
    """

    def __init__(self, case_file: str | os.PathLike[str], *, kdf: KdfParams | None = None):
        self.case_file = Path(case_file)
        self.paths = key_header_copies.header_paths(self.case_file)
        self._kdf = None if kdf is None else check_for_writing(kdf)
        self.repairs: tuple[str, ...] = ()

    # --- reading ---------------------------------------------------------------------------

    def exists(self) -> bool:
        return any(path.exists() for path in self.paths)

    def summary(self) -> HeaderSummary:
        header = self._load()
        return HeaderSummary(
            file_id=header.file_id.hex(),
            generation=header.generation,
            epoch=header.key.epoch,
            rotation_pending=header.pending_key is not None,
            user_slot_ids=tuple(s.slot_id for s in header.slots if s.kind is SlotKind.USER),
            recovery_slot_id=_recovery_slot(header).slot_id,
            kdf=tuple(s.kdf for s in header.slots),
            repairs=self.repairs,
        )

    def unlock(self, name: str, passphrase: str) -> UnlockedKeys:
        """Open the slot labelled with `name`. UnknownUser, PassphraseNotRecognised, ..."""
        header = self._load()
        slot = _user_slot(header, name)
        return self._open(header, slot, passphrase_secret(passphrase))

    def has_user(self, name: str) -> bool:
        """Whether a passphrase slot is labelled with `name` (no key needed to ask)."""
        try:
            _user_slot(self._load(), name)
        except UnknownUser:
            return False
        return True

    def user_count(self) -> int:
        return sum(slot.kind is SlotKind.USER for slot in self._load().slots)

    def unlock_sole_user(self, passphrase: str) -> UnlockedKeys:
        """Open the only user slot (for the CLI, where one user need not type their name)."""
        users = [slot for slot in self._load().slots if slot.kind is SlotKind.USER]
        if len(users) != 1:
            raise UnknownUser()
        return self._open(self._load(), users[0], passphrase_secret(passphrase))

    def unlock_with_recovery_key(self, recovery_key: str | RecoveryKey) -> UnlockedKeys:
        """Open the recovery slot. RecoveryKeyMistyped (names the group), ...NotRecognised."""
        key = RecoveryKey.parse(recovery_key) if isinstance(recovery_key, str) else recovery_key
        header = self._load()
        try:
            return self._open(header, _recovery_slot(header), bytearray(key.secret))
        except PassphraseNotRecognised:
            raise RecoveryKeyNotRecognised() from None

    def read_anchor(self, data_key: bytearray) -> ChainAnchor:
        """The recorded chain head, after checking it was written by a holder of the key."""
        header = self._load()
        epoch = self._which_key(header, data_key)
        mac = header.anchor_mac if epoch is header.key else header.anchor_pending_mac
        if mac is None or not matches(mac, anchor_mac(data_key, header.file_id, header.anchor)):
            raise AnchorNotAuthentic()
        return header.anchor

    # --- creating and changing slots ---------------------------------------------------------

    def create(
        self, name: str, passphrase: str, *, recovery_key: RecoveryKey | None = None
    ) -> NewCaseFileKeys:
        """A header for a new case file: new data key, file_id, first user and recovery slot.

        Pass `recovery_key` when the UI has already shown and had it typed back; otherwise one is
        generated and returned. Refuses (HeaderExists) if either header copy already exists.
        """
        if self.exists():
            raise HeaderExists()
        recovery = recovery_key or RecoveryKey.generate()
        file_id = secrets.token_bytes(16)
        label = name_label(file_id, name)
        secret = passphrase_secret(passphrase)
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        try:
            user = self._slot(file_id, 1, SlotKind.USER, label, secret, data_key)
            rescue_secret = bytearray(recovery.secret)
            rescue = self._slot(file_id, 1, SlotKind.RECOVERY, "", rescue_secret, data_key)
            anchor = ChainAnchor()
            header = Header(
                generation=1,
                file_id=file_id,
                key=KeyEpoch(1, key_check(data_key, file_id, 1)),
                pending_key=None,
                anchor=anchor,
                anchor_mac=anchor_mac(data_key, file_id, anchor),
                anchor_pending_mac=None,
                slots=(user, rescue),
            )
            key_header_copies.store(self.case_file, header)
        except BaseException:
            wipe(data_key)
            wipe(secret)
            raise
        return NewCaseFileKeys(data_key, str(recovery), user.slot_id, file_id.hex())

    def add_user(self, data_key: bytearray, name: str, passphrase: str) -> str:
        """A slot for another person; returns its slot id. DuplicateUser if the name is taken."""
        header = self._load_for_change(data_key)
        label = name_label(header.file_id, name)
        if any(s.label == label for s in header.slots if s.kind is SlotKind.USER):
            raise DuplicateUser()
        secret = passphrase_secret(passphrase)
        slot = self._slot(header.file_id, header.key.epoch, SlotKind.USER, label, secret, data_key)
        self._save(replace(header, slots=(*header.slots, slot)))
        return slot.slot_id

    def change_passphrase(self, name: str, old_passphrase: str, new_passphrase: str) -> None:
        """Check the old passphrase, then reseal only this person's slot with the new one."""
        keys = self.unlock(name, old_passphrase)
        try:
            self.set_passphrase(keys.data_key, name, new_passphrase)
        finally:
            keys.wipe()

    def set_passphrase(self, data_key: bytearray, name: str, new_passphrase: str) -> None:
        """Give `name` a new passphrase without the old one (after the recovery route)."""
        header = self._load_for_change(data_key)
        old = _user_slot(header, name)
        slot = self._slot(
            header.file_id,
            header.key.epoch,
            SlotKind.USER,
            old.label,
            passphrase_secret(new_passphrase),
            data_key,
            slot_id=old.slot_id,
        )
        self._save(replace(header, slots=tuple(slot if s is old else s for s in header.slots)))

    def remove_user(self, data_key: bytearray, slot_id: str) -> None:
        """Drop a user's slot without changing the key. Prefer `begin_rotation(remove_slot_ids=)`
        so that someone who remembers the key cannot open copies made from now on."""
        header = self._load_for_change(data_key)
        users = [s for s in header.slots if s.kind is SlotKind.USER]
        if not any(s.slot_id == slot_id for s in users):
            raise UnknownUser()
        if len(users) == 1:
            raise LastUserSlot()
        self._save(replace(header, slots=tuple(s for s in header.slots if s.slot_id != slot_id)))

    def rename_user(self, data_key: bytearray, slot_id: str, new_name: str) -> None:
        """Relabel a slot for a changed name; the passphrase and slot id stay the same.

        The label is bound into the seal, so the slot is resealed (from its public key alone).
        """
        header = self._load_for_change(data_key)
        label = name_label(header.file_id, new_name)
        users = [s for s in header.slots if s.kind is SlotKind.USER]
        old = next((s for s in users if s.slot_id == slot_id), None)
        if old is None:
            raise UnknownUser()
        if any(s.label == label for s in users if s is not old):
            raise DuplicateUser()
        relabelled = replace(old, label=label)
        relabelled = replace(
            relabelled, wrap=seal(header.file_id, relabelled, header.key.epoch, data_key)
        )
        slots = tuple(relabelled if s is old else s for s in header.slots)
        self._save(replace(header, slots=slots))

    def replace_recovery_key(
        self, data_key: bytearray, recovery_key: RecoveryKey | None = None
    ) -> str:
        """A new recovery slot (the old recovery key stops working); returns the new key."""
        header = self._load_for_change(data_key)
        recovery = recovery_key or RecoveryKey.generate()
        secret = bytearray(recovery.secret)
        slot = self._slot(header.file_id, header.key.epoch, SlotKind.RECOVERY, "", secret, data_key)
        kept = tuple(s for s in header.slots if s.kind is SlotKind.USER)
        self._save(replace(header, slots=(*kept, slot)))
        return str(recovery)

    def update_anchor(self, data_key: bytearray, anchor: ChainAnchor) -> None:
        """Record the chain head. AnchorWentBackwards if `seq` is lower than recorded."""
        parse_anchor_hash(anchor.hash)
        header = self._load_for_change(data_key)
        if anchor.seq < header.anchor.seq:
            raise AnchorWentBackwards()
        if anchor == header.anchor:
            return
        mac = anchor_mac(data_key, header.file_id, anchor)
        self._save(replace(header, anchor=anchor, anchor_mac=mac))

    # --- rotation (see the module docstring for the protocol) ----------------------------------

    def begin_rotation(
        self, data_key: bytearray, *, remove_slot_ids: Iterable[str] = ()
    ) -> bytearray:
        """Step 1: drop `remove_slot_ids` and record a new key sealed to every remaining slot.

        Returns the new key for `PRAGMA rekey`. The removal and the pending key are one header
        write, so after a crash either neither happened or both will be finished by the next
        open (see "rolling forward" in the module docstring).
        """
        header = self._load_for_change(data_key)
        removed = set(remove_slot_ids)
        users = [s for s in header.slots if s.kind is SlotKind.USER]
        if not removed <= {s.slot_id for s in users}:
            raise UnknownUser()
        if len(users) == len(removed):
            raise LastUserSlot()
        new_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        try:
            epoch = header.key.epoch + 1
            slots = tuple(
                replace(s, pending_wrap=seal(header.file_id, s, epoch, new_key))
                for s in header.slots
                if s.slot_id not in removed
            )
            self._save(
                replace(
                    header,
                    pending_key=KeyEpoch(epoch, key_check(new_key, header.file_id, epoch)),
                    anchor_pending_mac=anchor_mac(new_key, header.file_id, header.anchor),
                    slots=slots,
                )
            )
        except BaseException:
            wipe(new_key)
            raise
        return new_key

    def commit_rotation(self, new_key: bytearray) -> None:
        """Step 3: the database now uses `new_key`; make it current. Repeating it is harmless."""
        header = self._load()
        pending = header.pending_key
        if pending is None:
            if matches(header.key.check, key_check(new_key, header.file_id, header.key.epoch)):
                return
            raise NoRotationPending()
        if not matches(pending.check, key_check(new_key, header.file_id, pending.epoch)):
            raise WrongDataKey()
        assert header.anchor_pending_mac is not None
        slots = []
        for slot in header.slots:
            assert slot.pending_wrap is not None
            slots.append(replace(slot, wrap=slot.pending_wrap, pending_wrap=None))
        self._save(
            replace(
                header,
                key=pending,
                pending_key=None,
                anchor_mac=header.anchor_pending_mac,
                anchor_pending_mac=None,
                slots=tuple(slots),
            )
        )

    def abandon_rotation(self, data_key: bytearray) -> None:
        """Forget the pending key, when the database opened with `data_key` and cannot be rekeyed
        now (a read-only copy, a full disk). Slots removed with the rotation stay removed."""
        header = self._load()
        if header.pending_key is None:
            return
        if self._which_key(header, data_key) is not header.key:
            raise WrongDataKey()
        slots = tuple(replace(s, pending_wrap=None) for s in header.slots)
        self._save(replace(header, pending_key=None, anchor_pending_mac=None, slots=slots))

    # --- internals -----------------------------------------------------------------------------

    def _load(self) -> Header:
        loaded = key_header_copies.load(self.case_file)
        self.repairs = loaded.repairs
        return loaded.header

    def _load_for_change(self, data_key: bytearray) -> Header:
        header = self._load()
        if header.pending_key is not None:
            raise RotationPending()
        self._which_key(header, data_key)
        return header

    @staticmethod
    def _which_key(header: Header, data_key: bytearray) -> KeyEpoch:
        for epoch in (header.key, header.pending_key):
            if epoch is not None and matches(
                epoch.check, key_check(data_key, header.file_id, epoch.epoch)
            ):
                return epoch
        raise WrongDataKey()

    def _params(self) -> KdfParams:
        return self._kdf if self._kdf is not None else _calibrated()

    def _slot(
        self,
        file_id: bytes,
        epoch: int,
        kind: SlotKind,
        label: str,
        secret: bytearray,
        data_key: bytearray,
        slot_id: str | None = None,
    ) -> Slot:
        """A new slot sealed for `epoch`; wipes `secret`. Only called with no rotation pending."""
        try:
            return new_slot(
                file_id,
                slot_id or secrets.token_hex(16),
                kind,
                label,
                secret,
                self._params(),
                epoch,
                data_key,
            )
        finally:
            wipe(secret)

    def _open(self, header: Header, slot: Slot, secret: bytearray) -> UnlockedKeys:
        try:
            current, pending = open_slot(
                header.file_id, slot, secret, header.key, header.pending_key
            )
        finally:
            wipe(secret)
        return UnlockedKeys(
            current, pending, slot.slot_id, slot.kind, header.key.epoch, header.file_id.hex()
        )

    def _save(self, header: Header) -> None:
        """Write `header` as the next generation (both copies; see key_header_copies.store)."""
        key_header_copies.store(self.case_file, replace(header, generation=header.generation + 1))


def _user_slot(header: Header, name: str) -> Slot:
    label = name_label(header.file_id, name)
    for slot in header.slots:
        if slot.kind is SlotKind.USER and slot.label == label:
            return slot
    raise UnknownUser()


def _recovery_slot(header: Header) -> Slot:
    return next(s for s in header.slots if s.kind is SlotKind.RECOVERY)
