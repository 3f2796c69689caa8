"""The data file in trouble: read-only, gone from its path while open, overwritten,
damaged at random, from a newer program, held by another instance. Each ends in a clear
message (with the last good backup offered where the file itself is lost), never in a
traceback, and never with an edit acknowledged into a file nobody will find."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.errors import UserError
from desktop.records import EntryKey
from desktop.store.datafile import DataFile, latest_backup, restore_backup
from desktop.store.errors import DataFileDamaged, DataFileMissing, DataFileTooNew
from desktop.store.migrations import SCHEMA_VERSION
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import read_entry, set_value
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import create_data_file, open_workspace
from tests.reliability.conftest import Q2
from tests.reliability.figures import count
from tests.reliability.limits import unprivileged
from tests.usecases.conftest import PLAN

BEDS = EntryKey(PLAN, "qingtongxia.family_care_beds", "qingtongxia.daba", str(Q2))
SET = ["-m", "desktop", "set", "--plan", PLAN, "--unit", "qingtongxia.daba", "--period", str(Q2),
       "qingtongxia.family_care_beds=77", "--db"]
DAMAGE_SEEDS = int(os.environ.get("YINLING_DAMAGE_SEEDS", "60"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A county's file with a year of figures and its daily backup beside it."""
    path = tmp_path_factory.mktemp("demo") / "county.sqlite"
    with create_data_file(path, PLAN) as ws:
        fill_demo(ws, (PLAN,))
    open_workspace(path).close()  # the daily backup, made at open
    assert latest_backup(path) is not None
    return path


def copy_of(demo_file: Path, folder: Path) -> Path:
    shutil.copytree(demo_file.parent, folder)
    return folder / demo_file.name


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_is_refused_with_a_clear_message(
        demo_file: Path, tmp_path: Path, what: str) -> None:
    path = copy_of(demo_file, tmp_path / "office")
    before = digest(path)
    os.chmod(path if what == "file" else path.parent, 0o555)
    try:
        done = unprivileged([*SET, str(path)])
    finally:
        os.chmod(path if what == "file" else path.parent, 0o755)
    count("datafile_faults")
    assert done.returncode == 1, done.stderr
    assert "只读" in done.stderr and "Traceback" not in done.stderr and "意外" not in done.stderr
    assert digest(path) == before


@pytest.mark.parametrize("how", ["moved", "deleted", "replaced"])
def test_an_edit_after_the_file_left_its_path_is_not_acknowledged(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    ws = create_data_file(folder / "county.sqlite", PLAN)
    try:
        set_value(ws, BEDS, "value", "12")
        if how == "moved":
            folder.rename(tmp_path / "elsewhere")
        elif how == "deleted":
            (folder / "county.sqlite").unlink()
        else:
            shutil.copy(folder / "county.sqlite", folder / "copy")
            os.replace(folder / "copy", folder / "county.sqlite")
        with pytest.raises(DataFileMissing, match="已不在原处"):
            set_value(ws, BEDS, "value", "13")
        count("datafile_faults")
    finally:
        ws.close()
    if how == "moved":
        with open_workspace(tmp_path / "elsewhere" / "county.sqlite") as moved:
            assert read_entry(moved, BEDS).value == 12  # the refused edit is not in it either


def test_a_file_overwritten_by_something_else_offers_its_backup(demo_file: Path, tmp_path: Path) -> None:
    path = copy_of(demo_file, tmp_path / "office")
    path.write_bytes(b"PK\x03\x04 a workbook saved over the data file by mistake")
    with pytest.raises(DataFileDamaged) as info:
        DataFile.open(path)
    count("datafile_faults")
    backup = info.value.backup
    assert backup is not None and backup.name in str(info.value)
    restore_backup(path, backup)
    with open_workspace(path) as ws:
        assert read_entry(ws, BEDS).value is not None


def test_a_file_from_a_newer_program_is_refused_untouched_and_offers_a_backup(
        demo_file: Path, tmp_path: Path) -> None:
    path = copy_of(demo_file, tmp_path / "office")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(DataFileTooNew) as info:
        DataFile.open(path)
    count("datafile_faults")
    assert "升级" in str(info.value) and info.value.backup is not None
    assert info.value.backup.name in str(info.value)
    assert digest(path) == before


def _damage(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(rng.choice([1, 4, 16])):
        at = rng.randrange(0, len(data) - 64)
        size = rng.choice([1, 8, 64])
        data[at:at + size] = bytes(rng.randrange(256) for _ in range(size))
    path.write_bytes(bytes(data))


def _use(path: Path, out: Path) -> None:
    """What a clerk does after opening: look at the quarter, export it, type a figure."""
    with open_workspace(path) as ws:
        read_entry(ws, BEDS)
        try:
            export_report(ws, PLAN, "qingtongxia.daba", Q2, out)
        except UserError as exc:
            if not isinstance(exc, DataFileDamaged) and "审核" in str(exc):
                pass  # garbled figures that fail their checks: refused as any such quarter
            else:
                raise
        set_value(ws, BEDS, "value", "12")


def test_bytes_overwritten_at_random_end_in_a_clear_message_and_the_backup(
        demo_file: Path, tmp_path: Path) -> None:
    outcomes = {"refused at open": 0, "refused in use": 0, "usable": 0}
    for seed in range(DAMAGE_SEEDS):
        path = copy_of(demo_file, tmp_path / f"office{seed}")
        _damage(path, random.Random(seed))
        count("datafile_faults")
        try:
            _use(path, tmp_path / f"r{seed}.xlsx")
            outcomes["usable"] += 1
            continue
        except DataFileDamaged as exc:
            found_at = "refused at open" if not path.with_name(path.name + ".check").exists() else "refused in use"
            outcomes[found_at] += 1
            assert exc.backup is not None and exc.backup.name in str(exc)
        except UserError:
            outcomes["usable"] += 1  # another clear refusal (locked quarter, failed check …)
            continue
        with pytest.raises(DataFileDamaged):  # the next start refuses it too, backup offered
            DataFile.open(path)
        restore_backup(path, latest_backup(path))
        with open_workspace(path) as ws:
            assert ws.data.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert outcomes["refused at open"] and outcomes["refused in use"], outcomes


def test_the_command_line_gives_each_data_file_fault_as_a_message(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    faults = {"missing": tmp_path / "nowhere" / "county.sqlite"}
    faults["not sqlite"] = tmp_path / "notes.sqlite"
    faults["not sqlite"].write_text("这不是数据库", encoding="utf-8")
    faults["damaged"] = copy_of(demo_file, tmp_path / "damaged")
    faults["damaged"].write_bytes(b"\0" * 100 + faults["damaged"].read_bytes()[100:])
    faults["newer"] = copy_of(demo_file, tmp_path / "newer")
    conn = sqlite3.connect(faults["newer"])
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    words = {"missing": "不存在", "not sqlite": "不是", "damaged": "损坏", "newer": "更新版本",
             "second instance": "已在另一个"}
    holder = open_workspace(copy_of(demo_file, tmp_path / "held"))
    faults["second instance"] = holder.data.path
    try:
        for fault, path in faults.items():
            status = cli(["check", "--db", str(path), "--plan", PLAN, "--unit", PLAN, "--period", str(Q2)])
            _out, err = capsys.readouterr()
            count("datafile_faults")
            assert status == 1 and words[fault] in err and "Traceback" not in err, (fault, err)
    finally:
        holder.close()
    log = Path(os.environ["YINLING_LOG_DIR"]) / "yinling.log"
    assert not log.exists() or "unexpected error" not in log.read_text(encoding="utf-8")
