"""`ypsi-desktop pdf`: a form from the case file, saved as a PDF (which is NOT encrypted).

    ypsi-desktop pdf FILE --incident REF --form mash|police|lado|record|chronology
                     [--child CHILD_REF] --out OUT.pdf
    ypsi-desktop pdf FILE --form blank --out OUT.pdf

REF and CHILD_REF are the references the app shows (YP-2026-0007, C-0042). `mash` without
--child makes one referral per child referred, in one PDF. Saving is recorded in the
incident's chronology and the audit log, as in the app.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ypsi_desktop.cli.casefile_commands import _acting, _open
from ypsi_desktop.cli.errors import human_errors
from ypsi_desktop.cli.main import CliError, ExitCode
from ypsi_desktop.cli.secrets import SecretReader

FORMS = ("mash", "police", "lado", "record", "chronology", "blank")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _check_arguments(args: argparse.Namespace) -> Path:
    out = Path(args.out)
    if args.form == "blank" and (args.incident or args.child):
        raise CliError(
            "The blank form belongs to no incident: leave out --incident and --child.",
            ExitCode.USAGE,
        )
    if args.form not in ("blank", "chronology") and not args.incident:
        raise CliError(
            f"Say which incident with --incident REF for the {args.form} form.", ExitCode.USAGE
        )
    if args.form == "chronology" and not (args.child or args.incident):
        raise CliError("Say whose chronology with --child CHILD_REF.", ExitCode.USAGE)
    if args.child and args.form not in ("mash", "chronology"):
        raise CliError("--child goes only with --form mash or --form chronology.", ExitCode.USAGE)
    if not out.parent.is_dir():
        raise CliError(f"There is no folder called {out.parent}.", ExitCode.USAGE)
    if out.exists():
        raise CliError(
            f"{out} already exists: choose another name, or move that file first.", ExitCode.USAGE
        )
    return out


def cmd_pdf(args: argparse.Namespace) -> int:
    from ypsi_desktop.services import paperwork
    from ypsi_desktop.storage.incident_repository import IncidentRepository
    from ypsi_desktop.storage.person_repository import PersonRepository

    out = _check_arguments(args)
    with human_errors():
        with _open(args, SecretReader()) as session:
            conn = session.conn
            incident_id: int | None = None
            if args.incident:
                incident = IncidentRepository(conn).get_by_reference(args.incident)
                if incident is None or incident.id is None:
                    raise CliError(
                        f"There is no incident {args.incident} in this case file.", ExitCode.USAGE
                    )
                incident_id = incident.id
            person_id: int | None = None
            if args.child:
                person = PersonRepository(conn).get_by_reference(args.child)
                if person is None or person.id is None:
                    raise CliError(
                        f"There is no child {args.child} in this case file.", ExitCode.USAGE
                    )
                person_id = person.id
            kind = paperwork.FormKind(args.form)
            if kind is paperwork.FormKind.BLANK:
                prepared = paperwork.blank_form(session)
            elif kind is paperwork.FormKind.CHRONOLOGY:
                if person_id is None:
                    person_id = _only_child(incident, args.incident)
                prepared = paperwork.child_chronology(session, person_id)
            else:
                assert incident_id is not None  # checked with the arguments
                prepared = paperwork.incident_form(session, incident_id, kind, person_id=person_id)
            rendered = paperwork.render(prepared)
            paperwork.save_pdf(rendered.data, out)
            paperwork.record_output(session, prepared, paperwork.Output.SAVED)
    for warning in rendered.warnings:
        _say(f"Note: {warning}")
    pages = f"{rendered.pages} page" + ("" if rendered.pages == 1 else "s")
    count = len(prepared.documents)
    what = f"the {prepared.name}" if count == 1 else f"{count} {prepared.name}s, one per child,"
    _say(
        f"Saved {what} ({pages}) to {out}. That file is NOT encrypted: anyone who "
        "can open it can read it. Print it, then delete it securely."
    )
    return 0


def _only_child(incident: object, reference: str) -> int:
    children = [c for c in getattr(incident, "people", []) if c.person.kind.value == "child"]
    if len(children) != 1 or children[0].person.id is None:
        raise CliError(
            f"Incident {reference} has {len(children)} children: say whose chronology with "
            "--child CHILD_REF.",
            ExitCode.USAGE,
        )
    return int(children[0].person.id)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    description = "save a form as a PDF file (NOT encrypted): referrals, the record, a chronology"
    parser = subparsers.add_parser("pdf", help=description, description=description)
    parser.set_defaults(handler=cmd_pdf)
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--incident", metavar="REF", help="the incident, as the app shows it")
    parser.add_argument("--form", required=True, choices=FORMS)
    parser.add_argument(
        "--child", metavar="CHILD_REF", help="one child (mash) or whose chronology (chronology)"
    )
    parser.add_argument("--out", required=True, metavar="OUT.pdf")
    _acting(parser)
