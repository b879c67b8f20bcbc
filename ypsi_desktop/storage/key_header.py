"""The key header's format: a small JSON document that holds the key slots and the chain anchor.

Stored twice beside the case file (see key_header_copies for the files and how they are kept in
step). UTF-8 JSON with keys sorted and no spaces; `checksum` is the SHA-256 of the same document
serialised the same way without the `checksum` member, so damage is told apart from content:

    {"format": "ypsi-desktop-key-header", "version": 1, "generation": 7,
     "file_id": "<16 bytes hex>",
     "key": {"epoch": 1, "check": "<HMAC of the data key, hex>"},
     "pending_key": null | {"epoch": 2, "check": "..."},
     "anchor": {"seq": 0, "hash": "<hex>", "mac": "<hex>", "pending_mac": null | "<hex>"},
     "slots": [{"id": "<16 bytes hex>", "kind": "user" | "recovery",
                "label": "<HMAC-SHA256(file_id, normalised name) hex>" | "",
                "kdf": {"algorithm": "argon2id", "version": 19, "memory_kib": 65536,
                        "time_cost": 3, "parallelism": 2, "salt": "<hex>"},
                "public_key": "<X25519, hex>",
                "wrap": {"ephemeral_key": "<hex>", "nonce": "<hex>", "ciphertext": "<hex>"},
                "pending_wrap": null | {...}}],
     "checksum": "<hex>"}

Parsing is strict (exact members, types, lengths, ranges, no duplicate keys, no NaN, a size cap)
because the file is outside the encryption and anyone may have edited it: whatever is wrong
comes out as a ValueError naming the part, which the reader treats as "this copy is damaged".

The header holds no personal data: user slots are labelled by a keyed hash of the name, and it
is deliberately unencrypted so it can be read before any key is known.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ypsi_desktop.storage.key_derivation import SALT_BYTES_RANGE, KdfParams, check_readable

FORMAT = "ypsi-desktop-key-header"
VERSION = 1
MAX_HEADER_BYTES = 256 * 1024
MAX_SLOTS = 64
TOO_NEW = "made by a newer version"
GENESIS_HASH = "00" * 32


class SlotKind(StrEnum):
    USER = "user"
    RECOVERY = "recovery"


@dataclass(frozen=True)
class ChainAnchor:
    """The audit chain's head as last recorded: entry count (`seq`) and hash of the last entry."""

    seq: int = 0
    hash: str = GENESIS_HASH


@dataclass(frozen=True)
class Wrap:
    """The data key of one epoch sealed to a slot's public key (X25519 + HKDF + AES-256-GCM)."""

    ephemeral_key: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: SlotKind
    label: str
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    wrap: Wrap
    pending_wrap: Wrap | None = None


@dataclass(frozen=True)
class KeyEpoch:
    epoch: int
    check: bytes


@dataclass(frozen=True)
class Header:
    generation: int
    file_id: bytes
    key: KeyEpoch
    pending_key: KeyEpoch | None
    anchor: ChainAnchor
    anchor_mac: bytes
    anchor_pending_mac: bytes | None
    slots: tuple[Slot, ...]


# --- serialising -------------------------------------------------------------------------


def _wrap_json(wrap: Wrap | None) -> dict[str, str] | None:
    if wrap is None:
        return None
    return {
        "ephemeral_key": wrap.ephemeral_key.hex(),
        "nonce": wrap.nonce.hex(),
        "ciphertext": wrap.ciphertext.hex(),
    }


def kdf_json(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {"algorithm": "argon2id", "version": 19, **params.to_json(), "salt": salt.hex()}


def slot_json(slot: Slot) -> dict[str, Any]:
    return {
        "id": slot.slot_id,
        "kind": slot.kind.value,
        "label": slot.label,
        "kdf": kdf_json(slot.kdf, slot.salt),
        "public_key": slot.public_key.hex(),
        "wrap": _wrap_json(slot.wrap),
        "pending_wrap": _wrap_json(slot.pending_wrap),
    }


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def serialise(header: Header) -> bytes:
    pending = header.pending_key
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generation": header.generation,
        "file_id": header.file_id.hex(),
        "key": {"epoch": header.key.epoch, "check": header.key.check.hex()},
        "pending_key": None
        if pending is None
        else {"epoch": pending.epoch, "check": pending.check.hex()},
        "anchor": {
            "seq": header.anchor.seq,
            "hash": header.anchor.hash,
            "mac": header.anchor_mac.hex(),
            "pending_mac": None
            if header.anchor_pending_mac is None
            else header.anchor_pending_mac.hex(),
        },
        "slots": [slot_json(s) for s in header.slots],
    }
    document["checksum"] = hashlib.sha256(canonical(document)).hexdigest()
    return canonical(document) + b"\n"


# --- parsing (every check raises ValueError; the caller turns it into "damaged") -----------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate member {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _obj(value: object, keys: set[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise ValueError(f"{where}: wrong shape")
    return value


