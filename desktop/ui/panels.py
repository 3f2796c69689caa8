"""The side panels: checks (entries jump to their cell), the selected cell's history, and
the indicator's definition and source sentence."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextBrowser, QWidget

from desktop.catalog import Indicator, Kind, Plan
from desktop.messages import msg, say
from desktop.messages.keys import FIELD_KEYS, KIND_BASE_KEYS
from desktop.records import AuditRecord
from desktop.rules.checks import Finding
from desktop.ui.words import word

KIND_WORDS = {"count": "计数", "amount": "数额", "rate": "比率", "per_capita": "每万人（人均）",
              "status": "状态", "text": "文本"}
HOW_WORDS = {"typed": "录入", "pasted": "粘贴", "imported": "导入", "undone": "撤销", "redo": "重做", "state": "状态",
             "demo": "演示", "renamed": "改编号"}


def kind_word(ind: Indicator) -> str:
    """类型 as the window shows it; a per-capita row says its own base (每千人, 每万人)."""
    if ind.kind is Kind.PER_CAPITA:
        per = KIND_BASE_KEYS.get(f"{ind.scale:.0f}")
        return say("kind.per_capita_of", per=msg(per) if per else f"{ind.scale:g}",
                   den=ind.denominator)
    return word(KIND_WORDS[ind.kind.value])


class ChecksPanel(QListWidget):
    jump_requested = Signal(str, str)  # indicator id, field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)

    def show_findings(self, plan: Plan, findings: tuple[Finding, ...]) -> None:
        self.clear()
        if not findings:
            item = QListWidgetItem(self.tr("审核通过：没有错误或警告。"))
            item.setForeground(QColor("#1e7b34"))
            self.addItem(item)
            return
        for finding in sorted(findings, key=lambda f: (not f.blocking, f.explained)):
            word = self.tr("错误") if finding.blocking else (
                self.tr("警告（已说明）") if finding.explained else self.tr("警告"))
            name = plan.indicator(finding.indicator).name
            item = QListWidgetItem(say("check.listed", severity=word, name=name, message=finding.message()))
            item.setData(Qt.ItemDataRole.UserRole, (finding.indicator, finding.field))
            item.setForeground(QColor("#b00020") if finding.blocking else QColor("#8a5a00"))
            self.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.jump_requested.emit(*target)


class HistoryPanel(QListWidget):
    def show_history(self, records: list[AuditRecord]) -> None:
        self.clear()
        if not records:
            self.addItem(self.tr("此单元格尚无修改记录。"))
        for r in records:
            how = word(HOW_WORDS.get(r.how, r.how))
            reason = say("history.reason", reason=r.reason) if r.reason else ""
            field = say(FIELD_KEYS[r.field]) if r.field in FIELD_KEYS else r.field
            empty = say("history.empty")
            self.addItem(say("history.line", at=r.at, who=r.who, how=how, field=field,
                             old=r.old or empty, new=r.new or empty, reason=reason))


class DefinitionPanel(QTextBrowser):
    def show_indicator(self, ind: Indicator | None) -> None:
        if ind is None:
            self.clear()
            return
        e = html.escape
        parts = [f"<h3>{e(ind.name)}</h3>",
                 f"<p><b>{self.tr('编号')}</b> {e(ind.id)}　<b>{self.tr('单位')}</b> {e(ind.unit or '—')}"
                 f"　<b>{self.tr('类型')}</b> {e(kind_word(ind))}</p>"]
        if ind.description:
            parts.append(f"<p>{e(ind.description)}</p>")
        if ind.numerator:
            parts.append(f"<p><b>{self.tr('分子')}</b> {e(ind.numerator)}<br>"
                         f"<b>{self.tr('分母')}</b> {e(ind.denominator)}</p>")
        if ind.definition:
            parts.append(f"<p><b>{self.tr('口径')}</b> {e(ind.definition)}</p>")
        if ind.targets:
            targets = say("target.list_joiner").join(say("target.in_year", year=t.year, text=e(t.text))
                                                      for t in ind.targets)
            parts.append(f"<p><b>{self.tr('目标')}</b> {targets}</p>")
        if ind.responsible:
            parts.append(f"<p><b>{self.tr('责任单位')}</b> {e('、'.join(ind.responsible))}</p>")
        parts.append(f"<p><b>{self.tr('出处')}</b> {e(ind.source.section)}<br>"
                     f"<i>“{e(ind.source.quote)}”</i></p>")
        for conflict in ind.conflicts:
            parts.append(f"<p style='color:#8a5a00'><b>{self.tr('原文不一致')}</b> {conflict.year}年 "
                         f"{e(conflict.text)}（{e(conflict.source.section)}）：{e(conflict.note)}</p>")
        if ind.note:
            parts.append(f"<p style='color:#555'>{e(ind.note)}</p>")
        self.setHtml("".join(parts))
