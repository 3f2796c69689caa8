"""Starting the window: settings, first run, opening the data file safely."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.catalog import CatalogError, load_catalog
from desktop.errors import UserError
from desktop.messages import say, set_language
from desktop.paths import APP_AUTHOR, APP_NAME, default_data_file, resources_dir
from desktop.store.datafile import restore_backup
from desktop.store.errors import DataFileDamaged
from desktop.ui import file_dialogs
from desktop.ui.dialogs import FirstRunDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.package_dialogs import opened_words
from desktop.usecases.package_file import SUFFIX
from desktop.usecases.packages import open_package
from desktop.usecases.workspace import Workspace, create_data_file, open_workspace


def settings() -> QSettings:
    return QSettings(APP_AUTHOR, APP_NAME)


def application(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("银龄台账")
    app.setOrganizationName(APP_AUTHOR)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "yinling.png")))
    prefs = settings()
    language = str(prefs.value("language", "zh"))
    set_language(language)  # the use cases' messages follow the window's language
    install_translation(app, language)
    size = prefs.value("font_size")
    if size:
        font = app.font()
        font.setPointSize(int(size))
        app.setFont(font)
    return app


def install_translation(app: QApplication, language: str) -> None:
    """Chinese is the source language; English comes from resources/i18n/yinling_en.qm.
    Qt's own buttons and dialogs (OK, Cancel, the file dialog) follow the language through
    Qt's translations, and their dates and sizes through the default locale (a Chinese
    window on an English system shows 2025/4/1, not 4/1/25)."""
    qt = QTranslator(app)
    qt_name = "qtbase_en" if language == "en" else "qtbase_zh_CN"
    if any(qt.load(qt_name, str(folder)) for folder in qt_translations()):
        app.installTranslator(qt)
    if language != "en":
        app.installTranslator(file_dialogs.QtChineseFixes(app))  # installed last: asked first
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / "yinling_en.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def qt_translations() -> list[Path]:
    """Where Qt's own .qm files may be: Qt's answer, then beside the bindings (the built
    program keeps them in PySide6/Qt/translations on Linux, PySide6/translations on Windows)."""
    import PySide6

    bindings = Path(PySide6.__file__).parent
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            bindings / "Qt" / "translations", bindings / "translations"]


def open_or_first_run(data_file: Path | None = None) -> Workspace | None:
    """The data file from the settings (or the one asked for); the first-run dialog when
    there is none yet. None when the user cancels."""
    prefs = settings()
    try:
        catalog = load_catalog()
    except CatalogError as exc:  # an office's catalog edited by hand: say which, and how out
        QMessageBox.critical(None, "银龄台账", say("catalog.broken_at_start", error=exc))
        return None
    path = data_path(data_file)
    if not path.exists():
        dialog = FirstRunDialog(catalog, path)
        if not dialog.exec():
            return None
        unit, clerk, phone, path = dialog.answers()
        try:
            if dialog.package is not None:  # 我有县里发来的方案包: the unit comes from it
                return _from_package(dialog.package, path, clerk, phone)
            ws = create_data_file(path, unit, clerk=clerk, phone=phone, catalog=catalog,
                                  new_unit=dialog.new_unit())
        except UserError as exc:
            QMessageBox.critical(None, "银龄台账", str(exc))
            return None
        prefs.setValue("data_file", str(path))
        return ws
    prefs.setValue("data_file", str(path))
    return _open(path, catalog)


def data_path(data_file: Path | None = None) -> Path:
    return Path(data_file or str(settings().value("data_file", str(default_data_file()))))


def _from_package(package: Path, path: Path, clerk: str = "", phone: str = "") -> Workspace:
    """A town's data file made from its county's package, in one step: no unit to choose."""
    ws, opened = open_package(package, path, clerk=clerk, phone=phone)
    settings().setValue("data_file", str(path))
    _OPENED.append(opened_words(ws, opened))
    return ws


_OPENED: list[str] = []  # what opening a package at start said, for the window's status bar


def _package_words(ws: Workspace) -> str:
    words = _OPENED.pop()
    if ws.clerk in ("", "—"):
        words += "\n" + say("package.fill_clerk")
    return words.replace("\n", "；")


def _open(path: Path, catalog: object) -> Workspace | None:
    try:
        return open_workspace(path, catalog=catalog)  # type: ignore[arg-type]
    except DataFileDamaged as exc:
        if exc.backup is None:
            QMessageBox.critical(None, "银龄台账", str(exc))
            return None
        answer = QMessageBox.question(None, "银龄台账", say("store.restore_question", error=exc))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        restore_backup(path, exc.backup)
        return open_workspace(path, catalog=catalog)  # type: ignore[arg-type]
    except UserError as exc:
        QMessageBox.critical(None, "银龄台账", str(exc))
        return None


def main(data_file: Path | None = None, language: str | None = None,
         exit_after_start: bool = False, opened: Path | None = None) -> int:
    """The window; `opened`: a file double-clicked — a plan package (opened into the data
    file, or making it when there is none yet) or a report (shown in the import)."""
    if language:
        settings().setValue("language", language)
    app = application()
    package = opened is not None and opened.suffix.lower() == SUFFIX
    if package and not data_path(data_file).exists():
        try:
            ws: Workspace | None = _from_package(opened, data_path(data_file))  # type: ignore[arg-type]
        except UserError as exc:
            QMessageBox.critical(None, "银龄台账", str(exc))
            return 1
        opened = None
    else:
        ws = open_or_first_run(data_file)
    if ws is None:
        return 1
    window = MainWindow(ws, settings(), fill_later=True)  # visible at once, filled just after
    window.show()
    if _OPENED:
        window.statusBar().showMessage(_package_words(ws), 30000)
    if opened is not None:
        chosen = opened
        QTimer.singleShot(0, lambda: window.plan_menu.open_package(chosen) if package
                          else window.import_files([chosen]))
    if exit_after_start:  # the benchmark's "usable window": shown, filled, painted once
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        ws.close()
