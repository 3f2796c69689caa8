"""Words the window shows from tables of data (column titles, states, kinds, unit types):
marked here so Qt's lupdate finds them, translated at display time with `word()`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.messages import Message, say
from desktop.messages.words import ATTRIBUTE_KEYS

CONTEXT = "words"

_MARKED = (
    QT_TRANSLATE_NOOP("words", "序号"), QT_TRANSLATE_NOOP("words", "类别"),
    QT_TRANSLATE_NOOP("words", "指标名称"), QT_TRANSLATE_NOOP("words", "单位"),
    QT_TRANSLATE_NOOP("words", "目标"), QT_TRANSLATE_NOOP("words", "属性"),
    QT_TRANSLATE_NOOP("words", "上年基数"), QT_TRANSLATE_NOOP("words", "分子"),
    QT_TRANSLATE_NOOP("words", "分母"), QT_TRANSLATE_NOOP("words", "本季度"),
    QT_TRANSLATE_NOOP("words", "本年累计"), QT_TRANSLATE_NOOP("words", "完成进度"),
    QT_TRANSLATE_NOOP("words", "备注"),
    QT_TRANSLATE_NOOP("words", "计数"), QT_TRANSLATE_NOOP("words", "数额"),
    QT_TRANSLATE_NOOP("words", "比率"), QT_TRANSLATE_NOOP("words", "每万人（人均）"),
    QT_TRANSLATE_NOOP("words", "状态"), QT_TRANSLATE_NOOP("words", "文本"),
    QT_TRANSLATE_NOOP("words", "录入"), QT_TRANSLATE_NOOP("words", "粘贴"),
    QT_TRANSLATE_NOOP("words", "导入"), QT_TRANSLATE_NOOP("words", "撤销"),
    QT_TRANSLATE_NOOP("words", "重做"),
    QT_TRANSLATE_NOOP("words", "演示"), QT_TRANSLATE_NOOP("words", "省"),
    QT_TRANSLATE_NOOP("words", "市"), QT_TRANSLATE_NOOP("words", "县（市、区）"),
    QT_TRANSLATE_NOOP("words", "区"), QT_TRANSLATE_NOOP("words", "镇"),
    QT_TRANSLATE_NOOP("words", "乡"), QT_TRANSLATE_NOOP("words", "街道"),
    QT_TRANSLATE_NOOP("words", "场"), QT_TRANSLATE_NOOP("words", "部门"),
    QT_TRANSLATE_NOOP("words", "已达标"), QT_TRANSLATE_NOOP("words", "进度正常"),
    QT_TRANSLATE_NOOP("words", "略有滞后"), QT_TRANSLATE_NOOP("words", "明显滞后"),
    QT_TRANSLATE_NOOP("words", "向末年目标推进"), QT_TRANSLATE_NOOP("words", "文件"),
    QT_TRANSLATE_NOOP("words", "统计期"), QT_TRANSLATE_NOOP("words", "新增"),
    QT_TRANSLATE_NOOP("words", "替换"), QT_TRANSLATE_NOOP("words", "不变"),
    QT_TRANSLATE_NOOP("words", "冲突"), QT_TRANSLATE_NOOP("words", "警告"),
    QT_TRANSLATE_NOOP("words", "说明"), QT_TRANSLATE_NOOP("words", "期末数"),
    QT_TRANSLATE_NOOP("words", "本期新增"), QT_TRANSLATE_NOOP("words", "不低于"),
    QT_TRANSLATE_NOOP("words", "不高于"), QT_TRANSLATE_NOOP("words", "完成"),
    QT_TRANSLATE_NOOP("words", "改编号"),
)
# The indicator panel's labels: its self.tr() calls sit inside f-strings, where lupdate
# does not look, so they are marked here in the panel's own context.
_DEFINITION = (
    QT_TRANSLATE_NOOP("DefinitionPanel", "编号"), QT_TRANSLATE_NOOP("DefinitionPanel", "单位"),
    QT_TRANSLATE_NOOP("DefinitionPanel", "类型"), QT_TRANSLATE_NOOP("DefinitionPanel", "分子"),
    QT_TRANSLATE_NOOP("DefinitionPanel", "分母"), QT_TRANSLATE_NOOP("DefinitionPanel", "口径"),
    QT_TRANSLATE_NOOP("DefinitionPanel", "目标"), QT_TRANSLATE_NOOP("DefinitionPanel", "责任单位"),
    QT_TRANSLATE_NOOP("DefinitionPanel", "出处"), QT_TRANSLATE_NOOP("DefinitionPanel", "原文不一致"),
)


def word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_text(text: Message | str) -> str:
    """What the core composed (progress, a target's qualifier) in the window's language."""
    return text.render() if isinstance(text, Message) else text


def attribute_word(text: str) -> str:
    """属性 (约束性, 预期性) in the window's language; anything else as the catalog writes it."""
    key = ATTRIBUTE_KEYS.get(text)
    return say(key) if key else text
