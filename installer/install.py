"""Install YPSI Desktop from an offline bundle, with nothing downloaded.

This one file is the installer on every system: install.bat / install.ps1 (Windows) and
install.sh (Linux, macOS) only find a suitable Python and run it. It uses the standard library
alone, because the machine it runs on has nothing else and no network.

Order matters. Every file in the bundle is checked against SHA256SUMS.txt before anything is
written anywhere; then the Python and the system are checked against bundle.json; only then is a
virtual environment made and filled with `pip install --no-index --require-hashes` from the
bundle's wheelhouse, and a shortcut added. A failure at any step leaves no half-made install:
an earlier install in the same place is put back.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import venv
from pathlib import Path, PurePosixPath, PureWindowsPath

APP_NAME = "YPSI Desktop"
MANIFEST_NAME = "SHA256SUMS.txt"
INFO_NAME = "bundle.json"
MARKER_NAME = "ypsi-install.json"
WHEELHOUSE = "wheelhouse"
REQUIREMENTS = "requirements.txt"

# The platforms a bundle can be made for: key -> (sys.platform prefix, machine names).
PLATFORMS = {
    "win_amd64": ("win32", {"amd64", "x86_64"}),
    "manylinux_x86_64": ("linux", {"x86_64", "amd64"}),
    "macos_arm64": ("darwin", {"arm64"}),
    "macos_x86_64": ("darwin", {"x86_64"}),
}


class InstallError(Exception):
    """A problem explained in words for the person installing; the installer stops."""


def say(message: str) -> None:
    print(message, flush=True)


# --- The manifest -------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def bundle_files(root: Path) -> list[str]:
    """Every file under root (POSIX-style relative paths), except the manifest itself."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() or path.is_symlink():
            rel = path.relative_to(root).as_posix()
            if rel != MANIFEST_NAME:
                found.append(rel)
    return found


def write_manifest(root: Path) -> str:
    """Write SHA256SUMS.txt for every file under root; return the manifest's own SHA-256.

    The format is the one `sha256sum -c` and `shasum -a 256 -c` read: hash, two spaces, path.
    """
    lines = [f"{sha256_file(root / rel)}  {rel}\n" for rel in bundle_files(root)]
    manifest = root / MANIFEST_NAME
    manifest.write_text("".join(lines), encoding="utf-8", newline="\n")
    return sha256_file(manifest)


def _safe_relative(name: str) -> bool:
    if not name or "\\" in name or name.startswith("/") or PureWindowsPath(name).drive:
        return False
    return all(part not in ("", ".", "..") for part in PurePosixPath(name).parts) and (
        PurePosixPath(name).as_posix() == name
    )


def parse_manifest(text: str) -> tuple[dict[str, str], list[str]]:
    """The manifest's entries (path -> hash) and any lines that are not well formed."""
    entries: dict[str, str] = {}
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        digest, sep, name = line.partition("  ")
        digest = digest.lower()
        well_formed = (
            sep and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)
        ) and _safe_relative(name)
        if not well_formed:
            problems.append(f"line {number} of {MANIFEST_NAME} is not a hash and a file name")
        elif name in entries:
            problems.append(f"{name} is listed twice in {MANIFEST_NAME}")
        else:
            entries[name] = digest
    return entries, problems


def verify_bundle(root: Path) -> list[str]:
    """Check every file against the manifest. Returns the problems found, each naming a file;
    an empty list means every file is exactly as it was when the bundle was made."""
    manifest = root / MANIFEST_NAME
    if not manifest.is_file():
        return [f"{MANIFEST_NAME} (the list of files and their fingerprints) is missing"]
    try:
        text = manifest.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return [f"{MANIFEST_NAME} cannot be read"]
    entries, problems = parse_manifest(text)
    if not entries and not problems:
        problems.append(f"{MANIFEST_NAME} lists no files")
    present = set(bundle_files(root))
    for name, expected in entries.items():
        path = root / name
        if name not in present or not path.is_file():
            problems.append(f"missing: {name}")
            continue
        try:
            actual = sha256_file(path)
        except OSError:
            problems.append(f"cannot be read: {name}")
            continue
        if actual != expected:
            problems.append(f"changed since the bundle was made: {name}")
    for name in sorted(present - set(entries)):
        problems.append(f"not part of the bundle (added later): {name}")
    return problems


