"""`python -m ypsi_desktop` runs the same dispatcher as the `ypsi-desktop` command."""

from ypsi_desktop.cli.main import main

raise SystemExit(main())
