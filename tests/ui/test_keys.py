"""The keyboard on the entry table, as a clerk uses it (issue 13, items 1 and 3).

Typing on a grey (read-only) cell does nothing but say so; Enter and Tab go from input
cell to input cell; a value that is not a number keeps its cell in edit with the text
selected, as Excel does. These tests also run under a real X server
(tests/ui/test_real_display.py), where focus and key handling differ from offscreen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.store import values as store
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Boxes

PLAN = "qingtongxia"


def snapshot(window: MainWindow) -> list[tuple]:
    return window.ws.data.db.execute(
        "SELECT indicator, unit, period, value, numerator, denominator, text, note "
        "FROM reported_values ORDER BY 1, 2, 3").fetchall()


def editor(window: MainWindow) -> QLineEdit | None:
    found = [w for w in window.view.findChildren(QLineEdit) if w.isVisible()]
    return found[0] if found else None


def first_row_where(window: MainWindow, test: object) -> int:
    return next(r for r in range(window.model.rowCount()) if test(window.model.row(r)))  # type: ignore[operator]


def place(window: MainWindow, row: int, column: int) -> QModelIndex:
    index = window.model.index(row, column)
    window.view.setCurrentIndex(index)
    window.view.setFocus()
    return index


def test_typing_on_a_grey_cell_writes_nothing_anywhere(qtbot: QtBot, town_window: MainWindow) -> None:
    window = town_window
    row = first_row_where(window, lambda r: r.indicator.kind.value == "count"
                          and r.entry.value is not None)
    den = window.model.column_of("denominator")
    start = place(window, row, den)
    assert not window.model.is_editable(start)
    # A digit that other rows' 分母 cells start with: Qt's keyboard search would jump there.
    assert any(window.model.index(r, den).data() for r in range(window.model.rowCount()))
    before = snapshot(window)
    for key in (Qt.Key.Key_2, Qt.Key.Key_0):
        qtbot.keyClick(window.view, key)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert snapshot(window) == before
    assert editor(window) is None
    assert "此处不可填写" in window.statusBar().currentMessage()
    assert window.view.currentIndex().row() in (row, row + 1)


def test_typed_digits_never_search_the_column(qtbot: QtBot, town_window: MainWindow) -> None:
    window = town_window
    row = first_row_where(window, lambda r: r.indicator.kind.value == "count")
    start = place(window, row, window.model.column_of("ytd"))  # computed: grey
    qtbot.keyClicks(window.view, "1234")
    assert window.view.currentIndex() == start


def test_tab_and_enter_move_between_input_cells_only(qtbot: QtBot, town_window: MainWindow) -> None:
    window = town_window
    model = window.model
    rate = first_row_where(window, lambda r: r.indicator.kind.has_parts)
    place(window, rate, model.column_of("numerator"))
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.currentIndex().column() == model.column_of("denominator")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    landed = window.view.currentIndex()
    assert landed.row() == rate + 1
    assert landed.column() == model.input_columns(rate + 1)[0]  # the next row's first input
    # From every cell of the table, Enter and Tab land on an input cell.
    for r in range(model.rowCount() - 1):
        for c in range(model.columnCount()):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Tab):
                place(window, r, c)
                qtbot.keyClick(window.view, key)
                now = window.view.currentIndex()
                assert model.is_editable(now), (r, c, key, now.row(), now.column())


def test_typing_enter_then_tab_saves_and_moves_on(qtbot: QtBot, town_window: MainWindow) -> None:
    window = town_window
    model = window.model
    rate = first_row_where(window, lambda r: r.indicator.kind.has_parts)
    place(window, rate, model.column_of("numerator"))
    qtbot.keyClicks(window.view, "3")
    qtbot.keyClicks(editor(window), "0")
    qtbot.keyClick(editor(window), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.view.currentIndex().column() == model.column_of("denominator"))
    qtbot.keyClicks(window.view, "6")
    qtbot.keyClicks(editor(window), "0")
    qtbot.keyClick(editor(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.currentIndex().row() == rate + 1)
    assert window.view.currentIndex().column() == model.input_columns(rate + 1)[0]
    entry = window.model.row(rate).entry
    assert (entry.numerator, entry.denominator) == (30, 60)


def test_a_refused_value_stays_in_edit_with_the_text_selected(qtbot: QtBot, town_window: MainWindow,
                                                              boxes: Boxes) -> None:
    window = town_window
    row = first_row_where(window, lambda r: r.indicator.kind.value == "count")
    cell = place(window, row, window.model.column_of("value"))
    before = snapshot(window)
    qtbot.keyClicks(window.view, "1")
    qtbot.keyClicks(editor(window), "2o")  # the letter o for a zero: a typing slip
    qtbot.keyClick(editor(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(boxes.shown) and editor(window) is not None)
    assert "不是一个数字" in boxes.shown[0][1]
    reopened = editor(window)
    assert reopened is not None
    assert reopened.text() == "12o" and reopened.selectedText() == "12o"
    assert window.view.currentIndex() == cell
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reopened)
    assert snapshot(window) == before
    # Typing over the selection replaces it, and this time it is a number.
    qtbot.keyClicks(reopened, "120")
    qtbot.keyClick(reopened, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.row(row).entry.value == 120)
    assert next(r.how for r in store.history(window.ws.data.db, window.model.row(row).key)) == "typed"
