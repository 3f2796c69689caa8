"""The side panels (审核, 修改记录, 指标说明) as tabs of one place that can be closed and
reopened (视图 menu), beside the table on a wide screen and under it on a narrow one: at
1366×768 the input columns and 完成进度 then fit beside the navigator without scrolling
sideways. A panel the user has moved stays where it was put."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.messages import say

PANELS = ("checks", "history", "def")
WIDE = 1700  # px of window: below this the panels go under the table
NAVIGATOR_WIDTH = 230
BELOW_HEIGHT = 120  # px: a few lines of checks; the table keeps the rest


class SidePanels(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = window.findChild(QDockWidget, "nav")
        self.docks = [d for name in PANELS if (d := window.findChild(QDockWidget, name)) is not None]
        self.auto = True  # placed by width until the user moves one
        self._placing = False
        for dock in [self.navigator, *self.docks]:
            if dock is not None:
                dock.setFeatures(dock.features() | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        for dock in self.docks[1:]:
            window.tabifyDockWidget(self.docks[0], dock)
        if self.docks:
            self.docks[0].raise_()
        for dock in self.docks:
            dock.topLevelChanged.connect(self._moved)  # dragged off by the user (not restored)
        self._menu()
        window.installEventFilter(self)

    def _menu(self) -> None:
        menu = self.window.menuBar().addMenu(say("entry_ux.view.menu"))
        show = menu.addAction(say("entry_ux.view.side"))
        show.setShortcut("F9")
        show.triggered.connect(self.show_all)
        menu.addSeparator()
        for dock in [self.navigator, *self.docks]:
            if dock is not None:
                menu.addAction(dock.toggleViewAction())

    def show_all(self) -> None:
        for dock in self.docks:
            dock.show()
        if self.docks:
            self.docks[0].raise_()

    def _moved(self, floating: bool) -> None:
        if floating and not self._placing:
            self.auto = False

    def place(self) -> None:
        """Beside the table when the window is wide, under it when not."""
        if not self.auto or not self.docks:
            return
        wide = self.window.width() >= WIDE
        area = Qt.DockWidgetArea.RightDockWidgetArea if wide else Qt.DockWidgetArea.BottomDockWidgetArea
        self._placing = True
        try:
            if self.window.dockWidgetArea(self.docks[0]) != area:
                for dock in self.docks:
                    self.window.addDockWidget(area, dock)
                for dock in self.docks[1:]:
                    self.window.tabifyDockWidget(self.docks[0], dock)
                self.docks[0].raise_()
            if self.navigator is not None:
                self.window.resizeDocks([self.navigator], [NAVIGATOR_WIDTH], Qt.Orientation.Horizontal)
            if not wide:
                self.window.resizeDocks([self.docks[0]], [BELOW_HEIGHT], Qt.Orientation.Vertical)
        finally:
            self._placing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return super().eventFilter(watched, event)
