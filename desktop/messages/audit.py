"""Words added by the audit of issues 13–18 (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "package.folder_not_a_folder": (
        "不能把方案包保存到 {path}：它不是文件夹。请另选一个文件夹（不存在的会新建）。",
        "Cannot save plan packages in {path}: it is not a folder. Choose another folder "
        "(one that does not exist is made)."),
    "package.name_taken": (
        "不能把方案包保存为 {path}：那里已有一个同名的文件夹或设备。请另选一个文件夹。",
        "Cannot save the plan package as {path}: a folder or device of that name is there. "
        "Choose another folder."),
    "plans.draft_not_a_folder": (
        "不能把草稿写到 {path}：它不是文件夹。请用 -o 另选一个文件夹（不存在的会新建）。",
        "Cannot write the draft into {path}: it is not a folder. Choose another folder with -o "
        "(one that does not exist is made)."),
    "package.is_the_data_file": (
        "{file} 是本程序正在使用的数据文件（或它的日志、锁、备份），不是方案包。",
        "{file} is the data file this program is using (or its log, lock or backup), not a plan package."),
    "plans.sheet_is_the_data_file": (
        "{file} 是本程序正在使用的数据文件（或它的日志、锁、备份），不是指标表。",
        "{file} is the data file this program is using (or its log, lock or backup), not an indicator table."),
    "package.opened_by_its_issuer": (
        "这是{own}的数据文件，它给下级单位下发方案包、分解目标；在这里打开{unit}的方案包会把它变成{unit}的"
        "数据文件，所以没有打开。请把方案包交给{unit}，在{unit}的电脑上打开。",
        "This is {own}'s data file, which issues plan packages and splits targets among its units; "
        "opening {unit}'s package here would make it {unit}'s file, so it was not opened. Give the "
        "package to {unit} and open it on {unit}'s computer."),
}
