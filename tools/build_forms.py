"""Compile ui/*.ui and resources/resources.qrc into ypsi_desktop/gui/forms/.

Run after editing a form: `python tools/build_forms.py`. With `--check` nothing is written and
the exit status says whether the committed files are stale (tests/unit/test_forms_fresh.py).
Lines naming the generator's version are left out, so interpreters with different PySide6
versions produce identical files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI_DIR = REPO / "ui"
QRC = REPO / "resources" / "resources.qrc"
OUT_DIR = REPO / "ypsi_desktop" / "gui" / "forms"
VERSION_LINE = re.compile(r"^#+ *Created by: .*(Compiler|Resource Compiler).*$", re.MULTILINE)


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project's dev dependencies first")
    return found


def _header(source: Path) -> str:
    rel = source.relative_to(REPO).as_posix()
    return f"# Generated from {rel} by tools/build_forms.py: do not edit by hand.\n"


QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([^\n]*))\n", re.MULTILINE)


def _normalise(text: str) -> str:
    return VERSION_LINE.sub("", text)


def _used_imports_only(code: str) -> str:
    """uic imports a fixed list of common Qt names whether the form uses them or not, and
    PySide6 builds a class's Python enums the first time its name is imported: `Qt` alone has
    ninety-odd, about 25 ms on Python 3.11. Keep only the names the form's code uses."""
    rest = QT_IMPORT.sub("", code)

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in (match[2] or match[3]).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", rest)]
        return f"from {match[1]} import {', '.join(used)}\n" if used else ""

    return QT_IMPORT.sub(keep, code)


def generate(dest: Path) -> dict[str, str]:
    """Return {file name: contents} for every generated file, built in `dest`."""
    results: dict[str, str] = {}
    for ui in sorted(UI_DIR.glob("*.ui")):
        out = dest / f"ui_{ui.stem}.py"
        uic = [_tool("pyside6-uic"), "-a", "--from-imports", "-g", "python"]
        subprocess.run([*uic, str(ui), "-o", str(out)], check=True)
        code = _used_imports_only(_normalise(out.read_text(encoding="utf-8")))
        results[out.name] = _header(ui) + code
    out = dest / "resources_rc.py"
    rcc = [_tool("pyside6-rcc"), "-g", "python", "--format-version", "1", "--no-compress"]
    subprocess.run([*rcc, str(QRC), "-o", str(out)], check=True)
    results[out.name] = _header(QRC) + _normalise(out.read_text(encoding="utf-8"))
    return results


def stale_files() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate(Path(tmp))
    stale = []
    for name, text in fresh.items():
        current = OUT_DIR / name
        if not current.exists() or current.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    args = parser.parse_args()
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: ypsi_desktop/gui/forms/{name} (run python tools/build_forms.py)")
        return 1 if stale else 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in generate(Path(tmp)).items():
            (OUT_DIR / name).write_text(text, encoding="utf-8")
            print(f"wrote ypsi_desktop/gui/forms/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
