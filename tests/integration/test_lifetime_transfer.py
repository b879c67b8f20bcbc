"""School transfer: a child's file sent from one case file arrives whole in another, every
other child pseudonymised; a damaged package or a wrong passphrase imports nothing."""

from __future__ import annotations

import io
import json
import zlib
from datetime import date
from pathlib import Path

import pytest
from casefile_helpers import decrypt_pages
from lifetime_helpers import ADULT, MAIN_NAME, OTHERS, Scenario, build_scenario, new_session
from pypdf import PdfReader

from ypsi_desktop.domain.calendar import BankHoliday
from ypsi_desktop.domain.case_views import DueKind
from ypsi_desktop.services.lifetime import transfer
from ypsi_desktop.services.lifetime import transfer_package as package
from ypsi_desktop.services.lifetime.transfer_pdf import print_file
from ypsi_desktop.services.lifetime.transfer_read import provenance_lines
from ypsi_desktop.services.maintenance import check_file
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.bank_holidays import record_days
from ypsi_desktop.storage.child_file import child_file
from ypsi_desktop.storage.due import due_items
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.person_repository import PersonRepository
from ypsi_desktop.storage.text_fold import fold

TODAY = date(2026, 6, 1)
STARTS = date(2026, 6, 3)  # a Wednesday: due the Wednesday after
OTHER_WORDS = [w for pair in (*OTHERS, ADULT) for w in pair]


@pytest.fixture
def sender(tmp_path: Path) -> Scenario:
    session = new_session(tmp_path, "sender.ypsi")
    try:
        yield build_scenario(session)
    finally:
        session.close()


@pytest.fixture
def receiver(tmp_path: Path) -> CaseFileSession:
    session = new_session(tmp_path, "receiver.ypsi", setting="Northfield College (fictional)")
    try:
        yield session
    finally:
        session.close()


def _send(scenario: Scenario, tmp_path: Path) -> transfer.SentFile:
    return transfer.send_file(
        scenario.session,
        scenario.main_id,
        recipient="Northfield College (fictional)",
        method="Encrypted file on a memory stick, handed over; passphrase by telephone",
        starts_on=STARTS,
        out_path=tmp_path / "child.ypsitransfer",
        today=TODAY,
        kdf=KdfParams.for_tests(),
    )


def _people_count(session: CaseFileSession) -> int:
    (count,) = session.conn.execute("SELECT count(*) FROM people").fetchone()
    return int(count)


def test_the_package_holds_the_child_and_only_pseudonyms_for_the_others(
    sender: Scenario, tmp_path: Path
) -> None:
    sent = _send(sender, tmp_path)
    assert len(sent.passphrase.split("-")) == 8
    assert sent.due_on == date(2026, 6, 10)
    assert sent.summary.pseudonyms == ("Child A", "Child B", "Child C", "Adult A")
    data = sent.path.read_bytes()
    assert MAIN_NAME.encode() not in data  # encrypted
    content = package.unseal(data, sent.passphrase)
    text = json.dumps(content, ensure_ascii=False)
    assert MAIN_NAME in text
    for word in OTHER_WORDS:
        assert word not in text and fold(word) not in fold(text), word
    assert "[Child A]" in text and "[Child C] was supported." in text
    (log,) = transfer.list_sent(sender.session)
    assert log.awaiting_receipt and log.recipient == "Northfield College (fictional)"
    assert log.fingerprint == sent.fingerprint and log.due_on == date(2026, 6, 10)


def test_round_trip_shows_the_same_incidents_and_chronology(
    sender: Scenario, receiver: CaseFileSession, tmp_path: Path
) -> None:
    sent = _send(sender, tmp_path)
    opened = transfer.open_package(sent.path, sent.passphrase)
    lines = provenance_lines(opened)
    assert "From: Testwood Academy (fictional)" in lines
    assert f"Package fingerprint: {sent.fingerprint} (compare it with the sender's)" in lines
    received = transfer.receive_package(receiver, opened)

    source_file = child_file(sender.session.conn, sender.main_id)
    target_file = child_file(receiver.conn, received.person_id)
    assert target_file.person.display_name == source_file.person.display_name
    assert target_file.person.date_of_birth == source_file.person.date_of_birth
    assert len(target_file.incidents) == len(source_file.incidents) == 2
    assert all(row.reference.startswith("TR-") for row in target_file.incidents)
    source_repo = IncidentRepository(sender.session.conn)
    target_repo = IncidentRepository(receiver.conn)
    by_day = {row.came_to_light_at: row for row in target_file.incidents}
    for source_row in source_file.incidents:
        target_row = by_day[source_row.came_to_light_at]
        source_entries = source_repo.chronology(source_row.id)
        target_entries = [
            e for e in target_repo.chronology(target_row.id) if e.kind != "transfer_received"
        ]
        assert [(e.occurred_at, e.kind, e.author) for e in target_entries] == [
            (e.occurred_at, e.kind, f"{e.author} (Testwood Academy (fictional))")
            for e in source_entries
        ]
        assert len(target_entries) == len(source_entries)
        assert target_row.category == source_row.category
    shared = target_repo.get(
        next(r.id for r in target_file.incidents if r.came_to_light_at.month == 2)
    )
    assert shared is not None
    names = [p.person.first_name for p in shared.people]
    assert names == ["Quillon", "Child A", "Child B", "Child C", "Adult A"]
    assert shared.how_came_to_light == f"{MAIN_NAME} told a teacher that [Child A] had the image."
    bodies = [e.body for e in target_repo.chronology(shared.id or 0)]
    assert f"Spoke with {MAIN_NAME} and her carer." in bodies
    assert "[Child C] was supported." in bodies
    assert any("Testwood Academy (fictional)" in b and b.startswith("Received") for b in bodies)
    # No other child's name anywhere in the receiving file's pages.
    receiver.checkpoint()
    pages = b"".join(decrypt_pages(receiver.path, bytes(receiver.data_key)))
    for word in OTHER_WORDS:
        assert word.encode() not in pages and fold(word).encode() not in pages, word
    assert check_file(receiver).ok
    (provenance,) = transfer.list_received(receiver)
    assert provenance.from_setting == "Testwood Academy (fictional)"
    assert provenance.source_reference == source_file.person.reference
    assert provenance.fingerprint == sent.fingerprint
    assert provenance.sent_on == TODAY
    # Placeholders are not children anyone can find or review.
    assert PersonRepository(receiver.conn).search_children("Child") == []


