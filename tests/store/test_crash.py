"""Kill -9 a writer at random moments, many times over: every edit it acknowledged as
saved is still there, and the file passes `PRAGMA integrity_check` after every kill."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from pathlib import Path

import pytest

from tests.reliability.figures import count
from tests.reliability.killing import Decide, run_and_kill
from tests.store.crash_writer import PLAN, UNIT

KILLS = int(os.environ.get("YINLING_CRASH_KILLS", "200"))


def kill_moment(rng: random.Random) -> Decide:
    """Once the writer is writing, at a random moment up to a quarter of a second later."""
    delay = rng.uniform(0.0, 0.25)
    seen: list[float] = []

    def decide(lines: list[str]) -> bool:
        if not seen and lines:
            seen.append(time.monotonic())
        return bool(seen) and time.monotonic() - seen[0] > delay

    return decide


def acknowledged(lines: list[str]) -> set[tuple[str, int]]:
    return {(indicator, int(n)) for indicator, n in (line.split() for line in lines)}


def check(path: Path, acked: set[tuple[str, int]]) -> None:
    """Every acknowledged edit is in the file's history, and the value in place is the
    last acknowledged one or one written after it."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute(
            "SELECT indicator, value FROM reported_values WHERE plan = ? AND unit = ?",
            (PLAN, UNIT)).fetchall())
        history = {(ind, int(new)) for ind, new in conn.execute(
            "SELECT indicator, new FROM audit WHERE field = 'value' AND how = 'typed'")}
    finally:
        conn.close()
    lost = acked - history
    count("lost", len(lost))
    assert not lost, f"acknowledged edits lost: {sorted(lost)[:5]}"
    for indicator in {ind for ind, _n in acked}:
        last = max(n for ind, n in acked if ind == indicator)
        assert stored.get(indicator, 0) >= last, (indicator, stored.get(indicator), last)


@pytest.mark.slow
def test_acknowledged_edits_survive_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    rng = random.Random(20251)
    acked: set[tuple[str, int]] = set()
    start = 0
    for _ in range(KILLS):
        lines = run_and_kill(["tests.store.crash_writer", str(path), str(start)], kill_moment(rng))
        assert lines, "the writer never acknowledged an edit"
        acked |= acknowledged(lines)
        check(path, acked)  # after every kill, as the next start of the program finds it
        count("edit_kills")
        count("edits_checked", len(lines))
        start = max(n for _ind, n in acked) + 1000  # later runs write larger numbers
