"""Sending a child's file to their new school, recording its receipt, and receiving one.

KCSIE: when a child moves, the DSL sends their child protection file to the new school or
college within five school days (of an in-year move, or of the start of a new term), securely
and separately from the main pupil file, and confirms it was received. Here:

- `send_file` writes an encrypted package (transfer_package.py) of the child's file with
  every other child pseudonymised (transfer_build.py), under a one-time passphrase the app
  generates and shows once, for the DSL to pass on separately (by telephone, or on paper
  handed over apart from the package). The transfer log records date, recipient, method, who
  sent it and the package's fingerprint; the due view lists it until the receipt is recorded.
- `print_file` is the same for a school without YPSI Desktop: the file printed to a PDF with a
  receipt slip to sign and return (the PDF is not encrypted; the caller says so).
- `open_package` + `receive_package` are the receiving side: the package is opened and
  checked completely, its provenance shown, and only then written into the case file.

Days: "five school days" are the new school's, which is open (the child has started there),
so they are counted as working days: weekends and the bank holidays the file lists are
skipped (domain/calendar.py). The date can come early, never late.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ypsi_desktop.domain.calendar import Calendar
from ypsi_desktop.services.lifetime import transfer_package as package
from ypsi_desktop.services.lifetime.transfer_build import PackageSummary, build_payload
from ypsi_desktop.services.lifetime.transfer_read import ReceivedPackage, read_payload
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage import transfer_store as store
from ypsi_desktop.storage.bank_holidays import calendar
from ypsi_desktop.storage.deadlines import transfer_due
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.transfer_store import Received, TransferIn, TransferOut, TransferRefused

PASSPHRASE_ADVICE = (
    "Pass this passphrase to the receiving DSL separately from the package: read it out by "
    "telephone, or hand it over on paper, never in the same email or on the same memory "
    "stick. It is shown once only and opens this package only."
)

__all__ = [
    "PASSPHRASE_ADVICE",
    "ReceivedPackage",
    "SentFile",
    "TransferIn",
    "TransferOut",
    "TransferRefused",
    "due_date",
    "list_received",
    "list_sent",
    "open_package",
    "receive_package",
    "record_receipt",
    "send_file",
]


@dataclass(frozen=True)
class SentFile:
    transfer_id: int
    path: Path
    passphrase: str  # show once; never stored
    fingerprint: str
    due_on: date
    summary: PackageSummary


def due_date(starts_on: date, days_off: Calendar | None = None) -> date:
    """Five school days after the child starts at the new setting."""
    return transfer_due(starts_on, days_off or Calendar())


def send_file(
    session: CaseFileSession,
    person_id: int,
    *,
    recipient: str,
    method: str,
    starts_on: date,
    out_path: Path,
    today: date,
    kdf: KdfParams | None = None,
) -> SentFile:
    """Write the encrypted package for one child and log the transfer. `kdf` is for tests."""
    session.require(Permission.EXPORT)
    if not recipient.strip():
        raise TransferRefused("Name the school or college the file is going to.")
    if not method.strip():
        raise TransferRefused("Say how the package and its passphrase are being sent.")
    package_id = secrets.token_hex(16)
    due_on = due_date(starts_on, calendar(session.conn))
    payload, summary = build_payload(
        session,
        person_id,
        package_id=package_id,
        recipient=recipient.strip(),
        method=method.strip(),
        sent_on=today,
    )
    passphrase = package.new_passphrase()
    sealed = package.seal(payload, passphrase, kdf)
    package.write_package(sealed, out_path)
    transfer_id = store.record_sent(
        session.conn,
        person_id=person_id,
        recipient=recipient,
        method=method,
        package_kind="encrypted",
        package_id=package_id,
        fingerprint=sealed.fingerprint,
        starts_on=starts_on,
        due_on=due_on,
        sent_on=today,
        user_id=session.user.id,
    )
    session.checkpoint()
    return SentFile(transfer_id, Path(out_path), passphrase, sealed.fingerprint, due_on, summary)


def record_receipt(
    session: CaseFileSession, transfer_id: int, *, received_on: date, received_by: str
) -> None:
    session.require(Permission.RECORD)
    store.record_receipt(
        session.conn,
        transfer_id,
        received_on=received_on,
        received_by=received_by,
        user_id=session.user.id,
    )
    session.checkpoint()


def list_sent(session: CaseFileSession, *, awaiting_only: bool = False) -> list[TransferOut]:
    session.require(Permission.VIEW)
    return store.transfers_out(session.conn, awaiting_only=awaiting_only)


def list_received(session: CaseFileSession) -> list[TransferIn]:
    session.require(Permission.VIEW)
    return store.transfers_in(session.conn)


def open_package(path: Path, passphrase: str) -> ReceivedPackage:
    """Open and check a package (nothing is written); PackageError says what is wrong."""
    data = package.read_package(Path(path))
    content = package.unseal(data, passphrase)
    return read_payload(content, package.fingerprint_of(data))


def receive_package(session: CaseFileSession, received: ReceivedPackage) -> Received:
    """Write a checked package into this case file as a new child's file."""
    session.require(Permission.RECORD)
    if received.training and not session.is_training:
        raise TransferRefused(
            "This package holds TRAINING records; import it into a training case file, never "
            "into one holding real records."
        )
    if session.is_training and not received.training:
        raise TransferRefused(
            "This package holds real records and this is a TRAINING case file. Import it into "
            "your real case file."
        )
    result = store.receive_file(session.conn, received.incoming, user_id=session.user.id)
    session.checkpoint()
    return result
