"""Words of per-unit targets (目标分解): the catalog's `[[unit_target]]`, the county's own table
of them, `yinling targets import` and the window's 目标分解 (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the catalog's [[unit_target]]
    "targets.catalog_twice": (
        "{unit}{year}年的目标已在第 {first} 个 [[unit_target]] 中给出，不能再给一次",
        "{unit} already has a target for {year} (unit_target #{first})"),
    "targets.catalog_not_below": (
        "{unit}不在{region}之下：分解目标只给本地区的下级单位（全域目标写在指标的 targets 中）",
        "{unit} is not below {region}: a unit target is for a unit below the region "
        "(the region's own target is the indicator's targets)"),
    "targets.catalog_not_reported": (
        "{unit}不填报“{name}”（见该指标的 reporting_level），不能给它分解目标",
        "{unit} does not report '{name}' (see its reporting_level): it cannot have a target"),
    "targets.catalog_value_needed": (
        "“{name}”是数字指标，分解目标需要 value（数值）",
        "'{name}' is a number: the unit's target needs a value"),
    "targets.catalog_no_value": (
        "“{name}”不是数字指标，分解目标只写 text",
        "'{name}' is not a number: the unit's target has a text only"),
    # entering them
    "targets.not_below": (
        "{unit}不是本单位（{own}）的下级单位：只能给下级单位分解目标",
        "{unit} is not below this office ({own}): targets are set for units below it"),
    "targets.not_reported": (
        "{unit}不填报“{name}”，不能给它分解目标", "{unit} does not report '{name}'"),
    "targets.not_a_number": (
        "“{name}”的目标“{text}”不是一个明确的数字", "'{name}': the target '{text}' is not one number"),
    "targets.status_row": (
        "“{name}”是任务（未启动/推进中/已完成），没有数字目标可分解",
        "'{name}' is a task (status): there is no figure to split"),
    "targets.negative": ("目标不能小于 0（“{name}”：{value}）", "a target cannot be below 0 ('{name}': {value})"),
    "targets.count_whole": (
        "“{name}”按整数计，目标 {value} 不是整数", "'{name}' is counted in whole numbers: {value} is not"),
    "targets.rate_range": (
        "“{name}”是比率，目标应在 0–100（%）之间，这里是 {value}",
        "'{name}' is a rate: its target lies within 0–100 (%), not {value}"),
    "targets.year_outside": (
        "{year} 年不在《{plan}》的年份（{first}—{last}）之内",
        "{year} is outside the years of {plan} ({first}–{last})"),
    # the table (window) and its warning
    "targets.sum_short": (
        "分解合计 {parts}，比全域目标 {total} 少 {gap}",
        "the parts add up to {parts}, {gap} short of the region's {total}"),
    "targets.sum_over": (
        "分解合计 {parts}，比全域目标 {total} 多 {gap}",
        "the parts add up to {parts}, {gap} over the region's {total}"),
    "targets.sum_missing": (
        "还有 {count} 个单位未分解（{names}）", "{count} units have no target yet ({names})"),
    "targets.and": ("{first}；{second}", "{first}; {second}"),
    "targets.not_summed": ("比率类指标不相加", "rates are not added up"),
    # targets import
    "targets.file": (
        "{file}：{shape}，{count} 个目标", "{file}: {shape}, {count} targets"),
    "targets.own_unit": (
        "“{name}”是本单位：本单位（全域）的目标在方案中，此处只导入下级单位的目标",
        "'{name}' is this office: its own (the region's) target is the plan's; only units below it are imported"),
    "targets.need_year": (
        "表格未写明年份（或写了多个：{years}），请用 --year 指明目标年份",
        "the sheet names no single year ({years}): give --year"),
    "targets.nothing": (
        "表格中没有可导入的目标（没有认出的单位和指标）", "nothing in the sheet matched a unit and an indicator"),
    "targets.written": ("已写入 {count} 个分解目标（{year}年）。", "{count} unit targets written ({year})."),
    "targets.refused": ("未导入：请先处理上面的问题，数据未作任何改动。",
                        "Not imported: deal with the problems above; nothing was changed."),
    "targets.dry_run": ("（预览，未写入）", "(preview: nothing written)"),
    "targets.replaced": ("替换 {count} 个已有目标", "{count} targets replaced"),
    "targets.unit_plan_none": ("{unit}不填报《{plan}》", "{unit} does not report on {plan}"),
}
