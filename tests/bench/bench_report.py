"""Benchmark (not a test): exporting a report, next to xlsxwriter writing the same cells
with the same styles in the same run.

    .venv/bin/python -m tests.bench.bench_report [--repeat 7]

The floor is xlsxwriter (a fast, write-only library) given the cells, styles, merges and
protection of the workbook our writer builds; our figure is the whole export (reading the
data file, deriving, building with openpyxl, saving atomically).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

from desktop.catalog import load_catalog
from desktop.excel.writer import build_workbook
from desktop.periods import Period
from desktop.usecases.demo import fill_demo
from desktop.usecases.reports import export_report, report_spec
from desktop.usecases.workspace import Workspace, create_data_file

Q2 = Period(2025, 2)


def xlsxwriter_copy(openpyxl_book: object, path: Path) -> None:
    """The same cells, number formats, fonts, fills, borders, locks, merges and widths."""
    out = xlsxwriter.Workbook(str(path))
    formats: dict[tuple, object] = {}
    for ws in openpyxl_book.worksheets:  # type: ignore[attr-defined]
        sheet = out.add_worksheet(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                key = (cell.number_format, cell.font.name, cell.font.sz, cell.font.b,
                       cell.fill.fgColor.rgb if cell.fill.fill_type else None,
                       bool(cell.border.left.style), cell.protection.locked,
                       cell.alignment.wrap_text)
                if key not in formats:
                    spec = {"num_format": key[0], "font_name": key[1], "font_size": key[2] or 10,
                            "bold": bool(key[3]), "border": 1 if key[5] else 0,
                            "locked": key[6], "text_wrap": bool(key[7])}
                    if key[4]:
                        spec["bg_color"] = "#" + str(key[4])[-6:]
                    formats[key] = out.add_format(spec)
                sheet.write(cell.row - 1, cell.column - 1, cell.value, formats[key])
        for merged in ws.merged_cells.ranges:
            sheet.merge_range(merged.min_row - 1, merged.min_col - 1, merged.max_row - 1,
                              merged.max_col - 1, None)
        for letter, dim in ws.column_dimensions.items():
            if dim.width:
                sheet.set_column(f"{letter}:{letter}", dim.width)
        if ws.protection.sheet:
            sheet.protect()
    out.close()


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def line(label: str, samples: list[float], floor: list[float] | None = None) -> str:
    median = statistics.median(samples)
    text = (f"{label:44}{median * 1000:9.1f}{min(samples) * 1000:9.1f}{max(samples) * 1000:9.1f}")
    if floor:
        text += f"{median / statistics.median(floor):8.2f}x"
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {}
        for plan_id in ("qingtongxia", "linhai"):  # one data file per region, as offices keep them
            files[plan_id] = create_data_file(folder / f"{plan_id}.sqlite", plan_id, catalog=catalog)
            fill_demo(files[plan_id], (plan_id,))
        ws = files["qingtongxia"]
        print(f"{'(ms)':44}{'median':>9}{'min':>9}{'max':>9}{'ratio':>9}")
        for plan, unit in (("qingtongxia", "qingtongxia"), ("linhai", "linhai"),
                           ("qingtongxia", "qingtongxia.daba")):
            ws = files[plan]
            book = build_workbook(report_spec(ws, plan, unit, Q2))
            floor = timed(lambda b=book: xlsxwriter_copy(b, folder / "floor.xlsx"), args.repeat)
            ours = timed(lambda w=ws, p=plan, u=unit: export_report(w, p, u, Q2, folder / "r.xlsx"),
                         args.repeat)
            print(line(f"xlsxwriter, same cells: {plan}/{unit}", floor))
            print(line(f"export: {plan}/{unit}", ours, floor))
        region = [catalog.units.get("qingtongxia"), *catalog.units.descendants("qingtongxia")]
        units = [u.code for u in region if not u.is_department]
        started = time.perf_counter()
        for code in units:
            export_report(ws, "qingtongxia", code, Q2, folder / f"{code}.xlsx")
        print(f"all {len(units)} units of 青铜峡市: {time.perf_counter() - started:.2f} s")
        _all_region_floor(ws, units, folder)
        for opened in files.values():
            opened.close()


def _all_region_floor(ws: Workspace, units: list[str], folder: Path) -> None:
    started = time.perf_counter()
    for code in units:
        xlsxwriter_copy(build_workbook(report_spec(ws, "qingtongxia", code, Q2)),
                        folder / f"floor-{code}.xlsx")
    print(f"  (xlsxwriter for the same {len(units)} units, building included: "
          f"{time.perf_counter() - started:.2f} s)")


if __name__ == "__main__":
    main()
