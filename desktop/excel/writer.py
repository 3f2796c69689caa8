"""The one report writer (DESIGN §5): the report, the blank template and the consolidated
report all come out of `write_report`, so they cannot drift apart.

Text is always written as text (a note starting with `=` never becomes a formula), and the
file is saved under a temporary name in the target folder and moved into place, so a full
disk or a file held open by Excel never leaves half a report.
"""

from __future__ import annotations

import errno
import math
import os
import tempfile
from collections.abc import Iterator
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.catalog import STATUSES, Kind, Layout
from desktop.catalog.model import PER_BASE_WORDS
from desktop.errors import UserError
from desktop.excel import styles as st
from desktop.excel.columns import HEADER_ROW, Column, columns_for, letter
from desktop.excel.meta import CHECKSUM_FIELDS, FORMAT_VERSION, META_SHEET, Meta, checksum, header_checksum
from desktop.excel.signature import SigningKey, part_digests, signature
from desktop.excel.spec import CONSOLIDATED, TEMPLATE, ReportRow, ReportSheet, ReportSpec

FIRST_ROW = HEADER_ROW + 1
UNLOCKED = Protection(locked=False)
NOTE = ("说明：1. 比率＝分子÷分母×100%{per_capita}；汇总时分子、分母分别相加后再计算，"
        "不对百分比求平均。2. 本年累计：新增类指标为本年各季度之和，存量类指标为期末数。"
        "3. 浅黄色单元格为填报栏，其余单元格已锁定（无密码）。")


def note_text(rows: tuple[ReportRow, ...]) -> str:
    """The footer's 说明: how this sheet's rates and per-capita figures are computed, each
    per-capita base as its rows count it (每千人…×1000, 每万老年人…×10000)."""
    clauses: list[str] = []
    for row in rows:
        if row.kind is Kind.PER_CAPITA:
            base = PER_BASE_WORDS.get(row.scale)
            den = row.denominator_name or "分母"
            clause = f"每{base}人指标＝分子÷{den}×{row.scale:g}" if base else f"比值指标＝分子÷{den}"
            if clause not in clauses:
                clauses.append(clause)
    return NOTE.format(per_capita="".join(f"，{c}" for c in clauses[:4]))


class ReportWriteError(UserError):
    """The report could not be written; nothing half-written was left behind."""


def write_report(spec: ReportSpec, path: Path) -> Path:
    workbook = build_workbook(spec)
    save_atomic(workbook, path)
    return path


def build_workbook(spec: ReportSpec) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = "银龄台账"
    workbook.properties.title = spec.title
    meta = Meta(values=_meta_values(spec))
    for sheet in spec.sheets:
        _write_table(workbook.create_sheet(sheet_name(sheet.title)), sheet, spec, meta)
    if spec.kind == CONSOLIDATED:
        _write_detail(workbook.create_sheet("分单位明细"), spec)
        _write_children(workbook.create_sheet("报送情况"), spec)
    meta.values["header_checksum"] = header_checksum(meta.values)
    # A template's values are typed after it is made: only what it is for is fixed.
    values = () if spec.kind == TEMPLATE else list(_input_values(spec))
    meta.values["checksum"] = checksum(values, meta.values)
    if spec.signing is not None and spec.kind != TEMPLATE:
        sign(meta, spec.signing, values)
    _write_meta(workbook.create_sheet(META_SHEET), meta)
    return workbook


def sign(meta: Meta, key: SigningKey, values: list[tuple[str, str, object]]) -> None:
    """The signature and its parts' digests, over what the checksum covers and more."""
    meta.values["key_id"] = key.key_id
    meta.values["signature"] = signature(key.secret, values, meta.values)
    meta.macs = part_digests(key.secret, values, meta.values)


def sheet_name(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in title).strip("'")
    return cleaned[:31] or "Sheet"


