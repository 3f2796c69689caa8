"""Words of starting the program: the data file already open elsewhere (see
`desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "firstrun.in_use_here": (
        "数据文件 {path} 已在另一个银龄台账窗口中打开：本机上的另一个银龄台账（进程号 {pid}）"
        "自{since}起正在使用它。请先关闭那个窗口（或等那条命令结束）再试。",
        "The data file {path} is already open in another Yinling window: another Yinling on this "
        "computer (process {pid}) has been using it since {since}. Close that window (or wait for "
        "that command to finish) and try again."),
    "firstrun.in_use_elsewhere": (
        "数据文件 {path} 已在另一个银龄台账窗口中打开：计算机“{host}”上的银龄台账自{since}起"
        "正在使用它。请先在那台计算机上关闭它再试。",
        "The data file {path} is already open in another Yinling window: Yinling on the computer "
        "“{host}” has been using it since {since}. Close it on that computer and try again."),
    "firstrun.today_at": ("今天 {hour}", "today {hour}"),
    "firstrun.in_use": (
        "数据文件 {path} 已在另一个银龄台账窗口或命令中打开。请先关闭它再试。",
        "The data file {path} is already open in another Yinling window or command. Close it and "
        "try again."),
}
