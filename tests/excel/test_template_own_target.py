"""A blank template made from the county's file sets the unit's own target (目标分解) in
its 目标 column, as the unit's report does (issue 18, item 1: report, template, window and
dashboard); without the county's file it can only say the region's （全域）."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.catalog import load_catalog
from desktop.periods import Period
from desktop.usecases.reports import write_template
from desktop.usecases.targets import set_target
from desktop.usecases.workspace import create_data_file
from tests.usecases.totals import cell, shown

PLAN, DABA = "qingtongxia", "qingtongxia.daba"
HOMES = "qingtongxia.home_aging_adaptation_households"  # 居家适老化改造户数, 1000户 for the county
TABLE1 = "表1 积极应对人口老龄化实施方案基本指标"


def test_the_template_carries_the_units_own_target(tmp_path: Path) -> None:
    with create_data_file(tmp_path / "county.sqlite", PLAN) as county:
        set_target(county, PLAN, HOMES, DABA, 2025, "120")
        write_template(county.catalog, PLAN, DABA, Period(2025, 2), tmp_path / "own.xlsx", county)
    write_template(load_catalog(), PLAN, DABA, Period(2025, 2), tmp_path / "region.xlsx")
    own = openpyxl.load_workbook(tmp_path / "own.xlsx")[TABLE1]
    region = openpyxl.load_workbook(tmp_path / "region.xlsx")[TABLE1]
    assert shown(cell(own, "居家适老化改造户数", "2025年目标").value) == "120户"
    assert shown(cell(region, "居家适老化改造户数", "2025年目标").value) == "1000户（全域）"
