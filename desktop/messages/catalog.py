"""What is wrong with a catalog file (plan or units), in the words of the office that edits
it (see `desktop.messages`). `catalog.p.*` are the problems, `catalog.toml.*` TOML syntax."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "catalog.broken_at_start": (
        "方案目录文件有误，程序无法启动：\n{error}\n\n请改正该文件；如是本单位添加的方案，也可用命令 yinling plan "
        "remove 编号 移除它。",
        "A catalog file is broken and the program cannot start:\n{error}\n\nCorrect the file; a plan the office "
        "added can also be taken away with: yinling plan remove ID"),
    "catalog.located": ("{where}：{problem}", "{where}: {problem}"),
    "catalog.file": ("文件 {file}", "{file}"),
    "catalog.line": ("，第 {line} 行", ", line {line}"),
    "catalog.field": ("，{field}", ", {field}"),
    # TOML syntax, said as what to do
    "catalog.toml.chinese_quotes": (
        "这一行用了中文引号（“”或‘’）。目录文件里的文字要用英文双引号括起来，例如 name = "
        "\"护理型床位占比\"。（{text}）",
        "this line uses Chinese quotation marks (“” or ‘’); text in a catalog goes between plain double quotes, e.g. "
        "name = \"护理型床位占比\" ({text})"),
    "catalog.toml.missing_equals": (
        "这一行缺少等号“=”。每一项要写成 名称 = 值，例如 unit = \"张\"。（{text}）",
        "this line lacks '='; every entry is written key = value, e.g. unit = \"张\" ({text})"),
    "catalog.toml.wrong_equals": (
        "这一行用了冒号或全角等号。每一项要写成 名称 = 值（英文等号），例如 unit = \"张\"。（{text}）",
        "this line uses a colon or a full-width equals sign; write key = value with a plain '=', e.g. unit = \"张\" "
        "({text})"),
    "catalog.toml.unclosed_string": (
        "这一行的文字缺少结尾的英文双引号 \"。（{text}）",
        "the text on this line lacks its closing double quote ({text})"),
    "catalog.toml.twice": (
        "这一项在同一段里写了两次，请删去其中一个。（{text}）",
        "this key is given twice in the same entry; delete one ({text})"),
    "catalog.toml.unclosed_bracket": (
        "从这一行起，有一个 {{ 或 [ 没有对应的 }} 或 ]。（{text}）",
        "from this line, a {{ or [ has no matching }} or ] ({text})"),
    "catalog.toml.bare_text": (
        "等号后面的值既不是数字，也没有加引号。文字要用英文双引号括起来，例如 unit = \"张\"。（{text}）",
        "the value after '=' is neither a number nor quoted; text goes between double quotes, e.g. unit = \"张\" "
        "({text})"),
    "catalog.toml.trailing": (
        "值的后面还有多余的内容。百分数要写成文字 \"60%\" 或数字 60，一行只写一项。（{text}）",
        "there is more after the value; write a percentage as the text \"60%\" or the number 60, one entry per line "
        "({text})"),
    "catalog.toml.other": ("格式有误（{detail}）。（{text}）", "not valid TOML: {detail} ({text})"),
    "catalog.type.integer": ("整数", "integer"),
    "catalog.type.string": ("文字", "string"),
    "catalog.type.number": ("数字", "number"),
    "catalog.type.array": ("列表 [...]", "array"),
    "catalog.type.object": ("表 {{...}}", "object"),
    "catalog.type.boolean": ("真假值", "boolean"),
    # problems of the content
    "catalog.p.other": ("{detail}", "{detail}"),
    "catalog.p.not_utf8": (
        "不是 UTF-8 编码的文字（第 {byte} 字节）。请用记事本或 WPS 另存为 UTF-8。",
        "not UTF-8 text (at byte {byte}); save it as UTF-8"),
    "catalog.p.unreadable": ("无法读取（{reason}）", "cannot be read: {reason}"),
    "catalog.p.no_plans": ("没有找到规划目录文件（*.toml）", "no plan catalog (*.toml) found"),
    "catalog.p.missing_key": ("缺少“{name}”这一项", "missing key '{name}'"),
    "catalog.p.not_one_of": ("{value} 不是可选的值，可选：{allowed}", "{value} is not one of: {allowed}"),
    "catalog.p.wrong_type": ("应为{expected}，这里是{found} {value}", "expected {expected}, found {found} {value}"),
    "catalog.p.unknown_key": ("不认识的项：{keys}（拼写错误？）", "unknown key: {keys}"),
    "catalog.p.pattern": (
        "{value} 的写法不对（应符合 {pattern}）",
        "{value} does not have the expected form ({pattern})"),
    "catalog.p.empty": ("{value} 不能为空", "{value} must not be empty"),
    "catalog.p.out_of_range": ("{value} 超出允许范围（界限 {limit}）", "{value} is out of range (limit {limit})"),
    "catalog.p.duplicate_unit": (
        "单位代码 {code} 重复（第一次出现在 {first}，第 {line} 行）",
        "duplicate unit code '{code}' (first at {first}, line {line})"),
    "catalog.p.unknown_parent": ("上级单位 {parent} 不存在", "unknown parent unit '{parent}'"),
    "catalog.p.child_code": (
        "下级单位的代码要以上级的代码开头：{prefix}",
        "a child's code must start with its parent's code '{prefix}'"),
    "catalog.p.years_order": ("起始年份晚于结束年份", "the first year comes after the last"),
    "catalog.p.unknown_region": ("地区代码 {code} 不在单位目录（units/）中", "unknown unit code '{code}'"),
    "catalog.p.duplicate_indicator": (
        "指标编号重复（第一次出现在第 {line} 行）",
        "duplicate indicator id (first at line {line})"),
    "catalog.p.duplicate_table": ("表编号 {id} 重复", "duplicate table id '{id}'"),
    "catalog.p.id_prefix": (
        "指标编号要以规划编号开头：{prefix}",
        "an indicator id must start with the plan id '{prefix}'"),
    "catalog.p.unknown_table": (
        "没有编号为 {table} 的表（本规划的表：{tables}）",
        "unknown table '{table}' (this plan's tables: {tables})"),
    "catalog.p.direction_needed": (
        "有目标的指标要写 direction（at_least 不低于、at_most 不高于、done 完成）",
        "an indicator with targets needs a direction (at_least, at_most or done)"),
    "catalog.p.not_department": (
        "“{name}”不是地区 {region} 的部门（units/ 中的名称或别名）",
        "'{name}' is not a department (name or alias) of region '{region}' in units/"),
    "catalog.p.year_outside": (
        "目标年份 {year} 不在规划年份 {first}–{last} 之内",
        "target year {year} is outside the plan's years {first}–{last}"),
    "catalog.p.unknown_indicator": ("没有编号为 {id} 的指标", "unknown indicator '{id}'"),
    "catalog.p.unknown_unit": ("没有代码为 {code} 的单位", "unknown unit '{code}'"),
    "catalog.p.rule_not_number": ("{id} 不是数字指标，不能比较", "'{id}' is not a number and cannot be compared"),
    "catalog.p.parts_needed": (
        "{kind}指标要写明 {part}（口径）",
        "a {kind} indicator needs its {part} defined (口径)"),
    "catalog.p.measure_needed": (
        "{kind}指标要写 measure（stock 期末数，或 flow 本期新增）",
        "a {kind} indicator needs a measure (stock or flow)"),
    "catalog.p.no_measure": ("{kind}指标没有 measure，请删去这一项", "a {kind} indicator has no measure"),
    "catalog.p.status_done": ("状态指标的 direction 只能是 done", "a status indicator's direction is 'done'"),
    "catalog.p.only_status_done": (
        "只有状态指标的 direction 可以是 done",
        "only a status indicator's direction can be 'done'"),
    "catalog.p.count_whole": (
        "计数指标的目标要是整数，这里是 {value}",
        "a count's target must be whole, not {value}"),
    "catalog.p.only_per_capita_scale": (
        "只有每万/每千人指标（per_capita）才有 scale",
        "only a per_capita indicator has a scale"),
    "catalog.p.only_amount_aggregate": (
        "只有数额指标（amount）才能设 aggregate",
        "only an amount chooses how it adds up"),
    "catalog.p.plan_twice": (
        "两个目录文件用了同一个规划编号 {id}（另一个是 {other}）",
        "two catalogs share the plan id '{id}' (the other is {other})"),
    # the silent mistakes: a catalog that loads but shows wrong figures
    "catalog.p.rate_target_hundredfold": (
        "目标 value = {value} 与文字“{text}”差 100 倍：比率的目标按百分数记，应写 value = {fixed}",
        "target value = {value} disagrees with its text '{text}' by ×100: a rate's target is in percent, write value "
        "= {fixed}"),
    "catalog.p.scale_vs_unit": (
        "“{words}”表明按每 {expected} 人计算，scale 应为 {expected}（现为 {scale}），否则数字会差 {factor} 倍",
        "'{words}' says per {expected}: scale should be {expected} (it is {scale}); otherwise the figure is off by "
        "×{factor}"),
    "catalog.p.level_absent": (
        "报送层级 {levels} 在地区 {region} 的单位中都没有，这一行没有单位填报（本地区下级单位的类型：{present}）",
        "no unit of region '{region}' has the reporting level {levels}: nobody would enter this row (the region's "
        "unit types below it: {present})"),
    "catalog.p.department_without_responsible": (
        "报送层级含 department（部门），但没有写 responsible（责任单位），没有部门会填报这一行",
        "reporting level 'department' without responsible bodies: no department would enter this row"),
    "catalog.p.to_decide": (
        "还有待确认的问题：{questions}。确认或改正后，删去 to_decide 这一项",
        "questions still open: {questions}. Confirm or correct, then delete to_decide"),
    "catalog.p.renamed_is_current": (
        "renamed_from 中的 {id} 仍是本规划现有的指标编号",
        "'{id}' in renamed_from is still a current indicator id"),
    "catalog.p.renamed_twice": (
        "旧编号 {id} 在 renamed_from 中出现了两次（另见第 {line} 行）",
        "old id '{id}' appears twice in renamed_from (see line {line})"),
    "catalog.p.renamed_needs_version": (
        "改过编号（renamed_from）的目录要把 plan.version 提高到 2 或以上",
        "a catalog that renames ids (renamed_from) needs plan.version 2 or higher"),
    "catalog.p.quote_not_found": (
        "出处引文在 {file} 中找不到：“{quote}”",
        "the quote is not found in {file}: '{quote}'"),
    "catalog.p.text_not_in_quote": (
        "目标文字“{text}”不在出处引文“{quote}”中",
        "the target text '{text}' is not in its quote '{quote}'"),
}
