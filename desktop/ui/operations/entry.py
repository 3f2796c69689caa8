"""Entering figures from the window: a typed cell, a cleared selection, a pasted block, and
Ctrl+Z / Ctrl+Y — each an operation over the entry and undo use cases."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.errors import UserError
from desktop.messages import say
from desktop.records import EntryKey
from desktop.ui.commands import StepCommand
from desktop.ui.entry_model import COLUMNS, field_of
from desktop.ui.formatting import raw_text
from desktop.ui.operations import Op
from desktop.ui.words import word
from desktop.usecases import undo
from desktop.usecases.entry import InputError, set_many
from desktop.usecases.forms import FormRow
from desktop.usecases.pasting import Slot, paste_block
from desktop.usecases.workspace import Changes, Workspace

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

Cells = Mapping[EntryKey, Mapping[str, str]]
Save = Callable[[Workspace, Cells, str], Changes]


def typed(win: MainWindow, row: FormRow, field: str, text: str) -> None:
    """A cell's editor closed on `text`: saved unless it is what the cell holds."""
    if raw_text(row.entry.get(field)) == text.strip() and field != "note":
        return  # unchanged (a note is saved as typed)
    index = win.model.index(win.model.row_of(row.indicator.id), win.model.column_of(field))
    win.apply_cells({row.key: {field: text}}, say("ops.typed_step", name=row.indicator.name),
                    typed_at=index)


def save_cells(win: MainWindow, cells: Cells, label: str, how: str = "typed",
               typed_at: QModelIndex | None = None, save: Save = set_many) -> bool:
    """`save` (set_many) in one step, put on the undo stack as `label`. A refused typed value
    keeps its cell in edit with the text selected (`typed_at`); a storage failure offers
    Retry, the typed value kept for it."""
    def saved(changes: Changes) -> None:
        if changes.step:
            push_step(win, changes.step, label)
        win.saved_label.setText(say("ops.saved", time=time.strftime("%H:%M:%S")))

    def refused(exc: Exception) -> None:
        win.statusBar().showMessage(str(exc), 8000)
        if typed_at is None:
            QMessageBox.warning(win, say("ops.not_saved"), str(exc))
            return
        win.view.hold_position()  # the editor is still closing: the message, then the cell again
        text = str(next(iter(next(iter(cells.values())).values())))
        QTimer.singleShot(0, partial(_refused, win, typed_at, text, str(exc)))

    return Op(win, lambda _p: save(win.ws, cells, how), what=say("ops.saving")) \
        .success(saved).failure(refused, InputError).retry("ops.retry_edit").run()


def _refused(win: MainWindow, index: QModelIndex, text: str, message: str) -> None:
    QMessageBox.warning(win, say("ops.not_saved"), message)
    win.view.reopen(index, text)


def clear_cells(win: MainWindow, cells: list[QModelIndex]) -> None:
    after: dict[EntryKey, dict[str, str]] = {}
    for index in cells:
        row = win.model.row(index.row())
        after.setdefault(row.key, {})[field_of(row, index.column())] = ""
    win.apply_cells(after, say("ops.cleared_step", count=len(cells)))


def paste(win: MainWindow, start: QModelIndex, text: str) -> None:
    """A block copied from Excel or WPS: the good cells saved together (one undo step),
    the bad ones listed with their row and column."""
    if not start.isValid() or not text:
        return
    # The block lands on the rows and columns shown (a filter hides some): cell (i, j) of the
    # block is the i-th shown row and j-th shown column from `start`.
    pasted = paste_block(text, 0, 0, lambda i, j: _slot(win, *win.view.shown_cell(start, i, j)))
    if pasted.cells:
        win.apply_cells(pasted.cells, say("ops.pasted_step", count=pasted.count), how="pasted")
    if pasted.bad:
        QMessageBox.warning(win, say("ops.paste_partly"), "\n".join(str(m) for m in pasted.bad[:30]))


def _slot(win: MainWindow, r: int, c: int) -> Slot | None:
    model = win.model
    if r >= model.rowCount() or c >= len(COLUMNS):
        return None
    row = model.row(r)
    field = field_of(row, c) if model.is_editable(model.index(r, c)) else ""
    return Slot(row.indicator, row.key, field, row.indicator.seq or str(r + 1), word(COLUMNS[c].title))


def push_step(win: MainWindow, step: int, label: str) -> None:
    """A step just written, onto the window's undo stack (its first redo does nothing)."""
    win.undo_stack.push(StepCommand(step, label, partial(undo_step, win), partial(redo_step, win)))


def undo_step(win: MainWindow, step: int) -> bool:
    return Op(win, lambda _p: undo.undo_step(win.ws, step), what=say("ops.undoing")) \
        .failure(partial(_cannot, win), UserError).run()


def redo_step(win: MainWindow, step: int) -> bool:
    return Op(win, lambda _p: undo.redo_step(win.ws, step), what=say("ops.undoing")) \
        .failure(partial(_cannot, win), UserError).run()


def _cannot(win: MainWindow, exc: Exception) -> None:
    QMessageBox.warning(win, say("ops.cannot_undo"), str(exc))
