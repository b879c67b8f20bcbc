"""The command line answers --version and --help without a display and never with a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ypsi_desktop import __version__
from ypsi_desktop.cli.main import _gui_parser, _plain_gui_args


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    return subprocess.run(
        [sys.executable, "-m", "ypsi_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_version_works_without_a_display() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"YPSI Desktop {__version__}"


def test_help_describes_the_app() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "designated safeguarding leads" in result.stdout


def test_unknown_option_is_a_usage_error_not_a_traceback() -> None:
    result = _run("--no-such-option")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--help" in result.stderr


def test_version_does_not_load_qt() -> None:
    code = (
        "import sys\nfrom ypsi_desktop.cli.main import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("False")


@pytest.mark.parametrize(
    ("argv", "quick"),
    [
        ([], True),
        (["school.ypsi"], True),
        (["--start-and-quit"], True),
        (["school.ypsi", "--start-and-quit"], True),
        (["--start-and-quit", "school.ypsi", "--start-and-quit"], True),
        (["a.ypsi", "b.ypsi"], False),  # the parser words the error
        (["--start"], False),  # an abbreviation: the parser decides
        (["-"], False),
        (["--", "-odd-name.ypsi"], False),
    ],
)
def test_the_app_options_read_without_a_parser_agree_with_the_parser(
    argv: list[str], quick: bool
) -> None:
    """Starting the app skips building a parser for the plain `[--start-and-quit] [FILE]`;
    whatever it reads that way must be exactly what the parser would have read."""
    read = _plain_gui_args(argv)
    assert (read is not None) == quick
    if read is not None:
        assert vars(read) == vars(_gui_parser().parse_args(argv))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("chek", "school.ypsi"), "Did you mean 'check'?"),  # would otherwise open the app
        (("retention", "school.ypsi", "--lift", "9" * 25), "give a number from 1"),
        (("demo", "school.ypsi", "--incidents", "-1"), "give a number from 0"),
        (("check",), "Run 'ypsi-desktop check --help'"),  # not the whole usage line
        (("check", "school.ypsi", "--anchor", "garbage"), "is not an anchor"),
    ],
)
def test_careless_command_lines_get_one_calm_line_and_exit_2(
    args: tuple[str, ...], words: str, tmp_path: os.PathLike[str]
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ypsi_desktop", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert not list(os.scandir(tmp_path)), "nothing was written"


def test_a_closed_standard_input_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from ypsi_desktop.cli.main import CliError, ExitCode
    from ypsi_desktop.cli.secrets import SecretReader

    monkeypatch.setattr(sys, "stdin", None)  # what Python gives a command run with <&-
    with pytest.raises(CliError) as caught:
        SecretReader().existing("Passphrase")
    assert caught.value.code is ExitCode.USAGE
    assert "Expected the passphrase on standard input" in str(caught.value)
