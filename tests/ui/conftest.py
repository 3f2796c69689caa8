"""The real window on a real data file, driven through pytest-qt (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.periods import Period
from desktop.ui import main_window as main_window_module
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow
from desktop.usecases.demo import fill_demo
from desktop.usecases.workspace import Workspace, create_data_file

PERIOD = Period(2025, 2)


class Boxes:
    """QMessageBox calls recorded instead of shown (a modal box would stop the test)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def record(self, kind: str) -> object:
        def show(_parent: object, title: str, text: str, *args: object) -> int:
            self.shown.append((kind, f"{title}: {text}"))
            return 0
        return show


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorded = Boxes()
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(main_window_module.QMessageBox, kind, recorded.record(kind))
    return recorded


def show_active(qtbot: QtBot, win: QWidget) -> None:
    """Shown and the active window, as a clerk's window is: on a real X server without a
    window manager a new window is not active, and its shortcuts (Ctrl+Z) would not fire."""
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


@pytest.fixture
def town_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_data_file(tmp_path / "daba.sqlite", "qingtongxia.daba", clerk="王芳")
    yield ws
    ws.close()


def open_window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    """The main window on `ws` at PERIOD, shown and active."""
    prefs = settings()
    prefs.setValue("period", str(PERIOD))
    win = MainWindow(ws, prefs)
    qtbot.addWidget(win)
    win.resize(1400, 800)
    show_active(qtbot, win)
    return win


@pytest.fixture
def window(qtbot: QtBot, town_ws: Workspace, boxes: Boxes) -> MainWindow:
    return open_window(qtbot, town_ws)


@pytest.fixture
def town_window(qtbot: QtBot, tmp_path: Path, boxes: Boxes) -> Iterator[MainWindow]:
    """大坝镇 with its own demo figures."""
    ws = create_data_file(tmp_path / "daba.sqlite", "qingtongxia.daba", clerk="王芳")
    fill_demo(ws, ("qingtongxia",))
    win = open_window(qtbot, ws)
    win.view.setFocus()
    yield win
    ws.close()


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, boxes: Boxes) -> Iterator[MainWindow]:
    ws = create_data_file(tmp_path / "county.sqlite", "qingtongxia", clerk="马丽")
    fill_demo(ws, ("qingtongxia",))
    yield open_window(qtbot, ws)
    ws.close()
