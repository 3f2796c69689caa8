"""Importing reports from below: all or nothing, every refusal named."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from desktop.excel.meta import META_SHEET
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.usecases.entry import read_entry
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import UseCaseError, Workspace
from tests.usecases.conftest import PLAN, Q1, Q2

BEDS = "qingtongxia.family_care_beds"
SHARE = "qingtongxia.nursing_bed_share"


def town_file(reports: dict[str, list[Path]], unit: str = "qingtongxia.daba",
              period: Period = Q2) -> Path:
    return next(p for p in reports[str(period)] if p.name.startswith(unit + "-"))


def edited(source: Path, folder: Path, name: str, edits: dict[str, object],
           sheet: int = 0) -> Path:
    """A copy of a report with some cells changed by openpyxl (as a clerk's Excel would)."""
    book = openpyxl.load_workbook(source)
    ws = book.worksheets[sheet]
    for ref, value in edits.items():
        ws[ref] = value
    path = folder / name
    book.save(path)
    return path


def row_of(path: Path, name: str) -> int:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return next(c.row for c in ws["C"] if isinstance(c.value, str)
                and c.value.replace("\n", "") == name)  # long names are printed in lines


def messages(plan) -> list[str]:
    return [str(p) for f in plan.files for p in f.refusals]


def test_reports_import_in_one_go(county: Workspace, reports: dict[str, list[Path]],
                                  source: Workspace) -> None:
    plan = plan_import(county, reports[str(Q2)])
    assert not plan.refused, messages(plan)
    commit_import(county, plan)
    key = EntryKey(PLAN, BEDS, "qingtongxia.daba", str(Q2))
    assert read_entry(county, key) == read_entry(source, key)
    how = county.data.db.execute("SELECT DISTINCT how FROM audit").fetchall()
    assert how == [("imported",)]
    again = plan_import(county, [town_file(reports)])
    assert again.files[0].adds == 0 and again.files[0].keeps > 0 and not again.refused


def test_dry_run_plan_writes_nothing(county: Workspace, reports: dict[str, list[Path]],
                                     dump: Callable[[Workspace], dict]) -> None:
    before = dump(county)
    plan = plan_import(county, reports[str(Q2)])
    assert sum(f.adds for f in plan.files) > 0
    assert dump(county) == before


def test_conflicts_fail_skip_or_replace(county: Workspace, reports: dict[str, list[Path]],
                                        tmp_path: Path) -> None:
    original = town_file(reports)
    commit_import(county, plan_import(county, [original]))
    row = row_of(original, "设立家庭照护床位")
    changed = edited(original, tmp_path, "daba-corrected.xlsx", {f"K{row}": 999})
    failing = plan_import(county, [changed], on_conflict="fail")
    assert failing.refused and "冲突 1 处" in messages(failing)[0]
    assert failing.files[0].changed_after_export
    with pytest.raises(UseCaseError):
        commit_import(county, failing)
    key = EntryKey(PLAN, BEDS, "qingtongxia.daba", str(Q2))
    kept = read_entry(county, key).value
    commit_import(county, plan_import(county, [changed], on_conflict="skip"))
    assert read_entry(county, key).value == kept
    commit_import(county, plan_import(county, [changed], on_conflict="replace"))
    assert read_entry(county, key).value == 999


def test_text_that_means_a_number_is_read_as_it(county: Workspace, reports: dict[str, list[Path]],
                                                tmp_path: Path) -> None:
    original = town_file(reports)
    beds, share = row_of(original, "设立家庭照护床位"), row_of(original, "护理型床位占比")
    path = edited(original, tmp_path, "text.xlsx",
                  {f"K{beds}": "1,234", f"I{share}": "１２", f"J{share}": " 40 "})
    plan = plan_import(county, [path])
    assert not plan.refused, messages(plan)
    commit_import(county, plan)
    assert read_entry(county, EntryKey(PLAN, BEDS, "qingtongxia.daba", str(Q2))).value == 1234
    entry = read_entry(county, EntryKey(PLAN, SHARE, "qingtongxia.daba", str(Q2)))
    assert (entry.numerator, entry.denominator) == (12, 40)


@pytest.mark.parametrize("text", ["约4.2万", "—", "N/A", "nan", "1e400"])
def test_text_that_is_not_one_number_is_refused_with_its_cell(
        county: Workspace, reports: dict[str, list[Path]], tmp_path: Path, text: str,
        dump: Callable[[Workspace], dict]) -> None:
    original = town_file(reports)
    beds = row_of(original, "设立家庭照护床位")
    path = edited(original, tmp_path, "bad.xlsx", {f"K{beds}": text})
    before = dump(county)
    plan = plan_import(county, [path, town_file(reports, "qingtongxia.xiakou")])
    assert plan.refused
    assert any("bad.xlsx" in m and f"!K{beds}]" in m and text in m for m in messages(plan)), messages(plan)
    with pytest.raises(UseCaseError):
        commit_import(county, plan)
    assert dump(county) == before  # the good file was not half-imported either


def test_formula_without_saved_value_is_refused_not_zero(
        county: Workspace, reports: dict[str, list[Path]], tmp_path: Path) -> None:
    original = town_file(reports)
    beds = row_of(original, "设立家庭照护床位")
    path = edited(original, tmp_path, "formula.xlsx", {f"K{beds}": "=10+2"})
    plan = plan_import(county, [path])
    assert plan.refused and any("公式" in m and f"K{beds}" in m for m in messages(plan))


def test_blank_and_zero_stay_different(county: Workspace, reports: dict[str, list[Path]],
                                       tmp_path: Path) -> None:
    original = town_file(reports)
    beds = row_of(original, "设立家庭照护床位")
    homes = row_of(original, "居家适老化改造户数")
    path = edited(original, tmp_path, "zero.xlsx", {f"K{beds}": 0, f"K{homes}": None})
    commit_import(county, plan_import(county, [path]))
    assert read_entry(county, EntryKey(PLAN, BEDS, "qingtongxia.daba", str(Q2))).value == 0
    blank = read_entry(county, EntryKey(PLAN, "qingtongxia.home_aging_adaptation_households",
                                        "qingtongxia.daba", str(Q2)))
    assert blank.value is None


def test_rows_resorted_in_a_spreadsheet_still_import_exactly(
        county: Workspace, reports: dict[str, list[Path]], tmp_path: Path, source: Workspace) -> None:
    original = town_file(reports)
    book = openpyxl.load_workbook(original)
    ws = book.worksheets[0]
    first, second = 5, 6
    for col in range(1, 15):  # swap two indicator rows, as a sort would
        a, b = ws.cell(first, col), ws.cell(second, col)
        if type(a).__name__ == "MergedCell" or type(b).__name__ == "MergedCell":
            continue
        a.value, b.value = b.value, a.value
    path = tmp_path / "sorted.xlsx"
    book.save(path)
    commit_import(county, plan_import(county, [path]))
    assert ws.cell(first, 3).value.replace("\n", "") == "有集中供养意愿的特困人员集中供养率"  # swapped
    for indicator in ("qingtongxia.destitute_unable_central_support_rate",
                      "qingtongxia.destitute_willing_central_support_rate"):
        key = EntryKey(PLAN, indicator, "qingtongxia.daba", str(Q2))
        assert read_entry(county, key) == read_entry(source, key)
        assert read_entry(county, key).numerator is not None


def test_unit_outside_the_tree_is_refused(county: Workspace, source: Workspace,
                                          tmp_path: Path) -> None:
    path = tmp_path / "xiakou-as-own.xlsx"
    export_report(source, PLAN, "qingtongxia.xiakou", Q2, path)
    with_town = county.__class__(county.catalog, county.data)
    county.data.db.execute("UPDATE meta SET value = 'qingtongxia.daba' WHERE key = 'unit'")
    plan = plan_import(with_town, [path])
    assert plan.refused and "峡口镇" in messages(plan)[0] and "管辖范围" in messages(plan)[0]
    assert messages(plan)[0].startswith("xiakou-as-own.xlsx")


def test_unknown_plan_other_version_and_wrong_period(county: Workspace,
                                                     reports: dict[str, list[Path]],
                                                     tmp_path: Path) -> None:
    original = town_file(reports)
    cases = {"plan_id": ("nowhere", "未知的规划"), "plan_version": ("99", "第 99 版")}
    for key, (value, words) in cases.items():
        book = openpyxl.load_workbook(original)
        meta = book[META_SHEET]
        for row in meta.iter_rows():
            if row[0].value == "meta" and row[1].value == key:
                row[2].value = value
        path = tmp_path / f"{key}.xlsx"
        book.save(path)
        plan = plan_import(county, [path])
        assert plan.refused and words in messages(plan)[0] and f"{key}.xlsx" in messages(plan)[0]
    plan = plan_import(county, [original], period=Q1)
    assert plan.refused and "与本次导入的 2025Q1 不符" in messages(plan)[0]


def test_two_files_for_the_same_unit_and_period(county: Workspace, reports: dict[str, list[Path]],
                                                tmp_path: Path) -> None:
    original = town_file(reports)
    copy = tmp_path / "daba-copy.xlsx"
    shutil.copy(original, copy)
    plan = plan_import(county, [original, copy])
    assert plan.refused
    text = "\n".join(messages(plan))
    assert "daba-copy.xlsx" in text and original.name in text and "同一统计期" in text


def _ole(path: Path, extra: bytes = b"") -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + extra)
    return path


