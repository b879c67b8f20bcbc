"""Signing in, adding and removing people, passphrases, the recovery key and the chain anchor.

Real header files in tmp_path, cheap Argon2id settings (`KdfParams.for_tests()`) except in the
one test that checks what production creates.
"""

from __future__ import annotations

import json
import unicodedata
from hashlib import sha256
from pathlib import Path

import pytest

from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.key_errors import (
    AnchorNotAuthentic,
    AnchorWentBackwards,
    DuplicateUser,
    HeaderExists,
    LastUserSlot,
    NameUnusable,
    PassphraseNotRecognised,
    PassphraseUnusable,
    RecoveryKeyMistyped,
    RecoveryKeyNotRecognised,
    SlotNotForThisFile,
    UnknownUser,
    WeakKdfParameters,
    WrongDataKey,
)
from ypsi_desktop.storage.key_header import canonical
from ypsi_desktop.storage.keys import ChainAnchor, KeyStore, NewCaseFileKeys, SlotKind

NAME = "Jane Smith"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store(tmp_path: Path) -> KeyStore:
    return KeyStore(tmp_path / "case.ypsi", kdf=KdfParams.for_tests())


@pytest.fixture
def created(store: KeyStore) -> NewCaseFileKeys:
    return store.create(NAME, PASSPHRASE)


def _edit_header(store: KeyStore, edit: object) -> None:
    """Change both copies as someone with a text editor would, keeping the checksums valid."""
    assert callable(edit)
    for path in store.paths:
        document = json.loads(path.read_bytes())
        del document["checksum"]
        edit(document)
        document["checksum"] = sha256(canonical(document)).hexdigest()
        path.write_bytes(canonical(document) + b"\n")


