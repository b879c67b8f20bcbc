"""`startup`: process start to the first window shown and the event loop idle.

Both processes are started the same way (a fresh interpreter, offscreen platform) and quit as
soon as their loop is idle; the wall time of the whole process is what a user waits for.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.harness import REPO, Context, Figure, benchmark

_ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=_ENV, cwd=REPO, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


@benchmark("startup")
def startup(ctx: Context) -> Figure:
    app = [sys.executable, "-m", "ypsi_desktop", "--start-and-quit"]
    bare = [sys.executable, str(REPO / "bench" / "bare_window.py")]
    return ctx.compare(lambda: _timed(app), lambda: _timed(bare), reps=9, unit="ms")
