"""The use cases' refusals and the words they hand the window and the command line
(desktop/usecases; see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.exists": ("{path} 已存在，不会覆盖。", "{path} exists already: it will not be overwritten."),
    "cli.assignment": ("{item}：应写成 指标编号=数值", "{item}: write it as INDICATOR=VALUE"),
    "cli.rate_parts": ("{indicator} 是比率，请用 {indicator}.num=分子 {indicator}.den=分母",
                       "{indicator} is a rate: use {indicator}.num=NUMERATOR"
                       " {indicator}.den=DENOMINATOR"),
    "cli.baseline_year": ("导入基数需要 --year（基数所属年份，例如 --year 2024）",
                          "Importing baselines needs --year (the baselines' year, e.g. --year 2024)"),
    "cli.map_form": ("--map {item}：应写成 名称=指标编号", "--map {item}: write it as NAME=INDICATOR"),
    "usecase.no_plan": ("没有编号为 {plan} 的规划（可选：{choices}）",
                        "There is no plan {plan} (choose from: {choices})"),
    "usecase.no_indicator": ("规划 {plan} 中没有指标 {indicator}",
                             "Plan {plan} has no indicator {indicator}"),
    "usecase.no_unit": ("没有代码为 {unit} 的填报单位（用 yinling units 查看）",
                        "There is no reporting unit {unit} (see yinling units)"),
    "usecase.unit_name_needed": ("请填写单位名称", "Enter the unit's name"),
    "usecase.unit_type": ("单位类型只能是 {types}", "The unit's type must be one of {types}"),
    "usecase.unit_exists": ("{parent} 下已有“{name}”，请直接选择它",
                            "{parent} already has '{name}': choose it instead"),
    "usecase.office.unit_name": ("单位名称", "The unit's name"),
    "usecase.office.clerk": ("填表人", "The clerk's name"),
    "usecase.office.phone": ("联系电话", "The phone number"),
    "usecase.office_control": ("{label}中含有不可见的控制字符，请删除后重新输入",
                               "{label} contains invisible control characters: delete them and"
                               " type it again"),
    "usecase.office_long": ("{label}过长（{length} 字，最多 {limit} 字）",
                            "{label} is too long ({length} characters, at most {limit})"),
    "usecase.export_errors": ("审核有 {errors} 个错误，不能导出。请先用 yinling check 查看并修改。",
                              "The checks found {errors} error(s): the report cannot be exported."
                              " See them with yinling check and correct them first."),
    "usecase.nothing_below": ("{unit} 没有下级填报单位，无需汇总。",
                              "{unit} has no reporting units below it: nothing to consolidate."),
    "usecase.no_audit": ("没有编号为 {audit} 的修改记录", "There is no change numbered {audit}"),
    "entry.no_field": ("指标“{name}”没有“{field}”这一栏",
                       "The indicator '{name}' has no '{field}' column"),
    "entry.not_a_number": ("“{name}”：{raw} 不是一个数字", "'{name}': {raw} is not a number"),
    "entry.control_chars": ("“{name}”：文字中含有不可见的控制字符，请删除后重新输入",
                            "'{name}': the text contains invisible control characters: delete"
                            " them and type it again"),
    "entry.too_long": ("“{name}”：文字过长（{length} 字，最多 {limit} 字）",
                       "'{name}': the text is too long ({length} characters, at most {limit})"),
    "entry.status_only": ("“{name}”：状态只能是 {allowed}",
                          "'{name}': the status must be one of {allowed}"),
    "import.on_conflict": ("--on-conflict 只能是 {choices}",
                           "--on-conflict must be one of {choices}"),
    "import.not_done": ("导入未执行：有文件被拒绝或存在需要处理的冲突，数据未作任何改动。",
                        "Not imported: some files were refused or have conflicts to settle;"
                        " nothing was written."),
    "import.unreadable": ("无法读取文件（{reason}）。", "The file cannot be read ({reason})."),
    "import.outside": ("填报单位“{unit}”不在本单位（{own}）的管辖范围内。",
                       "The reporting unit '{unit}' is not under this office ({own})."),
    "import.other_period": ("报表统计期为 {found}，与本次导入的 {period} 不符。",
                            "The report is for {found}, not {period}, the quarter being imported."),
    "import.conflicts": ("与已有数据冲突 {count} 处；请选择保留已有（skip）或替换（replace）。",
                         "{count} conflict(s) with the figures held: choose to keep them (skip)"
                         " or replace them (replace)."),
    "import.check_error": ("审核错误：{name}：{message}", "Check error: {name}: {message}"),
    "import.duplicate": ("与 {other} 是同一单位（{unit}）同一统计期（{period}）的报表，只能导入其中一个。",
                         "The same unit ({unit}) and quarter ({period}) as {other}: import only"
                         " one of them."),
    "baseline.import_refused": ("基数导入未执行：有文件被拒绝，数据未作任何改动。",
                                "Baselines not imported: some files were refused; nothing was"
                                " written."),
    "baseline.plain_sheet": ("{name} 是普通表格，请用 --plan 指明它属于哪个规划。",
                             "{name} is a plain sheet: name its plan with --plan."),
    "baseline.year_end_only": ("这是 {period} 的报表；{year} 年的基数应取 {year}Q4（年末）的报表。",
                               "This is the report for {period}; the baselines of {year} come from"
                               " its {year}Q4 (year-end) report."),
}
