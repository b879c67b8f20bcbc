"""Timing, interleaving and the registry that every benchmark module uses.

A benchmark is a function registered with @benchmark("name") that takes a Context and returns
a Figure. Context.compare() times the subject and its primitive alternately, so both see the
same machine state, and reports the median with the spread.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache" / "bench"

_UNITS = {"s": 1.0, "ms": 1e3, "us": 1e6, "MB": 1.0}  # memory: the callable returns MB


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None
    ratio: float | None
    min: float
    max: float

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


class Context:
    """What a benchmark gets: a cache folder for large fixtures and a progress line."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cache_dir = CACHE
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    def progress(self, message: str) -> None:
        print(f"[{self.name}] {message}", file=sys.stderr, flush=True)

    def compare(
        self,
        subject: Callable[[], float | None],
        primitive: Callable[[], float | None] | None,
        *,
        reps: int,
        unit: str = "ms",
        inner: int = 1,
        warmup: int = 1,
    ) -> Figure:
        """Median of `reps` interleaved runs of subject and primitive.

        A callable may return its own measurement in seconds (for work timed in another
        process); otherwise the harness times the call. `inner` repeats a very fast call
        inside one timing and divides, so timer resolution does not dominate.
        """
        scale = _UNITS[unit]

        def run(fn: Callable[[], float | None]) -> float:
            start = time.perf_counter()
            own = None
            for _ in range(inner):
                own = fn()
            elapsed = time.perf_counter() - start
            seconds = own if own is not None and inner == 1 else elapsed / inner
            return seconds * scale

        for _ in range(warmup):
            subject()
            if primitive is not None:
                primitive()
        subject_times: list[float] = []
        base_times: list[float] = []
        for i in range(reps):
            # Alternate which goes first so neither always gets the warmer cache.
            order = [subject, primitive] if i % 2 == 0 else [primitive, subject]
            for fn in order:
                if fn is None:
                    continue
                (subject_times if fn is subject else base_times).append(run(fn))
            self.progress(f"repetition {i + 1}/{reps}")
        return self.figure(subject_times, base_times or None, unit)

    def figure(self, values: list[float], baselines: list[float] | None, unit: str) -> Figure:
        value = statistics.median(values)
        baseline = statistics.median(baselines) if baselines else None
        ratio = round(value / baseline, 3) if baseline else None
        return Figure(
            name=self.name,
            value=round(value, 4),
            unit=unit,
            baseline=None if baseline is None else round(baseline, 4),
            ratio=ratio,
            min=round(min(values), 4),
            max=round(max(values), 4),
        )


Benchmark = Callable[[Context], Figure]
REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    def register(fn: Benchmark) -> Benchmark:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} registered twice")
        REGISTRY[name] = fn
        return fn

    return register
