"""The main window's frame: its side panels as docks, the window's size and docks kept
between runs, and the rows of the table as printed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from desktop.ui.entry_model import COLUMNS
from desktop.ui.panels import ChecksPanel, DefinitionPanel, HistoryPanel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.printing import PrintTable


def side_panels(win: QMainWindow, navigator: QWidget, titles: tuple[str, str, str, str]
                ) -> tuple[ChecksPanel, HistoryPanel, DefinitionPanel]:
    """The navigator on the left; the checks, the cell's history and the indicator's
    definition on the right (`titles` in that order, translated by the window)."""
    checks, history, definition = ChecksPanel(), HistoryPanel(), DefinitionPanel()
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    for title, widget, area, name in zip(titles, (navigator, checks, history, definition),
                                         (left, right, right, right),
                                         ("nav", "checks", "history", "def"), strict=True):
        dock = QDockWidget(title, win)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        win.addDockWidget(area, dock)
    return checks, history, definition


def restore(win: QMainWindow, settings: QSettings) -> None:
    geometry = settings.value("geometry")
    if geometry is not None:
        win.restoreGeometry(geometry)
    else:
        win.resize(1400, 860)
    state = settings.value("window_state")
    if state is not None:
        win.restoreState(state)


def save(win: QMainWindow, settings: QSettings) -> None:
    settings.setValue("geometry", win.saveGeometry())
    settings.setValue("window_state", win.saveState())


def print_rows(win: MainWindow) -> PrintTable:
    from desktop.ui.printing import PrintTable

    period = win.period
    return PrintTable(
        title=f"{win.ws.plan(win.plan_id).short_title}指标完成情况统计表",
        subtitle=f"（{period.year}年第{period.quarter}季度）　填报单位：{win.ws.unit(win.unit).name}",
        headers=[win.tr(c.title) for c in COLUMNS],
        rows=[[win.model.display(r, c) for c in range(len(COLUMNS))] for r in win.model.rows()])
