"""The dashboard's figures and the PDF of the current table."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui import printing
from desktop.ui.main_window import MainWindow


def test_dashboard_shows_sections_trend_and_children(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.tabs.setCurrentWidget(demo_window.dashboard)
    demo_window.jump_to("qingtongxia.nursing_bed_share", "numerator")
    demo_window._refresh_dashboard()
    sections = [name for name, _counts in demo_window.dashboard.progress.sections]
    assert "机构养老" in sections
    assert demo_window.dashboard.trend.title == "护理型床位占比"
    assert sum(1 for _q, v in demo_window.dashboard.trend.points if v is not None) == 8
    children = demo_window.dashboard.children
    names = {children.item(r, 0).text() for r in range(children.rowCount())}
    assert {"大坝镇", "裕民街道", "树新林场"} <= names
    assert demo_window.dashboard.summary.text().startswith("已报")


def test_pdf_of_the_current_table(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "表1.pdf"
    printing.save_pdf(demo_window._print_rows(), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
