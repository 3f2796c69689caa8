"""The program's file dialogs: every one goes through here.

On Linux (and UOS, Kylin) SQLite's locks are POSIX locks: they belong to the process and
drop when it closes *any* descriptor of the data file. Qt's file dialog guesses each
entry's icon and type by opening and reading it (its mime database), so a dialog on the
data file's folder silently removed the window's locks; an outside reader then deleted
the -wal under it, and edits shown as saved were lost at the next crash
(../shared/notes/posix-locks-and-file-dialogs.md). These dialogs therefore:

- are Qt's own widget dialog, never the platform's (a GTK or portal dialog runs inside
  the process too and sniffs files the same way);
- name and draw entries from the file name alone (`_NameOnly`), never from their bytes.

They speak Chinese throughout: Qt's own Chinese (qtbase_zh_CN, loaded by app.py) lacks
"&Look in:" and "Files of &type:" since Qt 6.8, so those labels are set here. Each starts
where the clerk last found or saved a file (`last_folder`, kept in the settings).

The program's own code never opens the data file by another descriptor either: imports
refuse it by name and identity before reading (usecases/outputs.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QSplitter, QTreeView, QWidget

from desktop.paths import APP_AUTHOR, APP_NAME

LAST_FOLDER = "last_folder"  # the settings key, shared with the window's export and import


class _NameOnly(QFileIconProvider):
    """Icons and type names from the name alone: it never opens a file."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)
        self._folder = super().icon(QFileIconProvider.IconType.Folder)
        self._file = super().icon(QFileIconProvider.IconType.File)

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            return self._folder if what.isDir() else self._file
        return self._file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("file_dialogs", "文件夹")
        suffix = info.suffix().lower()
        return {"xlsx": QCoreApplication.translate("file_dialogs", "Excel 工作簿"),
                "pdf": "PDF", "sqlite": QCoreApplication.translate("file_dialogs", "银龄台账数据文件"),
                "ylpkg": QCoreApplication.translate("file_dialogs", "方案包")}.get(
            suffix, QCoreApplication.translate("file_dialogs", "文件"))


_PROVIDER: _NameOnly | None = None


def _provider() -> _NameOnly:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = _NameOnly()
    return _PROVIDER


def last_folder() -> Path:
    """The folder of the last file chosen in any of the program's dialogs (home at first)."""
    folder = Path(str(QSettings(APP_AUTHOR, APP_NAME).value(LAST_FOLDER, "") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def remember(chosen: list[str]) -> None:
    if chosen:
        path = Path(chosen[0])
        QSettings(APP_AUTHOR, APP_NAME).setValue(LAST_FOLDER, str(path if path.is_dir() else path.parent))


_QT_FIXES = {("QFileSystemModel", "Size"): "大小"}


class QtChineseFixes(QTranslator):
    """Where Qt's own Chinese says something odd: a file's size is 大小, not 体积."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return _QT_FIXES.get((context, source))  # None: not ours, the next translator is asked

    def isEmpty(self) -> bool:
        return False


def _speak_chinese(dialog: QFileDialog) -> None:
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("file_dialogs", "查找范围(&I)："))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType,
                        QCoreApplication.translate("file_dialogs", "文件类型(&T)："))


def make_dialog(parent: QWidget | None, title: str, start: Path, filters: str = "",
                save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_provider())
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    _speak_chinese(dialog)
    dialog.filesSelected.connect(remember)
    dialog.resize(860, 520)  # room for the names and their type (Qt's 600 px cut "Excel 工作簿")
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None:  # the side list wide enough for 桌面, 文档 and the home folder's name
        splitter.setSizes([180, 680])
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # 名称 | 大小 | 类型 | 修改日期
        for column, width in enumerate((300, 80, 130, 140)):
            details.header().resizeSection(column, width)
    return dialog


def open_files(parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
    dialog = make_dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not dialog.exec():
        return []
    return [Path(p) for p in dialog.selectedFiles()]


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """One existing file, starting in the last folder used."""
    dialog = make_dialog(parent, title, last_folder(), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    dialog = make_dialog(parent, title, last_folder())
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def save_file(parent: QWidget | None, title: str, suggested: Path, filters: str,
              suffix: str = "") -> Path | None:
    dialog = make_dialog(parent, title, suggested.parent, filters, save=True)
    dialog.selectFile(suggested.name)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if not dialog.exec():
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None
