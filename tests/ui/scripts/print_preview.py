"""Opens the window on a county file with figures, presses Ctrl+P, closes the preview and
quits: run under a real X server by tests/ui/test_real_display.py. Prints one line per
step; a segmentation fault shows as a missing "alive" and a negative exit status."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.app import application, settings
from desktop.ui.main_window import MainWindow
from desktop.usecases.demo import fill_demo
from desktop.usecases.workspace import create_data_file


def main() -> int:
    app = application()
    ws = create_data_file(Path(sys.argv[1]), "qingtongxia", clerk="马丽")
    fill_demo(ws, ("qingtongxia",))
    window = MainWindow(ws, settings())
    window.show()
    window.activateWindow()
    seen: list[str] = []

    def close_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QPrintPreviewDialog):
            seen.append("preview")
            print("preview shown", flush=True)
            QTest.qWait(300)  # let it paint its pages
            dialog.reject()
        QTimer.singleShot(300, app.quit)

    def press_ctrl_p() -> None:
        QTimer.singleShot(1500, close_preview)
        QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        print("preview closed", flush=True)

    QTimer.singleShot(500, press_ctrl_p)
    app.exec()
    window.close()
    ws.close()
    print("alive" if seen else "no preview", flush=True)
    return 0 if seen else 1


if __name__ == "__main__":
    sys.exit(main())
