"""Undo and redo through Qt's QUndoStack. An edit is saved before its command is pushed
(so a refused value never enters the stack); undo and redo save again, audited."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from desktop.records import EntryKey

Cells = Mapping[EntryKey, Mapping[str, str]]


class SetCellsCommand(QUndoCommand):
    def __init__(self, apply: Callable[[Cells, str], object], before: Cells, after: Cells,
                 text: str) -> None:
        super().__init__(text)
        self._apply, self._before, self._after = apply, before, after
        self._done = True  # the edit was saved before the push

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._after, "typed")

    def undo(self) -> None:
        self._apply(self._before, "undone")
