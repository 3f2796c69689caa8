"""The entry table's editors, one per kind of input: a number, a status from the list, a
text or a note with its length limit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.catalog import STATUSES
from desktop.ui.entry_model import EntryModel, field_of
from desktop.usecases.entry import NOTE_MAX, TEXT_MAX

Index = QModelIndex | QPersistentModelIndex  # what Qt passes a delegate


class NumberDelegate(QStyledItemDelegate):
    """A plain line editor: the use case parses '1,234' or '１２' and names what it refuses."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
                     ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
                     ) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems(["", *STATUSES])
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
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

    def _for(self, index: Index) -> QStyledItemDelegate:
        row = self.model.row(index.row())
        field = field_of(row, index.column())
        if field == "note":
            return self.note
        if field == "text":
            return self.status if row.indicator.kind.value == "status" else self.text
        return self.number

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
                     ) -> QWidget:
        editor = self._for(index).createEditor(parent, option, index)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        self._for(index).setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        self._for(index).setModelData(editor, model, index)
