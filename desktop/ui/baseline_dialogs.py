"""文件 → 导入上年基数 (DESIGN §6, issue 17 item 12): the same use cases as `yinling import
--baseline`. A preview of every file — what matched (indicator, unit, figure, cell), the
names that did not, each with the program's proposal and a list to choose the indicator
from (remembered in the data file once imported, as `--map` is), the unit columns
recognised or chosen, what was not read and why — then one commit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.catalog import Plan
from desktop.errors import UserError
from desktop.records import BaselineValue
from desktop.ui import file_dialogs
from desktop.ui.import_dialogs import REFUSED, WARNING, shown_value
from desktop.usecases import forms
from desktop.usecases.baselines import BaselineFile, BaselinePlan, commit_baseline_import, plan_baseline_import
from desktop.usecases.workspace import Changes, Workspace

NOT_IMPORTED = ""  # the choice 不导入 in a list


class BaselineImportDialog(QDialog):
    """Year, plan and a long sheet's unit at the top; the preview below; 导入 commits."""

    NAME, UNIT, VALUE, CELL = range(4)

    def __init__(self, ws: Workspace, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入上年基数"))
        self.resize(1000, 640)
        self.ws, self.paths = ws, list(paths)
        self.mappings: dict[str, str] = {}
        self.unit_names: dict[str, str] = {}
        self.plan: BaselinePlan | None = None
        self.year, self.plans, self.long_unit = QSpinBox(), QComboBox(), QComboBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year - 1)
        for plan in forms.plans_of(ws, ws.own_unit):
            self.plans.addItem(plan.short_title, plan.id)
        for unit, depth in forms.units_for(ws):
            self.long_unit.addItem("　" * depth + unit.name, unit.code)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("指标 / 名称"), self.tr("单位"), self.tr("基数"), self.tr("单元格")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.UNIT, 200), (self.VALUE, 170), (self.CELL, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.proposals_button = QPushButton(self.tr("采用全部建议"))
        self.proposals_button.clicked.connect(self.take_proposals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.proposals_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.commit_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self.refresh()
        for box in (self.plans, self.long_unit):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, widget in ((self.tr("基数年份"), self.year), (self.tr("规划"), self.plans),
                              (self.tr("未注明填报单位的表归于"), self.long_unit)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        return row

    @property
    def plan_id(self) -> str:
        return str(self.plans.currentData() or "")

    def catalog_plan(self) -> Plan:
        return self.ws.plan(self.plan_id)

    # Reading again after each choice ------------------------------------------------------

    def refresh(self) -> None:
        """Read the files again under the choices made so far; nothing is written."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_baseline_import(self.ws, self.paths, self.year.value(), self.plan_id or None,
                                             str(self.long_unit.currentData() or ""), self.mappings,
                                             self.unit_names)
        except UserError as exc:
            self.plan = None
            self.tree.clear()
            self._verdict(str(exc), refused=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._fill()

    def choose_indicator(self, name: str, indicator: str) -> None:
        if indicator == NOT_IMPORTED:
            self.mappings.pop(name, None)
        else:
            self.mappings[name] = indicator
        self.refresh()

    def choose_unit(self, heading: str, unit: str) -> None:
        if unit == NOT_IMPORTED:
            self.unit_names.pop(heading, None)
        else:
            self.unit_names[heading] = unit
        self.refresh()

    def take_proposals(self) -> None:
        """采用全部建议: every unmatched name with a proposal confirmed at once."""
        assert self.plan is not None
        for f in self.plan.files:
            for u in f.unmatched:
                if u.proposal:
                    self.mappings[u.name] = u.proposal
        self.refresh()

    # What the preview shows ---------------------------------------------------------------

    def _fill(self) -> None:
        assert self.plan is not None
        self.tree.clear()
        self.indicator_boxes: dict[str, QComboBox] = {}
        self.unit_boxes: dict[str, QComboBox] = {}
        self.long_groups: list[QTreeWidgetItem] = []
        for f in self.plan.files:
            self._add_file(f)
        self._confirmed()
        self.tree.expandAll()
        for group in self.long_groups:  # a whole report's rows: its count shown, opened on demand
            group.setExpanded(False)
        count = sum(len(f.values) for f in self.plan.files)
        waiting = sum(1 for f in self.plan.files for u in f.unmatched if u.proposal)
        self.proposals_button.setEnabled(bool(waiting))
        if self.plan.refused:
            self._verdict(self.tr("有文件被拒绝：不会导入任何基数。请处理后重新导入。"), refused=True)
        else:
            self._verdict(self.tr("尚未写入。点击“导入”将 {0} 个 {1} 年基数一次写入；确认过的名称会被记住。")
                          .format(count, self.year.value()), refused=False)
        self.commit_button.setEnabled(not self.plan.refused and count > 0)

    def _verdict(self, text: str, refused: bool) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {REFUSED}" if refused else "")
        self.commit_button.setEnabled(not refused and self.plan is not None)

    def _add_file(self, f: BaselineFile) -> None:
        shape = {"report": self.tr("上年报表"), "long": self.tr("长表（指标, 数值）"),
                 "wide": self.tr("宽表（指标 × 单位）")}.get(f.shape, "")
        top = QTreeWidgetItem([f"{f.name}　{shape}"])
        top.setToolTip(self.NAME, str(f.path))
        font = top.font(self.NAME)
        font.setBold(True)
        top.setFont(self.NAME, font)
        self.tree.addTopLevelItem(top)
        top.setFirstColumnSpanned(True)
        for problem in f.refusals:
            self._line(top, self.tr("拒绝：{0}").format(str(problem).removeprefix(f.name).lstrip("：: ")),
                       REFUSED)
        if f.changed_after_export:
            self._line(top, self.tr("导出后数值被改动过"), WARNING)
        self._units(top, f)
        self._unmatched(top, f)
        self._matched(top, f)
        if f.skipped:
            group = self._line(top, self.tr("未导入的行和列 {0} 处").format(len(f.skipped)), "#555")
            for problem in f.skipped:
                self._line(group, str(problem).removeprefix(f.name).lstrip("：: "), "#555")

    def _line(self, parent: QTreeWidgetItem, text: str, colour: str = "#333") -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setToolTip(self.NAME, text)
        item.setForeground(self.NAME, QColor(colour))
        parent.addChild(item)
        item.setFirstColumnSpanned(True)
        return item

    def _unit_name(self, code: str) -> str:
        return self.ws.unit(code).name if code else ""

    def _units(self, top: QTreeWidgetItem, f: BaselineFile) -> None:
        if f.shape == "long":
            where = self.tr("表中“填报单位”") if f.unit_from_sheet else self.tr("表中未注明，按上方所选")
            self._line(top, self.tr("填报单位：{0}（{1}）").format(self._unit_name(f.unit), where))
        if not (f.unit_columns or f.unknown_units):
            return
        group = self._line(top, self.tr("单位列：识别 {0} 个，未识别 {1} 个").format(
            len(f.unit_columns), len(f.unknown_units)))
        for ref, heading, code in f.unit_columns:
            chosen = heading in self.unit_names
            item = QTreeWidgetItem([self.tr("“{0}”").format(heading), self._unit_name(code), "", ref])
            item.setToolTip(self.UNIT, self.tr("已选择") if chosen else self.tr("按名称识别"))
            group.addChild(item)
            if chosen:
                self.unit_boxes[heading] = self._unit_box(item, heading, code)
        for ref, heading in f.unknown_units:
            item = QTreeWidgetItem([self.tr("“{0}”：不是已知单位，请选择").format(heading), "", "", ref])
            item.setForeground(self.NAME, QColor(WARNING))
            group.addChild(item)
            self.unit_boxes[heading] = self._unit_box(item, heading, NOT_IMPORTED)

    def _unit_box(self, item: QTreeWidgetItem, heading: str, current: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("（不导入）"), NOT_IMPORTED)
        for index in range(self.long_unit.count()):
            box.addItem(self.long_unit.itemText(index).strip("　"), self.long_unit.itemData(index))
        box.setCurrentIndex(max(0, box.findData(current)))
        box.currentIndexChanged.connect(lambda _i: self.choose_unit(heading, str(box.currentData())))
        self.tree.setItemWidget(item, self.UNIT, box)
        return box

    def _matched(self, top: QTreeWidgetItem, f: BaselineFile) -> None:
        if not f.values:
            return
        group = self._line(top, self.tr("已匹配 {0} 项").format(len(f.values)), "#1e7b34")
        if len(f.values) > 12:
            self.long_groups.append(group)
        plan = self.ws.catalog.plan(f.values[0].indicator.split(".")[0])
        for value, source in zip(f.values, f.sources, strict=False):
            name = plan.indicator(value.indicator).name if plan.has_indicator(value.indicator) else value.indicator
            item = QTreeWidgetItem([name, self._unit_name(value.unit), self._figure(value, plan), source])
            group.addChild(item)

    def _figure(self, value: BaselineValue, plan: Plan) -> str:
        """40 张; 42.5 % (85/200) for a rate from its parts."""
        unit = plan.indicator(value.indicator).unit
        shown = shown_value(None if value.value is None else round(value.value, 2))
        shown = f"{shown}{unit}" if unit == "%" else f"{shown} {unit}".strip()
        if value.numerator is not None and value.denominator is not None:
            shown = self.tr("{0}（{1}/{2}）").format(shown, shown_value(value.numerator),
                                                  shown_value(value.denominator))
        return shown

    def _confirmed(self) -> None:
        """Names confirmed in this dialog, each with its list to change or undo the choice."""
        if not self.mappings:
            return
        plan = self.catalog_plan()
        group = QTreeWidgetItem([self.tr("本次确认的名称 {0} 个（导入后记住）").format(len(self.mappings))])
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        for name, indicator in self.mappings.items():
            item = QTreeWidgetItem([self.tr("“{0}”").format(name)])
            group.addChild(item)
            box = self._indicator_box(item, name, "", plan)
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(indicator)))
            box.blockSignals(False)
            self.indicator_boxes[name] = box

    def _unmatched(self, top: QTreeWidgetItem, f: BaselineFile) -> None:
        if not f.unmatched:
            return
        group = self._line(top, self.tr("未匹配的名称 {0} 个：请选择对应指标（导入后记住）").format(
            len(f.unmatched)), WARNING)
        plan = self.catalog_plan()
        for u in f.unmatched:
            proposal = plan.indicator(u.proposal).name if u.proposal and plan.has_indicator(u.proposal) else ""
            text = self.tr("“{0}”　建议：{1}").format(u.name, proposal) if proposal else \
                self.tr("“{0}”　无相近指标").format(u.name)
            item = QTreeWidgetItem([text, "", "", u.where])
            item.setToolTip(self.NAME, text)
            group.addChild(item)
            self.indicator_boxes[u.name] = self._indicator_box(item, u.name, u.proposal, plan)

    def _indicator_box(self, item: QTreeWidgetItem, name: str, proposal: str, plan: Plan) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("（不导入）"), NOT_IMPORTED)
        if proposal and plan.has_indicator(proposal):
            box.addItem(self.tr("建议：{0}").format(plan.indicator(proposal).name), proposal)
        for ind in plan.indicators:
            if ind.kind.is_number and ind.id != proposal:
                box.addItem(ind.name, ind.id)
        box.setMaxVisibleItems(20)
        box.currentIndexChanged.connect(lambda _i: self.choose_indicator(name, str(box.currentData())))
        self.tree.setItemWidget(item, self.UNIT, box)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return box


def _tr(text: str) -> str:
    return QCoreApplication.translate("BaselineImportDialog", text)


def import_baselines(parent: QWidget | None, ws: Workspace, paths: list[Path] | None = None) -> Changes:
    """文件 → 导入上年基数…: choose the files, preview, commit. Returns what changed."""
    if paths is None:
        paths = file_dialogs.open_files(parent, _tr("选择上年基数表或上年第四季度报表"), Path.home(),
                                        _tr("Excel 工作簿 (*.xlsx);;所有文件 (*)"))
    if not paths:
        return Changes()
    dialog = BaselineImportDialog(ws, paths, parent)
    if not dialog.exec() or dialog.plan is None:
        return Changes()
    try:
        changes = commit_baseline_import(ws, dialog.plan)
    except UserError as exc:
        QMessageBox.warning(parent, _tr("未导入"), str(exc))
        return Changes()
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(_tr("已导入 {0} 个上年基数").format(changes.baselines), 10000)
    return changes
