"""The data file: one SQLite file per office, opened safely.

Opening refuses, with a clear message and before anything is written: a file another
instance holds, a file that is not ours, a file from a newer program, and a damaged file
(offering the newest backup). An older file is backed up with SQLite's backup API and
migrated forward. Every write is one committed transaction in WAL with synchronous=FULL,
so what the program showed as saved survives a crash or a power cut.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desktop.store import errors
from desktop.store.errors import (
    DataFileDamaged,
    DataFileLocked,
    DataFileMissing,
    DataFileReadOnly,
    DataFileTooNew,
    NotADataFile,
    StoreError,
)
from desktop.store.lockfile import InstanceLock, LockHeld
from desktop.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 10
BACKUP_EVERY_SECONDS = 24 * 3600


class DataFile:
    """An open data file: the sqlite-utils Database plus the instance lock."""

    def __init__(self, path: Path, db: sqlite_utils.Database, lock: InstanceLock) -> None:
        self.path, self.db, self._lock = path, db, lock

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> DataFile:
        path = Path(path)
        if not path.exists() and not create:
            raise DataFileMissing(path, f"数据文件 {path} 不存在。")
        if create:
            _ensure_folder(path)
        _refuse_read_only(path)
        lock = InstanceLock(path)
        try:
            lock.acquire()
        except LockHeld as held:
            raise DataFileLocked(path, _locked_message(path, held.holder)) from None
        except OSError as exc:
            raise DataFileReadOnly(path, f"无法在 {path.parent} 创建锁文件：{exc.strerror}") from exc
        try:
            return cls(path, _connect_checked(path), lock)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        try:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
        finally:
            self._lock.release()

    def __enter__(self) -> DataFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """One transaction, committed on leaving; sqlite3 failures become StoreErrors."""
        with self.guard(), self.db.atomic():
            yield self.db

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Known environment failures (disk full, read-only, gone) as clear messages."""
        try:
            yield
        except sqlite3.Error as exc:
            known = errors.translate(exc, self.path)
            if known is None:
                raise
            raise known from exc

    def backup_to(self, target: Path) -> Path:
        """A consistent copy through SQLite's backup API, even while the file is in use."""
        target.parent.mkdir(parents=True, exist_ok=True)
        with self.guard():
            dest = sqlite3.connect(target)
            try:
                self.db.conn.backup(dest)
            finally:
                dest.close()
        return target


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def latest_backup(path: Path) -> Path | None:
    found = sorted(backups_dir(path).glob(f"{path.stem}-*.sqlite"))
    return found[-1] if found else None


def restore_backup(path: Path, backup: Path) -> Path:
    """Put `backup` in place of a damaged file; the damaged one is kept aside, not deleted."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    if path.exists():
        path.rename(aside)
    for suffix in ("-wal", "-shm"):
        stale = path.with_name(path.name + suffix)
        if stale.exists():
            stale.rename(aside.with_name(aside.name + suffix))
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(path)
    try:
        source.backup(dest)
    finally:
        source.close()
        dest.close()
    return aside


def _connect_checked(path: Path) -> sqlite_utils.Database:
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise NotADataFile(path, f"{path} 不是银龄台账的数据文件（也不是 SQLite 数据库）。")
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        db = sqlite_utils.Database(conn)
        version = _identify(db, path)
        _quick_check(db, path)
        if 0 < version < SCHEMA_VERSION:
            _backup_file(db, path, f"v{version}")
        if version < SCHEMA_VERSION:
            migrate(db)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        _routine_backup(db, path)
        return db
    except sqlite3.Error as exc:
        conn.close()
        known = errors.translate(exc, path)
        if isinstance(known, DataFileDamaged):
            raise _damaged(path, str(exc)) from exc
        if known is not None:
            raise known from exc
        raise
    except BaseException:
        conn.close()
        raise


def _identify(db: sqlite_utils.Database, path: Path) -> int:
    """The file's schema version; refuses a foreign or a newer file without writing to it."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and db.table_names()):
        raise NotADataFile(path, f"{path} 是其他程序的 SQLite 数据库，不是银龄台账的数据文件。")
    if version > SCHEMA_VERSION:
        raise DataFileTooNew(path, f"数据文件 {path} 由更新版本的银龄台账创建（数据格式 {version}，"
                                   f"本程序支持到 {SCHEMA_VERSION}）。请升级程序后再打开；文件未作任何改动。")
    return version


def _quick_check(db: sqlite_utils.Database, path: Path) -> None:
    rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise _damaged(path, "; ".join(rows[:3]))


def _damaged(path: Path, detail: str) -> DataFileDamaged:
    backup = latest_backup(path)
    if backup is None:
        offer = "没有找到备份。"
    else:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(backup.stat().st_mtime))
        offer = f"最近的备份是 {backup.name}（{when}），可以用它恢复。"

    return DataFileDamaged(path, f"数据文件 {path} 已损坏，程序不会使用它（{detail}）。{offer}",
                           backup=backup)


def _backup_file(db: sqlite_utils.Database, path: Path, tag: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = backups_dir(path) / f"{path.stem}-{stamp}-{tag}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    _prune_backups(path)
    return target


def _routine_backup(db: sqlite_utils.Database, path: Path) -> None:
    """A daily copy at open, so a damaged file always has a recent backup to offer."""
    newest = latest_backup(path)
    if newest is not None and time.time() - newest.stat().st_mtime < BACKUP_EVERY_SECONDS:
        return
    if not db.execute("SELECT 1 FROM reported_values LIMIT 1").fetchone():
        return  # nothing worth keeping yet
    _backup_file(db, path, "daily")


def _prune_backups(path: Path) -> None:
    for old in sorted(backups_dir(path).glob(f"{path.stem}-*.sqlite"))[:-BACKUPS_KEPT]:
        with contextlib.suppress(OSError):
            old.unlink()


def _ensure_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFileReadOnly(path, f"无法创建文件夹 {path.parent}：{exc.strerror}") from exc


def _refuse_read_only(path: Path) -> None:
    folder_ok = os.access(path.parent, os.W_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    if not (folder_ok and file_ok):
        where = path if not file_ok else path.parent
        raise DataFileReadOnly(path, f"{where} 只读，无法保存数据。请换一个可写的位置或修改权限。")


def _locked_message(path: Path, holder: dict[str, object]) -> str:
    who = f"（进程 {holder.get('pid')}，{holder.get('host')}，自 {holder.get('since')}）" if holder else ""
    return f"数据文件 {path} 已在另一个银龄台账窗口或命令中打开{who}。请先关闭它再试。"


__all__ = ["DataFile", "StoreError", "latest_backup", "restore_backup"]