def _meta_values(spec: ReportSpec) -> dict[str, str]:
    return {
        "format_version": str(FORMAT_VERSION), "app": "yinling", "app_version": spec.app_version,
        "kind": spec.kind, "plan_id": spec.plan_id, "plan_version": str(spec.plan_version),
        "unit_code": spec.unit_code, "unit_name": spec.unit_name, "period": spec.period,
        "as_of": spec.as_of, "exported_at": spec.made_at, "clerk": spec.clerk,
        "phone": spec.phone, "filled_by_code": spec.filled_by_code,
        "filled_by_name": spec.filled_by_name,
    }


def _input_values(spec: ReportSpec) -> Iterator[tuple[str, str, object]]:
    for sheet in spec.sheets:
        for row in sheet.rows:
            parts = row.kind.has_parts
            for field in CHECKSUM_FIELDS:
                if field in ("numerator", "denominator") and not parts:
                    continue
                if field == "value" and parts:
                    continue
                yield row.indicator_id, field, _printed_ytd(row) if field == "ytd" else getattr(row, field)


def _printed_ytd(row: ReportRow) -> float | None:
    """本年累计 as the cell holds it (a rate as Excel's fraction): what the checksum covers,
    so the import checks it without knowing the row's kind."""
    if row.year_to_date is None:
        return None
    return row.year_to_date / 100 if row.kind is Kind.RATE else row.year_to_date


# The table sheet ---------------------------------------------------------------------


def _write_table(ws: Worksheet, sheet: ReportSheet, spec: ReportSpec, meta: Meta) -> None:
    columns = columns_for(sheet.layout, spec.year)
    last = letter(len(columns) - 1)
    _title_block(ws, spec, sheet, len(columns))
    for index, column in enumerate(columns):
        cell = ws.cell(HEADER_ROW, index + 1)
        _text(cell, column.label)
        cell.font, cell.fill, cell.alignment, cell.border = st.HEADER, st.HEADER_FILL, st.CENTER, st.GRID
        ws.column_dimensions[letter(index)].width = column.width
    ws.row_dimensions[HEADER_ROW].height = 30
    validations = _Validations(ws)
    for offset, row in enumerate(sheet.rows):
        number = FIRST_ROW + offset
        for index, column in enumerate(columns):
            _write_cell(ws.cell(number, index + 1), column, row, spec, validations)
        ws.row_dimensions[number].height = _row_height(ws, number, columns)
        meta.rows[row.indicator_id] = (ws.title, number)
    meta.columns[ws.title] = {c.key: letter(i) for i, c in enumerate(columns)}
    meta.sheets[ws.title] = (sheet.table_id, sheet.layout.value)
    last_row = FIRST_ROW + len(sheet.rows) - 1
    _merge_sections(ws, sheet.rows, columns)
    _footer(ws, spec, last_row + 2, last, note_text(sheet.rows))
    _print_setup(ws, last)
    ws.freeze_panes = f"D{FIRST_ROW}"
    ws.protection.sheet = True  # no password: it guards the layout, not a secret
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    validations.attach()


def _row_height(ws: Worksheet, number: int, columns: tuple[Column, ...]) -> float:
    """Wrapped text needs its rows sized: LibreOffice's PDF export and many printers do
    not grow a row to fit, so a long 指标名称 would print cut off."""
    lines = 1
    for index, column in enumerate(columns):
        value = ws.cell(number, index + 1).value
        if isinstance(value, str) and not value.startswith("=IF("):
            # 1.2: renderers wrap a little before the nominal width; a spare line beats a cut one
            per_line = max(1.0, (column.width - 1) / 1.2)
            lines = max(lines, math.ceil(_display_width(value) / per_line))
    return max(18.0, 13.5 * lines + 4)


