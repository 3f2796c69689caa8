"""The program's file dialogs in Chinese throughout, starting where the clerk last found a
file (issue 17, item 11). The dialogs' POSIX-lock care is tests/ui/test_posix_locks.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from desktop.catalog import load_catalog
from desktop.ui import file_dialogs
from desktop.ui.app import install_translation, settings
from desktop.ui.dialogs import FirstRunDialog

# English words a Chinese clerk should not meet; file patterns (*.xlsx) and names are fine.
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
_ALLOWED = re.compile(r"\(\*\.\w+\)|\*\.\w+|Excel|PDF|sqlite|ylpkg|xlsx")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """Qt's own Chinese installed as the program installs it at start."""
    before = qapp.findChildren(QTranslator)
    install_translation(qapp, "zh")
    yield
    for translator in qapp.findChildren(QTranslator):
        if not any(translator is old for old in before):
            qapp.removeTranslator(translator)
            translator.deleteLater()


def texts_of(dialog: QFileDialog) -> list[str]:
    """Every text the dialog shows: labels, buttons and their tips, the column headers."""
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    for button in dialog.findChildren(QAbstractButton):
        shown += [button.text(), button.toolTip()]
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        shown += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    for box in dialog.findChildren(QComboBox):
        shown += [box.itemText(i) for i in range(box.count())]
    return [t for t in shown if t and not Path(t).is_absolute()]  # the folder's path is no word


def english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if _ENGLISH.search(_ALLOWED.sub("", t))]


@pytest.mark.parametrize("save", [False, True])
def test_the_file_dialog_speaks_chinese(qtbot: QtBot, chinese: None, tmp_path: Path, save: bool) -> None:
    (tmp_path / "大坝镇-2025Q2.xlsx").write_bytes(b"PK")
    dialog = file_dialogs.make_dialog(None, "选择要导入的报表", tmp_path,
                                      "Excel 工作簿 (*.xlsx);;所有文件 (*)", save=save)
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = texts_of(dialog)
    assert english_in(texts) == []
    assert any(t.startswith("查找范围") for t in texts) and any(t.startswith("文件类型") for t in texts)
    assert "大小" in texts and "体积" not in texts  # a file's size, in the detail view's header
    dialog.reject()


def answer_with(chosen: Path, seen: list[Path]) -> None:
    """Once the dialog is up: note where it opened, then choose `chosen` in it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(50, answer)
            return
        seen.append(Path(dialog.directory().absolutePath()))
        typed = dialog.findChild(QLineEdit, "fileNameEdit")  # the clerk types the whole path
        typed.setText(str(chosen))
        dialog.accept()

    QTimer.singleShot(50, answer)


def test_each_dialog_starts_in_the_folder_last_used(qtbot: QtBot, tmp_path: Path) -> None:
    reports = tmp_path / "县里发来的"
    reports.mkdir()
    package = reports / "大坝镇.ylpkg"
    package.write_bytes(b"PK")
    seen: list[Path] = []
    answer_with(package, seen)
    assert file_dialogs.open_files(None, "打开", Path.home(), "方案包 (*.ylpkg)") == [package]
    assert settings().value("last_folder") == str(reports)  # remembered in the settings

    first_run = FirstRunDialog(load_catalog(), tmp_path / "yinling.sqlite")
    qtbot.addWidget(first_run)
    answer_with(package, seen)
    first_run.choose_package()  # 我有县里发来的方案包…: opens where the package was found
    assert first_run.package == package
    assert seen[-1] == reports

    folder = tmp_path / "方案"
    folder.mkdir()
    answer_with(folder, seen)
    assert file_dialogs.choose_folder(None, "选择方案文件夹") == folder
    assert seen[-1] == reports
    answer_with(package, seen)
    file_dialogs.open_file(None, "选择指标表", "所有文件 (*)")
    assert seen[-1] == folder  # a folder chosen is the next start


def test_a_remembered_folder_that_is_gone_starts_at_home(tmp_path: Path) -> None:
    settings().setValue("last_folder", str(tmp_path / "拔掉的U盘"))
    assert file_dialogs.last_folder() == Path.home()


def test_qts_own_chinese_is_found_where_the_built_program_keeps_it(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen program whose Qt reports no translations folder still finds qtbase_zh_CN."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    from desktop.ui import app as app_module

    class Elsewhere:
        LibraryPath = QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: object) -> str:
            return "/nonexistent/translations"

    monkeypatch.setattr(app_module, "QLibraryInfo", Elsewhere)
    before = qapp.findChildren(QTranslator)
    install_translation(qapp, "zh")
    try:
        assert QCoreApplication.translate("QFileDialog", "Open") == "打开"
    finally:
        for translator in qapp.findChildren(QTranslator):
            if not any(translator is old for old in before):
                qapp.removeTranslator(translator)
                translator.deleteLater()
