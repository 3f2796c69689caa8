"""Benchmark (not a test): the window where users wait.

    .venv/bin/python -m tests.bench.bench_window [--runs 7] [--edits 300]

- Cold start: from launching the process until its window is mapped and painted once,
  as a user sees it (on an X server when there is one: `Xvfb` is started for it when
  no DISPLAY is set), next to a bare PySide6 window with one QTableView measured the
  same way in the same run. Both processes get the same hook (`MAPPED`): it notes the
  first Expose of a top-level window, lets Qt paint it, prints the clock and quits.
  Ours is the real entry point (`yinling --db F`) on a county data file with demo data.
- Edit to repaint: from committing a typed figure (what the cell's editor does: the
  model's setData) to the repainted row, on 临海's 180-row form, next to a raw sqlite3
  commit (WAL, synchronous=FULL) in the same run.
- Switching the entry table between units and tables.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Prepended to both programs: the moment the first top-level window is exposed (mapped)
# and painted. QApplication is made here, before the program's own code, which reuses it.
MAPPED = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

class _Mapped(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
                and watched.isExposed()):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.painted)  # after the expose has been painted
        return False

    def painted(self):
        print("MAPPED", time.time(), flush=True)
        QApplication.instance().quit()

_app = QApplication(sys.argv[:1])
_hook = _Mapped()
_app.installEventFilter(_hook)
"""

BARE = MAPPED + """
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
view = QTableView(); view.setModel(QStandardItemModel(100, 12)); view.resize(1400, 860); view.show()
_app.exec()
"""

OURS = MAPPED + """
from desktop.cli import main
main(["--db", sys.argv[1]])
"""


def cold_start(code: str, env: dict[str, str], *args: str) -> float:
    """Seconds from launching a fresh interpreter until its window is mapped and painted."""
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                         text=True, check=True, timeout=120).stdout
    mapped = [line for line in out.splitlines() if line.startswith("MAPPED ")]
    if not mapped:
        raise RuntimeError(f"no window was mapped:\n{out}")
    return float(mapped[-1].split()[1]) - started


