"""The larger-font setting applies at once to the whole table (issue 17, item 2): the frozen
name columns as well as the rest, rows level across both, and columns wide enough for what
they hold (not "预期/性", "153% 已…")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.ui import main_window as main_window_module
from desktop.ui.entry_model import COLUMNS, FROZEN
from desktop.ui.main_window import MainWindow

ATTRIBUTE = [c.key for c in COLUMNS].index("attribute")
PROGRESS = [c.key for c in COLUMNS].index("progress")


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    original = QApplication.font()
    yield original
    QApplication.setFont(original)


def choose_font_size(window: MainWindow, size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """设置 → 字号, as the clerk does it."""
    def fill(dialog: QDialog) -> int:
        dialog.font_size.setValue(size)  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window_module.SettingsDialog, "exec", fill)
    window.open_settings()


def cut_cells(window: MainWindow, column: int) -> list[str]:
    """Texts of `column` wider than their cell (Qt then shows them cut or wrapped)."""
    view = window.view
    metrics = QFontMetrics(view.font())
    cut = []
    for row in range(view.model().rowCount()):
        text = str(view.model().index(row, column).data() or "")
        if text and metrics.horizontalAdvance(text) + 8 > view.columnWidth(column):
            cut.append(text)
    return cut


def test_a_larger_font_reaches_the_frozen_columns_at_once(
        qtbot: QtBot, town_window: MainWindow, monkeypatch: pytest.MonkeyPatch, app_font: QFont) -> None:
    view, frozen = town_window.view, town_window.view.frozen_table
    narrow = view.columnWidth(ATTRIBUTE)
    choose_font_size(town_window, 14, monkeypatch)
    qtbot.waitUntil(lambda: frozen.font().pointSize() == 14)
    qtbot.waitUntil(lambda: view.rowHeight(0) > 19)
    model = view.model()
    rows = range(model.rowCount())
    assert [frozen.rowHeight(r) for r in rows] == [view.rowHeight(r) for r in rows]
    # each value level with its name, not half a row below it
    for row in rows:
        name = frozen.visualRect(model.index(row, FROZEN - 1))
        value = view.visualRect(model.index(row, ATTRIBUTE))
        assert (name.top(), name.height()) == (value.top(), value.height()), row
    assert frozen.horizontalHeader().height() == view.horizontalHeader().height()
    assert view.columnWidth(ATTRIBUTE) > narrow
    assert cut_cells(town_window, ATTRIBUTE) == [] and cut_cells(town_window, PROGRESS) == []
    assert model.rowCount() > 10 and any(model.index(r, PROGRESS).data() for r in rows)


def test_back_to_the_usual_font(qtbot: QtBot, town_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                app_font: QFont) -> None:
    view, frozen = town_window.view, town_window.view.frozen_table
    fixed = range(len(COLUMNS) - 1)  # 备注, the last, stretches to whatever room is left
    widths = [view.columnWidth(c) for c in fixed]
    usual = QApplication.font().pointSize()
    choose_font_size(town_window, 16, monkeypatch)
    qtbot.waitUntil(lambda: frozen.font().pointSize() == 16)
    choose_font_size(town_window, usual, monkeypatch)
    qtbot.waitUntil(lambda: frozen.font().pointSize() == usual)
    assert [view.columnWidth(c) for c in fixed] == widths
    assert [frozen.rowHeight(r) for r in range(5)] == [view.rowHeight(r) for r in range(5)]
