"""The round of issue 18 through the window (pytest-qt, real files): the county splits a
target in 目标分解 (typed, and from its sheet) and makes the packages in 下发方案包; a town's
first run takes its package (我有县里发来的方案包), its form shows its own target and
progress against it, it exports; the county's import summary says 已验证, its consolidated
report sets each town's own target in 分单位明细 and 已验证 in 报送情况. A package and a
report double-clicked (`yinling FILE`) open in the program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.cli import opened_file
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.ui import app as app_module
from desktop.ui import main_window as main_window_module
from desktop.ui.dialogs import FirstRunDialog
from desktop.ui.import_dialogs import ImportSummaryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.package_dialogs import ExportPackagesDialog
from desktop.ui.targets_table import FIRST_UNIT, TargetsDialog
from desktop.usecases.workspace import create_data_file
from tests.ui.conftest import Boxes, open_window
from tests.ui.dialog_keys import answer as answer_box
from tests.usecases.test_baseline_sheets import sheet

PLAN = "qingtongxia"
HOMES = "qingtongxia.home_aging_adaptation_households"  # 居家适老化改造户数, 1000户 in 2025
Q2 = Period(2025, 2)


@pytest.fixture(autouse=True)
def _may_2025(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YINLING_TODAY", "2025-05-20")


def _row(dialog: TargetsDialog, indicator: str) -> int:
    assert dialog.table is not None
    return next(r for r, row in enumerate(dialog.table.rows) if row.indicator.id == indicator)


def _column(dialog: TargetsDialog, unit_name: str) -> int:
    return next(c for c in range(dialog.grid.columnCount())
                if dialog.grid.horizontalHeaderItem(c).text() == unit_name)


def county_splits_and_issues(qtbot: QtBot, county: MainWindow, tmp_path: Path) -> dict[str, Path]:
    dialog = TargetsDialog(county.ws, PLAN, 2025, county)
    qtbot.addWidget(dialog)
    row, daba = _row(dialog, HOMES), _column(dialog, "大坝镇")
    assert daba >= FIRST_UNIT and dialog.grid.item(row, 0).text() == "1000户"
    assert dialog.grid.verticalHeaderItem(row).text() == "居家适老化改造户数"
    dialog.grid.item(row, daba).setText("120")  # typed: saved at once
    row = _row(dialog, HOMES)
    assert dialog.grid.item(row, daba).text() == "120户" and dialog.grid.item(row, 1).text() == "120户"
    assert "少 880户" in dialog.grid.item(row, 1).toolTip() and "居家适老化改造户数：" in dialog.summary.text()
    dialog.grid.item(row, daba).setText("12.5")  # refused, in words, nothing saved
    assert any("不是整数" in text for _kind, text in county_boxes(county))
    path = sheet(tmp_path / "分解.xlsx", [["指标名称", "峡口镇", "裕民街道"], ["居家适老化改造户数", 880, 0]])
    dialog.import_sheet(path, confirm=False)
    row = _row(dialog, HOMES)
    assert dialog.grid.item(row, _column(dialog, "峡口镇")).text() == "880户"
    assert dialog.table is not None and dialog.table.rows[row].warning is None  # 120 + 880 + 0
    issuing = ExportPackagesDialog(county.ws, PLAN, tmp_path / "packages", county)
    qtbot.addWidget(issuing)
    listed = [issuing.units.item(i).text() for i in range(issuing.units.count())]
    assert listed[:3] == ["陈袁滩镇", "峡口镇", "大坝镇"] and "民政局" in listed  # towns, then departments
    issuing.export()
    return {m.unit: m.path for m in issuing.made}


def county_boxes(window: MainWindow) -> list[tuple[str, str]]:
    return BOXES.shown if BOXES is not None else []


BOXES: Boxes | None = None


def test_the_round_through_the_window(qtbot: QtBot, tmp_path: Path, boxes: Boxes,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    global BOXES
    BOXES = boxes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    county_ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="马丽")
    county = open_window(qtbot, county_ws)
    packages = county_splits_and_issues(qtbot, county, tmp_path)

    # 大坝镇's first run: 我有县里发来的方案包 — no unit chosen from the tree.
    town_file = tmp_path / "daba" / "yinling.sqlite"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        dialog.clerk.setText("王芳")
        dialog.choose_package(packages["qingtongxia.daba"])

    QTimer.singleShot(100, answer)
    town_ws = app_module.open_or_first_run(town_file)
    assert town_ws is not None and town_ws.own_unit == "qingtongxia.daba" and town_ws.clerk == "王芳"
    town = open_window(qtbot, town_ws)
    row = next(r for r in town.form.rows if r.indicator.id == HOMES)  # type: ignore[union-attr]
    assert row.shown.target_text == "120户"  # its own, not 1000户（全域）
    key = EntryKey(PLAN, HOMES, "qingtongxia.daba", str(Q2))
    assert town.apply_cells({key: {"value": "90"}}, "录入")
    row = next(r for r in town.form.rows if r.indicator.id == HOMES)  # type: ignore[union-attr]
    assert row.shown.progress_state in ("on_track", "met") and "75%" in row.shown.progress_text
    town.tabs.setCurrentWidget(town.dashboard)
    assert any(counts["on_track"] + counts["met"] for _s, counts in town.dashboard.progress.sections)
    report = tmp_path / "大坝镇-2025Q2.xlsx"
    answer_box(Qt.Key.Key_Escape)  # 已导出 … 打开所在文件夹 / 关闭
    town.export_current(report)
    qtbot.waitUntil(report.exists)

    # The county imports it: 已验证 in the summary, then its consolidated report.
    seen: list[list[str]] = []

    def review(dialog: ImportSummaryDialog) -> int:
        seen.append([dialog.file_row(i)[dialog.SIGNED] for i in range(len(dialog.plan.files))])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window_module.ImportSummaryDialog, "exec", review)
    county.import_files([report])
    assert seen == [["已验证"]]
    county.period_box.setCurrentIndex(county.period_box.findData(str(Q2)))
    summary = tmp_path / "县汇总.xlsx"
    monkeypatch.setattr(county, "_ask_save", lambda *_a: summary)
    county.consolidate_current()
    qtbot.waitUntil(summary.exists)
    book = openpyxl.load_workbook(summary)
    detail = list(book["分单位明细"].iter_rows(values_only=True))
    header = next(r for r in detail if r[0] == "序号")
    homes = next(i for i, r in enumerate(detail) if r[1] and "居家适老化改造户数" in str(r[1]))
    target = next(r for r in detail[homes:] if r[3] == "目标")
    assert target[header.index("大坝镇")] == 120 and target[header.index("峡口镇")] == 880
    assert target[header.index("汇总数")] == 1000
    status = list(book["报送情况"].iter_rows(values_only=True))
    columns = next(r for r in status if r[0] == "序号")
    daba = next(r for r in status if r[1] == "大坝镇")
    assert daba[columns.index("验证")] == "已验证"
    town_ws.close()
    county_ws.close()


def test_opening_a_package_in_the_window_sets_the_unit(qtbot: QtBot, tmp_path: Path, boxes: Boxes) -> None:
    county = create_data_file(tmp_path / "county.sqlite", PLAN)
    from desktop.usecases.packages import export_packages

    [made] = export_packages(county, PLAN, ["qingtongxia.yesheng"], tmp_path)
    county.close()
    ws = create_data_file(tmp_path / "town.sqlite", "qingtongxia.daba")  # set up wrongly, empty
    window = open_window(qtbot, ws)
    assert window.plan_menu.open_package(made.path)
    assert ws.own_unit == "qingtongxia.yesheng" and window.unit == "qingtongxia.yesheng"
    assert "叶盛镇" in window.windowTitle() and "叶盛镇" in window.plan_menu.last_opened
    assert window.unit_box.currentData() == "qingtongxia.yesheng"
    ws.close()


def test_the_double_click_command_line() -> None:
    assert opened_file(["/x/大坝镇.ylpkg"]) == ([], Path("/x/大坝镇.ylpkg"))
    assert opened_file(["--lang", "en", "r.xlsx"]) == (["--lang", "en"], Path("r.xlsx"))
    assert opened_file(["--db", "a.xlsx", "p.ylpkg"]) == (["--db", "a.xlsx"], Path("p.ylpkg"))
    assert opened_file(["import", "--db", "F", "r.xlsx"]) == (["import", "--db", "F", "r.xlsx"], None)


def test_a_package_double_clicked_on_a_fresh_machine(tmp_path: Path) -> None:
    """`yinling FILE.ylpkg`, as the desktop entry runs it, under an empty home: the town's
    data file for its unit, made in one step, and the window shown."""
    county = create_data_file(tmp_path / "county.sqlite", PLAN)
    from desktop.usecases.packages import export_packages

    [made] = export_packages(county, PLAN, ["qingtongxia.qujing"], tmp_path)
    county.close()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
           "QT_QPA_PLATFORM": "offscreen", "YINLING_CATALOG_CACHE": "1"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--exit-after-start", str(made.path)],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    data = home / ".local/share/yinling/yinling.sqlite"
    import sqlite3

    with sqlite3.connect(data) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'unit'").fetchone() == ("qingtongxia.qujing",)
        assert db.execute("SELECT unit, issue FROM enrolment").fetchall() == [("qingtongxia.qujing", 1)]
