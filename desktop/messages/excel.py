"""Reading and writing report workbooks (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "import.header_changed": (
        "报表隐藏的 _meta 信息（单位、统计期、规划、版本或类型）导出后被改动过，"
        "无法确认这份报表属于哪个单位、哪个季度，拒绝导入。请让填报单位重新导出。",
        "The report's hidden _meta (unit, period, plan, version or kind) was changed after export:"
        " whose quarter it is cannot be told, so it is refused. Ask the unit to export it again."),
    "import.visible_unit": ("表头的“{shown}”与报表隐藏信息记录的填报单位“{meta}”不一致，拒绝导入。",
                            "The title '{shown}' does not name the unit the report's hidden data"
                            " records ({meta}); refused."),
    "import.visible_period": ("表头的统计期“{shown}”与报表隐藏信息记录的“{meta}”不一致，拒绝导入。",
                              "The period printed '{shown}' does not match the one the report's"
                              " hidden data records ({meta}); refused."),
    "import.visible_column": ("该列表头为“{shown}”，而报表隐藏信息把它当作“{expected}”列读取：表格被改动过，拒绝导入。",
                              "This column is headed '{shown}' but the report's hidden data reads"
                              " it as '{expected}': the sheet was altered; refused."),
    "import.visible_layout": ("报表隐藏信息中的表格式样“{layout}”无法识别，拒绝导入。",
                              "The report's hidden data names an unknown layout '{layout}'; refused."),
    "import.own_unit": ("这是本单位（{unit}）自己的报表。本单位的数据在本数据文件中填报和汇总，"
                        "不会再从报表导入（否则下级更正后的数据将不再计入汇总）。",
                        "This is the report of this office's own unit ({unit}): its figures are"
                        " entered and consolidated in this file, never imported back (later"
                        " corrections from below would no longer reach the totals)."),
}
