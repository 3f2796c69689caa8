"""Run a writer process and kill -9 it at a chosen moment; collect what it acknowledged."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence

from tests.conftest import REPO

Decide = Callable[[list[str]], bool]  # (complete lines so far) → kill now?


def run_and_kill(args: Sequence[str], kill_when: Decide, timeout: float = 60.0) -> list[str]:
    """Start `python -m args…`, kill it with SIGKILL as soon as `kill_when(lines)` says so,
    and return the complete lines it printed (a line cut by the kill does not count)."""
    writer = subprocess.Popen([sys.executable, "-m", *args], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    assert writer.stdout is not None and writer.stderr is not None
    reader = threading.Thread(target=lambda: lines.extend(writer.stdout), daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    try:
        while not kill_when([line for line in list(lines) if line.endswith("\n")]):
            if writer.poll() is not None:
                raise AssertionError(f"the writer stopped by itself: {writer.stderr.read()[-2000:]}")
            if time.monotonic() > deadline:
                raise AssertionError("the writer never reached the moment to be killed")
            time.sleep(0.001)
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        reader.join(timeout=5)
        writer.stdout.close()
        writer.stderr.close()
    return [line for line in lines if line.endswith("\n")]
