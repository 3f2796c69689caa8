"""方案 → 目标分解: the county's split of its plan's targets among its units for a year.

One row per number indicator its units report; the region's target (or, below the region,
the office's own) and the sum of the parts side by side, then one column per unit. A cell
typed is saved at once through the use case (`targets.set_target`); a sum that disagrees
with the total is coloured and says by how much. 从表格导入… reads the county's own sheet
(`target_sheets`), shows what it would set, and writes it all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.ui import file_dialogs
from desktop.usecases.target_sheets import TargetsImport, commit_targets_import, plan_targets_import
from desktop.usecases.targets import TargetTable, set_target, target_table
from desktop.usecases.workspace import Workspace

WARNING_BG, FIXED_BG = QColor("#FFE8B3"), QColor("#F2F2F2")
FIRST_UNIT = 2  # 全域目标 | 分解合计 | units… (the indicator's name heads the row)
NAME_WIDTH = 22  # characters of a name shown in the row's header (the whole in its tooltip)


class TargetsDialog(QDialog):
    """目标分解: indicators × the office's units for one year, typed in place."""

    def __init__(self, ws: Workspace, plan_id: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.plan_id = ws, plan_id
        plan = ws.plan(plan_id)
        self.setWindowTitle(self.tr("目标分解 — {0}").format(plan.short_title))
        self.resize(1200, 680)
        self.year = QComboBox()
        for y in range(plan.years[0], plan.years[1] + 1):
            self.year.addItem(self.tr("{0}年").format(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(min(max(year, plan.years[0]), plan.years[1]))))
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        self.grid = QTableWidget()  # the names as row headers: in view while scrolling right
        self.grid.itemChanged.connect(self._typed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        importing = QPushButton(self.tr("从表格导入…"))
        importing.clicked.connect(lambda: self.import_sheet())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(importing)
        hint = QLabel(self.tr("在单位一栏直接输入目标（如 120 或 65%），输入后即保存；清空即取消该单位的目标。"
                              "分解合计与全域目标不一致时，该行标黄并说明相差多少。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.table: TargetTable | None = None
        self.changed = False
        self.load()

    @property
    def chosen_year(self) -> int:
        return int(self.year.currentData())

    def load(self) -> None:
        self.table = table = target_table(self.ws, self.plan_id, self.chosen_year)
        names = [self.ws.unit(code).name for code in table.units]
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.setColumnCount(FIRST_UNIT + len(names))
        total = self.tr("全域目标") if self.ws.own_unit in ("", table.plan.region) else self.tr("本单位目标")
        self.grid.setHorizontalHeaderLabels([total, self.tr("分解合计"), *names])
        self.grid.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            name = row.indicator.name
            header = QTableWidgetItem(name if len(name) <= NAME_WIDTH else name[:NAME_WIDTH - 1] + "…")
            header.setToolTip(name)
            header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setVerticalHeaderItem(r, header)
            self._fixed(r, 0, row.total.text if row.total else "")
            summed = row.parts_sum
            unit = row.indicator.unit
            self._fixed(r, 1, "" if not row.summed else (f"{_n(summed)}{unit}" if summed is not None else ""))
            if row.warning is not None:
                for c in (0, 1):
                    item = self.grid.item(r, c)
                    if item is not None:  # _fixed has just put one there
                        item.setBackground(WARNING_BG)
                        item.setToolTip(row.warning.render())
            for c, code in enumerate(table.units, start=FIRST_UNIT):
                target = row.parts.get(code)
                item = QTableWidgetItem(target.text if target else "")
                item.setData(Qt.ItemDataRole.UserRole, (row.indicator.id, code))
                if table.sources.get((row.indicator.id, code), "") == "catalog":
                    item.setToolTip(self.tr("方案目录中的分解目标（在此输入可改为本单位自定）"))
                self.grid.setItem(r, c, item)
        self.grid.blockSignals(False)
        self.grid.resizeColumnsToContents()
        for c in range(self.grid.columnCount()):
            self.grid.setColumnWidth(c, max(84, min(self.grid.columnWidth(c), 160)))
        warned = [f"{r.indicator.name}：{r.warning.render()}" for r in table.rows if r.warning is not None]
        self.summary.setText(self.tr("{0} 个指标的分解合计与全域目标不一致：").format(len(warned))
                             + "；".join(warned[:3]) + ("…" if len(warned) > 3 else "")
                             if warned else self.tr("各指标的分解合计与全域目标一致（或尚未分解）。"))
        self.summary.setStyleSheet("color: #8a5a00" if warned else "color: #1e7b34")

    def _fixed(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setBackground(FIXED_BG)
        self.grid.setItem(row, column, item)

    def _typed(self, item: QTableWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        indicator, unit = key
        try:
            set_target(self.ws, self.plan_id, indicator, unit, self.chosen_year, item.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未保存"), str(exc))
        else:
            self.changed = True
        self.load()

    def import_sheet(self, path: Path | None = None, confirm: bool = True) -> TargetsImport | None:
        if path is None:
            chosen = file_dialogs.open_files(self, self.tr("选择目标分解表"), file_dialogs.last_folder(),
                                             self.tr("Excel 工作簿 (*.xlsx)"))
            if not chosen:
                return None
            path = chosen[0]
        try:
            plan = plan_targets_import(self.ws, self.plan_id, [path], self.chosen_year)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未导入"), str(exc))
            return None
        lines = [str(p) for f in plan.files for p in f.refusals]
        if plan.refused:
            QMessageBox.warning(self, self.tr("未导入"), "\n".join(lines[:20]))
            return plan
        skipped = [str(p) for f in plan.files for p in f.skipped]
        text = self.tr("将写入 {0} 个分解目标（{1}年），其中替换已有 {2} 个。").format(
            plan.count, plan.year, plan.replaces)
        if skipped:
            text += "\n" + self.tr("未导入的行列：") + "\n" + "\n".join(skipped[:12])
        if confirm and QMessageBox.question(self, self.tr("导入目标分解"), text) != \
                QMessageBox.StandardButton.Yes:
            return plan
        commit_targets_import(self.ws, plan)
        self.changed = True
        self.load()
        return plan


def _n(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
