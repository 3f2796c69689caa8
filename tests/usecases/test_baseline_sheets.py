"""Baseline sheets as counties keep them (issue 13, item 11): nothing matched or another
year is refused; a title and a 填报单位 row above the header; unit aliases; every row and
column not imported listed; totals never taken for units or indicators; the checks of
typed figures; percentages as Excel shows them, a bare 0.8 refused as ambiguous."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main as cli
from desktop.usecases.baselines import commit_baseline_import, plan_baseline_import
from desktop.usecases.checking import baselines_for
from desktop.usecases.workspace import Workspace, create_data_file
from tests.usecases.conftest import PLAN, Q2, Q4_2024

BEDS, SHARE = "qingtongxia.family_care_beds", "qingtongxia.nursing_bed_share"


def sheet(path: Path, rows: list[list[object]], formats: dict[str, str] | None = None) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for ref, number_format in (formats or {}).items():
        book.active[ref].number_format = number_format
    book.save(path)
    return path


def messages(plan: object) -> list[str]:
    return [str(p) for f in plan.files for p in f.refusals]  # type: ignore[attr-defined]


def base(ws: Workspace, unit: str, indicator: str) -> float | None:
    found = baselines_for(ws, ws.catalog.plan(PLAN), unit, 2024).get(indicator)
    return None if found is None else found.value


def test_nothing_matched_is_refused_with_exit_1(county: Workspace, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(tmp_path / "others.xlsx", [["指标名称", "2024年末"], ["某个别的指标", 5]])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.refused and any("没有匹配到任何基数" in m for m in messages(plan))
    county.close()
    code = cli(["import", "--db", str(county.data.path), "--baseline", "--year", "2024",
                "--plan", PLAN, str(path)])
    out = capsys.readouterr().out
    assert code == 1 and "已导入" not in out and "某个别的指标" in out


def test_a_sheet_of_another_year_is_refused(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "2023.xlsx", [["指标名称", "2023年末"], ["设立家庭照护床位", 400]])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.refused and any("2023 年，与要导入的 2024 年基数不符" in m for m in messages(plan))


def test_header_under_a_title_and_a_unit_row(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "daba.xlsx", [
        ["2024年养老服务基数统计表"],
        ["填报单位：大坝镇", None, "单位：张、户"],
        ["序号", "指标名称", "单位", "2024年末", "备注"],
        [1, "设立家庭照护床位", "张", 40, "含新建"],
    ])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert not plan.refused, messages(plan)
    commit_baseline_import(county, plan)
    assert base(county, "qingtongxia.daba", BEDS) == 40
    skipped = [str(p) for p in plan.files[0].skipped]
    assert any("“序号”列未导入" in s for s in skipped) and any("“备注”列未导入" in s for s in skipped)


def test_wide_sheet_aliases_totals_and_unknown_columns(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "wide.xlsx", [
        ["指标", "大坝镇", "裕民街道办事处", "某某开发区", "合计"],
        ["设立家庭照护床位", 40, 12, 3, 55],
        ["合计", 40, 12, 3, 55],
    ])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert not plan.refused, messages(plan)
    skipped = [str(p) for p in plan.files[0].skipped]
    assert any("“某某开发区”列未导入：不是本规划的填报单位" in s and "!D1]" in s for s in skipped)
    assert any("“合计”是合计，不作为单位导入" in s and "!E1]" in s for s in skipped)
    assert any("“合计”是合计，不作为指标导入" in s for s in skipped)
    assert not plan.files[0].unmatched  # a total is not proposed as an indicator either
    commit_baseline_import(county, plan)
    assert base(county, "qingtongxia.yumin", BEDS) == 12
    assert base(county, PLAN, BEDS) is None  # 合计 never became the region's figure


def test_units_down_lists_rows_it_does_not_know(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "down.xlsx", [
        ["单位", "设立家庭照护床位", "居家适老化改造户数"],
        ["大坝镇", 40, 100],
        ["某某村", 2, 3],
        ["小计", 42, 103],
    ])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    skipped = [str(p) for p in plan.files[0].skipped]
    assert any("“某某村”行未导入" in s for s in skipped) and any("“小计”是合计" in s for s in skipped)
    assert len(plan.files[0].values) == 2


@pytest.mark.parametrize(("value", "message"), [
    (12.5, "应为整数"), (-3, "不能为负数"), ("约400", "不是一个明确的数字"),
    # Look-alike digits NFKC would fold into other numbers (issue 13, item 4: every path).
    ("10²", "不是一个明确的数字"), ("120①", "不是一个明确的数字"), ("⑫", "不是一个明确的数字"),
    ("١٢", "不是一个明确的数字")])
def test_the_checks_of_typed_figures(county: Workspace, tmp_path: Path, value: object, message: str) -> None:
    path = sheet(tmp_path / "bad.xlsx", [["指标名称", "2024年末"], ["设立家庭照护床位", value]])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.refused and any(message in m and "!B2]" in m for m in messages(plan))


def test_the_same_figure_twice_names_both_cells(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "twice.xlsx", [["指标名称", "2024年末"], ["设立家庭照护床位", 40],
                                           ["家庭照护床位", 41]],)
    plan = plan_baseline_import(county, [path], 2024, PLAN,
                                mappings={"家庭照护床位": BEDS})
    assert plan.refused and any("出现两次（另一处：Sheet!B2）" in m and "!B3]" in m for m in messages(plan))


def test_percentages_mean_what_excel_shows(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "pct.xlsx", [["指标名称", "2024年末"], ["护理型床位占比", 0.425]],
                 {"B2": "0.0%"})
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert not plan.refused and plan.files[0].values[0].value == 42.5
    for shown, value in (("52.5%", 52.5), (52.5, 52.5)):
        path = sheet(tmp_path / "pct2.xlsx", [["指标名称", "2024年末"], ["护理型床位占比", shown]])
        plan = plan_baseline_import(county, [path], 2024, PLAN)
        assert plan.files[0].values[0].value == value


def test_a_bare_fraction_under_a_rate_is_ambiguous(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "bare.xlsx", [["指标名称", "2024年末（%）"], ["护理型床位占比", 0.8]])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.refused and any("“0.8”不能确定是百分之几" in m and "!B2]" in m for m in messages(plan))
    path = sheet(tmp_path / "over.xlsx", [["指标名称", "2024年末"], ["护理型床位占比", "120%"]])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.refused and any("0%–100%" in m for m in messages(plan))


def test_a_report_from_outside_the_tree_is_refused(county: Workspace, tmp_path: Path) -> None:
    from desktop.usecases.demo import fill_demo
    from desktop.usecases.reports import export_report

    other = create_data_file(tmp_path / "yingkou.sqlite", "yingkou")
    try:
        fill_demo(other, ("yingkou",))
        report = tmp_path / "yingkou-2024Q4.xlsx"
        export_report(other, "yingkou", "yingkou", Q4_2024, report)
    finally:
        other.close()
    plan = plan_baseline_import(county, [report], 2024, None)
    assert plan.refused and any("不在本单位（青铜峡市）的管辖范围内" in m for m in messages(plan))


def test_a_changed_report_is_flagged_as_a_baseline_too(county: Workspace, all_reports: dict[str, list[Path]],
                                                       tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = next(p for p in all_reports[str(Q4_2024)] if p.name.startswith("qingtongxia.daba-"))
    book = openpyxl.load_workbook(source)
    ws = book.worksheets[0]
    row = next(c.row for c in ws["C"] if c.value == "设立家庭照护床位")
    ws[f"K{row}"] = 999
    changed = tmp_path / "changed.xlsx"
    book.save(changed)
    plan = plan_baseline_import(county, [changed], 2024, None)
    assert plan.files[0].changed_after_export and not plan.refused
    county.close()
    cli(["import", "--db", str(county.data.path), "--baseline", "--year", "2024", "--dry-run", str(changed)])
    assert "导出后报表中的数值被改动过" in capsys.readouterr().out


def test_q2_is_no_baseline(county: Workspace, all_reports: dict[str, list[Path]]) -> None:
    daba = next(p for p in all_reports[str(Q2)] if p.name.startswith("qingtongxia.daba-"))
    plan = plan_baseline_import(county, [daba], 2025, None)
    assert plan.refused