def _int(value: object, low: int, high: int, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{where}: not an integer in range")
    return value


def _hex(value: object, where: str, length: int | None = None, max_length: int = 256) -> bytes:
    if not isinstance(value, str) or len(value) > 2 * max_length:
        raise ValueError(f"{where}: not hex")
    if value != value.lower():
        raise ValueError(f"{where}: not lower-case hex")
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raise ValueError(f"{where}: not hex") from None
    if length is not None and len(raw) != length:
        raise ValueError(f"{where}: wrong length")
    return raw


def parse_anchor_hash(value: object) -> str:
    """A chain hash as stored: lower-case hex of 1 to 64 bytes (SHA-256 gives 32)."""
    if not _hex(value, "anchor hash", max_length=64):
        raise ValueError("anchor hash: empty")
    assert isinstance(value, str)
    return value


def _parse_wrap(value: object, where: str) -> Wrap:
    data = _obj(value, {"ephemeral_key", "nonce", "ciphertext"}, where)
    return Wrap(
        ephemeral_key=_hex(data["ephemeral_key"], where, 32),
        nonce=_hex(data["nonce"], where, 12),
        ciphertext=_hex(data["ciphertext"], where, 48),
    )


def _parse_slot(value: object, where: str, pending: bool) -> Slot:
    data = _obj(value, {"id", "kind", "label", "kdf", "public_key", "wrap", "pending_wrap"}, where)
    kind = data["kind"]
    if kind not in (SlotKind.USER.value, SlotKind.RECOVERY.value):
        raise ValueError(f"{where}: unknown kind")
    kdf = _obj(
        data["kdf"],
        {"algorithm", "version", "memory_kib", "time_cost", "parallelism", "salt"},
        where,
    )
    if kdf["algorithm"] != "argon2id" or kdf["version"] != 19:
        raise ValueError(f"{where}: unsupported key derivation")
    try:
        params = check_readable(kdf["memory_kib"], kdf["time_cost"], kdf["parallelism"])
    except ValueError as error:
        raise ValueError(f"{where}: {error}") from None
    salt = _hex(kdf["salt"], where, max_length=SALT_BYTES_RANGE[1])
    if len(salt) < SALT_BYTES_RANGE[0]:
        raise ValueError(f"{where}: salt too short")
    label = data["label"]
    if kind == SlotKind.USER.value:
        _hex(label, where, 32)
    elif label != "":
        raise ValueError(f"{where}: recovery slot has a label")
    slot_id = data["id"]
    _hex(slot_id, where, 16)
    pending_wrap = data["pending_wrap"]
    if (pending_wrap is not None) != pending:
        raise ValueError(f"{where}: pending wrap does not match pending key")
    return Slot(
        slot_id=slot_id,
        kind=SlotKind(kind),
        label=label,
        kdf=params,
        salt=salt,
        public_key=_hex(data["public_key"], where, 32),
        wrap=_parse_wrap(data["wrap"], where),
        pending_wrap=None if pending_wrap is None else _parse_wrap(pending_wrap, where),
    )


def _parse_epoch(value: object, where: str) -> KeyEpoch:
    data = _obj(value, {"epoch", "check"}, where)
    return KeyEpoch(_int(data["epoch"], 1, 2**53, where), _hex(data["check"], where, 32))


def parse(raw: bytes) -> Header:
    """A header from file bytes, or ValueError saying (for logs) why the copy is unusable."""
    if len(raw) > MAX_HEADER_BYTES:
        raise ValueError("larger than any header")
    if not raw.strip():
        raise ValueError("empty")
    try:
        document = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_reject_constant
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ValueError(f"not JSON: {type(error).__name__}") from None
    data = _obj(
        document,
        {"format", "version", "generation", "file_id", "key", "pending_key", "anchor", "slots"}
        | {"checksum"},
        "header",
    )
    if data["format"] != FORMAT:
        raise ValueError("not a key header")
    # The checksum comes first, so a damaged byte in "version" reads as damage (and is repaired
    # from the other copy) rather than as a newer version (which is never overwritten). Later
    # versions must keep this checksum rule.
    checksum = data.pop("checksum")
    if not isinstance(checksum, str) or checksum != hashlib.sha256(canonical(data)).hexdigest():
        raise ValueError("checksum mismatch")
    if _int(data["version"], 0, 2**31, "version") != VERSION:
        raise ValueError(TOO_NEW)
    key = _parse_epoch(data["key"], "key")
    pending_key = None if data["pending_key"] is None else _parse_epoch(data["pending_key"], "pk")
    if pending_key is not None and pending_key.epoch != key.epoch + 1:
        raise ValueError("pending epoch out of sequence")
    anchor = _obj(data["anchor"], {"seq", "hash", "mac", "pending_mac"}, "anchor")
    anchor_hash = parse_anchor_hash(anchor["hash"])
    pending_mac = anchor["pending_mac"]
    if (pending_mac is None) != (pending_key is None):
        raise ValueError("anchor: pending mac does not match pending key")
    slots_value = data["slots"]
    if not isinstance(slots_value, list) or not 1 <= len(slots_value) <= MAX_SLOTS:
        raise ValueError("slots: missing or too many")
    slots = tuple(
        _parse_slot(s, f"slot {i}", pending_key is not None) for i, s in enumerate(slots_value)
    )
    if len({s.slot_id for s in slots}) != len(slots):
        raise ValueError("slots: duplicate id")
    labels = [s.label for s in slots if s.kind is SlotKind.USER]
    if len(set(labels)) != len(labels):
        raise ValueError("slots: duplicate label")
    if sum(s.kind is SlotKind.RECOVERY for s in slots) != 1:
        raise ValueError("slots: not exactly one recovery slot")
    return Header(
        generation=_int(data["generation"], 1, 2**53, "generation"),
        file_id=_hex(data["file_id"], "file_id", 16),
        key=key,
        pending_key=pending_key,
        anchor=ChainAnchor(_int(anchor["seq"], 0, 2**63 - 1, "anchor"), anchor_hash),
        anchor_mac=_hex(anchor["mac"], "anchor", 32),
        anchor_pending_mac=None if pending_mac is None else _hex(pending_mac, "anchor", 32),
        slots=slots,
    )
