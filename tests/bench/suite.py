"""`make bench`: every benchmark, each figure next to a floor measured in the same run,
checked against its budget; one table printed and written to bench-results.txt.

Benchmarks are not tests: they measure, they do not pass or fail CI.

Counts for a quick run (or the same as options): YINLING_BENCH_RUNS (cold starts, exports;
7), YINLING_BENCH_EDITS (edits to repaint and autosaved edits; 300), YINLING_BENCH_REPORTS
(town reports imported and consolidated; 1000).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.bench import bench_import, bench_report, bench_store, bench_window

REPO = Path(__file__).resolve().parents[2]
FROZEN = REPO / "dist" / "yinling" / "yinling"


@dataclass
class Figure:
    name: str
    samples: list[float]  # seconds
    floor_name: str = ""
    floor: list[float] | None = None
    max_ratio: float | None = None
    max_ms: float | None = None
    max_above_ms: float | None = None  # at most this much above the floor
    stat: Callable[[list[float]], float] = statistics.median

    @property
    def value(self) -> float:
        return self.stat(self.samples)

    @property
    def ratio(self) -> float | None:
        return self.value / self.stat(self.floor) if self.floor else None

    @property
    def above_ms(self) -> float | None:
        return (self.value - self.stat(self.floor)) * 1000 if self.floor else None

    @property
    def verdict(self) -> str:
        misses = []
        if self.max_ratio is not None and self.ratio is not None and self.ratio > self.max_ratio:
            misses.append(f"ratio > {self.max_ratio:g}")
        if self.max_ms is not None and self.value * 1000 > self.max_ms:
            misses.append(f"> {self.max_ms:g} ms")
        above = self.above_ms
        if self.max_above_ms is not None and above is not None and above > self.max_above_ms:
            misses.append(f"{above:.1f} ms above the floor")
        budget = " and ".join(filter(None, [f"≤{self.max_ratio:g}x" if self.max_ratio else "",
                                            f"<{self.max_ms:g} ms" if self.max_ms else "",
                                            f"≤ floor+{self.max_above_ms:g} ms" if self.max_above_ms
                                            else ""]))
        if not budget:
            return "(reported)"
        return f"{budget}: " + ("MEETS" if not misses else "MISSES (" + ", ".join(misses) + ")")


def p99(samples: list[float]) -> float:
    return bench_store.percentile(samples, 0.99)


def environment(folder: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "config"),
           "XDG_CACHE_HOME": str(folder / "cache"), "XDG_DATA_HOME": str(folder / "data")}
    # An installed program has its bytecode compiled; a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "desktop")], check=True,
                   capture_output=True)
    os.environ.update(env)
    return env


def wall(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm caches once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def start_up(folder: Path, env: dict[str, str], runs: int) -> list[Figure]:
    data = folder / "qingtongxia.sqlite"
    bench_window.make_data(folder, env)
    ours, bare = bench_window.cold_starts(data, env, runs)
    figures = [Figure(f"cold start to the mapped window ({bench_window.platform_of(env)})", ours,
                      "bare PySide6 window + QTableView, mapped the same way", bare, max_ratio=2.0)]
    if FROZEN.exists():
        source = wall([sys.executable, "-m", "desktop", "--db", str(data), "--exit-after-start"], env, runs)
        frozen = wall([str(FROZEN), "--db", str(data), "--exit-after-start"], env, runs)
        figures.append(Figure("frozen build: start, show, quit", frozen, "the same from source", source))
    switches = bench_window.switching(folder, runs)
    for label, samples in switches.items():
        figures.append(Figure(f"switch {label}", samples, max_ms=50))
    return figures


def editing(folder: Path, count: int) -> list[Figure]:
    raw = bench_store.raw_commits(folder, count)
    edits = bench_store.autosaved_edits(folder, count)
    repaints = bench_window.edit_to_repaint(folder / "linhai.sqlite", count)
    return [Figure("one autosaved edit (p99)", edits, "raw sqlite3 commit, WAL, synchronous=FULL (p99)",
                   raw, max_ratio=2, max_ms=5, stat=p99),
            Figure("edit to repainted row, 临海 180-row form (p99)", repaints,
                   "raw sqlite3 commit, WAL, synchronous=FULL (p99)", raw, max_above_ms=16, stat=p99)]


def exporting(folder: Path, runs: int) -> list[Figure]:
    from desktop.excel.writer import build_workbook
    from desktop.usecases.demo import fill_demo
    from desktop.usecases.reports import export_report, report_spec
    from desktop.usecases.workspace import create_data_file

    ws = create_data_file(folder / "export.sqlite", "qingtongxia")
    fill_demo(ws, ("qingtongxia",))
    figures = []
    for unit in ("qingtongxia.daba", "qingtongxia"):
        book = build_workbook(report_spec(ws, "qingtongxia", unit, bench_report.Q2))
        floor = bench_report.timed(lambda b=book: bench_report.xlsxwriter_copy(b, folder / "f.xlsx"), runs)
        ours = bench_report.timed(lambda u=unit: export_report(ws, "qingtongxia", u, bench_report.Q2,
                                                               folder / "r.xlsx"), runs)
        figures.append(Figure(f"export one report ({unit})", ours, "xlsxwriter, same cells and styles",
                              floor, max_ratio=3, max_ms=150))
    ws.close()
    return figures


def importing(folder: Path, reports: int) -> list[Figure]:
    r = bench_import.measure(folder, reports)
    return [Figure(f"import --dry-run {reports} reports, beyond one file", [r["dry"] - r["dry_1"]],
                   "python-calamine reading the same files' cells, beyond one file",
                   [r["floor"] - r["floor_1"]], max_ratio=3),
            Figure(f"import --dry-run {reports} reports, as run", [r["dry"]],
                   "python-calamine, as run", [r["floor"]]),
            Figure(f"import in one process: read+match+check {reports}", [r["plan"]]),
            Figure(f"import in one process: commit {reports}", [r["commit"]]),
            Figure(f"consolidate {reports} towns + write the report", [r["consolidate"]], max_ms=3000)]


def table(figures: list[Figure]) -> str:
    lines = [f"{'figure':52}{'median*':>10}{'min':>10}{'max':>10}  {'floor':>10}{'ratio':>8}  budget",
             "-" * 130]
    for f in figures:
        floor = f"{f.stat(f.floor) * 1000:10.1f}" if f.floor else " " * 10
        ratio = f"{f.ratio:7.2f}x" if f.ratio is not None else " " * 8
        lines.append(f"{f.name:52}{f.value * 1000:10.1f}{min(f.samples) * 1000:10.1f}"
                     f"{max(f.samples) * 1000:10.1f}  {floor}{ratio}  {f.verdict}")
        if f.floor_name:
            lines.append(f"{'':4}floor: {f.floor_name}")
    lines.append("times in ms; *median, or p99 where the figure says so")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=int(os.environ.get("YINLING_BENCH_RUNS", 7)))
    parser.add_argument("--edits", type=int, default=int(os.environ.get("YINLING_BENCH_EDITS", 300)))
    parser.add_argument("--reports", type=int, default=int(os.environ.get("YINLING_BENCH_REPORTS", 1000)))
    parser.add_argument("-o", "--output", type=Path, default=REPO / "bench-results.txt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = environment(folder)
        figures = start_up(folder, env, args.runs) + editing(folder, args.edits) + exporting(folder, args.runs)
        (folder / "import").mkdir()
        figures += importing(folder / "import", args.reports)
    text = table(figures)
    print(text)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten to {args.output}")


if __name__ == "__main__":
    main()
