"""The key header files: two copies, repaired from each other, clean errors, no personal data."""

from __future__ import annotations

import json
import os
import random
import stat
import sys
from collections.abc import Callable
from hashlib import sha256
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ypsi_desktop.storage import key_header_copies, key_slot
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_errors import (
    HeaderDamaged,
    HeaderMissing,
    HeaderTooNew,
    HeaderWriteFailed,
)
from ypsi_desktop.storage.key_header import canonical, parse
from ypsi_desktop.storage.key_header_copies import header_paths
from ypsi_desktop.storage.keys import KeyStore, NewCaseFileKeys

NAME = "Jane Smith"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store(tmp_path: Path) -> KeyStore:
    return KeyStore(tmp_path / "case.ypsi", kdf=KdfParams.for_tests())


@pytest.fixture
def created(store: KeyStore) -> NewCaseFileKeys:
    return store.create(NAME, PASSPHRASE)


def _with_checksum(document: dict[str, object]) -> bytes:
    document = {k: v for k, v in document.items() if k != "checksum"}
    document["checksum"] = sha256(canonical(document)).hexdigest()
    return canonical(document) + b"\n"


def _set_kdf(value: object) -> Callable[[bytes], bytes]:
    """A copy whose checksum is right but whose KDF settings are absurd."""

    def damage(raw: bytes) -> bytes:
        document = json.loads(raw)
        document["slots"][0]["kdf"]["memory_kib"] = value
        return _with_checksum(document)

    return damage


def _flip_byte(raw: bytes) -> bytes:
    position = random.Random(7).randrange(len(raw))
    return raw[:position] + bytes([raw[position] ^ 0x01]) + raw[position + 1 :]