def test_an_export_carries_the_transfers_of_both_schools(
    sender: Scenario, receiver: CaseFileSession, tmp_path: Path
) -> None:
    """The sender's log of files sent and the receiver's record of where a file came from
    (and which incidents arrived with it) both survive an export and an import."""
    from ypsi_desktop.services.export import (
        export_bytes,
        export_case_file,
        import_case_file,
        records_of,
    )

    sent = _send(sender, tmp_path)
    transfer.receive_package(receiver, transfer.open_package(sent.path, sent.passphrase))
    for n, session in enumerate((sender.session, receiver)):
        exported = export_case_file(session)
        assert exported["transfers_out" if n == 0 else "transferred_incidents"]
        with new_session(tmp_path, f"copy{n}.ypsi") as copy:
            import_case_file(copy, json.loads(export_bytes(exported)), source_name="x.json")
            again = export_case_file(copy)
            for key, value in records_of(exported).items():
                assert records_of(again)[key] == value, key
            assert check_file(copy).ok


def test_the_same_package_cannot_be_imported_twice(
    sender: Scenario, receiver: CaseFileSession, tmp_path: Path
) -> None:
    sent = _send(sender, tmp_path)
    transfer.receive_package(receiver, transfer.open_package(sent.path, sent.passphrase))
    before = _people_count(receiver)
    with pytest.raises(transfer.TransferRefused, match="already been imported"):
        transfer.receive_package(receiver, transfer.open_package(sent.path, sent.passphrase))
    assert _people_count(receiver) == before


def test_a_wrong_or_mistyped_passphrase_imports_nothing(sender: Scenario, tmp_path: Path) -> None:
    sent = _send(sender, tmp_path)
    with pytest.raises(package.PassphraseDoesNotFit, match="does not open this package"):
        transfer.open_package(sent.path, package.new_passphrase())
    groups = sent.passphrase.split("-")
    wrong = "Z" if groups[2][0] != "Z" else "Y"
    groups[2] = wrong + groups[2][1:]
    with pytest.raises(package.PassphraseMistyped, match="Group 3 of the transfer passphrase"):
        transfer.open_package(sent.path, "-".join(groups))


