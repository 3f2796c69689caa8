"""Answering a modal message box with real keys, as a clerk does: a timer waits for the box
to show, records what it says, and presses the key on it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


@dataclass
class Seen:
    texts: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    buttons: list[list[str]] = field(default_factory=list)


YES = Qt.Key.Key_Y  # 报送(Y) / 撤回报送(Y) / 锁定(Y): a message box takes its buttons' letters


def answer(keys: Qt.Key | tuple[Qt.Key, Qt.KeyboardModifier] = Qt.Key.Key_Return, boxes: int = 1) -> Seen:
    """Presses `keys` on each of the next `boxes` message boxes as they show."""
    seen = Seen()
    key, modifier = keys if isinstance(keys, tuple) else (keys, Qt.KeyboardModifier.NoModifier)
    shown: list[QMessageBox] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box in shown:
            QTimer.singleShot(20, press)
            return
        shown.append(box)
        seen.texts.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        seen.names.append(box.objectName())
        seen.buttons.append([b.text() for b in box.buttons()])
        QTest.keyClick(box, key, modifier)
        if len(seen.texts) < boxes:
            QTimer.singleShot(50, press)

    QTimer.singleShot(0, press)
    return seen


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese reaches a box through the input method (拼音), as a committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
