"""The entry window as a town clerk meets it (issue 17, items 3–9): where the cursor starts,
finding and filtering rows, 上季度 and 上年基数, the history and definition panels, checks
as sentences, the navigator and 文件 menu of a town, and what 报送 and 导出 ask and say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.excel.columns import columns_for
from desktop.records import AuditRecord, BaselineValue, Entry
from desktop.rules.checks import WARNING, Finding
from desktop.store import values as store
from desktop.ui import file_dialogs, printing, submission_dialogs
from desktop.ui.entry_model import COLUMNS, field_of
from desktop.ui.main_window import MainWindow
from desktop.ui.panels import history_line
from desktop.usecases.entry import read_entry
from desktop.usecases.forms import check_sentence
from desktop.usecases.workspace import create_data_file
from tests.ui.conftest import PERIOD, open_window
from tests.ui.dialog_keys import YES, answer, type_chinese
from tests.ui.test_entry import BEDS, SHARE, go_to, key, type_into

PLAN = "qingtongxia"


def column(name: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == name)


def shown_rows(window: MainWindow) -> list[str]:
    return [window.model.row(r).indicator.id for r in window.view.shown_rows()]


def test_focus_starts_in_the_first_input_cell(qtbot: QtBot, window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.view
    current = window.view.currentIndex()
    assert current.row() == 0 and window.model.is_editable(current)
    first = window.model.row(0)
    qtbot.keyClicks(QApplication.focusWidget(), "7")  # straight away, no click
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert read_entry(window.ws, first.key).get(field_of(first, current.column())) == 7


def test_ctrl_f_finds_an_indicator_by_name(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.pane.search
    assert QApplication.focusWidget() is search
    type_chinese(search, "护理型床位")
    assert window.model.row(window.view.currentIndex().row()).indicator.id == SHARE
    qtbot.keyClick(search, Qt.Key.Key_Return)  # back to the table, on the row found
    assert QApplication.focusWidget() is window.view
    type_into(qtbot, window, "12", Qt.Key.Key_Tab)
    assert read_entry(window.ws, key(SHARE)).numerator == 12
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search.selectAll()
    type_chinese(search, "没有这个指标")
    assert "没有名称含" in window.pane.found.text()


def test_only_unfilled_and_only_with_problems(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "30")
    everything = shown_rows(window)
    window.pane.only_empty.click()
    unfilled = shown_rows(window)
    assert BEDS not in unfilled and len(unfilled) == len(everything) - 1
    assert "显示" in window.pane.found.text()
    window.pane.only_empty.click()
    go_to(window, SHARE, "numerator")
    type_into(qtbot, window, "90", Qt.Key.Key_Tab)
    type_into(qtbot, window, "30")  # 分子 above 分母: an error
    window.pane.only_problems.click()
    assert shown_rows(window) == [SHARE]
    window.pane.only_problems.click()
    assert shown_rows(window) == everything


def test_last_quarter_beside_this_quarter(qtbot: QtBot, town_window: MainWindow) -> None:
    window = town_window
    previous = column("previous")
    assert window.model.headerData(previous, Qt.Orientation.Horizontal) == "上季度"
    before = read_entry(window.ws, key(BEDS).__class__(PLAN, BEDS, "qingtongxia.daba", "2025Q1"))
    row = window.model.row_of(BEDS)
    assert before.value is not None
    assert window.model.index(row, previous).data() == f"{before.value:,.0f}"
    rate = window.model.row_of(SHARE)
    assert window.model.index(rate, previous).data().endswith("%")


def test_the_baseline_the_county_loaded_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    with window.ws.data.writing() as db:
        store.write_baselines(db, PLAN, [BaselineValue(BEDS, "qingtongxia.daba", PERIOD.year - 1, 125.0)],
                              "county")
    window._load()
    row = window.model.row_of(BEDS)
    assert window.model.index(row, column("baseline")).data() == "125"


def test_history_in_the_clerks_words(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "10")
    go_to(window, BEDS, "value")
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    go_to(window, BEDS, "value")
    lines = [window.history.item(i).text() for i in range(window.history.count())]
    assert "删除" in lines[0] and "数值" in lines[0] and "原为 10" in lines[0]
    assert "录入" in lines[1] and "数值：10" in lines[1] and "value" not in " ".join(lines)
    imported = AuditRecord(1, "2025-07-01 09:00:00", "马丽", "imported", PLAN, SHARE, "qingtongxia.daba",
                           "2025Q2", "numerator", "3", "4", "/home/mali/下发/大坝镇-2025Q2.xlsx")
    assert "导入（大坝镇-2025Q2.xlsx）" in history_line(imported) and "分子" in history_line(imported)


def test_definition_leads_with_name_and_definition(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, SHARE, "numerator")
    text = window.definition.toPlainText()
    name = window.ws.plan(PLAN).indicator(SHARE).name
    assert text.startswith(name)
    assert text.index("口径") < text.index("单位") < text.index(SHARE)
    assert text.rstrip().endswith(SHARE)


def test_checks_read_as_sentences(qtbot: QtBot, window: MainWindow) -> None:
    share = window.ws.plan(PLAN).indicator(SHARE)
    jump = {"now": "80", "before": "40", "limit": "50%"}
    open_one = check_sentence(share, Finding(WARNING, "jump_quarter", SHARE, "numerator", jump))
    explained = check_sentence(share, Finding(WARNING, "jump_quarter", SHARE, "numerator", jump,
                                              explained=True))
    assert "40% → 80%" in open_one and "备注" in open_one
    assert "40% → 80%" in explained and "请填写" not in explained and "已说明" in explained
    # In the window: a jump against last quarter, then its note.
    last = key(BEDS).__class__(PLAN, BEDS, "qingtongxia.daba", "2025Q1")
    with window.ws.data.writing() as db:
        store.write_entry(db, last, Entry(value=10.0), "王芳")
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "30", Qt.Key.Key_Tab)
    lines = [window.checks.item(i).text() for i in range(window.checks.count())]
    assert any("比上季度变化较大（10 → 30" in line and "[警告]" in line for line in lines)
    go_to(window, BEDS, "note")
    type_into(qtbot, window, "2 new care homes opened")
    lines = [window.checks.item(i).text() for i in range(window.checks.count())]
    assert any("[已说明]" in line and "请填写" not in line for line in lines), lines


def test_a_town_sees_only_its_tables_and_no_consolidation(qtbot: QtBot, window: MainWindow) -> None:
    tables = [window.navigator.topLevelItem(0).child(i).text(0)
              for i in range(window.navigator.topLevelItem(0).childCount())]
    assert len(tables) == 2 and tables[0].startswith("表1") and tables[1].startswith("四、")
    file_menu = window.menuBar().actions()[0].menu()
    visible = [a.text() for a in file_menu.actions() if a.isVisible()]
    assert not any("汇总下级报表" in t or "新增下级单位" in t for t in visible)


def test_the_county_keeps_consolidation(qtbot: QtBot, demo_window: MainWindow) -> None:
    file_menu = demo_window.menuBar().actions()[0].menu()
    visible = [a.text() for a in file_menu.actions() if a.isVisible()]
    assert any("汇总下级报表" in t for t in visible) and any("新增下级单位" in t for t in visible)


def test_submit_asks_with_what_is_filled(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "30")
    asked = answer(Qt.Key.Key_Return)  # an empty table: Enter means 取消
    window.submit_action.trigger()
    text = asked.texts[0]
    assert "表1 积极应对人口老龄化实施方案基本指标 已填 1/14" in text
    assert "四、主要任务中的量化目标 已填 0/8" in text and "一项也未填写" in text
    assert window.form.state == store.DRAFT
    at = window.model.row(window.view.currentIndex().row()).indicator
    answer(YES)
    window.submit_action.trigger()
    assert window.form.state == store.SUBMITTED
    assert window.model.row(window.view.currentIndex().row()).indicator == at  # still there
    assert window.definition.toPlainText().startswith(at.name)
    assert window.pane.state_row.isVisible()
    assert "导出报表，打印盖章后报送青铜峡市" in window.pane.banner.text()
    withdraw = answer(Qt.Key.Key_Escape)
    next(a for a in window.menuBar().actions() if "报送" in a.text()).menu().actions()[1].trigger()
    assert "撤回" in withdraw.texts[0] and window.form.state == store.SUBMITTED
    lock = answer(YES)
    next(a for a in window.menuBar().actions() if "报送" in a.text()).menu().actions()[2].trigger()
    assert "锁定" in lock.texts[0] and window.form.state == store.LOCKED


def test_export_refused_says_so_before_the_file_chooser(qtbot: QtBot, window: MainWindow,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    chooser: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: chooser.append("asked"))
    go_to(window, SHARE, "numerator")
    type_into(qtbot, window, "90", Qt.Key.Key_Tab)
    type_into(qtbot, window, "30")
    window.view.setCurrentIndex(window.model.index(0, 0))
    refused = answer(Qt.Key.Key_Return)  # 查看审核结果
    window.export_current()
    assert chooser == []
    assert "1 处错误" in refused.texts[0] and "yinling" not in refused.texts[0]
    assert "查看审核结果" in refused.buttons[0]
    current = window.view.currentIndex()
    assert (current.row(), current.column()) == (window.model.row_of(SHARE), window.model.column_of("numerator"))


def test_after_export_open_its_folder(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(submission_dialogs.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "30")
    target = tmp_path / "out" / "大坝镇.xlsx"
    target.parent.mkdir()
    said = answer(Qt.Key.Key_O)  # 打开所在文件夹(O)
    window.export_current(target)
    assert target.exists() and "打开所在文件夹(&O)" in said.buttons[0]
    assert [u.toLocalFile() for u in opened] == [str(target.parent)]


def test_at_1366_by_768_the_inputs_and_progress_fit(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    QApplication.processEvents()
    view = window.view
    progress = column("progress")
    right = view.columnViewportPosition(progress) + view.columnWidth(progress)
    assert right <= view.viewport().width(), (right, view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0


def test_print_preview_is_the_report_workbooks_page(qtbot: QtBot, town_window: MainWindow) -> None:
    spec = town_window._print_rows()
    sheets = printing.printed_sheets(spec)
    assert [s.title[:2] for s in sheets] == ["表1", "四、"]  # no empty form for the county's tables
    text = printing.document(spec).toPlainText()
    for words in (spec.title, spec.subtitle, "填报单位（盖章）：大坝镇", "统计截止：2025年6月30日",
                  "单位负责人：", "填表人：王芳", "联系电话：", "填报日期：", "说明："):
        assert words in text, words
    names = [row.name for sheet in sheets for row in sheet.rows]
    where = [text.index(name) for name in names]
    assert where == sorted(where)  # the plan's order, every row
    header = [c.label for c in columns_for(sheets[0].layout, spec.year)]
    assert all(label in text for label in header)
    beds = next(i for i, r in enumerate(sheets[0].rows) if r.indicator_id == BEDS)
    shown = town_window.model.index(town_window.model.row_of(BEDS), column("value")).data()
    assert printing.sheet_rows(sheets[0], spec)[beds][header.index("本季度")] == shown


def test_a_paste_under_a_filter_lands_on_the_rows_shown(qtbot: QtBot, window: MainWindow) -> None:
    go_to(window, BEDS, "value")
    type_into(qtbot, window, "30")
    window.pane.only_empty.click()
    assert BEDS not in shown_rows(window)
    above = window.model.row_of(BEDS) - 1
    assert window.model.row(above).indicator.kind.value == "count"
    window.view.setCurrentIndex(window.model.index(above, window.model.column_of("value")))
    QGuiApplication.clipboard().setText("1\n2\n")
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert read_entry(window.ws, window.model.row(above).key).value == 1
    assert read_entry(window.ws, key(BEDS)).value == 30  # hidden: not pasted over


def test_columns_no_row_uses_are_not_shown(qtbot: QtBot, tmp_path: Path, boxes: object) -> None:
    ws = create_data_file(tmp_path / "linhai.sqlite", "linhai", clerk="李明")
    try:
        window = open_window(qtbot, ws)
        assert window.view.isColumnHidden(column("attribute"))  # 临海's tasks have no 属性
        assert not window.view.isColumnHidden(column("numerator"))  # its 覆盖率 has parts
    finally:
        ws.close()


def test_a_larger_font_widens_the_columns(qtbot: QtBot, window: MainWindow) -> None:
    progress = column("progress")
    before = window.view.columnWidth(progress)
    font = window.view.font()
    font.setPointSizeF(14)
    window.view.setFont(font)
    assert window.view.columnWidth(progress) >= before * 14 / 9 - 1
    assert window.view.columnWidth(column("attribute")) > 48
