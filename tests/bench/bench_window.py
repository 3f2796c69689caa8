"""Benchmark (not a test): cold start to a usable window on a demo data file, next to a
bare PySide6 window with one QTableView, and switching the entry table between plans,
tables and units.

    .venv/bin/python -m tests.bench.bench_window [--runs 7]

A "usable window" is the main window shown with the entry table filled, once the event
loop has painted it (a zero-timer after show()).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv[:1])
view = QTableView(); view.setModel(QStandardItemModel(100, 12)); view.resize(1400, 860); view.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
"""

OURS = """
import sys, time
from PySide6.QtCore import QTimer
from desktop.ui.app import application, open_or_first_run, settings
from desktop.ui.main_window import MainWindow
app = application()
ws = open_or_first_run()
window = MainWindow(ws, settings()); window.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
ws.close()
"""


def cold_start(code: str, env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    return float(out) - started


def switching(folder: Path, runs: int) -> dict[str, list[float]]:
    """Per data file (青铜峡, 临海): unit changes and table changes, each a full reload."""
    from desktop.ui.app import application, settings
    from desktop.ui.main_window import MainWindow
    from desktop.usecases.workspace import open_workspace

    application()
    times: dict[str, list[float]] = {}
    cases = (("qingtongxia", ("qingtongxia.daba", "qingtongxia"), ("basic", "tasks")),
             ("linhai", ("linhai.dept.minzheng", "linhai"), ("achievements", "levers")))
    for plan, units, tables in cases:
        ws = open_workspace(folder / f"{plan}.sqlite")
        window = MainWindow(ws, settings())
        window.show()
        for _ in range(runs):
            for code in units:
                started = time.perf_counter()
                window.unit_box.setCurrentIndex(window.unit_box.findData(code))
                times.setdefault(f"{plan}: unit {units[0]} ↔ {units[1]}", []).append(
                    time.perf_counter() - started)
            for table in tables:
                started = time.perf_counter()
                window._table_chosen(_item(window, plan, table))
                times.setdefault(f"{plan}: table {tables[0]} ↔ {tables[1]}", []).append(
                    time.perf_counter() - started)
        window.close()
        ws.close()
    return times


def edit_to_repaint(folder: Path, runs: int) -> dict[str, list[float]]:
    """临海's own 180-row form (its figures and its towns' added up): the time from a
    committed edit to the repainted row, next to a raw sqlite3 commit of the same change."""
    import sqlite3

    from desktop.periods import Period
    from desktop.ui.app import application, settings
    from desktop.ui.main_window import MainWindow
    from desktop.usecases.workspace import open_workspace

    application()
    ws = open_workspace(folder / "linhai.sqlite")
    prefs = settings()
    prefs.setValue("period", "2025Q2")
    window = MainWindow(ws, prefs)
    window.unit_box.setCurrentIndex(window.unit_box.findData("linhai"))
    window.show()
    window._table_chosen(_item(window, "linhai", "levers"))
    assert window.form is not None and len(window.form.rows) >= 150, len(window.form.rows)
    row = next(i for i, r in enumerate(window.model.rows())
               if not r.consolidated and r.indicator.kind.value in ("count", "amount"))
    key = window.model.row(row).key
    times: dict[str, list[float]] = {"raw sqlite3 commit": [], "edit → repainted row": []}
    for i in range(runs * 10):
        started = time.perf_counter()
        window.apply_cells({key: {"value": str(100 + i)}}, "bench")
        window.view.viewport().repaint()
        times["edit → repainted row"].append(time.perf_counter() - started)
        assert window.model.index(row, window.model.column_of("value")).data() == str(100 + i)
    window.close()
    ws.close()
    raw = sqlite3.connect(folder / "linhai.sqlite")
    for i in range(runs * 10):
        started = time.perf_counter()
        raw.execute("UPDATE reported_values SET value = ? WHERE plan = ? AND indicator = ? AND "
                    "unit = ? AND period = ?", (200 + i, key.plan, key.indicator, key.unit,
                                                str(Period.parse(key.period))))
        raw.commit()
        times["raw sqlite3 commit"].append(time.perf_counter() - started)
    raw.close()
    return times


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _item(window: object, plan: str, table: str) -> object:
    from PySide6.QtCore import Qt

    for item in window.navigator.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):  # type: ignore[attr-defined]
        if item.data(0, Qt.ItemDataRole.UserRole) == (plan, table):
            return item
    raise LookupError((plan, table))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "config"),
               "XDG_CACHE_HOME": str(folder / "cache"), "XDG_DATA_HOME": str(folder / "data")}
        os.environ.update(env)
        for plan in ("qingtongxia", "linhai"):
            subprocess.run([sys.executable, "-m", "desktop", "demo", "--db",
                            str(folder / f"{plan}.sqlite"), "--plan", plan], env=env, check=True,
                           capture_output=True)
        data = folder / "qingtongxia.sqlite"
        subprocess.run([sys.executable, "-c",
                        "from PySide6.QtCore import QSettings; "
                        f"QSettings('Yinling', 'yinling').setValue('data_file', {str(data)!r})"],
                       env=env, check=True)
        cold_start(OURS, env)  # warm the catalog cache and the OS file cache once
        bare = [cold_start(BARE, env) for _ in range(args.runs)]
        ours = [cold_start(OURS, env) for _ in range(args.runs)]
        print(f"{'cold start (s)':40}{'median':>9}{'min':>9}{'max':>9}{'ratio':>8}")
        print(f"{'bare PySide6 window + QTableView':40}{statistics.median(bare):9.3f}{min(bare):9.3f}{max(bare):9.3f}")
        print(f"{'yinling main window, demo data':40}{statistics.median(ours):9.3f}{min(ours):9.3f}"
              f"{max(ours):9.3f}{statistics.median(ours) / statistics.median(bare):7.2f}x")
        print(f"\n{'switching (ms)':40}{'median':>9}{'min':>9}{'max':>9}")
        for label, samples in switching(folder, args.runs).items():
            print(f"{label:40}{statistics.median(samples) * 1000:9.1f}{min(samples) * 1000:9.1f}"
                  f"{max(samples) * 1000:9.1f}")
        print(f"\n{'edit to repaint (ms), 临海 180 rows':40}{'median':>9}{'p99':>9}{'max':>9}")
        for label, samples in edit_to_repaint(folder, args.runs).items():
            print(f"{label:40}{statistics.median(samples) * 1000:9.1f}{_p99(samples) * 1000:9.1f}"
                  f"{max(samples) * 1000:9.1f}")


if __name__ == "__main__":
    main()
