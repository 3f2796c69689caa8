"""Qt's undo stack over the audit's steps: each command is one step a use case wrote (a
typed edit, a paste, an import); Ctrl+Z and Ctrl+Y call the undo use cases on it
(usecases/undo.py), which audit what they do ("undone", "redo") and keep to the guard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class StepCommand(QUndoCommand):
    def __init__(self, step: int, text: str, undo: Callable[[int], object],
                 redo: Callable[[int], object]) -> None:
        super().__init__(text)
        self.step, self._undo, self._redo = step, undo, redo
        self._done = True  # the step was written before the push

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo(self.step)

    def undo(self) -> None:
        self._undo(self.step)
