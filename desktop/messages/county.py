"""The county's import summary, baseline preview and 报送情况 (issue 17, items 12–14)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "import.choice_unknown": ("冲突处理只能是 保留本地（skip）或 采用报表（replace），不能是 {choice}。",
                              "A conflict choice is keep local (skip) or take the report (replace), "
                              "not {choice}."),
    "baseline.bad_unit_choice": ("“{name}”不能对应到单位 {unit}：它不在本规划的地区内。",
                                 "“{name}” cannot stand for unit {unit}: it is not in this plan's region."),
}