def cold_starts(data: Path, env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    """(ours, bare), interleaved so both see the same load on the machine."""
    with display(env) as shown:
        cold_start(OURS, shown, str(data))  # warm the catalog cache and the OS file cache
        cold_start(BARE, shown)
        ours, bare = [], []
        for _ in range(runs):
            bare.append(cold_start(BARE, shown))
            ours.append(cold_start(OURS, shown, str(data)))
    return ours, bare


@contextlib.contextmanager
def display(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """An X server to map the windows on: the one in DISPLAY, or a private Xvfb; the
    offscreen platform when there is neither (it exposes windows without a server)."""
    if env.get("DISPLAY"):
        yield {**env, "QT_QPA_PLATFORM": "xcb"}
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {**env, "QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as number:
        name = number.readline().strip()
    try:
        yield {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{name}"}
    finally:
        server.terminate()
        server.wait()


def platform_of(env: dict[str, str]) -> str:
    with display(env) as shown:
        return shown["QT_QPA_PLATFORM"]


def edit_to_repaint(data: Path, edits: int) -> list[float]:
    """Seconds from a committed edit (the editor's setData) to the repainted row, on the
    county's own form of 临海 (180 rows), its 四、突破性抓手 table on screen."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import application, settings
    from desktop.ui.main_window import MainWindow
    from desktop.usecases.workspace import open_workspace

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    app = application()
    ws = open_workspace(data)
    window = MainWindow(ws, settings())
    window.resize(1366, 768)
    window.show()
    _settle(app)
    window.navigator.setCurrentItem(_item(window, "linhai", "levers"))
    _settle(app)
    model = window.view.model()
    cells = _figure_cells(model)
    paints = Paints()
    window.view.viewport().installEventFilter(paints)
    times = []
    for n in range(edits):
        row, column = cells[n % len(cells)]
        window.view.scrollTo(model.index(row, column))
        _settle(app)
        seen = paints.count
        started = time.perf_counter()
        model.setData(model.index(row, column), str(n + 1), Qt.ItemDataRole.EditRole)
        deadline = started + 5
        while paints.count == seen and time.perf_counter() < deadline:
            QApplication.processEvents()
        times.append(time.perf_counter() - started)
    window.view.viewport().removeEventFilter(paints)
    window.close()
    ws.close()
    return times


def _figure_cells(model: Any) -> list[tuple[int, int]]:
    """Input cells that take a number (their 本季度 column), else any input cell."""
    from desktop.ui.entry_model import COLUMNS

    value = next(i for i, c in enumerate(COLUMNS) if c.key == "value")
    numbers = [(r, value) for r in range(model.rowCount()) if value in model.input_columns(r)
               and model.row(r).indicator.kind.is_number]
    notes = [(r, model.input_columns(r)[-1]) for r in range(model.rowCount()) if model.input_columns(r)]
    cells = numbers or notes
    if not cells:
        raise LookupError("no input cell on the form")
    return cells[:20]


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


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
                window.navigator.setCurrentItem(_item(window, plan, table))
                times.setdefault(f"{plan}: table {tables[0]} ↔ {tables[1]}", []).append(
                    time.perf_counter() - started)
        window.close()
        ws.close()
    return times


def _item(window: Any, plan: str, table: str) -> Any:
    from PySide6.QtCore import Qt

    for item in window.navigator.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
        if item.data(0, Qt.ItemDataRole.UserRole) == (plan, table):
            return item
    raise LookupError((plan, table))


def make_data(folder: Path, env: dict[str, str]) -> None:
    for plan in ("qingtongxia", "linhai"):
        if not (folder / f"{plan}.sqlite").exists():
            subprocess.run([sys.executable, "-m", "desktop", "demo", "--db",
                            str(folder / f"{plan}.sqlite"), "--plan", plan], env=env, check=True,
                           capture_output=True)


def main() -> None:
    from tests.bench.bench_store import percentile, raw_commits

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "config"),
               "XDG_CACHE_HOME": str(folder / "cache"), "XDG_DATA_HOME": str(folder / "data")}
        os.environ.update(env)
        make_data(folder, env)
        ours, bare = cold_starts(folder / "qingtongxia.sqlite", env, args.runs)
        print(f"{'cold start to the mapped window (s)':40}{'median':>9}{'min':>9}{'max':>9}{'ratio':>8}"
              f"   on {platform_of(env)}")
        print(f"{'bare PySide6 window + QTableView':40}{statistics.median(bare):9.3f}{min(bare):9.3f}{max(bare):9.3f}")
        print(f"{'yinling --db county file, demo data':40}{statistics.median(ours):9.3f}{min(ours):9.3f}"
              f"{max(ours):9.3f}{statistics.median(ours) / statistics.median(bare):7.2f}x")
        raw = raw_commits(folder, args.edits)
        edits = edit_to_repaint(folder / "linhai.sqlite", args.edits)
        print(f"\n{'edit to repaint (ms)':40}{'median':>9}{'p99':>9}")
        print(f"{'raw sqlite3 commit (floor)':40}{statistics.median(raw) * 1000:9.2f}"
              f"{percentile(raw, 0.99) * 1000:9.2f}")
        print(f"{'临海 180-row form: edit to repaint':40}{statistics.median(edits) * 1000:9.2f}"
              f"{percentile(edits, 0.99) * 1000:9.2f}")
        print(f"\n{'switching (ms)':40}{'median':>9}{'min':>9}{'max':>9}")
        for label, samples in switching(folder, args.runs).items():
            print(f"{label:40}{statistics.median(samples) * 1000:9.1f}{min(samples) * 1000:9.1f}"
                  f"{max(samples) * 1000:9.1f}")


if __name__ == "__main__":
    main()