@pytest.mark.parametrize(("name", "make", "words"), [
    ("old.xls", lambda p: _ole(p), "旧版 Excel"),
    ("wps.et", lambda p: _ole(p), "WPS"),
    ("secret.xlsx", lambda p: _ole(p, "EncryptedPackage".encode("utf-16-le")), "加密"),
    ("data.csv", lambda p: p.write_text("指标,数值\n床位,12\n", encoding="utf-8"), "CSV"),
    ("page.xlsx", lambda p: p.write_text("<html><table><tr><td>1</td></tr></table></html>",
                                         encoding="utf-8"), "HTML"),
    ("empty.xlsx", lambda p: p.write_bytes(b""), "空的"),
])
def test_files_that_are_not_workbooks(county: Workspace, tmp_path: Path, name: str,
                                      make: Callable[[Path], object], words: str) -> None:
    path = tmp_path / name
    make(path)
    plan = plan_import(county, [path])
    assert plan.refused and messages(plan)[0].startswith(name) and words in messages(plan)[0]


def test_cut_off_and_macro_enabled_workbooks(county: Workspace, reports: dict[str, list[Path]],
                                             tmp_path: Path) -> None:
    original = town_file(reports)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(original.read_bytes()[: original.stat().st_size // 2])
    macro = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(macro, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("xl/vbaProject.bin", b"\x00macro")
    plan = plan_import(county, [cut, macro])
    text = messages(plan)
    assert any(m.startswith("cut.xlsx") and "不完整" in m for m in text)
    assert any(m.startswith("macro.xlsm") and "宏" in m for m in text)
