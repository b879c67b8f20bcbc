"""Subcommands for a record's lifetime, part one: `transfer-out`, `transfer-in` and `sar`.

Thin layers over services/lifetime, in the style of casefile_commands.py: secrets are read by
cli.secrets (the acting user's passphrase first, then, for transfer-in, the package's
passphrase), dates are typed as dd/mm/yyyy, and every failure is one sentence on stderr with
the documented exit code. Files written here (a transfer package, a PDF) are announced on
stderr with what they are; the one-time transfer passphrase is the only thing printed on
standard output, once.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ypsi_desktop.cli.errors import human_errors
from ypsi_desktop.cli.main import CliError, ExitCode
from ypsi_desktop.cli.secrets import SecretReader
from ypsi_desktop.domain.dates import DateError, parse_date, short_date

if TYPE_CHECKING:
    from ypsi_desktop.services.session import CaseFileSession


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def day(text: str | None, *, future: bool = False, what: str = "date") -> date:
    """A date typed on the command line (dd/mm/yyyy); today when not given."""
    if text is None:
        return date.today()
    try:
        return parse_date(text, today=date.today(), allow_future=future)
    except DateError as error:
        raise CliError(f"The {what}: {error}", ExitCode.USAGE) from None


def open_session(args: argparse.Namespace, reader: SecretReader) -> CaseFileSession:
    from ypsi_desktop.cli.casefile_commands import _open

    return _open(args, reader)


def package_errors(error: Exception) -> CliError:
    from ypsi_desktop.services.lifetime import transfer_package as package

    if isinstance(error, package.PassphraseDoesNotFit | package.PassphraseMistyped):
        return CliError(str(error), ExitCode.USAGE)
    return CliError(str(error), ExitCode.UNUSABLE_FILE)


# --- transfer-out ---------------------------------------------------------------------------


def cmd_transfer_out(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.lifetime import retention, transfer

    with human_errors():
        with open_session(args, SecretReader()) as session:
            if args.list:
                for t in transfer.list_sent(session):
                    state = (
                        f"received {short_date(t.received_on)} by {t.received_by_name}"
                        if t.received_on
                        else f"receipt due by {short_date(t.due_on)}"
                    )
                    print(
                        f"{t.id}\t{t.reference}\t{short_date(t.sent_on)}\t{t.recipient}\t"
                        f"{t.package_kind}\t{state}"
                    )
                return 0
            if args.receipt is not None:
                if not args.received_by:
                    raise CliError(
                        "Say who confirmed receipt with --received-by NAME.", ExitCode.USAGE
                    )
                transfer.record_receipt(
                    session,
                    args.receipt,
                    received_on=day(args.received_on, what="date received"),
                    received_by=args.received_by,
                )
                _say(f"Receipt of transfer {args.receipt} recorded.")
                return 0
            if not (args.child and args.to and args.method) or not (args.out or args.pdf):
                raise CliError(
                    "Give --child REF, --to SCHOOL, --method HOW and --out PACKAGE (or --pdf "
                    "OUT.pdf for a school without YPSI Desktop).",
                    ExitCode.USAGE,
                )
            person_id = retention.find_person(session, args.child)
            starts = day(args.starts_on, future=True, what="start date")
            if args.pdf:
                return _print_transfer(session, person_id, args, starts)
            out = Path(args.out)
            if out.exists():
                raise CliError(f"{out} already exists; choose another name.", ExitCode.USAGE)
            sent = transfer.send_file(
                session,
                person_id,
                recipient=args.to,
                method=args.method,
                starts_on=starts,
                out_path=out,
                today=date.today(),
            )
    _say(
        f"Wrote the encrypted transfer package {sent.path} ({sent.summary.incidents} "
        f"incident(s); other people shown as {', '.join(sent.summary.pseudonyms) or 'nobody'})."
    )
    _say(f"Package fingerprint: {sent.fingerprint}. Receipt due by {short_date(sent.due_on)}.")
    _say(transfer.PASSPHRASE_ADVICE)
    print(sent.passphrase, flush=True)
    return 0


def _print_transfer(
    session: CaseFileSession, person_id: int, args: argparse.Namespace, starts: date
) -> int:
    from ypsi_desktop.services.lifetime.transfer_pdf import UNENCRYPTED_WARNING, print_file
    from ypsi_desktop.services.paperwork import save_pdf

    out = Path(args.pdf)
    printed = print_file(  # saved inside the transfer's transaction: no file, no transfer
        session,
        person_id,
        recipient=args.to,
        method=args.method,
        starts_on=starts,
        today=date.today(),
        save=lambda data: save_pdf(data, out),
    )
    _say(f"Wrote {args.pdf} ({printed.pages} pages, with a receipt slip on the last page).")
    _say(UNENCRYPTED_WARNING)
    _say(f"Receipt due by {short_date(printed.due_on)}.")
    return 0


# --- transfer-in ----------------------------------------------------------------------------


def cmd_transfer_in(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.lifetime import transfer
    from ypsi_desktop.services.lifetime import transfer_package as package
    from ypsi_desktop.services.lifetime.transfer_read import provenance_lines

    reader = SecretReader()
    with human_errors():
        source = Path(args.input)
        if not source.is_file():
            raise CliError(f"There is no file called {source}.", ExitCode.USAGE)
        with open_session(args, reader) as session:
            passphrase = reader.existing("Transfer passphrase")
            try:
                opened = transfer.open_package(source, passphrase)
            except package.PackageError as error:
                raise package_errors(error) from None
            for line in provenance_lines(opened):
                _say(line)
            if args.check:
                _say("Checked only: nothing was imported.")
                return 0
            received = transfer.receive_package(session, opened)
    _say(
        f"Imported as {received.reference}, with incident(s) "
        f"{', '.join(received.incident_references)}."
    )
    return 0


# --- sar ------------------------------------------------------------------------------------


def cmd_sar(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.lifetime import retention
    from ypsi_desktop.services.lifetime import subject_access as sar

    with human_errors():
        with open_session(args, SecretReader()) as session:
            if args.list:
                for r in sar.list_requests(session):
                    state = (
                        f"answered {short_date(r.completed_on)}"
                        if r.completed_on
                        else f"due by {short_date(r.due_on)}"
                    )
                    print(f"{r.id}\t{r.reference}\treceived {short_date(r.received_on)}\t{state}")
                return 0
            if args.person:
                person_id = retention.find_person(session, args.person)
                received = day(args.received_on, what="date the request was received")
                request_id = sar.record_request(
                    session,
                    person_id,
                    received_on=received,
                    requested_by=args.requested_by or "",
                    today=date.today(),
                )
                due = next(r.due_on for r in sar.list_requests(session) if r.id == request_id)
                _say(f"Recorded request {request_id}: the response is due by {short_date(due)}.")
                print(request_id)
                return 0
            if args.request is None:
                raise CliError(
                    "Give --person REF to record a request, --list, or --request N.",
                    ExitCode.USAGE,
                )
            return _request_action(session, args)
    return 0


def _request_action(session: CaseFileSession, args: argparse.Namespace) -> int:
    from ypsi_desktop.services.lifetime import subject_access as sar

    if args.release:
        if not args.reason:
            raise CliError("Say why with --reason TEXT.", ExitCode.USAGE)
        sar.release_redaction(session, args.request, args.release, reason=args.reason)
        _say(f"Released {args.release} in request {args.request}.")
        return 0
    if args.answered_on:
        sar.complete_request(
            session, args.request, completed_on=day(args.answered_on, what="date answered")
        )
        _say(f"Request {args.request} marked as answered.")
        return 0
    response = sar.build_response(session, args.request)
    if args.pdf:
        from ypsi_desktop.services.paperwork import save_pdf

        save_pdf(sar.render_response(session, response), Path(args.pdf))
        _say(f"Wrote the response to {args.pdf}.")
        _say(sar.UNENCRYPTED_WARNING)
        return 0
    for r in response.redactions:
        state = "released" if r.release else "withheld"
        print(f"{r.label}\t{r.key}\t{state}\t{r.places} place(s)\t{r.description}")
    return 0


# --- registration ---------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ypsi_desktop.cli.casefile_commands import RECORD_NUMBER, add_file_command

    def add(name: str, handler: object, help_: str) -> argparse.ArgumentParser:
        return add_file_command(subparsers, name, handler, help_)

    p = add(
        "transfer-out",
        cmd_transfer_out,
        "send a child's file to their new school (encrypted package or printed); record receipt",
    )
    p.add_argument("--child", metavar="REF", help="the child's reference, e.g. C-0042")
    p.add_argument("--to", metavar="SCHOOL", help="the school or college receiving the file")
    p.add_argument("--method", metavar="HOW", help="how the file and passphrase are sent")
    p.add_argument("--starts-on", metavar="DD/MM/YYYY", help="first day at the new setting")
    p.add_argument("--out", metavar="PACKAGE", help="write an encrypted package here")
    p.add_argument("--pdf", metavar="OUT.pdf", help="write a printable (UNENCRYPTED) file here")
    p.add_argument("--list", action="store_true", help="list files sent and their receipts")
    p.add_argument(
        "--receipt", type=RECORD_NUMBER, metavar="ID", help="record the receipt of transfer ID"
    )
    p.add_argument("--received-on", metavar="DD/MM/YYYY")
    p.add_argument("--received-by", metavar="NAME")

    p = add("transfer-in", cmd_transfer_in, "import a child's file received from another school")
    p.add_argument("--in", dest="input", required=True, metavar="PACKAGE")
    p.add_argument("--check", action="store_true", help="open and show it, import nothing")

    p = add("sar", cmd_sar, "subject access: record a request, review redactions, write the PDF")
    p.add_argument("--person", metavar="REF", help="record a new request about this person")
    p.add_argument("--received-on", metavar="DD/MM/YYYY", help="when the request was received")
    p.add_argument("--requested-by", metavar="TEXT", help="who asked (e.g. the young person)")
    p.add_argument("--list", action="store_true", help="list requests and their deadlines")
    p.add_argument(
        "--request",
        type=RECORD_NUMBER,
        metavar="N",
        help="act on request N (default: list its redactions)",
    )
    p.add_argument("--release", metavar="KEY", help="release the redaction KEY (see the list)")
    p.add_argument("--reason", metavar="TEXT", help="why the redaction is released")
    p.add_argument("--pdf", metavar="OUT.pdf", help="write the response (UNENCRYPTED) here")
    p.add_argument("--answered-on", metavar="DD/MM/YYYY", help="mark the request answered")
