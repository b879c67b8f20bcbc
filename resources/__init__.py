"""Bundled icons and fonts. Installed as the package ypsi_desktop.resources (see pyproject.toml).

Fonts are read from files (ReportLab embeds them in PDFs); icons reach Qt through the compiled
resource module in ypsi_desktop/gui/forms/resources_rc.py.
"""

from importlib.resources import as_file, files
from pathlib import Path

FONT_FILES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
    "bold_italic": "NotoSans-BoldItalic.ttf",
}


def font_path(style: str) -> Path:
    """The bundled Noto Sans file for `style`; covers Latin, Greek and Cyrillic names."""
    resource = files(__name__).joinpath("fonts", FONT_FILES[style])
    with as_file(resource) as path:  # a real file in both wheel and checkout installs
        return Path(path)
