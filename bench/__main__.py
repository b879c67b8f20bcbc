"""`python -m bench [NAME...]`: run benchmarks, one JSON line per figure on stdout.

Progress goes to stderr. Large fixtures are cached under .cache/bench (git-ignored).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from bench.harness import REGISTRY, Context

# Each module registers its figures with @benchmark when imported.
MODULES = (
    "bench.startup",
    "bench.guidance",
    "bench.kdf",
    "bench.storage",
    "bench.casefile",
    "bench.gui",
    "bench.pdf",
    "bench.lifetime",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list benchmark names and exit")
    args = parser.parse_args(argv)
    for module in MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
    if args.list:
        print("\n".join(sorted(REGISTRY)))
        return 0
    unknown = [n for n in args.names if n not in REGISTRY]
    if unknown:
        parser.error(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(sorted(REGISTRY))}"
        )
    names = args.names or sorted(REGISTRY)
    for position, name in enumerate(names, 1):
        print(f"== {name} ({position}/{len(names)})", file=sys.stderr, flush=True)
        figure = REGISTRY[name](Context(name))
        print(figure.to_json(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
