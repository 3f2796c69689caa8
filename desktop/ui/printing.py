"""打印预览 and 另存为PDF: the same page as the report workbook (DESIGN §5) — title, the
quarter, 填报单位（盖章）and 统计截止, the header in the plan's terms, one row per indicator
with 类别 merged down its section, the footer to sign with 填表人/联系电话/填报日期 and the
说明 — drawn from the same `ReportSpec` the workbook writer takes. A4 landscape, one table
of the plan per page, header repeated on every page."""

from __future__ import annotations

import html
from pathlib import Path

import shiboken6
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.catalog import Kind
from desktop.excel.columns import Column, columns_for
from desktop.excel.paging import corner_text
from desktop.excel.spec import CONSOLIDATED, TEMPLATE, ReportRow, ReportSheet, ReportSpec
from desktop.ui.formatting import number_text

STYLE = ("table.grid{border-collapse:collapse} .grid th,.grid td{border:1px solid #000;"
         "padding:1px 2px;font-size:8pt} .grid th{background:#d9e1f2;font-weight:bold}"
         "h2{text-align:center;font-size:15pt;margin:0} p{margin-top:2px;margin-bottom:2px}"
         "p.sub{text-align:center} p.note{font-size:7pt} td.c{text-align:center}"
         "td.n{text-align:right} .small{font-size:8pt}")


def printed_sheets(spec: ReportSpec) -> list[ReportSheet]:
    """The sheets the workbook prints: a table with no rows for the unit is left out."""
    return [s for s in spec.sheets if s.rows] or list(spec.sheets[:1])


def cell_text(column: Column, row: ReportRow, spec: ReportSpec) -> str:
    """A cell as the workbook shows it."""
    key, kind = column.key, row.kind
    if key in ("seq", "section", "name", "unit", "attribute", "responsible"):
        return str(getattr(row, key) or "")
    if key == "target":
        return row.target_text
    if key in ("numerator", "denominator"):
        if not kind.has_parts or spec.kind == TEMPLATE:
            return ""
        return number_text(Kind.COUNT if key in row.whole_fields else Kind.AMOUNT, getattr(row, key))
    if key == "value":
        return "" if spec.kind == TEMPLATE else number_text(kind, row.value)
    if key in ("baseline", "ytd", "last_year"):
        if key == "last_year" and row.last_year_missing and kind.is_number:
            return "上年同期无数据"
        return number_text(kind, {"baseline": row.baseline, "ytd": row.year_to_date,
                                  "last_year": row.last_year}[key])
    if key == "progress":
        return row.progress_text
    if key in ("change", "change_ratio"):
        return _change(key, row)
    return "" if spec.kind == TEMPLATE else (row.note or "")


def _change(key: str, row: ReportRow) -> str:
    now, before = row.year_to_date, row.last_year
    if now is None or before is None:
        return ""
    if key == "change":
        return f"{now - before:+.1f}个百分点" if row.is_percent else f"{now - before:+,.0f}"
    return "" if row.is_percent or not before else f"{(now - before) / before:+.1%}"


def sheet_rows(sheet: ReportSheet, spec: ReportSpec) -> list[list[str]]:
    """The body of one printed table, a list of cells per indicator, in the plan's order."""
    columns = columns_for(sheet.layout, spec.year)
    return [[cell_text(c, row, spec) for c in columns] for row in sheet.rows]


def footer_lines(spec: ReportSpec) -> list[list[str]]:
    """单位负责人 and 审核人 to sign by hand, then 填表人, 联系电话, 填报日期, spread across
    the page as the workbook spreads them."""
    template = spec.kind == TEMPLATE
    clerk = f"{spec.clerk}（{spec.filled_by_name}代填）" if spec.filled_by_name else spec.clerk
    return [["单位负责人：", "审核人："],
            [f"填表人：{'' if template else clerk}", f"联系电话：{'' if template else spec.phone}",
             f"填报日期：{'' if template else spec.made_on_text}"]]


def _footer(spec: ReportSpec) -> str:
    e = html.escape
    return "".join("<table width='100%' class='small' cellpadding='2'><tr>"
                   + "".join(f"<td width='{100 // len(line)}%'>{e(cell)}</td>" for cell in line)
                   + "</tr></table>" for line in footer_lines(spec))