# --- The target system ----------------------------------------------------------------------------


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def system_problems(info: dict[str, object]) -> list[str]:
    """Why this Python on this computer cannot use the bundle, in words; empty if it can."""
    problems = []
    key = str(info.get("platform"))
    label = str(info.get("platform_label", key))
    wanted_os, machines = PLATFORMS.get(key, ("?", set()))
    machine = platform.machine().lower()
    if not sys.platform.startswith(wanted_os) or machine not in machines:
        problems.append(
            f"This bundle is for {label}, but this computer is {platform.system()} "
            f"({platform.machine()}). Make a bundle for this kind of computer."
        )
    versions = [str(v) for v in info.get("python_versions", [])]  # type: ignore[attr-defined]
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    if platform.python_implementation() != "CPython" or struct.calcsize("P") != 8:
        problems.append(
            "This Python is not the standard 64-bit Python from python.org. "
            "Install the 64-bit Python named in INSTALL.md."
        )
    elif here not in versions:
        problems.append(
            f"This bundle needs Python {' or '.join(versions)}; this is Python {here} "
            f"({sys.executable}). Install one of those versions (see INSTALL.md)."
        )
    minimum = str(info.get("minimum_os", "") or "")
    if minimum and not problems:
        if wanted_os == "linux":
            libc, found = platform.libc_ver()
            if libc != "glibc" or _version_tuple(found) < _version_tuple(minimum):
                problems.append(
                    f"This bundle needs Linux with glibc {minimum} or later; this system has "
                    f"{libc or 'no glibc'} {found}. Use the frozen Linux build or a newer system."
                )
        elif wanted_os == "darwin":
            found = platform.mac_ver()[0]
            if found and _version_tuple(found) < _version_tuple(minimum):
                problems.append(f"This bundle needs macOS {minimum} or later; this is {found}.")
    if not problems and not _has_ensurepip():
        problems.append(
            "This Python cannot make virtual environments (its ensurepip module is missing). "
            f"On Debian or Ubuntu install the package python{here}-venv first."
        )
    return problems


def _has_ensurepip() -> bool:
    import importlib.util

    return importlib.util.find_spec("ensurepip") is not None


def default_target(all_users: bool) -> Path:
    if sys.platform.startswith("win"):
        if all_users:
            return Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / APP_NAME
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / "Programs" / APP_NAME
    if sys.platform == "darwin":
        return Path("/Applications" if all_users else Path.home() / "Applications") / APP_NAME
    return Path("/opt/ypsi-desktop") if all_users else Path.home() / ".local/opt/ypsi-desktop"


def venv_bin(target: Path) -> Path:
    return target / ("Scripts" if sys.platform.startswith("win") else "bin")


def app_command(target: Path, gui: bool) -> Path:
    name = "ypsi-desktop-gui" if gui else "ypsi-desktop"
    return venv_bin(target) / (name + (".exe" if sys.platform.startswith("win") else ""))


# --- Shortcuts ----------------------------------------------------------------------------------


def desktop_entry(command: Path, icon: Path | None) -> str:
    """A freedesktop.org menu entry; Exec quoted as the specification asks."""
    quoted = str(command)
    for char in ("\\", '"', "`", "$"):
        quoted = quoted.replace(char, "\\" + char)
    quoted = '"' + quoted.replace("%", "%%") + '"'
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Encrypted case recorder for designated safeguarding leads",
        f"Exec={quoted} %f",
        "Terminal=false",
        "Categories=Office;",
    ]
    if icon is not None:
        lines.append(f"Icon={icon}")
    return "\n".join(lines) + "\n"


def _find_icon(target: Path) -> Path | None:
    found = sorted(target.glob("**/ypsi_desktop/resources/icons/ypsi-desktop.svg"))
    return found[0] if found else None


def _linux_shortcut(target: Path, all_users: bool) -> list[Path]:
    if all_users:
        folder = Path("/usr/share/applications")
    else:
        data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local/share")
        folder = Path(data_home) / "applications"
    folder.mkdir(parents=True, exist_ok=True)
    entry = folder / "ypsi-desktop.desktop"
    entry.write_text(desktop_entry(app_command(target, gui=True), _find_icon(target)), "utf-8")
    entry.chmod(0o755)
    return [entry]


