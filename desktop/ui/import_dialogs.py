"""The import summary (DESIGN §6, issue 17 item 13): before anything is written, each file
on its own lines — its unit, period and signature, what it adds, the conflicts and what it
would clear by name, its warnings and why it is refused — and, where it differs from what
is here, a choice per file: 采用报表 (replace) or 保留本地 (skip)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog import Catalog
from desktop.messages import say
from desktop.messages.keys import FIELD_KEYS, TRUST_STATE_KEYS
from desktop.periods import Period, PeriodError
from desktop.usecases.importing import (
    Conflict,
    FileSummary,
    ImportPlan,
    choice_of,
    with_choices,
)
from desktop.usecases.workspace import Workspace

SIGNATURE_COLOURS = {"verified": "#1e7b34", "unsigned": "#8a5a00", "invalid": "#b00020"}
REFUSED, WARNING, NOTE = "#b00020", "#8a5a00", "#333333"
SHOWN_CONFLICTS = 10  # conflicts listed one by one; the rest counted


def shown_value(value: object) -> str:
    """A figure as the clerk typed it: 40, not 40.0; 42.5; a status or text as it is."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return "" if value is None else str(value)


def period_words(period: str) -> str:
    try:
        return Period.parse(period).shown.render()
    except PeriodError:
        return period


