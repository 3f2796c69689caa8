"""Typing in the entry table as a clerk does: every edit autosaved through the use cases."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.records import EntryKey
from desktop.store import values as store
from desktop.ui.entry_model import EntryModel
from desktop.ui.main_window import MainWindow
from desktop.usecases.entry import read_entry
from tests.conftest import REPO
from tests.ui.conftest import PERIOD, Boxes
from tests.ui.dialog_keys import YES, answer

BEDS = "qingtongxia.family_care_beds"  # a count: its 本季度 cell is the input
SHARE = "qingtongxia.nursing_bed_share"  # a rate: 分子 and 分母 are the inputs


def key(indicator: str) -> EntryKey:
    return EntryKey("qingtongxia", indicator, "qingtongxia.daba", str(PERIOD))


def go_to(window: MainWindow, indicator: str, field: str) -> None:
    window.jump_to(indicator, field)
    assert window.view.currentIndex().row() == window.model.row_of(indicator)


def type_into(qtbot: QtBot, window: MainWindow, text: str, finish: Qt.Key = Qt.Key.Key_Return) -> None:
    """The first key typed on a cell opens its editor, as in Excel; the rest go into it."""
    qtbot.keyClicks(window.view, text[0])
    editors = [w for w in window.view.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, "typing on the cell did not open an editor"
    editor = editors[0]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, finish)
    # Qt commits an editor's data and then closes it through a queued call: wait for that.
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible(), timeout=2000)


def test_typing_saves_and_enter_moves_down(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    row = window.view.currentIndex().row()
    type_into(qtbot, window, "12")
    assert read_entry(window.ws, key(BEDS)).value == 12
    assert window.view.currentIndex().row() == row + 1
    assert "已自动保存" in window.saved_label.text()
    assert window.model.index(row, window.model.column_of("value")).data() == "12"


def test_tab_moves_right_and_arrows_move(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, SHARE, "numerator")
    start = window.view.currentIndex()
    type_into(qtbot, window, "30", Qt.Key.Key_Tab)
    assert window.view.currentIndex().column() == start.column() + 1
    type_into(qtbot, window, "60")
    entry = read_entry(window.ws, key(SHARE))
    assert (entry.numerator, entry.denominator) == (30, 60)
    now = window.view.currentIndex()
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    assert window.view.currentIndex().row() == now.row() - 1
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.view.currentIndex().column() == now.column() - 1


def test_delete_clears(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "9")
    go_to(window, BEDS, "value")
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert read_entry(window.ws, key(BEDS)).value is None


def test_paste_a_block_with_one_bad_cell(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    go_to(window, SHARE, "numerator")
    row = window.view.currentIndex().row()
    next_rate = window.model.row(row + 1)
    assert next_rate.indicator.kind.value == "rate"
    QGuiApplication.clipboard().setText("40\t80\n5\tabc\n")
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    entry = read_entry(window.ws, key(SHARE))
    assert (entry.numerator, entry.denominator) == (40, 80)
    assert read_entry(window.ws, next_rate.key).numerator == 5
    assert read_entry(window.ws, next_rate.key).denominator is None
    # The row named by its 序号 in the plan, the column by its header: what the clerk sees.
    assert len(boxes.shown) == 1 and "abc" in boxes.shown[0][1]
    assert f"序号 {next_rate.indicator.seq} 的“分母”" in boxes.shown[0][1]
    assert [r.how for r in store.history(window.ws.data.db, key(SHARE))] == ["pasted", "pasted"]


def test_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "10")
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "25")
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert read_entry(window.ws, key(BEDS)).value == 10
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert read_entry(window.ws, key(BEDS)).value == 25
    hows = [r.how for r in store.history(window.ws.data.db, key(BEDS))]
    assert hows == ["redo", "undone", "typed", "typed"]  # a redo is audited as one (issue 16)


def test_a_bad_value_is_refused_and_nothing_saved(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "N/A")
    qtbot.waitUntil(lambda: bool(boxes.shown))  # shown once the editor has closed
    assert read_entry(window.ws, key(BEDS)).value is None
    assert "不是一个数字" in boxes.shown[0][1]


def test_a_check_fires_and_its_entry_jumps_to_the_cell(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, SHARE, "numerator")
    type_into(qtbot, window, "90", Qt.Key.Key_Tab)
    type_into(qtbot, window, "30")
    errors = [window.checks.item(i) for i in range(window.checks.count())
              if "分子 90 大于分母 30" in window.checks.item(i).text()]
    assert len(errors) == 1
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.checks.itemClicked.emit(errors[0])
    current = window.view.currentIndex()
    assert current.row() == window.model.row_of(SHARE)
    assert current.column() == window.model.column_of("numerator")
    color = current.data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert color == "#f8d7da"  # the failing cell is shown red


def test_an_autosaved_value_is_read_back_by_a_fresh_process(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "321")
    code = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
            "print(c.execute(\"SELECT value FROM reported_values WHERE indicator = ?\", "
            f"({BEDS!r},)).fetchone()[0])\n")
    done = subprocess.run([sys.executable, "-c", code, str(window.ws.data.path)], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "321.0", done.stderr


def test_submission_is_refused_while_an_error_remains(qtbot: QtBot, window: MainWindow,
                                                       boxes: Boxes) -> None:
    go_to(window, SHARE, "numerator")
    type_into(qtbot, window, "90", Qt.Key.Key_Tab)
    type_into(qtbot, window, "30")
    window.submit_action.trigger()
    assert any("审核未通过" in text for _kind, text in boxes.shown)
    assert window.form.state == store.DRAFT
    go_to(window, SHARE, "numerator")
    type_into(qtbot, window, "20")
    confirmation = answer(Qt.Key.Key_Escape)  # asked first; Esc leaves it a draft
    window.submit_action.trigger()
    assert confirmation.names == ["confirm"] and window.form.state == store.DRAFT
    answer(YES)  # Alt+Y: 报送(Y); tables left empty make Enter mean 取消
    window.submit_action.trigger()
    assert window.form.state == store.SUBMITTED
    assert not window.model.is_editable(window.model.index(window.model.row_of(BEDS),
                                                           window.model.column_of("value")))


def test_the_entry_model_passes_qt_model_tester(qtmodeltester: object, demo_window: MainWindow) -> None:
    model = EntryModel()
    model.set_rows(demo_window.form.rows, editable=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows(demo_window.form.rows[:5], editable=False)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_failed_save_keeps_the_edit_for_retry(qtbot: QtBot, window: MainWindow,
                                                monkeypatch: object) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.errors import DiskFull
    from desktop.ui import main_window as module

    real, attempts, asked = module.set_many, [], []

    def flaky(ws: object, cells: object, how: str = "typed") -> object:
        attempts.append(how)
        if len(attempts) == 1:
            raise DiskFull(window.ws.data.path, "磁盘已满，无法写入数据文件。")
        return real(ws, cells, how)

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(module, "set_many", flaky)  # type: ignore[attr-defined]
    monkeypatch.setattr(module.QMessageBox, "critical", answer)  # type: ignore[attr-defined]
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "44")
    assert len(attempts) == 2 and "磁盘已满" in asked[0] and "未保存" in asked[0]
    assert read_entry(window.ws, key(BEDS)).value == 44


def test_pasted_look_alike_digits_are_refused(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    go_to(window, SHARE, "numerator")
    QGuiApplication.clipboard().setText("10²\t120①\n")
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    entry = read_entry(window.ws, key(SHARE))
    assert (entry.numerator, entry.denominator) == (None, None)
    assert len(boxes.shown) == 1 and "10²" in boxes.shown[0][1] and "120①" in boxes.shown[0][1]
