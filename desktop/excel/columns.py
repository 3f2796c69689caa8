"""The report's columns for each plan shape (DESIGN §5), in one place: the writer lays
them out, `_meta` records where each input column went, the import reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.catalog import Layout

INPUT_KEYS = ("numerator", "denominator", "value", "note")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: float


def columns_for(layout: Layout, year: int) -> tuple[Column, ...]:
    if layout is Layout.STATISTICS:
        # 本年数 is the year's figure so far (本年累计 of a flow, the latest of a stock); 增减
        # compares it with the same period last year (上年同期), never half a year with a
        # whole one; a rate's change is in 百分点.
        return (
            Column("seq", "序号", 5), Column("section", "类别", 11),
            Column("name", "指标名称", 30), Column("unit", "单位", 7),
            Column("baseline", "上年数", 10), Column("numerator", "分子", 9),
            Column("denominator", "分母", 9), Column("value", "本季度", 10),
            Column("ytd", "本年数", 10), Column("last_year", "上年同期", 10),
            Column("change", "比上年同期增减", 12), Column("change_ratio", "增减率", 8),
            Column("note", "备注", 20),
        )
    name = "任务（指标）名称" if layout is Layout.TASKS else "指标名称"
    return (
        Column("seq", "序号", 5), Column("section", "类别", 11), Column("name", name, 30),
        Column("unit", "单位", 7), Column("target", f"{year}年目标", 11),
        Column("attribute", "属性", 7), Column("responsible", "责任单位", 15),
        Column("baseline", "上年基数", 10), Column("numerator", "分子", 9),
        Column("denominator", "分母", 9), Column("value", "本季度", 10),
        Column("ytd", "本年累计", 10), Column("progress", "完成进度", 15),
        Column("note", "备注", 17),
    )


def column_index(letters: str) -> int:
    """A → 0, Z → 25, AA → 26: the inverse of `letter`."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text
