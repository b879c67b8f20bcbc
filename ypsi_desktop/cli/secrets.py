"""Reading passphrases and recovery keys for the command line.

Secrets are never command-line arguments (they would sit in shell history and process lists).
On a terminal they are asked for without echo, a new one twice; otherwise each is read from
standard input, one per line, in the order the command would have asked for them.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from ypsi_desktop.cli.main import CliError, ExitCode


class SecretReader:
    def __init__(self, stdin: TextIO | None = None, *, interactive: bool | None = None) -> None:
        given = stdin if stdin is not None else sys.stdin
        self._stdin: TextIO | None = given  # None when standard input was closed
        if interactive is None:
            interactive = given is not None and given.isatty()
        self._interactive = interactive
        self.last_existing: str | None = None

    def existing(self, prompt: str) -> str:
        """A secret the person already has (their passphrase, the recovery key)."""
        secret = self._typed(f"{prompt}: ") if self._interactive else self._next_line(prompt)
        self.last_existing = secret  # so `passwd` can tell a new passphrase that is not new
        return secret

    def new(self, prompt: str) -> str:
        """A new secret: typed twice on a terminal, once on standard input."""
        if not self._interactive:
            return self._next_line(prompt)
        first = self._typed(f"{prompt}: ")
        second = self._typed(f"{prompt} (again, to confirm): ")
        if first != second:
            raise CliError("The two entries did not match; nothing was changed.", ExitCode.USAGE)
        return first

    @staticmethod
    def _typed(prompt: str) -> str:
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl-D at the prompt
            raise CliError("Nothing was typed, so nothing was done.", ExitCode.USAGE) from None

    def _next_line(self, prompt: str) -> str:
        line = self._stdin.readline() if self._stdin is not None else ""
        if not line:
            raise CliError(
                f"Expected the {prompt.lower()} on standard input, one per line.", ExitCode.USAGE
            )
        return line.rstrip("\r\n")
