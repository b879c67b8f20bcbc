"""Subcommands for a record's lifetime, part two: `retention` and `report`.

`retention` lists the records due for review and does what the retention view does: legal
holds, decisions to keep a record longer, disposal (DSL only, with a written reason and the
record's reference typed back with --confirm), and disposing again of records a restored
backup brought back. `report` prints the governors' figures (small counts suppressed) and can
write the PDF with its charts.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ypsi_desktop.cli.errors import human_errors
from ypsi_desktop.cli.lifetime_commands import day, open_session
from ypsi_desktop.cli.main import CliError, ExitCode
from ypsi_desktop.cli.secrets import SecretReader
from ypsi_desktop.domain.dates import short_date

if TYPE_CHECKING:
    from ypsi_desktop.services.session import CaseFileSession

_INCIDENT = re.compile(r"[A-Z]{1,10}-\d{4}-\d{1,9}")
_YEAR = re.compile(r"(\d{4})(?:/\d{2})?")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cmd_retention(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.lifetime import retention

    with human_errors():
        with open_session(args, SecretReader()) as session:
            today = date.today()
            if args.hold:
                reference = args.hold.strip().upper()
                target = (
                    {"incident_id": retention.find_incident(session, reference)}
                    if _INCIDENT.fullmatch(reference)
                    else {"person_id": retention.find_person(session, reference)}
                )
                hold = retention.place_hold(session, reason=args.reason or "", **target)
                _say(f"Legal hold {hold} placed on {reference}: it cannot be disposed of.")
            elif args.lift is not None:
                retention.lift_hold(session, args.lift, reason=args.reason or "")
                _say(f"Legal hold {args.lift} lifted.")
            elif args.holds:
                from ypsi_desktop.storage.retention_store import list_holds

                for h in list_holds(session.conn):
                    state = "in force" if h.in_force else f"lifted {h.lifted_at}"
                    print(f"{h.id}\t{h.reference}\t{state}\t{h.reason}")
            elif args.keep:
                if not args.until:
                    raise CliError("Say until when with --until DD/MM/YYYY.", ExitCode.USAGE)
                retention.keep_longer(
                    session,
                    retention.find_person(session, args.keep),
                    keep_until=day(args.until, future=True, what="date to keep it until"),
                    reason=args.reason or "",
                    today=today,
                )
                _say(f"{args.keep.upper()} will be kept until {args.until}.")
            elif args.dispose:
                return _dispose(session, args, today)
            elif args.dispose_again:
                done, refused = retention.dispose_again(session, today, progress=_say)
                for result in done:
                    _say(f"{result.tombstone.reference} disposed of again.")
                for line in refused:
                    _say(line)
                if refused:
                    return int(ExitCode.USAGE)
            else:
                _list(session, args, today)
    return 0


def _list(session: CaseFileSession, args: argparse.Namespace, today: date) -> None:
    from ypsi_desktop.services.lifetime import retention

    within = None if args.all else args.within_days
    for item in retention.retention_view(session, today, due_within_days=within):
        due = short_date(item.review.due_on) if item.review.due_on else "not known"
        flags = ("estimated" if item.review.estimated else "") + (
            " ON HOLD" if item.on_hold else ""
        )
        print(
            f"{item.reference}\t{item.kind.value}\t{due}\t{flags.strip()}\t{item.review.explanation}"
        )
    for undone in retention.undone_disposals(session):
        _say(
            f"{undone.reference} was disposed of on {undone.original_disposed_at[:10]} but came "
            "back when an older backup was restored: run with --dispose-again."
        )


def _dispose(session: CaseFileSession, args: argparse.Namespace, today: date) -> int:
    from ypsi_desktop.services.lifetime import retention

    if not args.confirm:
        raise CliError(
            "Disposal cannot be undone: type the record's reference again with --confirm REF.",
            ExitCode.USAGE,
        )
    person_id = retention.find_person(session, args.dispose)
    result = retention.dispose(
        session,
        person_id,
        reason=args.reason or "",
        confirmation=args.confirm,
        today=today,
        early=args.early,
        progress=_say,
    )
    _say(
        f"{result.tombstone.reference} disposed of. Incidents disposed of: "
        f"{', '.join(result.incidents_disposed) or 'none'}; incidents kept for others, with the "
        f"name removed: {', '.join(result.incidents_redacted) or 'none'}."
    )
    if not result.rebuilt:
        _say(retention.REBUILD_FAILED)
    _say(
        "Backups made before today still hold the record: a restore of one will warn and "
        "offer to dispose of it again."
    )
    return 0


def _school_year(text: str | None) -> int | None:
    if text is None:
        return None
    match = _YEAR.fullmatch(text.strip())
    if match is None:
        raise CliError("Give a school year as 2025 or 2025/26.", ExitCode.USAGE)
    return int(match.group(1))


def cmd_report(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.lifetime.governors_report import build_report
    from ypsi_desktop.services.lifetime.report_pdf import governors_pdf

    with human_errors():
        with open_session(args, SecretReader()) as session:
            report = build_report(
                session, _school_year(args.first), _school_year(args.last), today=date.today()
            )
            for table in report.tables:
                print(f"# {table.title}")
                print("\t".join(table.headers()))
                for row in table.rows():
                    print("\t".join(row))
                print()
            if args.pdf:
                from ypsi_desktop.services.paperwork import save_pdf

                rendered = governors_pdf(session, report)
                save_pdf(rendered.data, Path(args.pdf))
                _say(f"Wrote {args.pdf} ({rendered.pages} pages). It holds no names.")
    _say("Counts from 1 to 4 are shown as <5 so that no child can be identified.")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ypsi_desktop.cli.casefile_commands import RECORD_NUMBER, add_file_command, whole_number

    def add(name: str, handler: object, help_: str) -> argparse.ArgumentParser:
        return add_file_command(subparsers, name, handler, help_)

    p = add(
        "retention",
        cmd_retention,
        "records due for review; legal holds, keeping longer and disposal (DSL only)",
    )
    p.add_argument("--all", action="store_true", help="list every record, not only those due")
    p.add_argument(
        "--within-days",
        type=whole_number(0, 3_650),
        default=0,
        metavar="N",
        help="also list records due in the next N days",
    )
    p.add_argument("--hold", metavar="REF", help="place a legal hold on a person or incident")
    p.add_argument("--lift", type=RECORD_NUMBER, metavar="ID", help="lift legal hold ID")
    p.add_argument("--holds", action="store_true", help="list legal holds")
    p.add_argument("--keep", metavar="REF", help="record a decision to keep a record longer")
    p.add_argument("--until", metavar="DD/MM/YYYY")
    p.add_argument("--dispose", metavar="REF", help="dispose of a person's record for good")
    p.add_argument("--confirm", metavar="REF", help="the same reference, typed again")
    p.add_argument(
        "--early",
        action="store_true",
        help="dispose before the review date (a record made in error, an erasure)",
    )
    p.add_argument("--reason", metavar="TEXT", help="why (a hold, a decision or a disposal)")
    p.add_argument(
        "--dispose-again",
        action="store_true",
        help="dispose again of records a restored backup brought back",
    )

    p = add("report", cmd_report, "the governors' report: anonymised figures, small counts hidden")
    p.add_argument("--from", dest="first", metavar="YEAR", help="first school year, e.g. 2024/25")
    p.add_argument("--to", dest="last", metavar="YEAR", help="last school year, e.g. 2025/26")
    p.add_argument("--pdf", metavar="OUT.pdf", help="also write the report with its charts")
