"""The data file's refusals and failures (desktop/store; see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "store.restore_question": ("{error}\n\n是否用备份恢复？（损坏的文件会保留在原处旁边）",
                               "{error}\n\nRestore the backup? (The damaged file is kept beside"
                               " it.)"),
    "store.missing": ("数据文件 {path} 不存在。", "The data file {path} does not exist."),
    "store.no_lock_file": ("无法在 {folder} 创建锁文件：{reason}",
                           "Cannot create the lock file in {folder}: {reason}"),
    "store.overwritten": ("文件开头已不是数据库格式，可能被其他文件覆盖或损坏",
                          "the file no longer starts as a database: overwritten by another"
                          " file, or damaged"),
    "store.not_ours": ("{path} 不是银龄台账的数据文件（也不是 SQLite 数据库）。",
                       "{path} is not a Yinling Ledger data file (nor an SQLite database)."),
    "store.other_program": ("{path} 是其他程序的 SQLite 数据库，不是银龄台账的数据文件。",
                            "{path} is another program's SQLite database, not a Yinling Ledger"
                            " data file."),
    "store.too_new_backup": ("本版本能打开的最近备份是 {backup}（{when}，其后的修改不在其中）。",
                             " The latest backup this version can open is {backup} ({when};"
                             " later changes are not in it)."),
    "store.too_new": ("数据文件 {path} 由更新版本的银龄台账创建（数据格式 {version}，本程序支持到 {supported}）。"
                      "请升级程序后再打开；文件未作任何改动。{offer}",
                      "The data file {path} was made by a newer Yinling Ledger (data format"
                      " {version}; this program reads up to {supported}). Upgrade the program"
                      " to open it; the file was not changed.{offer}"),
    "store.no_backup": ("没有找到可用的备份。", " No usable backup was found."),
    "store.backup_offer": ("最近的备份是 {backup}（{when}），可以用它恢复。",
                           " The latest backup is {backup} ({when}); it can be restored."),
    "store.damaged_detail": ("数据文件 {path} 已损坏，程序不会使用它（{detail}）。{offer}",
                             "The data file {path} is damaged; the program will not use it"
                             " ({detail}).{offer}"),
    "store.no_folder": ("无法创建文件夹 {folder}：{reason}", "Cannot create the folder {folder}: {reason}"),
    "store.read_only_place": ("{where} 只读，无法保存数据。请换一个可写的位置或修改权限。数据没有改动。",
                              "{where} is read-only: data cannot be saved there. Choose a writable"
                              " place or change the permissions. Nothing was changed."),
    "store.disk_full": ("磁盘已满，无法写入数据文件 {path}。请清理磁盘空间后重试；已保存的数据不受影响。",
                        "The disk is full: the data file {path} cannot be written. Free some"
                        " space and try again; the data already saved is safe."),
    "store.read_only": ("数据文件 {path} 只读，无法保存。请检查文件或文件夹的写入权限。",
                        "The data file {path} is read-only and cannot be saved. Check the"
                        " write permissions of the file and its folder."),
    "store.busy": ("数据文件 {path} 正被其他程序使用。", "The data file {path} is in use by another program."),
    "store.damaged": ("数据文件 {path} 已损坏。", "The data file {path} is damaged."),
    "store.unreachable": ("无法访问数据文件 {path}（路径不存在或磁盘已断开）。",
                          "Cannot reach the data file {path} (the path does not exist or the"
                          " disk is disconnected)."),
    "store.moved": ("数据文件 {path} 已不在原处（被移动、删除或替换，或所在的 U 盘、网络盘已断开）。"
                    "刚才的修改没有保存；请确认文件位置后重新打开程序。",
                    "The data file {path} is no longer where it was (moved, deleted or replaced,"
                    " or its USB stick or network drive was disconnected). The last change was"
                    " not saved; check where the file is and open the program again."),
}
