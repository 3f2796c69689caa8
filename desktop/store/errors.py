"""Storage failures split in two: known environment failures with a clear message, and
everything else (a bug), which is logged with its traceback (qutebrowser's split).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.errors import UserError


class StoreError(UserError):
    """A known failure of the data file or its surroundings; `str()` is for the user."""

    code = "store"

    def __init__(self, path: Path, message: str, backup: Path | None = None) -> None:
        self.path, self.backup = path, backup
        super().__init__(message)


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
        return DiskFull(path, f"磁盘已满，无法写入数据文件 {path}。请清理磁盘空间后重试；"
                              "已保存的数据不受影响。")
    if code == _READONLY_DBMOVED:
        return moved(path)
    if "readonly" in text or "read-only" in text or base == sqlite3.SQLITE_READONLY:
        return DataFileReadOnly(path, f"数据文件 {path} 只读，无法保存。请检查文件或文件夹的写入权限。")
    if "locked" in text or "busy" in text:
        return DataFileLocked(path, f"数据文件 {path} 正被其他程序使用。")
    if ("malformed" in text or "not a database" in text or "could not decode" in text
            or base in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)):
        return DataFileDamaged(path, f"数据文件 {path} 已损坏。")
    if "unable to open" in text or "disk i/o" in text or base in (sqlite3.SQLITE_CANTOPEN,
                                                                   sqlite3.SQLITE_IOERR):
        return DataFileMissing(path, f"无法访问数据文件 {path}（路径不存在或磁盘已断开）。")
    return None


def _no_room(path: Path) -> bool:
    """An I/O error on a disk with no space left is a full disk (SQLite reports a shared
    memory file it cannot grow as an I/O error)."""
    try:
        return shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        return False


def moved(path: Path) -> DataFileMissing:
    return DataFileMissing(path, f"数据文件 {path} 已不在原处（被移动、删除或替换，或所在的 U 盘、网络盘已断开）。"
                                 "刚才的修改没有保存；请确认文件位置后重新打开程序。")
