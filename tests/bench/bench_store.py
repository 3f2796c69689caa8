"""Benchmark (not a test): one autosaved edit next to a raw sqlite3 commit, and `demo`.

    .venv/bin/python -m tests.bench.bench_store [--edits 500]

The floor is a bare sqlite3 INSERT … ON CONFLICT + COMMIT in WAL with synchronous=FULL on
the same disk, measured in the same run; the autosave adds parsing, the old value, the
audit row and the submission-state check in the same transaction.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from desktop.catalog import load_catalog
from desktop.records import EntryKey
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import set_value
from desktop.usecases.workspace import create_data_file


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def raw_commits(folder: Path, count: int) -> list[float]:
    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE v (k TEXT PRIMARY KEY, value REAL)")
    times = []
    for n in range(count):
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO v VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET value = "
                     "excluded.value", (f"k{n % 20}", n))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def autosaved_edits(folder: Path, count: int) -> list[float]:
    catalog = load_catalog()
    plan = catalog.plan("qingtongxia")
    counts = [i.id for i in plan.indicators if i.kind.value == "count"][:20]
    times = []
    with create_data_file(folder / "edits.sqlite", "qingtongxia.daba", catalog=catalog) as ws:
        for n in range(count):
            key = EntryKey(plan.id, counts[n % len(counts)], "qingtongxia.daba", "2025Q1")
            started = time.perf_counter()
            set_value(ws, key, "value", str(n))
            times.append(time.perf_counter() - started)
    return times


def demo_time(folder: Path, plan_id: str) -> tuple[float, int]:
    catalog = load_catalog()
    with create_data_file(folder / f"demo-{plan_id}.sqlite", catalog.plan(plan_id).region,
                          catalog=catalog) as ws:
        started = time.perf_counter()
        _changes, result = fill_demo(ws, (plan_id,))
        return time.perf_counter() - started, result.values


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        raw = raw_commits(folder, args.edits)
        edits = autosaved_edits(folder, args.edits)
        print(f"{'':28}{'median':>12}{'p99':>12}")
        print(f"{'raw sqlite3 commit (floor)':28}{ms(statistics.median(raw)):>12}"
              f"{ms(percentile(raw, 0.99)):>12}")
        print(f"{'autosaved edit':28}{ms(statistics.median(edits)):>12}"
              f"{ms(percentile(edits, 0.99)):>12}")
        print(f"ratio to floor: median {statistics.median(edits) / statistics.median(raw):.2f}x, "
              f"p99 {percentile(edits, 0.99) / percentile(raw, 0.99):.2f}x")
        for plan_id in ("qingtongxia", "linhai", "yingkou"):
            seconds, values = demo_time(folder, plan_id)
            print(f"demo {plan_id:12} {values:6d} values in {seconds:.2f} s")


if __name__ == "__main__":
    main()
