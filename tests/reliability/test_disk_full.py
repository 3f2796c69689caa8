"""A full disk during an edit, an import and an export: a clear message, nothing written
half-way, what was saved before intact, and the same work succeeds once there is room."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.excel.writer import ReportWriteError
from desktop.records import EntryKey
from desktop.store.errors import DiskFull
from desktop.usecases.entry import read_entry, set_fields, set_value
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file, open_workspace
from tests.reliability.conftest import Q2, snapshot
from tests.reliability.figures import count
from tests.reliability.limits import small_disk
from tests.usecases.conftest import PLAN

BEDS = "qingtongxia.family_care_beds"
NOTE = "床位数据已与民政局台账逐一核对，变化原因见附件说明。" * 9  # about 250 characters


def key(unit: str, indicator: str = BEDS) -> EntryKey:
    return EntryKey(PLAN, indicator, unit, str(Q2))


def units(ws: Workspace) -> list[str]:
    return [u.code for u in ws.catalog.units.descendants(PLAN)]


def reopened(path: Path) -> Workspace:
    """The file as the next start of the program sees it (its WAL emptied on close)."""
    return open_workspace(path)


def test_an_edit_on_a_full_disk_is_refused_keeps_what_was_saved_and_can_be_retried(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = disk.root / "county.sqlite"
        create_data_file(path, PLAN, clerk="县民政局").close()
        ws = reopened(path)
        try:
            disk.fill(ws.data.db)
            failed = None
            for unit in units(ws):  # edits until one does not fit
                before = snapshot(ws.data.db.conn)
                try:
                    set_fields(ws, key(unit), {"value": "12", "note": NOTE})
                except DiskFull as exc:
                    failed = (unit, exc)
                    break
            assert failed is not None, "the disk never filled up"
            unit, exc = failed
            count("disk_full")
            assert "磁盘已满" in str(exc) and str(path) in str(exc)
            assert snapshot(ws.data.db.conn) == before  # nothing of the failed edit
            disk.free(ws.data.db)
            set_fields(ws, key(unit), {"value": "12", "note": NOTE})  # the same edit, retried
        finally:
            ws.close()
        with reopened(path) as ws:
            assert ws.data.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert read_entry(ws, key(unit)).note == NOTE
            saved = [u for u in units(ws) if read_entry(ws, key(u)).value == 12]
            assert saved[-1] == unit and len(saved) == units(ws).index(unit) + 1


def test_an_import_on_a_full_disk_writes_nothing_and_can_be_retried(
        region: dict[str, list[Path]], tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = disk.root / "county.sqlite"
        create_data_file(path, PLAN).close()
        ws = reopened(path)
        try:
            set_value(ws, key("qingtongxia.daba", "qingtongxia.mutual_aid_service_members"), "value", "7")
            plan = plan_import(ws, region["A"], "replace")
            before = snapshot(ws.data.db.conn)
            disk.fill(ws.data.db)
            with pytest.raises(DiskFull, match="磁盘已满"):
                commit_import(ws, plan)
            count("disk_full")
            assert snapshot(ws.data.db.conn) == before  # not one report of the batch
            disk.free(ws.data.db)
            commit_import(ws, plan)
        finally:
            ws.close()
        with reopened(path) as ws:
            assert ws.data.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            received = ws.data.db.execute("SELECT count(*) FROM received_reports").fetchone()[0]
            assert received == len(region["A"])


@pytest.fixture
def small_county(tmp_path: Path) -> Workspace:
    ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="县民政局")
    set_value(ws, key("qingtongxia.daba"), "value", "12")
    yield ws
    ws.close()


def test_an_export_to_a_full_disk_leaves_the_old_report_and_no_partial_file(
        small_county: Workspace, tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        target = disk.root / "大坝镇.xlsx"
        target.write_bytes(b"last week's report")
        with disk.full_for_files(), pytest.raises(ReportWriteError, match="磁盘已满") as info:
            export_report(small_county, PLAN, "qingtongxia.daba", Q2, target)
        count("disk_full")
        assert str(target) in str(info.value)
        assert target.read_bytes() == b"last week's report"
        assert sorted(p.name for p in disk.root.iterdir()) == ["大坝镇.xlsx"]
        export_report(small_county, PLAN, "qingtongxia.daba", Q2, target)  # once there is room
        assert target.read_bytes().startswith(b"PK\x03\x04")


def test_opening_with_no_room_for_the_daily_backup_still_opens_and_leaves_no_half_backup(
        tmp_path: Path) -> None:
    """The daily backup at open needs a copy's worth of space: without it the program still
    opens (the backup is logged as not made), and no partial copy is left to be offered
    later. Without a mount, the backup folder is blocked instead of the disk being full."""
    with small_disk(tmp_path / "disk", megabytes=16) as disk:
        path = disk.root / "county.sqlite"
        with create_data_file(path, PLAN) as ws:
            ws.data.db.conn.executemany(
                "INSERT INTO reported_values (plan, indicator, unit, period, value, note) "
                "VALUES (?,?,?,?,?,?)", [(PLAN, f"{PLAN}.i{n}", "u", "2025Q1", n, NOTE) for n in range(3000)])
        backups = disk.root / "backups"
        if disk.mounted:
            disk.fill()
            with open(disk.root / "filler", "r+b") as filler:  # room for the WAL, not for a copy
                filler.truncate(max(0, filler.seek(0, 2) - 256 * 1024))
        else:
            backups.write_text("not a folder")
        with reopened(path) as ws:
            count("disk_full")
            set_value(ws, key("qingtongxia.daba"), "value", "12")
            assert read_entry(ws, key("qingtongxia.daba")).value == 12
        made = sorted(p.name for p in backups.iterdir()) if backups.is_dir() else []
        assert made == [], f"a partial backup was left: {made}"
