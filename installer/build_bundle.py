"""Make an offline bundle of YPSI Desktop for one system, on a machine with internet access.

    .venv/bin/python -m installer.build_bundle --platform win_amd64
    .venv/bin/python -m installer.build_bundle --platform manylinux_x86_64 --python 3.11

The bundle holds the app's wheel, a wheelhouse of every runtime dependency at the exact version
pinned in constraints.txt (a few replaced for one system by installer/pins/<platform>.txt), a
requirements.txt with every wheel's SHA-256 (so pip installs with --require-hashes), the
installer and its launchers, INSTALL.md, bundle.json and SHA256SUMS.txt listing every file.

Dependencies are found from the wheels' own metadata with the markers evaluated for the target
system, not for this one, because `pip download --platform` evaluates them for the machine it
runs on. Only binary wheels are taken: the target has no compiler and no network.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

from installer import install as installer_code
from installer.platforms import PLATFORMS, TargetPlatform, marker_environment, minimum_os

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
DEFAULT_PYTHONS = ("3.11", "3.12", "3.13")
DEFAULT_OUT = REPO / "dist" / "offline"


class BuildError(Exception):
    pass


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path) -> dict[str, str]:
    """name -> exact version from a constraints-style file (`name==version` lines)."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            if not sep:
                raise BuildError(f"{path.name}: '{line}' is not pinned to one version")
            pins[normalise(name)] = version.strip()
    return pins


def wheel_requirements(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        text = archive.read(metadata).decode("utf-8")
    return [
        Requirement(line.split(":", 1)[1].strip())
        for line in text.splitlines()
        if line.startswith("Requires-Dist:")
    ]


def wheel_identity(wheel: Path) -> tuple[str, str]:
    name, version = wheel.name.split("-")[:2]
    return normalise(name), version


def _pip(args: list[str], what: str) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.splitlines() if "is ignored" not in ln][-20:]
        raise BuildError(f"{what} failed:\n" + "\n".join(lines))


