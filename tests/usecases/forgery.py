"""An attacker with the program's own source: edits a report's cells and its `_meta`, then
recomputes both unkeyed checksums exactly as the program does, so that only the signature
can tell. (What the seven forgeries of issue 18 did.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from desktop.catalog import Catalog
from desktop.excel.meta import META_SHEET, checksum, header_checksum
from desktop.excel.reader import Workbook
from desktop.excel.report_reader import _checksum_values, read_report

Cells = dict[tuple[str, str], object]  # (sheet, cell) → new value


def forge(source: Path, target: Path, catalog: Catalog, *, cells: Cells | None = None,
          meta: dict[str, str | None] | None = None, recompute: bool = True) -> Path:
    """`cells` and `meta` changed (a meta value None is removed); with `recompute`, the
    printed title rows follow a new unit or period and both checksums are made again."""
    shutil.copy(source, target)
    book = openpyxl.load_workbook(target)
    for (sheet, ref), value in (cells or {}).items():
        book[sheet][ref].value = value
    if meta:
        _edit_meta(book, meta)
        if recompute:
            _retitle(book, meta)
    book.save(target)
    if recompute:
        _recompute(target, catalog)
    return target


def meta_value(path: Path, key: str) -> str:
    book = openpyxl.load_workbook(path)
    for row in book[META_SHEET].iter_rows(values_only=True):
        if row[0] == "meta" and row[1] == key:
            return str(row[2])
    raise KeyError(key)


def _edit_meta(book: openpyxl.Workbook, changes: dict[str, str | None]) -> None:
    sheet = book[META_SHEET]
    for row in list(sheet.iter_rows()):
        if row[0].value == "meta" and row[1].value in changes:
            new = changes[str(row[1].value)]
            if new is None:
                for cell in row:
                    cell.value = None
            else:
                row[2].value = new


def _retitle(book: openpyxl.Workbook, changes: dict[str, str | None]) -> None:
    for sheet in book.worksheets:
        if sheet.title == META_SHEET:
            continue
        if changes.get("unit_name"):
            sheet["A3"].value = f"填报单位（盖章）：{changes['unit_name']}"
        if changes.get("period"):
            period = str(changes["period"])
            sheet["A2"].value = f"（{period[:4]}年第{period[-1]}季度）"


def _recompute(path: Path, catalog: Catalog) -> None:
    book = openpyxl.load_workbook(path)
    values = _meta_values(book)
    _set_meta(book, "header_checksum", header_checksum(values))
    book.save(path)
    with Workbook(path) as read:
        report = read_report(read, catalog)
    assert report.meta is not None
    book = openpyxl.load_workbook(path)
    if values.get("kind") != "template":
        _set_meta(book, "checksum", checksum(_checksum_values(report), report.meta.values))
    book.save(path)


def _meta_values(book: openpyxl.Workbook) -> dict[str, str]:
    return {str(r[1]): "" if r[2] is None else str(r[2])
            for r in book[META_SHEET].iter_rows(values_only=True) if r[0] == "meta"}


def _set_meta(book: openpyxl.Workbook, key: str, value: str) -> None:
    for row in book[META_SHEET].iter_rows():
        if row[0].value == "meta" and row[1].value == key:
            row[2].value = value
            return
    book[META_SHEET].append(["meta", key, value])
