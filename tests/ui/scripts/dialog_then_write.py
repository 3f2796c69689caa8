"""The POSIX-lock hazard of issue 13 item 14, as the window meets it: the program holds
its data file open, shows a file dialog on the folder that holds it (the import dialog,
as the program builds it), then — after an outside process has read the file — writes an
edit and waits to be killed. Run by tests/ui/test_posix_locks.py.

argv: data file, "program" (the program's own dialog), "plain" (Qt's default dialog) or
"plan-sheet" (the 选择… button of 方案 → 新建方案（从指标表）, the clerk's home being the
folder that holds the data file)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop.records import EntryKey
from desktop.ui import file_dialogs
from desktop.ui.app import application, settings
from desktop.ui.main_window import MainWindow
from desktop.ui.plan_dialogs import NewPlanDialog
from desktop.usecases.entry import set_fields
from desktop.usecases.workspace import open_workspace


def main() -> int:
    path, which = Path(sys.argv[1]), sys.argv[2]
    application()
    ws = open_workspace(path)
    window = MainWindow(ws, settings())
    window.show()
    if which == "plan-sheet":
        browse_for_a_plan_sheet(window, ws, path.parent)
    elif which == "program":
        dialog = file_dialogs.make_dialog(window, "选择要导入的报表", path.parent)
    else:
        dialog = QFileDialog(window, "选择要导入的报表", str(path.parent), "Excel 工作簿 (*.xlsx)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if which != "plan-sheet":
        dialog.show()
        QTest.qWait(2500)  # the dialog lists the folder (and, Qt's own, sniffs every file)
        dialog.reject()
        QApplication.processEvents()
    print("dialog closed", flush=True)
    sys.stdin.readline()  # the test runs an outside reader now
    set_fields(ws, EntryKey("qingtongxia", "qingtongxia.family_care_beds", "qingtongxia.daba",
                            "2025Q2"), {"value": "4321"})
    print("written", flush=True)
    time.sleep(600)  # killed here, without closing anything
    return 0


def browse_for_a_plan_sheet(window: QWidget, ws: object, folder: Path) -> None:
    """选择… in 新建方案（从指标表）: its file dialog is modal, so a timer closes it."""
    Path.home = classmethod(lambda _cls: folder)  # type: ignore[method-assign,assignment]

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog):
            modal.reject()
        else:
            QTimer.singleShot(200, close_it)

    QTimer.singleShot(2500, close_it)  # the dialog lists the folder meanwhile
    NewPlanDialog(ws, window)._browse()  # type: ignore[arg-type]
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
