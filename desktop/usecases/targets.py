"""Per-unit targets (目标分解, DESIGN §3): what a county asks of each of its units, where the
plan's target is the region's.

A unit's own target comes from the data file (the county typed it, imported it from a sheet,
or — in a town's file — its plan package brought it), else from the catalog's
`[[unit_target]]`. A unit with its own target is measured against it everywhere (report,
template, window, dashboard); the others, and the region itself, against the plan's.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.catalog import Indicator, Kind, Plan, Target, Unit
from desktop.messages import Message, msg
from desktop.rules.numbers import NumberError, parse_number
from desktop.rules.scope import reported_by
from desktop.store import targets as store
from desktop.usecases.workspace import Changes, UseCaseError, Workspace


@dataclass(frozen=True)
class UnitTargets:
    """Every unit target of one plan: (indicator, unit) → {year: Target}."""

    plan: Plan
    targets: dict[tuple[str, str], dict[int, Target]] = field(default_factory=dict)
    sources: dict[tuple[str, str, int], str] = field(default_factory=dict)  # where each came from

    def of(self, indicator: str, unit: str) -> dict[int, Target]:
        return self.targets.get((indicator, unit), {})

    def for_year(self, indicator: str, unit: str, year: int) -> Target | None:
        """The unit's target for `year`; for a year without one, its last year's (a plan
        that splits only its end-year target), as the plan's own targets are read."""
        found = self.of(indicator, unit)
        if not found:
            return None
        return found.get(year) or found[max(found)]

    def exact(self, indicator: str, unit: str, year: int) -> Target | None:
        return self.of(indicator, unit).get(year)


def unit_targets(ws: Workspace | None, plan: Plan) -> UnitTargets:
    """The catalog's, then the data file's (which win); without a data file (a template
    made for an office without the program) the catalog's alone."""
    found = UnitTargets(plan)
    for t in plan.unit_targets:
        found.targets.setdefault((t.indicator_id, t.unit_code), {})[t.year] = t.target
        found.sources[(t.indicator_id, t.unit_code, t.year)] = "catalog"
    for held in store.read_targets(ws.data.db, plan.id) if ws is not None else ():
        if plan.has_indicator(held.indicator):
            found.targets.setdefault((held.indicator, held.unit), {})[held.year] = Target(
                year=held.year, text=held.text, value=held.value)
            found.sources[(held.indicator, held.unit, held.year)] = held.source
    return found


def own_targets(ws: Workspace | None, plan: Plan, unit: str) -> Callable[[Indicator, int], Target | None]:
    """A unit's own target of each indicator for a year, where it has one; the region's
    own are the plan's (none here). Read once for a whole report or form."""
    if unit == plan.region:
        return lambda _ind, _year: None
    found = unit_targets(ws, plan)
    return lambda ind, year: found.for_year(ind.id, unit, year)


# Entering one ---------------------------------------------------------------------------------


def parse_target(ind: Indicator, text: str) -> tuple[float | None, str]:
    """A target as typed (`120`, `120户`, `1,000`, `3.5%`): its value in the indicator's unit
    and the text shown for it. Refused in words when it is not one number."""
    if not ind.kind.is_number:
        raise UseCaseError("targets.status_row", name=ind.name)
    shown = text.strip()
    plain = shown
    for suffix in (ind.unit, "%", "％"):
        if suffix and plain.endswith(suffix):
            plain = plain[: -len(suffix)].strip()
            break
    try:
        value = parse_number(plain, percent_ok=ind.kind is Kind.RATE)
    except NumberError:
        raise UseCaseError("targets.not_a_number", name=ind.name, text=shown) from None
    problem = value_problem(ind, value)
    if problem is not None:
        raise UseCaseError(problem.key, **problem.params)
    return value, f"{_number(value)}{'%' if ind.kind is Kind.RATE else ind.unit}"


def value_problem(ind: Indicator, value: float) -> Message | None:
    """What is wrong with a target figure for its kind (≥ 0, whole counts, a rate 0–100)."""
    if value < 0:
        return msg("targets.negative", name=ind.name, value=_number(value))
    if ind.kind is Kind.COUNT and not float(value).is_integer():
        return msg("targets.count_whole", name=ind.name, value=_number(value))
    if ind.kind is Kind.RATE and value > 100:
        return msg("targets.rate_range", name=ind.name, value=_number(value))
    return None


def check_target_unit(ws: Workspace, plan: Plan, ind: Indicator, unit: str) -> None:
    """A file sets targets for the units below its own, for what they report."""
    own = ws.own_unit
    target_unit = ws.unit(unit)
    tree = ws.catalog.units
    if not own or unit == own or not tree.is_within(unit, own):
        raise UseCaseError("targets.not_below", unit=target_unit.name,
                           own=ws.unit(own).name if own else "—")
    if ind not in reported_by(plan, target_unit, tree):
        raise UseCaseError("targets.not_reported", unit=target_unit.name, name=ind.name)


