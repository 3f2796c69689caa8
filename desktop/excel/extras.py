"""The consolidated report's two extra sheets (DESIGN §5), printed like the main sheets:
分单位明细 (every unit's figure beside the total, grouped by table and 类别, 本级 its own
column, departments beside) and 报送情况 (who reported, when, from which file)."""

from __future__ import annotations

from copy import copy

from openpyxl.cell import Cell
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from desktop.catalog import Kind
from desktop.excel import paging
from desktop.excel import styles as st
from desktop.excel.columns import letter
from desktop.excel.spec import ENTERED_HERE, DetailCell, DetailRow, ReportRow, ReportSpec

OWN_MARK, DIFFERS_MARK = "※", "△"


# 分单位明细 ------------------------------------------------------------------------------


def write_detail(ws: Worksheet, spec: ReportSpec) -> None:
    """Indicators × units: up to hundreds of thousands of cells for a large county, so each
    distinct style is built once and copied (openpyxl hashes styles per assignment)."""
    detail = spec.detail
    labels = ["序号", "指标名称", "单位", "口径", *(name for _c, name in detail.columns), "本级"]
    widths = [5.0, 26.0, 7.0, 10.0, *(9.0 for _ in detail.columns), 8.0]
    if detail.with_departments:
        labels.append("部门报送")
        widths.append(26.0)
    labels.append("汇总数")
    widths.append(10.0)
    for index, width in enumerate(widths):
        ws.column_dimensions[letter(index)].width = width
    header = paging.title_block(
        ws, spec, len(labels), "分单位明细（存量类为期末数，新增类分列本季度、本年累计）",
        line=spec.coverage)
    _header_row(ws, header, labels)
    styles = _BodyStyles()
    number, keep = header + 1, []
    heights: list[float] = []
    table = section = None
    for line in detail.rows:
        if line.table != table:
            table, section = line.table, None
            keep.append(len(heights))
            heights.append(_band(ws, number, len(labels), line.table, st.SECTION_FILL))
            number += 1
        if line.row.section != section:
            section = line.row.section
            keep.append(len(heights))
            heights.append(_band(ws, number, len(labels), f"类别：{section}", None))
            number += 1
        heights.append(_detail_line(ws, number, line, detail.columns, detail.with_departments,
                                    widths, styles))
        number += 1
    _notes(ws, number + 1, len(labels), spec.explained, sum(widths))
    _pages(ws, header, heights, widths, keep)
    paging.print_setup(ws, header, name_columns="A:B")
    ws.freeze_panes = f"E{header + 1}"
    paging.protect(ws)


def _detail_line(ws: Worksheet, number: int, line: DetailRow, columns: tuple[tuple[str, str], ...],
                 departments: bool, widths: list[float], styles: _BodyStyles) -> float:
    row = line.row
    first = line.label in ("本季度", "期末数")
    values: list[object] = [row.seq if first else "", row.name if first else "", row.unit,
                            line.label]
    values += [line.cells.get(code) for code, _name in columns]
    values.append(line.own)
    if departments:
        values.append(_departments_text(row, line))
    values.append(DetailCell(line.total))
    lines = 1
    for index, value in enumerate(values):
        cell = paging.cell_at(ws, number, index + 1)
        if isinstance(value, DetailCell):
            _figure(cell, row, value, styles)
        else:
            text = paging.wrap(str(value), widths[index]) if value not in (None, "") else []
            lines = max(lines, len(text))
            _text(cell, "\n".join(text))
            styles.apply(cell, "name" if index in (1, len(values) - 2) else "text")
    height = paging.row_height(lines)
    ws.row_dimensions[number].height = height
    return height


def _figure(cell: Cell, row: ReportRow, value: DetailCell, styles: _BodyStyles) -> None:
    shown = value.value
    if shown is None:
        styles.apply(cell, "text")
        return
    if isinstance(shown, str):
        _text(cell, shown if len(shown) <= 24 else shown[:23] + "…")
        styles.apply(cell, "text")
        return
    cell.value = shown / 100 if row.kind is Kind.RATE else shown
    number_format = figure_format(row, float(shown))
    if value.own_ytd:
        number_format = f'{number_format}"{OWN_MARK}"'
    styles.apply(cell, number_format)


def figure_format(row: ReportRow, value: float | None) -> str:
    if row.kind is Kind.RATE:
        return st.PERCENT
    if row.kind is Kind.PER_CAPITA:
        return st.PER_CAPITA
    if "value" in row.whole_fields:
        return st.WHOLE
    return st.amount_format(value, row.decimals)


def shown_figure(row: ReportRow, value: float | str | None) -> str:
    """A figure as text, the way its cell would show it (for the 部门报送 column)."""
    if value is None:
        return "未报"
    if isinstance(value, str):
        return value
    if row.kind is Kind.RATE:
        return f"{value:.1f}%"
    if row.kind is Kind.PER_CAPITA:
        return f"{value:.2f}"
    places = 0 if "value" in row.whole_fields else max(row.decimals, _places(value))
    return f"{value:,.{places}f}"


