"""The window's import preview names what a report no longer holds as 清除 n 项 with the
indicators' names, never "替换 … → None" (issue 13, item 10 named the window's summary;
the command line's words are tested in tests/usecases/test_import_truth.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.cli import main as cli
from desktop.ui import main_window as main_window_module
from desktop.ui.import_dialogs import ImportSummaryDialog
from desktop.usecases.workspace import open_workspace
from tests.ui.conftest import Boxes, open_window

PLAN, DABA = "qingtongxia", "qingtongxia.daba"
BEDS = "qingtongxia.family_care_beds"  # 设立家庭照护床位


def test_the_preview_says_what_is_cleared(qtbot: QtBot, tmp_path: Path, boxes: Boxes,
                                         monkeypatch: object) -> None:
    town, county = str(tmp_path / "daba.sqlite"), str(tmp_path / "county.sqlite")
    scope = ["--plan", PLAN, "--unit", DABA, "--period", "2025Q2"]
    assert cli(["init", "--db", town, "--unit", DABA]) == 0
    assert cli(["init", "--db", county, "--unit", PLAN]) == 0
    assert cli(["set", "--db", town, *scope, f"{BEDS}=12"]) == 0
    assert cli(["export", "--db", town, *scope, "-o", str(tmp_path / "a.xlsx")]) == 0
    assert cli(["import", "--db", county, str(tmp_path / "a.xlsx")]) == 0
    assert cli(["set", "--db", town, *scope, f"{BEDS}="]) == 0  # the town takes it back
    assert cli(["export", "--db", town, *scope, "-o", str(tmp_path / "b.xlsx")]) == 0
    seen: list[str] = []

    def review(dialog: ImportSummaryDialog) -> int:
        for index in range(dialog.tree.topLevelItemCount()):
            seen.extend(dialog.file_row(index) + dialog.file_lines(index))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(main_window_module.ImportSummaryDialog, "exec", review)  # type: ignore[attr-defined]
    ws = open_workspace(Path(county))
    try:
        window = open_window(qtbot, ws)
        window.import_files([tmp_path / "b.xlsx"])
        qtbot.waitUntil(lambda: bool(seen))
    finally:
        ws.close()
    text = "｜".join(seen)
    assert "清除 1 项（报表中已无）：设立家庭照护床位" in text and "None" not in text, text
