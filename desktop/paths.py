"""Where the program's own files are, from source and from the frozen (PyInstaller) build.

Everything that finds `schema/` or `resources/` asks here, so the two ways of running
cannot drift apart.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "yinling"
APP_AUTHOR = "Yinling"


def install_dir() -> Path:
    """The folder holding `schema/` and `resources/`: the bundle, or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def schema_dir() -> Path:
    """The catalogs; `YINLING_SCHEMA` points elsewhere (a county's own catalogs, tests)."""
    override = os.environ.get("YINLING_SCHEMA")
    return Path(override) if override else install_dir() / "schema"


def resources_dir() -> Path:
    return install_dir() / "resources"


def user_data_dir() -> Path:
    """The user's data folder for this program (per OS, through platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def default_data_file() -> Path:
    return user_data_dir() / "yinling.sqlite"
