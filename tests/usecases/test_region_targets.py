"""A unit below the region sees the region's totals as （全域）, consolidated or not: a
district's consolidated report is not judged against the whole city's target (DESIGN §5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl

from desktop.catalog import load_catalog
from desktop.periods import Period
from desktop.usecases.consolidating import consolidate
from desktop.usecases.workspace import create_data_file
from tests.usecases.totals import cell, import_all, unit_report, words

Q2 = Period(2025, 2)
UNITS = """
[[unit]]
code = "city"
name = "样例市"
type = "city"

[[unit]]
code = "city.east"
name = "东区"
type = "district"
parent = "city"

[[unit]]
code = "city.east.a"
name = "甲街道"
type = "street"
parent = "city.east"

[[unit]]
code = "city.east.b"
name = "乙街道"
type = "street"
parent = "city.east"
"""
PLAN = """
[plan]
id = "city"
title = "样例市养老服务体系建设方案（2023-2025年）"
short_title = "样例市养老服务"
issuer = "样例市人民政府"
published = "2023-01-01"
years = [2023, 2025]
version = 1
region = "city"
source_file = "001_a7f631645fadad55.txt"

[[table]]
id = "basic"
title = "表1 主要指标"
layout = "indicators"
source = { file = "001_a7f631645fadad55.txt", section = "表1", quote = "表1" }

[[indicator]]
id = "city.beds"
table = "basic"
section = "机构养老"
name = "养老床位数"
unit = "张"
kind = "count"
measure = "stock"
direction = "at_least"
reporting_level = ["city", "district", "street"]
targets = { 2025 = { value = 1000, text = "1000张" } }
source = { file = "001_a7f631645fadad55.txt", section = "表1", quote = "养老床位 1000张" }

[[indicator]]
id = "city.nursing_share"
table = "basic"
section = "机构养老"
name = "护理型床位占比"
unit = "%"
kind = "rate"
measure = "stock"
direction = "at_least"
reporting_level = ["city", "district", "street"]
numerator = "护理型床位数"
denominator = "养老床位数"
targets = { 2025 = { value = 60, text = "60%" } }
source = { file = "001_a7f631645fadad55.txt", section = "表1", quote = "护理型床位占比 60%" }
"""


def test_a_district_total_is_not_judged_against_the_city_target(
        make_schema: Callable[..., Path], tmp_path: Path) -> None:
    catalog = load_catalog(make_schema(plan=PLAN, units=UNITS))
    figures = {Q2: {"city.beds": {"value": "300"},
                    "city.nursing_share": {"numerator": "180", "denominator": "300"}}}
    streets = [unit_report(tmp_path / "streets", "city", code, figures, Q2, catalog)
               for code in ("city.east.a", "city.east.b")]
    district = create_data_file(tmp_path / "east.sqlite", "city.east", catalog=catalog)
    try:
        import_all(district, streets)
        summary = tmp_path / "东区-汇总.xlsx"
        consolidate(district, "city", "city.east", Q2, summary)
    finally:
        district.close()
    ws = openpyxl.load_workbook(summary)["表1 主要指标"]
    # 600 beds are 60 % of the city's 1000: not "60% 明显滞后" for the district.
    assert words(cell(ws, "养老床位数", "2025年目标").value) == "1000张（全域）"
    assert cell(ws, "养老床位数", "完成进度").value is None
    assert words(cell(ws, "护理型床位占比", "完成进度").value) == "100%已达标"  # a rate applies
    town = openpyxl.load_workbook(streets[0])["表1 主要指标"]
    assert words(cell(town, "养老床位数", "2025年目标").value) == "1000张（全域）"
    # The city, to which the district reports, measures the whole against its target.
    city = create_data_file(tmp_path / "city.sqlite", "city", catalog=catalog)
    try:
        import_all(city, [summary])
        total = tmp_path / "样例市-汇总.xlsx"
        consolidate(city, "city", "city", Q2, total)
    finally:
        city.close()
    top = openpyxl.load_workbook(total)["表1 主要指标"]
    assert words(cell(top, "养老床位数", "2025年目标").value) == "1000张"
    assert cell(top, "养老床位数", "本季度").value == 600
    assert words(cell(top, "养老床位数", "完成进度").value) == "60%明显滞后"


def test_a_unit_own_target_replaces_the_region_total(make_schema: Callable[..., Path]) -> None:
    """Where the county has set a unit its own target (目标分解, `[[unit_target]]` to come), the
    row shows that target and measures progress against it, with no （全域）."""
    from desktop.catalog import Target
    from desktop.records import Entry
    from desktop.usecases.rows import row_for

    beds = load_catalog(make_schema(plan=PLAN, units=UNITS)).plan("city").indicator("city.beds")
    plain = row_for(beds, Q2, {Q2: Entry(value=300)}, {}, False)
    assert plain.target_text == "1000张（全域）" and plain.progress_text == ""
    own = row_for(beds, Q2, {Q2: Entry(value=300)}, {}, False,
                  own_target=Target(2025, "300张", 300))
    assert own.target_text == "300张" and words(own.progress_text) == "100%已达标"
