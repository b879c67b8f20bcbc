# Sourced by tools/run-app and tools/run-tests: installs what this machine lacks, then the venv.
# Safe to run again: each step checks before it acts. Output is progress lines on stderr.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${YPSI_VENV:-$REPO/.venv}"
PY="${PYTHON:-python3}"

say() { printf '[setup] %s\n' "$*" >&2; }

apt_install() {
  # Debian packages the app and its tests need: a virtual X server and the xcb libraries Qt's
  # X11 platform plugin loads, poppler for PDF checks, strace to watch the sockets Qt's C++
  # code opens, and venv support for the system Python.
  local wanted=(xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0
                libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
                libegl1 libgl1 libfontconfig1 libdbus-1-3 poppler-utils strace)
  "$PY" -m venv --help >/dev/null 2>&1 || wanted+=(python3-venv)
  local missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { say "please install as root: apt-get install ${missing[*]}"; exit 1; }
    sudo="sudo"
  fi
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

venv_install() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV"
    "$PY" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$extras"
  if [ ! -f "$stamp" ] || [ "$REPO/pyproject.toml" -nt "$stamp" ] || [ "$REPO/constraints.txt" -nt "$stamp" ]; then
    say "installing YPSI Desktop and its dependencies (pinned in constraints.txt)"
    "$VENV/bin/python" -m pip install -q --upgrade "pip>=24" >&2
    "$VENV/bin/python" -m pip install -q -c "$REPO/constraints.txt" -e "$REPO[$extras]" >&2
    touch "$stamp"
  fi
}
