"""The main window's frame: its side panels as docks, and the window's size and docks kept
between runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from desktop.ui.panels import ChecksPanel, DefinitionPanel, HistoryPanel

if TYPE_CHECKING:
    from desktop.ui.dashboard import Dashboard


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


class FileDrops(QObject):
    """Files dropped on the window: handed to `dropped` (the import)."""

    def __init__(self, parent: QObject, dropped: Callable[[list[Path]], object]) -> None:
        super().__init__(parent)
        self._dropped = dropped

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                self._dropped(paths)
                return True
        return False


def dashboard_in(tabs: QTabWidget, page: QWidget) -> Dashboard:
    """The dashboard made in place of its placeholder tab `page` (the same tab stays shown)."""
    from desktop.ui.dashboard import Dashboard

    dashboard = Dashboard()
    index, shown = tabs.indexOf(page), tabs.currentWidget() is page
    tabs.blockSignals(True)
    tabs.insertTab(index, dashboard, tabs.tabText(index))
    tabs.removeTab(index + 1)
    if shown:
        tabs.setCurrentWidget(dashboard)
    tabs.blockSignals(False)
    page.deleteLater()
    return dashboard


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
