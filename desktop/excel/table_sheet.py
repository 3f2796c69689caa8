"""One sheet per table of the plan (DESIGN §5): title rows, the header in the plan's terms,
one row per indicator with the 类别 merged down its section, the footer to sign, and the
说明; input cells unlocked, shaded and validated, the rest protected."""

from __future__ import annotations

from openpyxl.cell import Cell
from openpyxl.styles import Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.catalog import STATUSES, Kind, Layout
from desktop.catalog.model import PER_BASE_WORDS
from desktop.excel import paging
from desktop.excel import styles as st
from desktop.excel.columns import Column, columns_for, letter
from desktop.excel.meta import Meta
from desktop.excel.spec import CONSOLIDATED, TEMPLATE, ReportRow, ReportSheet, ReportSpec

UNLOCKED = Protection(locked=False)
WRAPPED = ("name", "target", "responsible", "progress", "section")  # broken by the writer


def write_table(ws: Worksheet, sheet: ReportSheet, spec: ReportSpec, meta: Meta) -> None:
    columns = columns_for(sheet.layout, spec.year)
    for index, column in enumerate(columns):
        ws.column_dimensions[letter(index)].width = column.width
    header = paging.title_block(
        ws, spec, len(columns), sheet.title,
        corner=paging.corner_text(sheet.form_code, sheet.form_issuer),
        line=spec.coverage if spec.kind == CONSOLIDATED else "")
    _header(ws, header, columns)
    first = header + 1
    validations = _Validations(ws)
    spans = _section_spans(sheet.rows)
    heights = []
    for offset, row in enumerate(sheet.rows):
        number = first + offset
        for index, column in enumerate(columns):
            _write_cell(paging.cell_at(ws, number, index + 1), column, row, spec, validations)
        heights.append(_row_height(ws, number, columns, alone=offset in spans.singles))
        ws.row_dimensions[number].height = heights[-1]
        meta.rows[row.indicator_id] = (ws.title, number)
    meta.columns[ws.title] = {c.key: letter(i) for i, c in enumerate(columns)}
    meta.sheets[ws.title] = (sheet.table_id, sheet.layout.value)
    section_width = next(c.width for c in columns if c.key == "section")
    _fit_labels(ws, sheet.rows, first, heights, section_width, [])
    starts = _paginate(ws, header, heights, columns, spans.firsts)
    _fit_labels(ws, sheet.rows, first, heights, section_width, starts)
    _merge_sections(ws, sheet.rows, columns, first, starts)
    _footer(ws, spec, sheet, columns, first + len(sheet.rows) + 1)
    paging.print_setup(ws, header)
    ws.freeze_panes = f"D{first}"
    paging.protect(ws)
    validations.attach()


def _header(ws: Worksheet, row: int, columns: tuple[Column, ...]) -> None:
    for index, column in enumerate(columns):
        cell = paging.cell_at(ws, row, index + 1)
        _text(cell, column.label)
        cell.font, cell.fill, cell.alignment, cell.border = st.HEADER, st.HEADER_FILL, st.CENTER, st.GRID
    ws.row_dimensions[row].height = 30


class _Spans:
    def __init__(self, firsts: list[int], singles: set[int]) -> None:
        self.firsts, self.singles = firsts, singles


def _section_spans(rows: tuple[ReportRow, ...]) -> _Spans:
    """Where each 类别 starts, and which rows are a section of their own (their 类别 text
    then sizes the row; a longer section's label has the rows of its merged cell)."""
    firsts = [i for i in range(len(rows)) if i == 0 or rows[i].section != rows[i - 1].section]
    ends = [*firsts[1:], len(rows)]
    return _Spans(firsts, {f for f, e in zip(firsts, ends, strict=True) if e - f == 1})


def _paginate(ws: Worksheet, header: int, heights: list[float], columns: tuple[Column, ...],
              keep: list[int]) -> list[int]:
    """Page breaks placed by the program (see `paging`); the body index each page starts at."""
    scale = paging.fit_scale([c.width for c in columns])
    above = sum(ws.row_dimensions[r].height or 15 for r in range(1, header + 1))
    starts = paging.page_starts(heights, above, ws.row_dimensions[header].height or 30, scale,
                                keep)
    paging.add_breaks(ws, [header + 1 + s for s in starts])
    return starts


