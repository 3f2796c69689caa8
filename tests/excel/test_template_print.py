"""The blank template's print carries what the county holds (issue 14, item 13: "上年基数
and 本年累计 show on the template's print when the county has them"): printed for a clerk
who fills it in by hand, 本年累计 of a flow shows the year so far before this quarter is
typed, and the quarter added once it is. Rendered by LibreOffice, as the office prints it."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from desktop.periods import Period
from desktop.usecases.reports import write_template
from desktop.usecases.workspace import create_data_file
from tests.excel.test_render import _pages, _render, needs_office
from tests.usecases.totals import cell, import_all, unit_report

PLAN, DABA = "qingtongxia", "qingtongxia.daba"
ADAPTED = "qingtongxia.home_aging_adaptation_households"  # 居家适老化改造户数, a flow
TABLE1 = "表1 积极应对人口老龄化实施方案基本指标"


def printed_line(pdf: Path, name: str) -> str:
    return next(line for page in _pages(pdf) for line in page.splitlines() if name in line)


@needs_office
@pytest.mark.slow
def test_the_blank_templates_print_shows_the_year_so_far(tmp_path: Path) -> None:
    first = unit_report(tmp_path / "q1", PLAN, DABA, {Period(2025, 1): {ADAPTED: {"value": "37"}}},
                        Period(2025, 1))
    with create_data_file(tmp_path / "county.sqlite", PLAN) as county:
        import_all(county, [first])
        blank = tmp_path / "blank.xlsx"
        write_template(county.catalog, PLAN, DABA, Period(2025, 2), blank, county)
    filled = tmp_path / "filled.xlsx"
    book = openpyxl.load_workbook(blank)
    cell(book[TABLE1], "居家适老化改造户数", "本季度").value = 5
    book.save(filled)
    _render([blank, filled], tmp_path)
    assert re.search(r"\s37$", printed_line(blank.with_suffix(".pdf"), "居家适老化改造户数"))
    assert re.search(r"\s5\s+42$", printed_line(filled.with_suffix(".pdf"), "居家适老化改造户数"))
