"""The data file's connection at run time: one transaction per write, all or nothing,
nested ones as savepoints; sqlite-utils only when a file is made or migrated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.datafile import DataFile
from tests.conftest import REPO


class Refused(Exception):
    pass


def names(data: DataFile) -> list[str]:
    return [k for (k,) in data.db.execute("SELECT key FROM meta ORDER BY key")]


def test_a_write_is_kept_whole_or_not_at_all(tmp_path: Path) -> None:
    with DataFile.open(tmp_path / "data.sqlite", create=True) as data:
        with data.writing() as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
        with pytest.raises(Refused), data.writing() as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('b', '2')")
            raise Refused
        assert names(data) == ["a"]
        assert not data.db.conn.in_transaction


def test_a_nested_write_that_fails_undoes_only_itself(tmp_path: Path) -> None:
    with DataFile.open(tmp_path / "data.sqlite", create=True) as data:
        with data.writing() as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('outer', '1')")
            with pytest.raises(Refused), db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('inner', '2')")
                raise Refused
            with db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('kept', '3')")
        assert names(data) == ["kept", "outer"]
        with pytest.raises(Refused), data.writing() as db:
            with db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('later', '4')")
            raise Refused  # the outer fails: the inner one, released, goes with it
        assert names(data) == ["kept", "outer"]


def test_a_failed_statement_leaves_no_transaction_open(tmp_path: Path) -> None:
    with DataFile.open(tmp_path / "data.sqlite", create=True) as data:
        with pytest.raises(Exception, match="UNIQUE"), data.writing() as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
            db.execute("INSERT INTO meta (key, value) VALUES ('a', '2')")
        assert names(data) == []
        assert not data.db.conn.in_transaction


def test_opening_a_current_file_does_not_load_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    DataFile.open(path, create=True).close()
    code = ("import sys; from desktop.store.datafile import DataFile; "
            f"DataFile.open({str(path)!r}).close(); print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
