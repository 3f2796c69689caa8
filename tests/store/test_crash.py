"""Kill -9 a writer at random moments, many times over: every edit it acknowledged as
saved is still there, and the file passes `PRAGMA integrity_check`."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.store.crash_writer import PLAN, UNIT

KILLS = int(os.environ.get("YINLING_CRASH_KILLS", "40"))


def _run_and_kill(path: Path, start: int, rng: random.Random) -> dict[str, int]:
    writer = subprocess.Popen([sys.executable, "-m", "tests.store.crash_writer", str(path),
                               str(start)], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    assert writer.stdout is not None
    reader = threading.Thread(target=lambda: lines.extend(writer.stdout), daemon=True)
    reader.start()
    while not lines and writer.poll() is None:  # wait until it is writing ...
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.25))  # ... then kill it at a random moment
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    reader.join(timeout=5)
    writer.stdout.close()
    acked: dict[str, int] = {}
    for line in lines:
        if line.endswith("\n"):  # a line cut by the kill is not an acknowledgement
            indicator, n = line.split()
            acked[indicator] = max(acked.get(indicator, 0), int(n))
    assert acked, "the writer never acknowledged an edit"
    return acked


@pytest.mark.slow
def test_acknowledged_edits_survive_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    rng = random.Random(20251)
    acked: dict[str, int] = {}
    start = 0
    for _ in range(KILLS):
        for indicator, n in _run_and_kill(path, start, rng).items():
            acked[indicator] = max(acked.get(indicator, 0), n)
        start = max(acked.values()) + 1000  # later runs write larger numbers
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute(
            "SELECT indicator, value FROM reported_values WHERE plan = ? AND unit = ?",
            (PLAN, UNIT)).fetchall())
        audited = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    finally:
        conn.close()
    assert acked, "the writer never acknowledged an edit"
    for indicator, n in acked.items():
        # The stored value is the last acknowledged one, or one written after it.
        assert stored[indicator] >= n, (indicator, stored.get(indicator), n)
    assert audited >= len(acked)
