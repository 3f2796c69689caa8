"""Storage failures split in two: known environment failures with a clear message, and
everything else (a bug), which is logged with its traceback (qutebrowser's split).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.errors import UserError


class StoreError(UserError):
    """A known failure of the data file or its surroundings: a message key (desktop/messages/
    store.py) with its parameters (`path` among them); `str()` is for the user."""

    code = "store"

    def __init__(self, path: Path, key: str, backup: Path | None = None, **params: object) -> None:
        self.path, self.backup = path, backup
        super().__init__(key, path=path, **params)


class DataFileLocked(StoreError):
    code = "locked"


class DataFileReadOnly(StoreError):
    code = "read_only"


class DiskFull(StoreError):
    code = "disk_full"


class DataFileDamaged(StoreError):
    code = "damaged"


class DataFileTooNew(StoreError):
    code = "too_new"


class NotADataFile(StoreError):
    code = "not_a_data_file"


class DataFileMissing(StoreError):
    code = "missing"


_READONLY_DBMOVED = getattr(sqlite3, "SQLITE_READONLY_DBMOVED", 1032)


def translate(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The known environment failure behind an sqlite3 error, or None for a bug."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    base = code & 0xFF if isinstance(code, int) else None
    if "disk is full" in text or base == sqlite3.SQLITE_FULL or (
            base == sqlite3.SQLITE_IOERR and _no_room(path)):
        return DiskFull(path, "store.disk_full")
    if code == _READONLY_DBMOVED:
        return moved(path)
    if "readonly" in text or "read-only" in text or base == sqlite3.SQLITE_READONLY:
        return DataFileReadOnly(path, "store.read_only")
    if "locked" in text or "busy" in text:
        return DataFileLocked(path, "store.busy")
    if ("malformed" in text or "not a database" in text or "could not decode" in text
            or base in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)):
        return DataFileDamaged(path, "store.damaged")
    if "unable to open" in text or "disk i/o" in text or base in (sqlite3.SQLITE_CANTOPEN,
                                                                   sqlite3.SQLITE_IOERR):
        return DataFileMissing(path, "store.unreachable")
    return None


def _no_room(path: Path) -> bool:
    """An I/O error on a disk with no space left is a full disk (SQLite reports a shared
    memory file it cannot grow as an I/O error)."""
    try:
        return shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        return False


def moved(path: Path) -> DataFileMissing:
    return DataFileMissing(path, "store.moved")
