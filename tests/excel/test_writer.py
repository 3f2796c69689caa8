"""The report workbook's contract (DESIGN §5), read back with openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.excel.meta import META_SHEET, Meta, checksum, header_checksum
from desktop.excel.writer import ReportWriteError
from desktop.rules.scope import reported_by
from desktop.usecases.reports import export_report, write_template
from desktop.usecases.workspace import Workspace
from tests.excel.conftest import EVIL_NOTE, Q2, Regions

HEADER = ["序号", "类别", "指标名称", "单位", "2025年目标", "属性", "责任单位", "上年基数", "分子",
          "分母", "本季度", "本年累计", "完成进度", "备注"]


@pytest.fixture(scope="module")
def town_report(demo_ws: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("out") / "大坝镇.xlsx"
    export_report(demo_ws, "qingtongxia", "qingtongxia.daba", Q2, path)
    return path


def column(ws: openpyxl.worksheet.worksheet.Worksheet, label: str) -> str:
    for cell in ws[4]:
        if cell.value == label:
            return cell.column_letter
    raise AssertionError(label)


def row_of(ws: openpyxl.worksheet.worksheet.Worksheet, name: str) -> int:
    for cell in ws["C"]:
        if shown(cell) == name:
            return cell.row
    raise AssertionError(name)


def shown(cell: openpyxl.cell.Cell) -> str | None:
    """A cell's text as printed, without the line breaks the writer places."""
    return cell.value.replace("\n", "") if isinstance(cell.value, str) else cell.value


def meta_of(book: openpyxl.Workbook) -> Meta:
    return Meta.from_records(book[META_SHEET].iter_rows(values_only=True))


def test_title_block_header_and_footer(town_report: Path) -> None:
    ws = openpyxl.load_workbook(town_report)["表1 积极应对人口老龄化实施方案基本指标"]
    assert ws["A1"].value == "青铜峡市积极应对人口老龄化指标完成情况统计表"
    assert "A1:N1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A1"].font.b and ws["A1"].font.name == "黑体"
    assert ws["A2"].value == "（2025年第二季度）"  # the contract's words, dates as 2025年6月30日
    assert ws["A3"].value == "填报单位（盖章）：大坝镇"
    assert ws["L3"].value == "统计截止：2025年6月30日"
    assert [c.value for c in ws[4]] == HEADER
    footer = [c.value for row in ws.iter_rows(min_row=5) for c in row if isinstance(c.value, str)]
    after = footer[footer.index("单位负责人："):]
    assert after[after.index("填表人：") + 1] == "马丽（青铜峡市代填）"  # the county's file made it
    assert after[after.index("联系电话：") + 1] == "0953-3012345"
    assert "审核人：" in after and any(t.startswith("说明：") for t in after)


def test_one_row_per_indicator_in_plan_order_with_merged_sections(
        demo_ws: Workspace, town_report: Path) -> None:
    book = openpyxl.load_workbook(town_report)
    ws = book["表1 积极应对人口老龄化实施方案基本指标"]
    plan = demo_ws.catalog.plan("qingtongxia")
    expected = [i for i in reported_by(plan, demo_ws.catalog.units.get("qingtongxia.daba"),
                                       demo_ws.catalog.units) if i.table_id == "basic"]
    names = [shown(ws.cell(r, 3)) for r in range(5, 5 + len(expected))]
    assert names == [i.name for i in expected]
    meta = meta_of(book)
    assert [meta.rows[i.id][1] for i in expected] == list(range(5, 5 + len(expected)))
    merged = {str(r) for r in ws.merged_cells.ranges if str(r).startswith("B")}
    rows = [5 + n for n, i in enumerate(expected) if i.section == "机构养老"]
    assert len(rows) == 3 and f"B{rows[0]}:B{rows[-1]}" in merged
    assert shown(ws[f"B{rows[0]}"]) == "机构养老"


def test_number_formats_and_targets_as_the_plan_writes_them(town_report: Path) -> None:
    ws = openpyxl.load_workbook(town_report)["表1 积极应对人口老龄化实施方案基本指标"]
    rate = row_of(ws, "护理型床位占比")
    assert ws[f"{column(ws, '2025年目标')}{rate}"].value == "60%"
    value = ws[f"{column(ws, '本季度')}{rate}"]
    assert value.number_format == "0.0%" and 0 < value.value <= 1
    num, den = ws[f"I{rate}"].value, ws[f"J{rate}"].value
    assert value.value == pytest.approx(num / den)
    count = row_of(ws, "设立家庭照护床位")
    assert ws[f"K{count}"].number_format == "#,##0"
    assert shown(ws[f"E{count}"]) == "500张（全域）"  # a county total, not the town's share


