"""The dashboard: progress per section against targets, the selected indicator's trend
over quarters, and for a parent unit which children have reported. Drawn with QPainter
(no QtCharts, no web view)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.spec import PROGRESS_BARS, PROGRESS_WORDS, ChildStatus
from desktop.periods import Period
from desktop.ui.words import word as word_of
from desktop.usecases.forms import Form

STATES = tuple((state, PROGRESS_WORDS[state], f"#{colour}") for state, colour in PROGRESS_BARS.items())


class SectionProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[tuple[str, Counter[str]]] = []
        self.setMinimumHeight(220)

    def set_form(self, form: Form | None) -> None:
        self.sections = []
        if form is not None:
            order: dict[str, Counter[str]] = {}
            for row in form.rows:
                state = row.shown.progress_state
                if state in dict((s, 1) for s, _, _ in STATES):
                    order.setdefault(row.indicator.section, Counter())[state] += 1
            self.sections = list(order.items())
        self.setMinimumHeight(60 + 26 * max(1, len(self.sections)))
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.sections:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("本期尚无可衡量进度的数据"))
            return
        label_width, top, bar_height = 170, 8, 18
        width = self.width() - label_width - 20
        for index, (section, counts) in enumerate(self.sections):
            y = top + index * (bar_height + 8)
            painter.setPen(QColor("#333"))
            label = painter.fontMetrics().elidedText(section, Qt.TextElideMode.ElideRight,
                                                     label_width - 8)
            painter.drawText(QRectF(4, y, label_width - 8, bar_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            total, x = sum(counts.values()), float(label_width)
            for state, _word, color in STATES:
                share = counts[state] / total * width if total else 0
                if share:
                    painter.fillRect(QRectF(x, y, share, bar_height), QColor(color))
                    x += share
        y = top + len(self.sections) * (bar_height + 8) + 6
        x = float(label_width)
        for _state, word, color in STATES:
            painter.fillRect(QRectF(x, y + 3, 12, 12), QColor(color))
            painter.setPen(QColor("#333"))
            text = word_of(word)
            painter.drawText(QPointF(x + 16, y + 14), text)
            x += 24 + painter.fontMetrics().horizontalAdvance(text)


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.points: list[tuple[Period, float | None]] = []
        self.setMinimumHeight(200)

    def set_trend(self, title: str, points: list[tuple[Period, float | None]]) -> None:
        self.title, self.points = title, points
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        values = [v for _, v in self.points if v is not None]
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignCenter,
                         self.title or self.tr("在填报表中选择一个指标查看走势"))
        if not values:
            return
        left, top, right, bottom = 60, 28, self.width() - 16, self.height() - 28
        low, high = min(0.0, min(values)), max(values) or 1.0
        span = high - low or 1.0
        step = (right - left) / max(1, len(self.points) - 1)
        painter.setPen(QPen(QColor("#bbb"), 1))
        painter.drawLine(left, bottom, right, bottom)
        painter.drawText(QRectF(0, top - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, f"{high:,.4g}")
        painter.drawText(QRectF(0, bottom - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, f"{low:,.4g}")
        path, started = QPainterPath(), False
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
        for i, (period, value) in enumerate(self.points):
            x = left + i * step
            painter.setFont(small)
            painter.setPen(QColor("#555"))
            painter.drawText(QRectF(x - 30, bottom + 4, 60, 16), Qt.AlignmentFlag.AlignCenter, str(period))
            if value is None:
                continue
            y = bottom - (value - low) / span * (bottom - top)
            path.lineTo(x, y) if started else path.moveTo(x, y)
            started = True
            painter.setBrush(QColor("#1565c0"))
            painter.drawEllipse(QPointF(x, y), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.drawPath(path)


class Dashboard(QWidget):
    # The table of children's reports, by the name the window's tests read; it hides
    # QObject.children() on this widget (nothing here asks Qt for its child objects).
    children: QTableWidget  # type: ignore[assignment]  # replaces the inherited method, as said

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress, self.trend = SectionProgressChart(), TrendChart()
        self.children = QTableWidget(0, 5)
        self.children.setHorizontalHeaderLabels([self.tr("下级单位"), self.tr("报送情况"), self.tr("验证"),
                                                 self.tr("收到时间"), self.tr("来源文件")])
        self.children.horizontalHeader().setStretchLastSection(True)
        self.children.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        grid = QGridLayout(self)
        grid.addWidget(self._box(self.tr("各类别完成进度（按指标个数）"), self.progress), 0, 0)
        grid.addWidget(self._box(self.tr("指标走势（近两年各季度）"), self.trend), 1, 0)
        grid.addWidget(self._box(self.tr("下级单位报送情况"), self.children, self.summary), 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def set_children(self, children: list[ChildStatus]) -> None:
        self.children.setRowCount(len(children))
        for row, child in enumerate(children):
            cells = (child.name, self.tr("已报") if child.received else self.tr("未报"),
                     child.signature, child.received_at, child.file)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setForeground(QColor("#1e7b34") if child.received else QColor("#b00020"))
                self.children.setItem(row, column, item)
        done = sum(1 for c in children if c.received)
        self.summary.setText(self.tr("已报 {0} / 共 {1}").format(done, len(children)) if children
                             else self.tr("本单位没有下级填报单位。"))
        self.children.resizeColumnsToContents()
