"""Consolidation: summed parts, never averaged percentages; the same report from the
source file as from a county file that imported every unit's reports."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from desktop.catalog import Catalog, Unit, UnitTree, load_catalog
from desktop.excel.meta import META_SHEET
from desktop.records import Entry, EntryKey
from desktop.store import values as store
from desktop.usecases.baselines import commit_baseline_import, plan_baseline_import
from desktop.usecases.consolidating import consolidate
from desktop.usecases.entry import read_entry, set_fields, set_many
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file
from tests.usecases.conftest import PLAN, Q1, Q2, Q4_2024

SHARE = "qingtongxia.nursing_bed_share"


def rows(result) -> dict[str, tuple]:
    return {r.indicator_id: (r.value, r.numerator, r.denominator, r.year_to_date, r.baseline,
                             r.progress_text) for s in result.spec.sheets for r in s.rows}


def test_same_report_from_source_and_from_imported_reports(
        source: Workspace, county: Workspace, reports: dict[str, list[Path]], tmp_path: Path) -> None:
    # Last year's consolidated report gives the county its own 上年基数 (the total).
    last_year = tmp_path / "qingtongxia-2024Q4.xlsx"
    export_report(source, PLAN, PLAN, Q4_2024, last_year)
    baseline = plan_baseline_import(county, [*reports[str(Q4_2024)], last_year], 2024, None)
    assert not baseline.refused
    commit_baseline_import(county, baseline)
    for period in (Q1, Q2):
        # The county's own figures (本级) are typed in its own file, never imported back.
        plan = plan_import(county, reports[str(period)])
        assert not plan.refused, [str(p) for f in plan.files for p in f.refusals]
        commit_import(county, plan)
    # The county's own 本级 it types into its own file.
    own = source.data.db.execute(
        "SELECT indicator, period, value, numerator, denominator, text FROM reported_values "
        "WHERE unit = ? AND period IN (?, ?)", (PLAN, str(Q1), str(Q2))).fetchall()
    assert own, "the demo writes 本级 figures for the county"
    set_many(county, {EntryKey(PLAN, i, PLAN, p): {k: v for k, v in zip(
        ("value", "numerator", "denominator", "text"), rest, strict=True) if v is not None}
        for i, p, *rest in own}, "typed")
    from_source = consolidate(source, PLAN, PLAN, Q2)
    from_county = consolidate(county, PLAN, PLAN, Q2, tmp_path / "county-summary.xlsx")
    assert rows(from_county) == rows(from_source)
    assert from_county.missing == 0
    book = openpyxl.load_workbook(tmp_path / "county-summary.xlsx")
    assert {"分单位明细", "报送情况"} <= set(book.sheetnames)
    status = book["报送情况"]
    header = next(r for r in status.iter_rows(values_only=True) if r[0] == "序号")
    assert list(header) == ["序号", "单位名称", "报送情况", "收到时间", "来源文件", "导出后改动", "验证",
                            "审核警告"]
    body = [r for r in status.iter_rows(values_only=True) if r[0] and str(r[0]).isdigit()]
    assert {r[2] for r in body} == {"已收到"} and {r[5] for r in body} == {"否"}
    assert {r[6] for r in body} == {"未验证"}  # the demo's file is enrolled by no package
    assert "qingtongxia.daba-2025Q2.xlsx" in {r[4] for r in body}


def entries_of(ws: Workspace, unit: str, period: str) -> dict[EntryKey, Entry]:
    found = store.read_entries(ws.data.db, PLAN, [unit], [period])
    return {EntryKey(PLAN, ind, u, p): e for (ind, u, p), e in found.items()}


def test_the_county_own_report_is_not_imported_back(county: Workspace,
                                                     all_reports: dict[str, list[Path]]) -> None:
    own = next(p for p in all_reports[str(Q2)] if p.name.startswith(f"{PLAN}-"))
    plan = plan_import(county, [own])
    assert plan.refused
    assert any("本单位（青铜峡市）自己的报表" in str(p) for p in plan.files[0].refusals)


def test_rates_add_up_from_their_parts(tmp_path: Path) -> None:
    ws = create_data_file(tmp_path / "c.sqlite", PLAN)
    try:
        # 90 % of 10 and 10 % of 100: the average of the rates is 50 %, the county's is 17.3 %.
        for unit, (num, den) in {"qingtongxia.daba": (9, 10), "qingtongxia.xiakou": (10, 100)}.items():
            set_fields(ws, EntryKey(PLAN, SHARE, unit, str(Q2)),
                       {"numerator": str(num), "denominator": str(den)})
        result = consolidate(ws, PLAN, PLAN, Q2)
        row = next(r for s in result.spec.sheets for r in s.rows if r.indicator_id == SHARE)
        assert (row.numerator, row.denominator) == (19, 110)
        assert row.value == pytest.approx(19 / 110 * 100)
        assert row.value != pytest.approx(50)
        assert result.received == 2 and result.missing > 0
    finally:
        ws.close()


def test_consolidated_report_imports_at_the_next_level(source: Workspace, tmp_path: Path) -> None:
    summary = tmp_path / "青铜峡市-汇总.xlsx"
    consolidate(source, PLAN, PLAN, Q2, summary)
    book = openpyxl.load_workbook(summary)
    assert next(r[2] for r in book[META_SHEET].iter_rows(values_only=True)
                if r[1] == "kind") == "consolidated"
    # The level above (吴忠市, which the shipped tree does not hold) takes it like any report.
    catalog = load_catalog()
    units = tuple(replace(u, parent="wuzhong") if u.code == PLAN else u for u in catalog.units.units)
    above_catalog = Catalog(catalog.plans, UnitTree((Unit("wuzhong", "吴忠市", "city"), *units)))
    above = create_data_file(tmp_path / "above.sqlite", "wuzhong", catalog=above_catalog)
    try:
        plan = plan_import(above, [summary])
        assert not plan.refused, [str(p) for f in plan.files for p in f.refusals]
        commit_import(above, plan)
        entry = read_entry(above, EntryKey(PLAN, SHARE, PLAN, str(Q2)))
        expected = next(r for s in consolidate(source, PLAN, PLAN, Q2).spec.sheets for r in s.rows
                        if r.indicator_id == SHARE)
        assert (entry.numerator, entry.denominator) == (expected.numerator, expected.denominator)
    finally:
        above.close()


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE and not os.environ.get("CI"), reason="LibreOffice not installed")
@pytest.mark.slow
def test_a_report_resaved_by_libreoffice_imports_to_the_same_values(
        source: Workspace, county: Workspace, reports: dict[str, list[Path]], tmp_path: Path) -> None:
    original = next(p for p in reports[str(Q2)] if p.name.startswith("qingtongxia.daba-"))
    resaved_dir = tmp_path / "resaved"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(resaved_dir),
                    str(original)], check=True, capture_output=True, timeout=240)
    resaved = resaved_dir / original.name
    assert resaved.exists() and resaved.read_bytes() != original.read_bytes()
    plan = plan_import(county, [resaved])
    assert not plan.refused, [str(p) for f in plan.files for p in f.refusals]
    assert not plan.files[0].changed_after_export
    commit_import(county, plan)
    for indicator in ("qingtongxia.family_care_beds", SHARE,
                      "qingtongxia.home_aging_adaptation_households"):
        key = EntryKey(PLAN, indicator, "qingtongxia.daba", str(Q2))
        assert read_entry(county, key) == read_entry(source, key)