def test_print_setup_and_frozen_panes(town_report: Path) -> None:
    ws = openpyxl.load_workbook(town_report).worksheets[0]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.freeze_panes == "D5"


def test_locked_and_unlocked_cells_and_validation(town_report: Path) -> None:
    ws = openpyxl.load_workbook(town_report).worksheets[0]
    assert ws.protection.sheet and not ws.protection.password
    count = row_of(ws, "设立家庭照护床位")
    rate = row_of(ws, "护理型床位占比")
    assert not ws[f"K{count}"].protection.locked and not ws[f"N{count}"].protection.locked
    assert not ws[f"I{rate}"].protection.locked and not ws[f"J{rate}"].protection.locked
    assert ws[f"C{count}"].protection.locked and ws[f"K{rate}"].protection.locked
    rules = {(dv.type, dv.operator, dv.formula1): str(dv.sqref) for dv in ws.data_validations.dataValidation}
    whole = rules[("whole", "greaterThanOrEqual", "0")]
    assert f"K{count}" in whole.split() and f"I{rate}" in whole.split()
    assert ("textLength", "lessThanOrEqual", "500") in rules


def test_status_rows_get_the_list(regions: Regions, tmp_path: Path) -> None:
    path = tmp_path / "临海.xlsx"
    export_report(regions["linhai"], "linhai", "linhai.dept.minzheng", Q2, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["C4"].value == "任务（指标）名称"
    status = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert status and status[0].formula1 == '"未启动,推进中,已完成"'
    first = row_of(ws, "建立老年人公共服务清单")
    assert ws[f"K{first}"].value in ("未启动", "推进中", "已完成")
    assert f"K{first}" in str(status[0].sqref).split()


def test_statistics_layout(regions: Regions, tmp_path: Path) -> None:
    path = tmp_path / "鲅鱼圈区.xlsx"
    export_report(regions["yingkou"], "yingkou", "yingkou.bayuquan", Q2, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in ws[4]] == ["序号", "类别", "指标名称", "单位", "上年数", "分子", "分母",
                                        "本季度", "本年数", "上年同期", "比上年同期增减", "增减率",
                                        "备注"]


def test_meta_is_very_hidden_and_its_checksum_matches_the_values(town_report: Path) -> None:
    book = openpyxl.load_workbook(town_report)
    assert book[META_SHEET].sheet_state == "veryHidden"
    meta = meta_of(book)
    assert meta.values["plan_id"] == "qingtongxia" and meta.values["unit_code"] == "qingtongxia.daba"
    assert meta.values["period"] == "2025Q2" and meta.values["kind"] == "report"
    values = []
    for indicator, (sheet, row) in meta.rows.items():
        ws = book[sheet]
        for field, col in meta.columns[sheet].items():
            cell = ws[f"{col}{row}"]
            if field == "ytd" or not cell.protection.locked:  # 本年累计 as printed (a rate as Excel's fraction)
                values.append((indicator, field, cell.value))
    # Over what the file is (plan, version, unit, period, kind) as well as its figures.
    assert checksum(values, meta.values) == meta.values["checksum"]
    assert header_checksum(meta.values) == meta.values["header_checksum"]
    assert checksum(values) != meta.values["checksum"]


def test_a_note_that_looks_like_a_formula_stays_text(town_report: Path) -> None:
    ws = openpyxl.load_workbook(town_report).worksheets[0]
    row = row_of(ws, "设立家庭照护床位")
    cell = ws[f"N{row}"]
    assert cell.value == EVIL_NOTE and cell.data_type == "s"
    with zipfile.ZipFile(town_report) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml.split(f'r="N{row}"')[1].split("</c>")[0]


def test_template_has_empty_inputs_and_live_rate_formulas(demo_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    write_template(demo_ws.catalog, "qingtongxia", "qingtongxia.daba", Q2, path)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    rate, count = row_of(ws, "护理型床位占比"), row_of(ws, "设立家庭照护床位")
    assert ws[f"I{rate}"].value is None and ws[f"K{count}"].value is None
    assert ws[f"K{rate}"].value.startswith("=IF(") and f"I{rate}/J{rate}" in ws[f"K{rate}"].value
    assert meta_of(book).values["kind"] == "template"


def test_unwritable_folder_leaves_nothing(demo_ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError, match="不存在"):
        export_report(demo_ws, "qingtongxia", "qingtongxia.daba", Q2, tmp_path / "gone" / "r.xlsx")


def test_failed_save_leaves_the_old_file_and_no_partial(demo_ws: Workspace, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the report sent last week")

    def full_disk(self: openpyxl.Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(ReportWriteError, match="磁盘已满"):
        export_report(demo_ws, "qingtongxia", "qingtongxia.daba", Q2, target)
    assert target.read_bytes() == b"the report sent last week"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]
