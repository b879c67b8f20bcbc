"""The frozen app's entry point: the same `ypsi-desktop` command the wheel installs."""

import sys

from ypsi_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
