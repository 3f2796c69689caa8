"""Catalog mistakes that load without complaint and then show wrong figures: each check a
small function of one raw entry and what the loader knows about the plan, returning the
key at fault and the problem, or None.

- a rate's target written as a fraction beside its text in percent (`value = 0.6`,
  "不小于60%" → "1667% 已达标");
- a per-capita scale that disagrees with its unit's words (张/千人 with the default 10000
  shows a tenth of the figure);
- a reporting level no unit of the region has (the row silently reaches nobody), and the
  level `department` with no department named;
- questions the draft of `plan import` left open (`to_decide`);
- a `%` row that would be summed (over quarters or units), a `lead` that is not one of the
  responsible bodies, `parts` on a row that has none (issue 14).

`INDICATOR_CHECKS` and `BASELINE_CHECKS` are what the loader runs; add a check by adding
a function to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.messages import Message, msg

_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
# The base a per-capita figure is counted on, as units and targets write it: 张/千人,
# 名/万名老年人, 每千人, 每万老年人口.
_PER_BASE = re.compile(r"(?:每|/|／)\s*(十万|万|千|百)")
_PER_SCALE = {"十万": 100000.0, "万": 10000.0, "千": 1000.0, "百": 100.0}


@dataclass(frozen=True)
class PlanContext:
    """What the checks need beyond the entry: the region's unit types."""

    region: str
    region_type: str
    types_below: frozenset[str]  # types of the units below the region, departments apart
    default_scale: float


Found = tuple[str, Message] | None
IndicatorCheck = Callable[[Mapping[str, Any], PlanContext], Found]


def rate_target_hundredfold(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    if raw.get("kind") != "rate":
        return None
    for year, target in raw.get("targets", {}).items():
        fixed = _hundredfold(target.get("value"), target.get("text", ""))
        if fixed is not None:
            return f"targets.{year}.value", _hundredfold_problem(target, fixed)
    for index, conflict in enumerate(raw.get("conflicts", [])):
        fixed = _hundredfold(conflict.get("value"), conflict.get("text", ""))
        if fixed is not None:
            return f"conflicts[{index}].value", _hundredfold_problem(conflict, fixed)
    return None


def _hundredfold(value: object, text: str) -> float | None:
    """The percent the text says, when `value` is it ÷ 100 or × 100."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    for match in _PERCENT.finditer(text):
        percent = float(match.group(1))
        if _same(value, percent):
            return None
        if percent and (_same(value * 100, percent) or _same(value, percent * 100)):
            return percent
    return None


def _hundredfold_problem(entry: Mapping[str, Any], fixed: float) -> Message:
    return msg("catalog.p.rate_target_hundredfold", value=_number(entry["value"]),
               text=entry.get("text", ""), fixed=_number(fixed))


def scale_vs_unit(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    if raw.get("kind") != "per_capita":
        return None
    texts = [raw.get("unit", ""), *(t.get("text", "") for t in raw.get("targets", {}).values())]
    said = next((m for t in texts if (m := _PER_BASE.search(t))), None) or _PER_BASE.search(
        raw.get("name", ""))
    if said is None:
        return None
    expected = _PER_SCALE[said.group(1)]
    scale = float(raw.get("scale", ctx.default_scale))
    if _same(scale, expected):
        return None
    factor = max(scale, expected) / min(scale, expected)
    return "scale", msg("catalog.p.scale_vs_unit", words=said.string, expected=_number(expected),
                        scale=_number(scale), factor=_number(factor))


def reporting_level_present(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    """A level below the region that none of its units has. A region whose tree has no
    units below it yet (临海: its towns are added in the program) is not judged."""
    levels = [t for t in raw.get("reporting_level", []) if t != "department"]
    lower = [t for t in levels if t != ctx.region_type]
    if not lower or not ctx.types_below or set(lower) & ctx.types_below:
        return None
    return "reporting_level", msg("catalog.p.level_absent", levels=", ".join(lower),
                                  region=ctx.region, present=", ".join(sorted(ctx.types_below)))


def department_has_responsible(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    if "department" in raw.get("reporting_level", []) and not raw.get("responsible"):
        return "reporting_level", msg("catalog.p.department_without_responsible")
    return None


def nothing_to_decide(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    """`plan import` writes the questions it could not answer as `to_decide`: a draft
    with any left is not a catalog yet."""
    questions = raw.get("to_decide", [])
    if questions:
        return "to_decide", msg("catalog.p.to_decide", questions="；".join(questions))
    return None


def baseline_hundredfold(raw: Mapping[str, Any], kind: str) -> Found:
    if kind != "rate":
        return None
    fixed = _hundredfold(raw.get("value"), raw.get("text", ""))
    return ("value", _hundredfold_problem(raw, fixed)) if fixed is not None else None


def rate_value_hundredfold(entry: Mapping[str, Any]) -> Message | None:
    """The same mistake in any entry of a rate (a unit's own target): value ÷ 100 of its text."""
    fixed = _hundredfold(entry.get("value"), entry.get("text", ""))
    return _hundredfold_problem(entry, fixed) if fixed is not None else None


PERCENT_UNITS = ("%", "％", "‰")


def percent_not_summed(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    """Percentages are never added (DESIGN §2): a `%` row is a rate with its parts, or a
    reference figure shown as written (an amount, `stock`, `aggregate = "none"`)."""
    kind = raw.get("kind")
    if raw.get("unit", "").strip() not in PERCENT_UNITS or kind not in ("count", "amount"):
        return None
    if raw.get("measure") == "flow":
        return "measure", msg("catalog.percent_summed", unit=raw["unit"],
                              how=msg("catalog.percent_over_quarters"))
    if kind == "count" or raw.get("aggregate", "sum") != "none":
        return "aggregate", msg("catalog.percent_summed", unit=raw["unit"],
                                how=msg("catalog.percent_over_units"))
    return None


def lead_is_responsible(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    """`lead` names one of the responsible departments (the one that reports a shared figure)."""
    if "lead" in raw and raw["lead"] not in raw.get("responsible", []):
        return "lead", msg("catalog.lead_not_responsible", lead=raw["lead"],
                           responsible="、".join(raw.get("responsible", [])) or "—")
    return None


def parts_only_with_parts(raw: Mapping[str, Any], ctx: PlanContext) -> Found:
    """`parts = "amount"` (a rate whose numerator and denominator are money) belongs to a rate."""
    if "parts" in raw and raw.get("kind") not in ("rate", "per_capita"):
        return "parts", msg("catalog.parts_without_parts", kind=raw.get("kind", ""))
    return None


INDICATOR_CHECKS: tuple[IndicatorCheck, ...] = (
    rate_target_hundredfold, scale_vs_unit, reporting_level_present,
    department_has_responsible, nothing_to_decide, percent_not_summed, lead_is_responsible,
    parts_only_with_parts,
)
BASELINE_CHECKS: tuple[Callable[[Mapping[str, Any], str], Found], ...] = (baseline_hundredfold,)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
