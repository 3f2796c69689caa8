"""Real files for the totals tests: each unit's own data file, its figures typed in, its
report exported; a county file that imports them; the consolidated workbook read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from desktop.catalog import Catalog
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.usecases.entry import set_fields
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file

Figures = dict[Period, dict[str, dict[str, str]]]  # quarter → indicator → field → typed text


def unit_report(folder: Path, plan: str, unit: str, figures: Figures, period: Period,
                catalog: Catalog | None = None) -> Path:
    """`unit`'s own data file with `figures` typed in, and its report for `period`."""
    folder.mkdir(parents=True, exist_ok=True)
    ws = create_data_file(folder / f"{unit}.sqlite", unit, clerk="填表人", catalog=catalog)
    try:
        type_in(ws, plan, unit, figures)
        path = folder / f"{unit}-{period}.xlsx"
        export_report(ws, plan, unit, period, path)
        return path
    finally:
        ws.close()


def type_in(ws: Workspace, plan: str, unit: str, figures: Figures) -> None:
    for quarter, by_indicator in figures.items():
        for indicator, fields in by_indicator.items():
            set_fields(ws, EntryKey(plan, indicator, unit, str(quarter)), fields)


def import_all(ws: Workspace, files: list[Path]) -> None:
    plan = plan_import(ws, files)
    assert not plan.refused, [str(p) for f in plan.files for p in f.refusals]
    commit_import(ws, plan)


def sheet_with(book: openpyxl.Workbook, name: str) -> Worksheet:
    """The main sheet holding the indicator `name`."""
    for ws in book.worksheets:
        if ws.sheet_state == "visible" and row_of(ws, name, missing_ok=True):
            return ws
    raise AssertionError(name)


def shown(value: object) -> object:
    """A cell's text without the line breaks the writer places."""
    return value.replace("\n", "") if isinstance(value, str) else value


def words(value: object) -> str:
    """Text compared as read: a line break may stand where a space was."""
    return "".join(str(value).split())


def header_row(ws: Worksheet) -> int:
    return next(c.row for c in ws["A"] if c.value == "序号")


def column(ws: Worksheet, label: str) -> str:
    for cell in ws[header_row(ws)]:
        if shown(cell.value) == label:
            return cell.column_letter
    raise AssertionError(label)


def row_of(ws: Worksheet, name: str, missing_ok: bool = False) -> int:
    for col in ("B", "C"):
        for cell in ws[col]:
            if shown(cell.value) == name:
                return cell.row
    if missing_ok:
        return 0
    raise AssertionError(name)


def cell(ws: Worksheet, name: str, label: str) -> object:
    return ws[f"{column(ws, label)}{row_of(ws, name)}"]


def detail_lines(book: openpyxl.Workbook, name: str) -> dict[str, dict[str, object]]:
    """分单位明细's lines of indicator `name`: {口径: {column label: value}}."""
    ws = book["分单位明细"]
    header = header_row(ws)
    labels = [shown(c.value) for c in ws[header]]
    found: dict[str, dict[str, object]] = {}
    current = None
    for row in ws.iter_rows(min_row=header + 1, values_only=True):
        if row[1] is not None:
            current = shown(row[1])
        if current == name and row[3]:
            found[str(shown(row[3]))] = dict(zip(labels, row, strict=False))
    assert found, name
    return found
