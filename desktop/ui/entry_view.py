"""The entry table: typing like a spreadsheet. Type to edit, Enter moves down, Tab right,
arrows move, Delete clears, Ctrl+V pastes a block copied from Excel or WPS, Ctrl+C copies.
The first three columns (序号, 类别, 指标名称) stay in view (entry_columns.FrozenColumns)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QTableView,
    QWidget,
)

from desktop.ui.delegates import InputDelegate
from desktop.ui.entry_columns import FrozenColumns, fit_font, fit_to_text
from desktop.ui.entry_model import COLUMNS, FROZEN, EntryModel
from desktop.usecases.forms import FormRow

# Shown only where a row of the table has something in them (临海's tasks have no 属性).
HIDDEN_WHEN_EMPTY = ("attribute", "numerator", "denominator")


class EntryView(QTableView):
    clear_requested = Signal(list)  # [QModelIndex] of editable cells to clear
    paste_requested = Signal(object, str)  # top-left QModelIndex, clipboard text
    not_editable = Signal()  # something was typed on a cell that cannot be filled in

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.entry_model = model
        self.setItemDelegate(InputDelegate(model, self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self._frozen = FrozenColumns(self)
        self.frozen_table = self._frozen.table  # the frozen 序号, 类别, 指标名称 (tests read it)
        fit_font(self, self._frozen)
        for grown in (model.modelReset, model.dataChanged):
            grown.connect(lambda *_: fit_to_text(self))
        self._tab_origin: int | None = None  # where a run of Tabs began: Enter returns there
        self._hold_position = False  # the last commit was refused: the cell stays in edit
        self._keep: Callable[[FormRow], bool] | None = None  # the rows a filter shows
        self._was_at: tuple[str, int] | None = None  # (indicator, column) before a reset
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.verticalHeader().setMinimumSectionSize(30)  # rows alike, one line or two
        model.dataChanged.connect(lambda *_args: self.apply_filter())
        # A row filled under 只看未填 leaves once the clerk has moved on from it.
        self.selectionModel().currentRowChanged.connect(lambda *_args: self.apply_filter())

    def _after_reset(self) -> None:
        self._frozen.set_spans(self.entry_model.section_spans())
        self._hide_empty_columns()
        self.resizeRowsToContents()
        self._frozen.level_rows()
        self.apply_filter()
        if not self.currentIndex().isValid():
            self._back_where_it_was()

    def _before_reset(self) -> None:
        current = self.currentIndex()
        self._was_at = (self.entry_model.row(current.row()).indicator.id, current.column()) \
            if current.isValid() and current.row() < self.entry_model.rowCount() else None

    def _back_where_it_was(self) -> None:
        """The same cell after a refresh (报送, another quarter), else the first input cell,
        else the first row's name (a submitted quarter: its definition still shows)."""
        row = self.entry_model.row_of(self._was_at[0]) if self._was_at else -1
        if row >= 0 and not self.isRowHidden(row):
            self._go(row, self._was_at[1])  # type: ignore[index]
            return
        self.go_to_first_input()
        if not self.currentIndex().isValid() and self.shown_rows():
            self._go(self.shown_rows()[0], FROZEN - 1)

    def _hide_empty_columns(self) -> None:
        model = self.entry_model
        for column, spec in enumerate(COLUMNS):
            if spec.key in HIDDEN_WHEN_EMPTY:
                self.setColumnHidden(column, model.rowCount() > 0 and not any(
                    model.display(model.row(r), column) or model.is_editable(model.index(r, column))
                    for r in range(model.rowCount())))

    # Which rows show (只看未填, 只看有问题) ----------------------------------------------------

    def set_filter(self, keep: Callable[[FormRow], bool] | None) -> None:
        """Only the rows `keep` accepts are shown (None: all); kept as the rows change."""
        self._keep = keep
        self.apply_filter(keep_current=False)
        current = self.currentIndex()
        if not current.isValid() or self.isRowHidden(current.row()):
            self.go_to_first_input()

    def apply_filter(self, keep_current: bool = True) -> None:
        """Rows hidden or shown again; the row being worked on stays until the clerk leaves it."""
        current = self.currentIndex().row() if keep_current else -1
        for row in range(self.entry_model.rowCount()):
            hidden = self._keep is not None and row != current and \
                not self._keep(self.entry_model.row(row))
            if self.isRowHidden(row) != hidden:
                self.setRowHidden(row, hidden)
                self._frozen.hide_row(row, hidden)

    def shown_rows(self) -> list[int]:
        return [r for r in range(self.entry_model.rowCount()) if not self.isRowHidden(r)]

    def shown_cell(self, start: QModelIndex, down: int, right: int) -> tuple[int, int]:
        """The cell `down` shown rows below and `right` shown columns right of `start`, as
        a block pasted from Excel lands on what the clerk sees (past the end: out of range)."""
        rows = [r for r in range(start.row(), self.entry_model.rowCount()) if not self.isRowHidden(r)]
        columns = [c for c in range(start.column(), len(COLUMNS)) if not self.isColumnHidden(c)]
        return (rows[down] if down < len(rows) else self.entry_model.rowCount(),
                columns[right] if right < len(columns) else len(COLUMNS))

    def go_to_first_input(self) -> None:
        """The first cell a clerk can type into, among the rows shown."""
        for row in self.shown_rows():
            columns = self.entry_model.input_columns(row)
            if columns:
                self._go(row, columns[0])
                return

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._frozen.place()

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        # Keep the current cell visible beside the frozen columns, not behind them.
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= FROZEN:
            left = self.visualRect(current).left()
            frozen_width = self._frozen.width
            if left < frozen_width:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + left - frozen_width)
        return current

    # The font (设置 → 字号) ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # once the new font has reached every part
            QTimer.singleShot(0, self, lambda: fit_font(self, self._frozen))

    # Typing like a spreadsheet ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(self.currentIndex(), QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy()
            return
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.step_down(back=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            cells = [i for i in self.selectedIndexes() if self.entry_model.is_editable(i)]
            if cells:
                self.clear_requested.emit(cells)
            return
        if not editing and _is_typing(event) and not self.entry_model.is_editable(self.currentIndex()):
            self.not_editable.emit()  # a grey cell: typing there does nothing else
            return
        if not editing and not _is_typing(event) and event.key() not in (Qt.Key.Key_Tab,
                                                                          Qt.Key.Key_Backtab):
            self._tab_origin = None  # moved with the arrows: Enter starts from here
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """None: Qt would jump to the next cell of the column starting with what was typed,
        and the rest of the number would then land in another row."""

    def hold_position(self) -> None:
        """The value being committed was refused: the editor closes without moving on, and
        the window reopens it with the refused text (`reopen`)."""
        self._hold_position = True

    def reopen(self, index: QModelIndex, text: str) -> None:
        """The cell in edit again with `text` selected, as Excel does after a refusal."""
        self.setCurrentIndex(index)
        self.setFocus()
        self.edit(index)
        editor = self.indexWidget(index) or self.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()
            editor.setFocus()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits and moves down, as in Excel; Tab commits and moves right."""
        if self._hold_position:
            self._hold_position = False
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        moves = {QAbstractItemDelegate.EndEditHint.SubmitModelCache: lambda: self.step_down(),
                 QAbstractItemDelegate.EndEditHint.EditNextItem: lambda: self.step_across(),
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem: lambda: self.step_across(back=True)}
        move = moves.get(hint)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if move else hint)
        if move is not None:
            move()

    def step_across(self, back: bool = False) -> None:
        """Tab: the next input cell of the row, else the first of the next row with one."""
        current = self.currentIndex()
        if not current.isValid():
            return
        if self._tab_origin is None:
            self._tab_origin = current.column()
        columns = self.entry_model.input_columns(current.row())
        ahead = [c for c in columns if (c < current.column() if back else c > current.column())]
        if ahead:
            self._go(current.row(), ahead[-1] if back else ahead[0])
            return
        row = self._next_input_row(current.row(), -1 if back else 1)
        if row is not None:
            columns = self.entry_model.input_columns(row)
            self._go(row, columns[-1] if back else columns[0])

    def step_down(self, back: bool = False) -> None:
        """Enter: the next row with an input cell, in the column the Tabs began in (or this
        one) where that row has it, else at its first input cell."""
        current = self.currentIndex()
        if not current.isValid():
            return
        wanted = [c for c in (self._tab_origin, current.column()) if c is not None]
        self._tab_origin = None
        row = self._next_input_row(current.row(), -1 if back else 1)
        if row is None:
            return
        columns = self.entry_model.input_columns(row)
        self._go(row, next((c for c in wanted if c in columns), columns[0]))

    def _next_input_row(self, row: int, direction: int) -> int | None:
        row += direction
        while 0 <= row < self.entry_model.rowCount():
            if not self.isRowHidden(row) and self.entry_model.input_columns(row):
                return row
            row += direction
        return None

    def _go(self, row: int, column: int) -> None:
        index = self.entry_model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _copy(self) -> None:
        cells = self.selectedIndexes()
        if not cells:
            return
        rows = sorted({i.row() for i in cells})
        columns = sorted({i.column() for i in cells})
        text = "\n".join("\t".join(str(self.entry_model.index(r, c).data() or "") for c in columns)
                         for r in rows)
        QGuiApplication.clipboard().setText(text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            done = super().event(event)
            fit_font(self, self._frozen)  # at once; again once the font has reached every part
            return done
        # Tab inside the table moves between input cells instead of leaving the table.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and \
                self.state() != QAbstractItemView.State.EditingState:
            self.step_across(back=event.key() == Qt.Key.Key_Backtab)
            return True
        return super().event(event)


def _is_typing(event: QKeyEvent) -> bool:
    """A key that would type a character (not a shortcut, not a movement)."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                            | Qt.KeyboardModifier.MetaModifier):
        return False
    text = event.text()
    return bool(text) and text.isprintable()
