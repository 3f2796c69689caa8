"""The dialogs of the window's 方案 menu: 新建方案（从指标表）— a plan's indicator table read
into an editable table of proposals, the units, then save and install — and 方案列表 with
add and remove (the menu itself: `plan_menu`).

Everything goes through the use cases `plan_import`, `plans` and `versions`, as the
command line's `yinling plan …` does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog.draft import Draft, DraftIndicator, edit
from desktop.errors import UserError
from desktop.excel.plan_sheet import PlanSheet
from desktop.store import versions as stored
from desktop.ui import file_dialogs
from desktop.ui.dialogs import UNIT_TYPES
from desktop.ui.panels import KIND_WORDS
from desktop.ui.words import word
from desktop.usecases import plan_import, plans
from desktop.usecases.workspace import Workspace

MEASURE_WORDS = {"stock": "期末数", "flow": "本期新增"}
DIRECTION_WORDS = {"at_least": "不低于", "at_most": "不高于", "done": "完成"}
COLUMNS = (QT_TRANSLATE_NOOP("NewPlanDialog", "行"), QT_TRANSLATE_NOOP("NewPlanDialog", "类别"),
           QT_TRANSLATE_NOOP("NewPlanDialog", "指标名称"), QT_TRANSLATE_NOOP("NewPlanDialog", "待确认"),
           QT_TRANSLATE_NOOP("NewPlanDialog", "类型"), QT_TRANSLATE_NOOP("NewPlanDialog", "期末/新增"),
           QT_TRANSLATE_NOOP("NewPlanDialog", "方向"), QT_TRANSLATE_NOOP("NewPlanDialog", "单位"),
           QT_TRANSLATE_NOOP("NewPlanDialog", "目标"), QT_TRANSLATE_NOOP("NewPlanDialog", "分子口径"),
           QT_TRANSLATE_NOOP("NewPlanDialog", "分母口径"), QT_TRANSLATE_NOOP("NewPlanDialog", "报送层级"))
ASK = 3  # the column of the open question, ticked when the office has answered it
_COMBOS = {4: ("kind", KIND_WORDS), 5: ("measure", MEASURE_WORDS), 6: ("direction", DIRECTION_WORDS)}
_TEXTS = {7: "unit", 8: "target", 9: "numerator", 10: "denominator", 11: "reporting_level"}
_WIDTHS = {0: 40, 1: 96, 2: 300, 3: 230, 4: 96, 5: 92, 6: 80, 7: 90, 8: 90, 9: 200, 10: 200, 11: 170}
QUESTION = QColor("#fff3c4")


class NewPlanDialog(QDialog):
    """新建方案（从指标表）: choose the sheet and the region, read it, correct the proposals,
    answer the questions, save and install."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.draft: Draft | None = None
        self.table_read: PlanSheet | None = None
        self.installed = ""
        self.setWindowTitle(self.tr("新建方案（从指标表）"))
        self.resize(1400, 820)
        self.sheet_path = QLineEdit()
        self.sheet_path.setPlaceholderText(self.tr("从规划文件复制到 WPS/Excel 的指标表（.xlsx）"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_path, 1)
        sheet_row.addWidget(browse)
        self.region = QComboBox()
        for unit in self._regions():
            self.region.addItem(f"{unit.name}（{unit.code}）", unit.code)
        self.region.addItem(self.tr("新地区（下面填写名称和下级单位）"), "")
        self.region_name, self.towns = QLineEdit(), QLineEdit()
        self.region_name.setPlaceholderText(self.tr("例如：样例县"))
        self.towns.setPlaceholderText(self.tr("下级单位，用逗号分开，例如：东镇,西镇,城关街道"))
        self.plan_id, self.title_edit, self.years = QLineEdit(), QLineEdit(), QLineEdit()
        self.plan_id.setPlaceholderText(self.tr("小写英文字母和数字，例如 xian2030"))
        self.title_edit.setPlaceholderText(self.tr("规划全称（不填则取表格标题或文件名）"))
        self.years.setPlaceholderText(self.tr("例如 2026-2030（不填则从标题读出）"))
        read = QPushButton(self.tr("读取指标表"))
        read.clicked.connect(self.read)
        form = QFormLayout()
        form.addRow(self.tr("指标表"), sheet_row)
        form.addRow(self.tr("地区"), self.region)
        form.addRow(self.tr("新地区名称"), self.region_name)
        form.addRow(self.tr("新地区的下级单位"), self.towns)
        form.addRow(self.tr("规划编号"), self.plan_id)
        form.addRow(self.tr("规划名称"), self.title_edit)
        form.addRow(self.tr("规划年份"), self.years)
        form.addRow("", read)
        self.rows = QTableWidget(0, len(COLUMNS))
        self.rows.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.rows.verticalHeader().setVisible(False)
        self.rows.itemChanged.connect(self._edited)
        self.rows.currentCellChanged.connect(lambda r, *_: self._explain(r))
        self.summary, self.detail, self.units = QLabel(), QLabel(), QListWidget()
        self.summary.setWordWrap(True)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setStyleSheet("background: #f6f6f6; padding: 4px")
        self.units.setMaximumHeight(70)
        self.units_label = QLabel(self.tr("将新增的单位："))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.install = self.buttons.addButton(self.tr("保存并安装"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.install.setEnabled(False)
        self.buttons.accepted.connect(self.save_and_install)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.units_label)
        layout.addWidget(self.units)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _regions(self) -> list:
        tree = self.ws.catalog.units
        codes = dict.fromkeys([*(p.region for p in self.ws.catalog.plans), *(r.code for r in tree.roots)])
        return [tree.get(c) for c in codes if c in tree]

    def _browse(self) -> None:
        chosen = file_dialogs.open_file(self, self.tr("选择指标表"), self.tr("Excel 工作簿 (*.xlsx)"))
        if chosen is not None:
            self.sheet_path.setText(str(chosen))

    # Reading ---------------------------------------------------------------------------------

    def read(self) -> bool:
        """Read the sheet into proposals; False (with the reason shown) when it cannot."""
        try:
            years = plan_import.parse_years(self.years.text()) if self.years.text().strip() else None
            names = tuple(n.strip() for n in self.towns.text().replace("，", ",").replace("、", ",")
                          .split(",") if n.strip())
            given = plan_import.UnitsGiven(region=self.region.currentData() or "",
                                           region_name=self.region_name.text().strip(), names=names)
            self.draft, self.table_read = plan_import.make_draft(
                Path(self.sheet_path.text().strip()), given, plan_id=self.plan_id.text().strip(),
                title=self.title_edit.text().strip(), years=years, catalog=self.ws.catalog,
                data=self.ws.data)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法读取"), str(exc))
            return False
        self._fill()
        return True

    def _fill(self) -> None:
        assert self.draft is not None
        self.rows.blockSignals(True)
        self.rows.setRowCount(len(self.draft.indicators))
        for r, ind in enumerate(self.draft.indicators):
            self._fill_row(r, ind)
        self.rows.blockSignals(False)
        for column, width in _WIDTHS.items():
            self.rows.setColumnWidth(column, width)
        self.units.clear()
        for unit in self.draft.units:
            self.units.addItem(f"{unit.name}（{word(UNIT_TYPES.get(unit.type, unit.type))}，{unit.code}）")
        self.units.setVisible(bool(self.draft.units))
        self.units_label.setVisible(bool(self.draft.units))
        first = next((r for r, i in enumerate(self.draft.indicators) if i.questions), 0)
        self.rows.setCurrentCell(first, 2)
        self._explain(first)
        self._update_summary()

    def _explain(self, r: int) -> None:
        """The chosen row's questions and proposals in full, under the table."""
        if self.draft is None or not 0 <= r < len(self.draft.indicators):
            return
        ind = self.draft.indicators[r]
        lines = [self.tr("第 {0} 行 {1}").format(ind.row, ind.name)]
        lines += [self.tr("待确认：{0}").format(q.render()) for q in ind.questions]
        lines += [self.tr("建议：{0}").format("；".join(p.render() for p in ind.proposals))] if ind.proposals else []
        self.detail.setText("\n".join(lines))

    def _fill_row(self, r: int, ind: DraftIndicator) -> None:
        fixed = (str(ind.row), ind.section, ind.name)
        for c, text in enumerate(fixed):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.rows.setItem(r, c, item)
        for c, (key, words) in _COMBOS.items():
            self.rows.setCellWidget(r, c, self._combo(r, key, words, getattr(ind, key)))
        for c, key in _TEXTS.items():
            self.rows.setItem(r, c, QTableWidgetItem(_shown(ind, key)))
        ask = QTableWidgetItem(ind.questions[0].render() if ind.questions else "")
        ask.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if ind.questions or self._answered(r):
            ask.setFlags(ask.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ask.setCheckState(Qt.CheckState.Unchecked if ind.questions else Qt.CheckState.Checked)
            ask.setText(ask.text() or self.tr("已确认"))
        ask.setToolTip("\n".join(q.render() for q in ind.questions))
        self.rows.setItem(r, ASK, ask)
        self._colour(r, bool(ind.questions))
        tip = "\n".join(p.render() for p in ind.proposals)
        for c in range(len(COLUMNS) - 1):
            shown = self.rows.item(r, c)
            if shown is not None:
                shown.setToolTip(tip)

    def _answered(self, r: int) -> bool:
        item = self.rows.item(r, ASK)
        return item is not None and item.checkState() == Qt.CheckState.Checked and bool(
            item.flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def _combo(self, r: int, key: str, words: dict[str, str], current: str | None) -> QComboBox:
        box = QComboBox()
        if key != "kind":
            box.addItem("—", "")
        for value, text in words.items():
            box.addItem(word(text), value)
        box.setCurrentIndex(max(0, box.findData(current or "")))
        box.currentIndexChanged.connect(lambda _i, r=r, key=key, box=box: self._chosen(r, key, box))
        return box

    def _chosen(self, r: int, key: str, box: QComboBox) -> None:
        assert self.draft is not None
        edit(self.draft.indicators[r], key, box.currentData() or "", self._last_year())
        self.rows.blockSignals(True)
        self._fill_row(r, self.draft.indicators[r])
        self.rows.blockSignals(False)
        self._update_summary()

    def _edited(self, item: QTableWidgetItem) -> None:
        assert self.draft is not None
        ind = self.draft.indicators[item.row()]
        if item.column() == ASK:
            if item.checkState() == Qt.CheckState.Checked:
                ind.questions.clear()  # the office has answered: the draft no longer asks
            self._colour(item.row(), item.checkState() != Qt.CheckState.Checked)
            self._explain(item.row())
        elif item.column() in _TEXTS:
            edit(ind, _TEXTS[item.column()], item.text(), self._last_year())
        self._update_summary()

    def _last_year(self) -> int:
        assert self.draft is not None
        return int(self.draft.plan["years"][1])  # type: ignore[index]

    def _colour(self, r: int, open_question: bool) -> None:
        for c in range(len(COLUMNS)):
            item = self.rows.item(r, c)
            if item is not None:
                item.setBackground(QUESTION if open_question else QColor(Qt.GlobalColor.white))

    def _update_summary(self) -> None:
        assert self.draft is not None
        open_rows = len(self.draft.open_rows) + (1 if self.draft.questions else 0)
        plan = self.draft.plan
        text = self.tr("规划 {0}（{1}–{2}年），{3} 项指标。").format(
            plan["id"], plan["years"][0], plan["years"][1], len(self.draft.indicators))  # type: ignore[index]
        if self.draft.questions:
            text += " " + "；".join(q.render() for q in self.draft.questions)
        if open_rows:
            asks = self.tr("黄色的 {0} 行待确认（选中一行可看全文），改好后勾选“待确认”。")
            text += " " + asks.format(open_rows)
        self.summary.setText(text)
        self.install.setEnabled(open_rows == 0)

    # Installing ------------------------------------------------------------------------------

    def save_and_install(self) -> None:
        assert self.draft is not None and self.table_read is not None
        self.draft.questions.clear()  # years and title are the office's, as shown above
        try:
            folder = plan_import.save_and_install(self.draft, self.table_read,
                                                  Path(self.sheet_path.text().strip()))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未安装"), str(exc))
            return
        self.installed = str(folder)
        self.accept()


def _shown(ind: DraftIndicator, key: str) -> str:
    if key == "target":
        return "；".join(f"{t.year}年 {t.text}" if len(ind.targets) > 1 else t.text
                        for t in ind.targets)
    if key == "reporting_level":
        return ", ".join(ind.reporting_level)
    return str(getattr(ind, key) or "")


class PlanListDialog(QDialog):
    """方案列表: the shipped and the added plans, where each lives; add and remove."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.changed = False
        self.setWindowTitle(self.tr("方案列表"))
        self.resize(980, 420)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("规划名称"), self.tr("版本"),
                                              self.tr("来源"), self.tr("状态")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        add, remove = QPushButton(self.tr("添加方案…")), QPushButton(self.tr("移除选中的方案"))
        add.clicked.connect(lambda: self.add())
        remove.clicked.connect(lambda: self.remove())
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        self.folder = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.fill()

    def fill(self) -> None:
        self.listed = plans.list_plans()
        self.table.setRowCount(len(self.listed))
        where = {"shipped": self.tr("随程序提供"), "added": self.tr("本单位添加"), "extra": self.tr("附加目录")}
        for r, p in enumerate(self.listed):
            state = self.tr("使用中") if p.active else (
                self.tr("文件有误") if p.problem else self.tr("未生效（有更高版本）"))
            for c, text in enumerate((p.id, p.title, str(p.version), where[p.origin], state)):
                item = QTableWidgetItem(text)
                item.setToolTip(p.problem or str(p.path))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        from desktop.paths import office_catalogs_dir

        self.folder.setText(self.tr("本单位的方案文件夹：{0}").format(office_catalogs_dir()))

    def add(self, paths: list[Path] | None = None) -> bool:
        if paths is None:
            chosen = file_dialogs.choose_folder(self, self.tr("选择方案文件夹（含 plans/）"))
            paths = [chosen] if chosen is not None else []
        if not paths:
            return False
        try:
            plans.add_plans(paths)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未添加"), str(exc))
            return False
        self.changed = True
        self.fill()
        return True

    def remove(self, plan_id: str | None = None) -> bool:
        if plan_id is None:
            row = self.table.currentRow()
            if row < 0:
                return False
            plan_id = self.listed[row].id
        values, baselines = stored.plan_figures(self.ws.data.db, plan_id)
        question = self.tr("移除方案 {0}？").format(plan_id)
        if values or baselines:
            question += self.tr("\n\n数据文件中有它的 {0} 个数值、{1} 条基数，会保留不动，重新添加后可再见到。").format(
                values, baselines)
        if QMessageBox.question(self, self.tr("移除方案"), question) != QMessageBox.StandardButton.Yes:
            return False
        try:
            plans.remove_plan(plan_id, (values, baselines), force=True, db_name=str(self.ws.data.path))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未移除"), str(exc))
            return False
        self.changed = True
        self.fill()
        return True


__all__ = ["NewPlanDialog", "PlanListDialog"]
