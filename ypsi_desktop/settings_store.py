"""Preferences kept outside the case file: a small JSON file that can hold no personal data.

Why not QSettings: it would write whatever any widget hands it (recent-file lists with names
in them, window titles, last search terms), in a registry or an INI file nobody reviews, and
it lives in gui/. This store has a fixed schema of four keys, each with a type and a range,
refuses any other key on write and on read, and writes atomically with mode 0600 through the
same careful file steps as the storage layer. What it holds is preferences and places only:

- `last_case_file` and `last_backup_folder`: absolute paths. The case file's own name is
  chosen by the DSL; the app suggests a neutral one, since no child's name may appear in
  settings (SECURITY.md item 34).
- `idle_lock_minutes`: a whole number from 1 to 60, default 5.
- `last_verified_backup_at`: when the last backup passed its check, in UTC.

The per-user folders are chosen by platformdirs; `user_folder_name()` keeps the naming in one
place for the settings, the logs and anything else kept per user.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import platformdirs

if TYPE_CHECKING:
    from datetime import datetime

# json and datetime are imported where a file is read or a time checked: the sign-in screen of
# a fresh install needs neither, and every module start-up imports costs the first window.

SCHEMA: Final = 1
FILE_NAME: Final = "settings.json"
IDLE_LOCK_MINUTES: Final = range(1, 61)
DEFAULT_IDLE_LOCK_MINUTES: Final = 5
_PATH_LIMIT: Final = 4096
_TIME_FORMAT: Final = "%Y-%m-%dT%H:%M:%SZ"


def user_folder_name() -> str:
    """The per-user folder's name: "YPSI Desktop" where folders are named for people
    (Windows, macOS), "ypsi-desktop" on Linux and other Unix systems (see the README)."""
    if sys.platform.startswith(("win", "darwin")):
        return "YPSI Desktop"
    return "ypsi-desktop"


def default_settings_folder() -> Path:
    return Path(platformdirs.user_config_dir(user_folder_name(), appauthor=False))


class SettingsError(ValueError):
    """A setting that is not one of ours, or a value of the wrong kind. Nothing was saved."""


def _check_path(key: str, value: object) -> Path | None:
    if value is None:
        return None
    if isinstance(value, Path):
        value = str(value)
    if not isinstance(value, str) or not value:
        raise SettingsError(f"{key} must be a file path or empty.")
    if len(value) > _PATH_LIMIT or any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise SettingsError(f"{key} is not a usable file path.")
    path = Path(value)
    if not path.is_absolute():
        raise SettingsError(f"{key} must be a full path, starting from the drive or root.")
    return path


def _check_minutes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingsError("idle_lock_minutes must be a whole number of minutes.")
    if value not in IDLE_LOCK_MINUTES:
        raise SettingsError("idle_lock_minutes must be from 1 to 60.")
    return value


def _check_time(value: object) -> datetime | None:
    if value is None:
        return None
    from datetime import UTC, datetime

    if isinstance(value, str):
        try:
            value = datetime.strptime(value, _TIME_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            raise SettingsError(
                "last_verified_backup_at must be a UTC time such as 2026-02-03T09:15:00Z."
            ) from None
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise SettingsError("last_verified_backup_at must be a time with its time zone.")
    return value.astimezone(UTC).replace(microsecond=0)


class Preferences:
    """Every setting the app keeps outside the case file. Values are checked on creation, and
    a Preferences never changes afterwards: `changed` makes a checked copy."""

    __slots__ = _FIELDS = (
        "last_case_file",
        "last_backup_folder",
        "idle_lock_minutes",
        "last_verified_backup_at",
    )
    last_case_file: Path | None
    last_backup_folder: Path | None
    idle_lock_minutes: int
    last_verified_backup_at: datetime | None

    def __init__(
        self,
        last_case_file: Path | str | None = None,
        last_backup_folder: Path | str | None = None,
        idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES,
        last_verified_backup_at: datetime | str | None = None,
    ) -> None:
        set_ = object.__setattr__  # read-only after this
        set_(self, "last_case_file", _check_path("last_case_file", last_case_file))
        set_(self, "last_backup_folder", _check_path("last_backup_folder", last_backup_folder))
        set_(self, "idle_lock_minutes", _check_minutes(idle_lock_minutes))
        set_(self, "last_verified_backup_at", _check_time(last_verified_backup_at))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Preferences are read-only: use changed() for a new set.")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Preferences):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"Preferences({shown})"

    def to_json(self) -> dict[str, object]:
        when = self.last_verified_backup_at
        return {
            "schema": SCHEMA,
            "last_case_file": str(self.last_case_file) if self.last_case_file else None,
            "last_backup_folder": str(self.last_backup_folder) if self.last_backup_folder else None,
            "idle_lock_minutes": self.idle_lock_minutes,
            "last_verified_backup_at": when.strftime(_TIME_FORMAT) if when else None,
        }

    @classmethod
    def from_json(cls, data: object) -> Preferences:
        """Read the file's contents strictly: an unknown key is refused, not carried along."""
        if not isinstance(data, dict):
            raise SettingsError("The settings file does not hold a set of settings.")
        if data.get("schema") != SCHEMA:
            raise SettingsError("The settings file was written by another version.")
        values = {k: v for k, v in data.items() if k != "schema"}
        _refuse_unknown(values)
        return cls(**values)

    def changed(self, **changes: Any) -> Preferences:
        """A copy with `changes` applied; unknown names and bad values raise SettingsError."""
        _refuse_unknown(changes)
        values = {name: getattr(self, name) for name in self._FIELDS}
        return Preferences(**(values | changes))


_KEYS: Final = frozenset(Preferences._FIELDS)


def _refuse_unknown(values: dict[str, Any]) -> None:
    unknown = sorted(set(values) - _KEYS)
    if unknown:
        # Name how many, not which: an unknown key could itself be text someone typed.
        raise SettingsError(
            f"{len(unknown)} setting(s) not known to YPSI Desktop; it keeps only "
            + ", ".join(sorted(_KEYS))
            + "."
        )


class SettingsStore:
    """Loads and saves Preferences in one JSON file in the per-user configuration folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_settings_folder()
        self.path = self.folder / FILE_NAME

    def load(self) -> Preferences:
        """The saved preferences, or the defaults if none were saved yet.

        Raises SettingsError if the file is unreadable or breaks the schema; the caller
        tells the user and carries on with the defaults (`Preferences()`), since nothing in
        this file is needed to open a case file.
        """
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Preferences()
        except OSError as error:
            raise SettingsError("The settings file could not be read.") from error
        import json

        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SettingsError("The settings file is damaged.") from None
        return Preferences.from_json(data)

    def save(self, preferences: Preferences) -> None:
        """Write to a 0600 temp file, fsync, rename into place: old file or new, never half."""
        # Imported here: only saving needs them, and they are not on the start-up path.
        import json

        from ypsi_desktop.storage.files import (
            fsync_dir,
            remove_quietly,
            temp_name,
            write_private_bytes,
        )

        data = json.dumps(preferences.to_json(), indent=2, sort_keys=True).encode("utf-8")
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = temp_name(self.path, "save")
        try:
            write_private_bytes(temp, data + b"\n")
            os.replace(temp, self.path)
        except BaseException:
            remove_quietly(temp)
            raise
        fsync_dir(self.folder)

    def update(self, **changes: Any) -> Preferences:
        """Load, change and save in one step; returns what was saved."""
        try:
            current = self.load()
        except SettingsError:
            current = Preferences()  # a damaged file is replaced by a good one
        updated = current.changed(**changes)
        self.save(updated)
        return updated
