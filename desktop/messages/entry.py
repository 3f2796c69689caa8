"""Entering figures: periods, who may write what, submitted quarters (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "period.label": ("{year}年第{quarter_zh}季度", "Q{quarter} {year}"),
    "period.quarter": ("季度应为 1–4，不是 {quarter}", "a quarter is 1–4, not {quarter}"),
    "period.unreadable": ("“{text}”不是统计期。请写成 2025Q1、2025-Q1 或 2025年第一季度。",
                          "'{text}' is not a period: write it as 2025Q1 or 2025-Q1."),
    "period.year_range": ("统计期“{text}”的年份不在 {first}–{last} 年之间，请检查是否写错。",
                          "the year of '{text}' is not between {first} and {last}: is it mistyped?"),
    "period.not_begun": ("{period} 尚未开始（今天是 {today}），不能填报或导入这一季度的数据。",
                         "{period} has not begun (today is {today}): its figures cannot be entered"
                         " or imported yet."),
    "period.before_plan": ("{period} 早于《{plan}》的起始年份 {first} 年，不能按此规划填报。",
                           "{period} is before the first year ({first}) of the plan '{plan}'."),
    "state.draft": ("草稿", "a draft"),
    "state.submitted": ("已报送", "submitted"),
    "state.locked": ("已锁定", "locked"),
    "state.undo.submitted": ("撤回报送", "withdraw the submission"),
    "state.undo.locked": ("解锁", "unlock it"),
    "state.cannot_change": ("{unit}{period}的报表当前为“{now}”，不能改为“{to}”。",
                            "{unit}'s report for {period} is {now}: it cannot become {to}."),
    "state.unlock_reason": ("解锁需要填写原因（将记入修改记录）。", "Unlocking needs a reason (kept in the history)."),
    "state.checks_fail": ("审核未通过，不能报送：{errors} 个错误，{warnings} 个警告未填写情况说明。",
                          "The checks do not pass, so it cannot be submitted: {errors} errors,"
                          " {warnings} warnings without a note."),
    "state.done.submit": ("已报送：{unit}{period}", "Submitted: {unit}, {period}"),
    "state.done.withdraw": ("已撤回报送：{unit}{period}", "Submission withdrawn: {unit}, {period}"),
    "state.done.lock": ("已锁定：{unit}{period}", "Locked: {unit}, {period}"),
    "state.done.unlock": ("已解锁：{unit}{period}", "Unlocked: {unit}, {period}"),
    "demo.real_figures": ("{path} 中已有不是演示数据生成的数值或基数，演示数据不会写入其中，以免与真实数据混在一起。"
                          "请另建一个数据文件试用演示数据，例如：yinling demo --db 演示.sqlite",
                          "{path} holds figures or baselines the demo did not write: demo figures"
                          " are never mixed with real ones. Try the demo on a new file, e.g."
                          " yinling demo --db demo.sqlite"),
    "demo.submitted": ("{path} 中有已报送或已锁定的季度，演示数据不会写入。请另建一个数据文件试用演示数据。",
                       "{path} has submitted or locked quarters: the demo writes nothing there."
                       " Try the demo on a new file."),
    "demo.other_region": ("本数据文件属于{own}，不能写入{region}规划的演示数据。请另建一个数据文件试用。",
                          "This data file belongs to {own}: no demo figures of {region}'s plan go"
                          " in it. Try them on a new file."),
    "office.unit_holds_figures": ("本数据文件中已有{held}的数据，不能把本单位改为{unit}。"
                                  "如需为{unit}填报，请为它新建一个数据文件。",
                                  "This data file already holds figures of {held}: its unit cannot"
                                  " become {unit}. Make a new data file for {unit}."),
    "entry.not_own_unit": ("本数据文件属于{own}，只能填报、导出{own}及其下级单位的数据，不能用于{unit}。"
                           "{unit}的数据请在{unit}自己的数据文件中填报。",
                           "This data file belongs to {own}: it holds figures of {own} and the units"
                           " below it only, not of {unit}. {unit}'s figures go in {unit}'s own file."),
    "entry.not_draft": ("{unit}{period}的报表{state}，任何修改（录入、粘贴、导入、撤销、演示数据）都不会写入。"
                        "如需修改，请先{undo}。",
                        "{unit}'s report for {period} is {state}: nothing (typing, paste, import,"
                        " undo, demo) changes it. To change it, first {undo}."),
}