@pytest.mark.parametrize("where", ["magic", "header", "ciphertext", "tag", "truncated"])
def test_a_damaged_package_is_refused_cleanly(
    sender: Scenario, receiver: CaseFileSession, tmp_path: Path, where: str
) -> None:
    sent = _send(sender, tmp_path)
    data = bytearray(sent.path.read_bytes())
    header_end = (
        len(package.MAGIC)
        + 4
        + int.from_bytes(data[len(package.MAGIC) : len(package.MAGIC) + 4], "big")
    )
    if where == "magic":
        data[3] ^= 0x01
    elif where == "header":
        data[header_end - 5] ^= 0x01
    elif where == "ciphertext":
        data[header_end + 40] ^= 0x01
    elif where == "tag":
        data[-1] ^= 0x01
    else:
        del data[len(data) // 2 :]
    damaged = tmp_path / f"damaged-{where}.ypsitransfer"
    damaged.write_bytes(bytes(data))
    before = _people_count(receiver)
    with pytest.raises(package.PackageError, match="Nothing was imported|not a YPSI Desktop"):
        transfer.receive_package(receiver, transfer.open_package(damaged, sent.passphrase))
    assert _people_count(receiver) == before


def test_the_package_content_is_compressed_json_inside(sender: Scenario, tmp_path: Path) -> None:
    sent = _send(sender, tmp_path)
    content = package.unseal(sent.path.read_bytes(), sent.passphrase)
    raw = zlib.compress(json.dumps(content).encode())
    assert raw and content["format"] == "ypsi-child-transfer"


def test_text_from_another_school_meets_the_same_boundary_as_typing(
    sender: Scenario, receiver: CaseFileSession, tmp_path: Path
) -> None:
    # Made by other software, or edited: a direction override that would print the child's
    # household reversed, and a NUL in a note.
    sent = _send(sender, tmp_path)
    content = package.unseal(sent.path.read_bytes(), sent.passphrase)
    content["child"]["household"] = "Lives with \u202etest carers"  # type: ignore[index]
    content["child"]["vulnerability_notes"] = "note\x00 with a NUL"  # type: ignore[index]
    passphrase = package.new_passphrase()
    resealed = package.seal(content, passphrase, KdfParams.for_tests())
    path = tmp_path / "edited.ypsitransfer"
    package.write_package(resealed, path)
    opened = transfer.open_package(path, passphrase)
    received = transfer.receive_package(receiver, opened)
    person = PersonRepository(receiver.conn).get(received.person_id)
    assert person is not None
    assert person.household == "Lives with [RLO]test carers"
    assert person.vulnerability_notes == "note with a NUL"


def test_the_receipt_is_recorded_and_ends_the_wait(sender: Scenario, tmp_path: Path) -> None:
    sent = _send(sender, tmp_path)
    with pytest.raises(transfer.TransferRefused, match="name of the person"):
        transfer.record_receipt(
            sender.session, sent.transfer_id, received_on=date(2026, 6, 4), received_by=" "
        )
    transfer.record_receipt(
        sender.session, sent.transfer_id, received_on=date(2026, 6, 4), received_by="Ms Receiver"
    )
    (log,) = transfer.list_sent(sender.session)
    assert not log.awaiting_receipt and log.received_by_name == "Ms Receiver"
    assert transfer.list_sent(sender.session, awaiting_only=True) == []


def test_the_five_school_day_deadline_is_in_the_due_view_until_receipt(
    sender: Scenario, tmp_path: Path
) -> None:
    sent = _send(sender, tmp_path)
    conn = sender.session.conn
    waiting = [i for i in due_items(conn, TODAY) if i.kind is DueKind.TRANSFER_RECEIPT]
    assert [(i.item_id, i.due_on, i.days_overdue) for i in waiting] == [
        (sent.transfer_id, date(2026, 6, 10), -9)
    ]
    assert waiting[0].person_id == sender.main_id
    assert waiting[0].description == "Northfield College (fictional)"
    late = [i for i in due_items(conn, date(2026, 6, 12)) if i.kind is DueKind.TRANSFER_RECEIPT]
    assert late[0].days_overdue == 2
    # A bank holiday listed afterwards inside the five days moves the date on by one.
    made_up = [BankHoliday(date(2026, 6, 8), "Made-up (test)")]
    record_days(conn, made_up, user_id=sender.session.user.id)
    (moved,) = [i for i in due_items(conn, TODAY) if i.kind is DueKind.TRANSFER_RECEIPT]
    assert moved.due_on == date(2026, 6, 11)
    transfer.record_receipt(
        sender.session, sent.transfer_id, received_on=date(2026, 6, 4), received_by="Ms Receiver"
    )
    assert [i for i in due_items(conn, TODAY) if i.kind is DueKind.TRANSFER_RECEIPT] == []


def test_the_printed_file_has_pseudonyms_and_a_receipt_slip(sender: Scenario) -> None:
    printed = print_file(
        sender.session,
        sender.main_id,
        recipient="Hillside School (fictional, no YPSI Desktop)",
        method="Printed; recorded delivery to the DSL",
        starts_on=STARTS,
        today=TODAY,
    )
    reader = PdfReader(io.BytesIO(printed.pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert MAIN_NAME in text and "[Child A]" in text and "Receipt slip" in text
    assert "Receiving DSL" in text and "OFFICIAL-SENSITIVE" in text
    for word in OTHER_WORDS:
        assert word not in text, word
    (log,) = transfer.list_sent(sender.session)
    assert log.package_kind == "printed" and log.awaiting_receipt
    assert log.fingerprint == printed.fingerprint and printed.due_on == date(2026, 6, 10)
    assert reader.metadata is not None and "Quillon" not in str(reader.metadata)


def test_a_printed_file_that_cannot_be_saved_leaves_no_transfer_waiting(
    sender: Scenario,
) -> None:
    def disk_full(_data: bytes) -> None:
        raise PermissionError(13, "Permission denied")

    from ypsi_desktop.storage.errors import WriteFailed

    with pytest.raises(WriteFailed):  # said in words, and the whole transaction undone
        print_file(
            sender.session,
            sender.main_id,
            recipient="Hillside School (fictional)",
            method="Printed",
            starts_on=STARTS,
            today=TODAY,
            save=disk_full,
        )
    assert transfer.list_sent(sender.session) == []
