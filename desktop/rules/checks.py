"""审核: the checks declared in the catalogs, run by one engine for the window (as values
are typed), the command line, submission, export and import.

- type and range: counts whole, numbers ≥ 0, a rate's numerator ≤ denominator, both parts
  given, a status from the list;
- cross-indicator rules from the catalog (`[[rule]]`: 护理型床位 ≤ 机构床位);
- jumps against last quarter or the baseline beyond the catalog's `max_jump` ratio.

Errors stop submission and export; a warning is satisfied by a note (情况说明).
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from desktop.catalog import STATUSES, Indicator, Kind, Measure, Plan, Rule
from desktop.messages import say
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules.derive import baseline_figure, figure, year_to_date
from desktop.rules.numbers import is_whole

ERROR, WARNING = "error", "warning"

# The message of each kind of finding (desktop/messages/cli.py): a closed table, so that
# every key is written out where tests/test_messages.py sees it.
CHECK_KEYS = {
    "negative": "check.negative", "whole": "check.whole", "parts": "check.parts",
    "zero_base": "check.zero_base", "num_gt_den": "check.num_gt_den", "status": "check.status",
    "jump_quarter": "check.jump_quarter", "jump_baseline": "check.jump_baseline",
    "rule": "check.rule",
}

_OPS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt, "==": operator.eq,
}


@dataclass(frozen=True)
class Finding:
    severity: str  # error | warning
    code: str  # what kind of check: whole, negative, parts, num_gt_den, status, rule, jump_*
    indicator: str
    field: str  # the input cell to jump to
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    explained: bool = False  # a warning answered by a note

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR

    @property
    def holds_back(self) -> bool:
        """What stops submission and export (and marks a report's row): an error, or a
        warning nobody explained."""
        return self.blocking or not self.explained

    @property
    def key(self) -> str:
        return CHECK_KEYS[self.code]

    def message(self, lang: str | None = None) -> str:
        """In `lang`, by default the process's (the window's, --lang); a catalog rule's own
        words stay as the catalog writes them."""
        return say(self.key, lang, **self.params)


def check_entry(ind: Indicator, entry: Entry) -> list[Finding]:
    """The checks of one cell alone: run as a value is typed."""
    found: list[Finding] = []
    if ind.kind.is_number:
        for name in ("numerator", "denominator") if ind.kind.has_parts else ("value",):
            number = entry.number(name)
            if number is None:
                continue
            if number < 0:
                found.append(Finding(ERROR, "negative", ind.id, name, {"value": _fmt(number)}))
            if ind.whole_number_required(name) and not is_whole(number):
                found.append(Finding(ERROR, "whole", ind.id, name, {"value": _fmt(number)}))
        if ind.kind.has_parts:
            found.extend(_check_parts(ind, entry))
    elif ind.kind is Kind.STATUS and entry.text not in (None, "", *STATUSES):
        found.append(Finding(ERROR, "status", ind.id, "text",
                             {"value": entry.text, "allowed": "/".join(STATUSES)}))
    return found


def _check_parts(ind: Indicator, entry: Entry) -> list[Finding]:
    num, den = entry.numerator, entry.denominator
    if (num is None) != (den is None):
        missing = "denominator" if den is None else "numerator"
        return [Finding(ERROR, "parts", ind.id, missing)]
    if num is None or den is None:
        return []
    if den == 0 and num > 0:
        return [Finding(ERROR, "zero_base", ind.id, "denominator")]
    if ind.kind is Kind.RATE and num > den:
        return [Finding(ERROR, "num_gt_den", ind.id, "numerator",
                        {"num": _fmt(num), "den": _fmt(den)})]
    return []


def check_unit_period(plan: Plan, period: Period, entries: Mapping[tuple[str, Period], Entry],
                      baselines: Mapping[str, BaselineValue]) -> list[Finding]:
    """Every check of one unit's quarter. `entries` holds (indicator id, period) → Entry
    for this year's quarters and last year's Q4; `baselines` indicator id → baseline."""
    found: list[Finding] = []
    for ind in plan.indicators:
        found.extend(check_indicator(plan, ind, period, entries, baselines.get(ind.id)))
    return found + check_rules(plan, plan.rules, period, entries)


def check_indicator(plan: Plan, ind: Indicator, period: Period,
                    entries: Mapping[tuple[str, Period], Entry],
                    baseline: BaselineValue | None) -> list[Finding]:
    """The checks of one indicator's own cell: type and range, and its jumps."""
    entry = entries.get((ind.id, period))
    if entry is None:
        return []
    cell = check_entry(ind, entry)
    cell.extend(_check_jumps(plan, ind, period, entries, baseline))
    return [_explained(f, entry) for f in cell]


