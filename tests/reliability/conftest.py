"""Shared set-up for the reliability suite: a region's reports (as sent up, and a second
version of each with every figure changed), a county's data file, and a snapshot of every
table to prove that a refused or failed operation wrote nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.periods import Period
from desktop.records import EntryKey
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import set_fields
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file
from tests.reliability.figures import lines
from tests.usecases.conftest import PLAN, county, region_units  # noqa: F401 - county is a fixture

Q1, Q2 = Period(2025, 1), Period(2025, 2)
TABLES = ("meta", "reported_values", "baselines", "submissions", "audit", "import_log", "units",
          "received_reports", "name_map")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_sep("-", "reliability figures")
    for line in lines():
        terminalreporter.write_line(line)


def snapshot(path_or_db: Path | sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every row of every table, to compare before and after."""
    conn = sqlite3.connect(path_or_db) if isinstance(path_or_db, Path) else path_or_db
    try:
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}").fetchall()), key=repr)
                for t in TABLES}
    finally:
        if isinstance(path_or_db, Path):
            conn.close()


@pytest.fixture(scope="session")
def region(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """{"A": files, "B": files}: every unit's Q1 and Q2 report, and the same reports with
    every figure doubled (so a half-applied import would show a mix of the two)."""
    root = tmp_path_factory.mktemp("region")
    ws = create_data_file(root / "source.sqlite", PLAN, clerk="马丽")
    try:
        fill_demo(ws, (PLAN,))
        # hostile.py edits 大坝镇's Q2 report at the byte level, written against this figure.
        set_fields(ws, EntryKey(PLAN, "qingtongxia.family_care_beds", "qingtongxia.daba", str(Q2)),
                   {"value": "53"})
        files = {"A": _export_all(ws, root / "A")}
        with ws.data.writing() as db:
            db.execute("UPDATE reported_values SET value = value * 2, numerator = numerator * 2, "
                       "denominator = denominator * 2 WHERE period IN (?, ?)", (str(Q1), str(Q2)))
        files["B"] = _export_all(ws, root / "B")
    finally:
        ws.close()
    return files


def _export_all(ws: Workspace, folder: Path) -> list[Path]:
    folder.mkdir()
    out = []
    for period in (Q1, Q2):
        for unit in region_units(ws):
            if unit == PLAN:
                continue  # the county's own report goes up, never back into its own file
            path = folder / f"{unit}-{period}.xlsx"
            export_report(ws, PLAN, unit, period, path)
            out.append(path)
    return out



@pytest.fixture
def daba_q2(region: dict[str, list[Path]], tmp_path: Path) -> Callable[[str], Path]:
    """A fresh copy of 大坝镇's Q2 report under a given name."""
    source = next(p for p in region["A"] if p.name == f"qingtongxia.daba-{Q2}.xlsx")

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copy(source, target)
        return target

    return copy
