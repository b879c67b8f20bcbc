"""Release checks for the offline installs, run by hand before a release (not by .ci/run).

    .venv/bin/python -m installer.release            # everything below, about 5 minutes
    .venv/bin/python -m installer.release --skip-other-platforms

1. Builds the Linux bundle for this machine's Python, installs it into a fresh folder inside a
   network namespace with no network (`unshare -n`), and runs the three checks from there:
   `ypsi-desktop --version`, `ypsi-desktop demo FILE --incidents 20`, and an offscreen start
   of the first window on that demo file.
2. Makes the frozen Linux build (PyInstaller one-folder, installed into a throwaway virtual
   environment from the bundle's own wheelhouse), checks what it holds and leaves out, and runs
   the same three checks from it under `unshare -n`.
3. Builds the Windows and macOS bundles (proving wheel resolution for them) and reports every
   size. The report is printed and written to dist/offline/release-report.txt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
import venv
from dataclasses import dataclass
from pathlib import Path

from installer import build_bundle
from installer import install as installer_code

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "installer" / "pyinstaller" / "ypsi-desktop.spec"
PYINSTALLER_PINS = REPO / "installer" / "pyinstaller" / "requirements.txt"
DEMO_PASSPHRASE = "blue-kettle-marsh-41-orbit"
DEMO_USER = "Demo DSL"  # the user `ypsi-desktop demo` makes
NETWORKED_QT = ("Qt6Network", "QtNetwork", "qvnc", "qtuiotouch")


class ReleaseError(Exception):
    pass


def no_network_prefix() -> list[str]:
    """The command prefix that runs a program with no network at all, as this user can."""
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
                return prefix
        except OSError:
            break
    raise ReleaseError("unshare cannot make a network namespace here (needs util-linux)")


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a new user: own home and folders, no display, no pip settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "PIP_", "QT_", "PYTHON")) and k not in ("DISPLAY", "HOME")
    }
    env["HOME"] = str(home)
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config")):
        env[var] = str(home / sub)
    for var, sub in (("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache")):
        env[var] = str(home / sub)
    return env


@dataclass
class Step:
    name: str
    seconds: float
    ok: bool
    detail: str


def run_three_steps(program: Path, workdir: Path) -> list[Step]:
    """--version, a 20-incident demo file, an offscreen start on it: all with no network."""
    prefix = no_network_prefix()
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = isolated_env(home)
    demo = workdir / "training.ypsi"
    steps: list[Step] = []

    def step(
        name: str, args: list[str], stdin: str = "", extra: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        done = subprocess.run(
            [*prefix, str(program), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=dict(env, **(extra or {})),
            cwd=workdir,
            timeout=600,
        )
        result = Step(name, time.monotonic() - started, done.returncode == 0, "")
        result.detail = (done.stdout + done.stderr).strip()[-2000:]
        steps.append(result)
        return done

    version = step("ypsi-desktop --version", ["--version"])
    steps[-1].ok = steps[-1].ok and version.stdout.startswith("YPSI Desktop ")
    step(
        "ypsi-desktop demo FILE --incidents 20",
        ["demo", str(demo), "--incidents", "20"],
        stdin=DEMO_PASSPHRASE + "\n",
    )
    steps[-1].ok = steps[-1].ok and demo.is_file() and "20 made-up incidents" in steps[-1].detail
    step(
        "offscreen start of the first window (sign-in on the demo file)",
        ["--start-and-quit", str(demo)],
        extra={"QT_QPA_PLATFORM": "offscreen"},
    )
    return steps


# Run by the installed copy's own Python: sign in to the demo file and show the main window
# with its list, offscreen, then say how many incidents the list holds.
_MAIN_WINDOW_CHECK = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ypsi_desktop.gui.main_window import MainWindow
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.session import unlock
session = unlock(sys.argv[1], user_name=sys.argv[2], passphrase=sys.argv[3])
window = MainWindow(prompts=ScriptedPrompts())
window.attach(session)
window.show()
app.processEvents()
(total,) = session.conn.execute("SELECT count(*) FROM incidents").fetchone()
listed = window.case_list.model.rowCount()
print(f"main window shown: {total} incidents in the file, {listed} open ones listed")
window.detach()
session.close()
sys.exit(0 if total == 20 and listed > 0 else 1)
"""