def _display_width(text: str) -> int:
    """Column-width units: a CJK character is about two Latin ones."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _title_block(ws: Worksheet, spec: ReportSpec, sheet: ReportSheet, width: int) -> None:
    last = letter(width - 1)
    ws.merge_cells(f"A1:{last}1")
    _text(ws["A1"], spec.title)
    ws["A1"].font, ws["A1"].alignment = st.TITLE, st.CENTER
    ws.row_dimensions[1].height = 32
    ws.merge_cells(f"A2:{last}2")
    _text(ws["A2"], spec.subtitle)
    ws["A2"].font, ws["A2"].alignment = st.SUBTITLE, st.CENTER
    left_end, right_start = letter(max(2, width // 3)), letter(width - 3)
    ws.merge_cells(f"A3:{left_end}3")
    _text(ws["A3"], f"填报单位（盖章）：{spec.unit_name}")
    middle_start = letter(max(2, width // 3) + 1)
    middle_end = letter(width - 4)
    ws.merge_cells(f"{middle_start}3:{middle_end}3")
    _text(ws[f"{middle_start}3"], sheet.title)
    ws.merge_cells(f"{right_start}3:{last}3")
    _text(ws[f"{right_start}3"], f"统计截止：{spec.as_of}")
    ws["A3"].font = ws[f"{middle_start}3"].font = ws[f"{right_start}3"].font = st.BODY
    ws["A3"].alignment = st.LEFT
    ws[f"{middle_start}3"].alignment = st.CENTER
    ws[f"{right_start}3"].alignment = st.RIGHT
    ws.row_dimensions[3].height = 20


def _write_cell(cell: Cell, column: Column, row: ReportRow, spec: ReportSpec,
                validations: _Validations) -> None:
    cell.font, cell.border, cell.alignment = st.BODY, st.GRID, st.CENTER
    key = column.key
    template = spec.kind == TEMPLATE
    if key in ("seq", "section", "unit", "attribute", "responsible"):
        _text(cell, getattr(row, key))
    elif key == "target":
        _text(cell, row.target_text)
        if key == "responsible":
            cell.alignment = st.LEFT
    elif key == "name":
        _text(cell, row.name)
        cell.alignment = st.LEFT
    elif key == "baseline":
        _number(cell, row, row.baseline)
    elif key in ("numerator", "denominator"):
        if row.kind.has_parts:
            _input(cell, validations.whole)
            if not template:
                cell.value = getattr(row, key)
            cell.number_format = st.WHOLE
    elif key == "value":
        _value_cell(cell, row, template, validations)
    elif key == "ytd":
        _number(cell, row, row.year_to_date)
    elif key == "progress":
        _text(cell, row.progress_text)
        fill = st.PROGRESS_FILLS.get(row.progress_state)
        if fill is not None:
            cell.fill = fill
    elif key in ("change", "change_ratio"):
        _change_cell(cell, key, row)
    elif key == "note":
        _input(cell, validations.note)
        cell.alignment = st.LEFT
        if not template and row.note:
            _text(cell, row.note)


def _value_cell(cell: Cell, row: ReportRow, template: bool, validations: _Validations) -> None:
    if row.kind.has_parts:
        # Computed from the parts; in a template a formula shows it as the clerk types.
        if template:
            num, den = (f"{letter(cell.column - 3)}{cell.row}", f"{letter(cell.column - 2)}{cell.row}")
            factor = "" if row.kind is Kind.RATE else f"*{row.scale:g}"
            cell.value = f'=IF(AND(ISNUMBER({num}),ISNUMBER({den}),{den}>0),{num}/{den}{factor},"")'
            cell.number_format = st.PERCENT if row.kind is Kind.RATE else st.PER_CAPITA
        else:
            _number(cell, row, row.value if isinstance(row.value, float | int) else None)
        return
    if row.kind is Kind.STATUS:
        _input(cell, validations.status)
    elif row.kind is Kind.TEXT:
        _input(cell, validations.note)
        cell.alignment = st.LEFT
    else:
        _input(cell, validations.whole if row.kind is Kind.COUNT else validations.decimal)
        cell.number_format = st.WHOLE if row.kind is Kind.COUNT else st.DECIMAL
    if template or row.value is None:
        return
    if isinstance(row.value, str):
        _text(cell, row.value)
    else:
        cell.value = row.value


def _change_cell(cell: Cell, key: str, row: ReportRow) -> None:
    current = row.year_to_date
    if current is None or row.baseline is None:
        return
    if key == "change":
        scale = 100 if row.kind is Kind.RATE else 1
        cell.value = (current - row.baseline) / scale
        cell.number_format = "+0.0%;-0.0%;0.0%" if row.kind is Kind.RATE else (
            st.SIGNED_WHOLE if row.kind is Kind.COUNT else st.SIGNED_DECIMAL)
    elif row.baseline:
        cell.value = (current - row.baseline) / row.baseline
        cell.number_format = "+0.0%;-0.0%;0.0%"


def _number(cell: Cell, row: ReportRow, figure: float | None) -> None:
    """A derived figure, in the row's number format (a rate as a true Excel percentage)."""
    if figure is None:
        return
    if row.kind is Kind.RATE:
        cell.value, cell.number_format = figure / 100, st.PERCENT
    elif row.kind is Kind.PER_CAPITA:
        cell.value, cell.number_format = figure, st.PER_CAPITA
    elif row.kind is Kind.COUNT:
        cell.value, cell.number_format = figure, st.WHOLE
    else:
        cell.value, cell.number_format = figure, st.DECIMAL


