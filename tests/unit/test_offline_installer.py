"""The offline installer's own checks, tested directly (no network, no real bundle)."""

from __future__ import annotations

import hashlib
import platform
import sys
from pathlib import Path

import pytest

from installer import build_bundle
from installer import install as installer
from installer.platforms import PLATFORMS, marker_environment, minimum_os


def _bundle(root: Path) -> Path:
    (root / "wheelhouse").mkdir(parents=True)
    (root / "wheelhouse" / "example-1.0-py3-none-any.whl").write_bytes(b"not really a wheel")
    (root / "requirements.txt").write_text("example==1.0 --hash=sha256:00\n")
    (root / "install.py").write_text("print('installer')\n")
    installer.write_manifest(root)
    return root


def test_an_untouched_bundle_passes_and_sha256sum_format_is_kept(tmp_path: Path) -> None:
    root = _bundle(tmp_path / "bundle")
    assert installer.verify_bundle(root) == []
    manifest = (root / installer.MANIFEST_NAME).read_text()
    expected = hashlib.sha256(b"not really a wheel").hexdigest()
    assert f"{expected}  wheelhouse/example-1.0-py3-none-any.whl\n" in manifest
    assert installer.MANIFEST_NAME not in manifest  # the list never lists itself


def test_a_changed_byte_is_named(tmp_path: Path) -> None:
    root = _bundle(tmp_path / "bundle")
    wheel = root / "wheelhouse" / "example-1.0-py3-none-any.whl"
    wheel.write_bytes(b"Not really a wheel")
    assert installer.verify_bundle(root) == [
        "changed since the bundle was made: wheelhouse/example-1.0-py3-none-any.whl"
    ]


def test_missing_and_added_files_are_named(tmp_path: Path) -> None:
    root = _bundle(tmp_path / "bundle")
    (root / "requirements.txt").unlink()
    (root / "wheelhouse" / "extra-2.0-py3-none-any.whl").write_bytes(b"slipped in")
    assert installer.verify_bundle(root) == [
        "missing: requirements.txt",
        "not part of the bundle (added later): wheelhouse/extra-2.0-py3-none-any.whl",
    ]


def test_a_missing_or_empty_manifest_is_refused(tmp_path: Path) -> None:
    root = _bundle(tmp_path / "bundle")
    (root / installer.MANIFEST_NAME).write_text("")
    assert installer.verify_bundle(root) == [
        f"{installer.MANIFEST_NAME} lists no files",
        "not part of the bundle (added later): install.py",
        "not part of the bundle (added later): requirements.txt",
        "not part of the bundle (added later): wheelhouse/example-1.0-py3-none-any.whl",
    ]
    (root / installer.MANIFEST_NAME).unlink()
    assert "is missing" in installer.verify_bundle(root)[0]


@pytest.mark.parametrize(
    "name",
    ["../outside.txt", "/etc/passwd", "C:/Windows/x.dll", "a\\b.txt", "a//b", "./a", ""],
)
def test_manifest_lines_that_point_outside_the_bundle_are_refused(name: str) -> None:
    entries, problems = installer.parse_manifest(f"{'a' * 64}  {name}\n")
    assert entries == {} and problems == [
        f"line 1 of {installer.MANIFEST_NAME} is not a hash and a file name"
    ]


def test_a_file_listed_twice_is_refused() -> None:
    text = f"{'a' * 64}  x.txt\n{'b' * 64}  x.txt\n"
    assert installer.parse_manifest(text)[1] == [
        f"x.txt is listed twice in {installer.MANIFEST_NAME}"
    ]


def test_wrong_python_or_system_is_explained() -> None:
    info = {
        "platform": "win_amd64",
        "platform_label": "Windows (64-bit)",
        "python_versions": ["2.7"],
    }
    problems = installer.system_problems(info)
    assert problems[0].startswith("This bundle is for Windows (64-bit), but this computer is Linux")
    assert problems[1].startswith("This bundle needs Python 2.7; this is Python 3.")


def test_the_linux_menu_entry_quotes_its_command() -> None:
    entry = installer.desktop_entry(Path('/home/a b/$x"/bin/ypsi-desktop-gui'), None)
    assert 'Exec="/home/a b/\\$x\\"/bin/ypsi-desktop-gui" %f' in entry.splitlines()
    assert "Name=YPSI Desktop" in entry and "Terminal=false" in entry


def test_the_windows_fallback_shortcut_points_at_the_program() -> None:
    text = installer.url_shortcut(Path(r"C:\Users\dsl\AppData\Local\Programs\YPSI Desktop\x.exe"))
    assert "URL=file:///C:/Users/dsl/AppData/Local/Programs/YPSI%20Desktop/x.exe\r\n" in text


def test_minimum_system_version_comes_from_the_wheel_tags() -> None:
    wheels = [
        "cffi-2.1.1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
        "pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl",
        "reportlab-5.1.0-py3-none-any.whl",
    ]
    assert minimum_os(wheels) == "2.34"
    assert minimum_os(["x-1-cp312-cp312-macosx_10_13_universal2.whl"]) == "10.13"
    assert minimum_os(["x-1-cp312-cp312-win_amd64.whl"]) == ""


def test_markers_are_evaluated_for_the_target_not_this_machine() -> None:
    from packaging.markers import Marker

    windows = marker_environment(PLATFORMS["win_amd64"], "3.12")
    assert Marker('sys_platform == "win32" and python_version >= "3.12"').evaluate(windows)
    assert not Marker('platform_machine == "arm64"').evaluate(windows)


def test_launchers_name_the_bundle_pythons_newest_first() -> None:
    pythons = ["3.11", "3.12", "3.13"]
    sh = build_bundle._launcher("install.sh", pythons).decode()
    bat = build_bundle._launcher("install.bat", pythons)
    ps1 = build_bundle._launcher("install.ps1", pythons).decode()
    assert "python3.13 python3.12 python3.11 python3" in sh
    assert b"for %%V in (3.13 3.12 3.11) do (" in bat
    assert b"\n" not in bat.replace(b"\r\n", b"")  # cmd.exe wants CRLF line ends
    assert '@("3.13", "3.12", "3.11")' in ps1
    for text in (sh, bat.decode(), ps1):
        assert "@PYTHON" not in text


def test_pins_are_exact_and_every_runtime_dependency_is_pinned() -> None:
    pins = build_bundle.read_pins(build_bundle.REPO / "constraints.txt")
    for name in ("pyside6-essentials", "shiboken6", "sqlcipher3", "cryptography", "cffi"):
        assert name in pins
    assert "pyside6-addons" not in pins  # only Essentials, never the Add-ons wheel
    intel = build_bundle.read_pins(PLATFORMS["macos_x86_64"].pins_override)
    assert set(intel) == {"argon2-cffi-bindings", "cryptography"}


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.machine() != "x86_64", reason="Linux only"
)
def test_a_too_old_linux_is_explained() -> None:
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    info = {"platform": "manylinux_x86_64", "python_versions": [here], "minimum_os": "99.0"}
    (problem,) = installer.system_problems(info)
    assert problem.startswith("This bundle needs Linux with glibc 99.0 or later")
