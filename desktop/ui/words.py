"""Words the window shows from tables of data (column titles, states, kinds, unit types):
marked here so Qt's lupdate finds them, translated at display time with `word()`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "words"

_MARKED = (
    QT_TRANSLATE_NOOP("words", "序号"), QT_TRANSLATE_NOOP("words", "类别"),
    QT_TRANSLATE_NOOP("words", "指标名称"), QT_TRANSLATE_NOOP("words", "单位"),
    QT_TRANSLATE_NOOP("words", "目标"), QT_TRANSLATE_NOOP("words", "属性"),
    QT_TRANSLATE_NOOP("words", "上年基数"), QT_TRANSLATE_NOOP("words", "分子"),
    QT_TRANSLATE_NOOP("words", "分母"), QT_TRANSLATE_NOOP("words", "本季度"),
    QT_TRANSLATE_NOOP("words", "本年累计"), QT_TRANSLATE_NOOP("words", "完成进度"),
    QT_TRANSLATE_NOOP("words", "备注"), QT_TRANSLATE_NOOP("words", "草稿"),
    QT_TRANSLATE_NOOP("words", "已报送"), QT_TRANSLATE_NOOP("words", "已锁定"),
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


def word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