def _places(value: float) -> int:
    text = f"{round(value, 4):.4f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _departments_text(row: ReportRow, line: DetailRow) -> str:
    parts = []
    for name, cell, counted in line.departments:
        mark = "（计入）" if counted else (DIFFERS_MARK if cell.differs else "")
        parts.append(f"{name} {shown_figure(row, cell.value)}{mark}")
    return "；".join(parts)


def _band(ws: Worksheet, number: int, width: int, text: str, fill: PatternFill | None) -> float:
    """A heading row across the sheet: the table's title, or a 类别."""
    ws.merge_cells(start_row=number, end_row=number, start_column=1, end_column=width)
    cell = paging.cell_at(ws, number, 1)
    _text(cell, text)
    cell.font, cell.alignment, cell.border = st.SECTION_FONT, st.LEFT, st.GRID
    if fill is not None:
        cell.fill = fill
    ws.row_dimensions[number].height = 20
    return 20.0


def _notes(ws: Worksheet, number: int, width: int, notes: tuple[str, ...], total: float) -> None:
    if not notes:
        return
    text = "说明：" + "".join(f"{n}. {note}" for n, note in enumerate(notes, start=1))
    paging.note_row(ws, number, width, text, total)


def _pages(ws: Worksheet, header: int, heights: list[float], widths: list[float],
           keep: list[int]) -> None:
    scale = paging.fit_scale(widths)
    above = sum(ws.row_dimensions[r].height or 15 for r in range(1, header + 1))
    starts = paging.page_starts(heights, above, ws.row_dimensions[header].height or 30, scale,
                                keep)
    paging.add_breaks(ws, [header + 1 + s for s in starts])


class _BodyStyles:
    """Body font and grid, per number format, made once and copied into each cell."""

    def __init__(self) -> None:
        self._made: dict[str, object] = {}

    def apply(self, cell: Cell, number_format: str) -> None:
        made = self._made.get(number_format)
        if made is None:
            cell.font, cell.border = st.BODY, st.GRID
            cell.alignment = st.LEFT if number_format == "name" else st.CENTER
            if number_format not in ("text", "name"):
                cell.number_format = number_format
            # openpyxl's private StyleArray: copying it is far quicker than setting four styles.
            self._made[number_format] = copy(cell._style)  # type: ignore[attr-defined]  # private, as above
        else:
            cell._style = copy(made)  # type: ignore[attr-defined]  # private, as above


# 报送情况 --------------------------------------------------------------------------------


def write_children(ws: Worksheet, spec: ReportSpec) -> None:
    signed = any(c.signature for c in spec.children)
    columns = [("序号", 5), ("单位名称", 22), ("报送情况", 9), ("收到时间", 17), ("来源文件", 30),
               ("导出后改动", 10), *((("验证", 9),) if signed else ()), ("审核警告", 40)]
    for index, (_label, width) in enumerate(columns):
        ws.column_dimensions[letter(index)].width = width
    expected = len(spec.children)
    missing = [c.name for c in spec.children if not c.received]
    counts = f"应报 {expected} 个单位，已报 {expected - len(missing)} 个，未报 {len(missing)} 个"
    if missing:
        counts += f"（{'、'.join(missing)}）"
    header = paging.title_block(ws, spec, len(columns), "报送情况", line=counts)
    _header_row(ws, header, [label for label, _w in columns])
    heights, styles = [], _BodyStyles()
    for number, child in enumerate(spec.children, start=1):
        values = [str(number), child.name, "已收到" if child.received else "未收到",
                  child.received_at, child.file,
                  ("是" if child.changed_after_export else "否") if child.received and child.file
                  and child.file != ENTERED_HERE else "",
                  *((child.signature,) if signed else ()), child.warnings]
        row = header + number
        lines = 1
        for index, value in enumerate(values):
            cell = paging.cell_at(ws, row, index + 1)
            text = paging.wrap(value, columns[index][1]) if value else []
            _text(cell, "\n".join(text))
            styles.apply(cell, "name" if index in (1, 4, len(values) - 1) else "text")  # made once
            lines = max(lines, len(text))
        ws.row_dimensions[row].height = paging.row_height(lines)
        heights.append(paging.row_height(lines))
    _pages(ws, header, heights, [w for _l, w in columns], [])
    paging.print_setup(ws, header, name_columns="A:B")
    ws.freeze_panes = f"C{header + 1}"
    paging.protect(ws)


def _header_row(ws: Worksheet, row: int, labels: list[str]) -> None:
    for index, label in enumerate(labels):
        cell = paging.cell_at(ws, row, index + 1)
        _text(cell, label)
        cell.font, cell.fill, cell.alignment, cell.border = st.HEADER, st.HEADER_FILL, st.CENTER, st.GRID
    ws.row_dimensions[row].height = 30


def _text(cell: Cell, text: str | None) -> None:
    cell.value = text if text else None
    if text:
        cell.data_type = "s"
