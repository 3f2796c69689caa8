"""The window's operations: the one runner (a failing operation shows its message, a bug is
logged, cancel stops the work, a storage failure offers Retry), Ctrl+Z / Ctrl+Y over typed,
pasted and imported steps, and an edit redrawing only its rows."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.records import EntryKey
from desktop.store import values as store
from desktop.store.errors import DiskFull
from desktop.ui import main_window as main_window_module
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Op
from desktop.usecases.entry import read_entry, set_fields
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import UseCaseError, create_data_file
from tests.ui.conftest import PERIOD, Boxes, open_window
from tests.ui.test_entry import BEDS, SHARE, go_to, key, type_into


def test_a_failing_operation_shows_its_message(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    def refuse(_progress: object) -> None:
        raise UseCaseError("undo.nothing")

    done: list[object] = []
    assert not Op(window, refuse, what="试一试", background=True).success(done.append).run()
    assert boxes.shown == [("warning", "未完成: 没有可撤销的修改。")] and done == []


def test_a_bug_is_logged_and_named_an_internal_error(qtbot: QtBot, window: MainWindow, boxes: Boxes,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YINLING_LOG_DIR", str(tmp_path / "logs"))

    def broken(_progress: object) -> None:
        raise ZeroDivisionError("division by zero")

    assert not Op(window, broken, what="导出报表", background=True).run()
    [(kind, text)] = boxes.shown
    assert kind == "critical" and text.startswith("程序内部错误") and "导出报表" in text
    assert "ZeroDivisionError" in (tmp_path / "logs" / "yinling.log").read_text(encoding="utf-8")


def test_cancel_stops_the_work(qtbot: QtBot, window: MainWindow) -> None:
    def long_work(progress: object) -> str:
        for step in range(600):
            if not progress(step, 600, f"第 {step} 个文件"):  # type: ignore[operator]
                return f"stopped at {step}"
            time.sleep(0.01)
        return "finished"

    def press_cancel() -> None:  # as the clerk does: the dialog's 取消 button
        buttons = [b for d in window.findChildren(QProgressDialog) for b in d.findChildren(QPushButton)
                   if b.isVisible()]
        if not buttons:
            QTimer.singleShot(20, press_cancel)
            return
        assert buttons[0].text() == "取消"
        buttons[0].click()

    QTimer.singleShot(100, press_cancel)
    started = time.perf_counter()
    op = Op(window, long_work, what="正在读取报表…", background=True)
    assert op.run()
    assert str(op.result).startswith("stopped at") and time.perf_counter() - started < 5


def test_a_storage_failure_offers_retry(qtbot: QtBot, window: MainWindow,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[int] = []
    asked: list[str] = []

    def flaky(_progress: object) -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise DiskFull(window.ws.data.path, "磁盘已满，无法写入数据文件。")
        return "written"

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "critical", answer)
    op = Op(window, flaky, what="导出报表", background=True).retry()
    assert op.run() and op.result == "written" and len(attempts) == 2
    assert "磁盘已满" in asked[0] and "重试" in asked[0]


def undo_keys(qtbot: QtBot, window: MainWindow, key: Qt.Key = Qt.Key.Key_Z) -> None:
    qtbot.keyClick(window.view, key, Qt.KeyboardModifier.ControlModifier)


def test_undo_and_redo_over_typed_and_pasted_steps(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "10")
    go_to(window, SHARE, "numerator")
    QGuiApplication.clipboard().setText("40\t80\n")
    undo_keys(qtbot, window, Qt.Key.Key_V)
    assert (read_entry(window.ws, key(SHARE)).numerator, read_entry(window.ws, key(BEDS)).value) == (40, 10)
    undo_keys(qtbot, window)  # the paste, both its cells
    share = read_entry(window.ws, key(SHARE))
    assert (share.numerator, share.denominator) == (None, None)
    assert read_entry(window.ws, key(BEDS)).value == 10
    undo_keys(qtbot, window)  # then the typed value
    assert read_entry(window.ws, key(BEDS)).value is None
    undo_keys(qtbot, window, Qt.Key.Key_Y)
    undo_keys(qtbot, window, Qt.Key.Key_Y)
    assert read_entry(window.ws, key(SHARE)).denominator == 80 and read_entry(window.ws, key(BEDS)).value == 10
    hows = [r.how for r in store.history(window.ws.data.db, key(SHARE))]
    assert hows == ["redo"] * 2 + ["undone"] * 2 + ["pasted"] * 2
    row = window.model.row(window.model.row_of(BEDS))
    assert row.entry.value == 10  # the table shows what the file holds
    go_to(window, SHARE, "numerator")
    assert "重做" in window.history.item(0).text()  # the history panel says what the redo was
    assert boxes.shown == []


def test_an_import_is_one_undo_step_before_the_typed_edit(qtbot: QtBot, tmp_path: Path, boxes: Boxes,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    town = create_data_file(tmp_path / "daba.sqlite", "qingtongxia.daba", clerk="王芳")
    set_fields(town, key(BEDS), {"value": "40"})
    set_fields(town, key(SHARE), {"numerator": "3", "denominator": "9"})
    report = tmp_path / "daba.xlsx"
    export_report(town, "qingtongxia", "qingtongxia.daba", PERIOD, report)
    town.close()
    county_ws = create_data_file(tmp_path / "county.sqlite", "qingtongxia", clerk="马丽")
    county = open_window(qtbot, county_ws)
    own = EntryKey("qingtongxia", "qingtongxia.nursing_beds", "qingtongxia", str(PERIOD))
    assert county.apply_cells({own: {"value": "12"}}, "录入")
    monkeypatch.setattr(main_window_module.ImportSummaryDialog, "exec",
                        lambda _dialog: QDialog.DialogCode.Accepted)
    county.import_files([report])
    assert read_entry(county_ws, key(BEDS)).value == 40
    assert county.undo_stack.undoText() == "本次导入"
    county.view.setFocus()
    undo_keys(qtbot, county)  # the whole import, not the typed value before it
    assert read_entry(county_ws, key(BEDS)).value is None and read_entry(county_ws, key(SHARE)).numerator is None
    assert read_entry(county_ws, own).value == 12
    undo_keys(qtbot, county)
    assert read_entry(county_ws, own).value is None
    assert boxes.shown == []
    county_ws.close()


def test_an_edit_redraws_only_its_row(qtbot: QtBot, town_window: MainWindow) -> None:
    window = town_window
    resets: list[int] = []
    rows: set[int] = set()
    window.model.modelReset.connect(lambda: resets.append(1))
    window.model.dataChanged.connect(lambda top, bottom, _roles: rows.update(range(top.row(), bottom.row() + 1)))
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "77")
    assert resets == [] and rows == {window.model.row_of(BEDS)}
    assert window.model.index(window.model.row_of(BEDS), window.model.column_of("value")).data() == "77"


def test_files_dropped_on_the_window_are_imported(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    asked: list[list[Path]] = []
    monkeypatch.setattr(window, "import_files", asked.append)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "大坝镇.xlsx"))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert asked == [[tmp_path / "大坝镇.xlsx"]]


def test_the_program_shows_its_window_before_filling_the_form(qtbot: QtBot, town_ws: object) -> None:
    from desktop.ui.app import settings

    win = MainWindow(town_ws, settings(), fill_later=True)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    assert win.form is None and win.model.rowCount() == 0  # nothing read before the first paint
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() > 0)
    assert win.form is not None and win.checks.count() > 0


def test_the_dashboard_is_made_when_its_tab_is_first_shown(qtbot: QtBot, demo_window: MainWindow) -> None:
    from desktop.ui.dashboard import Dashboard

    assert not demo_window.findChildren(Dashboard)  # not at start
    demo_window.tabs.setCurrentIndex(1)  # the clerk clicks 仪表盘
    [made] = demo_window.findChildren(Dashboard)
    assert demo_window.tabs.currentWidget() is made and demo_window.tabs.tabText(1) == "仪表盘"
    assert made.progress.sections  # filled for the form on show


def test_save_as_pdf_writes_the_table_and_never_over_the_data_file(
        qtbot: QtBot, demo_window: MainWindow, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import file_dialogs
    from desktop.ui.operations import files

    chosen = [tmp_path / "表1.pdf", demo_window.ws.data.path]
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: chosen.pop(0))
    files.save_pdf(demo_window)
    assert (tmp_path / "表1.pdf").read_bytes().startswith(b"%PDF")
    assert "已保存" in demo_window.statusBar().currentMessage()
    before = demo_window.ws.data.path.read_bytes()[:100]
    files.save_pdf(demo_window)
    assert len(boxes.shown) == 1 and boxes.shown[0][0] == "warning" and "数据文件" in boxes.shown[0][1]
    assert demo_window.ws.data.path.read_bytes()[:100] == before


def test_an_undo_refused_says_why_and_leaves_the_stack(qtbot: QtBot, window: MainWindow, boxes: Boxes) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "10")
    set_fields(window.ws, key(BEDS), {"value": "30"}, "imported")  # changed since, not from here
    undo_keys(qtbot, window)
    assert read_entry(window.ws, key(BEDS)).value == 30
    assert len(boxes.shown) == 1 and "又被修改过" in boxes.shown[0][1]
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
