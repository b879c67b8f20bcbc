"""The offline bundle, as a school technician would use it on a computer with no network.

The slow test builds the real Linux bundle (downloading the pinned wheels, as the bundle builder
does on a machine with internet), then installs it with install.sh inside a network namespace
with no network and runs the app from that install. The other tests use a small fake bundle to
show the installer refuses a tampered, incomplete or unsuitable bundle before it writes
anything, and puts an earlier install back when an install fails.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from installer import build_bundle, release
from installer import install as installer

HERE_PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.machine() != "x86_64",
    reason="the Linux bundle is built and installed on 64-bit Linux",
)


def _fake_bundle(root: Path, python: str = HERE_PYTHON) -> Path:
    """A bundle with the real installer and launchers but a made-up wheel."""
    (root / "wheelhouse").mkdir(parents=True)
    (root / "wheelhouse" / "ypsi_desktop-0.0.1-py3-none-any.whl").write_bytes(b"fake wheel")
    (root / "requirements.txt").write_text("ypsi-desktop==0.0.1 --hash=sha256:" + "0" * 64)
    (root / "install.py").write_bytes((build_bundle.HERE / "install.py").read_bytes())
    (root / "install.sh").write_bytes(build_bundle._launcher("install.sh", [python]))
    info = {
        "name": "fake",
        "version": "0.0.1",
        "platform": "manylinux_x86_64",
        "platform_label": "Linux (x86-64)",
        "python_versions": [python],
        "minimum_os": "2.17",
    }
    (root / "bundle.json").write_text(json.dumps(info))
    installer.write_manifest(root)
    return root


def _install(bundle: Path, target: Path, home: Path) -> subprocess.CompletedProcess[str]:
    home.mkdir(parents=True, exist_ok=True)
    env = release.isolated_env(home)
    env["PYTHON"] = sys.executable  # the Python install.sh tries first
    return subprocess.run(
        ["sh", str(bundle / "install.sh"), "--target", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_a_tampered_file_is_reported_before_anything_is_installed(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "bundle")
    wheel = bundle / "wheelhouse" / "ypsi_desktop-0.0.1-py3-none-any.whl"
    wheel.write_bytes(b"fake wheel, changed on the USB stick")
    target, home = tmp_path / "app", tmp_path / "home"

    done = _install(bundle, target, home)

    assert done.returncode == 3, done.stdout + done.stderr
    assert "The bundle is not as it was made, so nothing was installed:" in done.stdout
    assert "changed since the bundle was made: wheelhouse/ypsi_desktop-0.0.1" in done.stdout
    assert "Step 2" not in done.stdout  # it stopped at the first step
    assert not target.exists()
    assert not (home / ".local/share/applications").exists()


def test_a_file_added_to_the_bundle_is_reported(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "bundle")
    (bundle / "wheelhouse" / "helper-1.0-py3-none-any.whl").write_bytes(b"slipped in")
    done = _install(bundle, tmp_path / "app", tmp_path / "home")
    assert done.returncode == 3
    assert "not part of the bundle (added later): wheelhouse/helper-1.0" in done.stdout
    assert not (tmp_path / "app").exists()


def test_a_bundle_for_another_python_changes_nothing(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "bundle", python="3.99")
    done = _install(bundle, tmp_path / "app", tmp_path / "home")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "This bundle needs Python 3.99; this is Python" in done.stdout
    assert "Nothing was installed." in done.stdout
    assert not (tmp_path / "app").exists()


@pytest.mark.slow
def test_a_failed_install_puts_the_earlier_one_back(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "bundle")  # its wheel is not a wheel: pip must fail
    target = tmp_path / "app"
    target.mkdir()
    (target / installer.MARKER_NAME).write_text('{"shortcuts": []}')
    (target / "earlier.txt").write_text("the earlier install")

    done = _install(bundle, target, tmp_path / "home")

    assert done.returncode == 4, done.stdout + done.stderr
    assert "Could not install the app from the bundle's wheelhouse" in done.stdout
    assert "The earlier install was put back as it was." in done.stdout
    assert (target / "earlier.txt").read_text() == "the earlier install"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app", "bundle", "home"]


@pytest.mark.slow
def test_linux_bundle_installs_and_runs_with_no_network(tmp_path: Path) -> None:
    try:
        release.no_network_prefix()
    except release.ReleaseError as error:
        pytest.skip(str(error))
    bundle = build_bundle.build("manylinux_x86_64", [HERE_PYTHON], tmp_path, zip_it=False)
    wheels = sorted(p.name for p in (bundle / "wheelhouse").iterdir())
    assert any(w.startswith("pyside6_essentials-") for w in wheels)
    assert not any("addons" in w.lower() for w in wheels)
    checked = subprocess.run(
        ["sha256sum", "-c", "--quiet", "SHA256SUMS.txt"], cwd=bundle, capture_output=True
    )
    assert checked.returncode == 0  # the hand check INSTALL.md describes passes

    workdir = tmp_path / "new-user"
    program, _seconds, printed = release.install_bundle(bundle, workdir)
    assert "YPSI Desktop 0.1.0 is installed in" in printed or "is installed in" in printed
    entry = (workdir / "home/.local/share/applications/ypsi-desktop.desktop").read_text()
    assert f'Exec="{workdir / "app/bin/ypsi-desktop-gui"}" %f' in entry

    steps = release.run_three_steps(program, workdir)
    steps.append(release.main_window_step(workdir / "app/bin/python", workdir))
    assert [s.name for s in steps if not s.ok] == [], [s.detail for s in steps if not s.ok]
    assert "20 incidents in the file" in steps[-1].detail
    # The installed copy ran, not this checkout.
    where = subprocess.run(
        [
            str(workdir / "app/bin/python"),
            "-c",
            "import ypsi_desktop; print(ypsi_desktop.__file__)",
        ],
        capture_output=True,
        text=True,
        cwd=workdir,
    )
    assert where.stdout.startswith(str(workdir / "app"))
