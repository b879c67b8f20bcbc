"""`startup`: process start to the first window shown and the event loop idle.

The first window for an existing case file is the sign-in screen (`ypsi-desktop FILE`). The
primitive is a bare PySide6 QMainWindow process started the same way. Both quit as soon as
their loop is idle; the wall time of the whole process is what a user waits for. Per-user
folders point at a scratch folder so the benchmark never touches real settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import REPO, Context, Figure, benchmark

PASSPHRASE = "bench-startup-passphrase-41-orbit"


def _case_file(ctx: Context) -> Path:
    path = ctx.cache_dir / "startup" / "case.ypsi"
    if not path.exists():
        from ypsi_desktop.services import session as sessions
        from ypsi_desktop.storage.key_derivation import KdfParams

        path.parent.mkdir(parents=True, exist_ok=True)
        session, _ = sessions.create(
            path, user_name="Bench DSL", passphrase=PASSPHRASE, kdf=KdfParams.for_tests()
        )
        session.close()
    return path


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


@benchmark("startup")
def startup(ctx: Context) -> Figure:
    case = _case_file(ctx)
    with tempfile.TemporaryDirectory(prefix="startup-home-") as scratch:
        return _measure(ctx, case, Path(scratch))


def _measure(ctx: Context, case: Path, home: Path) -> Figure:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app has compiled bytecode (pip writes it); let both processes use it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    app = [sys.executable, "-m", "ypsi_desktop", str(case), "--start-and-quit"]
    bare = [sys.executable, str(REPO / "bench" / "bare_window.py")]
    return ctx.compare(lambda: _timed(app, env), lambda: _timed(bare, env), reps=31, unit="ms")