def _text(cell: Cell, text: str | None) -> None:
    """Text stays text: openpyxl would make a string starting with '=' a live formula."""
    cell.value = text if text else None
    if text:
        cell.data_type = "s"


def _input(cell: Cell, validation: DataValidation) -> None:
    cell.protection = UNLOCKED
    cell.fill = st.INPUT_FILL
    validation.add(cell)


def _merge_sections(ws: Worksheet, rows: tuple[ReportRow, ...], columns: tuple[Column, ...]
                    ) -> None:
    col = next(i for i, c in enumerate(columns) if c.key == "section") + 1
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index].section != rows[start].section:
            if index - start > 1:
                ws.merge_cells(start_row=FIRST_ROW + start, end_row=FIRST_ROW + index - 1,
                               start_column=col, end_column=col)
            start = index


def _footer(ws: Worksheet, spec: ReportSpec, row: int, last: str, note: str) -> None:
    ws.merge_cells(f"A{row}:{last}{row}")
    gap = "\u3000" * 4
    proxy = f"（{spec.filled_by_name}代填）" if spec.filled_by_name else ""
    _text(ws[f"A{row}"], f"单位负责人：{gap}审核人：{gap}填表人：{spec.clerk}{proxy}{gap}"
                         f"联系电话：{spec.phone}{gap}填报日期：{spec.made_at[:10]}")
    ws[f"A{row}"].font, ws[f"A{row}"].alignment = st.BODY, st.LEFT
    ws.row_dimensions[row].height = 22
    ws.merge_cells(f"A{row + 1}:{last}{row + 1}")
    _text(ws[f"A{row + 1}"], note)
    ws[f"A{row + 1}"].font, ws[f"A{row + 1}"].alignment = st.SMALL, st.TOP_LEFT
    ws.row_dimensions[row + 1].height = 42