def _row_height(ws: Worksheet, number: int, columns: tuple[Column, ...], alone: bool) -> float:
    """Wrapped text needs its rows sized: LibreOffice's PDF export and many printers do
    not grow a row to fit, so a long 指标名称 would print cut off."""
    lines = 1
    for index, column in enumerate(columns):
        if column.key == "section" and not alone:
            continue  # a merged 类别 has the rows of its whole section
        value = ws.cell(number, index + 1).value
        if isinstance(value, str) and not value.startswith("=IF("):
            lines = max(lines, len(paging.wrap(value, column.width)))
    return paging.row_height(lines)


def _write_cell(cell: Cell, column: Column, row: ReportRow, spec: ReportSpec,
                validations: _Validations) -> None:
    cell.font, cell.border, cell.alignment = st.BODY, st.GRID, st.CENTER
    key = column.key
    template = spec.kind == TEMPLATE
    if key in ("seq", "section", "unit", "attribute", "responsible", "target"):
        text = row.target_text if key == "target" else getattr(row, key)
        _text(cell, paging.wrapped(text, column.width) if key in WRAPPED and text else text)
    elif key == "name":  # the import compares it without the line breaks placed here
        _text(cell, paging.wrapped(row.name, column.width))
        cell.alignment = st.LEFT
    elif key == "baseline":
        _number(cell, row, row.baseline)
    elif key in ("numerator", "denominator"):
        if row.kind.has_parts:
            whole = key in row.whole_fields
            _input(cell, validations.whole if whole else validations.decimal)
            value = None if template else getattr(row, key)
            cell.value = value
            cell.number_format = st.WHOLE if whole else (
                "General" if template else st.amount_format(value, 0))
    elif key == "value":
        _value_cell(cell, row, template, validations)
    elif key == "ytd":
        _ytd_cell(cell, row, template)
    elif key == "progress":
        _text(cell, paging.wrapped(row.progress_text, column.width) if row.progress_text else "")
        fill = st.PROGRESS_FILLS.get(row.progress_state)
        if fill is not None:
            cell.fill = fill
    elif key in ("last_year", "change", "change_ratio"):
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
        whole = "value" in row.whole_fields
        _input(cell, validations.whole if whole else validations.decimal)
        number = row.value if isinstance(row.value, int | float) and not template else None
        cell.number_format = st.WHOLE if whole else (
            "General" if template else st.amount_format(number, row.decimals))
    if template or row.value is None:
        return
    if isinstance(row.value, str):
        _text(cell, row.value)
    else:
        cell.value = row.value


def _ytd_cell(cell: Cell, row: ReportRow, template: bool) -> None:
    """本年累计; in a blank template a formula: this quarter's figure (a stock's, or a
    flow's first quarter), or what the county holds of the year so far plus this quarter —
    the year so far shown before the quarter is typed, so a template printed to be filled
    in by hand carries it too."""
    if not template:
        _number(cell, row, row.year_to_date)
        return
    if not row.ytd_formula:
        return
    value = f"{letter(cell.column - 2)}{cell.row}"
    if row.prior_to_date is not None:
        cell.value = f"=IF(ISNUMBER({value}),{row.prior_to_date:g}+{value},{row.prior_to_date:g})"
    else:
        cell.value = f'=IF(ISNUMBER({value}),{value},"")'
    if row.kind is Kind.RATE:
        cell.number_format = st.PERCENT
    elif row.kind is Kind.PER_CAPITA:
        cell.number_format = st.PER_CAPITA
    else:
        cell.number_format = st.WHOLE if "value" in row.whole_fields else "General"


