"""Opening the data file: created, reopened, migrated, and refused when it must be."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from desktop.store.datafile import DataFile, latest_backup, restore_backup
from desktop.store.errors import (
    DataFileDamaged,
    DataFileLocked,
    DataFileMissing,
    DataFileTooNew,
    NotADataFile,
)
from desktop.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate
from tests.conftest import REPO


def pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_file_is_ours_in_wal_with_full_sync(tmp_path: Path) -> None:
    path = tmp_path / "office" / "data.sqlite"
    with DataFile.open(path, create=True) as data:
        assert data.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert data.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION


def test_missing_file_is_not_created_silently(tmp_path: Path) -> None:
    with pytest.raises(DataFileMissing):
        DataFile.open(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()


def test_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(old, upto=1)  # a file as version 1 of the program left it
    old.execute("INSERT INTO reported_values (plan, indicator, unit, period, value) "
                "VALUES ('qingtongxia', 'qingtongxia.x', 'qingtongxia', '2024Q4', 7)")
    old.close()
    with DataFile.open(path) as data:
        assert "units" in data.db.table_names()
        assert data.db.execute("SELECT value FROM reported_values").fetchone()[0] == 7
    backup = latest_backup(path)
    assert backup is not None and backup.name.endswith("-v1.sqlite")
    assert pragma(backup, "user_version") == 1
    assert pragma(path, "user_version") == SCHEMA_VERSION


def test_newer_file_is_refused_and_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    DataFile.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DataFileTooNew, match="更新版本"):
        DataFile.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_not_sqlite_and_foreign_sqlite_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "report.sqlite"
    text.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(NotADataFile):
        DataFile.open(text)
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotADataFile, match="其他程序"):
        DataFile.open(foreign)


def test_second_instance_in_this_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    with DataFile.open(path, create=True), pytest.raises(DataFileLocked, match="已在另一个"):
        DataFile.open(path)
    DataFile.open(path).close()  # free again once closed


def open_in_another_process(path: Path) -> subprocess.CompletedProcess[str]:
    """Exit 3 and the message when the other process is refused as a second instance."""
    code = ("import sys\nfrom desktop.store.datafile import DataFile\n"
            "from desktop.store.errors import DataFileLocked\n"
            f"try:\n    DataFile.open({str(path)!r})\nexcept DataFileLocked as e:\n"
            "    print(e); sys.exit(3)\n")
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          check=False)


def test_second_process_is_refused_while_the_first_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    with DataFile.open(path, create=True):
        done = open_in_another_process(path)
    assert done.returncode == 3, done.stderr
    assert "进程" in done.stdout


def _damage(path: Path) -> None:
    """Overwrite the middle of the file, where the tables' pages are."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8: offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_damaged_file_is_refused_with_the_last_backup_offered(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    with DataFile.open(path, create=True) as data, data.writing() as db:
        db.conn.executemany(
            "INSERT INTO reported_values (plan, indicator, unit, period, value) VALUES (?,?,?,?,?)",
            [("p", f"p.i{i}", "u", "2025Q1", i) for i in range(2000)])
    with DataFile.open(path) as data:  # the daily backup is made at open
        backup = latest_backup(path)
    assert backup is not None
    _damage(path)
    with pytest.raises(DataFileDamaged) as info:
        DataFile.open(path)
    assert info.value.backup == backup and backup.name in str(info.value)
    aside = restore_backup(path, backup)
    assert aside.exists()
    with DataFile.open(path) as data:
        assert data.db.execute("SELECT count(*) FROM reported_values").fetchone()[0] == 2000


@pytest.mark.parametrize("how", ["hard link", "symlink"])
def test_another_path_to_the_same_file_is_the_same_instance(tmp_path: Path, how: str) -> None:
    """Keyed by the file, not its name: through a hard link in another folder SQLite kept
    two -wal files and half the acknowledged edits vanished (issue 13, item 13)."""
    path = tmp_path / "office" / "data.sqlite"
    other = tmp_path / "elsewhere" / "copy.sqlite"
    other.parent.mkdir()
    with DataFile.open(path, create=True):
        if how == "hard link":
            os.link(path, other)
        else:
            other.symlink_to(path)
        with pytest.raises(DataFileLocked, match="已在另一个"):
            DataFile.open(other)
        done = open_in_another_process(other)
        assert done.returncode == 3, done.stderr
    DataFile.open(other).close()  # free once the first one closed
    assert not other.with_name(other.name + "-wal").exists()


def test_the_lock_is_held_for_the_whole_session(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    with DataFile.open(path, create=True) as data:
        with data.writing() as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('x', '1')")
        for _ in range(3):
            with pytest.raises(DataFileLocked):
                DataFile.open(path)