def page_markup(spec: ReportSpec) -> str:
    """The whole report as the printer gets it: one page (or more) per printed table."""
    pages = [_page(sheet, spec, new_page=number > 0)
             for number, sheet in enumerate(printed_sheets(spec))]
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(pages)}</body></html>"


def _page(sheet: ReportSheet, spec: ReportSpec, new_page: bool) -> str:
    from desktop.excel.table_sheet import explanation  # openpyxl only when printing

    e = html.escape
    columns = columns_for(sheet.layout, spec.year)
    total = sum(c.width for c in columns)
    head = "".join(f"<th width='{c.width / total * 100:.1f}%'>{e(c.label)}</th>" for c in columns)
    corner = corner_text(sheet.form_code, sheet.form_issuer).replace("\n", "<br>")
    coverage = spec.coverage if spec.kind == CONSOLIDATED else ""
    brk = " style='page-break-before:always'" if new_page else ""
    return (f"<h2{brk}>{e(spec.title)}</h2><p class='sub'>{e(spec.subtitle)}</p>"
            + (f"<p class='small' align='right'>{corner}</p>" if corner else "")
            + "<table width='100%' class='small'><tr>"
            f"<td width='40%'>填报单位（盖章）：{e(spec.unit_name)}</td>"
            f"<td width='30%' align='center'>{e(sheet.title)}</td>"
            f"<td width='30%' align='right'>统计截止：{e(spec.as_of_text)}</td></tr></table>"
            + (f"<p class='small'>{e(coverage)}</p>" if coverage else "")
            + f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>"
            f"<tbody>{_body(sheet, spec, columns)}</tbody></table>"
            + _footer(spec)
            + f"<p class='note'>{e(explanation(sheet, spec.kind == TEMPLATE))}</p>")


def _body(sheet: ReportSheet, spec: ReportSpec, columns: tuple[Column, ...]) -> str:
    """Rows with the 类别 merged down its section (rowspan), as the workbook merges it."""
    e = html.escape
    section = next(i for i, c in enumerate(columns) if c.key == "section")
    rows = sheet_rows(sheet, spec)
    markup = []
    for index, cells in enumerate(rows):
        first = index == 0 or sheet.rows[index].section != sheet.rows[index - 1].section
        span = 1
        while index + span < len(rows) and sheet.rows[index + span].section == sheet.rows[index].section:
            span += 1
        tds = []
        for number, (column, text) in enumerate(zip(columns, cells, strict=True)):
            if number == section and not first:
                continue
            attrs = f" rowspan='{span}'" if number == section and span > 1 else ""
            align = "n" if column.key in ("baseline", "numerator", "denominator", "value", "ytd",
                                          "last_year", "change", "change_ratio") else \
                "" if column.key in ("name", "note") else "c"
            fill = _fill(column.key, sheet.rows[index], spec)
            attrs += f" bgcolor='#{fill}'" if fill else ""
            tds.append(f"<td class='{align}' valign='middle'{attrs}>{e(text)}</td>")
        markup.append("<tr>" + "".join(tds) + "</tr>")
    return "".join(markup)


def _fill(key: str, row: ReportRow, spec: ReportSpec) -> str:
    """The cell's shading in the workbook: input cells light yellow, 完成进度 by its state."""
    from desktop.excel import styles  # openpyxl only when printing

    parts = row.kind.has_parts
    if key == "note" or (key in ("numerator", "denominator") and parts) or (key == "value" and not parts):
        return str(styles.INPUT_FILL.fgColor.rgb)[-6:]
    progress = styles.PROGRESS_FILLS.get(row.progress_state) if key == "progress" else None
    return str(progress.fgColor.rgb)[-6:] if progress is not None else ""


def document(spec: ReportSpec) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(page_markup(spec))
    return doc


def _printer(pdf: Path | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if pdf is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
    return printer


def save_pdf(spec: ReportSpec, path: Path) -> None:
    document(spec).print_(_printer(path))


def preview(parent: QWidget, spec: ReportSpec) -> None:
    # The dialog keeps only a C++ pointer to the printer: held here, in Python, for the
    # dialog's whole life. A temporary printer is freed at once and the preview then
    # paints into freed memory (a segmentation fault on a real X display).
    printer = _printer()
    doc = document(spec)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.resize(parent.window().size() * 0.9)  # a page one can read, not a thumbnail
    dialog.paintRequested.connect(lambda target: doc.print_(target))
    try:
        dialog.exec()
    finally:
        shiboken6.delete(dialog)  # gone before the printer it points to
        del printer
