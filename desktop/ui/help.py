"""The 帮助 menu: F1 opens the 使用说明 shipped with the program (resources/help/, Chinese
and English), and 关于 names the version and where the data file is.

The main window adds it with one call at the end of its menus: `help.install(window)`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.messages import language
from desktop.paths import resources_dir

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def guide_file(lang: str | None = None) -> Path:
    """The 使用说明 in the window's language (Chinese when there is no other)."""
    folder = resources_dir() / "help"
    wanted = folder / f"{lang or language()}.md"
    return wanted if wanted.exists() else folder / "zh.md"


class GuideDialog(QDialog):
    """使用说明: beside the window, not in front of it (one reads it while working)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.setModal(False)
        self.resize(760, 680)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_file().read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    """关于: the version, and the data file's location with a way to open its folder."""

    def __init__(self, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于银龄台账"))
        self.data_file = data_file
        about = self.tr("养老服务规划指标的季度填报、审核与汇总。数据只保存在本机的数据文件中，不联网。")
        self.text = QLabel("<h3>{}</h3><p>{}</p><p>{}<br>{}</p><p style='color:#666'>{}</p>".format(
            self.tr("银龄台账"), self.tr("版本 {0}").format(__version__), self.tr("数据文件："),
            _escaped(str(data_file)), about))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        folder = QPushButton(self.tr("打开数据文件所在文件夹"))
        folder.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_file.parent)))


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _show(window: MainWindow, kind: type[QDialog], make: object) -> None:
    """One of each, brought to the front when asked again."""
    shown = window.findChild(kind)
    if shown is None:
        shown = make()  # type: ignore[operator]
    shown.setWindowState(shown.windowState() & ~Qt.WindowState.WindowMinimized)
    shown.show()
    shown.activateWindow()  # to the front, over the window, where a window manager allows


def install(window: MainWindow) -> QMenu:
    """帮助(&H): 使用说明 (F1) and 关于银龄台账, at the end of the window's menus."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("help", "帮助(&H)"))
    guide = menu.addAction(QCoreApplication.translate("help", "使用说明"))
    guide.setShortcuts([QKeySequence("F1"), *QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)])
    guide.setShortcuts(list({k.toString(): k for k in guide.shortcuts()}.values()))  # F1 once
    guide.triggered.connect(lambda: _show(window, GuideDialog, lambda: GuideDialog(window)))
    about = menu.addAction(QCoreApplication.translate("help", "关于银龄台账"))
    about.triggered.connect(lambda: _show(window, AboutDialog, lambda: AboutDialog(window.ws.data.path, window)))
    return menu
