"""比上年同期增减 and 增减率 as the printed page shows them (issue 14, item 9; seen in the
LibreOffice render of 青铜峡's county report): a change too small to show at the printed
precision reads 0.0, never "-0.0个百分点" or "-0.0%"."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from openpyxl.cell import Cell

from desktop.periods import Period
from desktop.usecases.consolidating import consolidate
from desktop.usecases.workspace import create_data_file
from tests.usecases.totals import cell, type_in

PLAN = "qingtongxia"
SHARE = "qingtongxia.population_60_plus_share"  # 60岁及以上老年人口占总人口比例, %
GDP = "qingtongxia.gdp"  # 地区生产总值, 亿元, flow
BACKGROUND = "一、实施背景和条件(2020年基数)"


def as_printed(c: Cell) -> str:
    """The text Excel and LibreOffice show for a number under a three-part format
    (positive;negative;zero): the part is chosen by the sign of the stored number."""
    value = float(c.value)  # type: ignore[arg-type]
    positive, negative, zero = c.number_format.split(";")
    part = positive if value > 0 else negative if value < 0 else zero
    sign = part[0] if part[0] in "+-" else ""
    places = len(re.search(r"0(?:\.(0+))?", part).group(1) or "")  # type: ignore[union-attr]
    percent = "%" in part
    words = "".join(re.findall(r'"([^"]*)"', part))
    return f"{sign}{abs(value) * (100 if percent else 1):.{places}f}{'%' if percent else ''}{words}"


def test_a_change_below_the_printed_precision_reads_zero(tmp_path: Path) -> None:
    county = create_data_file(tmp_path / "county.sqlite", PLAN)
    try:
        type_in(county, PLAN, PLAN, {
            Period(2024, 1): {GDP: {"value": "1000"}},
            Period(2024, 2): {GDP: {"value": "1000"},
                              SHARE: {"numerator": "4515", "denominator": "30000"}},  # 15.05 %
            Period(2025, 1): {GDP: {"value": "1000"}},
            Period(2025, 2): {GDP: {"value": "999.99"},
                              SHARE: {"numerator": "4506", "denominator": "30000"}}})  # 15.02 %
        path = tmp_path / "青铜峡市-汇总.xlsx"
        consolidate(county, PLAN, PLAN, Period(2025, 2), path)
    finally:
        county.close()
    ws = openpyxl.load_workbook(path)[BACKGROUND]
    assert as_printed(cell(ws, "60岁及以上老年人口占总人口比例", "比上年同期增减")) == "0.0个百分点"
    assert as_printed(cell(ws, "地区生产总值", "比上年同期增减")) == "-0.01"
    assert as_printed(cell(ws, "地区生产总值", "增减率")) == "0.0%"
