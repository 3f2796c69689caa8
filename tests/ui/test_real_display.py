"""The window under a real X server (Xvfb), not only offscreen: focus, key handling and
printing differ there, and the print-preview crash of issue 13 showed only there.
CI installs Xvfb (.ci/run sets CI=1, so these never skip there)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

XVFB = shutil.which("xvfb-run")
needs_x = pytest.mark.skipif(not XVFB and not os.environ.get("CI"),
                             reason="xvfb-run is not installed on this machine")
# The key flows: typing, Enter/Tab, paste, undo, a refused value, a submitted quarter, Ctrl+F,
# the filters, the 报送 and 导出 dialogs answered with keys (tests/ui/test_keys.py …).
KEY_FLOWS = ["tests/ui/test_keys.py", "tests/ui/test_entry.py", "tests/ui/test_submitted_window.py",
             "tests/ui/test_entry_ux.py"]


def on_x(args: list[str], tmp_path: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
           "XDG_DATA_HOME": str(tmp_path / "home" / ".local" / "share"),
           "XDG_CACHE_HOME": str(tmp_path / "home" / ".cache"),
           "YINLING_LOG_DIR": str(tmp_path / "logs")}
    return subprocess.run([XVFB or "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *args],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


@needs_x
def test_print_preview_opens_closes_and_the_program_lives_on(tmp_path: Path) -> None:
    done = on_x([sys.executable, "tests/ui/scripts/print_preview.py", str(tmp_path / "c.sqlite")],
                tmp_path)
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr[-2000:])
    assert done.stdout.split() == ["preview", "shown", "preview", "closed", "alive"]


@needs_x
def test_the_key_flows_pass_on_a_real_x_server(tmp_path: Path) -> None:
    done = on_x([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *KEY_FLOWS],
                tmp_path, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout
