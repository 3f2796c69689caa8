"""A submitted quarter in the window is changed by nothing a clerk can press (issue 13,
item 7): not a paste onto its cells, not Ctrl+Z of the edit made before submitting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.store import values as store
from desktop.ui.main_window import MainWindow
from desktop.usecases.entry import read_entry
from tests.ui.conftest import Boxes
from tests.ui.dialog_keys import YES, answer
from tests.ui.test_entry import BEDS, SHARE, go_to, key, type_into


def test_paste_and_undo_leave_a_submitted_quarter_alone(qtbot: QtBot, window: MainWindow,
                                                        boxes: Boxes) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "12")
    answer(YES)  # 报送 asks first (tables left empty make Enter mean 取消)
    window.submit_action.trigger()
    assert window.form.state == store.SUBMITTED, boxes.shown
    go_to(window, SHARE, "numerator")
    QGuiApplication.clipboard().setText("30\t60\n")
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    share = read_entry(window.ws, key(SHARE))
    assert (share.numerator, share.denominator) == (None, None)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert read_entry(window.ws, key(BEDS)).value == 12
    assert window.form.state == store.SUBMITTED
