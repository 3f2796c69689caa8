"""Benchmark (not a test): importing and consolidating 1,000 town reports, next to
python-calamine reading the values of the same files in the same run.

The import is measured as a clerk runs it, `yinling import --dry-run` of all the files,
and compared beyond the fixed cost of one file (a fresh process, its imports and the
catalog): (all − one) against calamine's (all − one), each in a fresh process.

    .venv/bin/python -m tests.bench.bench_import [--reports 1000]

The 1,000 towns are added under 青铜峡市 in a temporary copy of the catalogs; each report
is a real export whose `_meta` names its own town.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from desktop.periods import Period

Q2 = Period(2025, 2)


def make_schema(folder: Path, count: int) -> Path:
    root = folder / "schema"  # an extra catalogs folder (YINLING_SCHEMA): only the towns
    (root / "units").mkdir(parents=True)
    lines = []
    for n in range(count):
        lines += ["[[unit]]", f'code = "qingtongxia.bench{n:04d}"', f'name = "测试{n:04d}镇"',
                  'type = "town"', 'parent = "qingtongxia"', ""]
    (root / "units" / "zz_bench.toml").write_text("\n".join(lines), encoding="utf-8")
    return root


def clone_reports(template: Path, folder: Path, count: int) -> list[Path]:
    """Copies of one real report, each its own town's: the unit's code in `_meta` (with the
    header checksum that covers it) and its name in the printed titles."""
    from desktop.catalog import load_catalog
    from desktop.excel.meta import META_SHEET, Meta, header_checksum
    from desktop.excel.reader import Workbook
    from desktop.excel.report_reader import _row_values

    with Workbook(template) as book:
        meta = Meta.from_records(tuple(_row_values(r)) for r in book.rows(META_SHEET))
    old_code = meta.values["unit_code"]
    old_name = load_catalog().units.get(old_code).name
    with zipfile.ZipFile(template) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()}
    files = []
    for n in range(count):
        code, name = f"qingtongxia.bench{n:04d}", f"测试{n:04d}镇"
        header = header_checksum({**meta.values, "unit_code": code})
        path = folder / f"town{n:04d}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for part, data in parts.items():
                if part.startswith("xl/worksheets/"):
                    data = data.replace(old_name.encode(), name.encode())
                    data = data.replace(f"<t>{old_code}</t>".encode(), f"<t>{code}</t>".encode())
                    data = data.replace(meta.values["header_checksum"].encode(), header.encode())
                target.writestr(part, data)
        files.append(path)
    return files


CALAMINE = """
import sys, python_calamine
for path in sys.argv[1:]:
    book = python_calamine.CalamineWorkbook.from_path(path)
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()
"""


def timed_run(command: list[str], runs: int = 1) -> float:
    """The median wall time of `command` (a fresh process each time), which must succeed."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(f"{command[:4]} … failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return statistics.median(times)


def calamine_floor(files: list[Path], runs: int = 1) -> float:
    """python-calamine reading every sheet's values of `files`, in a fresh process."""
    return timed_run([sys.executable, "-c", CALAMINE, *map(str, files)], runs)


def dry_run(county: Path, files: list[Path], runs: int = 1) -> float:
    """`yinling import --dry-run` of `files`, as a clerk runs it."""
    return timed_run([sys.executable, "-m", "desktop", "import", "--dry-run", "--db", str(county),
                      *map(str, files)], runs)


def measure(folder: Path, reports: int, runs: int = 1) -> dict[str, float]:
    """Seconds for: calamine and our dry run on one file and on all (`floor_1`, `floor`,
    `dry_1`, `dry`), then in this process plan, commit and consolidate (`total`)."""
    os.environ["YINLING_SCHEMA"] = str(make_schema(folder, reports))
    os.environ["YINLING_CATALOG_CACHE"] = "0"
    try:
        from desktop.usecases.consolidating import consolidate
        from desktop.usecases.demo import fill_demo
        from desktop.usecases.importing import commit_import, plan_import
        from desktop.usecases.reports import export_report
        from desktop.usecases.workspace import create_data_file

        source = create_data_file(folder / "source.sqlite", "qingtongxia")
        fill_demo(source, ("qingtongxia",))
        export_report(source, "qingtongxia", "qingtongxia.daba", Q2, folder / "daba.xlsx")
        source.close()
        (folder / "in").mkdir()
        files = clone_reports(folder / "daba.xlsx", folder / "in", reports)
        create_data_file(folder / "county.sqlite", "qingtongxia").close()
        figures = {"floor_1": calamine_floor(files[:1], 3), "floor": calamine_floor(files, runs),
                   "dry_1": dry_run(folder / "county.sqlite", files[:1], 3),
                   "dry": dry_run(folder / "county.sqlite", files, runs)}
        county = create_data_file(folder / "county2.sqlite", "qingtongxia")
        started = time.perf_counter()
        plan = plan_import(county, files)
        planned = time.perf_counter()
        assert not plan.refused, [str(p) for f in plan.files for p in f.refusals][:5]
        commit_import(county, plan)
        committed = time.perf_counter()
        consolidate(county, "qingtongxia", "qingtongxia", Q2, folder / "summary.xlsx")
        done = time.perf_counter()
        county.close()
    finally:
        os.environ.pop("YINLING_SCHEMA", None)
    return {**figures, "plan": planned - started, "commit": committed - planned,
            "consolidate": done - committed, "total": done - started}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=int(os.environ.get("YINLING_BENCH_REPORTS", 1000)))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        r = measure(Path(tmp), args.reports)
    ours, floor = r["dry"] - r["dry_1"], r["floor"] - r["floor_1"]
    print(f"{args.reports} town reports")
    print(f"  python-calamine reading every sheet's values: {r['floor']:6.2f} s (one file {r['floor_1']:.2f} s)")
    print(f"  yinling import --dry-run                    : {r['dry']:6.2f} s (one file {r['dry_1']:.2f} s)")
    print(f"  beyond one file: {ours:.2f} s vs {floor:.2f} s = {ours / floor:.2f}x the floor")
    print(f"  in one process: read + match + check (plan) {r['plan']:6.2f} s, commit {r['commit']:6.2f} s,"
          f" consolidate + write the county report {r['consolidate']:6.2f} s")


if __name__ == "__main__":
    main()
