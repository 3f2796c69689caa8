"""SQLite's POSIX locks belong to the process and drop when any descriptor of the file
closes (../shared/notes/posix-locks-and-file-dialogs.md). A file dialog on the data
file's folder must not open the data file: else an outside reader deletes the -wal under
the running window and an acknowledged edit is lost at the next crash (issue 13, item 14)."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.usecases.workspace import create_data_file
from tests.conftest import REPO

SCRIPT = "tests/ui/scripts/dialog_then_write.py"


def run_dialog_then_kill(tmp_path: Path, which: str) -> float | None:
    """The value found after the kill -9 and a fresh open (None if the edit was lost)."""
    path = tmp_path / "office" / "daba.sqlite"
    create_data_file(path, "qingtongxia.daba", clerk="王芳").close()
    for name in ("大坝镇-2025Q2.xlsx", "说明.txt"):
        (path.parent / name).write_bytes(b"PK\x03\x04 not much")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config")}
    child = subprocess.Popen([sys.executable, SCRIPT, str(path), which], cwd=REPO, env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "dialog closed"
        outside = sqlite3.connect(path)  # a backup tool, another program, a curious clerk
        outside.execute("SELECT count(*) FROM reported_values").fetchone()
        outside.close()
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "written"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM reported_values WHERE indicator = ?",
                           ("qingtongxia.family_care_beds",)).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks belong to the handle")
def test_the_programs_file_dialog_keeps_the_data_files_locks(tmp_path: Path) -> None:
    assert run_dialog_then_kill(tmp_path, "program") == 4321


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks belong to the handle")
def test_qts_own_dialog_would_lose_the_edit(tmp_path: Path) -> None:
    """The hazard is real here: the reason the program never uses Qt's dialog as it comes."""
    assert run_dialog_then_kill(tmp_path, "plain") is None


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks belong to the handle")
def test_the_plan_sheet_chooser_keeps_the_data_files_locks(tmp_path: Path) -> None:
    """方案 → 新建方案（从指标表） → 选择…: a file dialog like every other one."""
    assert run_dialog_then_kill(tmp_path, "plan-sheet") == 4321


def test_every_file_dialog_is_the_programs_own() -> None:
    """Qt's dialogs as they come (QFileDialog.getOpenFileName …) sniff the files they list:
    the window's code makes its dialogs only in desktop/ui/file_dialogs.py."""
    made = re.compile(r"QFileDialog\.get\w+\(|QFileDialog\(")
    elsewhere = [str(p.relative_to(REPO)) for p in sorted((REPO / "desktop").rglob("*.py"))
                 if p.name != "file_dialogs.py" and made.search(p.read_text(encoding="utf-8"))]
    assert elsewhere == []
