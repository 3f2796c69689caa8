"""The POSIX-lock hazard of issue 13 item 14, as the window meets it: the program holds
its data file open, shows a file dialog on the folder that holds it (the import dialog,
as the program builds it), then — after an outside process has read the file — writes an
edit and waits to be killed. Run by tests/ui/test_posix_locks.py.

argv: data file, "program" (the program's own dialog) or "plain" (Qt's default dialog)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.records import EntryKey
from desktop.ui import file_dialogs
from desktop.ui.app import application, settings
from desktop.ui.main_window import MainWindow
from desktop.usecases.entry import set_fields
from desktop.usecases.workspace import open_workspace


def main() -> int:
    path, which = Path(sys.argv[1]), sys.argv[2]
    application()
    ws = open_workspace(path)
    window = MainWindow(ws, settings())
    window.show()
    if which == "program":
        dialog = file_dialogs.make_dialog(window, "选择要导入的报表", path.parent)
    else:
        dialog = QFileDialog(window, "选择要导入的报表", str(path.parent), "Excel 工作簿 (*.xlsx)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
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


if __name__ == "__main__":
    sys.exit(main())
