"""Qt's undo stack over the audit's steps: each command is one step a use case wrote (a
typed edit, a paste, an import); Ctrl+Z and Ctrl+Y call the undo use cases on it
(usecases/undo.py), which audit what they do ("undone", "redo") and keep to the guard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class StepCommand(QUndoCommand):
    """`undo(step)` and `redo(step)` return whether they were done; a step they refuse (its
    quarter submitted since, a cell changed by a later import) leaves the stack."""

    def __init__(self, step: int, text: str, undo: Callable[[int], bool],
                 redo: Callable[[int], bool]) -> None:
        super().__init__(text)
        self.step, self._undo, self._redo = step, undo, redo
        self._done = True  # the step was written before the push

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self._redo(self.step):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._undo(self.step):
            self.setObsolete(True)
