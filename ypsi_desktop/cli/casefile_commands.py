"""Subcommands for the case file: create, check, backup, restore, export, import, demo, and
the user and key commands. Each is a thin layer over the services; secrets come from
cli.secrets (prompted on a terminal, otherwise one per line on standard input)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ypsi_desktop.cli.errors import human_errors
from ypsi_desktop.cli.main import CliError, ExitCode
from ypsi_desktop.cli.secrets import SecretReader
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.passphrase_policy import require_strong
from ypsi_desktop.storage.audit import AuditAction

RECOVERY_WARNING = (
    "This is the recovery key for the case file. It is shown once only.\n"
    "Write it down or print it and keep it somewhere safe and offline (for example in the\n"
    "school safe), away from this computer. With it, the file can be opened if every\n"
    "passphrase is forgotten; without it and without a passphrase, nobody can open the file."
)
RECOVERY_ONLY_PASSWD = (
    "The recovery key only lets you choose a new passphrase. Run\n"
    "  ypsi-desktop passwd {file} --as NAME --recovery\n"
    "then use the new passphrase for everything else."
)
_ROLES = {"dsl": UserRole.DSL, "deputy": UserRole.DEPUTY, "readonly": UserRole.READ_ONLY}


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _print_recovery_key(recovery_key: str) -> None:
    _say(RECOVERY_WARNING)
    print(recovery_key, flush=True)


def _open(
    args: argparse.Namespace, reader: SecretReader, *, allow_older: bool = False
) -> sessions.CaseFileSession:
    """Unlock FILE as the acting user (--as), with their passphrase or (--recovery) the key."""
    path = Path(args.file)
    if getattr(args, "recovery", False):
        if args.command != "passwd":  # the recovery key opens the file to set a passphrase only
            raise CliError(RECOVERY_ONLY_PASSWD.format(file=path), ExitCode.USAGE)
        if not args.acting_user:
            raise CliError("With --recovery, say who you are with --as NAME.", ExitCode.USAGE)
        acting = args.acting_user
        recovery_key = reader.existing("Recovery key")
        return sessions.unlock_with_recovery_key(
            path, recovery_key=recovery_key, acting_user=acting, allow_older=allow_older
        )
    passphrase = reader.existing("Passphrase")
    try:
        return sessions.unlock(
            path, user_name=args.acting_user, passphrase=passphrase, allow_older=allow_older
        )
    except sessions.SignInFailed:
        if args.acting_user is None and _several_users(path):
            raise CliError(
                "This case file has several users: say who you are with --as NAME.", ExitCode.USAGE
            ) from None
        raise


def _several_users(path: Path) -> bool:
    from ypsi_desktop.storage.keys import KeyStore

    try:
        return KeyStore(path).user_count() > 1
    except Exception:  # a damaged header is reported by the unlock itself
        return False


def _new_passphrase(reader: SecretReader, *, context: list[str]) -> str:
    passphrase = reader.new("New passphrase")
    require_strong(passphrase, context=context)
    return passphrase


# --- the commands ---------------------------------------------------------------------------


def cmd_create(args: argparse.Namespace) -> int:
    reader = SecretReader()
    with human_errors():
        passphrase = _new_passphrase(reader, context=[args.user, args.setting or ""])
        session, recovery_key = sessions.create(
            Path(args.file),
            user_name=args.user,
            passphrase=passphrase,
            setting_name=args.setting or "",
        )
        session.close()
    _say(f"Created the case file with {args.user} as its designated safeguarding lead.")
    _print_recovery_key(recovery_key)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.maintenance import check_file

    if args.anchor is not None:  # a typo must not read as "the file was replaced"
        from ypsi_desktop.storage.chain import parse_anchor

        try:
            parse_anchor(args.anchor.strip())
        except ValueError:
            raise CliError(
                f"{args.anchor!r} is not an anchor: an anchor looks like 1234:0123456789abcdef, "
                "as printed at the foot of every form. Nothing was checked.",
                ExitCode.USAGE,
            ) from None
    with human_errors():
        session = _open(args, SecretReader(), allow_older=True)
        try:
            result = check_file(session, anchor_text=args.anchor)
        finally:
            session.close(audit=False)
    for note in session.notes:  # e.g. a damaged copy of the key files was repaired on opening
        print(note)
    for line in result.report.lines:
        print(line)
    if args.anchor is not None:
        print(
            f"The entry named by {args.anchor} is still in the file."
            if result.anchor_found
            else f"The file does not contain the entry named by {args.anchor}: it may have "
            "been replaced by an older copy, or entries removed."
        )
    print(f"Anchor: {result.anchor}")
    return 0 if result.ok else int(ExitCode.CHECK_FAILED)


def cmd_backup(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.maintenance import backup

    with human_errors():
        folder = Path(args.dest_dir)
        if not folder.is_dir():
            raise CliError(f"There is no folder called {folder}.", ExitCode.USAGE)
        with _open(args, SecretReader()) as session:
            result = backup(session, folder)
    _say("Backup written and checked.")
    print(result.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.maintenance import restore

    reader = SecretReader()
    with human_errors():
        if args.acting_user is None:
            raise CliError("Say who you are with --as NAME (as in the backup).", ExitCode.USAGE)
        passphrase = reader.existing("Passphrase")
        result = restore(
            Path(args.backup), Path(args.file), user_name=args.acting_user, passphrase=passphrase
        )
    _say("Restored and checked.")
    if result.set_aside is not None:
        _say(f"The file it replaced was kept, still encrypted, as {result.set_aside}.")
    if result.warning:  # records disposed of after the backup was made are back
        _say(result.warning)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.permissions import Permission

    out = Path(args.out)
    if out.exists():  # as for PDFs and transfer packages: never a silent overwrite
        raise CliError(f"{args.out} already exists; choose another name.", ExitCode.USAGE)
    with human_errors():
        with _open(args, SecretReader()) as session:
            session.require(Permission.EXPORT)
            from ypsi_desktop.services.export import export_case_file, write_export

            data = export_case_file(session, with_audit=args.with_audit)
            write_export(data, out)
            try:  # an export the history does not record must not stay on the disk
                session.audit(AuditAction.EXPORT, "case_file", detail="full export written")
            except BaseException:
                from ypsi_desktop.storage.files import remove_quietly

                remove_quietly(out)
                raise
    _say(
        f"Exported to {args.out}. That file is NOT encrypted: anyone who can open it can read "
        "every record. Keep it only as long as you need it, then delete it securely."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    import json

    from ypsi_desktop.services.export import import_case_file

    reader = SecretReader()
    with human_errors():
        source = Path(args.input)
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
        except OSError as error:
            words = (
                "there is no such file"
                if isinstance(error, FileNotFoundError)
                else (error.strerror or "the system refused").lower()
            )
            raise CliError(f"{source} could not be read ({words}).", ExitCode.USAGE) from None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise CliError(
                f"{source} is not a YPSI Desktop export (it is not readable JSON text). "
                "Nothing was imported.",
                ExitCode.USAGE,
            ) from None
        passphrase = _new_passphrase(reader, context=[args.user])
        target = Path(args.file)
        training = isinstance(data, dict) and data.get("training") is True
        session, recovery_key = sessions.create(
            target, user_name=args.user, passphrase=passphrase, training=training
        )
        try:
            with session:
                import_case_file(session, data, source_name=source.name)
        except BaseException:
            _discard_new_file(target)  # made for this import; it holds nothing else
            raise
    _say(f"Imported {source.name} into a new case file.")
    _print_recovery_key(recovery_key)
    return 0


def _discard_new_file(path: Path) -> None:
    from ypsi_desktop.storage.files import remove_quietly
    from ypsi_desktop.storage.key_header_copies import header_paths

    for leftover in (path, *header_paths(path)):
        remove_quietly(leftover)


def cmd_demo(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.demo import build_demo

    reader = SecretReader()
    with human_errors():
        passphrase = _new_passphrase(reader, context=["Demo DSL"])
        session, recovery_key = sessions.create(
            Path(args.file),
            user_name="Demo DSL",
            passphrase=passphrase,
            setting_name="Demo Training School",
            training=True,
        )

        def progress(done: int, total: int) -> None:
            print(
                f"\rBuilding training records: {done}/{total}", end="", file=sys.stderr, flush=True
            )

        with session:
            build_demo(session, incidents=args.incidents, seed=args.seed, progress=progress)
        print(file=sys.stderr)
    _say(f"Made a TRAINING case file with {args.incidents} made-up incidents. User: Demo DSL.")
    _print_recovery_key(recovery_key)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.users import set_own_passphrase

    reader = SecretReader()
    with human_errors():
        with _open(args, reader) as session:
            new = reader.new("New passphrase")
            if not session.must_set_passphrase and new == reader.last_existing:
                raise CliError(
                    "The new passphrase is the same as the current one, so nothing was changed.",
                    ExitCode.USAGE,
                )
            set_own_passphrase(session, new)
    _say("Passphrase changed. The old one no longer opens the file.")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.users import add_user

    reader = SecretReader()
    with human_errors():
        with _open(args, reader) as session:
            new = reader.new(f"Passphrase for {args.user}")
            add_user(session, args.user, _ROLES[args.role], new)
    _say(f"Added {args.user} ({args.role}).")
    return 0


def cmd_remove_user(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.users import remove_user

    with human_errors():
        with _open(args, SecretReader()) as session:
            remove_user(session, args.user)
    _say(
        f"Removed {args.user}. The file was re-encrypted with a new key, so their passphrase "
        "no longer opens it."
    )
    return 0


def cmd_set_role(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.users import set_role

    with human_errors():
        with _open(args, SecretReader()) as session:
            set_role(session, args.user, _ROLES[args.role])
    _say(f"{args.user} now has the {args.role} role.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from ypsi_desktop.services.users import rotate_key

    with human_errors():
        with _open(args, SecretReader()) as session:
            rotate_key(session)
    _say("The file was re-encrypted with a new data key.")
    return 0


# --- registration ---------------------------------------------------------------------------


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
Parser = argparse.ArgumentParser


def _acting(parser: argparse.ArgumentParser, *, recovery: bool = True) -> None:
    parser.add_argument(
        "--as",
        dest="acting_user",
        metavar="NAME",
        help="who you are (needed when the file has several users)",
    )
    if recovery:  # every file command knows it, to explain that only `passwd` takes it
        parser.add_argument(
            "--recovery",
            action="store_true",
            help="use the recovery key to choose a new passphrase"
            if parser.prog.endswith(" passwd")
            else argparse.SUPPRESS,
        )


def whole_number(lowest: int, highest: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `lowest` to `highest`, or a usage error in words
    (a record number too big for the file would otherwise surface as an internal fault)."""

    def read(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not lowest <= value <= highest:
            raise argparse.ArgumentTypeError(f"give a number from {lowest:,} to {highest:,}")
        return value

    return read


RECORD_NUMBER = whole_number(1, 2**62)


def add_command(subparsers: Subparsers, name: str, handler: object, help_: str) -> Parser:
    """One subcommand, its help also its description, run by `handler`."""
    parser = subparsers.add_parser(name, help=help_, description=help_)
    parser.set_defaults(handler=handler)
    return parser


def add_file_command(subparsers: Subparsers, name: str, handler: object, help_: str) -> Parser:
    """A subcommand that opens a case file: FILE, then who is acting (--as, --recovery)."""
    parser = add_command(subparsers, name, handler, help_)
    parser.add_argument("file", metavar="FILE")
    _acting(parser)
    return parser


def register(subparsers: Subparsers) -> None:
    def add(name: str, handler: object, help_: str) -> Parser:
        return add_command(subparsers, name, handler, help_)

    p = add("create", cmd_create, "make a new, empty case file with its first user (the DSL)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--setting", metavar="NAME", help="the school or college's name")

    p = add("check", cmd_check, "check a case file for damage and tampering; prints its anchor")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--anchor", metavar="SEQ:HASH", help="an anchor printed earlier, to look for")
    _acting(p)

    p = add("backup", cmd_backup, "write a checked, encrypted backup into a folder")
    p.add_argument("file", metavar="FILE")
    p.add_argument("dest_dir", metavar="DEST_DIR")
    _acting(p)

    p = add("restore", cmd_restore, "replace FILE with a checked backup (the old file is kept)")
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="acting_user", metavar="NAME", help="who you are, as in the backup")

    p = add("export", cmd_export, "write every record to an UNENCRYPTED JSON file (DSL only)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--out", required=True, metavar="OUT.json")
    p.add_argument("--with-audit", action="store_true", help="include the audit log")
    _acting(p)

    p = add("import", cmd_import, "make a new case file from an export")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--in", dest="input", required=True, metavar="IN.json")
    p.add_argument("--user", required=True, metavar="NAME", help="the new file's first user (DSL)")

    p = add("demo", cmd_demo, "make a TRAINING case file full of made-up incidents")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--incidents", type=whole_number(0, 100_000), default=200, metavar="N")
    p.add_argument("--seed", type=whole_number(0, 2**31), default=0, metavar="S")

    p = add("passwd", cmd_passwd, "change your passphrase (or set one with --recovery)")
    p.add_argument("file", metavar="FILE")
    _acting(p)

    p = add("add-user", cmd_add_user, "add a user (DSL only)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--role", required=True, choices=sorted(_ROLES))
    _acting(p)

    p = add("remove-user", cmd_remove_user, "remove a user and re-encrypt the file (DSL only)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--user", required=True, metavar="NAME")
    _acting(p)

    p = add("set-role", cmd_set_role, "change a user's role (DSL only)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--role", required=True, choices=sorted(_ROLES))
    _acting(p)

    p = add("rotate-key", cmd_rotate_key, "re-encrypt the file with a new data key (DSL only)")
    p.add_argument("file", metavar="FILE")
    _acting(p)
