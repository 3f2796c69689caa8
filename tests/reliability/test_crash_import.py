"""Kill -9 a writer during a large import (56 reports, about 2,300 figures and 3,400 audit
rows in one transaction), hundreds of times over: the file is never half-imported. After
every kill the file passes `PRAGMA integrity_check`, every acknowledged import is there,
and the figures are exactly those of the last committed import, never a mix of two."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.workspace import create_data_file
from tests.reliability.conftest import snapshot
from tests.reliability.figures import count
from tests.reliability.killing import Decide, run_and_kill
from tests.usecases.conftest import PLAN

KILLS = int(os.environ.get("YINLING_IMPORT_KILLS", "80"))
REPORTS = 56  # every reporting unit below the region, Q1 and Q2
FIGURES = "SELECT indicator, unit, period, value, numerator, denominator, text, note FROM reported_values"


def expected_figures(region: dict[str, list[Path]], folder: Path) -> dict[str, list[tuple]]:
    """The figures after importing A, and after importing B over it, done without kills."""
    out = {}
    with create_data_file(folder / "expected.sqlite", PLAN) as ws:
        for version in ("A", "B"):
            commit_import(ws, plan_import(ws, region[version], "replace"))
            out[version] = sorted(ws.data.db.execute(FIGURES).fetchall())
    return out


def kill_moment(rng: random.Random) -> Decide:
    """Most kills inside a commit (just after a `C` line), the rest anywhere."""
    started = time.monotonic()
    if rng.random() < 0.3:
        at = rng.uniform(0.0, 1.5)
        return lambda lines: time.monotonic() - started > at
    nth, delay = rng.randint(1, 2), rng.uniform(0.0, 0.04)
    seen: list[float] = []

    def decide(lines: list[str]) -> bool:
        if not seen and sum(line.startswith("C ") for line in lines) >= nth:
            seen.append(time.monotonic())
        return bool(seen) and time.monotonic() - seen[0] > delay

    return decide


def check_after_kill(path: Path, expected: dict[str, list[tuple]], lines: list[str]) -> bool:
    """The file as the next start of the program finds it; True if the kill hit a commit."""
    acked = max((int(line.split()[1]) for line in lines if line.startswith("A ")), default=0)
    begun = max((int(line.split()[1]) for line in lines if line.startswith("C ")), default=0)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logs = [json.loads(row[0]) for row in conn.execute("SELECT files FROM import_log ORDER BY id")]
        figures = sorted(conn.execute(FIGURES).fetchall())
        received = conn.execute("SELECT count(*) FROM received_reports").fetchone()[0]
    finally:
        conn.close()
    assert len(logs) >= acked, "an acknowledged import is missing"
    assert len(logs) <= max(begun, acked) or not lines, "an import was committed twice"
    if not logs:
        assert figures == [] and received == 0, "an import is half-applied"
        return begun > acked
    version = Path(logs[-1][0]).parent.name
    assert figures == expected[version], "an import is half-applied"
    assert received == REPORTS, "an import is half-applied"
    count("imports_checked")
    return begun > acked


@pytest.mark.slow
def test_a_large_import_is_never_half_applied(region: dict[str, list[Path]], tmp_path: Path) -> None:
    assert len(region["A"]) == REPORTS
    expected = expected_figures(region, tmp_path)
    path = tmp_path / "county.sqlite"
    create_data_file(path, PLAN).close()
    rng = random.Random(20252)
    folders = [str(region[v][0].parent) for v in ("A", "B")]
    for _ in range(KILLS):
        lines = run_and_kill(["tests.reliability.import_writer", str(path), *folders], kill_moment(rng))
        in_commit = check_after_kill(path, expected, lines)
        count("import_kills")
        count("import_kills_in_commit", int(in_commit))
    assert snapshot(path)["import_log"], "no import was ever committed"
