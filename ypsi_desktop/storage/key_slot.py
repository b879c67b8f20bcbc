"""One key slot: how a typed secret reaches the data key, and how the data key is sealed to it.

A slot does not simply encrypt the data key under the Argon2id output. Argon2id(secret, salt)
is used as an X25519 private key; the slot stores the matching public key, and the data key is
sealed to that public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM).

Why: key rotation. When a user is removed the data key is replaced, and every remaining slot
must then hold the *new* key. With plain symmetric wrapping that needs every remaining user's
passphrase, which the person removing a colleague does not have. Sealing to a public key lets
the data key be re-sealed to every slot with nothing but the public header, while opening a
slot still needs the secret. (The same shape as LUKS2's keyslots over one volume key, with
age's X25519 recipients in place of re-entering every passphrase.)

Binding: the associated data of every seal covers the header format, file_id, slot id, kind,
label, KDF settings with salt, the slot's public key and the key epoch, so a slot copied into
another file's header, or edited, fails to open, and a slot sealed for the pending key cannot
pass for the current one.

Errors: if the derived public key differs from the slot's, the secret was wrong
(PassphraseNotRecognised). If it matches but the seal does not open, the secret was right and
the slot has been moved or altered (SlotNotForThisFile): a more useful message than "wrong
passphrase" for something the person cannot fix by retyping.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from typing import TYPE_CHECKING

from ypsi_desktop.storage.key_derivation import KdfParams, derive, new_salt, wipe
from ypsi_desktop.storage.key_errors import (
    NameUnusable,
    PassphraseNotRecognised,
    PassphraseUnusable,
    SlotNotForThisFile,
)
from ypsi_desktop.storage.key_header import (
    FORMAT,
    ChainAnchor,
    KeyEpoch,
    Slot,
    SlotKind,
    Wrap,
    canonical,
    kdf_json,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

# The cryptography package (about 7 MB once loaded) is imported inside the functions that use
# it, after Argon2id has run and handed back its 64 MiB: so signing in never holds both, and
# the process's peak memory is the smaller for it.

DATA_KEY_BYTES = 32
_SEAL_INFO = b"ypsi-desktop/key-slot/v1"
_CHECK_INFO = b"ypsi-desktop/key-check/v1"
_ANCHOR_INFO = b"ypsi-desktop/anchor/v1"


def normalise_name(name: str) -> str:
    """The form of a name that labels a slot: trimmed, inner spaces collapsed, casefolded, NFC.

    So "Jane  Smith", " jane smith" and a decomposed accent all find the same slot.
    """
    collapsed = " ".join(name.split())
    if not collapsed:
        raise NameUnusable()
    return unicodedata.normalize("NFC", collapsed.casefold())


def name_label(file_id: bytes, name: str) -> str:
    """HMAC-SHA256 keyed by the file_id: no name in the header, and no link between files.

    Not a secret: anyone holding the header and a list of staff names can test which of them have
    a slot. It keeps names out of the file, not out of reach of someone who already has them.
    """
    try:
        message = normalise_name(name).encode("utf-8")
    except UnicodeEncodeError:
        raise NameUnusable("Your name contains a character that cannot be used.") from None
    return hmac.new(file_id, message, hashlib.sha256).hexdigest()


def passphrase_secret(passphrase: str) -> bytearray:
    """The passphrase as NFC UTF-8 in a bytearray the caller zeroes after use.

    NFC so the same passphrase typed with composed or decomposed accents (which differ by
    keyboard and platform) derives the same key. Nothing else is changed: spaces count.
    """
    if not passphrase:
        raise PassphraseUnusable()
    try:
        return bytearray(unicodedata.normalize("NFC", passphrase), "utf-8")
    except UnicodeEncodeError:
        raise PassphraseUnusable(
            "The passphrase contains a character that cannot be used. Remove it and try again."
        ) from None


def key_check(data_key: bytearray, file_id: bytes, epoch: int) -> bytes:
    """A public fingerprint of a data key, so a wrong key passed in by code is caught at once."""
    message = _CHECK_INFO + file_id + epoch.to_bytes(8, "big")
    return hmac.new(data_key, message, hashlib.sha256).digest()


def anchor_mac(data_key: bytearray, file_id: bytes, anchor: ChainAnchor) -> bytes:
    """Authenticates the recorded chain head: without the key it cannot be lowered unnoticed."""
    message = _ANCHOR_INFO + file_id + anchor.seq.to_bytes(8, "big") + anchor.hash.encode()
    return hmac.new(data_key, message, hashlib.sha256).digest()


def matches(expected: bytes, actual: bytes) -> bool:
    return hmac.compare_digest(expected, actual)


def _associated_data(file_id: bytes, slot: Slot, epoch: int) -> bytes:
    return canonical(
        {
            "format": FORMAT,
            "file_id": file_id.hex(),
            "slot_id": slot.slot_id,
            "kind": slot.kind.value,
            "label": slot.label,
            "kdf": kdf_json(slot.kdf, slot.salt),
            "public_key": slot.public_key.hex(),
            "epoch": epoch,
        }
    )


def _wrapping_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytearray:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = bytearray(32)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO)
    hkdf.derive_into(shared + ephemeral + recipient, key)
    return key


def seal(file_id: bytes, slot: Slot, epoch: int, data_key: bytearray) -> Wrap:
    """The data key sealed to the slot's public key for `epoch` (needs no secret of the slot)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public_key))
    key = _wrapping_key(shared, ephemeral_public, slot.public_key)
    try:
        nonce = os.urandom(12)
        ciphertext = AESGCM(key).encrypt(nonce, data_key, _associated_data(file_id, slot, epoch))
    finally:
        wipe(key)
    return Wrap(ephemeral_key=ephemeral_public, nonce=nonce, ciphertext=ciphertext)


