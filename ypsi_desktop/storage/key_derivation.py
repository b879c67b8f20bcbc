"""Argon2id: the slow step between a typed secret and a key slot, its bounds and its calibration.

Why these choices:

- Argon2id with per-slot parameters and salt, stored beside the slot, so slots made on a faster
  machine later (or with stronger settings) coexist with old ones.
- Parameters read from the header are bounds-checked *before* any derivation, so an edited or
  damaged header cannot make us allocate terabytes or loop for hours (`check_readable`).
- New or rewritten slots must meet a production minimum (64 MiB, 3 passes). Tests need cheap
  settings; they get them only through `KdfParams.for_tests()`, whose name makes the choice
  visible in review, and which the production minimum check lets through because it is marked.
- We call the C function `argon2_hash` through argon2-cffi's own cffi binding rather than
  `hash_secret_raw`, only so that the secret and the output live in buffers we own and can
  zero (`hash_secret_raw` copies the secret into a buffer it never clears and returns
  immutable `bytes`). The result is identical (a test checks it against `hash_secret_raw`).
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from argon2 import low_level as argon2_low_level
from argon2.low_level import ARGON2_VERSION, Type, error_to_str, ffi

from ypsi_desktop.storage.key_errors import KdfFailed, WeakKdfParameters

# The cffi library object behind argon2-cffi (the one `hash_secret_raw` itself calls); it is not
# in low_level's __all__, hence the ignore.
lib = argon2_low_level.lib  # type: ignore[attr-defined]

# What a header may say (anything outside is a damaged header, never a derivation). The key
# header is not encrypted, so anyone who can edit it could otherwise make every sign-in
# allocate gigabytes or run for minutes. The limits leave room above what calibration writes
# (256 MiB, 16 passes below) for faster machines, and no more: up to 1 GiB, up to 32 passes,
# and at most twice calibration's largest memory x passes.
MEMORY_KIB_RANGE = (8_192, 1_048_576)
TIME_COST_RANGE = (1, 32)
PARALLELISM_RANGE = (1, 16)
SALT_BYTES_RANGE = (16, 64)
SALT_BYTES = 16
OUTPUT_BYTES = 32

# What a production slot must have when it is written.
PRODUCTION_MIN_MEMORY_KIB = 65_536
PRODUCTION_MIN_TIME_COST = 3

# Calibration: start at the minimum, grow memory to this cap, then passes, toward the target.
CALIBRATION_TARGET_SECONDS = 0.5
CALIBRATION_BUDGET_SECONDS = 3.0
CALIBRATION_MAX_MEMORY_KIB = 262_144
CALIBRATION_MAX_TIME_COST = 16
MAX_WORK_KIB_PASSES = 2 * CALIBRATION_MAX_MEMORY_KIB * CALIBRATION_MAX_TIME_COST


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings. `test_only` marks the cheap test preset; never set it elsewhere."""

    memory_kib: int
    time_cost: int
    parallelism: int
    test_only: bool = False

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap settings (8 MiB, 1 pass) for the test suite only; production never calls it."""
        return cls(memory_kib=8_192, time_cost=1, parallelism=1, test_only=True)

    @classmethod
    def production_minimum(cls) -> KdfParams:
        return cls(
            memory_kib=PRODUCTION_MIN_MEMORY_KIB,
            time_cost=PRODUCTION_MIN_TIME_COST,
            parallelism=default_parallelism(),
        )

    def to_json(self) -> dict[str, int]:
        return {
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }


@dataclass(frozen=True)
class Calibration:
    params: KdfParams
    seconds: float  # measured time of one derivation with `params`
    total_seconds: float  # what calibrating cost


def default_parallelism() -> int:
    """Lanes: up to 4, never more than this machine's cores.

    Parallelism does not change an attacker's cost per guess (memory x passes does), it only lets
    the owner's machine use its cores. On a machine with fewer cores the lanes run in turn, so a
    file moved to a slower machine opens more slowly but still opens.
    """
    return max(1, min(4, os.cpu_count() or 1))


def _within(value: object, bounds: tuple[int, int]) -> bool:
    # bool is an int subclass; `true` in a header is not a number.
    return (
        isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]
    )


def check_readable(memory_kib: object, time_cost: object, parallelism: object) -> KdfParams:
    """Parameters as read from a header, or ValueError naming the first one out of bounds."""
    if not _within(memory_kib, MEMORY_KIB_RANGE):
        raise ValueError("memory_kib missing or out of range")
    if not _within(time_cost, TIME_COST_RANGE):
        raise ValueError("time_cost missing or out of range")
    if not _within(parallelism, PARALLELISM_RANGE):
        raise ValueError("parallelism missing or out of range")
    assert isinstance(memory_kib, int) and isinstance(time_cost, int)
    assert isinstance(parallelism, int)
    # Argon2 itself needs at least 8 KiB per lane.
    if memory_kib < 8 * parallelism:
        raise ValueError("memory_kib too small for parallelism")
    if memory_kib * time_cost > MAX_WORK_KIB_PASSES:
        raise ValueError("memory_kib x time_cost out of range")
    return KdfParams(memory_kib=memory_kib, time_cost=time_cost, parallelism=parallelism)


def check_for_writing(params: KdfParams) -> KdfParams:
    """Refuse settings below the production minimum unless deliberately marked as test-only."""
    check_readable(params.memory_kib, params.time_cost, params.parallelism)
    if params.test_only:
        return params
    if params.memory_kib < PRODUCTION_MIN_MEMORY_KIB or params.time_cost < PRODUCTION_MIN_TIME_COST:
        raise WeakKdfParameters()
    return params


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive(secret: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(secret, salt) as a 32-byte bytearray the caller must zero when done.

    The secret is read in place (no copy made here). Raises KdfFailed if Argon2 refuses, which
    in practice means it could not allocate the memory the slot asks for.
    """
    check_readable(params.memory_kib, params.time_cost, params.parallelism)
    if not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1]:
        raise ValueError("salt length out of range")
    out = bytearray(OUTPUT_BYTES)
    # from_buffer on an empty bytearray is an error in cffi; Argon2 accepts an empty secret.
    secret_ptr = ffi.from_buffer(secret) if secret else ffi.NULL
    rv = lib.argon2_hash(
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        secret_ptr,
        len(secret),
        ffi.from_buffer(salt),
        len(salt),
        ffi.from_buffer(out),
        len(out),
        ffi.NULL,
        0,
        Type.ID.value,
        ARGON2_VERSION,
    )
    if rv != lib.ARGON2_OK:
        wipe(out)
        raise KdfFailed(f"{KdfFailed.default_message} ({error_to_str(rv)})")
    return out


