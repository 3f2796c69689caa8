"""The dashboard: progress per section against targets (with the number of indicators on
each bar), the selected indicator's trend over quarters (a % axis for rates, quarters as
2025年第一季度), and — for a unit with children only — 报送情况: which children have
reported, when, from which file, whether it verified, and the missing ones to copy for
催报. Drawn with QPainter (no QtCharts, no web view)."""

from __future__ import annotations

import math
from collections import Counter

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog import Indicator, Kind
from desktop.excel.spec import PROGRESS_BARS, PROGRESS_KEYS, ChildStatus
from desktop.messages import say
from desktop.periods import Period
from desktop.usecases import forms
from desktop.usecases.forms import Form
from desktop.usecases.workspace import Workspace

# (state, message key of its word, bar colour)
STATES = tuple((state, PROGRESS_KEYS[state], f"#{colour}") for state, colour in PROGRESS_BARS.items())
RECEIVED, MISSING = "#1e7b34", "#b00020"


class SectionProgressChart(QWidget):
    """One bar per section, split by state, each part labelled with its number of indicators."""

    ROW, BAR = 26, 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[tuple[str, Counter[str]]] = []
        self.setMinimumHeight(120)

    def set_form(self, form: Form | None) -> None:
        self.sections = []
        if form is not None:
            order: dict[str, Counter[str]] = {}
            known = {s for s, _, _ in STATES}
            for row in form.rows:
                state = row.shown.progress_state
                if state in known:
                    order.setdefault(row.indicator.section, Counter())[state] += 1
            self.sections = list(order.items())
        self.setMinimumHeight(self.ROW * max(1, len(self.sections)) + 64)
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.sections:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("本期尚无可衡量进度的数据"))
            return
        label_width = min(220, max(120, self.width() // 3))
        width = self.width() - label_width - 16
        for index, (section, counts) in enumerate(self.sections):
            self._bar(painter, 8 + index * self.ROW, section, counts, label_width, width)
        self._legend(painter, 8 + len(self.sections) * self.ROW + 6, label_width)

    def _bar(self, painter: QPainter, y: float, section: str, counts: Counter[str],
             label_width: int, width: int) -> None:
        painter.setPen(QColor("#333"))
        label = painter.fontMetrics().elidedText(section, Qt.TextElideMode.ElideRight, label_width - 8)
        painter.drawText(QRectF(4, y, label_width - 8, self.BAR),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        total, x = sum(counts.values()), float(label_width)
        for state, _word, color in STATES:
            share = counts[state] / total * width if total else 0
            if not share:
                continue
            part = QRectF(x, y, share, self.BAR)
            painter.fillRect(part, QColor(color))
            text = str(counts[state])
            if painter.fontMetrics().horizontalAdvance(text) + 4 <= share:
                painter.setPen(QColor("#fff" if state in ("met", "off_track") else "#222"))
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
            x += share

    def _legend(self, painter: QPainter, y: float, label_width: int) -> None:
        """The states' colours, wrapping to a second line on a narrow chart."""
        x = start = float(min(label_width, 40))
        for _state, word, color in STATES:
            text = say(word)
            width = 24 + painter.fontMetrics().horizontalAdvance(text)
            if x + width > self.width() and x > start:
                x, y = start, y + 18
            painter.fillRect(QRectF(x, y + 3, 12, 12), QColor(color))
            painter.setPen(QColor("#333"))
            painter.drawText(QPointF(x + 16, y + 14), text)
            x += width
        painter.setPen(QColor("#777"))
        painter.drawText(QPointF(start, y + 32), self.tr("条上数字为指标个数"))


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round values for an axis from low to high: 0, 20, 40, 60."""
    span = high - low or abs(high) or 1.0
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def axis_text(value: float, percent: bool) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"
    return text + ("%" if percent else "")


class TrendChart(QWidget):
    """The indicator's figure for each quarter of this year and the last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.unit, self.percent = "", "", False
        self.points: list[tuple[Period, float | None]] = []
        self.setMinimumHeight(220)

    def set_trend(self, title: str, points: list[tuple[Period, float | None]], unit: str = "",
                  percent: bool = False) -> None:
        self.title, self.points, self.unit, self.percent = title, points, unit, percent
        self.update()

    def heading(self) -> str:
        if not self.title:
            return self.tr("在填报表中选择一个指标查看走势")
        return f"{self.title}（{self.unit}）" if self.unit else self.title

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignCenter, self.heading())
        values = [v for _, v in self.points if v is not None]
        if not values:
            return
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        ticks = nice_ticks(min(0.0, min(values)), (max(values) or 1.0) * 1.12)  # room for labels
        left = 12 + max(painter.fontMetrics().horizontalAdvance(axis_text(t, self.percent)) for t in ticks)
        frame = QRectF(left, 30, self.width() - left - 24, self.height() - 30 - 40)
        self._axis(painter, frame, ticks)
        self._line(painter, frame, ticks)
        self._quarters(painter, frame)

    def _y(self, frame: QRectF, ticks: list[float], value: float) -> float:
        low, high = ticks[0], ticks[-1]
        return frame.bottom() - (value - low) / ((high - low) or 1.0) * frame.height()

    def _x(self, frame: QRectF, index: int) -> float:
        step = frame.width() / max(1, len(self.points))
        return frame.left() + step * (index + 0.5)

    def _axis(self, painter: QPainter, frame: QRectF, ticks: list[float]) -> None:
        for tick in ticks:
            y = self._y(frame, ticks, tick)
            painter.setPen(QPen(QColor("#e0e0e0" if tick else "#999"), 1))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
            painter.setPen(QColor("#555"))
            painter.drawText(QRectF(0, y - 8, frame.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             axis_text(tick, self.percent))

    def _line(self, painter: QPainter, frame: QRectF, ticks: list[float]) -> None:
        path, started = QPainterPath(), False
        marks = []
        for i, (_period, value) in enumerate(self.points):
            if value is None:
                continue
            point = QPointF(self._x(frame, i), self._y(frame, ticks, value))
            path.lineTo(point) if started else path.moveTo(point)
            started = True
            marks.append((point, value))
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.drawPath(path)
        painter.setBrush(QColor("#1565c0"))
        for point, value in marks:
            painter.setPen(QPen(QColor("#1565c0"), 1))
            painter.drawEllipse(point, 3, 3)
            painter.setPen(QColor("#0d3c7a"))
            painter.drawText(QRectF(point.x() - 40, point.y() - 20, 80, 16), Qt.AlignmentFlag.AlignCenter,
                             axis_text(round(value, 1), self.percent))

    def _quarters(self, painter: QPainter, frame: QRectF) -> None:
        """第一季度 … under each point, and the year once under its quarters."""
        painter.setPen(QColor("#555"))
        step = frame.width() / max(1, len(self.points))
        years: dict[int, list[float]] = {}
        quarters = (self.tr("第一季度"), self.tr("第二季度"), self.tr("第三季度"), self.tr("第四季度"))
        for i, (period, _value) in enumerate(self.points):
            x = self._x(frame, i)
            words = quarters[period.quarter - 1]
            if painter.fontMetrics().horizontalAdvance(words) > step - 2:
                words = f"Q{period.quarter}"
            painter.drawText(QRectF(x - step / 2, frame.bottom() + 4, step, 16),
                             Qt.AlignmentFlag.AlignCenter, words)
            years.setdefault(period.year, []).append(x)
        for year, xs in years.items():
            middle = (xs[0] + xs[-1]) / 2
            painter.drawText(QRectF(middle - 60, frame.bottom() + 20, 120, 16),
                             Qt.AlignmentFlag.AlignCenter, self.tr("{0}年").format(year))


class ReportingPanel(QWidget):
    """报送情况: each child — 已报/未报, when, from which file, verified — and 复制未报单位."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statuses: list[ChildStatus] = []
        headers = [self.tr("下级单位"), self.tr("报送情况"), self.tr("验证"), self.tr("收到时间"), self.tr("来源文件")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("复制未报单位"))
        self.copy_button.setToolTip(self.tr("把未报单位的名称复制到剪贴板，便于催报"))
        self.copy_button.clicked.connect(self.copy_missing)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_children(self, children: list[ChildStatus]) -> None:
        self.statuses = list(children)
        self.table.setRowCount(len(children))
        for row, child in enumerate(children):
            cells = (child.name, self.tr("已报") if child.received else self.tr("未报"), child.signature,
                     child.received_at[5:16], child.file)  # 05-20 14:03: the year is the quarter's
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(child.received_at if column == 3 else text)
                if column == 1:
                    item.setForeground(QColor(RECEIVED if child.received else MISSING))
                self.table.setItem(row, column, item)
        missing = self.missing()
        done = len(children) - len(missing)
        self.summary.setText(self.tr("已报 {0} / 共 {1}，未报 {2}").format(done, len(children), len(missing))
                             if children else self.tr("本单位没有下级填报单位。"))
        self.copy_button.setEnabled(bool(missing))

    def missing(self) -> list[str]:
        return [c.name for c in self.statuses if not c.received]

    def copy_missing(self) -> None:
        """催报: the missing units' names on the clipboard, ready to paste into a message."""
        QApplication.clipboard().setText("、".join(self.missing()))
        self.summary.setText(self.tr("已复制 {0} 个未报单位的名称，可粘贴到通知中催报。").format(len(self.missing())))
        self.summary.setToolTip("、".join(self.missing()))


class ReportingDialog(QDialog):
    """报送情况 of one quarter, from the 报送 menu."""

    def __init__(self, title: str, children: list[ChildStatus], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("下级报送情况 — {0}").format(title))
        self.resize(760, 520)
        self.panel = ReportingPanel()
        self.panel.set_children(children)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)


def open_reporting(parent: QWidget, ws: Workspace, plan_id: str, unit: str, period: Period
                   ) -> ReportingDialog:
    """报送 → 下级报送情况…: the children of `unit` for the quarter, in a dialog."""
    title = f"{ws.unit(unit).name} {period.shown.render()}"
    dialog = ReportingDialog(title, forms.children_reported(ws, plan_id, unit, period), parent)
    dialog.exec()
    return dialog


class Dashboard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress, self.trend, self.reporting = SectionProgressChart(), TrendChart(), ReportingPanel()
        scroll = QScrollArea()  # a county's many sections scroll; the trend stays in view
        scroll.setWidget(self.progress)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.reporting_box = self._box(self.tr("下级单位报送情况"), self.reporting)
        self.grid = grid = QGridLayout(self)
        grid.addWidget(self._box(self.tr("各类别完成进度（按指标个数）"), scroll), 0, 0)
        grid.addWidget(self._box(self.tr("指标走势（近两年各季度）"), self.trend), 1, 0)
        grid.addWidget(self.reporting_box, 0, 1, 2, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    @property
    def children(self) -> QTableWidget:  # type: ignore[override]
        return self.reporting.table

    @property
    def summary(self) -> QLabel:
        return self.reporting.summary

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def show_trend(self, indicator: Indicator, points: list[tuple[Period, float | None]]) -> None:
        percent = indicator.kind is Kind.RATE or indicator.unit.strip() == "%"
        self.trend.set_trend(indicator.name, points, "" if percent else indicator.unit, percent)

    def set_children(self, children: list[ChildStatus]) -> None:
        """A unit without children has no 报送情况 box: there is nothing to report on."""
        self.reporting.set_children(children)
        self.reporting_box.setVisible(bool(children))
        self.grid.setColumnStretch(1, 2 if children else 0)
