"""How plans write targets and units, read into what a catalog needs: `≥60%`, `60%以上`,
`不低于55%`, `≤40%`, `1000户`, `25名/万人`, `1.5万张`, `明显增长`, `每个县至少1所`.

Pure functions of text; `desktop.catalog.draft` turns them into proposals.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Checked in this order: the negated phrases first (不低于 contains 低于).
_AT_LEAST_FIRST = ("不低于", "不少于", "不小于")
_AT_MOST_FIRST = ("不高于", "不超过", "不大于", "不多于")
_AT_MOST = ("≤", "<=", "<", "以下", "以内", "低于", "控制在", "降至", "降到", "下降到", "至多",
            "最多", "少于")
_AT_LEAST = ("≥", ">=", ">", "以上", "至少", "达到", "超过", "高于", "力争", "多于")
_RISING = ("增长", "提高", "提升", "增加", "扩大", "上升", "增强", "全覆盖", "实现")
_FALLING = ("下降", "降低", "减少", "压减", "缩小")
# Lower is better: a target written plainly ("40%") for these is at most.
LOWER_IS_BETTER = ("空置率", "发生率", "死亡率", "事故", "投诉", "流失率", "等待时间", "等候时间",
                   "失能率", "下降", "降低", "减少")
_APPROX = ("左右", "约", "大约", "力争", "争取")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?")
_PERCENT_AFTER = re.compile(r"^\s*[%％]")
_UNIT_AFTER = re.compile(r"^\s*([^\d\s,，;；、。()（）≥≤<>=%％]+)")
_PER_UNIT = re.compile(r"(?:每|/|／)\s*(十万|万|千|百)")
_EACH = re.compile(r"^\s*(每个|每一个|各)(县|市|区|镇|乡|街道|乡镇|村|社区|单位)")
PER_SCALE = {"十万": 100000.0, "万": 10000.0, "千": 1000.0, "百": 100.0}

COUNT_UNITS = ("人次", "个", "张", "所", "户", "家", "人", "名", "处", "支", "次", "项", "座", "床",
               "间", "套", "件", "辆", "台", "场", "期", "批", "位", "条", "种", "村", "社区", "栋",
               "门", "部", "只")
AMOUNT_UNITS = ("万元", "亿元", "元", "平方米", "㎡", "公顷", "亩", "岁", "小时", "天", "公里",
                "吨", "千克", "米", "分钟", "年")


@dataclass(frozen=True)
class TargetText:
    """What one target cell says."""

    text: str
    value: float | None = None  # in the row's unit; a percentage in percent (60 for 60%)
    percent: bool = False
    unit: str = ""  # the words after the number: 户, 名/万人, 张床位
    direction: str = ""  # at_least | at_most | "" (not said)
    approximate: bool = False
    each: str = ""  # 每个县至少1所: a requirement of every unit of this kind
    rising: bool = False  # 明显增长: a direction without a number
    falling: bool = False


def normal(text: str) -> str:
    """A cell's text as the plan writes it, on one line (a catalog keeps the plan's words)."""
    return re.sub(r"\s*\n\s*", "", text).strip()


def folded(text: str) -> str:
    """For reading only: full-width forms folded (６０％ → 60%, （ → ()."""
    return unicodedata.normalize("NFKC", normal(text))


def read_target(text: str) -> TargetText:
    words = folded(text)
    direction = _direction(words)
    each = _EACH.match(words)
    number = _NUMBER.search(words)
    rising = any(w in words for w in _RISING)
    falling = any(w in words for w in _FALLING)
    if number is None:
        return TargetText(text, direction=direction, rising=rising, falling=falling,
                          each=each.group(2) if each else "")
    rest = words[number.end():]
    multiplier = number.group(2) or ""
    if multiplier and rest.startswith("元"):  # 2万元 is 2 in 万元, the unit plans use
        rest, multiplier = multiplier + rest, ""
    value = float(number.group(1)) * {"万": 10000.0, "亿": 1e8}.get(multiplier, 1.0)
    percent = bool(_PERCENT_AFTER.match(rest)) or "百分之" in words[:number.start()]
    unit = ""
    if not percent:
        found = _UNIT_AFTER.match(rest)
        unit = found.group(1) if found else ""
        for word in (*_AT_LEAST, *_AT_MOST, "左右"):
            unit = unit.split(word)[0]
    return TargetText(text, value=round(value, 6), percent=percent, unit=unit.strip(),
                      direction=direction, approximate=any(w in words for w in _APPROX),
                      each=each.group(2) if each else "", rising=rising, falling=falling)


def _direction(words: str) -> str:
    if any(w in words for w in _AT_LEAST_FIRST):
        return "at_least"
    if any(w in words for w in _AT_MOST_FIRST):
        return "at_most"
    if any(w in words for w in _AT_MOST):
        return "at_most"
    if any(w in words for w in _AT_LEAST):
        return "at_least"
    return ""


def per_base(*texts: str) -> tuple[str, float] | None:
    """每万/每千 in a unit, target or name: (the words, the scale)."""
    for text in texts:
        found = _PER_UNIT.search(folded(text))
        if found:
            return found.string, PER_SCALE[found.group(1)]
    return None


def count_unit(unit: str) -> str:
    """The count word a unit starts with (张床位 → 张), or ''."""
    unit = folded(unit)
    return next((u for u in COUNT_UNITS if unit.startswith(u)), "")


def amount_unit(unit: str) -> str:
    unit = folded(unit)
    return next((u for u in AMOUNT_UNITS if unit.startswith(u)), "")


def is_percent_unit(unit: str) -> bool:
    return folded(unit) in ("%", "百分比", "百分点") or folded(unit).endswith("%")


def attribute_of(text: str) -> str:
    words = folded(text)
    if "约束" in words:
        return "约束性"
    if "预期" in words:
        return "预期性"
    return ""


def bodies(text: str) -> list[str]:
    """责任单位 as the plan lists them: 民政局、卫生健康局 / one a line / with 牵头 marks."""
    words = re.sub(r"[（(](牵头|配合|负责)[)）]", "", text)
    words = re.sub(r"^(牵头单位|配合单位|责任单位)[:：]", "", words.strip())
    return [p.strip() for p in re.split(r"[、，,；;/\s]+", words) if p.strip()]


UNIT_TYPE_WORDS = (("街道办事处", "street"), ("街道", "street"), ("农场", "farm"), ("林场", "farm"),
                   ("乡镇", "town"), ("镇", "town"), ("乡", "township"), ("场", "farm"),
                   ("区", "district"), ("县", "county"), ("市", "city"))


def unit_type_of(name: str) -> str:
    """The unit type a name ends with: 东镇 → town, 裕民街道 → street; '' when unsaid."""
    words = folded(name)
    return next((t for word, t in UNIT_TYPE_WORDS if words.endswith(word)), "")


def names_a_kind_of_unit(body: str) -> str:
    """街道, 各镇, 各乡镇(街道): a 责任单位 that is a kind of unit, not a department."""
    words = re.sub(r"[（(].*?[)）]", "", folded(body)).removeprefix("各")
    return next((t for word, t in UNIT_TYPE_WORDS[:7] if words == word), "")


def plan_years(title: str) -> tuple[int, int] | None:
    """（2026—2030年） or “十五五” in a title: the years the plan covers."""
    words = folded(title)
    found = re.search(r"((?:19|20)\d{2})\s*[-—–~～至到]\s*((?:19|20)\d{2})", words)
    if found:
        return int(found.group(1)), int(found.group(2))
    for name, years in (("十四五", (2021, 2025)), ("十五五", (2026, 2030)), ("十六五", (2031, 2035))):
        if name in words:
            return years
    return None
