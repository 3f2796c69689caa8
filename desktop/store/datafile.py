"""The data file: one SQLite file per office, opened safely.

Opening refuses, with a clear message and before anything is written: a file another
instance holds, a file that is not ours, a file from a newer program, and a damaged file
(offering the newest good backup). An older file is backed up with SQLite's backup API
and migrated forward. Every write is one committed transaction in WAL with
synchronous=FULL, so what the program showed as saved survives a crash or a power cut;
a write whose file has gone from its path (moved, deleted, its USB stick pulled) is
rolled back instead of being acknowledged into a file nobody will find again.

Every sqlite3 failure of the file itself (damaged, disk full, read-only, gone) reaches
the caller as a StoreError with a message for the user, on reads as on writes: the
connection and its cursors translate them (`_Connection`). Damage that the quick check
at open cannot see (garbled text in a row) is found when the row is read; the file is
then marked, and the next open checks it in full and offers the backup.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.messages import Message, msg
from desktop.store import errors
from desktop.store.backups import (
    SQLITE_HEADER,
    backup_facts,
    backups_dir,
    copy_atomic,
    latest_backup,
    list_backups,
    made_when,
    mark_suspect,
    prune_backups,
    restore_backup,
    suspect_marker,
)
from desktop.store.database import Database
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

log = logging.getLogger("yinling")


class _Cursor(sqlite3.Cursor):
    """A cursor whose failures of the file itself arrive as StoreErrors."""

    connection: _Connection

    def execute(self, *args: Any) -> _Cursor:
        try:
            return super().execute(*args)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self.connection.failure(exc) from exc

    def executemany(self, *args: Any) -> _Cursor:
        try:
            return super().executemany(*args)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self.connection.failure(exc) from exc

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self.connection.failure(exc) from exc

    def fetchmany(self, *args: Any) -> list[Any]:
        try:
            return super().fetchmany(*args)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self.connection.failure(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self.connection.failure(exc) from exc

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self.connection.failure(exc) from exc


class _Connection(sqlite3.Connection):
    """The data file's connection: known failures become StoreErrors naming the file."""

    path: Path

    def cursor(self, factory: Any = _Cursor) -> Any:
        return super().cursor(factory)

    def execute(self, *args: Any) -> Any:
        return self.cursor().execute(*args)

    def executemany(self, *args: Any) -> Any:
        return self.cursor().executemany(*args)

    def failure(self, exc: sqlite3.Error | UnicodeDecodeError) -> Exception:
        """What to raise for `exc`: the StoreError it means, or `exc` itself (a bug).
        Text that is not UTF-8 in the file's own structures is damage too."""
        known = (errors.DataFileDamaged(self.path, "store.damaged") if isinstance(exc, UnicodeDecodeError)
                 else errors.translate(exc, self.path))
        if isinstance(known, DataFileDamaged):
            mark_suspect(self.path)
            return _damaged(self.path, str(exc)[:200])
        return known or exc


class DataFile:
    """An open data file: its Database (a plain sqlite3 connection) plus the instance lock."""

    def __init__(self, path: Path, db: Database, lock: InstanceLock) -> None:
        self.path, self.db, self._lock = path, db, lock
        self._identity = _identity(path)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> DataFile:
        path = Path(path)
        if not path.exists() and not create:
            raise DataFileMissing(path, "store.missing")
        if create:
            _ensure_folder(path)
        _refuse_read_only(path)
        lock = InstanceLock(path)
        try:
            lock.acquire()
        except LockHeld as held:
            raise _locked(path, held.holder) from None
        except OSError as exc:
            raise DataFileReadOnly(path, "store.no_lock_file", folder=path.parent,
                                   reason=exc.strerror) from exc
        try:
            return cls(path, _connect_checked(path), lock)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        try:
            with contextlib.suppress(sqlite3.Error, StoreError):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
        finally:
            self._lock.release()

    def __enter__(self) -> DataFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Database]:
        """One transaction, committed on leaving; sqlite3 failures become StoreErrors.
        Rolled back, not committed, if the file is no longer where it was opened."""
        with self.guard(), self.db.atomic():
            yield self.db
            self.still_in_place()

    def still_in_place(self) -> None:
        if _identity(self.path) != self._identity:
            raise errors.moved(self.path)

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

    def owns(self, path: Path) -> bool:
        """Whether `path` is the data file or one of its companions (-wal, -shm, lock,
        backups …), by name or by identity: a hard link or a symlink to one counts."""
        return _Companions(self.path)(path)

    def companions(self) -> Callable[[Path], bool]:
        """`owns` for many paths (an import of a thousand files): the companions' names and
        identities found once."""
        return _Companions(self.path)

    def backup_to(self, target: Path) -> Path:
        """A consistent copy through SQLite's backup API, even while the file is in use."""
        target.parent.mkdir(parents=True, exist_ok=True)
        with self.guard():
            copy_atomic(self.db.conn, target)
        return target


_COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock", ".check")


class _Companions:
    """The data file's companions by name, and by identity (a hard link or a symlink)."""

    def __init__(self, data: Path) -> None:
        folder = data.resolve().parent
        self.name, self.folder = data.name, folder
        self.names = {folder / (data.name + s) for s in _COMPANION_SUFFIXES}
        self.backups = backups_dir(folder / data.name).resolve()
        self.identities = {_identity(n) for n in self.names} - {None}

    def __call__(self, path: Path) -> bool:
        target = path.resolve()
        if target in self.names or (target.name.startswith(f"{self.name}.damaged-")
                                    and target.parent == self.folder):
            return True
        if self.backups in target.parents:
            return True
        return _identity(target) in self.identities