def check_rules(plan: Plan, rules: Iterable[Rule], period: Period,
                entries: Mapping[tuple[str, Period], Entry]) -> list[Finding]:
    """The cross-indicator rules given (each finding names its rule in `params["rule"]`)."""
    return [f for rule in rules for f in _check_rule(plan, rule, period, entries)]


def _check_rule(plan: Plan, rule: Rule, period: Period,
                entries: Mapping[tuple[str, Period], Entry]) -> list[Finding]:
    left_ind, right_ind = plan.indicator(rule.left), plan.indicator(rule.right)
    left = figure(left_ind, entries.get((rule.left, period)))
    right = figure(right_ind, entries.get((rule.right, period)))
    if left is None or right is None or _OPS[rule.op](left, right):
        return []
    entry = entries.get((rule.left, period))
    cell = "value" if not left_ind.kind.has_parts else "numerator"
    finding = Finding(rule.severity, "rule", rule.left, cell,
                      {"message": rule.message, "left": left_ind.name, "left_value": _fmt(left),
                       "op": rule.op, "right": right_ind.name, "right_value": _fmt(right),
                       "rule": rule.id})
    return [_explained(finding, entry)]


def _check_jumps(plan: Plan, ind: Indicator, period: Period,
                 entries: Mapping[tuple[str, Period], Entry],
                 baseline: BaselineValue | None) -> list[Finding]:
    limit = ind.max_jump if ind.max_jump is not None else plan.max_jump
    if limit is None or not ind.kind.is_number:
        return []
    found = []
    now = figure(ind, entries.get((ind.id, period)))
    before = figure(ind, entries.get((ind.id, period.previous)))
    if _jumped(now, before, limit):
        found.append(Finding(WARNING, "jump_quarter", ind.id, _main_field(ind),
                             {"now": _fmt(now), "before": _fmt(before),
                              "limit": f"{limit:.0%}"}))
    base = baseline_figure(ind, baseline)
    if ind.measure is Measure.FLOW:
        # A flow's baseline is last year's total: compare the whole year, at year end.
        this_year = {p: e for (i, p), e in entries.items() if i == ind.id and p.year == period.year}
        now = year_to_date(ind, this_year, period).value if period.quarter == 4 else None
    if _jumped(now, base, limit):
        found.append(Finding(WARNING, "jump_baseline", ind.id, _main_field(ind),
                             {"now": _fmt(now), "before": _fmt(base), "limit": f"{limit:.0%}"}))
    return found


def _jumped(now: float | None, before: float | None, limit: float) -> bool:
    if now is None or before is None or before == 0:
        return False
    return abs(now - before) / abs(before) > limit


def _explained(finding: Finding, entry: Entry | None) -> Finding:
    if finding.severity == WARNING and entry is not None and (entry.note or "").strip():
        return Finding(finding.severity, finding.code, finding.indicator, finding.field,
                       finding.params, explained=True)
    return finding


def _main_field(ind: Indicator) -> str:
    return "numerator" if ind.kind.has_parts else "value"


def _fmt(number: float | None) -> str:
    if number is None:
        return "—"
    return str(int(number)) if float(number).is_integer() else f"{number:.4g}"
