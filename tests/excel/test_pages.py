"""The pages that get stamped (DESIGN §5): the blank template's footer and what the county
fills in for it, line breaks, 序号, decimals, the 说明, 表号/制表机关, page breaks that keep a
类别's label."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from desktop.catalog import load_catalog
from desktop.cli import main
from desktop.excel.paging import NO_LINE_END, NO_LINE_START, wrap
from desktop.excel.styles import amount_format
from desktop.periods import Period
from desktop.usecases.baselines import commit_baseline_import, plan_baseline_import
from desktop.usecases.reports import export_report, write_template
from desktop.usecases.workspace import Workspace, create_data_file
from tests.catalog.mini import MINI_PLAN, MINI_UNITS
from tests.excel.conftest import Q2
from tests.usecases.totals import cell, header_row, import_all, unit_report, words

PLAN = "qingtongxia"
Q1, Q4_2024 = Period(2025, 1), Period(2024, 4)
TABLE1 = "表1 积极应对人口老龄化实施方案基本指标"


@pytest.fixture(scope="module")
def county_report(demo_ws: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("county") / "青铜峡市-汇总.xlsx"
    export_report(demo_ws, PLAN, PLAN, Q2, path)  # a parent's report is its consolidation
    return path


def footer(ws: Worksheet) -> dict[str, object]:
    """Each footer label and the cell to its right: {label: cell}."""
    found = {}
    for row in ws.iter_rows(min_row=header_row(ws) + 1):
        for index, c in enumerate(row[:-1]):
            if isinstance(c.value, str) and c.value in ("单位负责人：", "审核人：", "填表人：",
                                                         "联系电话：", "填报日期："):
                found[c.value] = next(x for x in row[index + 1:] if type(x).__name__ != "MergedCell")
    return found


# 13. The blank template -----------------------------------------------------------------


def test_template_footer_is_for_the_office_to_fill(demo_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    write_template(demo_ws.catalog, PLAN, "qingtongxia.daba", Q2, path)
    ws = openpyxl.load_workbook(path)[TABLE1]
    cells = footer(ws)
    for label in ("填表人：", "联系电话：", "填报日期："):
        assert cells[label].value is None, label  # not pre-filled, not pre-dated
        assert not cells[label].protection.locked, label  # a cell the office types into
    assert cells["单位负责人："].protection.locked  # signed by hand on paper
    dated = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月")
    assert not any(isinstance(c.value, str) and dated.search(c.value)
                   for row in ws.iter_rows(min_row=header_row(ws) + 1) for c in row)


def test_a_report_footer_names_the_clerk_and_the_day(demo_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    export_report(demo_ws, PLAN, "qingtongxia.daba", Q2, path)
    cells = footer(openpyxl.load_workbook(path)[TABLE1])
    # The county's file made 大坝镇's report: said as 代填 (issue 13).
    assert cells["填表人："].value == "马丽（青铜峡市代填）" and cells["联系电话："].value == "0953-3012345"
    assert cells["填报日期："].value.endswith("日") and cells["填表人："].protection.locked


def test_a_template_from_the_county_file_carries_what_the_county_holds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    beds, adapted = "qingtongxia.family_care_beds", "qingtongxia.home_aging_adaptation_households"
    figures = {Q4_2024: {beds: {"value": "41"}}, Q1: {beds: {"value": "44"}, adapted: {"value": "12"}}}
    last_year = unit_report(tmp_path / "q4", PLAN, "qingtongxia.daba", figures, Q4_2024)
    first = unit_report(tmp_path / "q1", PLAN, "qingtongxia.daba", figures, Q1)
    county = create_data_file(tmp_path / "county.sqlite", PLAN)
    try:
        baselines = plan_baseline_import(county, [last_year], 2024, None)
        assert not baselines.refused
        commit_baseline_import(county, baselines)
        import_all(county, [first])
    finally:
        county.close()
    path = tmp_path / "大坝镇-2025Q2-空白模板.xlsx"
    code = main(["template", "--db", str(tmp_path / "county.sqlite"), "--plan", PLAN, "--unit",
                 "qingtongxia.daba", "--period", "2025Q2", "-o", str(path)])
    assert code == 0, capsys.readouterr()
    ws = openpyxl.load_workbook(path)[TABLE1]
    assert cell(ws, "设立家庭照护床位", "上年基数").value == 41
    quarter = cell(ws, "居家适老化改造户数", "本季度").coordinate
    assert cell(ws, "居家适老化改造户数", "本年累计").value == \
        f"=IF(ISNUMBER({quarter}),12+{quarter},12)"  # Q1's 12, shown before the quarter is typed
    stock = cell(ws, "设立家庭照护床位", "本季度").coordinate
    assert cell(ws, "设立家庭照护床位", "本年累计").value == f'=IF(ISNUMBER({stock}),{stock},"")'
    assert cell(ws, "设立家庭照护床位", "本季度").value is None  # the quarter is the office's


def test_without_the_county_file_a_template_states_no_year_so_far(demo_ws: Workspace,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    write_template(demo_ws.catalog, PLAN, "qingtongxia.daba", Q2, path)
    ws = openpyxl.load_workbook(path)[TABLE1]
    assert cell(ws, "居家适老化改造户数", "本年累计").value is None  # Q1 unknown: no sum
    assert cell(ws, "设立家庭照护床位", "上年基数").value is None


# 14. Small print -------------------------------------------------------------------------


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(county_report: Path
                                                                      ) -> None:
    book = openpyxl.load_workbook(county_report)
    broken = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if not isinstance(c.value, str) or "\n" not in c.value:
                    continue
                broken += 1
                for line in c.value.split("\n")[1:]:
                    assert line[:1] not in NO_LINE_START, (ws.title, c.coordinate, c.value)
                for line in c.value.split("\n")[:-1]:
                    assert line[-1:] not in NO_LINE_END, (ws.title, c.coordinate, c.value)
    assert broken > 100  # the writer does break the long texts itself
    assert wrap("民政局、自然资源局、住房和城乡建设局", 13)[:2] == ["民政局、", "自然资源局、"]
    assert wrap("37.3%（≤40%）已达标", 15) == ["37.3%（≤40%）", "已达标"]


def test_every_table_numbers_its_rows(county_report: Path) -> None:
    book = openpyxl.load_workbook(county_report)
    for title in ("四、主要任务中的量化目标", "一、实施背景和条件(2020年基数)"):
        ws = book[title]
        first = header_row(ws) + 1
        numbers = []
        for r in range(first, ws.max_row + 1):
            if ws.cell(r, 3).value is None:
                break
            numbers.append(ws.cell(r, 1).value)
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)] and len(numbers) > 10


def test_money_as_the_plan_writes_it(county_report: Path) -> None:
    ws = openpyxl.load_workbook(county_report)["一、实施背景和条件(2020年基数)"]
    assert cell(ws, "地区生产总值", "上年数").number_format == "#,##0.00"  # 131.52亿元
    assert amount_format(356.8, 1) == "#,##0.0" and amount_format(320, 0) == "#,##0"
    assert amount_format(356.85, 1) == "#,##0.00"  # never hides what was entered


def test_the_note_explains_what_the_sheet_holds_in_plain_words(county_report: Path) -> None:
    book = openpyxl.load_workbook(county_report)

    def note(ws: Worksheet) -> str:
        return next(words(c.value) for c in ws["A"] if str(c.value).startswith("说明"))

    background, basic = note(book["一、实施背景和条件(2020年基数)"]), note(book[TABLE1])
    # 每千人拥有床位数, divided by its base as the catalog defines it (issue 15)
    assert re.search(r"每千人指标＝分子÷[^×，]+×1000", background)
    assert "每千人" not in basic and "比率＝分子÷分母×100%" in basic
    assert "上年同期" in background and "百分点" in background
    for text in (background, basic):
        assert "锁定" not in text and "密码" not in text and "其他单元格已设保护" in text


def test_form_code_and_issuer_stand_top_right(make_schema: Callable[..., Path],
                                              tmp_path: Path) -> None:
    plan = MINI_PLAN.replace('source_file = "001_a7f631645fadad55.txt"',
                             'source_file = "001_a7f631645fadad55.txt"\nform_code = "民统1表"\n'
                             'form_issuer = "样例县民政局"', 1)
    catalog = load_catalog(make_schema(plan=plan, units=MINI_UNITS))
    path = tmp_path / "东镇.xlsx"
    write_template(catalog, "mini", "mini.east", Q2, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    corner = next(c for c in ws[2] if c.value and "表号" in str(c.value))
    assert corner.value == "表号：民统1表\n制表机关：样例县民政局"
    assert corner.column > 8 and ws["A2"].value == "（2025年第二季度）"
    plain = tmp_path / "no-code.xlsx"
    write_template(load_catalog(make_schema()), "mini", "mini.east", Q2, plain)
    assert not any("表号" in str(c.value) for c in openpyxl.load_workbook(plain).worksheets[0][2])


def test_a_section_that_crosses_a_page_keeps_its_label(county_report: Path) -> None:
    book = openpyxl.load_workbook(county_report)
    split = 0
    for ws in book.worksheets:
        if ws.sheet_state != "visible" or ws.title in ("分单位明细", "报送情况"):
            continue
        for brk in ws.row_breaks.brk:
            first = brk.id + 1  # the first row of the next page
            label = ws.cell(first, 2)
            assert type(label).__name__ != "MergedCell" and label.value, (ws.title, first)
            above = next((r for r in ws.merged_cells.ranges
                          if r.min_col == 2 and r.min_row < first - 1 and r.max_row == first - 1),
                         None)
            if above is not None and ws.cell(above.min_row, 2).value == label.value:
                split += 1  # the same 类别 runs on across the break, its label on both pages
    assert split >= 1
    assert all(ws.row_breaks.brk for ws in book.worksheets if ws.title in ("分单位明细",))
