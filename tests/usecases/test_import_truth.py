"""What is imported is what the sheet shows (issue 13, items 9 and 10): a report whose
hidden `_meta` disagrees with its printed sheet is refused; a blank cell of a filled
template never deletes a figure; a report's missing figure is cleared only on replace."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.excel.meta import META_SHEET, checksum, header_checksum
from desktop.records import EntryKey
from desktop.usecases.entry import read_entry, set_fields
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report, write_template
from desktop.usecases.workspace import Workspace, create_data_file
from tests.usecases.conftest import PLAN, Q2

DABA, XIAKOU = "qingtongxia.daba", "qingtongxia.xiakou"
BEDS = "qingtongxia.family_care_beds"


def daba_report(reports: dict[str, list[Path]]) -> Path:
    return next(p for p in reports[str(Q2)] if p.name.startswith(f"{DABA}-"))


def forged(source: Path, target: Path, meta: dict[str, str], cells: dict[str, object] | None = None,
           recompute: bool = False) -> Path:
    """A copy with `_meta` values (and visible cells) changed; `recompute`: as a forger who
    also recomputes the header checksum (the values' checksum left as it was)."""
    book = openpyxl.load_workbook(source)
    sheet = book[META_SHEET]
    rows = {r[1].value: r[2] for r in sheet.iter_rows() if r[0].value == "meta"}
    for name, value in meta.items():
        rows[name].value = value
    if recompute:
        values = {k: str(c.value or "") for k, c in rows.items()}
        rows["header_checksum"].value = header_checksum(values)
    for ref, value in (cells or {}).items():
        book.worksheets[0][ref] = value
    book.save(target)
    return target


def refusals(plan: object) -> list[str]:
    return [str(p) for f in plan.files for p in f.refusals]  # type: ignore[attr-defined]


def test_a_report_relabelled_to_another_unit_is_refused(county: Workspace, reports: dict[str, list[Path]],
                                                        tmp_path: Path) -> None:
    path = forged(daba_report(reports), tmp_path / "relabelled.xlsx",
                  {"unit_code": XIAKOU, "unit_name": "峡口镇"})
    plan = plan_import(county, [path])
    assert plan.refused and any("_meta 信息" in m and "被改动过" in m for m in refusals(plan))


def test_relabelled_with_a_recomputed_checksum_the_title_still_tells(
        county: Workspace, reports: dict[str, list[Path]], tmp_path: Path) -> None:
    path = forged(daba_report(reports), tmp_path / "clever.xlsx",
                  {"unit_code": XIAKOU, "unit_name": "峡口镇"}, recompute=True)
    plan = plan_import(county, [path])
    assert plan.refused
    assert any("表头的“填报单位（盖章）：大坝镇”与报表隐藏信息记录的填报单位“峡口镇”不一致" in m and "[表1" in m
               and "!A3]" in m for m in refusals(plan))
    path = forged(daba_report(reports), tmp_path / "period.xlsx", {"period": "2025Q1"}, recompute=True)
    plan = plan_import(county, [path])
    assert any("统计期“（2025年第二季度）”" in m and "!A2]" in m for m in refusals(plan))


def test_input_columns_pointed_elsewhere_are_refused(county: Workspace, reports: dict[str, list[Path]],
                                                     tmp_path: Path) -> None:
    book = openpyxl.load_workbook(daba_report(reports))
    sheet = book[META_SHEET]
    for row in sheet.iter_rows():
        if row[0].value == "column" and row[2].value == "value":
            row[3].value = "H"  # 本季度 read from the 上年基数 column
    path = tmp_path / "columns.xlsx"
    book.save(path)
    plan = plan_import(county, [path])
    assert plan.refused
    assert any("该列表头为“上年基数”，而报表隐藏信息把它当作“本季度”列读取" in m and "!H4]" in m
               for m in refusals(plan))


def test_a_report_passed_off_as_a_template_is_refused(county: Workspace, reports: dict[str, list[Path]],
                                                      tmp_path: Path) -> None:
    path = forged(daba_report(reports), tmp_path / "as-template.xlsx", {"kind": "template"})
    plan = plan_import(county, [path])
    assert plan.refused and any("被改动过" in m for m in refusals(plan))


def test_the_checksum_covers_what_the_file_is_and_its_year_to_date(county: Workspace,
                                                                   reports: dict[str, list[Path]],
                                                                   tmp_path: Path) -> None:
    source = daba_report(reports)
    book = openpyxl.load_workbook(source)
    meta = {r[1]: r[2] for r in book[META_SHEET].iter_rows(values_only=True) if r[0] == "meta"}
    assert meta["format_version"] == "2"
    assert meta["checksum"] != checksum([], meta) and meta["header_checksum"] == header_checksum(meta)
    ws = book.worksheets[0]
    row = next(c.row for c in ws["C"] if c.value == "设立家庭照护床位")
    ws[f"L{row}"] = 9999  # 本年累计 typed over
    path = tmp_path / "ytd.xlsx"
    book.save(path)
    plan = plan_import(county, [path])
    assert plan.files[0].changed_after_export


def test_a_future_quarter_is_refused_on_import(county: Workspace, reports: dict[str, list[Path]],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YINLING_TODAY", "2025-03-31")  # the county's clock says Q1
    plan = plan_import(county, [daba_report(reports)])
    assert plan.refused and any("2025年第二季度 尚未开始" in m for m in refusals(plan))


# Item 10 ------------------------------------------------------------------------------


def test_a_partly_filled_template_keeps_every_figure_it_leaves_blank(
        county: Workspace, reports: dict[str, list[Path]], tmp_path: Path) -> None:
    commit_import(county, plan_import(county, [daba_report(reports)]))
    held = _entries(county)
    assert len(held) > 10
    template = tmp_path / "blank.xlsx"
    write_template(county.catalog, PLAN, DABA, Q2, template)
    book = openpyxl.load_workbook(template)
    ws = book.worksheets[0]
    row = next(c.row for c in ws["C"] if c.value == "设立家庭照护床位")
    ws[f"K{row}"] = 77
    book.save(template)
    for choice in ("fail", "skip", "replace"):
        plan = plan_import(county, [template], on_conflict=choice)
        f = plan.files[0]
        assert f.clears == [] and [c.indicator for c in f.conflicts] == [BEDS], choice
    commit_import(county, plan_import(county, [template], on_conflict="replace"))
    after = _entries(county)
    assert after.pop(BEDS).value == 77
    held.pop(BEDS)
    assert after == held  # all the others kept


def test_a_report_that_no_longer_holds_a_figure_clears_it_only_on_replace(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    town = create_data_file(tmp_path / "daba.sqlite", DABA)
    county = create_data_file(tmp_path / "county.sqlite", PLAN)
    try:
        key = EntryKey(PLAN, BEDS, DABA, str(Q2))
        set_fields(town, key, {"value": "12"})
        first = tmp_path / "first.xlsx"
        export_report(town, PLAN, DABA, Q2, first)
        commit_import(county, plan_import(county, [first]))
        set_fields(town, key, {"value": ""})  # the town took it back
        second = tmp_path / "second.xlsx"
        export_report(town, PLAN, DABA, Q2, second)
        plan = plan_import(county, [second], on_conflict="fail")
        assert plan.refused and [c.indicator for c in plan.files[0].clears] == [BEDS]
        commit_import(county, plan_import(county, [second], on_conflict="skip"))
        assert read_entry(county, key).value == 12
        commit_import(county, plan_import(county, [second], on_conflict="replace"))
        assert read_entry(county, key).value is None
    finally:
        town.close()
        county.close()


def test_the_summary_names_what_is_cleared_never_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main as cli

    town, county = str(tmp_path / "daba.sqlite"), str(tmp_path / "county.sqlite")
    cli(["init", "--db", town, "--unit", DABA])
    cli(["init", "--db", county, "--unit", PLAN])
    scope = ["--plan", PLAN, "--unit", DABA, "--period", "2025Q2"]
    cli(["set", "--db", town, *scope, f"{BEDS}=12"])
    cli(["export", "--db", town, *scope, "-o", str(tmp_path / "a.xlsx")])
    cli(["import", "--db", county, str(tmp_path / "a.xlsx")])
    cli(["set", "--db", town, *scope, f"{BEDS}="])
    cli(["export", "--db", town, *scope, "-o", str(tmp_path / "b.xlsx")])
    capsys.readouterr()
    assert cli(["import", "--db", county, "--dry-run", "--on-conflict", "replace", str(tmp_path / "b.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "清除 1 项（报表中已无）：设立家庭照护床位" in out and "None" not in out


def _entries(ws: Workspace) -> dict:
    from desktop.store import values as store

    return {ind: e for (ind, _u, _p), e in store.read_entries(ws.data.db, PLAN, [DABA], [str(Q2)]).items()}


def test_the_data_file_itself_is_refused_unopened(county: Workspace, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening it even to read it would drop SQLite's POSIX locks (issue 13, item 14)."""
    from desktop.excel import reader
    from desktop.usecases.baselines import plan_baseline_import

    opened: list[Path] = []
    real = reader._open_zip
    monkeypatch.setattr(reader, "_open_zip", lambda path: (opened.append(Path(path)), real(path))[1])
    link = tmp_path / "link.xlsx"
    link.symlink_to(county.data.path)
    candidates = [county.data.path, Path(f"{county.data.path}-wal"), link]
    plan = plan_import(county, candidates)
    assert all(any("本程序正在使用的数据文件" in str(p) for p in f.refusals) for f in plan.files)
    baseline = plan_baseline_import(county, candidates, 2024, PLAN)
    assert all(any("本程序正在使用的数据文件" in str(p) for p in f.refusals) for f in baseline.files)
    assert opened == []
