"""The import summary as the county reads it (issue 17, item 13): each file on its own
lines, indicators by name, 清除 n 项 by name and never "→ None", warnings listed, and a
choice per file — 保留本地 keeps the county's figure, 采用报表 takes the report's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.records import EntryKey
from desktop.ui import main_window as main_window_module
from desktop.ui.import_dialogs import ImportSummaryDialog
from desktop.ui.main_window import MainWindow
from desktop.usecases.baselines import commit_baseline_import, plan_baseline_import
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import read_entry, set_many
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file
from tests.ui.conftest import PERIOD, Boxes, open_window
from tests.usecases.test_baseline_sheets import sheet

PLAN = "qingtongxia"
BEDS = "qingtongxia.family_care_beds"
TOWNS = ("qingtongxia.daba", "qingtongxia.xiakou")


def key(unit: str) -> EntryKey:
    return EntryKey(PLAN, BEDS, unit, str(PERIOD))


@pytest.fixture
def reports(tmp_path: Path) -> Iterator[tuple[list[Path], Workspace]]:
    """Two towns' reports, exported by the program from a file with demo figures."""
    source = create_data_file(tmp_path / "source.sqlite", PLAN)
    fill_demo(source, (PLAN,))
    files = []
    for unit in TOWNS:
        files.append(tmp_path / f"{unit.split('.')[1]}.xlsx")
        export_report(source, PLAN, unit, PERIOD, files[-1])
    yield files, source
    source.close()


@pytest.fixture
def county(qtbot: QtBot, tmp_path: Path, boxes: Boxes, reports: tuple[list[Path], Workspace]
           ) -> Iterator[MainWindow]:
    """The county, which imported both reports once and then typed its own beds figure
    and a note for both towns: importing them again conflicts and would clear the notes."""
    ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="马丽")
    commit_import(ws, plan_import(ws, reports[0], "replace"))
    set_many(ws, {key(u): {"value": "999", "note": "县里核实"} for u in TOWNS}, "typed")
    last_year = sheet(tmp_path / "基数.xlsx", [["填报单位：大坝镇"], ["指标名称", "2024年末"],
                                              ["设立家庭照护床位", 4]])  # 45 beds now: a jump
    commit_baseline_import(ws, plan_baseline_import(ws, [last_year], 2024, PLAN))
    yield open_window(qtbot, ws)
    ws.close()


def review_with(monkeypatch: pytest.MonkeyPatch, act: object) -> list[ImportSummaryDialog]:
    shown: list[ImportSummaryDialog] = []

    def exec_(dialog: ImportSummaryDialog) -> int:
        shown.append(dialog)
        act(dialog)  # type: ignore[operator]
        return QDialog.DialogCode.Accepted if dialog.commit_button.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(main_window_module.ImportSummaryDialog, "exec", exec_)
    return shown


def test_a_refused_and_a_conflicting_file_read_in_names(
        county: MainWindow, reports: tuple[list[Path], Workspace], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    shown = review_with(monkeypatch, lambda _d: None)
    county.import_files([broken, reports[0][0]])
    [dialog] = shown
    refused, daba = dialog.file_lines(0), dialog.file_lines(1)
    assert refused and all(line.startswith("拒绝：") for line in refused)
    assert any("不是 Excel" in line for line in refused)
    assert dialog.file_row(1)[1:3] == ["大坝镇", "2025年第二季度"]
    assert "设立家庭照护床位（数值）：本机 999，报表 " in "\n".join(daba)
    assert "清除 1 项（报表中已无）：设立家庭照护床位（备注）" in daba
    everything = "\n".join(daba + refused)
    assert "None" not in everything and "qingtongxia." not in everything
    warnings = [line for line in daba if line.startswith("警告：")]
    assert len(warnings) == len(dialog.plan.files[1].warnings) > 0  # listed, each by name
    assert any(line.startswith("警告：设立家庭照护床位：") for line in warnings)
    top = dialog.tree.topLevelItem(1)
    assert top is not None and all(top.child(i).toolTip(0) == top.child(i).text(0)  # type: ignore[union-attr]
                                   for i in range(top.childCount()))  # a long reason is read whole
    assert not dialog.commit_button.isEnabled() and "被拒绝" in dialog.verdict.text()
    assert read_entry(county.ws, key(TOWNS[0])).value == 999  # type: ignore[union-attr]


def test_keep_local_for_one_town_take_the_report_for_the_other(
        county: MainWindow, reports: tuple[list[Path], Workspace],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def keep_daba(dialog: ImportSummaryDialog) -> None:
        box = dialog.choices[0]
        assert box is not None and box.currentText() == "采用报表"
        box.setCurrentIndex(box.findData("skip"))  # 保留本地
        assert "报表中已无 1 项，保留本机：设立家庭照护床位（备注）" in dialog.file_lines(0)
        assert any(line.startswith("新增 0 项，保留本机 ") for line in dialog.file_lines(0))

    review_with(monkeypatch, keep_daba)
    county.import_files(reports[0])
    daba, xiakou = (read_entry(county.ws, key(u)) for u in TOWNS)
    assert daba is not None and (daba.value, daba.note) == (999, "县里核实")
    assert xiakou == read_entry(reports[1], key(TOWNS[1]))
