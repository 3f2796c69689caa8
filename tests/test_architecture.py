"""DESIGN §10: Qt lives under desktop/ui/ only; everything else runs without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

NON_UI = ["desktop.catalog", "desktop.cli", "desktop.rules.checks", "desktop.rules.derive",
          "desktop.store.datafile", "desktop.usecases.entry"]


def test_non_ui_packages_do_not_load_qt() -> None:
    code = ("import sys\n"
            + "".join(f"import {m}\n" for m in NON_UI)
            + "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
              "assert not loaded, loaded\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_qt_is_imported_only_under_ui() -> None:
    offenders = []
    for path in (REPO / "desktop").rglob("*.py"):
        if "ui" in path.relative_to(REPO / "desktop").parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "PySide6" in text or "shiboken6" in text:
            offenders.append(str(Path(path).relative_to(REPO)))
    assert offenders == []
