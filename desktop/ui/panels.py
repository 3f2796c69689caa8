"""The side panels: checks (entries jump to their cell), the selected cell's history, and
the indicator's definition and source sentence."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextBrowser, QWidget

from desktop.catalog import Indicator, Kind, Plan
from desktop.messages import msg, say
from desktop.messages.keys import CHECK_WORD_KEYS, FIELD_KEYS, HISTORY_HOW_KEYS, KIND_BASE_KEYS
from desktop.records import AuditRecord
from desktop.rules.checks import Finding
from desktop.ui.words import word
from desktop.usecases.forms import check_sentence

KIND_WORDS = {"count": "计数", "amount": "数额", "rate": "比率", "per_capita": "每万人（人均）",
              "status": "状态", "text": "文本"}

def kind_word(ind: Indicator) -> str:
    """类型 as the window shows it; a per-capita row says its own base (每千人, 每万人)."""
    if ind.kind is Kind.PER_CAPITA:
        per = KIND_BASE_KEYS.get(f"{ind.scale:.0f}")
        return say("kind.per_capita_of", per=msg(per) if per else f"{ind.scale:g}",
                   den=ind.denominator)
    return word(KIND_WORDS[ind.kind.value])


def say_parts(ind: Indicator) -> str:
    """A rate's 口径 from its parts where the catalog gives no sentence: 分子 ÷ 分母 × 100%."""
    scale = "×100%" if ind.kind is Kind.RATE else f"×{ind.scale:g}" if ind.scale != 1 else ""
    return f"{ind.numerator} ÷ {ind.denominator}{scale}"


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
            which = "error" if finding.blocking else ("explained" if finding.explained else "warning")
            ind = plan.indicator(finding.indicator)
            item = QListWidgetItem(say("entry_ux.check.line", word=say(CHECK_WORD_KEYS[which]),
                                       name=ind.name, text=check_sentence(ind, finding)))
            item.setData(Qt.ItemDataRole.UserRole, (finding.indicator, finding.field))
            item.setForeground(QColor("#b00020") if finding.blocking else
                               QColor("#1e7b34") if finding.explained else QColor("#8a5a00"))
            self.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.jump_requested.emit(*target)


def history_line(record: AuditRecord) -> str:
    """One change in the clerk's words: 分子/分母/数值/备注, 删除 for a cleared cell, 导入（文件名）."""
    field = say(FIELD_KEYS[record.field]) if record.field in FIELD_KEYS else record.field
    at = record.at[:16].replace("T", " ")
    if record.how == "imported":
        how = say("entry_ux.history.how.imported", file=Path(record.reason or "").name or "—")
        reason = ""
    else:
        how = say(HISTORY_HOW_KEYS[record.how]) if record.how in HISTORY_HOW_KEYS else record.how
        reason = say("entry_ux.history.reason", reason=record.reason) if record.reason else ""
    if record.new in (None, "") and record.old not in (None, ""):
        return say("entry_ux.history.delete", at=at, who=record.who, field=field, old=record.old) + reason
    if record.old in (None, ""):
        return say("entry_ux.history.first", at=at, who=record.who, how=how, field=field,
                   new=record.new) + reason
    return say("entry_ux.history.set", at=at, who=record.who, how=how, field=field,
               old=record.old, new=record.new) + reason


class HistoryPanel(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def show_history(self, records: list[AuditRecord]) -> None:
        self.clear()
        if not records:
            self.addItem(say("entry_ux.history.none"))
        for r in records:
            self.addItem(history_line(r))


class DefinitionPanel(QTextBrowser):
    def show_indicator(self, ind: Indicator | None) -> None:
        if ind is None:
            self.clear()
            return
        e = html.escape
        # The name and its 口径 first: what the clerk needs to fill the row in.
        parts = [f"<h3>{e(ind.name)}</h3>"]
        if ind.definition or ind.numerator:
            parts.append(f"<p><b>{self.tr('口径')}</b> {e(ind.definition or say_parts(ind))}</p>")
        if ind.numerator and ind.definition:
            parts.append(f"<p><b>{self.tr('分子')}</b> {e(ind.numerator)}<br>"
                         f"<b>{self.tr('分母')}</b> {e(ind.denominator)}</p>")
        if ind.description:
            parts.append(f"<p>{e(ind.description)}</p>")
        parts.append(f"<p><b>{self.tr('单位')}</b> {e(ind.unit or '—')}"
                     f"　<b>{self.tr('类型')}</b> {e(kind_word(ind))}</p>")
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
        parts.append(f"<p style='color:#888; font-size:small'>{e(say('entry_ux.definition.id', id=ind.id))}</p>")
        self.setHtml("".join(parts))