DAMAGE: dict[str, Callable[[bytes], bytes] | None] = {
    "deleted": None,
    "empty": lambda raw: b"",
    "truncated": lambda raw: raw[: len(raw) // 2],
    "one byte flipped": _flip_byte,
    "random bytes": lambda raw: os.urandom(len(raw)),
    "not JSON but UTF-8": lambda raw: "é".encode() * 100,
    "memory 2**40 with a valid checksum": _set_kdf(2**40),
    "memory as a string": _set_kdf("65536"),
    "memory missing": _set_kdf(None),
    "huge file": lambda raw: b" " * (2 * 1024 * 1024),
}


def _damage(path: Path, how: str) -> None:
    action = DAMAGE[how]
    if action is None:
        path.unlink()
    else:
        path.write_bytes(action(path.read_bytes()))


def test_both_copies_are_written_identically_beside_the_case_file(
    store: KeyStore, created: NewCaseFileKeys, tmp_path: Path
) -> None:
    primary, backup = header_paths(tmp_path / "case.ypsi")
    assert (primary.name, backup.name) == ("case.ypsi.keys", "case.ypsi.keys.bak")
    assert primary.read_bytes() == backup.read_bytes()
    document = json.loads(primary.read_bytes())
    assert document["format"] == "ypsi-desktop-key-header" and document["version"] == 1
    assert document["generation"] == 1 and len(document["file_id"]) == 32
    assert document["anchor"]["seq"] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.ypsi.keys", "case.ypsi.keys.bak"]


def test_every_change_is_a_new_generation_in_both_copies(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    store.change_passphrase(NAME, PASSPHRASE, "a brand new passphrase")
    for path in store.paths:
        assert parse(path.read_bytes()).generation == 3
    assert store.paths[0].read_bytes() == store.paths[1].read_bytes()


@pytest.mark.parametrize("which", [0, 1], ids=["main copy", "second copy"])
@pytest.mark.parametrize("how", list(DAMAGE))
def test_one_damaged_copy_is_repaired_from_the_other(
    store: KeyStore, created: NewCaseFileKeys, which: int, how: str
) -> None:
    good = store.paths[1 - which].read_bytes()
    _damage(store.paths[which], how)
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key
    assert store.paths[which].read_bytes() == good  # byte for byte
    assert parse(store.paths[which].read_bytes()).generation == 1
    assert len(store.repairs) == 1 and "rewritten from the other copy" in store.repairs[0]
    store.unlock(NAME, PASSPHRASE)
    assert not store.repairs  # nothing left to repair


@pytest.mark.parametrize("how", [h for h in DAMAGE if h != "deleted"])
def test_both_copies_damaged_is_a_clear_error(
    store: KeyStore, created: NewCaseFileKeys, how: str
) -> None:
    for path in store.paths:
        _damage(path, how)
    with pytest.raises(HeaderDamaged) as caught:
        store.unlock(NAME, PASSPHRASE)
    assert "key header for this case file is damaged" in str(caught.value)
    assert "backup" in str(caught.value)


def test_both_copies_missing_is_a_clear_error(store: KeyStore, created: NewCaseFileKeys) -> None:
    for path in store.paths:
        path.unlink()
    with pytest.raises(HeaderMissing) as caught:
        store.unlock(NAME, PASSPHRASE)
    assert "missing" in str(caught.value)


@pytest.mark.parametrize("which", [(0, 1), (0,), (1,)], ids=["both", "main", "second"])
def test_a_header_from_a_newer_version_is_left_alone(
    store: KeyStore, created: NewCaseFileKeys, which: tuple[int, ...]
) -> None:
    for index in which:
        document = json.loads(store.paths[index].read_bytes())
        document["version"] = 2
        store.paths[index].write_bytes(_with_checksum(document))
    before = [path.read_bytes() for path in store.paths]
    with pytest.raises(HeaderTooNew) as caught:
        store.unlock(NAME, PASSPHRASE)
    assert "newer version of YPSI Desktop" in str(caught.value)
    assert [path.read_bytes() for path in store.paths] == before  # not "repaired" away


def test_a_damaged_version_number_is_repaired_not_taken_for_a_newer_version(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    good = store.paths[1].read_bytes()
    store.paths[0].write_bytes(good.replace(b'"version":1', b'"version":3'))
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key
    assert store.paths[0].read_bytes() == good


def test_one_missing_and_one_damaged_is_damaged_not_missing(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    store.paths[0].unlink()
    store.paths[1].write_bytes(b"{")
    with pytest.raises(HeaderDamaged):
        store.unlock(NAME, PASSPHRASE)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 2**40),
        ("memory_kib", 4096),
        ("time_cost", 0),
        ("time_cost", 10**9),
        ("parallelism", 2**31),
        ("time_cost", "3"),
        ("parallelism", True),
        ("salt", "00"),
        ("salt", "zz" * 16),
        ("algorithm", "argon2i"),
    ],
)
def test_absurd_kdf_settings_are_refused_before_any_derivation(
    store: KeyStore,
    created: NewCaseFileKeys,
    monkeypatch: pytest.MonkeyPatch,
    field: str,
    value: object,
) -> None:
    for path in store.paths:
        document = json.loads(path.read_bytes())
        for slot in document["slots"]:
            slot["kdf"][field] = value
        path.write_bytes(_with_checksum(document))

    def no_derivation(*args: object) -> bytearray:
        raise AssertionError("Argon2id must not run on settings from a damaged header")

    monkeypatch.setattr(key_slot, "derive", no_derivation)
    with pytest.raises(HeaderDamaged) as caught:
        store.unlock(NAME, PASSPHRASE)
    assert "slot 0" in caught.value.detail  # for the log: which part of which copy


def test_the_newer_generation_wins_and_the_older_copy_is_brought_up_to_date(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    old = store.paths[0].read_bytes()
    store.change_passphrase(NAME, PASSPHRASE, "a brand new passphrase")
    new = store.paths[0].read_bytes()
    # a crash after the first copy was replaced but before the second: put the old one back
    # in either place
    for stale, fresh in ((1, 0), (0, 1)):
        store.paths[stale].write_bytes(old)
        store.paths[fresh].write_bytes(new)
        assert store.unlock(NAME, "a brand new passphrase").data_key == created.data_key
        assert store.paths[stale].read_bytes() == new


def test_copies_from_two_different_case_files_are_not_mixed(
    store: KeyStore, created: NewCaseFileKeys, tmp_path: Path
) -> None:
    other = KeyStore(tmp_path / "other.ypsi", kdf=KdfParams.for_tests())
    other.create(NAME, PASSPHRASE)
    store.paths[1].write_bytes(other.paths[1].read_bytes())
    with pytest.raises(HeaderDamaged) as caught:
        store.unlock(NAME, PASSPHRASE)
    assert "different case files" in str(caught.value)


def test_header_holds_no_name_passphrase_or_key(tmp_path: Path) -> None:
    """Canary: nothing typed, and no key, appears in any file written beside the case file."""
    store = KeyStore(tmp_path / "case.ypsi", kdf=KdfParams.for_tests())
    name, passphrase = "Zebedee Canaryname", "Canarypassphrase Quokka"
    deputy, deputy_passphrase = "Ysolde Canarydeputy", "Deputycanary Wombat"
    created = store.create(name, passphrase)
    store.add_user(created.data_key, deputy, deputy_passphrase)
    store.change_passphrase(deputy, deputy_passphrase, deputy_passphrase + " Two")
    recovery = created.recovery_key
    canaries: list[bytes] = [bytes(created.data_key), created.data_key.hex().encode()]
    for text in (name, passphrase, deputy, deputy_passphrase, recovery, recovery.replace("-", "")):
        for variant in (text, text.lower(), text.casefold(), text.upper()):
            canaries += [variant.encode("utf-8"), variant.encode("utf-16-le")]
        canaries += [word.lower().encode() for word in text.split() if len(word) > 4]
    written = list(tmp_path.iterdir())
    assert written
    for path in written:
        raw = path.read_bytes().lower()
        for canary in canaries:
            assert canary.lower() not in raw, (path.name, canary)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_header_files_are_private_to_the_owner(store: KeyStore, created: NewCaseFileKeys) -> None:
    old_umask = os.umask(0)  # even with a permissive umask
    try:
        store.change_passphrase(NAME, PASSPHRASE, "a brand new passphrase")
        store.paths[1].unlink()
        store.unlock(NAME, "a brand new passphrase")  # repaired copy
    finally:
        os.umask(old_umask)
    for path in store.paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_full_disk_before_the_first_copy_changes_nothing(
    store: KeyStore, created: NewCaseFileKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(source: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(key_header_copies, "replace_file", disk_full)
    with pytest.raises(HeaderWriteFailed) as caught:
        store.change_passphrase(NAME, PASSPHRASE, "a brand new passphrase")
    assert not caught.value.committed and "Nothing has been changed" in str(caught.value)
    monkeypatch.undo()
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key
    assert [p.name for p in store.paths[0].parent.iterdir() if ".tmp-" in p.name] == []


def test_a_full_disk_before_the_second_copy_keeps_the_change(
    store: KeyStore, created: NewCaseFileKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = key_header_copies.replace_file

    def second_fails(source: Path, target: Path) -> None:
        if target.name.endswith(".bak"):
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(key_header_copies, "replace_file", second_fails)
    with pytest.raises(HeaderWriteFailed) as caught:
        store.change_passphrase(NAME, PASSPHRASE, "a brand new passphrase")
    assert caught.value.committed and "will be repaired" in str(caught.value)
    monkeypatch.undo()
    assert store.unlock(NAME, "a brand new passphrase").data_key == created.data_key
    assert store.paths[0].read_bytes() == store.paths[1].read_bytes()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_corruption_of_a_copy_is_a_clean_value_error(
    created: NewCaseFileKeys, store: KeyStore, data: st.DataObject
) -> None:
    raw = bytearray(store.paths[0].read_bytes())
    edits = data.draw(
        st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(0, 255)), max_size=4)
    )
    for position, value in edits:
        raw[position] = value
    cut = data.draw(st.integers(0, len(raw)))
    try:
        header = parse(bytes(raw[:cut]))
    except ValueError:
        return
    assert header.file_id.hex() == created.file_id  # only an unchanged document parses


@settings(max_examples=200)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=30,
    )
)
def test_any_json_document_is_refused_cleanly(document: object) -> None:
    try:
        raw = json.dumps(document).encode()
    except ValueError:
        return
    with pytest.raises(ValueError):
        parse(raw)


def test_deeply_nested_json_is_refused_cleanly() -> None:
    with pytest.raises(ValueError):
        parse(b"[" * 100_000 + b"]" * 100_000)
