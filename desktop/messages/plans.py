"""Words of `yinling plan …` and the window's 方案 menu: drafting a catalog from a plan's
table, checking, installing, listing and removing plans (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # what the draft proposes, written in its comments
    "draft.kind_rate": (
        "比率：单位或目标为 %，按分子、分母填报",
        "rate: the unit or target is %, entered as numerator and denominator"),
    "draft.kind_per_capita": (
        "每万/每千人指标（“{words}”）：按分子和人口基数填报，scale = {scale}",
        "per-capita ('{words}'): entered as numerator and population base, scale = {scale}"),
    "draft.kind_count": ("计数：单位“{unit}”，填整数", "count: the unit is '{unit}', whole numbers"),
    "draft.kind_amount": (
        "数额：单位“{unit}”，可填小数，汇总时相加",
        "amount: the unit is '{unit}', decimals, summed"),
    "draft.kind_standard": (
        "标准类数额：单位“{unit}”，汇总时不相加（aggregate = \"none\"）",
        "a standard: the unit is '{unit}', not summed (aggregate = \"none\")"),
    "draft.kind_task": (
        "任务：按 未启动/推进中/已完成 填报进度",
        "a task: its progress reported as 未启动/推进中/已完成"),
    "draft.figure_name": (
        "任务中的数字目标另立一项，名称取自任务原文：“{name}”，请核对",
        "the task's figure is a row of its own, named from the task's text: '{name}'; check it"),
    "draft.kind_status": (
        "任务：目标中没有数字，按 未启动/推进中/已完成 填报",
        "a task: no number in the target, reported as 未启动/推进中/已完成"),
    "draft.count_fraction": ("目标有小数，按数额（amount）处理", "a target has decimals: an amount, not a count"),
    "draft.measure_flow": (
        "本期新增（flow）：名称含“{word}”，本年累计为各季度之和；若是期末总数，改为 measure = \"stock\"",
        "flow: the name says '{word}', the year's figure is the sum of quarters; if it is a total at period end, "
        "write measure = \"stock\""),
    "draft.measure_stock": (
        "期末数（stock）；若是本期新增，改为 measure = \"flow\"",
        "stock (at period end); if it is new this period, write measure = \"flow\""),
    "draft.direction_at_least": ("不低于（at_least）：目标写作“{text}”", "at least: the target says '{text}'"),
    "draft.direction_at_most": ("不高于（at_most）：目标写作“{text}”", "at most: the target says '{text}'"),
    "draft.target_year": (
        "目标一栏没有写年份，按规划末年 {year}",
        "the target column names no year: read as {year}, the plan's last"),
    "draft.base_year": ("基期一栏没有写年份，按 {year}", "the base column names no year: read as {year}"),
    "draft.no_number": (
        "目标“{text}”没有数字，只显示文字，不计算完成进度",
        "the target '{text}' has no number: shown as written, no progress measured"),
    "draft.approximate": (
        "目标“{text}”是约数，按其中的数字对照",
        "the target '{text}' is approximate: its number is used"),
    "draft.parts_missing": (
        "表中没有分子、分母口径，暂写为“{num}”“{den}”，请按规划原文补充",
        "the sheet gives no numerator/denominator: written as '{num}' / '{den}' for now; fill in the plan's "
        "definitions"),
    "draft.new_department": (
        "“{name}”不在本地区的部门中，已作为新部门写入单位文件",
        "'{name}' is not a department of the region: added to the units file"),
    "draft.department_as": (
        "表中写作“{written}”，即部门“{name}”",
        "written '{written}' in the sheet: the department '{name}'"),
    "draft.levels": (
        "报送层级按本地区的单位类型提议（{levels}）；只由部门报送的指标改为 [\"county\", "
        "\"department\"]，只由县级填报的改为 [\"county\"]",
        "reporting levels proposed from the region's unit types ({levels}); a row only departments report: "
        "[\"county\", \"department\"]; only the county: [\"county\"]"),
    # questions the office must answer (to_decide)
    "draft.q_no_unit": (
        "目标“{text}”没有单位，看不出是计数、数额还是比率：暂按数额、不相加。请写明 unit，确认 kind（count 计数 / "
        "amount 数额 / rate 比率）",
        "the target '{text}' has no unit: count, amount or rate? Written as an amount, not summed; write the unit "
        "and confirm kind"),
    "draft.q_lower_better": (
        "目标“{text}”没写“以上/以下”，但名称含“{word}”（通常越低越好）：暂按 direction = "
        "\"at_most\"（不高于）；如越高越好，改为 \"at_least\"",
        "the target '{text}' says neither 以上 nor 以下, but the name has '{word}' (lower is usually better): "
        "written as at_most; write \"at_least\" if higher is better"),
    "draft.q_body_is_unit": (
        "责任单位“{body}”是一类单位（{type}），不是部门：未列入 responsible；由它们填报的，reporting_level 须含 "
        "\"{type}\"",
        "the responsible body '{body}' is a kind of unit ({type}), not a department: left out of responsible; if "
        "they report it, reporting_level needs \"{type}\""),
    "draft.q_each": (
        "目标“{text}”是对每个{each}的要求，不是全域合计：请确认按每个单位各自对照，或改写目标",
        "the target '{text}' applies to every {each}, not to the region's total: confirm, or rewrite the target"),
    "draft.q_rate_without_percent": (
        "比率的目标“{text}”没有 % 号：请确认 value 是百分数（60 表示 60%）",
        "the rate's target '{text}' has no %: confirm value is in percent (60 means 60%)"),
    "draft.q_years": (
        "规划起止年份未能从标题确定：暂写 years = [{first}, {last}]，请按规划文件改正（或用 --years）",
        "the plan's years are not in its title: written as [{first}, {last}]; correct them (or use --years)"),
    # the draft file's own words
    "draft.file_header": (
        "草稿：由 yinling plan import 从 {file}（工作表“{sheet}”）生成，{date}。",
        "Draft: made by yinling plan import from {file} (sheet '{sheet}'), {date}."),
    "draft.file_hint": (
        "“建议”是程序的提议，请逐条核对；to_decide 是必须回答的问题，改好后删去这一项。检查：yinling plan "
        "check；安装：yinling plan add。",
        "'Proposal' comments are the program's proposals: check each; to_decide are questions to answer, then "
        "delete. Check: yinling plan check; install: yinling plan add."),
    "draft.proposal": ("建议：{text}", "Proposal: {text}"),
    "draft.row": ("第 {row} 行：{quote}", "row {row}: {quote}"),
    "draft.where": ("{sheet} 第 {row} 行", "{sheet} row {row}"),
    "draft.issuer_hint": (
        "发文机关：表格中没有，请按规划文件填写",
        "issuing body: not in the sheet, fill in from the plan"),
    "draft.published_hint": (
        "印发日期，写成 2026-01-15：表格中没有，请按规划文件填写",
        "date issued, as 2026-01-15: not in the sheet, fill in from the plan"),
    "draft.short_title_hint": ("用在报表标题：简称 + “指标完成情况统计表”", "used in the report title"),
    "draft.units_header": (
        "单位：由 yinling plan import 生成。代码按“上级 + 名称”算出，与在程序中新增的同名单位一致。",
        "Units made by yinling plan import; codes come from parent + name, as for units added in the program."),
    # plan import, check, add, list, remove
    "plans.draft_written": ("已写出草稿 {plan}（{rows} 项指标）", "Wrote the draft {plan} ({rows} indicators)"),
    "plans.units_written": (
        "已写出单位文件 {units}（新增 {count} 个单位）",
        "Wrote the units file {units} ({count} new units)"),
    "plans.question": ("  第 {row} 行 {name}：{question}", "  row {row} {name}: {question}"),
    "plans.plan_question": ("  规划：{question}", "  plan: {question}"),
    "plans.open_questions": (
        "{count} 处需要决定（见上）。在草稿中改好后删去 to_decide，再运行：yinling plan check {path}",
        "{count} questions need a decision (above). Answer them in the draft, delete to_decide, then run: yinling "
        "plan check {path}"),
    "plans.draft_complete": (
        "草稿完整。请核对注释中的“建议”，然后安装：yinling plan add {path}",
        "The draft is complete. Review the proposals in its comments, then install: yinling plan add {path}"),
    "plans.check_ok": (
        "{path}：规划 {plan}（第 {version} 版，{rows} 项指标）检查通过",
        "{path}: plan {plan} (version {version}, {rows} indicators) passes"),
    "plans.check_failed": ("{count} 个文件有问题，未通过检查。", "{count} files have problems."),
    "plans.nothing_found": ("{path} 中没有规划目录文件（plans/*.toml）", "no plan catalog (plans/*.toml) in {path}"),
    "plans.not_found": ("找不到 {path}", "{path} does not exist"),
    "plans.added": (
        "已安装规划 {plan}（第 {version} 版）到 {path}",
        "Installed plan {plan} (version {version}) in {path}"),
    "plans.removed": ("已移除规划 {plan}（文件移到 {path}）", "Removed plan {plan} (files moved to {path})"),
    "plans.kept_figures": (
        "数据文件中该规划的 {values} 个数值和 {baselines} 条基数保留不动；重新安装后即可再见到。",
        "The data file keeps the plan's {values} values and {baselines} baselines; they show again when it is "
        "re-installed."),
    "plans.list_header": (
        "规划目录（本单位的目录文件夹：{folder}）",
        "Plans (the office's catalogs folder: {folder})"),
    "plans.list_row": ("  {id:<20} 第 {version} 版  {where}  {title}", "  {id:<20} v{version}  {where}  {title}"),
    "plans.where_shipped": ("随程序提供", "shipped"),
    "plans.where_added": ("本单位添加", "added"),
    "plans.where_extra": ("附加目录", "extra"),
    "plans.shadowed": (
        "    （未生效：{by} 的第 {version} 版优先）",
        "    (not in use: version {version} from {by} wins)"),
    "plans.broken": ("    （文件有误：{error}）", "    (broken: {error})"),
    # refusals
    "plans.refused": ("未安装：{problems}", "Not installed: {problems}"),
    "plans.shadowed_by_shipped": (
        "程序自带的规划 {plan} 已是第 {version} 版：同编号的目录须把 version 提高到 {next} 才会生效",
        "the shipped plan {plan} is version {version}: a catalog of that id needs version {next} to be used"),
    "plans.older_than_installed": (
        "已安装的规划 {plan} 是第 {installed} 版，这个是第 {version} 版：不能用旧版替换新版",
        "the installed plan {plan} is version {installed}, this one {version}: an older version cannot replace a "
        "newer"),
    "plans.dropped_without_version": (
        "与已安装的第 {version} 版相比，去掉或改了编号的指标：{ids}。请提高 version，改名的写 renamed_from",
        "compared with the installed version {version}, these ids are gone: {ids}. Raise version, and list renamed "
        "ones in renamed_from"),
    "plans.shipped_not_removable": (
        "规划 {plan} 随程序提供，不能移除",
        "the plan {plan} ships with the program and cannot be removed"),
    "plans.unknown_plan": (
        "本单位没有添加编号为 {plan} 的规划（用 yinling plan list 查看）",
        "the office has added no plan {plan} (see yinling plan list)"),
    "plans.has_figures": (
        "数据文件 {db} 中有该规划的 {values} 个数值、{baselines} 条基数，未移除。确需移除请加 --force（数据保留不动）",
        "the data file {db} holds {values} values and {baselines} baselines of this plan; not removed. Add --force "
        "to remove it anyway (the figures are kept)"),
    "plans.removal_breaks": (
        "移除后其他目录无法加载（{error}），已恢复原状",
        "removing it breaks another catalog ({error}); nothing was changed"),
    "plans.new_region_needs_id": (
        "新地区需要用 --id 给规划一个编号（小写英文字母、数字或下划线，例如 xian2026）",
        "a new region needs --id: the plan's id (lower-case letters, digits, _; e.g. xian2026)"),
    "plans.bad_id": (
        "编号“{id}”不合要求：须以小写英文字母开头，只含小写字母、数字和下划线",
        "the id '{id}' must start with a lower-case letter and hold only a-z, 0-9 and _"),
    "plans.bad_years": ("--years 应写成 2026-2030", "--years is written 2026-2030"),
    "plans.unknown_region": (
        "没有代码为 {code} 的地区（用 yinling units 查看）",
        "no region with the code {code} (see yinling units)"),
    "plans.units_type_unknown": (
        "“{name}”看不出是镇、乡、街道还是场：请在名称后写明，或在单位表的“类型”一栏填写",
        "'{name}': town, township, street or farm? Say it in the name or the 类型 column"),
    "plans.units_parent_unknown": (
        "单位表第 {row} 行：上级“{parent}”不在表中",
        "units sheet row {row}: the parent '{parent}' is not in the sheet"),
    "plans.region_needed": (
        "请用 --region 指定已有地区，或用 --region-name 加 --units/--units-list 新建地区",
        "give --region for an existing region, or --region-name with --units or --units-list"),
    "plans.no_rows": ("{file}“{sheet}”中没有读到指标行", "{file} '{sheet}': no indicator rows found"),
    "plansheet.no_header": (
        "{file}“{sheet}”：前几行中找不到表头（应有“指标名称”或“项目名称”，以及单位、目标年份等栏）",
        "{file} '{sheet}': no header in the first rows (a 指标名称 or 项目名称 column, with unit, target years …)"),
    "plans.output_exists": (
        "{path} 已存在，不会覆盖。请换一个 -o 文件夹",
        "{path} exists and is not overwritten; choose another -o folder"),
}
