"""Argon2id settings: bounded when read, strong when written, calibrated within seconds."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw

from ypsi_desktop.storage.key_derivation import (
    KdfParams,
    calibrate,
    check_for_writing,
    check_readable,
    derive,
)
from ypsi_desktop.storage.key_errors import WeakKdfParameters

PACKAGE = Path(__file__).resolve().parents[2] / "ypsi_desktop"


def test_derivation_is_argon2id_as_argon2_cffi_computes_it() -> None:
    params = KdfParams.for_tests()
    salt = bytes(range(16))
    ours = derive(bytearray("pâssphrase".encode()), salt, params)
    theirs = hash_secret_raw("pâssphrase".encode(), salt, 1, 8192, 1, 32, Type.ID)
    assert bytes(ours) == theirs


@pytest.mark.parametrize(
    ("memory", "time_cost", "parallelism"),
    [
        (2**40, 3, 1),  # a terabyte: refused without trying to allocate it
        (4096, 3, 1),
        (65536, 0, 1),
        (65536, 33, 1),
        (2_097_152, 3, 1),  # 2 GiB: more than a header may ask for
        (1_048_576, 32, 4),  # each within bounds, together far more work than calibration writes
        (65536, 3, 0),
        (65536, 3, 17),
        ("65536", 3, 1),
        (65536.0, 3, 1),
        (True, 3, 1),
        (None, 3, 1),
        (65536, [3], 1),
        (-1, -1, -1),
    ],
)
def test_absurd_settings_are_refused_when_read(
    memory: object, time_cost: object, parallelism: object
) -> None:
    with pytest.raises(ValueError):
        check_readable(memory, time_cost, parallelism)


def test_settings_within_bounds_are_accepted_when_read() -> None:
    assert check_readable(8192, 1, 1) == KdfParams(8192, 1, 1)
    assert check_readable(262_144, 16, 4) == KdfParams(262_144, 16, 4)  # calibration's most
    assert check_readable(1_048_576, 8, 16) == KdfParams(1_048_576, 8, 16)


@pytest.mark.parametrize(
    "params", [KdfParams(8192, 1, 1), KdfParams(65536, 2, 1), KdfParams(32768, 3, 1)]
)
def test_weak_settings_are_refused_for_a_real_slot(params: KdfParams) -> None:
    with pytest.raises(WeakKdfParameters) as caught:
        check_for_writing(params)
    assert "64 MiB" in str(caught.value)


def test_only_the_named_test_preset_may_be_weak() -> None:
    assert check_for_writing(KdfParams.for_tests()).test_only
    assert check_for_writing(KdfParams(65536, 3, 1)) == KdfParams(65536, 3, 1)


def _uses_test_preset(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "for_tests":
                return True
            if any(k.arg == "test_only" for k in node.keywords):
                return True
    return False


def test_production_code_never_uses_the_test_preset() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "key_derivation.py"
        and _uses_test_preset(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []
    # and the scan does find a use when there is one
    assert _uses_test_preset(ast.parse("KeyStore(p, kdf=KdfParams.for_tests())"))


def _fake_machine(seconds_per_unit: float) -> tuple[list[KdfParams], object]:
    """A measure function for a machine where cost = memory x passes x seconds_per_unit."""
    measured: list[KdfParams] = []

    def measure(params: KdfParams) -> float:
        measured.append(params)
        return params.memory_kib * params.time_cost * seconds_per_unit

    return measured, measure


@pytest.mark.parametrize("minimum_seconds", [0.01, 0.05, 0.15, 0.4, 2.0])
def test_calibration_is_strong_near_half_a_second_and_quick(minimum_seconds: float) -> None:
    measured, measure = _fake_machine(minimum_seconds / (65536 * 3))
    result = calibrate(measure=measure)  # type: ignore[arg-type]
    assert result.params.memory_kib >= 65536 and result.params.time_cost >= 3
    assert result.params.memory_kib <= 262144
    assert result.total_seconds <= 3.0
    at_cap = result.params.memory_kib == 262144 and result.params.time_cost == 16
    if minimum_seconds < 0.5:
        assert 0.3 <= result.seconds <= 0.625 or (at_cap and result.seconds < 0.5)
    else:
        assert result.params == KdfParams.production_minimum()  # never below the minimum
    assert len(measured) <= 16  # the minimum, two doublings of memory, passes 4..16
