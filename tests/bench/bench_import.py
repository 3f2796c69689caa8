"""Benchmark (not a test): importing and consolidating 1,000 town reports, next to
python-calamine reading the values of the same files in the same run.

    .venv/bin/python -m tests.bench.bench_import [--reports 1000]

The 1,000 towns are added under 青铜峡市 in a temporary copy of the catalogs; each report
is a real export whose `_meta` names its own town.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import zipfile
from pathlib import Path

import python_calamine

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
    """Copies of one real report, each with its own town in _meta."""
    with zipfile.ZipFile(template) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()}
    meta_part = next(name for name, data in parts.items()
                     if name.startswith("xl/worksheets/") and b"<t>unit_code</t>" in data)
    files = []
    for n in range(count):
        path = folder / f"town{n:04d}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                if name == meta_part:
                    data = data.replace(b"<t>qingtongxia.daba</t>",
                                        f"<t>qingtongxia.bench{n:04d}</t>".encode())
                target.writestr(name, data)
        files.append(path)
    return files


def calamine_floor(files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
    return time.perf_counter() - started


def measure(folder: Path, reports: int) -> dict[str, float]:
    """Seconds for: the calamine floor, plan, commit, consolidate, total."""
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
        floor = calamine_floor(files)
        county = create_data_file(folder / "county.sqlite", "qingtongxia")
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
    return {"floor": floor, "plan": planned - started, "commit": committed - planned,
            "consolidate": done - committed, "total": done - started}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        r = measure(Path(tmp), args.reports)
    print(f"{args.reports} town reports")
    print(f"  python-calamine reading every sheet's values (floor): {r['floor']:6.2f} s")
    print(f"  import: read + match + check (plan)                 : {r['plan']:6.2f} s")
    print(f"  import: commit in one transaction                   : {r['commit']:6.2f} s")
    print(f"  consolidate + write the county report               : {r['consolidate']:6.2f} s")
    print(f"  total {r['total']:.2f} s = {r['total'] / r['floor']:.2f}x the floor")


if __name__ == "__main__":
    main()
