"""Who may write what, and when (issue 13, items 5–8): one rule (usecases/guard.py) asked
by every path that writes a figure — typing, paste, undo, import, demo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main as cli
from desktop.excel.meta import META_SHEET
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.store import values as store
from desktop.usecases import checking, demo
from desktop.usecases.entry import read_entry, set_fields
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report, report_spec
from desktop.usecases.undo import undo_step
from desktop.usecases.workspace import UseCaseError, Workspace, create_data_file
from tests.usecases.conftest import PLAN, Q2

BEDS = "qingtongxia.family_care_beds"
DABA, XIAKOU = "qingtongxia.daba", "qingtongxia.xiakou"


def key(unit: str = DABA, period: Period = Q2, indicator: str = BEDS) -> EntryKey:
    return EntryKey(PLAN, indicator, unit, str(period))


@pytest.fixture
def town(tmp_path: Path) -> Workspace:
    ws = create_data_file(tmp_path / "daba.sqlite", DABA, clerk="王芳")
    yield ws
    ws.close()


# Item 5: periods ---------------------------------------------------------------------


def test_a_quarter_that_has_not_begun_is_refused(town: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YINLING_TODAY", "2025-05-20")
    with pytest.raises(UseCaseError, match="2025年第三季度 尚未开始（今天是 2025-05-20）"):
        set_fields(town, key(period=Period(2025, 3)), {"value": "12"})
    set_fields(town, key(period=Period(2025, 2)), {"value": "12"})  # begun: fine
    assert read_entry(town, key(period=Period(2025, 3))).value is None


def test_a_quarter_before_the_plan_is_refused_and_after_it_accepted(town: Workspace) -> None:
    with pytest.raises(UseCaseError, match=r"早于.*2023 年"):
        set_fields(town, key(period=Period(2022, 4)), {"value": "12"})
    set_fields(town, key(period=Period(2026, 1)), {"value": "12"})  # offices keep reporting
    assert read_entry(town, key(period=Period(2026, 1))).value == 12


def test_after_the_plan_progress_uses_its_final_target(tmp_path: Path) -> None:
    ws = create_data_file(tmp_path / "c.sqlite", PLAN)
    try:
        share = "qingtongxia.nursing_bed_share"  # 2025 target 60%
        set_fields(ws, key(PLAN, Period(2026, 1), share), {"numerator": "70", "denominator": "100"})
        row = next(r for s in report_spec(ws, PLAN, PLAN, Period(2026, 1)).sheets for r in s.rows
                   if r.indicator_id == share)
        assert row.target_text == "60%（2025年）" and row.progress_text == "117% 已达标"
    finally:
        ws.close()


@pytest.mark.parametrize("period", ["1949Q1", "1900年第一季度", "3000Q2"])
def test_periods_far_out_of_range_get_a_clear_message(tmp_path: Path, period: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    cli(["init", "--db", str(db), "--unit", DABA])
    with pytest.raises(SystemExit) as done:
        cli(["set", "--db", str(db), "--plan", PLAN, "--unit", DABA, "--period", period, f"{BEDS}=1"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "年份不在 2000–2100 年之间" in err and "Traceback" not in err


def test_quarter_arithmetic_never_fails_on_old_years() -> None:
    assert str(Period(2000, 1).previous) == "1999Q4"


# Item 6: whose file ------------------------------------------------------------------


def test_a_town_file_takes_figures_for_its_own_unit_only(town: Workspace) -> None:
    with pytest.raises(UseCaseError, match=r"本数据文件属于大坝镇.*不能用于峡口镇"):
        set_fields(town, key(XIAKOU), {"value": "12"})
    assert read_entry(town, key(XIAKOU)).value is None


def test_a_town_cannot_export_a_siblings_report(town: Workspace, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UseCaseError, match="本数据文件属于大坝镇"):
        export_report(town, PLAN, XIAKOU, Q2, tmp_path / "xiakou.xlsx")
    town.close()
    code = cli(["export", "--db", str(town.data.path), "--plan", PLAN, "--unit", XIAKOU,
                "--period", "2025Q2", "-o", str(tmp_path / "x.xlsx")])
    assert code == 1 and "本数据文件属于大坝镇" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_parent_fills_in_for_a_town_and_it_says_so(county: Workspace, tmp_path: Path) -> None:
    set_fields(county, key(DABA), {"value": "12"})
    assert [r.proxy for r in store.history(county.data.db, key(DABA))] == [1]
    set_fields(county, key(PLAN), {"value": "5"})  # its own unit: not 代填
    assert [r.proxy for r in store.history(county.data.db, key(PLAN))] == [0]
    report = tmp_path / "daba.xlsx"
    export_report(county, PLAN, DABA, Q2, report)
    book = openpyxl.load_workbook(report)
    meta = {r[1]: r[2] for r in book[META_SHEET].iter_rows(values_only=True) if r[0] == "meta"}
    assert meta["filled_by_code"] == PLAN and meta["filled_by_name"] == "青铜峡市"
    texts = [c.value for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert texts[texts.index("填表人：") + 1].endswith("（青铜峡市代填）")
    other = create_data_file(tmp_path / "other.sqlite", PLAN)
    try:
        plan = plan_import(other, [report])
        assert plan.files[0].filled_by == "青铜峡市" and not plan.refused
    finally:
        other.close()


# Item 7: submitted and locked quarters ------------------------------------------------


def test_a_submitted_quarter_is_changed_by_nothing(town: Workspace, tmp_path: Path) -> None:
    changes = set_fields(town, key(), {"value": "12"})
    report = tmp_path / "daba.xlsx"
    export_report(town, PLAN, DABA, Q2, report)
    set_fields(town, key(), {"value": "13"})
    checking.act(town, PLAN, DABA, Q2, "submit")
    for attempt in (lambda: set_fields(town, key(), {"value": "14"}),
                    lambda: undo_step(town, changes.step)):
        with pytest.raises(UseCaseError, match=r"已报送.*先撤回报送"):
            attempt()
    assert read_entry(town, key()).value == 13
    checking.act(town, PLAN, DABA, Q2, "withdraw")
    set_fields(town, key(), {"value": "14"})
    checking.act(town, PLAN, DABA, Q2, "lock")
    with pytest.raises(UseCaseError, match=r"已锁定.*先解锁"):
        set_fields(town, key(), {"value": "15"})
    with pytest.raises(UseCaseError, match="解锁需要填写原因"):
        checking.act(town, PLAN, DABA, Q2, "unlock")
    with pytest.raises(UseCaseError, match="不能改为"):
        checking.act(town, PLAN, DABA, Q2, "withdraw")  # a locked quarter is unlocked, not withdrawn
    checking.act(town, PLAN, DABA, Q2, "unlock", "更正床位数")
    set_fields(town, key(), {"value": "15"})
    assert read_entry(town, key()).value == 15


def test_an_import_into_a_submitted_or_locked_quarter_is_refused(county: Workspace,
                                                                 reports: dict[str, list[Path]]) -> None:
    daba = next(p for p in reports[str(Q2)] if p.name.startswith(f"{DABA}-"))
    checking.act(county, PLAN, DABA, Q2, "lock")
    plan = plan_import(county, [daba])
    assert plan.refused and any("已锁定" in str(p) for p in plan.files[0].refusals)
    checking.act(county, PLAN, DABA, Q2, "unlock", "重新导入")
    plan = plan_import(county, [daba])
    assert not plan.refused
    checking.act(county, PLAN, DABA, Q2, "lock")  # locked between the preview and the commit
    with pytest.raises(UseCaseError, match="已锁定"):
        commit_import(county, plan)
    assert read_entry(county, key()).value is None


def test_the_state_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "daba.sqlite")
    cli(["init", "--db", db, "--unit", DABA])
    scope = ["--db", db, "--plan", PLAN, "--unit", DABA, "--period", "2025Q2"]
    assert cli(["set", *scope, f"{BEDS}=12"]) == 0
    assert cli(["submit", *scope]) == 0 and "已报送：大坝镇2025年第二季度" in capsys.readouterr().out
    assert cli(["set", *scope, f"{BEDS}=13"]) == 1 and "已报送" in capsys.readouterr().err
    assert cli(["withdraw", *scope]) == 0
    assert cli(["lock", *scope]) == 0
    assert cli(["unlock", *scope]) == 1 and "原因" in capsys.readouterr().err
    assert cli(["unlock", *scope, "--reason", "更正"]) == 0
    assert cli(["--lang", "en", "submit", *scope]) == 0
    assert "Submitted: 大坝镇, Q2 2025" in capsys.readouterr().out


# Item 8: the demo keeps to files of its own --------------------------------------------


def test_demo_never_touches_real_work(town: Workspace, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    set_fields(town, key(), {"value": "12"})
    with pytest.raises(demo.DemoRefused, match="演示数据不会写入"):
        demo.fill_demo(town, (PLAN,))
    assert read_entry(town, key()).value == 12
    town.close()
    assert cli(["demo", "--db", str(town.data.path), "--plan", PLAN]) == 2
    assert "另建一个数据文件" in capsys.readouterr().err


def test_demo_is_audited_as_demo_and_stays_in_the_files_unit(town: Workspace) -> None:
    _changes, result = demo.fill_demo(town, (PLAN,))
    db = town.data.db
    assert {u for (u,) in db.execute("SELECT DISTINCT unit FROM reported_values")} == {DABA}
    assert {h for (h,) in db.execute("SELECT DISTINCT how FROM audit")} == {"demo"}
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] >= result.values
    demo.fill_demo(town, (PLAN,))  # its own figures: it may fill them again
    checking.act(town, PLAN, DABA, Period(2025, 1), "submit")
    with pytest.raises(demo.DemoRefused, match="已报送或已锁定的季度"):
        demo.fill_demo(town, (PLAN,))


def test_demo_of_another_region_is_refused(town: Workspace) -> None:
    with pytest.raises(demo.DemoRefused, match="不能写入临海市规划的演示数据"):
        demo.fill_demo(town, ("linhai",))


def test_a_town_file_takes_only_its_own_baselines(town: Workspace, tmp_path: Path) -> None:
    from desktop.usecases.baselines import plan_baseline_import

    book = openpyxl.Workbook()
    for row in (["指标", "大坝镇", "峡口镇", "叶盛镇"], ["设立家庭照护床位", 40, 35, 12]):
        book.active.append(row)
    book.save(tmp_path / "分镇基数.xlsx")
    plan = plan_baseline_import(town, [tmp_path / "分镇基数.xlsx"], 2024, PLAN)
    assert [(v.unit, v.value) for v in plan.files[0].values] == [(DABA, 40)]
    skipped = [str(p) for p in plan.files[0].skipped]
    assert any("“峡口镇”不属于本数据文件的单位" in s for s in skipped)
    assert any("“叶盛镇”不属于本数据文件的单位" in s for s in skipped)


def test_a_town_file_does_not_become_another_towns(town: Workspace) -> None:
    from desktop.usecases.workspace import add_unit, update_office

    update_office(town, XIAKOU, "王芳", "1")  # nothing entered yet: a slip can be put right
    update_office(town, DABA, "王芳", "1")
    set_fields(town, key(), {"value": "12"})
    with pytest.raises(UseCaseError, match="已有大坝镇的数据，不能把本单位改为峡口镇"):
        update_office(town, XIAKOU, "王芳", "1")
    with pytest.raises(UseCaseError, match="本数据文件属于大坝镇"):
        add_unit(town, XIAKOU, "某村", "town")