def wipe(buffer: bytearray | None) -> None:
    """Zero a bytearray in place (the only kind of Python buffer we can clear)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


def time_derivation(params: KdfParams, clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds for one derivation with `params` and a throwaway secret."""
    secret = bytearray(b"calibration")
    start = clock()
    wipe(derive(secret, new_salt(), params))
    return clock() - start


def calibrate(
    target_seconds: float = CALIBRATION_TARGET_SECONDS,
    budget_seconds: float = CALIBRATION_BUDGET_SECONDS,
    measure: Callable[[KdfParams], float] = time_derivation,
) -> Calibration:
    """Production settings for this machine: the minimum, grown toward `target_seconds`.

    Memory doubles first (memory is what makes guessing expensive on GPUs), up to 256 MiB, then
    passes go up one at a time; where doubling memory would overshoot, one more pass is tried
    instead. Each step is predicted from the last measurement (cost is close to linear in
    memory x passes) and not taken if it would overshoot the target by a quarter or run past
    the budget, so calibration itself stays within a few seconds even on a slow machine.
    """
    params = KdfParams.production_minimum()
    seconds = measure(params)
    total = seconds
    while seconds < target_seconds:
        step = _next_step(params, seconds, target_seconds * 1.25, budget_seconds - total)
        if step is None:
            break
        seconds = measure(step)
        total += seconds
        params = step
    return Calibration(params=params, seconds=seconds, total_seconds=total)


def _next_step(
    params: KdfParams, seconds: float, ceiling: float, budget: float
) -> KdfParams | None:
    """The next stronger setting predicted to stay under `ceiling` and `budget`, if any."""
    candidates = []
    if params.memory_kib < CALIBRATION_MAX_MEMORY_KIB:
        candidates.append(replace(params, memory_kib=params.memory_kib * 2))
    if params.time_cost < CALIBRATION_MAX_TIME_COST:
        candidates.append(replace(params, time_cost=params.time_cost + 1))
    for step in candidates:
        ratio = (step.memory_kib * step.time_cost) / (params.memory_kib * params.time_cost)
        predicted = seconds * ratio
        if predicted <= ceiling and predicted <= budget:
            return step
    return None
