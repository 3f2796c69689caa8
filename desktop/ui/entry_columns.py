"""The entry table's columns: the first three (序号, 类别, 指标名称) frozen in view beside the
rest (Qt's frozen-column pattern: a second view over the same model, stacked on top), and
every column's width for the font in use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.ui.entry_model import COLUMNS, FROZEN, EntryModel

# Read-only columns narrow and the names wrapping: at 1366×768 the input columns and
# 完成进度 fit beside the navigator without scrolling sideways (备注 takes what is left).
WIDTHS = (36, 60, 190, 40, 76, 48, 66, 62, 62, 62, 70, 66, 100, 80)  # at 9 pt; 备注 stretches
BASE_POINTS = 9.0
# Columns as wide as what they show, never narrower: not "预期/性" or "153% 已…".
FIT_TO_TEXT = ("unit", "target", "attribute", "progress")


class FrozenColumns:
    """The frozen part of `view`: same model, same selection, same row heights and hidden
    rows, placed over the view's left edge."""

    def __init__(self, view: QTableView) -> None:
        self.view = view
        frozen = self.table = QTableView(view)
        frozen.setModel(view.model())
        frozen.setSelectionModel(view.selectionModel())
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().setVisible(False)
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(view.verticalScrollMode())
        frozen.setWordWrap(True)
        frozen.setStyleSheet("QTableView { border: none; border-right: 1px solid #9aa; }")
        for column in range(len(COLUMNS)):
            frozen.setColumnHidden(column, column >= FROZEN)
            frozen.setColumnWidth(column, view.columnWidth(column))
        view.viewport().stackUnder(frozen)
        frozen.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        view.horizontalHeader().sectionResized.connect(self._column_resized)
        view.verticalHeader().sectionResized.connect(lambda row, _old, size: frozen.setRowHeight(row, size))
        frozen.show()

    @property
    def width(self) -> int:
        return sum(self.table.columnWidth(c) for c in range(FROZEN))

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < FROZEN:
            self.table.setColumnWidth(column, size)
            self.place()

    def place(self) -> None:
        view = self.view
        width = sum(view.columnWidth(c) for c in range(FROZEN))
        self.table.setGeometry(view.verticalHeader().width() + view.frameWidth(), view.frameWidth(),
                               width, view.viewport().height() + view.horizontalHeader().height())

    def set_spans(self, spans: list[tuple[int, int]]) -> None:
        """The merged 类别 cells, in both parts."""
        for table in (self.view, self.table):
            table.clearSpans()
            for first, length in spans:
                table.setSpan(first, 1, length, 1)

    def level_rows(self) -> None:
        """Rows as high in the frozen part as in the view; the header too; placed again."""
        for row in range(self.view.model().rowCount()):
            self.table.setRowHeight(row, self.view.rowHeight(row))
        self.table.horizontalHeader().setFixedHeight(self.view.horizontalHeader().sizeHint().height())
        self.place()

    def hide_row(self, row: int, hidden: bool) -> None:
        self.table.setRowHidden(row, hidden)


def fit_font(view: QTableView, frozen: FrozenColumns) -> None:
    """The whole table in the view's font at once: the frozen columns too (their style sheet
    keeps them from following the application's font), every column widened in proportion to
    the font (the widths are for 9 pt) but the names, which wrap instead (at 1366×768 they
    would push every input cell out of view), rows level across both parts."""
    font = view.font()
    scale = max(1.0, font.pointSizeF() / BASE_POINTS)
    frozen.table.setFont(font)
    frozen.table.horizontalHeader().setFont(font)
    for column, width in enumerate(WIDTHS):
        view.setColumnWidth(column, width if COLUMNS[column].key == "name" else round(width * scale))
    fit_to_text(view)
    view.resizeRowsToContents()
    frozen.level_rows()


def fit_to_text(view: QTableView) -> None:
    """单位, 目标, 属性 and 完成进度 as wide as what they show (never narrower)."""
    metrics = QFontMetricsF(view.font())
    model = view.model()
    assert isinstance(model, EntryModel)
    for column in (c for c, col in enumerate(COLUMNS) if col.key in FIT_TO_TEXT):
        texts = [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
        needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 16
        if needed > view.columnWidth(column):
            view.setColumnWidth(column, round(needed))
