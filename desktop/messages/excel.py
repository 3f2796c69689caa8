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
    "import.data_file": ("这是本程序正在使用的数据文件（或它的日志、锁、备份），不是报表，不能导入。",
                         "This is the program's own data file (or its log, lock or backup), not a"
                         " report: it cannot be imported."),
    "import.own_unit": ("这是本单位（{unit}）自己的报表。本单位的数据在本数据文件中填报和汇总，"
                        "不会再从报表导入（否则下级更正后的数据将不再计入汇总）。",
                        "This is the report of this office's own unit ({unit}): its figures are"
                        " entered and consolidated in this file, never imported back (later"
                        " corrections from below would no longer reach the totals)."),
    "baseline.no_header": ("找不到表头行：应有“指标名称”（或“指标”“项目”）列，或两个以上的单位名称、指标名称。",
                           "No header row found: it needs an 指标名称 (indicator) column, or two or"
                           " more unit or indicator names."),
    "baseline.unknown_unit": ("填报单位“{name}”不在本规划的单位目录中。", "The reporting unit '{name}' is not"
                              " in this plan's units."),
    "baseline.nothing_matched": ("没有匹配到任何基数，未导入。请检查表头、指标名称和 --year，"
                                 "或按提示用 --map 确认名称。",
                                 "Nothing matched, so nothing is imported: check the header, the"
                                 " indicator names and --year, or confirm names with --map."),
    "baseline.other_year": ("表中写明的年份为 {named} 年，与要导入的 {year} 年基数不符。",
                            "The sheet names the year {named}, not {year}, the year asked for."),
    "baseline.column_not_read": ("“{header}”列未导入（不是指标名称或数值列）",
                                 "column '{header}' not imported (neither the names nor the values)"),
    "baseline.column_not_unit": ("“{header}”列未导入：不是本规划的填报单位",
                                 "column '{header}' not imported: not a reporting unit of this plan"),
    "baseline.column_not_indicator": ("“{header}”列未导入：不是本规划的指标",
                                      "column '{header}' not imported: not an indicator of this plan"),
    "baseline.total_not_unit": ("“{header}”是合计，不作为单位导入（上级数字由程序汇总）",
                                "'{header}' is a total, not a unit (totals are computed)"),
    "baseline.total_not_indicator": ("“{name}”是合计，不作为指标导入", "'{name}' is a total, not an indicator"),
    "baseline.not_own_unit": ("“{header}”不属于本数据文件的单位（本单位及其下级），未导入",
                              "'{header}' is not a unit of this data file (its own and those below):"
                              " not imported"),
    "baseline.row_not_unit": ("“{header}”行未导入：不是本规划的填报单位",
                              "row '{header}' not imported: not a reporting unit of this plan"),
    "baseline.row_empty": ("“{name}”行没有数值", "row '{name}' has no value"),
    "baseline.not_a_number_row": ("“{name}”不是数值指标，没有基数", "'{name}' is not a number: it has no baseline"),
    "baseline.formula": ("是没有保存计算结果的公式，请在 Excel/WPS 中打开并保存后再导入",
                         "is a formula without a saved value: open and save it in Excel/WPS first"),
    "baseline.not_a_number": ("“{text}”不是一个明确的数字", "'{text}' is not one plain number"),
    "baseline.ambiguous_percent": ("“{value}”不能确定是百分之几：请写成百分数（如 80% 或 0.8%），"
                                   "或把单元格设为百分比格式",
                                   "'{value}' does not say which percentage it is: write it as a"
                                   " percentage (80% or 0.8%) or format the cell as one"),
    "baseline.rate_range": ("比率应在 0%–100% 之间，不是 {value}%", "a rate is between 0% and 100%, not {value}%"),
    "baseline.duplicate": ("“{name}”在本表中出现两次（另一处：{first}），只能保留一个",
                           "'{name}' appears twice (the other: {first}); keep one"),
    "baseline.bad_map": ("--map {name}={indicator}：规划 {plan} 中没有这个指标",
                         "--map {name}={indicator}: plan {plan} has no such indicator"),
}