def _change_cell(cell: Cell, key: str, row: ReportRow) -> None:
    """上年同期, and 本年数 against it: a rate's change in 百分点; nothing held says so."""
    if key == "last_year":
        if row.last_year_missing and row.kind.is_number:
            _text(cell, "上年同期无数据")
            cell.font = st.SMALL
        else:
            _number(cell, row, row.last_year)
        return
    current, before = row.year_to_date, row.last_year
    if current is None or before is None:
        return
    # A change too small to show at the printed precision is 0 (read 0.0, not -0.0).
    if key == "change":
        whole = "value" in row.whole_fields
        cell.value = _as_shown(current - before, 1 if row.is_percent else 0 if whole else 2)
        cell.number_format = st.POINTS if row.is_percent else (
            st.SIGNED_WHOLE if whole else st.SIGNED_DECIMAL)
    elif before and not row.is_percent:
        cell.value = _as_shown((current - before) / before, 3)
        cell.number_format = "+0.0%;-0.0%;0.0%"


def _as_shown(number: float, places: int) -> float:
    return number if round(number, places) else 0.0


def _number(cell: Cell, row: ReportRow, figure: float | None) -> None:
    """A derived figure, in the row's number format (a rate as a true Excel percentage)."""
    if figure is None:
        return
    if row.kind is Kind.RATE:
        cell.value, cell.number_format = figure / 100, st.PERCENT
    elif row.kind is Kind.PER_CAPITA:
        cell.value, cell.number_format = figure, st.PER_CAPITA
    elif "value" in row.whole_fields:
        cell.value, cell.number_format = figure, st.WHOLE
    else:
        cell.value, cell.number_format = figure, st.amount_format(figure, row.decimals)


def _text(cell: Cell, text: str | None) -> None:
    """Text stays text: openpyxl would make a string starting with '=' a live formula."""
    cell.value = text if text else None
    if text:
        cell.data_type = "s"


def _input(cell: Cell, validation: DataValidation) -> None:
    cell.protection = UNLOCKED
    cell.fill = st.INPUT_FILL
    validation.add(cell)


def _segments(rows: tuple[ReportRow, ...], cuts: set[int]) -> list[tuple[int, int]]:
    """(first, end) of each run of rows in one 类别, cut where a page begins."""
    found, start = [], 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index].section != rows[start].section or index in cuts:
            found.append((start, index))
            start = index
    return found


def _fit_labels(ws: Worksheet, rows: tuple[ReportRow, ...], first: int, heights: list[float],
                width: float, page_starts: list[int]) -> None:
    """A merged 类别 label needs its rows tall enough together: the last grows if not."""
    for start, end in _segments(rows, set(page_starts)):
        if end - start < 2:
            continue
        needed = paging.row_height(len(paging.wrap(rows[start].section, width)))
        short = needed - sum(heights[start:end])
        if short > 0:
            heights[end - 1] += short
            ws.row_dimensions[first + end - 1].height = heights[end - 1]


def _merge_sections(ws: Worksheet, rows: tuple[ReportRow, ...], columns: tuple[Column, ...],
                    first: int, page_starts: list[int]) -> None:
    """The 类别 merged down its section, and split where a page begins: each page's part of
    a section carries its label."""
    col = next(i for i, c in enumerate(columns) if c.key == "section") + 1
    for start, end in _segments(rows, set(page_starts)):
        if end - start > 1:
            ws.merge_cells(start_row=first + start, end_row=first + end - 1,
                           start_column=col, end_column=col)


# The footer: signatures, the office's clerk, and the 说明 --------------------------------

SIGNERS = (("单位负责人", ""), ("审核人", ""))


def _footer(ws: Worksheet, spec: ReportSpec, sheet: ReportSheet, columns: tuple[Column, ...],
            row: int) -> None:
    """单位负责人 / 审核人 to sign by hand; 填表人, 联系电话, 填报日期 — in a blank template
    cells the office fills in (never pre-dated); then the 说明."""
    template = spec.kind == TEMPLATE
    clerk = f"{spec.clerk}（{spec.filled_by_name}代填）" if spec.filled_by_name else spec.clerk
    office = (("填表人", "" if template else clerk), ("联系电话", "" if template else spec.phone),
              ("填报日期", "" if template else spec.made_on_text))
    _label_row(ws, row, columns, SIGNERS, inputs=False)
    _label_row(ws, row + 1, columns, office, inputs=template)
    paging.note_row(ws, row + 2, len(columns), explanation(sheet, template),
                    sum(c.width for c in columns))


