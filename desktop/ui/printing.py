"""Print preview and PDF of the current table through Qt's printing support, for offices
that print without Excel. A4 landscape, the header repeated on every page."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PrintTable:
    title: str
    subtitle: str
    headers: list[str]
    rows: list[list[str]]


def document(table: PrintTable) -> QTextDocument:
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in table.headers)
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in table.rows)
    markup = (
        "<style>table{border-collapse:collapse;width:100%} th,td{border:1px solid #000;"
        "padding:2px 4px;font-size:8pt} th{background:#d9e1f2} h2{text-align:center}"
        "p{text-align:center}</style>"
        f"<h2>{e(table.title)}</h2><p>{e(table.subtitle)}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc


def _printer(pdf: Path | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if pdf is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
    return printer


def save_pdf(table: PrintTable, path: Path) -> None:
    document(table).print_(_printer(path))


def preview(parent: QWidget, table: PrintTable) -> None:
    # The dialog keeps only a C++ pointer to the printer: held here, in Python, for the
    # dialog's whole life. A temporary printer is freed at once and the preview then
    # paints into freed memory (a segmentation fault on a real X display).
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda target: document(table).print_(target))
    try:
        dialog.exec()
    finally:
        shiboken6.delete(dialog)  # gone before the printer it points to
        del printer
