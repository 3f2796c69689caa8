"""The report's columns for each plan shape (DESIGN §5), in one place: the writer lays
them out, `_meta` records where each input column went, the import reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.catalog import Layout

INPUT_KEYS = ("numerator", "denominator", "value", "note")
HEADER_ROW = 4  # rows 1–3: title, period, 填报单位 and 统计截止; then the header


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: float

    @property
    def is_input(self) -> bool:
        return self.key in INPUT_KEYS


def columns_for(layout: Layout, year: int) -> tuple[Column, ...]:
    if layout is Layout.STATISTICS:
        # 本年数 is the year's figure so far (本年累计 of a flow, the latest of a stock), and
        # 增减 compares it with 上年数: what an annual bulletin publishes.
        return (
            Column("seq", "序号", 5), Column("section", "类别", 12),
            Column("name", "指标名称", 34), Column("unit", "单位", 8),
            Column("baseline", "上年数", 11), Column("numerator", "分子", 10),
            Column("denominator", "分母", 10), Column("value", "本季度", 10),
            Column("ytd", "本年数", 11), Column("change", "增减", 10),
            Column("change_ratio", "增减率", 9), Column("note", "备注", 24),
        )
    name = "任务（指标）名称" if layout is Layout.TASKS else "指标名称"
    return (
        Column("seq", "序号", 5), Column("section", "类别", 10), Column("name", name, 30),
        Column("unit", "单位", 7), Column("target", f"{year}年目标", 11),
        Column("attribute", "属性", 7), Column("responsible", "责任单位", 13),
        Column("baseline", "上年基数", 10), Column("numerator", "分子", 9),
        Column("denominator", "分母", 9), Column("value", "本季度", 10),
        Column("ytd", "本年累计", 10), Column("progress", "完成进度", 11),
        Column("note", "备注", 22),
    )


def letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text
