"""The command line: a small dispatcher of subcommands. Imports PySide6 only to open the GUI."""
