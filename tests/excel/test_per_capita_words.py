"""The words shown for a per-capita row follow its scale and denominator: the report's
说明 and the window's 类型 said 每万 whatever the row counted on (issue 15)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.catalog import Kind, Layout, load_catalog
from desktop.excel.spec import ReportRow, ReportSheet
from desktop.excel.table_sheet import explanation
from desktop.usecases.reports import write_template
from tests.excel.conftest import Q2


def _row(kind: Kind, scale: float = 1.0, den: str = "") -> ReportRow:
    return ReportRow("x.a", "1", "类", "名", "", kind, scale=scale, denominator_name=den)


def note_text(rows: tuple[ReportRow, ...]) -> str:
    return explanation(ReportSheet("t", "表", Layout.INDICATORS, rows), template=False)


def test_the_note_names_each_base_the_sheet_uses() -> None:
    note = note_text((_row(Kind.RATE, 100), _row(Kind.PER_CAPITA, 1000, "常住人口数"),
                      _row(Kind.PER_CAPITA, 10000, "老年人口数"), _row(Kind.PER_CAPITA, 1000, "常住人口数")))
    assert "比率＝分子÷分母×100%，每千人指标＝分子÷常住人口数×1000，每万人指标＝分子÷老年人口数×10000；" in note
    assert note.count("每千人") == 1


def test_a_sheet_without_per_capita_rows_does_not_mention_them() -> None:
    note = note_text((_row(Kind.RATE, 100), _row(Kind.COUNT)))
    assert "比率＝分子÷分母×100%；" in note and "每万" not in note and "每千" not in note


def test_a_template_of_a_per_thousand_plan_says_per_thousand(tmp_path: Path) -> None:
    catalog = load_catalog()
    plan = catalog.plan("qingtongxia")
    per = [i for i in plan.indicators if i.kind is Kind.PER_CAPITA]
    assert {i.scale for i in per} == {1000, 10000}
    path = write_template(catalog, "qingtongxia", "qingtongxia", Q2, tmp_path / "t.xlsx").path
    book = openpyxl.load_workbook(path)
    notes = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("说明：")]
    thousand = next(i for i in per if i.scale == 1000)
    assert any(f"每千人指标＝分子÷{thousand.denominator}×1000" in n for n in notes)
    assert not any("每万老年人指标＝分子÷老年人口×10000" in n for n in notes)
