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

The program's own code never opens the data file by another descriptor either: imports
refuse it by name and identity before reading (usecases/outputs.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


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


def make_dialog(parent: QWidget | None, title: str, start: Path, filters: str = "",
                save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_provider())
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    return dialog


def open_files(parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
    dialog = make_dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not dialog.exec():
        return []
    return [Path(p) for p in dialog.selectedFiles()]


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