def new_slot(
    file_id: bytes,
    slot_id: str,
    kind: SlotKind,
    label: str,
    secret: bytearray,
    params: KdfParams,
    epoch: int,
    data_key: bytearray,
) -> Slot:
    """A slot that opens with `secret`, holding `data_key` for `epoch`."""
    salt = new_salt()
    derived = derive(secret, salt, params)
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        public_key = X25519PrivateKey.from_private_bytes(derived).public_key().public_bytes_raw()
    finally:
        wipe(derived)
    placeholder = Wrap(b"", b"", b"")
    slot = Slot(slot_id, kind, label, params, salt, public_key, placeholder)
    return Slot(
        slot_id, kind, label, params, salt, public_key, seal(file_id, slot, epoch, data_key)
    )


def open_slot(
    file_id: bytes,
    slot: Slot,
    secret: bytearray,
    key: KeyEpoch,
    pending_key: KeyEpoch | None,
) -> tuple[bytearray, bytearray | None]:
    """(current data key, pending data key or None) from one Argon2id derivation.

    Raises PassphraseNotRecognised for a wrong secret, SlotNotForThisFile for a right secret on
    a slot that was moved or altered.
    """
    derived = derive(secret, slot.salt, slot.kdf)
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        private = X25519PrivateKey.from_private_bytes(derived)
    finally:
        wipe(derived)
    if not matches(slot.public_key, private.public_key().public_bytes_raw()):
        raise PassphraseNotRecognised()
    current = _unseal(file_id, slot, private, slot.wrap, key)
    if pending_key is None or slot.pending_wrap is None:
        return current, None
    try:
        return current, _unseal(file_id, slot, private, slot.pending_wrap, pending_key)
    except SlotNotForThisFile:
        wipe(current)
        raise


def _unseal(
    file_id: bytes, slot: Slot, private: X25519PrivateKey, wrap: Wrap, key: KeyEpoch
) -> bytearray:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(wrap.ephemeral_key))
    except ValueError:  # a low-order point: only an edited header has one
        raise SlotNotForThisFile(detail="ephemeral key rejected") from None
    wrapping = _wrapping_key(shared, wrap.ephemeral_key, slot.public_key)
    if len(wrap.ciphertext) != DATA_KEY_BYTES + 16:
        raise SlotNotForThisFile(detail="seal has the wrong length")
    data_key = bytearray(DATA_KEY_BYTES)  # decrypted straight into a buffer we can zero
    try:
        AESGCM(wrapping).decrypt_into(
            wrap.nonce, wrap.ciphertext, _associated_data(file_id, slot, key.epoch), data_key
        )
    except InvalidTag:
        wipe(data_key)
        raise SlotNotForThisFile(detail="seal did not open") from None
    finally:
        wipe(wrapping)
    if not matches(key.check, key_check(data_key, file_id, key.epoch)):
        wipe(data_key)
        raise SlotNotForThisFile(detail="key check differs")
    return data_key