def build_project_wheel(out: Path) -> Path:
    _pip(
        ["wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        "building the YPSI Desktop wheel",
    )
    (wheel,) = out.glob("ypsi_desktop-*.whl")
    return wheel


def download(target: TargetPlatform, python: str, pins: dict[str, str], dest: Path) -> None:
    platforms = [arg for tag in target.wheel_platforms for arg in ("--platform", tag)]
    _pip(
        [
            "download",
            "-q",
            "--no-deps",
            "--only-binary=:all:",
            *platforms,
            "--python-version",
            python,
            "--implementation",
            "cp",
            "-d",
            str(dest),
            *(f"{name}=={version}" for name, version in sorted(pins.items())),
        ],
        f"downloading wheels for {target.label}, Python {python}",
    )


def resolve(
    project_wheel: Path,
    target: TargetPlatform,
    pythons: list[str],
    pins: dict[str, str],
    wheelhouse: Path,
) -> dict[tuple[str, str], set[str]]:
    """Download the runtime dependencies for each Python; return (name, version) -> the
    Python versions that need it. Every one must be pinned; a pin must satisfy the requirement."""
    needed: dict[tuple[str, str], set[str]] = defaultdict(set)
    for python in pythons:
        env = marker_environment(target, python)
        todo = [project_wheel]
        seen: set[str] = set()
        while todo:
            wanted: dict[str, str] = {}
            for wheel in todo:
                for req in wheel_requirements(wheel):
                    if req.marker is not None and not Marker(str(req.marker)).evaluate(env):
                        continue
                    name = normalise(req.name)
                    if name not in pins:
                        raise BuildError(f"{name} (needed by {wheel.name}) is not pinned")
                    if not req.specifier.contains(pins[name], prereleases=True):
                        raise BuildError(f"the pin {name}=={pins[name]} does not satisfy {req}")
                    if name not in seen:
                        wanted[name] = pins[name]
            seen.update(wanted)
            if not wanted:
                break
            download(target, python, wanted, wheelhouse)
            todo = []
            for name, version in wanted.items():
                files = [
                    w for w in wheelhouse.glob("*.whl") if wheel_identity(w) == (name, version)
                ]
                if not files:
                    raise BuildError(f"pip gave no wheel of {name} {version} for {target.label}")
                needed[(name, version)].add(python)
                todo.append(sorted(files)[0])  # every wheel of one release has the same metadata
    return needed


def requirements_text(
    project: tuple[str, str],
    needed: dict[tuple[str, str], set[str]],
    wheelhouse: Path,
    pythons: list[str],
) -> str:
    """One line per package, each wheel's hash; a marker when only some Pythons need it."""
    lines = ["# Generated by installer/build_bundle.py: install with --require-hashes.\n"]
    for name, version in [project, *sorted(needed)]:
        files = [
            w for w in sorted(wheelhouse.glob("*.whl")) if wheel_identity(w) == (name, version)
        ]
        hashes = " ".join(f"--hash=sha256:{installer_code.sha256_file(w)}" for w in files)
        for_pythons = needed.get((name, version), set(pythons))
        marker = ""
        if set(pythons) - for_pythons:
            marker = " ; " + " or ".join(f'python_version == "{p}"' for p in sorted(for_pythons))
        lines.append(f"{name}=={version}{marker} {hashes}\n")
    return "".join(lines)


def _launcher(template: str, pythons: list[str]) -> bytes:
    newest_first = sorted(pythons, key=lambda v: tuple(map(int, v.split("."))), reverse=True)
    text = (HERE / "launchers" / template).read_bytes().decode("utf-8")
    for key, value in {
        "@PYTHON_COMMANDS@": " ".join(f"python{v}" for v in newest_first),
        "@PYTHON_VERSIONS_SPACED@": " ".join(newest_first),
        "@PYTHON_VERSIONS_QUOTED@": ", ".join(f'"{v}"' for v in newest_first),
        "@PYTHON_VERSIONS@": " or ".join(newest_first),
    }.items():
        text = text.replace(key, value)
    return text.encode("utf-8")


def build(platform_key: str, pythons: list[str], out: Path, *, zip_it: bool = True) -> Path:
    target = PLATFORMS[platform_key]
    pins = read_pins(REPO / "constraints.txt")
    if target.pins_override.is_file():
        pins.update(read_pins(target.pins_override))
    with tempfile.TemporaryDirectory() as scratch:
        project_wheel = build_project_wheel(Path(scratch))
        project = wheel_identity(project_wheel)
        name = f"ypsi-desktop-{project[1]}-{platform_key}-py{'-'.join(pythons)}"
        bundle = out / name
        if bundle.exists():
            shutil.rmtree(bundle)
        wheelhouse = bundle / installer_code.WHEELHOUSE
        wheelhouse.mkdir(parents=True)
        shutil.copy2(project_wheel, wheelhouse)
    needed = resolve(wheelhouse / project_wheel.name, target, pythons, pins, wheelhouse)
    (bundle / installer_code.REQUIREMENTS).write_text(
        requirements_text(project, needed, wheelhouse, pythons), encoding="utf-8"
    )
    shutil.copy2(HERE / "install.py", bundle / "install.py")
    shutil.copy2(HERE / "INSTALL.md", bundle / "INSTALL.md")
    for launcher in ("install.sh", "install.bat", "install.ps1"):
        (bundle / launcher).write_bytes(_launcher(launcher, pythons))
    (bundle / "install.sh").chmod(0o755)
    wheels = sorted(w.name for w in wheelhouse.glob("*.whl"))
    overridden = read_pins(target.pins_override) if target.pins_override.is_file() else {}
    info = {
        "name": name,
        "app": installer_code.APP_NAME,
        "version": project[1],
        "platform": platform_key,
        "platform_label": target.label,
        "python_versions": pythons,
        "minimum_os": minimum_os(wheels),
        "made_on": datetime.date.today().isoformat(),
        "pins_replaced_for_this_platform": overridden,
        "wheels": wheels,
    }
    (bundle / installer_code.INFO_NAME).write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    manifest_hash = installer_code.write_manifest(bundle)
    (out / f"{name}.SHA256SUMS.sha256").write_text(
        f"{manifest_hash}  {name}/{installer_code.MANIFEST_NAME}\n", encoding="utf-8"
    )
    if zip_it:
        archive = out / f"{name}.zip"
        archive.unlink(missing_ok=True)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(bundle.rglob("*")):
                if path.is_file():
                    zf.write(path, f"{name}/{path.relative_to(bundle).as_posix()}")
    return bundle


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m installer.build_bundle",
        description="Make an offline install bundle of YPSI Desktop for one system.",
    )
    parser.add_argument("--platform", required=True, choices=sorted(PLATFORMS))
    parser.add_argument(
        "--python",
        default=",".join(DEFAULT_PYTHONS),
        help="the Python versions the bundle installs with, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: dist/offline")
    parser.add_argument("--no-zip", action="store_true", help="leave the folder only")
    args = parser.parse_args(argv)
    pythons = [p.strip() for p in args.python.split(",") if p.strip()]
    for python in pythons:
        if not re.fullmatch(r"3\.1[1-3]", python):
            parser.error(f"Python {python} is not supported (3.11, 3.12 or 3.13)")
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    print(f"Making the {PLATFORMS[args.platform].label} bundle for Python {', '.join(pythons)}")
    try:
        bundle = build(args.platform, pythons, args.out.resolve(), zip_it=not args.no_zip)
    except BuildError as error:
        print(f"build_bundle: {error}", file=sys.stderr)
        return 1
    info = json.loads((bundle / installer_code.INFO_NAME).read_text(encoding="utf-8"))
    print(f"  folder: {bundle} ({folder_size(bundle) / 1e6:.1f} MB)")
    archive = bundle.with_name(bundle.name + ".zip")
    if archive.exists():
        print(f"  zip:    {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    print(f"  wheels: {len(info['wheels'])}; needs {info['minimum_os'] or 'any version'} or later")
    manifest_hash = installer_code.sha256_file(bundle / installer_code.MANIFEST_NAME)
    print(
        f"  SHA-256 of {installer_code.MANIFEST_NAME} (give it to the installer): {manifest_hash}"
    )
    print(f"  took {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
