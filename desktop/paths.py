"""Where the program's own files are, from source and from the frozen (PyInstaller) build,
and where an office keeps its own.

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
    """The shipped catalogs and the JSON Schemas every catalog is checked against."""
    return install_dir() / "schema"


def office_catalogs_dir() -> Path:
    """The office's own catalogs: `plans/` and `units/` in the user data folder, filled by
    `yinling plan add` and the window's 方案 menu (DESIGN §3)."""
    return user_data_dir()


def extra_catalogs_dir() -> Path | None:
    """`YINLING_SCHEMA`: one more folder of catalogs (`plans/`, `units/`) loaded beside the
    shipped and the office's own, for tests and for experts trying a catalog out."""
    extra = os.environ.get("YINLING_SCHEMA")
    return Path(extra) if extra else None


def resources_dir() -> Path:
    return install_dir() / "resources"


def user_data_dir() -> Path:
    """The user's data folder for this program (per OS, through platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def default_data_file() -> Path:
    return user_data_dir() / "yinling.sqlite"
