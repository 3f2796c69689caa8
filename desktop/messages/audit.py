"""Words added by the audit of issues 13–18 (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "package.folder_not_a_folder": (
        "不能把方案包保存到 {path}：它不是文件夹。请另选一个文件夹（不存在的会新建）。",
        "Cannot save plan packages in {path}: it is not a folder. Choose another folder "
        "(one that does not exist is made)."),
}
