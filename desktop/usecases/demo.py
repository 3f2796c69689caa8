"""`yinling demo`: plausible figures for every unit of the data file's own part of a
plan's region (the whole region for a county's file, one town for a town's), every begun
quarter of two years up to today (2024 and 2025 for the shipped plans; for a plan that
starts later, its first year and the year before), and the first of those years as
baselines (for a new plan: the figures a county loads before its first quarter; the year
before a plan is never written as quarters), consistent with the checks, so that every feature
can be tried at once. Figures are generated (seeded, repeatable), never presented as real,
and audited as `demo`.

The demo never touches a file that holds a figure it did not write itself, nor a file
with a submitted or locked quarter: it is for trying the program out, on a file of its own.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from desktop import clock
from desktop.catalog import STATUSES, Indicator, Kind, Measure, Plan, Unit
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules.checks import check_unit_period
from desktop.rules.derive import combine, figure, year_figure
from desktop.store import values as store
from desktop.store.database import Database
from desktop.usecases.merging import contributors
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

DEMO_WHO = "演示数据"
DEMO_LAST_YEAR = 2025  # the shipped plans end by 2025: their demo shows 2024–2025
_NOTE = "演示数据：本季度数值波动系季节性因素及统计口径调整所致。"
_TEXTS = ("本季度按计划推进，各项工作有序开展。", "已完成阶段性任务，正在总结经验。",
          "受季节因素影响进度略慢，下季度加快推进。")


@dataclass(frozen=True)
class DemoResult:
    values: int
    baselines: int
    units: int


class DemoRefused(UseCaseError):
    """The file holds real work: the demo does not mix generated figures into it."""


def fill_demo(ws: Workspace, plan_ids: tuple[str, ...] | None = None, seed: int = 2024
              ) -> tuple[Changes, DemoResult]:
    plans = _plans(ws, plan_ids)
    total = DemoResult(0, 0, 0)
    with ws.data.writing() as db:
        _refuse_real_work(ws, db)
        for plan in plans:
            generator = _PlanDemo(ws, plan, random.Random(f"{seed}:{plan.id}"))
            rows, bases = generator.generate()
            written = store.write_entries_bulk(db, plan.id, rows, DEMO_WHO)
            store.audit_bulk(db, plan.id, rows, "demo", DEMO_WHO)
            based = store.write_baselines(db, plan.id, bases, "demo")
            total = DemoResult(total.values + written, total.baselines + based,
                               total.units + len(generator.units))
        store.log_import(db, "demo", "", "ok", f"{total.values} values", ws.clerk)
    return Changes(baselines=total.baselines, meta=True), total


def _plans(ws: Workspace, plan_ids: tuple[str, ...] | None) -> list[Plan]:
    """The plans asked for (all by default) that the file's own unit reports on."""
    chosen = [ws.plan(p) for p in plan_ids] if plan_ids is not None else list(ws.catalog.plans)
    own = ws.own_unit
    tree = ws.catalog.units
    mine = [p for p in chosen if not own or tree.is_within(own, p.region)
            or tree.is_within(p.region, own)]
    if plan_ids is not None and len(mine) < len(chosen):
        other = next(p for p in chosen if p not in mine)
        raise DemoRefused("demo.other_region", own=ws.unit(own).name,
                          region=ws.unit(other.region).name)
    return mine


def _refuse_real_work(ws: Workspace, db: Database) -> None:
    if store.foreign_figures(db, DEMO_WHO, "demo"):
        raise DemoRefused("demo.real_figures", path=ws.data.path)
    if store.non_draft_quarters(db):
        raise DemoRefused("demo.submitted", path=ws.data.path)


