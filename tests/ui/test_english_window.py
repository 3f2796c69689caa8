"""The English window is English throughout: the checks, the progress words, 属性 and the
periods the core hands it, not only the window's own labels. Only what the catalog itself
writes (names of indicators and units, targets as the plan words them) stays Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.messages import set_language
from desktop.ui.app import install_translation
from desktop.ui.entry_model import COLUMNS
from desktop.ui.main_window import MainWindow
from desktop.usecases.demo import fill_demo
from desktop.usecases.workspace import create_data_file
from tests.ui.conftest import Boxes, open_window

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The window's language setting at English: Qt's translation and the messages."""
    locale = QLocale()
    install_translation(qapp, "en")
    set_language("en")
    yield
    set_language("zh")
    QLocale.setDefault(locale)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def english_window(qtbot: QtBot, tmp_path: Path, boxes: Boxes, english: None
                   ) -> Iterator[MainWindow]:
    ws = create_data_file(tmp_path / "county.sqlite", "qingtongxia", clerk="马丽")
    fill_demo(ws, ("qingtongxia",))
    yield open_window(qtbot, ws)
    ws.close()


def column(win: MainWindow, key: str) -> list[str]:
    at = next(i for i, c in enumerate(COLUMNS) if c.key == key)
    return [win.model.data(win.model.index(r, at)) or "" for r in range(win.model.rowCount())]


def test_periods_read_in_english(english_window: MainWindow) -> None:
    box = english_window.period_box
    shown = [box.itemText(i) for i in range(box.count())]
    assert "Q2 2025" in shown and box.currentText() == "Q2 2025"
    assert [s for s in shown if CJK.search(s)] == []


def test_attribute_and_progress_read_in_english(english_window: MainWindow) -> None:
    attributes = set(column(english_window, "attribute"))
    assert attributes == {"binding", "expected"}
    progress = [p for p in column(english_window, "progress") if p]
    assert progress, "the demo figures measure progress somewhere"
    assert [p for p in progress if CJK.search(p)] == []
    assert any("on track" in p or "met" in p for p in progress)


def test_check_messages_read_in_english(english_window: MainWindow) -> None:
    plan = english_window.ws.plan(english_window.plan_id)
    names = sorted((i.name for i in plan.indicators), key=len, reverse=True)
    items = [english_window.checks.item(i).text() for i in range(english_window.checks.count())]
    assert items and all(t.startswith(("[Error] ", "[Warning] ", "[Explained] ")) for t in items), items
    left = []
    for text in items:
        for name in names:
            text = text.replace(name, "")
        left += CJK.findall(text)
    assert left == []


def test_the_chinese_window_is_unchanged(demo_window: MainWindow) -> None:
    assert demo_window.period_box.currentText() == "2025年第二季度"
    assert set(column(demo_window, "attribute")) == {"约束性", "预期性"}
    assert any("进度正常" in p or "已达标" in p for p in column(demo_window, "progress"))


def test_the_indicator_panel_reads_in_english(english_window: MainWindow, qtbot: QtBot) -> None:
    english_window.view.setCurrentIndex(english_window.model.index(6, 9))
    qtbot.waitUntil(lambda: "Type" in english_window.definition.toPlainText())
    text = english_window.definition.toPlainText()
    assert "Target" in text and "2025: " in text
    assert [w for w in ("编号", "类型", "出处", "2025年") if w in text] == []  # 目标 is in the source
    lines = [english_window.history.item(i).text() for i in range(english_window.history.count())]
    assert lines and all("  value: " in line or "  note: " in line for line in lines), lines
    assert all("  generated  " in line for line in lines), lines  # the demo's figures, in English
