"""DESIGN §10: Qt lives under desktop/ui/ only; everything else runs without a display."""

from __future__ import annotations

import re
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


# SQL as it is written here: a database's execute (on a connection, or with the statement's
# text), or a statement's opening words in a string. Another object's execute() is no SQL.
SQL = re.compile(r"\b(db|conn|connection|cursor)\.execute(many|script)?\(|\.execute(many|script)?\(\s*f?[\"']"
                 r"|\b(SELECT\s.*\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
                 r"|CREATE\s+(TABLE|INDEX|VIEW)|ALTER\s+TABLE)\b")


def test_sql_is_written_only_under_store() -> None:
    """DESIGN §10: the use cases call named functions of desktop/store/; no query elsewhere."""
    offenders = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        if path.relative_to(REPO / "desktop").parts[0] == "store":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_sql_check_finds_a_query() -> None:
    """The pattern above is not blind: each way SQL has been written outside the store is caught."""
    for line in ('rows = ws.data.db.execute(', '"SELECT unit, period FROM received_reports"',
                 '"SELECT DISTINCT unit FROM reported_values"', '"INSERT OR REPLACE INTO received_reports"',
                 'db.executemany(sql, rows)', '"DELETE FROM audit WHERE id = ?"'):
        assert SQL.search(line), line
    for line in ('rows = ws.data.db.execute(sql)', 'self.database.execute("PRAGMA quick_check")'):
        assert SQL.search(line), line
    for line in ("select the unit", "Inserted into the form", "self.execute_plan()", "runner.execute(operation)"):
        assert not SQL.search(line), line
