"""Words the command line prints, in Chinese (the default) and English (`--lang en`).

The window uses Qt's own translation files (`resources/`); this small table serves the
plain-Python side so that the CLI does not need Qt.
"""

from __future__ import annotations

LANGS = ("zh", "en")

_MESSAGES: dict[str, tuple[str, str]] = {
    "kind.count": ("计数", "count"),
    "kind.amount": ("数额", "amount"),
    "kind.rate": ("比率", "rate"),
    "kind.per_capita": ("人均/每万", "per-capita"),
    "kind.status": ("状态", "status"),
    "kind.text": ("文本", "text"),
    "layout.indicators": ("指标表", "indicator table"),
    "layout.tasks": ("任务清单", "task list"),
    "layout.statistics": ("统计表", "statistics table"),
    "plan.header": ("{title}", "{title}"),
    "plan.facts": ("  编号 {id} · 目录版本 {version} · {first}–{last}年 · 地区 {region} · 来源 {source}",
                   "  id {id} · catalog version {version} · {first}–{last} · region {region}"
                   " · source {source}"),
    "plan.table": ("  {title}（{layout}）：{count} 项，{sections} 个类别",
                   "  {title} ({layout}): {count} rows in {sections} sections"),
    "plan.kinds": ("  指标共 {total} 项：{kinds}", "  {total} indicators: {kinds}"),
    "plan.targets": ("  有数值目标的指标 {numeric} 项；目标年份：{years}",
                     "  {numeric} indicators with numeric targets; target years: {years}"),
    "plan.no_targets": ("  （无目标：统计表）", "  (no targets: a statistics table)"),
    "plan.baselines": ("  基数 {count} 条（{years}年）", "  {count} baselines ({years})"),
    "plan.conflicts": ("  原文前后不一致 {count} 处（两处来源均已记录）",
                       "  {count} contradictions in the source (both figures recorded)"),
    "units.summary": ("填报单位 {count} 个，{roots} 个地区", "{count} reporting units in {roots} regions"),
    "catalog.error": ("目录文件有误：{error}", "Catalog file error: {error}"),
    "catalog.unknown_plan": ("没有编号为 {plan} 的规划。可选：{plans}",
                             "No plan with id {plan}. Known plans: {plans}"),
    "init.done": ("已创建数据文件 {path}（填报单位：{unit}）", "Created data file {path} (reporting unit: {unit})"),
    "set.done": ("已保存 {count} 项", "Saved {count} cells"),
    "check.summary": ("审核结果：{errors} 个错误，{warnings} 个警告（{explained} 个已有情况说明）",
                      "Checks: {errors} errors, {warnings} warnings ({explained} explained by a note)"),
    "check.explained": ("（已说明）", " (explained)"),
    "severity.error": ("错误", "error"),
    "severity.warning": ("警告", "warning"),
    "demo.done": ("已生成演示数据：{values} 个数值，{baselines} 条基数，{units} 个单位，用时 {seconds} 秒（{path}）",
                  "Demo data: {values} values, {baselines} baselines, {units} units in {seconds} s ({path})"),
    "export.done": ("已导出报表 {path}（{rows} 项指标）", "Exported the report {path} ({rows} indicators)"),
    "template.done": ("已生成空白模板 {path}（{rows} 项指标）", "Wrote the blank template {path} ({rows} indicators)"),
    "import.counts": ("新增 {adds}，替换 {replaces}，不变 {keeps}，冲突 {conflicts}，警告 {warnings}",
                      "add {adds}, replace {replaces}, keep {keeps}, conflicts {conflicts}, warnings {warnings}"),
    "import.changed": ("注意：导出后报表中的数值被改动过（校验和不符）",
                       "note: values were changed after export (checksum differs)"),
    "import.written": ("已导入。", "Imported."),
    "import.dry_run": ("试运行：未写入任何数据。", "Dry run: nothing was written."),
    "import.refused": ("导入未执行：有文件被拒绝，数据未作任何改动。",
                       "Not imported: some files were refused; nothing was written."),
    "consolidate.done": ("已生成汇总报表 {path}（已报 {received} 个单位，未报 {missing} 个）",
                         "Wrote the consolidated report {path} ({received} units reported, {missing} missing)"),
    "baseline.file": ("{file}：{shape} 表，匹配 {count} 个基数", "{file}: {shape} sheet, {count} baselines matched"),
    "baseline.unmatched": (
        "未匹配的名称“{name}”（{cell}），最接近的指标：{proposal}；确认请加 --map \"{name}={proposal}\"",
        "unmatched name '{name}' ({cell}); closest indicator: {proposal}; "
        "confirm with --map \"{name}={proposal}\""),
    "error.store": ("{error}", "{error}"),
    "error.bug": ("程序内部错误，详情已记录到 {log}。请把该文件发给技术支持。",
                  "Internal error; details were logged to {log}. Please send that file to support."),
    "check.negative": ("不能为负数（{value}）", "cannot be negative ({value})"),
    "check.whole": ("应为整数（{value}）", "must be a whole number ({value})"),
    "check.parts": ("分子、分母须同时填写", "numerator and denominator go together"),
    "check.zero_base": ("分母为 0 而分子不为 0", "the denominator is 0 but the numerator is not"),
    "check.num_gt_den": ("分子 {num} 大于分母 {den}", "numerator {num} exceeds denominator {den}"),
    "check.status": ("状态“{value}”不在可选范围（{allowed}）",
                     "status '{value}' is not one of {allowed}"),
    "check.jump_quarter": ("与上季度相比变化过大（{before} → {now}，超过 {limit}），请填写情况说明",
                           "changed by more than {limit} against last quarter ({before} → {now});"
                           " add a note"),
    "check.jump_baseline": ("与上年基数相比变化过大（{before} → {now}，超过 {limit}），请填写情况说明",
                            "changed by more than {limit} against the baseline ({before} → {now});"
                            " add a note"),
}


def say(key: str, lang: str = "zh", **fields: object) -> str:
    zh, en = _MESSAGES[key]
    return (en if lang == "en" else zh).format(**fields)
