"""The entry table's model: one row per indicator of the selected table, read from the
plain `FormRow` records the use cases build. Edits do not write here: the model asks the
window (through `edit_requested`) to save them through the use-case layer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.catalog import Kind
from desktop.excel.spec import PROGRESS_FILLS
from desktop.messages import known, say
from desktop.ui.formatting import number_text, raw_text
from desktop.ui.words import attribute_word, shown_text, word
from desktop.usecases.forms import FormRow, check_sentence


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    field: str = ""  # the entry field this column edits ("" = read-only)


COLUMNS = (
    Column("seq", "序号"), Column("section", "类别"), Column("name", "指标名称"),
    Column("unit", "单位"), Column("target", "目标"), Column("attribute", "属性"),
    Column("baseline", "上年基数"), Column("numerator", "分子", "numerator"),
    Column("denominator", "分母", "denominator"), Column("previous", "上季度"),
    Column("value", "本季度", "value"),
    Column("ytd", "本年累计"), Column("progress", "完成进度"), Column("note", "备注", "note"),
)
FROZEN = 3  # 序号, 类别, 指标名称 stay in view while scrolling right
INPUT_BG = QColor("#FFF9E5")
CONSOLIDATED_BG = QColor("#EEF2F7")  # figures added up from the units below: read-only
ERROR_BG = QColor("#F8D7DA")
WARNING_BG = QColor("#FFE8B3")
PROGRESS_BG = {state: QColor(f"#{colour}") for state, colour in PROGRESS_FILLS.items()}
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 1


def column_title(column: int) -> str:
    """A column's header in the window's language."""
    key = f"entry_ux.column.{COLUMNS[column].key}"
    return say(key) if known(key) else word(COLUMNS[column].title)


def field_of(row: FormRow, column: int) -> str:
    """The entry field behind a cell, or "" where the cell is computed or fixed."""
    return row.indicator.kind.field_under(COLUMNS[column].field)


class EntryModel(QAbstractTableModel):
    edit_requested = Signal(object, str, str)  # FormRow, field, text typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[FormRow, ...] = ()
        self._editable = True

    # Plain-Python side ------------------------------------------------------------------

    def set_rows(self, rows: tuple[FormRow, ...], editable: bool) -> None:
        """A new table, unit or period: a reset. The same rows again: dataChanged only."""
        same = [r.key for r in rows] == [r.key for r in self._rows]
        if same and editable == self._editable:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows = rows
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1),
                                      [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                       Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])
            return
        self.beginResetModel()
        try:
            self._rows, self._editable = rows, editable
        finally:
            self.endResetModel()

    def row(self, index: int) -> FormRow:
        return self._rows[index]

    def rows(self) -> tuple[FormRow, ...]:
        return self._rows

    def row_of(self, indicator: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.indicator.id == indicator), -1)

    def column_of(self, field: str) -> int:
        if field == "text":
            field = "value"
        return next((i for i, c in enumerate(COLUMNS) if c.field == field), 0)

    def section_spans(self) -> list[tuple[int, int]]:
        """(first row, length) of each run of rows in one 类别, for merged cells."""
        spans, start = [], 0
        for i in range(1, len(self._rows) + 1):
            if i == len(self._rows) or self._rows[i].indicator.section != self._rows[start].indicator.section:
                if i - start > 1:
                    spans.append((start, i - start))
                start = i
        return spans

    def is_editable(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        if not (self._editable and index.isValid()):
            return False
        row = self._rows[index.row()]
        return not row.consolidated and bool(field_of(row, index.column()))

    def input_columns(self, row: int) -> list[int]:
        """The columns of `row` a clerk can type into, left to right."""
        return [c for c in range(len(COLUMNS)) if self.is_editable(self.index(row, c))]

    def place_of(self, row: int, column: int) -> str:
        """A cell named as the clerk sees it: by its row's 序号 and its column's header."""
        shown = self._rows[row]
        return say("entry_ux.paste.place", seq=shown.indicator.seq or str(row + 1),
                   column=column_title(column))

    def display(self, row: FormRow, column: int) -> str:
        key, shown, kind = COLUMNS[column].key, row.shown, row.indicator.kind
        if key in ("seq", "section", "name", "unit", "attribute"):
            return getattr(row.indicator, key) if key != "attribute" else attribute_word(shown.attribute)
        if key == "target":
            return shown_text(shown.target)
        if key == "baseline":
            return number_text(kind, shown.baseline)
        if key in ("numerator", "denominator"):  # counts, or money where the catalog says so
            parts = Kind.COUNT if key in shown.whole_fields else Kind.AMOUNT
            return number_text(parts, getattr(row.shown, key)) if kind.has_parts else ""
        if key == "value":
            return number_text(kind, shown.value)
        if key == "previous":
            return number_text(kind, row.previous)
        if key == "ytd":
            return number_text(kind, shown.year_to_date)
        if key == "progress":
            return shown_text(shown.progress)
        return row.shown.note or ""

    def _background(self, row: FormRow, column: int) -> QBrush | None:
        field = field_of(row, column)
        hits = [f for f in row.findings if f.field == field or (field == "text" and f.field == "value")]
        if field and any(f.blocking for f in hits):
            return QBrush(ERROR_BG)
        if field and any(not f.explained for f in hits):
            return QBrush(WARNING_BG)
        if row.consolidated and column >= FROZEN:
            return QBrush(CONSOLIDATED_BG)
        if field and self._editable:
            return QBrush(INPUT_BG)
        if COLUMNS[column].key == "progress" and row.shown.progress_state in PROGRESS_BG:
            return QBrush(PROGRESS_BG[row.shown.progress_state])
        return None

    def _tooltip(self, row: FormRow, column: int) -> str:
        field = field_of(row, column)
        messages = [check_sentence(row.indicator, f) for f in row.findings
                    if field and f.field in (field, "value")]
        if COLUMNS[column].key == "name":
            messages.insert(0, row.indicator.description or row.indicator.name)
        if row.consolidated and column >= FROZEN:
            messages.insert(0, self.tr("由下级单位汇总，只读；请在下级单位中修改。"))
        return "\n".join(messages)

    # Qt overrides (kept short) -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.EditRole:
            field = field_of(row, index.column())
            return raw_text(row.entry.get(field)) if field else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].key in (
                "baseline", "numerator", "denominator", "previous", "value", "ytd"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == INDICATOR_ROLE:
            return row.indicator.id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index):
            return False
        row = self._rows[index.row()]
        self.edit_requested.emit(row, field_of(row, index.column()), "" if value is None else str(value))
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.is_editable(index) else base

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(section)
        return str(section + 1)