def _macos_shortcut(target: Path) -> list[Path]:
    launcher = target.parent / f"{APP_NAME}.command"
    command = str(app_command(target, gui=True)).replace("'", "'\\''")
    launcher.write_text(f"#!/bin/sh\nexec '{command}' \"$@\"\n", encoding="utf-8")
    launcher.chmod(0o755)
    return [launcher]


_LNK_SCRIPT = (
    "$s = (New-Object -ComObject WScript.Shell).CreateShortcut($env:YPSI_LNK);"
    "$s.TargetPath = $env:YPSI_EXE; $s.WorkingDirectory = $env:USERPROFILE;"
    "$s.Description = 'YPSI Desktop'; $s.Save()"
)


def url_shortcut(command: Path) -> str:
    """A Windows Internet shortcut to the program: the fallback when a .lnk cannot be made."""
    uri = PureWindowsPath(str(command)).as_uri()
    return f"[InternetShortcut]\r\nURL={uri}\r\nIconFile={command}\r\nIconIndex=0\r\n"


def _windows_shortcut(target: Path, all_users: bool) -> list[Path]:
    base = os.environ.get("ProgramData" if all_users else "APPDATA", "")
    folder = Path(base) / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    folder.mkdir(parents=True, exist_ok=True)
    lnk = folder / f"{APP_NAME}.lnk"
    env = dict(os.environ, YPSI_LNK=str(lnk), YPSI_EXE=str(app_command(target, gui=True)))
    try:
        made = subprocess.run(
            ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command", _LNK_SCRIPT],
            env=env,
            capture_output=True,
            timeout=60,
        )
        if made.returncode == 0 and lnk.is_file():
            return [lnk]
    except (OSError, subprocess.SubprocessError):
        pass
    # PowerShell locked down: an Internet shortcut needs nothing but a text file.
    url = folder / f"{APP_NAME}.url"
    url.write_text(url_shortcut(app_command(target, gui=True)), encoding="utf-8", newline="")
    return [url]


def make_shortcuts(target: Path, all_users: bool) -> list[Path]:
    if sys.platform.startswith("win"):
        return _windows_shortcut(target, all_users)
    if sys.platform == "darwin":
        return _macos_shortcut(target)
    return _linux_shortcut(target, all_users)


# --- Installing -----------------------------------------------------------------------------------


def _run_quiet(command: list[str], what: str, timeout: int = 1800) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_NO_INPUT"] = "1"
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    except (OSError, subprocess.SubprocessError) as error:
        raise InstallError(f"Could not {what}: {error}") from error
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-15:]
        raise InstallError(
            f"Could not {what}. The last lines it printed:\n  " + "\n  ".join(detail)
        )
    return done.stdout


def _is_ours(target: Path) -> bool:
    return (target / MARKER_NAME).is_file()


def _install_into(root: Path, target: Path, info: dict[str, object]) -> None:
    say("Step 3 of 5: making a private Python environment for the app")
    venv.EnvBuilder(with_pip=True, clear=False).create(target)
    python = venv_bin(target) / ("python.exe" if sys.platform.startswith("win") else "python")
    say("Step 4 of 5: installing YPSI Desktop and its libraries from the bundle (a minute or two)")
    _run_quiet(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--isolated",  # no pip settings or indexes of this machine take part
            "--no-index",
            "--find-links",
            str(root / WHEELHOUSE),
            "--require-hashes",
            "--only-binary=:all:",
            "--no-cache-dir",
            "--disable-pip-version-check",
            "--no-warn-script-location",
            "-r",
            str(root / REQUIREMENTS),
        ],
        "install the app from the bundle's wheelhouse",
    )
    version = _run_quiet([str(app_command(target, gui=False)), "--version"], "start the app")
    say(f"  installed: {version.strip()}")