def _connect_checked(path: Path) -> Database:
    _refuse_foreign_bytes(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, factory=_Connection)
    conn.path = path
    try:
        db = Database(conn)  # sqlite-utils is loaded only when the file is made or migrated
        version = _identify(db, path)
        _check(db, path)
        if 0 < version < SCHEMA_VERSION and not _migration_backup_kept(path, version):
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


def _refuse_foreign_bytes(path: Path) -> None:
    """A file that does not start as SQLite: someone else's file, or ours overwritten."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        if handle.read(16) == SQLITE_HEADER:
            return
    if latest_backup(path) is not None:  # it was ours: its backups are beside it
        raise _damaged(path, msg("store.overwritten"))
    raise NotADataFile(path, "store.not_ours")


def _identify(db: Database, path: Path) -> int:
    """The file's schema version; refuses a foreign or a newer file without writing to it."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and db.table_names()):
        raise NotADataFile(path, "store.other_program")
    if version > SCHEMA_VERSION:
        backup = latest_backup(path)
        offer = "" if backup is None else msg("store.too_new_backup", backup=backup.name,
                                              when=made_when(backup))
        raise DataFileTooNew(path, "store.too_new", backup=backup, version=version,
                             supported=SCHEMA_VERSION, offer=offer)
    return version


def _check(db: Database, path: Path) -> None:
    """The quick check at every open; the full one after damage was seen in use."""
    suspect = suspect_marker(path).exists()
    conn = db.conn
    conn.text_factory = lambda data: data.decode("utf-8", "replace")  # the report may be garbled too
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {'integrity_check' if suspect else 'quick_check'}")]
    finally:
        conn.text_factory = str
    if rows != ["ok"]:
        raise _damaged(path, "; ".join(rows[:3]))
    if suspect:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for _row in db.execute(f'SELECT * FROM "{table}"'):  # every text decodes
                pass
        suspect_marker(path).unlink(missing_ok=True)


def _damaged(path: Path, detail: object) -> DataFileDamaged:
    backup = latest_backup(path)
    if backup is None:
        offer = msg("store.no_backup")
    else:
        offer = msg("store.backup_offer", backup=backup.name, when=made_when(backup))
    return DataFileDamaged(path, "store.damaged_detail", backup=backup, detail=detail,
                           offer=offer)


def _backup_file(db: Database, path: Path, tag: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", _clock())
    found = list_backups(path)
    sequence = backup_facts(path, found[-1])[0] + 1 if found else 1
    target = backups_dir(path) / f"{path.stem}-{sequence:06d}-{stamp}-{tag}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_atomic(db.conn, target)
    prune_backups(path)
    return target


def _clock() -> time.struct_time:
    return time.localtime()


def _migration_backup_kept(path: Path, version: int) -> bool:
    """A migration that failed left the file as it was: the copy made before the first
    attempt still holds it, so a retry adds none (ten retries would prune every good one)."""
    found = list_backups(path)
    return bool(found) and backup_facts(path, found[-1])[2] == f"v{version}"


def _routine_backup(db: Database, path: Path) -> None:
    """A copy at the first open of each calendar day (by the dates in the backups' names,
    never by their age: a clock that jumped back or ahead still gets one per day of use),
    so a damaged file always has a recent backup to offer. A copy that cannot be made
    (disk full) is logged; it does not stop the day's work."""
    today = time.strftime("%Y%m%d", _clock())
    if any(backup_facts(path, b)[1] == today for b in list_backups(path)):
        return
    if not db.execute("SELECT 1 FROM reported_values LIMIT 1").fetchone():
        return  # nothing worth keeping yet
    try:
        _backup_file(db, path, "daily")
    except (OSError, sqlite3.Error, StoreError) as exc:
        log.warning("daily backup of %s not made: %s", path, exc)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _ensure_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFileReadOnly(path, "store.no_folder", folder=path.parent,
                               reason=exc.strerror) from exc


def _refuse_read_only(path: Path) -> None:
    folder_ok = os.access(path.parent, os.W_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    if not (folder_ok and file_ok):
        where = path if not file_ok else path.parent
        raise DataFileReadOnly(path, "store.read_only_place", where=where)


def _locked(path: Path, holder: dict[str, object]) -> DataFileLocked:
    """Who holds the file, in words: this computer or another one named, since when."""
    if not holder.get("pid"):
        return DataFileLocked(path, "firstrun.in_use")
    since = str(holder.get("since") or "")
    day, _, hour = since.partition(" ")
    hour = hour[:5]
    today = day == time.strftime("%Y-%m-%d")
    when: Message | str = msg("firstrun.today_at", hour=hour) if today else f"{day} {hour}".strip()
    host = str(holder.get("host") or "")
    if host and host != socket.gethostname():
        return DataFileLocked(path, "firstrun.in_use_elsewhere", host=host, since=when)
    return DataFileLocked(path, "firstrun.in_use_here", pid=holder["pid"], since=when)


__all__ = ["DataFile", "StoreError", "backups_dir", "latest_backup", "restore_backup"]
