"""Undo, redo and the history on the command line; the window's operations (see
`desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "undo.nothing": ("没有可撤销的修改。", "There is nothing to undo."),
    "undo.nothing_to_redo": ("没有可重做的修改。", "There is nothing to redo."),
    "undo.no_such_step": ("第 {step} 步不是可撤销的修改（只有录入、粘贴、导入及其撤销和重做可以撤销）。",
                          "Step {step} cannot be undone (only typed, pasted and imported figures, "
                          "and their undos and redos, can)."),
    "undo.changed_since": ("“{indicator}”（{unit}，{period}）在第 {step} 步之后又被修改过（例如之后的导入），"
                           "不能撤销这一步；请先撤销之后的修改。",
                           "'{indicator}' ({unit}, {period}) was changed again after step {step} "
                           "(by a later import, say): undo the later change first."),
    "undo.done": ("已撤销第 {step} 步（{how}，{count} 处修改）。",
                  "Undid step {step} ({how}, {count} changes)."),
    "history.none": ("没有修改记录。", "No changes recorded."),
    "history.line": ("第 {step} 步  {at}  {who}  {how}  {unit} {period}  {indicator} {field}：{old} → {new}",
                     "step {step}  {at}  {who}  {how}  {unit} {period}  {indicator} {field}: {old} → {new}"),
    "how.typed": ("录入", "typed"),
    "how.pasted": ("粘贴", "pasted"),
    "how.imported": ("导入", "imported"),
    "how.undone": ("撤销", "undone"),
    "how.redo": ("重做", "redone"),
    "how.state": ("状态", "state"),
    "how.demo": ("演示", "demo"),
    "how.renamed": ("改编号", "renamed"),
    "how.target": ("目标", "target"),
    "ops.internal_error": ("程序内部错误：{what}未完成。详情已记录到 {log}，请把这个文件发给技术支持。",
                           "Internal error: {what} did not finish. The details are in {log}; "
                           "please send that file to support."),
    "paste.not_editable": ("{where}：此处不可填写", "{where}: this cell cannot be filled in"),
    "paste.where": ("第 {row} 行“{column}”", "row {row}, '{column}'"),
    "paste.bad": ("{where}：{problem}", "{where}: {problem}"),
}
