"""The entry window as a clerk reads it: finding and filtering rows, checks as sentences,
the history of a cell, submission and export (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "entry_ux.column.previous": ("上季度", "Last Q"),
    "entry_ux.find.placeholder": ("查找指标（Ctrl+F）", "Find an indicator (Ctrl+F)"),
    "entry_ux.find.none": ("没有名称含“{text}”的指标", "No indicator's name contains '{text}'"),
    "entry_ux.find.found": ("第 {at}/{count} 个：{name}（回车找下一个，Esc 回到表格）",
                            "{at} of {count}: {name} (Enter for the next, Esc back to the table)"),
    "entry_ux.filter.empty": ("只看未填", "Only unfilled"),
    "entry_ux.filter.problems": ("只看有问题", "Only with problems"),
    "entry_ux.filter.shown": ("显示 {shown}/{total} 行", "{shown} of {total} rows shown"),
    "entry_ux.filter.nothing": ("本表没有符合条件的行。", "No row of this table matches."),
    # Checks as sentences.
    "entry_ux.check.error": ("错误", "Error"),
    "entry_ux.check.warning": ("警告", "Warning"),
    "entry_ux.check.explained": ("已说明", "Explained"),
    "entry_ux.check.line": ("[{word}] {name}：{text}", "[{word}] {name}: {text}"),
    "entry_ux.check.jump_quarter.open": (
        "比上季度变化较大（{before} → {now}，超过 {limit}）。如情况属实，请在“备注”中写明原因。",
        "Changed by more than {limit} against last quarter ({before} → {now}). If that is right,"
        " say why in the note."),
    "entry_ux.check.jump_quarter.explained": (
        "比上季度变化较大（{before} → {now}，超过 {limit}），备注中已说明原因。",
        "Changed by more than {limit} against last quarter ({before} → {now}); the note says why."),
    "entry_ux.check.jump_baseline.open": (
        "比上年基数变化较大（{before} → {now}，超过 {limit}）。如情况属实，请在“备注”中写明原因。",
        "Changed by more than {limit} against last year's baseline ({before} → {now}). If that is"
        " right, say why in the note."),
    "entry_ux.check.jump_baseline.explained": (
        "比上年基数变化较大（{before} → {now}，超过 {limit}），备注中已说明原因。",
        "Changed by more than {limit} against last year's baseline ({before} → {now}); the note"
        " says why."),
    "entry_ux.check.rule.explained": ("{text}；备注中已说明原因。", "{text}; the note says why."),
    # A cell's history.
    "entry_ux.history.how.typed": ("录入", "typed"),
    "entry_ux.history.how.pasted": ("粘贴", "pasted"),
    "entry_ux.history.how.undone": ("撤销", "undone"),
    "entry_ux.history.how.redone": ("重做", "redone"),
    "entry_ux.history.how.demo": ("生成", "generated"),
    "entry_ux.history.how.state": ("状态", "state"),
    "entry_ux.history.how.renamed": ("改编号", "renumbered"),
    "entry_ux.history.how.imported": ("导入（{file}）", "imported ({file})"),
    "entry_ux.history.set": ("{at}　{who}　{how}　{field}：{old} → {new}",
                             "{at}  {who}  {how}  {field}: {old} → {new}"),
    "entry_ux.history.first": ("{at}　{who}　{how}　{field}：{new}", "{at}  {who}  {how}  {field}: {new}"),
    "entry_ux.history.delete": ("{at}　{who}　删除　{field}（原为 {old}）",
                                "{at}  {who}  deleted  {field} (was {old})"),
    "entry_ux.history.reason": ("（{reason}）", " ({reason})"),
    "entry_ux.history.none": ("此单元格尚无修改记录。", "No change to this cell yet."),
    # The definition panel.
    "entry_ux.definition.id": ("编号 {id}", "id {id}"),
    # Paste.
    "entry_ux.paste.place": ("序号 {seq} 的“{column}”", "row {seq}, column {column}"),
    # Submission.
    "entry_ux.submit.title": ("报送本季度", "Submit this quarter"),
    "entry_ux.submit.ask": ("报送{unit}{period}的《{plan}》报表？", "Submit {unit}'s {plan} report for {period}?"),
    "entry_ux.submit.table": ("{table} 已填 {filled}/{total}", "{table}: {filled} of {total} filled"),
    "entry_ux.submit.empty": ("注意：{tables} 一项也未填写。确实无数据可报时再报送。",
                              "Note: nothing is filled in {tables}. Submit only if there is truly"
                              " nothing to report."),
    "entry_ux.submit.then": ("报送后报表不能再修改，如需修改请先撤回报送。",
                             "Once submitted the report cannot be changed until the submission is"
                             " withdrawn."),
    "entry_ux.submit.yes": ("报送", "Submit"),
    "entry_ux.withdraw.title": ("撤回报送", "Withdraw the submission"),
    "entry_ux.withdraw.ask": ("撤回{unit}{period}的报送？撤回后可以修改，改完需要重新报送。",
                              "Withdraw {unit}'s submission for {period}? It can then be changed,"
                              " and must be submitted again."),
    "entry_ux.lock.title": ("锁定", "Lock"),
    "entry_ux.lock.ask": ("锁定{unit}{period}的报表？锁定后任何修改都不会写入，解锁需要填写原因。",
                          "Lock {unit}'s report for {period}? Nothing changes it once locked;"
                          " unlocking needs a reason."),
    "entry_ux.cancel": ("取消", "Cancel"),
    "entry_ux.state.submitted.next": ("已报送。下一步：导出报表，打印盖章后报送{parent}。",
                                      "Submitted. Next: export the report, print and stamp it, and"
                                      " send it to {parent}."),
    "entry_ux.state.submitted.top": ("已报送。下一步：导出报表，打印盖章后存档。",
                                     "Submitted. Next: export the report, print and stamp it, and"
                                     " file it."),
    "entry_ux.state.locked": ("已锁定，不能修改。如需修改，请用“报送 → 解锁”并填写原因。",
                              "Locked: nothing can be changed. To change it, use Report → Unlock"
                              " and give a reason."),
    "entry_ux.state.export": ("导出报表…", "Export report…"),
    # Export.
    "entry_ux.export.refused.title": ("还不能导出", "Not ready to export"),
    "entry_ux.export.refused": ("本季度报表还有 {errors} 处错误（表中红色单元格），改正后才能导出。",
                                "This quarter's report still has {errors} errors (the red cells):"
                                " correct them, then export."),
    "entry_ux.export.show_checks": ("查看审核结果", "Show the checks"),
    "entry_ux.export.done.title": ("已导出", "Exported"),
    "entry_ux.export.done": ("报表已导出：\n{path}\n\n请打印、盖章后报送。",
                             "The report was exported:\n{path}\n\nPrint it, stamp it and send it."),
    "entry_ux.export.open_folder": ("打开所在文件夹", "Open its folder"),
    "entry_ux.close": ("关闭", "Close"),
    # Side panels.
    "entry_ux.view.menu": ("视图(&V)", "&View"),
    "entry_ux.view.side": ("显示侧栏（审核、修改记录、指标说明）",
                           "Show the side panels (checks, history, definition)"),
}
