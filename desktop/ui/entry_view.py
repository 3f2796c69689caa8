"""The entry table: typing like a spreadsheet. Type to edit, Enter moves down, Tab right,
arrows move, Delete clears, Ctrl+V pastes a block copied from Excel or WPS, Ctrl+C copies.
The first three columns (序号, 类别, 指标名称) stay in view (Qt's frozen-column pattern)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.catalog import STATUSES
from desktop.ui.entry_model import COLUMNS, FROZEN, EntryModel, field_of
from desktop.usecases.entry import NOTE_MAX, TEXT_MAX


class NumberDelegate(QStyledItemDelegate):
    """A plain line editor: the use case parses '1,234' or '１２' and names what it refuses."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
                     ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
                     ) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems(["", *STATUSES])
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class TextDelegate(QStyledItemDelegate):
    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
                     ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(self.limit)
        return editor


class InputDelegate(QStyledItemDelegate):
    """One delegate per kind of input; this one picks the right one for each cell."""

    def __init__(self, model: EntryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.number, self.status = NumberDelegate(self), StatusDelegate(self)
        self.note, self.text = TextDelegate(NOTE_MAX, self), TextDelegate(TEXT_MAX, self)

    def _for(self, index: QModelIndex) -> QStyledItemDelegate:
        row = self.model.row(index.row())
        field = field_of(row, index.column())
        if field == "note":
            return self.note
        if field == "text":
            return self.status if row.indicator.kind.value == "status" else self.text
        return self.number

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
                     ) -> QWidget:
        editor = self._for(index).createEditor(parent, option, index)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        self._for(index).setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        self._for(index).setModelData(editor, model, index)


class EntryView(QTableView):
    clear_requested = Signal(list)  # [QModelIndex] of editable cells to clear
    paste_requested = Signal(object, str)  # top-left QModelIndex, clipboard text

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
        widths = (44, 88, 300, 56, 96, 60, 84, 74, 74, 84, 84, 108, 220)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self._frozen = self._make_frozen()
        model.modelReset.connect(self._after_reset)

    # The frozen columns --------------------------------------------------------------------

    def _make_frozen(self) -> QTableView:
        frozen = QTableView(self)
        frozen.setModel(self.model())
        frozen.setSelectionModel(self.selectionModel())
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().setVisible(False)
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(self.verticalScrollMode())
        frozen.setWordWrap(True)
        frozen.setStyleSheet("QTableView { border: none; border-right: 1px solid #9aa; }")
        for column in range(len(COLUMNS)):
            frozen.setColumnHidden(column, column >= FROZEN)
            frozen.setColumnWidth(column, self.columnWidth(column))
        self.viewport().stackUnder(frozen)
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: frozen.setRowHeight(row, size))
        frozen.show()
        return frozen

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < FROZEN:
            self._frozen.setColumnWidth(column, size)
            self._place_frozen()

    def _place_frozen(self) -> None:
        width = sum(self.columnWidth(c) for c in range(FROZEN))
        self._frozen.setGeometry(self.verticalHeader().width() + self.frameWidth(),
                                 self.frameWidth(), width,
                                 self.viewport().height() + self.horizontalHeader().height())

    def _after_reset(self) -> None:
        self.clearSpans()
        self._frozen.clearSpans()
        for first, length in self.entry_model.section_spans():
            self.setSpan(first, 1, length, 1)
            self._frozen.setSpan(first, 1, length, 1)
        self.resizeRowsToContents()
        for row in range(self.entry_model.rowCount()):
            self._frozen.setRowHeight(row, self.rowHeight(row))
        self._place_frozen()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place_frozen()

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        # Keep the current cell visible beside the frozen columns, not behind them.
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= FROZEN:
            left = self.visualRect(current).left()
            frozen_width = self._frozen.columnWidth(0) + self._frozen.columnWidth(1) + \
                self._frozen.columnWidth(2)
            if left < frozen_width:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + left - frozen_width)
        return current

    # Typing like a spreadsheet ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(self.currentIndex(), QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.state() != QAbstractItemView.State.EditingState:
            self._step(1, 0)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.state() != QAbstractItemView.State.EditingState:
            cells = [i for i in self.selectedIndexes() if self.entry_model.is_editable(i)]
            if cells:
                self.clear_requested.emit(cells)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits and moves down, as in Excel; Tab commits and moves right."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._step(1, 0)
            return
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._step(0, 1)
            return
        super().closeEditor(editor, hint)

    def _step(self, rows: int, columns: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = min(max(current.row() + rows, 0), self.entry_model.rowCount() - 1)
        column = min(max(current.column() + columns, 0), self.entry_model.columnCount() - 1)
        self.setCurrentIndex(self.entry_model.index(row, column))

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
        # Tab inside the table moves between cells instead of leaving the table.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_Tab and self.state() != QAbstractItemView.State.EditingState:
            self._step(0, 1)
            return True
        return super().event(event)
