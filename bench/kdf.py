"""`casefile.kdf`: one Argon2id derivation with the settings production calibrates on this machine.

This is what a person waits for at every sign-in (the rest of unlocking is well under a
millisecond). There is no cheaper primitive to compare it with: the cost is the point, so the
baseline is null. The calibrated settings are printed on the progress line.
"""

from __future__ import annotations

from bench.harness import Context, Figure, benchmark
from ypsi_desktop.storage.key_derivation import calibrate, derive, new_salt, wipe


@benchmark("casefile.kdf")
def kdf(ctx: Context) -> Figure:
    calibration = calibrate()
    params = calibration.params
    ctx.progress(
        f"calibrated to {params.memory_kib // 1024} MiB, {params.time_cost} passes, "
        f"{params.parallelism} lanes ({calibration.seconds * 1000:.0f} ms; calibrating took "
        f"{calibration.total_seconds * 1000:.0f} ms)"
    )
    secret = bytearray(b"a passphrase of ordinary length")
    salt = new_salt()

    def subject() -> None:
        wipe(derive(secret, salt, params))

    return ctx.compare(subject=subject, primitive=None, reps=5, unit="ms")
