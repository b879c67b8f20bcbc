"""The `ypsi-desktop` command: no arguments opens the app, subcommands work headless.

Modelled on keepassxc-cli: one small dispatcher, each subcommand a module in this package that
registers its parser and handler. Every failure reaches the user as one calm line on stderr
and an exit code (see ExitCode), never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from enum import IntEnum

from ypsi_desktop import APP_NAME, __version__


class ExitCode(IntEnum):
    OK = 0
    CHECK_FAILED = 1  # `check` found a problem
    USAGE = 2  # bad arguments, or a passphrase / recovery key not recognised
    UNUSABLE_FILE = 3  # missing, not a case file, damaged header, open elsewhere, newer
    WRITE_FAILED = 4  # disk full, permissions
    NOT_ALLOWED = 5  # the acting user's role does not allow it
    UNEXPECTED = 70  # a fault in YPSI Desktop itself


class CliError(Exception):
    """A failure with a message written for the person at the keyboard."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


Handler = Callable[[argparse.Namespace], int]

# Subcommand name -> the module in this package that registers it (its `register(subparsers)`
# adds the parser and sets `handler`). Modules are imported only when the parser is built.
COMMANDS: dict[str, str] = {
    name: "casefile_commands"
    for name in (
        "create",
        "check",
        "backup",
        "restore",
        "export",
        "import",
        "demo",
        "passwd",
        "add-user",
        "remove-user",
        "set-role",
        "rotate-key",
    )
}
COMMANDS.update({name: "lifetime_commands" for name in ("transfer-out", "transfer-in", "sar")})
COMMANDS.update({name: "retention_commands" for name in ("retention", "report")})
COMMANDS["pdf"] = "pdf_command"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message}\nRun '{self.prog} --help' for the options.", ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ypsi-desktop",
        description=(
            f"{APP_NAME}: an encrypted case recorder for designated safeguarding leads. "
            "With no command, the app opens."
        ),
        epilog="Secrets are never given as arguments: they are asked for, or read from "
        "standard input one per line.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--start-and-quit",
        action="store_true",
        help="open the main window, wait until it is idle, then quit (checks an install works)",
    )
    parser.usage = "ypsi-desktop [-h] [--version] [--start-and-quit] [FILE | COMMAND ...]"
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, prog=parser.prog
    )
    for module_name in dict.fromkeys(COMMANDS.values()):
        module = importlib.import_module(f"ypsi_desktop.cli.{module_name}")
        module.register(subparsers)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    """The app's own options only: no command modules imported, so starting the app stays
    fast (the commands pull in the storage and crypto layers the GUI loads later)."""
    parser = _Parser(prog="ypsi-desktop", add_help=False)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--start-and-quit", action="store_true")
    parser.add_argument("file", nargs="?")
    return parser


def _plain_gui_args(argv: list[str]) -> argparse.Namespace | None:
    """`[--start-and-quit] [FILE]` read without building a parser, or None for anything else.

    Building even the small parser costs start-up several milliseconds (argparse looks up
    translations for its own words), and a double-clicked case file always looks like this.
    Anything else (other options, a FILE starting with "-") goes through _gui_parser, which
    checks it and words any error."""
    words = [a for a in argv if a != "--start-and-quit"]
    if len(words) > 1 or any(w.startswith("-") for w in words):
        return None
    return argparse.Namespace(
        start_and_quit=len(words) < len(argv), file=words[0] if words else None
    )


def _say_on_stderr(message: str) -> None:
    """The calm crash message before the app has a window to show it in."""
    print(f"ypsi-desktop: {message}", file=sys.stderr)


def _run_gui(args: argparse.Namespace) -> int:
    import gc

    # Start-up builds a great many objects (Qt's Python bindings above all) and no garbage
    # worth a cycle collection; each collection would walk them all again. Collection
    # resumes once the first window is idle (gui/app.py); measured, the window is up 8–22 ms
    # sooner. A start that fails before then ends the process anyway.
    gc.disable()
    from ypsi_desktop import airgap

    airgap.install_network_guard()  # first, before Qt or anything else: no network, ever
    from ypsi_desktop import diagnostics

    # From here a fault gets a crash report and the calm message (on stderr until the app's
    # window can show it). Log records wait in memory until the first window is up; the app
    # then opens the log file (gui/app.py), and stop_logging writes any still waiting.
    diagnostics.install_crash_handler(_say_on_stderr)
    diagnostics.buffer_logging(strict=False)
    diagnostics.log_event("app.started")
    try:
        # Modules without Qt are imported before PySide6: once it is loaded, its import hook
        # inspects every module imported after it, which measurably slows the first window.
        importlib.import_module("ypsi_desktop.settings_store")
        importlib.import_module("ypsi_desktop.domain.text")
        from ypsi_desktop.gui.app import run_app  # PySide6 is loaded only for the GUI

        return run_app(file=getattr(args, "file", None), start_and_quit=args.start_and_quit)
    except Exception as error:  # start-up failed: a report and the calm message, no traceback
        diagnostics.report_crash(error)
        return int(ExitCode.UNEXPECTED)
    finally:
        diagnostics.stop_logging()


def _refuse_mistyped_command(word: str) -> None:
    """`ypsi-desktop chek FILE` would open the app on a file called "chek": when the word is
    no file but nearly a command, say so instead."""
    import difflib
    import os

    if os.path.lexists(word):
        return
    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.75)
    if close:
        raise CliError(
            f"'{word}' is not a command or a case file. Did you mean '{close[0]}'? "
            "Run 'ypsi-desktop --help' for the commands.",
            ExitCode.USAGE,
        )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # argparse cannot tell an optional FILE from a COMMAND, so decide by the first word.
        words = [a for a in argv if not a.startswith("-")]
        wants_help = any(a in ("-h", "--help") for a in argv)
        if not wants_help and (not words or words[0] not in COMMANDS):
            if words:
                _refuse_mistyped_command(words[0])
            return _run_gui(_plain_gui_args(argv) or _gui_parser().parse_args(argv))
        args = build_parser().parse_args(argv)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            return _run_gui(args)
        return handler(args)
    except CliError as error:
        print(f"ypsi-desktop: {error}", file=sys.stderr)
        return int(error.code)
    except KeyboardInterrupt:
        print("ypsi-desktop: stopped.", file=sys.stderr)
        return int(ExitCode.USAGE)
    except Exception as error:  # the last line of defence: the user never sees a traceback
        print(
            "ypsi-desktop: something went wrong inside YPSI Desktop "
            f"({type(error).__name__}). Nothing saved before this was changed.",
            file=sys.stderr,
        )
        return int(ExitCode.UNEXPECTED)


def main_gui() -> int:
    """Entry point for the windowed launcher (no console window on Windows)."""
    return main()
