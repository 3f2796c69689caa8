"""Words the core hands the window and the command line (progress, 属性, a target's
qualifiers, the checks panel's lines); see `desktop.messages`. The report workbook renders
the same messages in Chinese whatever the process's language: its format is Chinese."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "progress.met": ("已达标", "met"),
    "progress.on_track": ("进度正常", "on track"),
    "progress.behind": ("略有滞后", "behind"),
    "progress.off_track": ("明显滞后", "off track"),
    "progress.towards": ("向末年目标推进", "towards the end-year target"),
    "progress.exceeded": ("超出上限", "over the ceiling"),
    "progress.share": ("{share} {word}", "{share} {word}"),
    "progress.over_points": ("{word} {excess} 个百分点", "{word} by {excess} points"),
    "progress.over_by": ("{word} {excess}{unit}", "{word} by {excess}{unit}"),
    "progress.within": ("{shown}（≤{target}）{word}", "{shown} (≤{target}) {word}"),
    "progress.to_verify": ("{text}（待核实）", "{text} (to be verified)"),
    "target.whole_region": ("{text}（全域）", "{text} (whole region)"),
    "target.of_year": ("{text}（{year}年）", "{text} ({year})"),
    "target.in_year": ("{year}年 {text}", "{year}: {text}"),
    "target.list_joiner": ("；", "; "),
    "attribute.binding": ("约束性", "binding"),
    "attribute.expected": ("预期性", "expected"),
    "targets.names_more": ("{names}等", "{names} and others"),
    "history.line": ("{at}  {who}  {how}  {field}：{old} → {new}{reason}",
                     "{at}  {who}  {how}  {field}: {old} → {new}{reason}"),
    "history.reason": ("（{reason}）", " ({reason})"),
    "history.empty": ("空", "empty"),
    "import.signature_note": ("：{note}", ": {note}"),
    "check.listed": ("[{severity}] {name}：{message}", "[{severity}] {name}: {message}"),
}

# 属性 as the catalogs write it → its message: a closed table (tests/test_messages.py).
ATTRIBUTE_KEYS = {"约束性": "attribute.binding", "预期性": "attribute.expected"}