def check_year(plan: Plan, year: int) -> None:
    if not plan.years[0] <= year <= plan.years[1]:
        raise UseCaseError("targets.year_outside", year=year, plan=plan.short_title,
                           first=plan.years[0], last=plan.years[1])


def set_target(ws: Workspace, plan_id: str, indicator: str, unit: str, year: int, text: str
               ) -> Changes:
    """One unit's target for a year, typed (`""` clears it); audited."""
    plan = ws.plan(plan_id)
    ind = ws.indicator(plan, indicator)
    check_year(plan, year)
    check_target_unit(ws, plan, ind, unit)
    before = next((t for t in store.read_targets(ws.data.db, plan.id, [unit], year)
                   if t.indicator == ind.id), None)
    with ws.data.writing() as db:
        if not text.strip():
            if before is None:
                return Changes()
            store.delete_target(db, plan.id, ind.id, unit, year)
            store.audit_target(db, plan.id, ind.id, unit, year, before.text, None, "target", ws.clerk)
            return Changes(targets=1)
        value, shown = parse_target(ind, text)
        store.write_target(db, store.StoredTarget(plan.id, ind.id, unit, year, value, shown), ws.clerk)
        store.audit_target(db, plan.id, ind.id, unit, year, before.text if before else None, shown,
                           "target", ws.clerk)
    return Changes(targets=1)


# The 目标分解 table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetRow:
    indicator: Indicator
    total: Target | None  # the region's (or, below the region, this office's own) target
    parts: dict[str, Target]  # unit code → its target
    summed: bool  # counts and amounts add up; rates and per-capita figures do not
    warning: Message | None = None

    @property
    def parts_sum(self) -> float | None:
        values = [t.value for t in self.parts.values() if t.value is not None]
        return sum(values) if self.summed and values else None


@dataclass(frozen=True)
class TargetTable:
    plan: Plan
    year: int
    units: tuple[str, ...]  # the office's units below it, in the tree's order
    rows: tuple[TargetRow, ...]
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (indicator, unit) → source

    @property
    def warnings(self) -> int:
        return sum(1 for r in self.rows if r.warning is not None)


def target_table(ws: Workspace, plan_id: str, year: int) -> TargetTable:
    """Indicators × the office's units below it, for one year, with the office's own target
    (the region's, for the county) and the sum of the parts side by side, and a warning
    where they disagree."""
    plan = ws.plan(plan_id)
    check_year(plan, year)
    tree = ws.catalog.units
    own = ws.own_unit or plan.region
    below = [u for u in tree.children(own) if reported_by(plan, u, tree)]
    found = unit_targets(ws, plan)
    reporting = {u.code: {i.id for i in reported_by(plan, u, tree)} for u in below}
    rows = []
    for ind in plan.indicators:
        units = [u for u in below if ind.id in reporting[u.code]]
        if not ind.kind.is_number or not units:
            continue
        total = (ind.target_for(year) or ind.final_target) if own == plan.region else \
            found.for_year(ind.id, own, year)
        parts = {u.code: t for u in units if (t := found.exact(ind.id, u.code, year)) is not None}
        summed = ind.kind in (Kind.COUNT, Kind.AMOUNT) and ind.aggregate != "none"
        row = TargetRow(ind, total, parts, summed)
        rows.append(TargetRow(ind, total, parts, summed, _disagreement(row, units)))
    sources = {(i, u): s for (i, u, y), s in found.sources.items() if y == year}
    return TargetTable(plan, year, tuple(u.code for u in below), tuple(rows), sources)


def _disagreement(row: TargetRow, units: list[Unit]) -> Message | None:
    parts = row.parts_sum
    if parts is None or row.total is None or row.total.value is None:
        return None
    total = row.total.value
    if math.isclose(parts, total, rel_tol=1e-9, abs_tol=1e-9):
        return None
    unit = row.indicator.unit
    shown = {"parts": f"{_number(parts)}{unit}", "total": f"{_number(total)}{unit}",
             "gap": f"{_number(abs(total - parts))}{unit}"}
    missing = [u.name for u in units if u.code not in row.parts]
    key = "targets.sum_short" if parts < total else "targets.sum_over"
    if missing:
        names: Message | str = "、".join(missing[:4])
        if len(missing) > 4:
            names = msg("targets.names_more", names=names)
        return msg("targets.and", first=msg(key, **shown),
                   second=msg("targets.sum_missing", count=len(missing), names=names))
    return msg(key, **shown)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