def install(root: Path, target: Path | None, all_users: bool, shortcut: bool) -> int:
    say(f"Step 1 of 5: checking every file in the bundle against {MANIFEST_NAME}")
    problems = verify_bundle(root)
    if problems:
        say("The bundle is not as it was made, so nothing was installed:")
        for problem in problems:
            say(f"  - {problem}")
        say("Copy the bundle again from the original, or ask whoever made it for a new one.")
        return 3
    say(f"  all files match. Fingerprint of {MANIFEST_NAME}: {sha256_file(root / MANIFEST_NAME)}")
    say("  (compare it with the one given to you with the bundle)")

    say("Step 2 of 5: checking this computer and its Python")
    try:
        info = json.loads((root / INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        say(f"{INFO_NAME} cannot be read, so nothing was installed.")
        return 3
    problems = system_problems(info)
    if problems:
        for problem in problems:
            say(f"  - {problem}")
        say("Nothing was installed.")
        return 2
    say(f"  {info.get('platform_label')}, Python {sys.version.split()[0]}: suitable")

    target = (target or default_target(all_users)).expanduser().resolve()
    if target.exists() and any(target.iterdir()) and not _is_ours(target):
        say(f"{target} already holds other files, so nothing was installed there.")
        say("Choose an empty folder with --target.")
        return 2
    previous = target.with_name(target.name + ".previous")
    if previous.exists():
        shutil.rmtree(previous)
    if target.exists():
        try:
            target.rename(previous)  # put back if this install fails
        except OSError:
            say(f"{target} is in use: close YPSI Desktop (every window) and run this again.")
            say("Nothing was changed.")
            return 4
    try:
        _install_into(root, target, info)
        shortcuts = []
        if shortcut:
            say("Step 5 of 5: adding YPSI Desktop to the menu")
            shortcuts = make_shortcuts(target, all_users)
        else:
            say("Step 5 of 5: no shortcut (asked for none)")
        marker = {
            "app": APP_NAME,
            "version": info.get("version"),
            "installed_on": datetime.date.today().isoformat(),
            "from_bundle": info.get("name"),
            "shortcuts": [str(path) for path in shortcuts],
        }
        (target / MARKER_NAME).write_text(json.dumps(marker, indent=2), encoding="utf-8")
    except (InstallError, OSError) as error:
        shutil.rmtree(target, ignore_errors=True)
        if previous.exists():
            previous.rename(target)
            say("The earlier install was put back as it was.")
        say(str(error))
        say("Nothing was installed.")
        return 4
    shutil.rmtree(previous, ignore_errors=True)
    say("")
    say(f"{APP_NAME} {info.get('version')} is installed in {target}")
    for path in shortcuts:
        say(f"  shortcut: {path}")
    say(f"  to start it from a terminal: {app_command(target, gui=False)}")
    say("Your case files are not kept here; see INSTALL.md for where they live.")
    return 0


def uninstall(target: Path | None, all_users: bool) -> int:
    target = (target or default_target(all_users)).expanduser().resolve()
    if not _is_ours(target):
        say(f"There is no install of {APP_NAME} in {target}; nothing was removed.")
        return 2
    marker = json.loads((target / MARKER_NAME).read_text(encoding="utf-8"))
    for shortcut in marker.get("shortcuts", []):
        Path(shortcut).unlink(missing_ok=True)
    shutil.rmtree(target)
    say(f"Removed the program from {target}. Case files and backups were not touched.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="install",
        description=f"Install {APP_NAME} from this offline bundle. Nothing is downloaded.",
    )
    parser.add_argument("--target", type=Path, help="the folder to install into")
    parser.add_argument(
        "--all-users", action="store_true", help="install for everyone (needs administrator)"
    )
    parser.add_argument("--no-shortcut", action="store_true", help="add no menu entry")
    parser.add_argument("--check-only", action="store_true", help="check the bundle, then stop")
    parser.add_argument("--uninstall", action="store_true", help="remove an install")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parent
    try:
        if args.uninstall:
            return uninstall(args.target, args.all_users)
        if args.check_only:
            problems = verify_bundle(root)
            for problem in problems:
                say(f"  - {problem}")
            say("The bundle is intact." if not problems else "The bundle is NOT intact.")
            return 3 if problems else 0
        return install(root, args.target, args.all_users, not args.no_shortcut)
    except KeyboardInterrupt:
        say("Stopped.")
        return 2
    except Exception as error:  # the person installing never sees a traceback
        say(f"The installer stopped unexpectedly ({type(error).__name__}: {error}).")
        return 70


if __name__ == "__main__":
    sys.exit(main())
