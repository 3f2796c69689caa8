"""First run as a town clerk meets it (issue 17, item 1): nothing chosen for the clerk, a
search box over the unit tree, 开始使用 only once unit, clerk and phone are given, and a
new unit's type read from its name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from desktop.catalog import load_catalog
from desktop.ui.dialogs import FirstRunDialog, SettingsDialog
from desktop.ui.unit_picker import guess_unit_type
from tests.ui.conftest import show_active


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> FirstRunDialog:
    shown = FirstRunDialog(load_catalog(), tmp_path / "yinling.sqlite")
    qtbot.addWidget(shown)
    show_active(qtbot, shown)
    return shown


def type_chinese(widget: QWidget, text: str) -> None:
    """Each character as the input method delivers it: a key press carrying its text
    (QTest's keyClicks knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def visible_names(tree: QTreeWidget, item: QTreeWidgetItem | None = None) -> list[str]:
    """Names of the rows a clerk sees (not hidden, under opened parents)."""
    children = ([tree.topLevelItem(i) for i in range(tree.topLevelItemCount())] if item is None
                else [item.child(i) for i in range(item.childCount())])
    names: list[str] = []
    for child in children:
        if child.isHidden():
            continue
        names.append(child.text(0))
        if child.isExpanded():
            names += visible_names(tree, child)
    return names


def test_nothing_is_chosen_for_the_clerk(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    """Tabbing into the tree puts the cursor on 辽源市: that is not a choice."""
    assert dialog.units.code() == ""
    qtbot.keyClick(dialog.unit_search, Qt.Key.Key_Down)  # nothing typed: ↓ goes on to the tree
    qtbot.waitUntil(dialog.units.hasFocus)
    assert dialog.units.currentItem() is None or dialog.units.code() == ""
    type_chinese(dialog.clerk, "王芳")
    qtbot.keyClicks(dialog.phone, "0953-3012345")
    assert not dialog.start.isEnabled()
    assert "选择本单位" in dialog.error.text()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter: the default button, 开始使用
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_start_waits_for_the_unit_the_clerk_and_the_phone(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    dialog.units.select("qingtongxia.daba")
    assert not dialog.start.isEnabled()
    type_chinese(dialog.clerk, "王芳")
    assert not dialog.start.isEnabled() and "联系电话" in dialog.error.text()
    qtbot.keyClicks(dialog.phone, "0953-3012345")
    assert dialog.start.isEnabled() and dialog.error.text() == ""
    dialog.phone.clear()
    assert not dialog.start.isEnabled()


def test_the_search_box_filters_the_tree_as_one_types(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    assert QApplication.focusWidget() is dialog.unit_search  # the first thing to type in
    type_chinese(dialog.unit_search, "大坝")
    assert visible_names(dialog.units) == ["青铜峡市", "大坝镇"]
    qtbot.keyClick(dialog.unit_search, Qt.Key.Key_Return)  # Enter chooses what was found
    assert dialog.units.code() == "qingtongxia.daba" and dialog.isVisible()
    dialog.unit_search.clear()
    shown = visible_names(dialog.units)
    assert {"辽源市", "青铜峡市", "大坝镇", "峡口镇", "临海市"} <= set(shown)  # the regions, and 大坝镇 opened
    assert "辽源高新技术产业开发区" not in shown
    assert dialog.units.code() == "qingtongxia.daba"  # clearing the search keeps the choice


def test_the_tree_opens_on_the_five_regions(dialog: FirstRunDialog) -> None:
    """Not on 辽源市's thirty departments, above every town of the other regions."""
    assert visible_names(dialog.units) == ["辽源市", "临海市", "青铜峡市", "威海市", "营口市"]


def test_a_search_by_another_name_and_one_that_finds_nothing(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    type_chinese(dialog.unit_search, "裕民街道办事处")  # an alias of 裕民街道
    assert visible_names(dialog.units) == ["青铜峡市", "裕民街道"]
    dialog.unit_search.clear()
    type_chinese(dialog.unit_search, "无此单位")
    assert visible_names(dialog.units) == []
    qtbot.keyClick(dialog.unit_search, Qt.Key.Key_Return)
    assert dialog.units.code() == "" and dialog.isVisible()


def test_the_new_unit_box_opens_when_ticked_and_its_type_is_read_from_the_name(
        qtbot: QtBot, dialog: FirstRunDialog) -> None:
    assert not dialog.new_name.isEnabled() and not dialog.new_type.isEnabled()
    dialog.add_new.click()
    assert dialog.new_name.isEnabled() and dialog.new_type.isEnabled()
    dialog.units.select("qingtongxia")
    type_chinese(dialog.clerk, "王芳")
    qtbot.keyClicks(dialog.phone, "0953-3012345")
    assert not dialog.start.isEnabled() and "新增单位名称" in dialog.error.text()
    for name, shown in (("大田街道", "街道"), ("叶盛乡", "乡"), ("青铜峡镇", "镇"), ("连湖农场", "场")):
        dialog.new_name.clear()
        type_chinese(dialog.new_name, name)
        assert dialog.new_type.currentText() == shown, name
    assert dialog.start.isEnabled()
    assert dialog.new_unit() == ("连湖农场", "farm")
    dialog.add_new.click()
    assert not dialog.new_name.isEnabled() and dialog.new_unit() is None


def test_unit_types_read_from_names() -> None:
    assert [guess_unit_type(n) for n in ("大田街道", "裕民街道办事处", "叶盛乡", "大坝镇", "树新林场",
                                         "城关社区", "民政局", "")] == \
        ["street", "street", "township", "town", "farm", "", "department", ""]


def test_settings_show_the_offices_unit_chosen_and_searchable(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(load_catalog(), "qingtongxia.daba", "王芳", "0953", 9, "zh",
                            tmp_path / "x.sqlite")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.units.code() == "qingtongxia.daba"
    type_chinese(dialog.unit_search, "峡口")
    qtbot.keyClick(dialog.unit_search, Qt.Key.Key_Down)
    assert dialog.units.code() == "qingtongxia.xiakou"
