"""The Qt binding itself must not leak or steal references: PySide6 6.12.0 under Python
3.11 dropped a reference to None on every call of a method returning None, and the window
crashed after some thousands of calls. This guards any future upgrade."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText(str(n))
        QApplication.processEvents()
    assert abs(sys.getrefcount(None) - before) < 50
