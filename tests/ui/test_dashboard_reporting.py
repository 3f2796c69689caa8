"""The dashboard as a town and the county read it (issue 17, item 14): no empty 报送情况
box for a town; the county's 报送情况 lists each child with when and from which file, and
复制未报单位 puts the missing units' names on the clipboard for 催报; rates on a % axis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox, QMenu, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.ui import dashboard as dashboard_module
from desktop.ui.dashboard import Dashboard, ReportingDialog
from desktop.ui.main_window import MainWindow
from desktop.usecases.demo import fill_demo
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import create_data_file
from tests.ui.conftest import PERIOD, Boxes, open_window

PLAN = "qingtongxia"


def visible_boxes(dashboard: Dashboard) -> list[str]:
    return [box.title() for box in dashboard.findChildren(QGroupBox) if box.isVisible()]


@pytest.fixture
def county_with_one_report(qtbot: QtBot, tmp_path: Path, boxes: Boxes) -> Iterator[MainWindow]:
    """The county has 大坝镇's report, exported by the program from a town's file; no other."""
    town = create_data_file(tmp_path / "daba.sqlite", "qingtongxia.daba")
    fill_demo(town, (PLAN,))
    report = tmp_path / "大坝镇-2025Q2.xlsx"
    export_report(town, PLAN, "qingtongxia.daba", PERIOD, report)
    town.close()
    ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="马丽")
    commit_import(ws, plan_import(ws, [report], "replace"))
    window = open_window(qtbot, ws)
    window.tabs.setCurrentWidget(window.dashboard)
    yield window
    ws.close()


def test_a_town_has_no_reporting_box(town_window: MainWindow) -> None:
    town_window.tabs.setCurrentWidget(town_window.dashboard)
    shown = visible_boxes(town_window.dashboard)
    assert any("完成进度" in title for title in shown) and any("走势" in title for title in shown)
    assert not any("报送情况" in title for title in shown)


def test_the_county_sees_who_reported_and_copies_the_missing(county_with_one_report: MainWindow) -> None:
    dashboard = county_with_one_report.dashboard
    assert any("报送情况" in title for title in visible_boxes(dashboard))
    table = dashboard.reporting.table
    cells = [[(table.item(r, c) or QTableWidgetItem()).text() for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    rows = {row[0]: row for row in cells}
    assert rows["大坝镇"][1:3] == ["已报", "未验证"] and rows["大坝镇"][4] == "大坝镇-2025Q2.xlsx"
    assert rows["大坝镇"][3][2] == "-" and rows["峡口镇"][1:] == ["未报", "", "", ""]
    button = dashboard.reporting.copy_button
    assert button.isEnabled() and button.text() == "复制未报单位"
    button.click()
    copied = QApplication.clipboard().text().split("、")
    assert "峡口镇" in copied and "裕民街道" in copied and "大坝镇" not in copied
    assert len(copied) == table.rowCount() - 1
    assert f"已复制 {len(copied)} 个未报单位" in dashboard.summary.text()


def test_the_reporting_dialog_from_the_menu(county_with_one_report: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[ReportingDialog] = []
    def exec_(dialog: ReportingDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(dashboard_module.ReportingDialog, "exec", exec_)
    menus = [m.menu() for m in county_with_one_report.menuBar().actions()]
    action = next(a for m in menus if isinstance(m, QMenu) for a in m.actions() if a.text() == "下级报送情况…")
    action.trigger()
    [dialog] = shown
    assert "2025年第二季度" in dialog.windowTitle()
    assert dialog.panel.missing() and "大坝镇" not in dialog.panel.missing()


def test_rates_on_a_percent_axis_counts_with_their_unit(demo_window: MainWindow) -> None:
    demo_window.tabs.setCurrentWidget(demo_window.dashboard)
    demo_window.jump_to("qingtongxia.nursing_bed_share", "numerator")
    trend = demo_window.dashboard.trend
    assert trend.percent and trend.heading() == "护理型床位占比"
    demo_window.jump_to("qingtongxia.family_care_beds", "value")
    assert not trend.percent and trend.heading() == "设立家庭照护床位（张）"
    assert all(v is not None for _q, v in trend.points[:4])


def test_axis_ticks_are_round() -> None:
    assert dashboard_module.nice_ticks(0, 58.1 * 1.12) == [0, 20, 40, 60, 80]
    assert dashboard_module.axis_text(40, True) == "40%"
    assert dashboard_module.axis_text(1200, False) == "1,200"


def test_the_county_trend_is_in_view_at_1366_by_768(qtbot: QtBot, demo_window: MainWindow) -> None:
    """A county's many sections scroll inside their box; they no longer push the window
    taller than the screen and the trend chart below out of sight."""
    demo_window.resize(1366, 768)
    demo_window.tabs.setCurrentWidget(demo_window.dashboard)
    qtbot.wait(50)
    trend = demo_window.dashboard.trend
    bottom = trend.mapTo(demo_window, trend.rect().bottomLeft()).y()
    assert demo_window.height() <= 768 and bottom <= demo_window.height()
    assert trend.height() >= trend.minimumHeight() >= 200
    assert len(demo_window.dashboard.progress.sections) > 20  # the county's many sections
