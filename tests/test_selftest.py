"""`yinling --selftest`: the same check CI runs on the frozen folder, here from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

STEPS = ("catalogs", "data file", "write value", "export report", "import report", "import pool",
         "main window")


def selftest(home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "YINLING_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(home / "runtime"), PYTHONIOENCODING="utf-8", **extra)
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return subprocess.run([sys.executable, "-m", "desktop", "--selftest"], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)


def test_selftest_passes_every_step_and_leaves_nothing_behind(tmp_path: Path) -> None:
    done = selftest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("yinling ") and "selftest (source:" in lines[0]
    for step in STEPS:
        assert any(line.startswith(f"{step}: ok (") for line in lines), (step, done.stdout)
    assert "FAILED" not in done.stdout and "skipped" not in done.stdout
    assert lines[-1].startswith("selftest passed")
    window = next(line for line in lines if line.startswith("main window:"))
    assert "offscreen" in window
    # no data file, catalog cache or settings of the user's was written
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not [p for p in written if p.suffix in (".sqlite", ".pickle", ".ini", ".conf")], written


def test_a_broken_catalog_fails_the_selftest_and_skips_the_rest(tmp_path: Path) -> None:
    broken = tmp_path / "schema"
    (broken / "plans").mkdir(parents=True)
    (broken / "units").mkdir()
    (broken / "plans" / "bad.toml").write_text("this is = not [valid toml", encoding="utf-8")
    done = selftest(tmp_path / "home", YINLING_SCHEMA=str(broken))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "catalogs: FAILED: " in done.stdout
    for step in STEPS[1:]:
        assert f"{step}: skipped" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("selftest FAILED")
