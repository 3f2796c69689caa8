"""A source data file with demo figures for a whole region, and its units' reports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.periods import Period
from desktop.rules.scope import reported_by
from desktop.usecases.demo import fill_demo
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file

PLAN = "qingtongxia"
Q1, Q2, Q4_2024 = Period(2025, 1), Period(2025, 2), Period(2024, 4)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = create_data_file(tmp_path_factory.mktemp("source") / "source.sqlite", PLAN)
    fill_demo(ws, (PLAN,))
    yield ws
    ws.close()


def region_units(ws: Workspace) -> list[str]:
    """Every unit below the region that reports on the plan: the reports a county imports
    (its own figures, 本级, it enters in its own file)."""
    plan = ws.catalog.plan(PLAN)
    tree = ws.catalog.units
    return [u.code for u in tree.descendants(PLAN) if reported_by(plan, u, tree)]


@pytest.fixture(scope="module")
def all_reports(source: Workspace, tmp_path_factory: pytest.TempPathFactory
                ) -> dict[str, list[Path]]:
    """{period: [files]} for every unit of the region, the region's own report first."""
    folder = tmp_path_factory.mktemp("reports")
    files: dict[str, list[Path]] = {}
    for period in (Q4_2024, Q1, Q2):
        for unit in (PLAN, *region_units(source)):
            path = folder / f"{unit}-{period}.xlsx"
            export_report(source, PLAN, unit, period, path)
            files.setdefault(str(period), []).append(path)
    return files


@pytest.fixture(scope="module")
def reports(all_reports: dict[str, list[Path]]) -> dict[str, list[Path]]:
    """{period: [files]} for every unit below the region: what the county imports (its own
    report goes to the level above, never back into its own file)."""
    return {period: [p for p in files if not p.name.startswith(f"{PLAN}-")]
            for period, files in all_reports.items()}


@pytest.fixture
def county(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="县民政局")
    yield ws
    ws.close()


@pytest.fixture
def dump() -> Callable[[Workspace], dict[str, list[tuple]]]:
    def snapshot(ws: Workspace) -> dict[str, list[tuple]]:
        return {t: sorted(map(tuple, ws.data.db.execute(f"SELECT * FROM {t}").fetchall()), key=repr)
                for t in ("reported_values", "baselines", "audit", "received_reports",
                          "submissions")}
    return snapshot
