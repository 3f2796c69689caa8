"""Storage failures split in two: known environment failures with a clear message, and
everything else (a bug), which is logged with its traceback (qutebrowser's split).
"""

from __future__ import annotations

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


def translate(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The known environment failure behind an sqlite3 error, or None for a bug."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "disk is full" in text or code == sqlite3.SQLITE_FULL:
        return DiskFull(path, f"磁盘已满，无法写入数据文件 {path}。请清理磁盘空间后重试；"
                              "已保存的数据不受影响。")
    if "readonly" in text or "read-only" in text or code == sqlite3.SQLITE_READONLY:
        return DataFileReadOnly(path, f"数据文件 {path} 只读，无法保存。请检查文件或文件夹的写入权限。")
    if "locked" in text or "busy" in text:
        return DataFileLocked(path, f"数据文件 {path} 正被其他程序使用。")
    if "malformed" in text or "not a database" in text or code in (sqlite3.SQLITE_CORRUPT,
                                                                   sqlite3.SQLITE_NOTADB):
        return DataFileDamaged(path, f"数据文件 {path} 已损坏。")
    if "unable to open" in text or code == sqlite3.SQLITE_CANTOPEN or "disk i/o" in text:
        return DataFileMissing(path, f"无法访问数据文件 {path}（路径不存在或磁盘已断开）。")
    return None