class ImportSummaryDialog(QDialog):
    """Nothing has been written yet; 导入 commits the whole batch under each file's choice."""

    FILE, UNIT, PERIOD, SIGNED, CHOICE = range(5)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None,
                 catalog: Catalog | None = None, ws: Workspace | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览"))
        self.resize(1000, 560)
        self.plan, self.catalog, self.ws = plan, catalog or (ws.catalog if ws else None), ws
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("文件"), self.tr("单位"), self.tr("统计期"), self.tr("验证"),
                                   self.tr("冲突处理")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.commit_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self._fill()

    # What the dialog shows ---------------------------------------------------------------

    def _fill(self) -> None:
        self.tree.clear()
        self.choices: list[QComboBox | None] = []
        for summary in self.plan.files:
            self._add_file(summary)
        self.tree.expandAll()
        for column in (self.UNIT, self.PERIOD, self.SIGNED, self.CHOICE):
            self.tree.resizeColumnToContents(column)
        refused = self.plan.refused
        self.verdict.setText(self.tr("有文件被拒绝：本批不会导入任何数据。请处理后重新导入。") if refused
                             else self.tr("尚未写入任何数据。点击“导入”将整批一次写入。"))
        self.verdict.setStyleSheet(f"color: {REFUSED}" if refused else "")
        self.commit_button.setEnabled(not refused)

    def _add_file(self, f: FileSummary) -> None:
        signed = say(TRUST_STATE_KEYS[f.signature]) if f.plan or f.signature == "invalid" else ""
        top = QTreeWidgetItem([f.name, f.unit_name, period_words(f.period), signed, ""])
        top.setToolTip(self.FILE, str(f.path))
        top.setForeground(self.SIGNED, QColor(SIGNATURE_COLOURS[f.signature]))
        font = top.font(self.FILE)
        font.setBold(True)
        top.setFont(self.FILE, font)
        if f.refused:
            for column in range(self.tree.columnCount()):
                top.setBackground(column, QColor("#F8D7DA"))
        self.tree.addTopLevelItem(top)
        for text, colour in self._lines(f):
            line = QTreeWidgetItem([text])
            line.setToolTip(self.FILE, text)
            line.setForeground(self.FILE, QColor(colour))
            top.addChild(line)
            line.setFirstColumnSpanned(True)
        self.choices.append(self._choice_box(top, f))

    def _choice_box(self, top: QTreeWidgetItem, f: FileSummary) -> QComboBox | None:
        if self.ws is None or f.refused or not (f.conflicts or f.clears):
            return None
        box = QComboBox()
        box.addItem(self.tr("采用报表"), "replace")
        box.addItem(self.tr("保留本地"), "skip")
        box.setCurrentIndex(max(0, box.findData(choice_of(self.plan, f))))
        box.setToolTip(self.tr("采用报表：冲突处以报表为准，报表中已无的项清除；保留本地：只导入本机没有的数值"))
        box.currentIndexChanged.connect(lambda _i, path=f.path, b=box: self.choose(path, str(b.currentData())))
        self.tree.setItemWidget(top, self.CHOICE, box)
        return box

    def _lines(self, f: FileSummary) -> list[tuple[str, str]]:
        lines = [(self.tr("拒绝：{0}").format(self._reason(f, str(p))), REFUSED) for p in f.refusals]
        if f.plan and not f.refused:
            lines.append((self._counts(f), NOTE))
        if f.signature != "invalid":  # an invalid one's reason leads the refusals
            lines += [(n, WARNING) for n in f.signature_notes]
        if f.changed_after_export:
            lines.append((self.tr("导出后数值被改动过"), WARNING))
        if f.filled_by:
            lines.append((self.tr("代填：{0}").format(f.filled_by), NOTE))
        lines += self._conflict_lines(f)
        lines += [(self.tr("警告：{0}：{1}").format(self._name(f, w.indicator), w.message()), WARNING)
                  for w in f.warnings]
        return lines

    def _counts(self, f: FileSummary) -> str:
        replacing = choice_of(self.plan, f) == "replace"
        parts = [self.tr("新增 {0} 项").format(f.adds)]
        if f.conflicts:
            parts.append(self.tr("替换 {0} 项").format(f.replaces) if replacing
                         else self.tr("保留本机 {0} 项").format(len(f.conflicts)))
        parts.append(self.tr("不变 {0} 项").format(f.keeps))
        return "，".join(parts)

    def _conflict_lines(self, f: FileSummary) -> list[tuple[str, str]]:
        lines = [(self._conflict(f, c), NOTE) for c in f.conflicts[:SHOWN_CONFLICTS]]
        if len(f.conflicts) > SHOWN_CONFLICTS:
            lines.append((self.tr("……另有 {0} 处不同").format(len(f.conflicts) - SHOWN_CONFLICTS), NOTE))
        if f.clears:
            names = "、".join(dict.fromkeys(self.tr("{0}（{1}）").format(self._name(f, c.indicator),
                                                                       say(FIELD_KEYS[c.field]))
                                           for c in f.clears))
            text = (self.tr("清除 {0} 项（报表中已无）：{1}") if choice_of(self.plan, f) == "replace"
                    else self.tr("报表中已无 {0} 项，保留本机：{1}"))
            lines.append((text.format(len(f.clears), names), NOTE))
        return lines

    def _conflict(self, f: FileSummary, c: Conflict) -> str:
        return self.tr("冲突：{0}（{1}）：本机 {2}，报表 {3}").format(
            self._name(f, c.indicator), say(FIELD_KEYS[c.field]), shown_value(c.old), shown_value(c.new))

    def _reason(self, f: FileSummary, text: str) -> str:
        return text.removeprefix(f.name).lstrip("：: ").strip() or text

    def _name(self, f: FileSummary, indicator: str) -> str:
        """An indicator as the clerk knows it: 设立家庭照护床位, never its id."""
        if self.catalog is None or f.plan not in self.catalog.plan_ids():
            return indicator
        plan = self.catalog.plan(f.plan)
        return plan.indicator(indicator).name if plan.has_indicator(indicator) else indicator

    # What a person does ------------------------------------------------------------------

    def choose(self, path: Path, choice: str) -> None:
        """采用报表 / 保留本地 for one file: the file summarised again under its choice."""
        if self.ws is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the file is read again
        try:
            self.plan = with_choices(self.ws, self.plan, {path: choice})
        finally:
            QApplication.restoreOverrideCursor()
        self._fill()

    def file_lines(self, index: int) -> list[str]:
        """The lines under one file, as shown (for tests and for copying)."""
        top = self.tree.topLevelItem(index)
        assert top is not None
        return [line.text(self.FILE) for i in range(top.childCount()) if (line := top.child(i))]

    def file_row(self, index: int) -> list[str]:
        top = self.tree.topLevelItem(index)
        assert top is not None
        return [top.text(c) for c in range(self.tree.columnCount())]
