"""Backups that do not depend on the clock being right (issue 13, item 15): one per
calendar day of use by the dates in their names, ordered by when they were made, and a
failing migration that does not add a copy at every attempt and prune the good ones."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
import sqlite_utils

from desktop.store import datafile
from desktop.store.backups import list_backups
from desktop.store.datafile import DataFile, latest_backup
from desktop.store.migrations import migrate


def on(day: str) -> time.struct_time:
    return time.strptime(f"{day} 09:30:00", "%Y-%m-%d %H:%M:%S")


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "county.sqlite"
    with DataFile.open(path, create=True) as data, data.writing() as db:
        db.execute("INSERT INTO reported_values (plan, indicator, unit, period, value) "
                   "VALUES ('p', 'p.i', 'u', '2025Q1', 1)")
    return path


def open_on(path: Path, day: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datafile, "_clock", lambda: on(day))
    DataFile.open(path).close()


def backups(path: Path) -> list[str]:
    return [b.name for b in list_backups(path)]


def test_one_backup_per_calendar_day_whatever_the_clock_did(data_file: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    open_on(data_file, "2026-12-01", monkeypatch)
    open_on(data_file, "2026-12-01", monkeypatch)  # the same day: no second copy
    assert len(backups(data_file)) == 1
    open_on(data_file, "2020-01-01", monkeypatch)  # the clock jumped back years
    open_on(data_file, "2031-06-30", monkeypatch)  # …and ahead
    open_on(data_file, "2026-12-02", monkeypatch)  # and is right again
    names = backups(data_file)
    assert [n.split("-")[2] for n in names] == ["20261201", "20200101", "20310630", "20261202"]
    assert latest_backup(data_file).name == names[-1]  # the newest made, not the latest date


def test_pruning_keeps_the_ten_made_last(data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    days = [f"2031-01-{d:02d}" for d in range(1, 6)] + [f"2026-12-{d:02d}" for d in range(1, 11)]
    for day in days:  # five days of a clock five years fast, then ten right ones
        open_on(data_file, day, monkeypatch)
    assert [n.split("-")[2] for n in backups(data_file)] == [d.replace("-", "") for d in days[-10:]]


def test_a_failing_migration_does_not_push_out_the_good_backups(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(old, upto=1)  # a file of the program's first version, with a week of backups
    old.execute("INSERT INTO reported_values (plan, indicator, unit, period, value) "
                "VALUES ('p', 'p.i', 'u', '2024Q4', 7)")
    old.close()
    folder = datafile.backups_dir(path)
    folder.mkdir()
    for day in range(1, 8):
        (folder / f"old-2026112{day}-090000-daily.sqlite").write_bytes((tmp_path / "old.sqlite").read_bytes())

    def broken(db: object, upto: int = 0) -> int:
        raise sqlite3.OperationalError("disk I/O error during migration")

    monkeypatch.setattr(datafile, "migrate", broken)
    seconds = iter(range(0, 10_000, 7))  # each attempt a little later (its own file name)
    monkeypatch.setattr(datafile, "_clock", lambda: time.localtime(1_780_000_000 + next(seconds)))
    for _attempt in range(12):
        with pytest.raises(Exception):  # noqa: B017 - refused, however it is worded
            DataFile.open(path)
    names = backups(path)
    assert sum(1 for n in names if n.endswith("-v1.sqlite")) == 1
    assert sum(1 for n in names if n.endswith("-daily.sqlite")) == 7
