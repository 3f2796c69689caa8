"""`yinling --selftest`: does this copy of the program work on this machine?

Run from source or from the frozen folder alike, it goes through the same use-case layer
the window and the command line use: load and check every catalog, create a data file in
a temporary folder, write a value, export the quarter's report, import that report into a
second fresh data file (the region's), read it in the import's worker processes, and open
and close the main window offscreen.
One line per step; exit status 0 only when every step passed. Nothing is written outside
the temporary folder (no catalog cache, no settings, no data file of the user's), except
a failed step's traceback, which goes to the program's log file like any bug's.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.logs import log_bug
from desktop.paths import install_dir, resources_dir

APP_ICON = Path("icons") / "yinling.png"


@dataclass
class _State:
    """What one step hands to the next."""

    folder: Path
    catalog: Any = None
    plan: Any = None
    unit: Any = None
    indicator: Any = None
    period: Any = None
    town: Any = None  # the first data file's Workspace
    region: Any = None  # the second data file's Workspace
    report: Path | None = None
    value: str = "12"
    opened: list[Any] = field(default_factory=list)


def run_selftest(out: Callable[[str], None] | None = None) -> int:
    """Run every step, print one line each; 0 only if all of them passed."""
    say = out or _print
    how = "frozen" if getattr(sys, "frozen", False) else "source"
    say(f"yinling {__version__} selftest ({how}: {install_dir()})")
    steps: list[tuple[str, Callable[[_State], str]]] = [
        ("catalogs", _catalogs), ("data file", _data_file), ("write value", _write_value),
        ("export report", _export_report), ("import report", _import_report),
        ("import pool", _import_pool), ("main window", _main_window),
    ]
    failed = False
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="yinling-selftest-", ignore_cleanup_errors=True) as tmp:
        state = _State(Path(tmp))
        try:
            for name, step in steps:
                if failed:
                    say(f"{name}: skipped")
                    continue
                try:
                    say(f"{name}: ok ({step(state)})")
                except Exception as exc:
                    failed = True
                    say(f"{name}: FAILED: {_reason(exc)} (traceback in {log_bug(exc, f'--selftest: {name}')})")
        finally:
            for ws in state.opened:  # sqlite files closed before the folder is removed
                ws.close()
    seconds = time.perf_counter() - started
    say(f"selftest {'FAILED' if failed else 'passed'} in {seconds:.1f} s")
    return 1 if failed else 0


def _print(line: str) -> None:
    print(line, flush=True)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


@contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


# The steps ----------------------------------------------------------------------------------

def _catalogs(s: _State) -> str:
    """Every plan and unit file, parsed and validated for real (no cached copy)."""
    from desktop.catalog import load_catalog

    with _env("YINLING_CATALOG_CACHE", "0"):
        s.catalog = load_catalog()
    if not s.catalog.plans:
        raise RuntimeError("no plan in the catalogs")
    indicators = sum(len(p.indicators) for p in s.catalog.plans)
    return (f"{len(s.catalog.plans)} plans, {indicators} indicators, "
            f"{len(s.catalog.units.units)} units, checked")


def _data_file(s: _State) -> str:
    from desktop.usecases.workspace import create_data_file

    s.plan, s.unit, s.indicator = _pick(s.catalog)
    ws = create_data_file(s.folder / "office.sqlite", s.unit.code, clerk="自检",
                          catalog=s.catalog)
    s.opened.append(ws)
    s.town = ws
    if ws.own_unit != s.unit.code:
        raise RuntimeError(f"the new file's unit is {ws.own_unit!r}, not {s.unit.code!r}")
    return f"office.sqlite for {s.unit.name} [{s.unit.code}]"


def _write_value(s: _State) -> str:
    from desktop.periods import Period
    from desktop.records import EntryKey
    from desktop.usecases.entry import read_entry, set_value

    s.period = Period(s.plan.years[0], 1)
    key = EntryKey(s.plan.id, s.indicator.id, s.unit.code, str(s.period))
    set_value(s.town, key, "value", s.value)
    stored = read_entry(s.town, key).value
    if stored != float(s.value):
        raise RuntimeError(f"wrote {s.value}, read back {stored!r}")
    return f"{s.indicator.name} = {s.value} ({s.period})"


def _export_report(s: _State) -> str:
    from desktop.usecases.reports import export_report

    s.report = s.folder / f"{s.unit.code}-{s.period}.xlsx"
    result = export_report(s.town, s.plan.id, s.unit.code, s.period, s.report)
    if not s.report.is_file() or s.report.stat().st_size == 0:
        raise RuntimeError(f"{s.report.name} was not written")
    return f"{s.report.name}, {result.rows} rows, {s.report.stat().st_size // 1024} KB"


def _import_report(s: _State) -> str:
    from desktop.records import EntryKey
    from desktop.usecases.entry import read_entry
    from desktop.usecases.importing import commit_import, plan_import
    from desktop.usecases.workspace import create_data_file

    assert s.report is not None
    ws = create_data_file(s.folder / "region.sqlite", s.plan.region, clerk="自检",
                          catalog=s.catalog)
    s.opened.append(ws)
    s.region = ws
    plan = plan_import(ws, [s.report])
    if plan.refused:
        reasons = [str(p) for f in plan.files for p in f.refusals] or ["cancelled"]
        raise RuntimeError("; ".join(reasons))
    changes = commit_import(ws, plan)
    key = EntryKey(s.plan.id, s.indicator.id, s.unit.code, str(s.period))
    got = read_entry(ws, key).value
    if got != float(s.value):
        raise RuntimeError(f"imported {got!r}, expected {s.value}")
    region = s.catalog.units.get(s.plan.region).name
    return f"{len(changes.entries)} value(s) into a fresh data file of {region}"


def _import_pool(s: _State) -> str:
    """Many reports are read in worker processes: two of them start (in the frozen program,
    through freeze_support) and read the report as this process does."""
    from desktop.usecases.reading import pool_reads_as_here

    assert s.report is not None
    if not pool_reads_as_here(s.report, s.catalog):
        raise RuntimeError("the workers read the report differently")
    return f"2 worker processes read {s.report.name} as this process does"


def _main_window(s: _State) -> str:
    """The window on the region's file, shown and closed on the offscreen platform. Qt is
    reached through desktop.ui only (DESIGN §10), and only here."""
    if "desktop.ui.app" not in sys.modules:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists
    icon_file = resources_dir() / APP_ICON
    if not icon_file.is_file() or not icon_file.read_bytes().startswith(b"\x89PNG"):
        raise RuntimeError(f"the app icon {icon_file} is missing or not a PNG")
    from desktop.ui.app import QApplication, QSettings
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "yinling"])
    # The window saves its layout when closed: into the temporary folder, not the user's settings.
    settings = QSettings(str(s.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(s.region, settings)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    title = window.windowTitle()
    closed = window.close()
    app.processEvents()
    window.deleteLater()
    app.processEvents()
    settings.sync()
    if not shown:
        raise RuntimeError("the window did not show")
    if not closed or window.isVisible():
        raise RuntimeError("the window refused to close")
    return f"“{title}” opened and closed on {QApplication.platformName()}"


def _pick(catalog: Any) -> tuple[Any, Any, Any]:
    """A plan, a unit below its region that enters figures, and a count it enters.
    The region itself when no unit below it has a count of its own."""
    from desktop.catalog import Kind
    from desktop.rules.scope import reported_by

    tree = catalog.units
    for plan in catalog.plans:
        below = [u for u in tree.descendants(plan.region) if not u.is_department]
        for unit in [*below, tree.get(plan.region)]:
            for ind in reported_by(plan, unit, tree):
                if ind.kind is Kind.COUNT:
                    return plan, unit, ind
    raise RuntimeError("no plan has a count indicator to write")