def test_create_then_sign_in_by_name_and_passphrase(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    keys = store.unlock(NAME, PASSPHRASE)
    assert keys.data_key == created.data_key and len(keys.data_key) == 32
    assert keys.slot_id == created.slot_id and keys.kind is SlotKind.USER
    assert keys.pending_key is None


def test_wiping_the_unlocked_keys_zeroes_them(store: KeyStore, created: NewCaseFileKeys) -> None:
    keys = store.unlock(NAME, PASSPHRASE)
    keys.wipe()
    assert keys.data_key == bytearray(32)
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key  # a copy, not the original


@pytest.mark.parametrize("typed", ["jane smith", "  JANE   SMITH ", "Jane\tSmith"])
def test_the_name_is_found_however_it_is_spaced_or_capitalised(
    store: KeyStore, created: NewCaseFileKeys, typed: str
) -> None:
    assert store.unlock(typed, PASSPHRASE).data_key == created.data_key


def test_accents_typed_composed_or_decomposed_both_work(store: KeyStore) -> None:
    passphrase = "Crème brûlée à la française"
    name = "Zoë Brontë"
    composed = unicodedata.normalize("NFC", passphrase)
    decomposed = unicodedata.normalize("NFD", passphrase)
    assert composed != decomposed
    created = store.create(unicodedata.normalize("NFD", name), decomposed)
    nfc_name = unicodedata.normalize("NFC", name)
    assert store.unlock(nfc_name, composed).data_key == created.data_key
    assert store.unlock(nfc_name, decomposed).data_key == created.data_key


@pytest.mark.parametrize("wrong", ["correct horse battery stapl", "CORRECT HORSE BATTERY STAPLE"])
def test_wrong_passphrase_is_not_recognised(
    store: KeyStore, created: NewCaseFileKeys, wrong: str
) -> None:
    with pytest.raises(PassphraseNotRecognised) as caught:
        store.unlock(NAME, wrong)
    assert str(caught.value) == "The passphrase was not recognised. Check Caps Lock and try again."


def test_unknown_user_is_told_so(store: KeyStore, created: NewCaseFileKeys) -> None:
    with pytest.raises(UnknownUser):
        store.unlock("John Smith", PASSPHRASE)


@pytest.mark.parametrize(("name", "passphrase"), [("   ", PASSPHRASE), (NAME, "")])
def test_empty_name_or_passphrase_asks_for_one(
    store: KeyStore, created: NewCaseFileKeys, name: str, passphrase: str
) -> None:
    with pytest.raises((NameUnusable, PassphraseUnusable)):
        store.unlock(name, passphrase)


def test_creating_over_an_existing_header_is_refused(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    before = store.paths[0].read_bytes()
    with pytest.raises(HeaderExists):
        store.create("Someone Else", "another passphrase")
    assert store.paths[0].read_bytes() == before


def test_deputy_slot_opens_the_same_file(store: KeyStore, created: NewCaseFileKeys) -> None:
    deputy = store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    keys = store.unlock("dev deputy", "deputy passphrase")
    assert keys.data_key == created.data_key
    assert keys.slot_id == deputy != created.slot_id
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key
    with pytest.raises(PassphraseNotRecognised):
        store.unlock("Dev Deputy", PASSPHRASE)  # each person's own passphrase only


def test_the_same_name_cannot_have_two_slots(store: KeyStore, created: NewCaseFileKeys) -> None:
    with pytest.raises(DuplicateUser):
        store.add_user(created.data_key, " JANE  smith", "another passphrase")


def test_adding_someone_needs_this_files_key(store: KeyStore, created: NewCaseFileKeys) -> None:
    with pytest.raises(WrongDataKey):
        store.add_user(bytearray(32), "Dev Deputy", "deputy passphrase")


def test_change_passphrase_old_fails_new_works_data_key_unchanged(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    deputy = store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    store.change_passphrase(NAME, PASSPHRASE, "a brand new passphrase")
    with pytest.raises(PassphraseNotRecognised):
        store.unlock(NAME, PASSPHRASE)
    keys = store.unlock(NAME, "a brand new passphrase")
    assert keys.data_key == created.data_key and keys.slot_id == created.slot_id
    assert store.unlock("Dev Deputy", "deputy passphrase").slot_id == deputy


def test_change_passphrase_needs_the_old_one(store: KeyStore, created: NewCaseFileKeys) -> None:
    with pytest.raises(PassphraseNotRecognised):
        store.change_passphrase(NAME, "a guess", "a brand new passphrase")
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key


def test_removed_user_can_no_longer_unlock(store: KeyStore, created: NewCaseFileKeys) -> None:
    deputy = store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    store.remove_user(created.data_key, deputy)
    with pytest.raises(UnknownUser):
        store.unlock("Dev Deputy", "deputy passphrase")
    assert deputy not in store.summary().user_slot_ids
    assert all(deputy.encode() not in path.read_bytes() for path in store.paths)
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key


def test_a_renamed_user_signs_in_with_the_new_name_and_same_passphrase(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    store.rename_user(created.data_key, created.slot_id, "Jane Married-Name")
    keys = store.unlock("jane married-name", PASSPHRASE)
    assert keys.data_key == created.data_key and keys.slot_id == created.slot_id
    with pytest.raises(UnknownUser):
        store.unlock(NAME, PASSPHRASE)
    deputy = store.add_user(created.data_key, "Dev Deputy", "deputy passphrase")
    with pytest.raises(DuplicateUser):
        store.rename_user(created.data_key, deputy, "Jane Married-Name")


def test_a_passphrase_with_an_unencodable_character_is_refused(store: KeyStore) -> None:
    with pytest.raises(PassphraseUnusable) as caught:
        store.create(NAME, "broken \ud800 surrogate")
    assert "cannot be used" in str(caught.value)
    assert not store.exists()


def test_the_last_person_cannot_be_removed(store: KeyStore, created: NewCaseFileKeys) -> None:
    with pytest.raises(LastUserSlot):
        store.remove_user(created.data_key, created.slot_id)


def test_recovery_key_opens_and_a_new_passphrase_can_be_set(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    keys = store.unlock_with_recovery_key(created.recovery_key.lower().replace("-", " "))
    assert keys.data_key == created.data_key and keys.kind is SlotKind.RECOVERY
    store.set_passphrase(keys.data_key, NAME, "chosen after recovery")
    assert store.unlock(NAME, "chosen after recovery").data_key == created.data_key
    with pytest.raises(PassphraseNotRecognised):
        store.unlock(NAME, PASSPHRASE)


def test_recovery_key_with_a_typo_names_the_group(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    groups = created.recovery_key.split("-")
    groups[2] = groups[2][:3] + ("X" if groups[2][3] != "X" else "Y") + groups[2][4:]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        store.unlock_with_recovery_key("-".join(groups))
    assert caught.value.group == 3
    assert "Group 3" in str(caught.value)


def test_recovery_key_groups_swapped_are_caught(store: KeyStore, created: NewCaseFileKeys) -> None:
    groups = created.recovery_key.split("-")
    groups[3], groups[4] = groups[4], groups[3]
    with pytest.raises(RecoveryKeyMistyped) as caught:
        store.unlock_with_recovery_key(" ".join(groups))
    assert caught.value.groups == (4, 5)


def test_another_files_recovery_key_is_not_recognised(
    store: KeyStore, created: NewCaseFileKeys, tmp_path: Path
) -> None:
    other = KeyStore(tmp_path / "other.ypsi", kdf=KdfParams.for_tests())
    other_created = other.create(NAME, PASSPHRASE)
    with pytest.raises(RecoveryKeyNotRecognised) as caught:
        store.unlock_with_recovery_key(other_created.recovery_key)
    assert "does not open this case file" in str(caught.value)


def test_replacing_the_recovery_key_retires_the_old_one(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    new_key = store.replace_recovery_key(created.data_key)
    assert new_key != created.recovery_key
    with pytest.raises(RecoveryKeyNotRecognised):
        store.unlock_with_recovery_key(created.recovery_key)
    assert store.unlock_with_recovery_key(new_key).data_key == created.data_key
    assert store.unlock(NAME, PASSPHRASE).data_key == created.data_key


def test_anchor_starts_at_genesis_and_is_recorded(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    assert store.read_anchor(created.data_key) == ChainAnchor(0, "00" * 32)
    store.update_anchor(created.data_key, ChainAnchor(41, "ab" * 32))
    assert store.read_anchor(created.data_key) == ChainAnchor(41, "ab" * 32)
    with pytest.raises(AnchorWentBackwards):
        store.update_anchor(created.data_key, ChainAnchor(40, "cd" * 32))


def test_anchor_lowered_by_someone_without_the_key_is_detected(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    store.update_anchor(created.data_key, ChainAnchor(500, "ab" * 32))

    def lower(document: dict[str, dict[str, object]]) -> None:
        document["anchor"]["seq"] = 300

    _edit_header(store, lower)
    with pytest.raises(AnchorNotAuthentic):
        store.read_anchor(created.data_key)


def test_a_slot_moved_from_another_file_does_not_open(
    store: KeyStore, created: NewCaseFileKeys, tmp_path: Path
) -> None:
    """Same name and passphrase in two files: B's slot pasted into A's header (with A's label,
    as an attacker would) is recognised as the right passphrase but refused as foreign."""
    other = KeyStore(tmp_path / "other.ypsi", kdf=KdfParams.for_tests())
    other.create(NAME, PASSPHRASE)
    foreign = json.loads(other.paths[0].read_bytes())["slots"][0]

    def paste(document: dict[str, list[dict[str, object]]]) -> None:
        own = document["slots"][0]
        document["slots"][0] = {**foreign, "label": own["label"], "id": own["id"]}

    _edit_header(store, paste)
    with pytest.raises(SlotNotForThisFile) as caught:
        store.unlock(NAME, PASSPHRASE)
    assert "another case file" in str(caught.value)


def test_a_slot_whose_settings_were_edited_does_not_open(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    def weaken(document: dict[str, list[dict[str, dict[str, object]]]]) -> None:
        document["slots"][0]["kdf"]["time_cost"] = 2

    _edit_header(store, weaken)
    with pytest.raises(PassphraseNotRecognised):
        store.unlock(NAME, PASSPHRASE)


def test_a_slot_relabelled_as_someone_else_still_opens_only_as_itself(
    store: KeyStore, created: NewCaseFileKeys
) -> None:
    """Swapping labels cannot promote a read-only user to the lead's slot id."""
    store.add_user(created.data_key, "Rita Readonly", "read only passphrase")

    def swap(document: dict[str, list[dict[str, object]]]) -> None:
        users = [s for s in document["slots"] if s["kind"] == "user"]
        users[0]["label"], users[1]["label"] = users[1]["label"], users[0]["label"]

    _edit_header(store, swap)
    with pytest.raises(SlotNotForThisFile):
        store.unlock(NAME, "read only passphrase")


def test_production_create_refuses_weak_settings_and_uses_strong_ones(tmp_path: Path) -> None:
    with pytest.raises(WeakKdfParameters):
        KeyStore(tmp_path / "weak.ypsi", kdf=KdfParams(memory_kib=8192, time_cost=1, parallelism=1))
    assert list(tmp_path.iterdir()) == []

    production = KeyStore(tmp_path / "real.ypsi")  # what the app and the CLI do
    created = production.create(NAME, PASSPHRASE)
    for params in production.summary().kdf:
        assert params.memory_kib >= 65536 and params.time_cost >= 3
    assert production.unlock(NAME, PASSPHRASE).data_key == created.data_key