class _PlanDemo:
    def __init__(self, ws: Workspace, plan: Plan, rng: random.Random) -> None:
        self.plan, self.rng, self.tree = plan, rng, ws.catalog.units
        region = (self.tree.get(plan.region), *self.tree.descendants(plan.region))
        own = ws.own_unit
        # The file's own part of the region: a town's file holds the town's figures only.
        self.units = tuple(u for u in region if not own or self.tree.is_within(u.code, own))
        self.today = clock.today()
        last = min(max(DEMO_LAST_YEAR, plan.years[0]), self.today.year)
        self.years = (last - 1, last)  # the first one also gives the baselines of the second

    def written(self, period: Period) -> bool:
        """A generated quarter that is stored: begun, and within the plan."""
        return period.year >= self.plan.years[0] and period.first_day <= self.today

    def generate(self) -> tuple[list[tuple[str, str, str, Entry]], list[BaselineValue]]:
        """Every unit's quarters; the region last, its own 本级 beside its children's (and
        its 上年基数 their total), departments sharing a figure reporting the lead's."""
        region, below = self.units[0], self.units[1:]
        raw = {u.code: {ind.id: self._series(ind, u, role) for ind in self.plan.indicators
                        if (role := self._role(ind, u))} for u in (*below, region)}
        self._share_lead_figures(raw)
        rows: list[tuple[str, str, str, Entry]] = []
        bases: dict[str, dict[str, BaselineValue]] = {}
        for unit in (*below, region):
            series = raw[unit.code]
            if not series:
                continue
            self._apply_rules(series)
            unit_bases = {ind_id: base for ind_id, by_period in series.items()
                          if (base := self._baseline(self.plan.indicator(ind_id), unit, by_period))}
            if unit is region:
                unit_bases.update(self._region_baselines(region, unit_bases, bases))
            self._explain_warnings(series, unit_bases)
            for ind_id, by_period in series.items():
                rows.extend((ind_id, unit.code, str(p), e) for p, e in by_period.items()
                            if self.written(p))
            bases[unit.code] = unit_bases
        return rows, [b for unit_bases in bases.values() for b in unit_bases.values()]

    def _share_lead_figures(self, raw: dict[str, dict[str, dict[Period, Entry]]]) -> None:
        """Departments that share a figure (建立老年人能力综合评估机构：民政局、卫生健康局) count the
        same institutions: the others report what the lead reports."""
        for ind in self.plan.indicators:
            lead = self.tree.department_named(self.plan.region, ind.lead_department)
            if lead is None or ind.id not in raw.get(lead.code, {}):
                continue
            for name in ind.responsible:
                other = self.tree.department_named(self.plan.region, name)
                if other is not None and other != lead and ind.id in raw.get(other.code, {}):
                    raw[other.code][ind.id] = dict(raw[lead.code][ind.id])

    def _region_baselines(self, region: Unit, own: dict[str, BaselineValue],
                          below: dict[str, dict[str, BaselineValue]]) -> dict[str, BaselineValue]:
        """The region's 上年基数 is last year's total: its children's and its own 本级 added
        up as the consolidation adds them."""
        found = {}
        children = self.tree.children(region.code)
        for ind in self.plan.indicators:
            if not ind.kind.is_number or ind.aggregate == "none":
                continue
            reporting = [c for c in children if ind.id in below.get(c.code, {})]
            parts = [below[c.code][ind.id] for c in contributors(self.plan, self.tree, ind, reporting)]
            if not parts:
                continue
            parts += [own[ind.id]] if ind.id in own else []
            summed = combine(ind, [Entry(value=b.value, numerator=b.numerator,
                                         denominator=b.denominator) for b in parts])
            found[ind.id] = BaselineValue(ind.id, region.code, self.years[0], summed.value,
                                          summed.numerator, summed.denominator, None)
        return found

    def _explain_warnings(self, series: dict[str, dict[Period, Entry]],
                          bases: dict[str, BaselineValue]) -> None:
        """Run the real checks; a warning gets the note a clerk would write, and an error
        would be a bug in this generator."""
        for period in (p for y in self.years for p in Period.of_year(y)):
            entries = {(i, p): e for i, by_period in series.items() for p, e in by_period.items()}
            year_bases = bases if period.year == self.years[1] else {}
            for finding in check_unit_period(self.plan, period, entries, year_bases):
                if finding.blocking:
                    raise AssertionError(f"demo data fails {finding.code}: {finding.indicator}")
                if not finding.explained:
                    entry = series[finding.indicator][period]
                    series[finding.indicator][period] = replace(entry, note=_NOTE)

    def _role(self, ind: Indicator, unit: Unit) -> str:
        """Who fills an indicator: the lowest level that reports it ("all"); a department
        only for what it is responsible for; a parent beside its towns only a small 本级
        ("own": its own institutions, counts and amounts) — never beside departments, whose
        figure is the region's."""
        if unit.is_department:
            responsible = "department" in ind.reporting_level and any(
                self.tree.department_named(self.plan.region, r) == unit for r in ind.responsible)
            return "all" if responsible else ""
        if unit.type not in ind.reporting_level:
            return ""
        levels = set(ind.reporting_level)
        children = self.tree.children(unit.code)
        if {u.type for u in children if not u.is_department} & levels:
            summed = ind.kind is Kind.COUNT or (ind.kind is Kind.AMOUNT and ind.aggregate == "sum")
            return "own" if summed else ""
        if "department" in levels and any(self._role(ind, u) for u in children if u.is_department):
            return ""
        return "all"

    def _series(self, ind: Indicator, unit: Unit, role: str) -> dict[Period, Entry]:
        periods = [p for y in self.years for p in Period.of_year(y)]
        if ind.kind is Kind.STATUS:
            return {p: Entry(text=self._status(i)) for i, p in enumerate(periods)}
        if ind.kind is Kind.TEXT:
            return {p: Entry(text=self.rng.choice(_TEXTS)) for p in periods}
        if ind.kind.has_parts:
            return dict(self._parts(ind, unit, periods))
        return dict(self._numbers(ind, unit, periods, role == "own"))

    def _status(self, index: int) -> str:
        # 未启动 early, 推进中 through the middle, most done by the end of the second year.
        if index < 2:
            return STATUSES[self.rng.random() < 0.5]
        if index >= 6 and self.rng.random() < 0.6:
            return STATUSES[2]
        return STATUSES[1]

    def _goal(self, ind: Indicator, year: int) -> float | None:
        target = ind.target_for(year) or ind.final_target
        if target is not None and target.value is not None:
            return target.value
        seed_base = next((b for b in self.plan.baselines if b.indicator_id == ind.id), None)
        return seed_base.value if seed_base else None

    def _parts(self, ind: Indicator, unit: Unit, periods: list[Period]
               ) -> Iterator[tuple[Period, Entry]]:
        small = unit.type in ("town", "township", "street", "farm", "department")
        den = self.rng.randint(40, 400) if small else self.rng.randint(400, 4000)
        goal = self._goal(ind, self.years[1])
        if goal:  # enough cases that one more or less is not a jump
            den = max(den, math.ceil(30 / (goal / ind.scale)))
        for period in periods:
            goal = self._goal(ind, period.year)
            level = (goal if goal is not None else 50.0) / ind.scale
            share = level * self.rng.uniform(0.85, 1.02) * (0.95 + 0.01 * period.quarter)
            if ind.kind is Kind.RATE:
                share = min(share, 1.0)
            num = float(round(den * share))
            yield period, Entry(numerator=num, denominator=float(den))
            den = den + self.rng.randint(0, max(1, den // 50))

    def _numbers(self, ind: Indicator, unit: Unit, periods: list[Period], own: bool = False
                 ) -> Iterator[tuple[Period, Entry]]:
        fixed = ind.kind is Kind.AMOUNT and ind.aggregate == "none"
        goal = self._goal(ind, self.years[1])
        per_unit = self._unit_share(goal if goal is not None else 120.0, unit, fixed, own)
        level = per_unit * self.rng.uniform(0.7, 0.9)
        for period in periods:
            if fixed:  # a standard or a per-head figure; a flow's quarter is a quarter of it
                value = self._goal(ind, period.year) or per_unit
                value = value / 4 if ind.measure is Measure.FLOW else value
            elif ind.measure is Measure.FLOW:
                value = per_unit / 4 * self.rng.uniform(0.85, 1.15)
                if ind.kind is Kind.COUNT and value < 3:  # 1次 a year: some quarters 1, some 0
                    value = math.floor(value) + (self.rng.random() < value % 1)
            else:
                level *= self.rng.uniform(1.0, 1.04)
                value = level
            yield period, Entry(value=self._round(ind, value))

    def _unit_share(self, region_value: float, unit: Unit, fixed: bool, own: bool = False
                    ) -> float:
        if own:  # 本级: a county's own institutions, a fraction of one town's share
            towns = [u for u in self.tree.children(unit.code) if not u.is_department]
            return region_value / max(1, len(towns)) * self.rng.uniform(0.1, 0.3)
        if fixed or unit.code == self.plan.region or unit.is_department:
            return region_value  # a department reports the region's figure
        # The region's figure shared among its towns, streets and farms alike.
        peers = [u for u in self.tree.children(unit.parent or "") if not u.is_department]
        return region_value / max(1, len(peers)) * self.rng.uniform(0.7, 1.3)

    @staticmethod
    def _round(ind: Indicator, value: float) -> float:
        if ind.kind is Kind.COUNT:
            return float(max(0, round(value)))
        return round(max(0.0, value), 2)

    def _apply_rules(self, series: dict[str, dict[Period, Entry]]) -> None:
        """Pull a rule's left side down (or up) to its right side, so the demo passes."""
        for _ in range(3):  # chains such as 护理型 ≤ 机构 ≤ 全部床位 settle in a few passes
            for rule in self.plan.rules:
                if rule.left not in series or rule.right not in series:
                    continue
                left_ind, right_ind = self.plan.indicator(rule.left), self.plan.indicator(rule.right)
                for period, entry in series[rule.left].items():
                    bound = figure(right_ind, series[rule.right].get(period))
                    if bound is not None:
                        series[rule.left][period] = _clamp(left_ind, entry, bound, rule.op)

    def _baseline(self, ind: Indicator, unit: Unit, by_period: dict[Period, Entry]
                  ) -> BaselineValue | None:
        if not ind.kind.is_number:
            return None
        first = self.years[0]
        parts = year_figure(ind, {p: e for p, e in by_period.items() if p.year == first}, first)
        if parts.value is None:
            return None
        return BaselineValue(ind.id, unit.code, first, parts.value, parts.numerator,
                             parts.denominator, None)


def _clamp(ind: Indicator, entry: Entry, bound: float, op: str) -> Entry:
    low = op in ("<=", "<", "==")
    value = figure(ind, entry)
    if value is None or (value <= bound if low else value >= bound):
        return entry
    if ind.kind.has_parts and entry.denominator:
        num = math.floor(bound / ind.scale * entry.denominator) if low else \
            math.ceil(bound / ind.scale * entry.denominator)
        return Entry(numerator=float(min(num, entry.denominator)), denominator=entry.denominator)
    rounded = math.floor(bound) if ind.kind is Kind.COUNT and low else \
        math.ceil(bound) if ind.kind is Kind.COUNT else bound
    return Entry(value=float(rounded))
