"""Chinese by default; English through Qt's translation files in resources/."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.paths import resources_dir
from desktop.ui.app import install_translation
from desktop.ui.main_window import MainWindow
from desktop.ui.words import word
from tests.conftest import REPO


def test_every_window_text_has_an_english_translation() -> None:
    root = ET.parse(REPO / "resources" / "i18n" / "yinling_en.ts").getroot()
    unfinished = [m.find("source").text for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
    assert (resources_dir() / "i18n" / "yinling_en.qm").exists()


def test_english_is_installed_on_request(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert word("本季度") == "本季度"  # Chinese by default
    install_translation(app, "en")
    try:
        assert word("本季度") == "This quarter"
        assert QCoreApplication.translate("MainWindow", "导出报表…") == "Export report…"
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