def _label_row(ws: Worksheet, row: int, columns: tuple[Column, ...],
               fields: tuple[tuple[str, str], ...], inputs: bool) -> None:
    """Label : value pairs spread over the columns, each pair about an equal share wide."""
    labels = [f"{label}：" for label, _ in fields]
    spans = pair_spans([c.width for c in columns], [paging.text_width(t) + 1 for t in labels])
    for (label, (_name, value)), ((l0, l1), (v0, v1)) in zip(zip(labels, fields, strict=True),
                                                             spans, strict=True):
        _span(ws, row, l0, l1)
        label_cell = paging.cell_at(ws, row, l0 + 1)
        _text(label_cell, label)
        label_cell.font, label_cell.alignment = st.BODY, st.LABEL
        _span(ws, row, v0, v1)
        cell = paging.cell_at(ws, row, v0 + 1)
        _text(cell, value)
        cell.font, cell.alignment = st.BODY, st.LEFT
        if inputs:
            for col in range(v0, v1 + 1):
                ws.cell(row, col + 1).protection = UNLOCKED
                ws.cell(row, col + 1).border = st.UNDERLINE
            cell.fill = st.INPUT_FILL
    ws.row_dimensions[row].height = 24


def pair_spans(widths: list[float], label_widths: list[float]
               ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Columns (first, last) of each label and its value: a label as wide as its words, the
    pairs each about an equal share of the row, every pair at least two columns."""
    count, groups = len(widths), len(label_widths)
    total = sum(widths)
    spans = []
    index, used = 0, 0.0
    for number, needed in enumerate(label_widths):
        later = groups - number - 1  # pairs still to place, two columns each
        start, width = index, 0.0
        while True:
            width += widths[index]
            index += 1
            if width >= needed or index >= count - 1 - 2 * later:
                break
        used += width
        value_start = index
        if later == 0:
            index = count
        else:
            used += widths[index]
            index += 1
            while index < count - 2 * later and used + widths[index] / 2 < total * (number + 1) / groups:
                used += widths[index]
                index += 1
        spans.append(((start, value_start - 1), (value_start, index - 1)))
    return spans


def _span(ws: Worksheet, row: int, first: int, last: int) -> None:
    if last > first:
        ws.merge_cells(start_row=row, end_row=row, start_column=first + 1, end_column=last + 1)


def explanation(sheet: ReportSheet, template: bool) -> str:
    """The 说明: how the sheet's figures are made, in a clerk's words, for what it holds."""
    kinds = {r.kind for r in sheet.rows}
    how = []
    if Kind.RATE in kinds:
        how.append("比率＝分子÷分母×100%")
    bases: dict[float, str] = {}  # each per-capita base as its rows count it, in their order
    for row in sheet.rows:
        if row.kind is Kind.PER_CAPITA:
            bases.setdefault(row.scale, row.denominator_name or "分母（人口数）")
    for scale, base in list(bases.items())[:4]:
        words = PER_BASE_WORDS.get(scale)
        how.append(f"每{words}人指标＝分子÷{base}×{scale:g}" if words else
                   f"比值＝分子÷{base}×{scale:g}" if scale != 1 else f"比值＝分子÷{base}")
    points = []
    if how:
        points.append("，".join(how) + "；汇总时分子、分母分别相加后再计算，不对百分比求平均或相加。")
    if any(k.is_number for k in kinds):
        points.append("本年累计：新增类指标为本年各季度之和，存量类指标为期末数。")
    if sheet.layout is Layout.STATISTICS:
        points.append("上年同期：新增类为上年同期各季度之和，存量类为上年同一季度末的数；"
                      "比率的增减以百分点计。")
    if any(r.kind is Kind.AMOUNT and r.is_percent for r in sheet.rows):
        points.append("照录的百分比（如同比增长率）只列当期数，不按季度累加，也不汇总。")
    points.append("浅黄色单元格为填报栏" + ("（含表尾的填表人、联系电话、填报日期）" if template else "")
                  + "；其他单元格已设保护，不能改动，以免表格格式被改乱。")
    return "说明：" + "".join(f"{n}. {p}" for n, p in enumerate(points, start=1))


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