def main_window_step(python: Path, workdir: Path) -> Step:
    """Sign in to the demo file made by run_three_steps and show the main window, offscreen,
    with the installed copy's Python and no network."""
    env = dict(isolated_env(workdir / "home"), QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    done = subprocess.run(
        [
            *no_network_prefix(),
            str(python),
            "-c",
            _MAIN_WINDOW_CHECK,
            str(workdir / "training.ypsi"),
            DEMO_USER,
            DEMO_PASSPHRASE,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        timeout=300,
    )
    detail = (done.stdout + done.stderr).strip()[-2000:]
    ok = done.returncode == 0 and "main window shown" in done.stdout
    return Step(
        "offscreen main window, signed in to the demo file", time.monotonic() - started, ok, detail
    )


def install_bundle(bundle: Path, workdir: Path) -> tuple[Path, float, str]:
    """Run the bundle's install.sh as a new user would, inside a namespace with no network."""
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    target = workdir / "app"
    started = time.monotonic()
    done = subprocess.run(
        [*no_network_prefix(), "sh", str(bundle / "install.sh"), "--target", str(target)],
        capture_output=True,
        text=True,
        env=isolated_env(home),
        cwd=workdir,
        timeout=1800,
    )
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise ReleaseError(f"install.sh failed:\n{done.stdout}\n{done.stderr}")
    return target / "bin" / "ypsi-desktop", seconds, done.stdout


def build_frozen(bundle: Path, work: Path, dist: Path) -> Path:
    """PyInstaller one-folder build from a throwaway venv filled from the bundle's wheelhouse."""
    tools = work / "pyinstaller-venv"
    if tools.exists():
        shutil.rmtree(tools)
    venv.create(tools, with_pip=True)
    python = tools / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    for args in (
        [
            "--isolated",
            "--no-index",
            "--find-links",
            str(bundle / "wheelhouse"),
            "--require-hashes",
            "-r",
            str(bundle / "requirements.txt"),
        ],
        ["-r", str(PYINSTALLER_PINS)],
    ):
        done = subprocess.run([*pip, *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise ReleaseError(f"pip install {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    done = subprocess.run(
        [
            str(tools / "bin" / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller-work"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        cwd=work,
    )
    if done.returncode != 0:
        raise ReleaseError(f"PyInstaller failed:\n{done.stderr[-3000:]}")
    return dist / "ypsi-desktop"


def frozen_contents_problems(folder: Path, pyz_toc: Path) -> list[str]:
    """What the frozen folder must hold, and what it must not. `pyz_toc` is PyInstaller's list
    of the Python modules frozen into the app's archive."""
    internal = folder / "_internal"
    problems = []
    frozen_modules = pyz_toc.read_text(encoding="utf-8")
    forms = sorted((REPO / "ypsi_desktop/gui/forms").glob("*.py"))
    for module in ["ypsi_desktop.cli.casefile_commands"] + [
        f"ypsi_desktop.gui.forms.{p.stem}" for p in forms if p.stem != "__init__"
    ]:
        if f"'{module}'" not in frozen_modules:
            problems.append(f"module {module} missing")
    migrations = sorted(p.name for p in (REPO / "ypsi_desktop/storage/migrations").glob("*.sql"))
    for sql in migrations:
        if not (internal / "ypsi_desktop/storage/migrations" / sql).is_file():
            problems.append(f"migration {sql} missing")
    for font in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-LICENCE.txt"):
        if not (internal / "ypsi_desktop/resources/fonts" / font).is_file():
            problems.append(f"font file {font} missing")
    if not (internal / "ypsi_desktop/resources/icons/ypsi-desktop.svg").is_file():
        problems.append("app icon missing")
    if not list(internal.glob("sqlcipher3/_sqlite3*")):
        problems.append("sqlcipher3's compiled extension missing")
    for path in folder.rglob("*"):
        if any(word in path.name for word in NETWORKED_QT):
            problems.append(f"networking Qt file present: {path.relative_to(folder)}")
        elif path.is_symlink() and not path.exists():
            problems.append(f"broken link: {path.relative_to(folder)}")
    return problems


def size_mb(path: Path) -> float:
    size = path.stat().st_size if path.is_file() else build_bundle.folder_size(path)
    return size / 1e6


def release(out: Path, work: Path, other_platforms: bool) -> list[str]:
    report: list[str] = []
    failures = 0

    def line(text: str) -> None:
        print(text, flush=True)
        report.append(text)

    def steps_report(steps: list[Step]) -> None:
        nonlocal failures
        for s in steps:
            line(f"    {'ok  ' if s.ok else 'FAIL'} {s.name}: {s.seconds:.1f} s")
            if not s.ok:
                failures += 1
                line("      " + s.detail.replace("\n", "\n      "))

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    line(f"no-network prefix: {' '.join(no_network_prefix())}")

    started = time.monotonic()
    bundle = build_bundle.build("manylinux_x86_64", [python], out)
    line(f"Linux bundle (Python {python}) built in {time.monotonic() - started:.0f} s")
    program, seconds, _ = install_bundle(bundle, work / "bundle-install")
    line(f"  installed with install.sh under unshare -n in {seconds:.0f} s")
    steps_report(
        [
            *run_three_steps(program, work / "bundle-install"),
            main_window_step(program.with_name("python"), work / "bundle-install"),
        ]
    )

    started = time.monotonic()
    frozen = build_frozen(bundle, work, out.parent / "frozen")
    line(f"Frozen Linux build (PyInstaller) made in {time.monotonic() - started:.0f} s")
    pyz_toc = work / "pyinstaller-work" / "ypsi-desktop" / "PYZ-00.toc"
    for problem in frozen_contents_problems(frozen, pyz_toc):
        failures += 1
        line(f"    FAIL {problem}")
    steps_report(run_three_steps(frozen / "ypsi-desktop", work / "frozen-run"))
    archive = out / f"{bundle.name.split('-manylinux')[0]}-frozen-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(frozen, arcname="ypsi-desktop")
    digest = installer_code.sha256_file(archive)
    archive.with_name(archive.name + ".sha256").write_text(f"{digest}  {archive.name}\n")

    sizes = [(bundle, bundle.with_name(bundle.name + ".zip"))]
    if other_platforms:
        for key in ("win_amd64", "macos_arm64", "macos_x86_64"):
            started = time.monotonic()
            other = build_bundle.build(key, list(build_bundle.DEFAULT_PYTHONS), out)
            line(f"{key} bundle built in {time.monotonic() - started:.0f} s")
            sizes.append((other, other.with_name(other.name + ".zip")))
    line("")
    line(f"{'Sizes in MB (1,000,000 bytes)':<52} {'folder':>7}  {'packed':>7}")
    for folder, packed in sizes:
        line(f"  {folder.name:<50} {size_mb(folder):7.1f}  {size_mb(packed):7.1f}")
    frozen_name = f"frozen Linux build ({archive.name})"
    line(f"  {frozen_name:<50} {size_mb(frozen):7.1f}  {size_mb(archive):7.1f}")
    line("")
    line("RESULT: " + ("all checks passed" if failures == 0 else f"{failures} check(s) FAILED"))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m installer.release", description=__doc__)
    parser.add_argument("--skip-other-platforms", action="store_true")
    args = parser.parse_args(argv)
    out = REPO / "dist" / "offline"
    out.mkdir(parents=True, exist_ok=True)
    try:
        report = release(out, REPO / "build" / "release", not args.skip_other_platforms)
    except (ReleaseError, build_bundle.BuildError) as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    (out / "release-report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    return 0 if report[-1].endswith("all checks passed") else 1


if __name__ == "__main__":
    sys.exit(main())
