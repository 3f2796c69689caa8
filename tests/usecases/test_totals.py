"""The county's consolidated report in the cases every county meets (DESIGN §2), each from
real files: towns' and departments' own data files, their reports exported, imported into
the county's file, the consolidated workbook read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.periods import Period
from desktop.records import Entry, EntryKey
from desktop.rules.checks import check_entry
from desktop.usecases.checking import run_checks
from desktop.usecases.consolidating import consolidate
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import read_entry, set_fields
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file
from tests.usecases.totals import (
    cell,
    detail_lines,
    header_row,
    import_all,
    shown,
    type_in,
    unit_report,
    words,
)

PLAN = "qingtongxia"
Q1, Q2 = Period(2025, 1), Period(2025, 2)
BEDS = "qingtongxia.family_care_beds"  # 设立家庭照护床位, 张, stock, towns and the county
ADAPTED = "qingtongxia.home_aging_adaptation_households"  # 居家适老化改造户数, 户, flow
ASSESSMENT = "qingtongxia.ability_assessment_institutions"  # 民政局、卫生健康局、残联, 1家
LOTTERY = "qingtongxia.welfare_lottery_fund_elderly_share"  # parts in 万元
VACANCY = "qingtongxia.institution_bed_vacancy_rate"  # ≤ 40%
SHARE = "qingtongxia.nursing_bed_share"  # ≥ 60%


@pytest.fixture
def county(tmp_path: Path) -> Workspace:
    ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="县民政局")
    yield ws
    ws.close()


def consolidated(ws: Workspace, tmp_path: Path, period: Period = Q2) -> openpyxl.Workbook:
    path = tmp_path / f"青铜峡市-{period}-汇总.xlsx"
    consolidate(ws, PLAN, PLAN, period, path)
    return openpyxl.load_workbook(path)


# 1. Children plus 本级 -----------------------------------------------------------------


def test_the_county_own_entry_is_one_more_contributor(county: Workspace, tmp_path: Path) -> None:
    towns = {"qingtongxia.daba": "20", "qingtongxia.xiakou": "30", "qingtongxia.yumin": "40"}
    import_all(county, [unit_report(tmp_path / "towns", PLAN, unit, {Q2: {BEDS: {"value": v}}}, Q2)
                        for unit, v in towns.items()])
    type_in(county, PLAN, PLAN, {Q2: {BEDS: {"value": "5"},  # 本级: the county's own institutions
                                      "qingtongxia.life_expectancy": {"value": "78.5"}}})
    book = consolidated(county, tmp_path)
    ws = book["表1 积极应对人口老龄化实施方案基本指标"]
    assert cell(ws, "设立家庭照护床位", "本季度").value == 95  # 20 + 30 + 40 + 本级 5, never 5
    assert cell(ws, "人均预期寿命", "本季度").value == 78.5  # only the county reports it
    line = detail_lines(book, "设立家庭照护床位")["期末数"]
    assert (line["大坝镇"], line["峡口镇"], line["裕民街道"], line["本级"], line["汇总数"]) == (
        20, 30, 40, 5, 95)


def test_the_demo_writes_small_own_figures_for_the_county(tmp_path: Path) -> None:
    ws = create_data_file(tmp_path / "demo.sqlite", PLAN)
    try:
        fill_demo(ws, (PLAN,))
        own = read_entry(ws, EntryKey(PLAN, BEDS, PLAN, str(Q2))).value
        towns = [read_entry(ws, EntryKey(PLAN, BEDS, c, str(Q2))).value
                 for c in ("qingtongxia.daba", "qingtongxia.xiakou", "qingtongxia.yumin")]
        assert own is not None and 0 < own < min(towns)
        # A figure the departments report has no 本级 beside it: it would count twice.
        assert read_entry(ws, EntryKey(PLAN, ASSESSMENT, PLAN, str(Q2))).is_blank
        result = consolidate(ws, PLAN, PLAN, Q2)
        beds = next(r for s in result.spec.sheets for r in s.rows if r.indicator_id == BEDS)
        detail = next(d for d in result.spec.detail.rows if d.row.indicator_id == BEDS)
        assert beds.value == sum(c.value for c in detail.cells.values()) + own
    finally:
        ws.close()


# 3. One figure, several departments ----------------------------------------------------


def test_departments_sharing_a_figure_are_not_added(county: Workspace, tmp_path: Path) -> None:
    said = {"qingtongxia.dept.minzheng": "1", "qingtongxia.dept.weijian": "1",
            "qingtongxia.dept.canlian": "2"}
    import_all(county, [unit_report(tmp_path / "depts", PLAN, unit,
                                    {Q2: {ASSESSMENT: {"value": v}}}, Q2)
                        for unit, v in said.items()])
    book = consolidated(county, tmp_path)
    ws = book["表1 积极应对人口老龄化实施方案基本指标"]
    assert cell(ws, "建立老年人能力综合评估机构", "本季度").value == 1  # the lead's, not 1+1+2
    assert words(cell(ws, "建立老年人能力综合评估机构", "完成进度").value) == "100%已达标"
    line = detail_lines(book, "建立老年人能力综合评估机构")["期末数"]
    assert line["汇总数"] == 1
    departments = words(line["部门报送"])
    assert "民政局1（计入）" in departments  # 民政局 is the first named: the lead
    assert "卫生健康局1；" in departments  # the same figure: shown, not flagged
    assert "残联2△" in departments  # unlike the lead's: flagged, never added


# 4. 本年累计 from what the children said -------------------------------------------------


def test_year_to_date_uses_each_town_own_when_earlier_quarters_are_missing(
        county: Workspace, tmp_path: Path) -> None:
    q1 = {"qingtongxia.daba": "20", "qingtongxia.xiakou": "25", "qingtongxia.qujing": "30"}
    q2_files, q1_files = [], {}
    for unit, first in q1.items():
        figures = {Q1: {ADAPTED: {"value": first}}, Q2: {ADAPTED: {"value": "20"}}}
        q2_files.append(unit_report(tmp_path / "q2", PLAN, unit, figures, Q2))
        q1_files[unit] = unit_report(tmp_path / "q1", PLAN, unit, figures, Q1)
    import_all(county, q2_files)  # the county never imported their first quarter
    book = consolidated(county, tmp_path)
    ws = book["表1 积极应对人口老龄化实施方案基本指标"]
    assert cell(ws, "居家适老化改造户数", "本季度").value == 60
    assert cell(ws, "居家适老化改造户数", "本年累计").value == 135  # 40 + 45 + 50, not 60
    coverage = shown(ws.cell(header_row(ws) - 1, 1).value)
    assert "本年累计中，峡口镇、大坝镇、瞿靖镇按其报表所报本年累计计入" in coverage  # tree order
    line = detail_lines(book, "居家适老化改造户数")["本年累计"]
    assert (line["大坝镇"], line["峡口镇"], line["瞿靖镇"], line["汇总数"]) == (40, 45, 50, 135)
    detail = book["分单位明细"]
    marked = [c for row in detail.iter_rows() for c in row if c.value == 40]
    assert any("※" in c.number_format for c in marked)
    # Once the county holds 大坝镇's first quarter, its quarters add up and nothing is said of it.
    import_all(county, [q1_files["qingtongxia.daba"]])
    again = consolidate(county, PLAN, PLAN, Q2).spec
    row = next(r for s in again.sheets for r in s.rows if r.indicator_id == ADAPTED)
    assert row.year_to_date == 135
    assert "大坝镇" not in again.coverage and "峡口镇、瞿靖镇" in again.coverage


# 5. Percentages are never summed over quarters ------------------------------------------


def test_a_growth_rate_is_shown_as_written_not_summed(county: Workspace, tmp_path: Path) -> None:
    growth = "qingtongxia.budget_expenditure_growth"
    type_in(county, PLAN, PLAN, {Q1: {growth: {"value": "13.3"}}, Q2: {growth: {"value": "13.3"}}})
    ws = consolidated(county, tmp_path)["一、实施背景和条件(2020年基数)"]
    assert cell(ws, "市本级一般公共预算支出同比增长", "本年数").value == 13.3  # not 26.6


# 6. Rates whose parts are money ---------------------------------------------------------


def test_a_rate_of_money_takes_decimal_parts_everywhere(county: Workspace, tmp_path: Path) -> None:
    office = create_data_file(tmp_path / "minzheng.sqlite", "qingtongxia.dept.minzheng")
    try:
        key = EntryKey(PLAN, LOTTERY, "qingtongxia.dept.minzheng", str(Q2))
        set_fields(office, key, {"numerator": "356.8", "denominator": "648.5"})
        assert not [f for f in run_checks(office, PLAN, key.unit, Q2) if f.indicator == LOTTERY]
        report = tmp_path / "民政局.xlsx"
        export_report(office, PLAN, key.unit, Q2, report)
    finally:
        office.close()
    sheet = openpyxl.load_workbook(report)["表1 积极应对人口老龄化实施方案基本指标"]
    numerator = cell(sheet, "福利彩票公益金用于养老服务业的比例", "分子")
    rules = {dv.type: str(dv.sqref).split() for dv in sheet.data_validations.dataValidation}
    assert numerator.coordinate in rules["decimal"]
    assert numerator.coordinate not in rules.get("whole", [])
    import_all(county, [report])
    assert read_entry(county, key) == Entry(numerator=356.8, denominator=648.5)
    total = consolidate(county, PLAN, PLAN, Q2).spec
    row = next(r for s in total.sheets for r in s.rows if r.indicator_id == LOTTERY)
    assert row.value == pytest.approx(356.8 / 648.5 * 100)
    counted = county.catalog.plan(PLAN).indicator(SHARE)  # parts that are counts stay whole
    assert [f.code for f in check_entry(counted, Entry(numerator=2.5, denominator=10))] == ["whole"]


# 8. A ceiling is kept or exceeded; a failing row is not green ---------------------------


def test_an_at_most_target_reads_as_kept_or_exceeded(tmp_path: Path) -> None:
    kept = unit_report(tmp_path, PLAN, "qingtongxia.daba",
                       {Q2: {VACANCY: {"numerator": "307", "denominator": "1000"}}}, Q2)
    over = unit_report(tmp_path, PLAN, "qingtongxia.xiakou",
                       {Q2: {VACANCY: {"numerator": "500", "denominator": "1000"}}}, Q2)
    for path, text, fill in ((kept, "30.7%（≤40%）已达标", "C6EFCE"),
                              (over, "超出上限 10.0 个百分点", "FFC7CE")):
        ws = openpyxl.load_workbook(path)["表1 积极应对人口老龄化实施方案基本指标"]
        progress = cell(ws, "机构养老床位空置率", "完成进度")
        assert words(progress.value) == "".join(text.split())
        assert progress.fill.fgColor.rgb.endswith(fill)


def test_a_row_with_a_failing_check_shows_no_green_progress(tmp_path: Path) -> None:
    # 30 % to 65 % in one quarter: a jump the checks ask a 情况说明 for, and none was written.
    path = unit_report(tmp_path, PLAN, "qingtongxia.daba", {
        Q1: {SHARE: {"numerator": "30", "denominator": "100"}},
        Q2: {SHARE: {"numerator": "65", "denominator": "100"}}}, Q2)
    ws = openpyxl.load_workbook(path)["表1 积极应对人口老龄化实施方案基本指标"]
    progress = cell(ws, "护理型床位占比", "完成进度")
    assert words(progress.value) == "108%已达标（待核实）"
    assert progress.fill.fgColor.rgb in (None, "00000000")


# 9. The statistics layout: the same period last year, changes of a rate in 百分点 ---------


def test_statistics_compare_with_the_same_period_last_year(county: Workspace,
                                                           tmp_path: Path) -> None:
    last = Period(2024, 1), Period(2024, 2)
    type_in(county, PLAN, PLAN, {
        last[0]: {"qingtongxia.gdp": {"value": "30"}},
        last[1]: {"qingtongxia.gdp": {"value": "32"},
                  "qingtongxia.population_60_plus_share": {"numerator": "4000", "denominator": "24000"}},
        Q1: {"qingtongxia.gdp": {"value": "33"}, "qingtongxia.budget_revenue": {"value": "3.5"}},
        Q2: {"qingtongxia.gdp": {"value": "35"}, "qingtongxia.budget_revenue": {"value": "3.9"},
             "qingtongxia.population_60_plus_share": {"numerator": "4200", "denominator": "24000"}}})
    ws = consolidated(county, tmp_path)["一、实施背景和条件(2020年基数)"]
    assert cell(ws, "地区生产总值", "本年数").value == 68
    assert cell(ws, "地区生产总值", "上年同期").value == 62  # 2024's first half, not its year
    assert cell(ws, "地区生产总值", "比上年同期增减").value == pytest.approx(6)
    assert cell(ws, "地区生产总值", "增减率").value == pytest.approx(6 / 62)
    assert cell(ws, "市本级一般公共预算收入", "上年同期").value == "上年同期无数据"
    assert cell(ws, "市本级一般公共预算收入", "比上年同期增减").value is None
    change = cell(ws, "60岁及以上老年人口占总人口比例", "比上年同期增减")
    assert change.value == pytest.approx(17.5 - 4000 / 24000 * 100)
    assert "个百分点" in change.number_format
    assert cell(ws, "60岁及以上老年人口占总人口比例", "增减率").value is None


# 10–11. The coverage line, 报送情况 and both extra sheets print-ready ----------------------


def test_coverage_line_and_the_extra_sheets_print_like_the_main_ones(
        county: Workspace, tmp_path: Path) -> None:
    files = [unit_report(tmp_path / "towns", PLAN, unit, {Q2: {BEDS: {"value": "10"}}}, Q2)
             for unit in ("qingtongxia.daba", "qingtongxia.xiakou")]
    edited = openpyxl.load_workbook(files[1])
    sheet = edited["表1 积极应对人口老龄化实施方案基本指标"]
    cell(sheet, "设立家庭照护床位", "本季度").value = 12  # changed after export
    edited.save(files[1])
    import_all(county, files)
    book = consolidated(county, tmp_path)
    for ws in book.worksheets:
        if ws.sheet_state != "visible" or ws.title == "报送情况":
            continue
        assert shown(ws.cell(header_row(ws) - 1, 1).value) == \
            "汇总范围：应报 28 个单位，已报 2 个（未报单位见“报送情况”）", ws.title
    status = book["报送情况"]
    assert shown(status.cell(header_row(status) - 1, 1).value).startswith(
        "应报 28 个单位，已报 2 个，未报 26 个（陈袁滩镇、")
    rows = {r[1]: r for r in status.iter_rows(min_row=header_row(status) + 1, values_only=True)}
    assert rows["大坝镇"][5] == "否" and rows["峡口镇"][5] == "是" and rows["叶盛镇"][2] == "未收到"
    detail = book["分单位明细"]
    labels = [c.value for c in detail[header_row(detail)]]
    assert labels[:4] == ["序号", "指标名称", "单位", "口径"] and "本级" in labels
    bands = [c.value for c in detail["A"] if isinstance(c.value, str)]
    assert "表1 积极应对人口老龄化实施方案基本指标" in bands and "类别：居家社区养老" in bands
    for ws in (detail, status):
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.protection.sheet
        h = header_row(ws)
        assert ws.print_title_rows == f"${h}:${h}" and ws.print_title_cols == "$A:$B"
        assert "&P" in ws.oddFooter.center.text and ws.page_margins.footer < ws.page_margins.bottom
        assert ws["A3"].value.startswith("填报单位（盖章）：青铜峡市")


# 12. A table with no rows for the unit is not printed -----------------------------------


def test_a_town_report_prints_only_the_tables_it_has_rows_in(tmp_path: Path) -> None:
    path = unit_report(tmp_path, PLAN, "qingtongxia.daba", {Q2: {BEDS: {"value": "3"}}}, Q2)
    book = openpyxl.load_workbook(path)
    visible = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    assert visible == ["表1 积极应对人口老龄化实施方案基本指标", "四、主要任务中的量化目标"]
    county = create_data_file(tmp_path / "county.sqlite", PLAN)
    try:
        import_all(county, [path])  # and it imports as before
        key = EntryKey(PLAN, BEDS, "qingtongxia.daba", str(Q2))
        assert read_entry(county, key).value == 3
    finally:
        county.close()
