#!/bin/sh
# Installs YPSI Desktop from this offline bundle (Linux and macOS). Run it as: sh install.sh
# It only finds a Python this bundle was made for and runs install.py with it; install.py
# checks every file of the bundle before it does anything. Options: sh install.sh --help
here=$(cd "$(dirname "$0")" && pwd)
for py in ${PYTHON:-} @PYTHON_COMMANDS@ python3; do
  if command -v "$py" >/dev/null 2>&1; then
    exec "$py" "$here/install.py" "$@"
  fi
done
echo "No Python 3 was found. This bundle needs Python @PYTHON_VERSIONS@ (see INSTALL.md)." >&2
exit 9
