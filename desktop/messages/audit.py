"""Words added by the audit of issues 13–18 (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "package.folder_not_a_folder": (
        "不能把方案包保存到 {path}：它不是文件夹。请另选一个文件夹（不存在的会新建）。",
        "Cannot save plan packages in {path}: it is not a folder. Choose another folder "
        "(one that does not exist is made)."),
    "plans.draft_not_a_folder": (
        "不能把草稿写到 {path}：它不是文件夹。请用 -o 另选一个文件夹（不存在的会新建）。",
        "Cannot write the draft into {path}: it is not a folder. Choose another folder with -o "
        "(one that does not exist is made)."),
}