def _print_setup(ws: Worksheet, last: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9


class _Validations:
    """One data validation per kind of input cell on a sheet (whole, decimal, status, text)."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.whole = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                                    allow_blank=True, showErrorMessage=True, errorTitle="数值有误",
                                    error="请填写不小于 0 的整数。")
        self.decimal = DataValidation(type="decimal", operator="greaterThanOrEqual",
                                      formula1="0", allow_blank=True, showErrorMessage=True,
                                      errorTitle="数值有误", error="请填写不小于 0 的数。")
        self.status = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"',
                                     allow_blank=True, showErrorMessage=True,
                                     errorTitle="状态有误", error="请从下拉列表中选择。")
        self.note = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="500",
                                   allow_blank=True, showErrorMessage=True,
                                   errorTitle="文字过长", error="最多 500 字。")

    def attach(self) -> None:
        for validation in (self.whole, self.decimal, self.status, self.note):
            if validation.sqref:
                self.ws.add_data_validation(validation)


# Consolidated extras and _meta -----------------------------------------------------------


def _write_detail(ws: Worksheet, spec: ReportSpec) -> None:
    """Indicators × child units: up to hundreds of thousands of cells for a large county,
    so each distinct style is built once and copied (openpyxl hashes styles per assignment)."""
    children = [c for c in spec.children]
    styles = _BodyStyles()
    header = ["序号", "指标名称", "单位", *(c.name for c in children), spec.unit_name + "（汇总）"]
    for index, label in enumerate(header):
        cell = ws.cell(1, index + 1)
        _text(cell, label)
        cell.font, cell.fill, cell.alignment, cell.border = st.HEADER, st.HEADER_FILL, st.CENTER, st.GRID
    number = 2
    for sheet in spec.sheets:
        for row in sheet.rows:
            cells = [row.seq, row.name, row.unit,
                     *(spec.detail.get(row.indicator_id, {}).get(c.code) for c in children),
                     row.value]
            for index, value in enumerate(cells):
                cell = ws.cell(number, index + 1)
                if index >= 3 and isinstance(value, int | float):
                    _number(cell, row, float(value))
                else:
                    _text(cell, None if value is None else str(value))
                styles.apply(cell, cell.number_format)
            number += 1
    ws.column_dimensions["B"].width = 34
    ws.freeze_panes = "D2"


class _BodyStyles:
    """Body font and grid, per number format, made once and copied into each cell."""

    def __init__(self) -> None:
        self._made: dict[str, object] = {}

    def apply(self, cell: Cell, number_format: str) -> None:
        made = self._made.get(number_format)
        if made is None:
            cell.font, cell.border = st.BODY, st.GRID
            self._made[number_format] = copy(cell._style)
        else:
            cell._style = copy(made)


def _write_children(ws: Worksheet, spec: ReportSpec) -> None:
    header = ["单位代码", "单位名称", "报送情况", "收到时间", "来源文件", "审核警告"]
    for index, label in enumerate(header):
        cell = ws.cell(1, index + 1)
        _text(cell, label)
        cell.font, cell.fill, cell.border = st.HEADER, st.HEADER_FILL, st.GRID
    for number, child in enumerate(spec.children, start=2):
        values = [child.code, child.name, "已收到" if child.received else "未收到",
                  child.received_at, child.file, child.warnings]
        for index, value in enumerate(values):
            cell = ws.cell(number, index + 1)
            _text(cell, value)
            cell.font, cell.border = st.BODY, st.GRID
    for col, width in zip("ABCDEF", (22, 16, 10, 18, 34, 40), strict=True):
        ws.column_dimensions[col].width = width


def _write_meta(ws: Worksheet, meta: Meta) -> None:
    for record in meta.records():
        ws.append([str(v) if isinstance(v, str) else v for v in record])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def save_atomic(workbook: Workbook, path: Path) -> None:
    """Write beside the target, flush it to the disk, then replace the target in one step:
    never half a report, even after a full disk or a power cut."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part",
                                             dir=path.parent)
    except OSError as exc:
        raise ReportWriteError(_explain(exc, path)) from exc
    os.close(handle)
    try:
        workbook.save(temporary)
        _flush(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ReportWriteError(_explain(exc, path)) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _flush(temporary: str) -> None:
    """The finished file on the disk, readable as any new file (mkstemp makes it private)."""
    os.chmod(temporary, 0o666 & ~_umask())
    with open(temporary, "rb+") as saved:
        os.fsync(saved.fileno())


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _explain(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"磁盘已满（或超出可用空间），无法保存 {path}。已有文件未被改动，也没有留下不完整的文件。"
    if exc.errno == errno.ENOENT:
        return f"文件夹 {path.parent} 不存在。"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return (f"无法写入 {path}：文件夹只读，或该文件正被其他程序（如 Excel、WPS）打开。"
                "请关闭该文件或换一个位置后重试。")
    return f"无法保存 {path}：{exc.strerror or exc}"


__all__ = ["Layout", "ReportWriteError", "build_workbook", "save_atomic", "write_report"]
