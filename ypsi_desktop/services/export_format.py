"""The export file's format: turning case-model objects into plain JSON data and back.

Why generic over the dataclass fields: an export must hold every field of every record, and a
field added to domain/case.py then travels without anyone remembering to list it here; a field
whose type this module cannot read fails the round-trip test at once. Reading is strict, since
the file comes from outside the app: every key must be known and present, every value of the
right type, or MalformedExport says where and what is wrong, in words a DSL can pass on.

Values: dates are "YYYY-MM-DD"; date-times are ISO 8601 as the case file stores them (a time
typed without a zone stays without one); enums are their ids; sets are sorted lists; yes/no
answers are true, false or null (null always meaning "not known yet").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Final, TypeVar

from ypsi_desktop.domain.case import (
    Agency,
    ChildPlan,
    ContactKind,
    IncidentStatus,
    PersonKind,
    ReviewMeeting,
    RiskRating,
    Role,
    SenStatus,
    Viewing,
)
from ypsi_desktop.storage.case_codec import datetime_in

FORMAT: Final = "ypsi-case-file-export"
FORMAT_VERSION: Final = 3  # 2 added bank holidays, 3 legal holds, retention, subject access

T = TypeVar("T")


class MalformedExport(ValueError):
    """The file is not an export this version of YPSI Desktop can read; nothing was imported."""

    def __init__(self, where: str, problem: str) -> None:
        place = f" ({where})" if where else ""
        super().__init__(
            f"This file cannot be imported{place}: {problem}. Nothing was imported. Check that "
            "it is a YPSI Desktop export and has not been edited or cut short."
        )
        self.where = where
        self.problem = problem


def at(where: str, key: object) -> str:
    """A location inside the file, such as "incidents → YP-2026-0007 → people → 2"."""
    return f"{where} → {key}" if where else str(key)


# --- Writing --------------------------------------------------------------------------------


def plain(value: object) -> object:
    """A case-model value as JSON data."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return datetime_in(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(plain(v) for v in value)  # type: ignore[type-var]
    if is_dataclass(value) and not isinstance(value, type):
        return encode(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def encode(obj: Any, *, skip: tuple[str, ...] = ()) -> dict[str, object]:
    """Every field of a case-model dataclass as JSON data (those in `skip` left to the caller)."""
    return {f.name: plain(getattr(obj, f.name)) for f in fields(obj) if f.name not in skip}


# --- Reading --------------------------------------------------------------------------------


def need_dict(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedExport(where, "expected a set of named values (a JSON object)")
    return value


def need_list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise MalformedExport(where, "expected a list")
    return value


def need_str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise MalformedExport(where, "expected text")
    return value


def need_bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise MalformedExport(where, "expected true or false")
    return value


def need_id(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 2**63:
        raise MalformedExport(where, "expected a whole number of 1 or more")
    return value


def opt_str(value: object, where: str) -> str | None:
    return None if value is None else need_str(value, where)


def _tri(value: object, where: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise MalformedExport(where, "expected true, false or null (not known yet)")
    return value


def _int(value: object, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        raise MalformedExport(where, "expected a whole number from 0 to 120, or null")
    return value


def opt_date(value: object, where: str) -> date | None:
    if value is None:
        return None
    text = need_str(value, where)
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise MalformedExport(where, f"{text!r} is not a date written as YYYY-MM-DD") from None


def opt_datetime(value: object, where: str) -> datetime | None:
    if value is None:
        return None
    text = need_str(value, where)
    try:
        if "T" not in text:
            raise ValueError
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedExport(where, f"{text!r} is not an ISO 8601 date and time") from None


def timestamp(value: object, where: str, *, date_allowed: bool = False) -> str:
    """A stored time kept as its exact text (it is part of what a chronology entry says)."""
    text = need_str(value, where)
    if date_allowed and len(text) == 10:
        opt_date(text, where)
    else:
        opt_datetime(text, where)
    return text


def enum_reader(kind: type[Enum]) -> Callable[[object, str], Enum]:
    def read(value: object, where: str) -> Enum:
        allowed = [str(m.value) for m in kind]
        if value not in allowed:
            raise MalformedExport(where, f"expected one of {', '.join(allowed)}")
        return kind(value)

    return read


def _roles(value: object, where: str) -> frozenset[Role]:
    items = need_list(value, where)
    read = enum_reader(Role)
    return frozenset(Role(str(read(item, at(where, n + 1)).value)) for n, item in enumerate(items))


def _nested(kind: type[T]) -> Callable[[object, str], T]:
    return lambda value, where: decode(kind, value, where)


# Readers by the annotation text of the field (case.py uses postponed annotations). Fields
# whose type is not here (collections of records, a linked person) are read by the caller.
READERS: dict[str, Callable[[object, str], object]] = {
    "str": need_str,
    "Tri": _tri,
    "int | None": _int,
    "date | None": opt_date,
    "datetime | None": opt_datetime,
    "frozenset[Role]": _roles,
    "PersonKind": enum_reader(PersonKind),
    "SenStatus": enum_reader(SenStatus),
    "ChildPlan": enum_reader(ChildPlan),
    "IncidentStatus": enum_reader(IncidentStatus),
    "Agency": enum_reader(Agency),
    "RiskRating": enum_reader(RiskRating),
    "ContactKind": enum_reader(ContactKind),
    "Viewing": _nested(Viewing),
    "ReviewMeeting": _nested(ReviewMeeting),
}


def check_keys(data: Mapping[str, object], expected: set[str], where: str) -> None:
    unknown = sorted(set(data) - expected)
    missing = sorted(expected - set(data))
    if unknown:
        raise MalformedExport(where, f"unexpected {', '.join(repr(k) for k in unknown)}")
    if missing:
        raise MalformedExport(where, f"{', '.join(repr(k) for k in missing)} missing")


def decode(
    kind: type[T],
    value: object,
    where: str,
    *,
    extra: Mapping[str, object] | None = None,
    skip: tuple[str, ...] = (),
    also: tuple[str, ...] = (),
) -> T:
    """A case-model dataclass from its exported form.

    Fields in `skip` are not read (the caller passes them in `extra`); keys in `also` are
    allowed beside the fields and read by the caller. An `id` must be a whole number.
    """
    data = need_dict(value, where)
    names = [f for f in fields(kind) if f.name not in skip]  # type: ignore[arg-type]
    check_keys(data, {f.name for f in names} | set(also), where)
    values: dict[str, object] = dict(extra or {})
    for f in names:
        place = at(where, f.name)
        if f.name == "id":
            values["id"] = need_id(data["id"], place)
            continue
        reader = READERS.get(str(f.type))
        if reader is None:  # pragma: no cover - a new kind of field: the round-trip test fails
            raise TypeError(f"no reader for {kind.__name__}.{f.name}: {f.type}")
        values[f.name] = reader(data[f.name], place)
    return kind(**values)
