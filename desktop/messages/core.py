"""Messages of the refusals every layer shares (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "error.text": ("{text}", "{text}"),
    "output.data_file": ("不能把报表保存为 {path}：这是数据文件 {data} 本身或它的附属文件（日志、锁、备份），"
                         "覆盖它会毁掉已录入的数据。请另选一个文件名。",
                         "Will not save the report as {path}: it is the data file {data} itself or one"
                         " of its companions (log, lock, backup); writing there would destroy the data."
                         " Choose another name."),
    "output.not_a_file": ("不能把报表保存为 {path}：它不是普通文件（是文件夹或设备）。请另选一个文件名。",
                          "Will not save the report as {path}: it is not a plain file (a folder or"
                          " a device). Choose another name."),
    "output.not_a_workbook": ("{path} 已存在且不是 Excel 工作簿（.xlsx），不会覆盖它。请另选一个文件名。",
                              "{path} exists and is not an Excel workbook (.xlsx): it will not be"
                              " overwritten. Choose another name."),
    "output.unusable": ("无法使用 {path}：{reason}", "Cannot use {path}: {reason}"),
}
