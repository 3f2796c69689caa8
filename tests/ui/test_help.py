"""The 帮助 menu (issue 17, item 15): F1 opens the 使用说明 shipped with the program, 关于
names the version and the data file; the built program carries the guide."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.ui.help import AboutDialog, GuideDialog, guide_file
from desktop.ui.main_window import MainWindow
from tests.conftest import REPO

SECTIONS_ZH = ["第一次使用", "填报", "粘贴", "报送", "导出", "导入", "上年基数"]


def headings(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, flags=re.MULTILINE)


def test_f1_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    shown = guide.browser.toPlainText()
    for section in SECTIONS_ZH:
        assert section in shown
    assert "Ctrl+V" in shown and "##" not in shown  # drawn, not shown as markdown source
    qtbot.keyClick(window.view, Qt.Key.Key_F1)  # again: the same guide, not a second one
    assert len(window.findChildren(GuideDialog)) == 1


def test_the_guide_has_the_same_sections_in_english() -> None:
    chinese = headings(guide_file("zh").read_text(encoding="utf-8"))
    english = headings(guide_file("en").read_text(encoding="utf-8"))
    assert chinese == SECTIONS_ZH
    assert len(english) == len(chinese)
    assert guide_file("fr") == guide_file("zh")  # no such language: the Chinese


def test_about_names_the_version_and_the_data_file(qtbot: QtBot, window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "帮助(&H)")
    assert menu is window.menuBar().actions()[-1].menu()  # the last menu, as everywhere
    about = next(a for a in menu.actions() if a.text() == "关于银龄台账")
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text.text()
    assert f"版本 {__version__}" in text and str(window.ws.data.path) in text
    dialog.close()
    QApplication.processEvents()


def test_the_built_program_carries_the_guide() -> None:
    """packaging/yinling.spec's data_files(), run on this checkout."""
    spec = (REPO / "packaging" / "yinling.spec").read_text(encoding="utf-8")
    found = next(n for n in ast.parse(spec).body if isinstance(n, ast.FunctionDef) and n.name == "data_files")
    scope: dict[str, object] = {"ROOT": REPO, "Path": Path}
    exec(compile(ast.Module(body=[found], type_ignores=[]), "yinling.spec", "exec"), scope)
    shipped = scope["data_files"]()  # type: ignore[operator]
    for lang in ("zh", "en"):
        assert (str(REPO / "resources" / "help" / f"{lang}.md"), str(Path("resources") / "help")) in shipped
