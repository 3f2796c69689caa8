"""Every hostile or malformed workbook is read correctly or refused with the file (and
the sheet and cell, where there is one) named: never a traceback, never a partial write,
through the import use case, the baseline import and the command line alike."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.records import EntryKey
from desktop.usecases.baselines import plan_baseline_import
from desktop.usecases.entry import read_entry
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.workspace import UseCaseError, Workspace, create_data_file
from tests.reliability.conftest import Q2, snapshot
from tests.reliability.figures import count
from tests.reliability.hostile import TABLE, WORKBOOKS, Case
from tests.usecases.conftest import PLAN

BEDS = EntryKey(PLAN, "qingtongxia.family_care_beds", "qingtongxia.daba", str(Q2))


def messages(plan: object) -> list[str]:
    return [str(p) for f in plan.files for p in f.refusals]  # type: ignore[attr-defined]


@pytest.fixture
def hostile(daba_q2: Callable[[str], Path]) -> Callable[[Case], Path]:
    def make(case: Case) -> Path:
        path = daba_q2(case.name)
        path.write_bytes(case.build(path.read_bytes()))
        return path
    return make


@pytest.fixture
def good_other(region: dict[str, list[Path]]) -> Path:
    return next(p for p in region["A"] if p.name == f"qingtongxia.xiakou-{Q2}.xlsx")


@pytest.mark.parametrize("case", WORKBOOKS, ids=lambda c: c.name)
def test_each_hostile_workbook_is_read_or_refused_by_name(
        case: Case, hostile: Callable[[Case], Path], good_other: Path, county: Workspace) -> None:
    path = hostile(case)
    before = snapshot(county.data.db.conn)
    plan = plan_import(county, [good_other, path])  # a good file in the same batch
    count("hostile_inputs")
    if case.refused:
        mine = [m for m in messages(plan) if m.startswith(case.name)]
        assert any(case.refused in m for m in mine), messages(plan)
        if case.cell:
            assert any(f"[{TABLE}!{case.cell}]" in m for m in mine), mine
        with pytest.raises(UseCaseError, match="数据未作任何改动"):
            commit_import(county, plan)
        assert snapshot(county.data.db.conn) == before  # not even the good file
        return
    assert not plan.refused, messages(plan)
    commit_import(county, plan)
    entry = read_entry(county, BEDS)
    assert (entry.value, entry.note) == (case.value, case.note)


@pytest.mark.parametrize("case", WORKBOOKS, ids=lambda c: c.name)
def test_each_hostile_workbook_as_a_baseline_is_refused_or_read(
        case: Case, hostile: Callable[[Case], Path], county: Workspace) -> None:
    path = hostile(case)
    before = snapshot(county.data.db.conn)
    plan = plan_baseline_import(county, [path], 2025, PLAN)  # a Q2 report is no baseline either
    assert plan.refused or case.name == "meta-hidden-gone.xlsx"  # that one reads as a plain sheet
    assert all(m.startswith(case.name) for m in messages(plan)), messages(plan)
    assert snapshot(county.data.db.conn) == before


def test_the_command_line_says_why_for_every_hostile_workbook_without_a_traceback(
        hostile: Callable[[Case], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite"
    create_data_file(db, PLAN).close()
    before = snapshot(db)
    for case in WORKBOOKS:
        path = hostile(case)
        status = cli(["import", "--db", str(db), str(path), "--dry-run", "--json"])
        out, err = capsys.readouterr()
        result = json.loads(out)
        assert status == (1 if case.refused else 0), (case.name, result, err)
        assert result["refused"] == bool(case.refused) and result["written"] is False
        if case.refused:
            assert any(case.refused in r["text"] for r in result["files"][0]["refusals"]), result
        assert "Traceback" not in err
    assert snapshot(db) == before
    log = Path(os.environ["YINLING_LOG_DIR"]) / "yinling.log"
    assert not log.exists() or "unexpected error" not in log.read_text(encoding="utf-8")


def test_the_same_file_twice_in_one_batch_and_again_later(daba_q2: Callable[[str], Path],
                                                          county: Workspace) -> None:
    path = daba_q2("大坝镇.xlsx")
    twice = plan_import(county, [path, path])
    count("hostile_inputs")
    assert twice.refused and all("同一统计期" in m for m in messages(twice))
    commit_import(county, plan_import(county, [path]))
    again = plan_import(county, [path])
    count("hostile_inputs")
    before = snapshot(county.data.db.conn)
    assert not again.refused and again.files[0].adds == 0 and again.files[0].keeps > 0
    commit_import(county, again)
    assert snapshot(county.data.db.conn)["reported_values"] == before["reported_values"]


def test_a_file_name_that_is_not_utf8_and_a_folder_named_like_a_report(
        daba_q2: Callable[[str], Path], county: Workspace, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = daba_q2("source.xlsx")
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/\xb4\xf3\xb0\xd3-gbk.xlsx"))  # 大坝 in GBK bytes
    odd.write_bytes(source.read_bytes())
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    plan = plan_import(county, [odd, folder])
    count("hostile_inputs", 2)
    assert any(m.startswith("folder.xlsx") and "无法读取" in m for m in messages(plan)), messages(plan)
    assert not plan.files[0].refused
    db = tmp_path / "cli.sqlite"
    create_data_file(db, PLAN).close()
    assert cli(["import", "--db", str(db), str(odd), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "\ufffd" in json.loads(out)["files"][0]["file"] and "Traceback" not in err
