"""The systems an offline bundle can be made for: wheel tags, marker values and pin overrides.

Used only by the bundle builder, on a machine with internet access.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PINS_DIR = Path(__file__).resolve().parent / "pins"


@dataclass(frozen=True)
class TargetPlatform:
    key: str
    label: str
    wheel_platforms: tuple[str, ...]  # for `pip download --platform`, most compatible first
    markers: dict[str, str] = field(default_factory=dict)  # PEP 508 values on that system

    @property
    def pins_override(self) -> Path:
        """Pins that replace constraints.txt on this system only (a file that may not exist)."""
        return PINS_DIR / f"{self.key}.txt"


def _manylinux(arch: str) -> tuple[str, ...]:
    # Oldest glibc first, so pip prefers the wheel that runs on the most systems. glibc 2.36 is
    # Debian 12's; newer-only wheels are not taken.
    return (f"manylinux2014_{arch}",) + tuple(f"manylinux_2_{n}_{arch}" for n in range(17, 37))


def _macos(arch: str) -> tuple[str, ...]:
    return tuple(f"macosx_{major}_0_{arch}" for major in range(11, 16))


_WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
_LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}
_MACOS = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}

PLATFORMS: dict[str, TargetPlatform] = {
    p.key: p
    for p in (
        TargetPlatform(
            "win_amd64",
            "Windows (64-bit)",
            ("win_amd64",),
            dict(_WINDOWS, platform_machine="AMD64"),
        ),
        TargetPlatform(
            "manylinux_x86_64",
            "Linux (x86-64)",
            _manylinux("x86_64"),
            dict(_LINUX, platform_machine="x86_64"),
        ),
        TargetPlatform(
            "macos_arm64",
            "macOS (Apple silicon)",
            _macos("arm64"),
            dict(_MACOS, platform_machine="arm64"),
        ),
        TargetPlatform(
            "macos_x86_64",
            "macOS (Intel)",
            _macos("x86_64"),
            dict(_MACOS, platform_machine="x86_64"),
        ),
    )
}


def marker_environment(target: TargetPlatform, python: str) -> dict[str, str]:
    """The values PEP 508 markers see on `target` with CPython `python` ("3.12")."""
    return dict(
        target.markers,
        python_version=python,
        python_full_version=f"{python}.0",
        implementation_name="cpython",
        implementation_version=f"{python}.0",
        platform_python_implementation="CPython",
        platform_release="",
        platform_version="",
        extra="",
    )


def minimum_os(wheel_names: list[str]) -> str:
    """The oldest system version every wheel runs on: glibc for Linux, macOS for a Mac."""
    best: tuple[int, int] = (0, 0)
    for name in wheel_names:
        tags = name[: -len(".whl")].split("-")[-1].split(".")
        needs = [v for v in (_tag_version(tag) for tag in tags) if v is not None]
        if needs:
            best = max(best, min(needs))
    return "" if best == (0, 0) else f"{best[0]}.{best[1]}"


def _tag_version(tag: str) -> tuple[int, int] | None:
    legacy = {"manylinux1": (2, 5), "manylinux2010": (2, 12), "manylinux2014": (2, 17)}
    for prefix, version in legacy.items():
        if tag.startswith(prefix + "_"):
            return version
    parts = tag.split("_")
    if parts[0] in ("manylinux", "macosx") and len(parts) >= 4:
        return int(parts[1]), int(parts[2])
    return None
