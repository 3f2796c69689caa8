"""Which indicators a reporting unit enters: its report's rows and its form's rows."""

from __future__ import annotations

from datetime import date

from desktop.catalog import Indicator, Plan, Unit, UnitTree
from desktop.messages import Message, msg
from desktop.periods import Period


def reported_by(plan: Plan, unit: Unit, tree: UnitTree) -> tuple[Indicator, ...]:
    """The region itself reports (or consolidates) every indicator; a town, street or farm
    those whose reporting level names its type; a department those it is responsible for."""
    if unit.code not in plan.scope_cache:
        plan.scope_cache[unit.code] = _reported_by(plan, unit, tree)
    return plan.scope_cache[unit.code]


def _reported_by(plan: Plan, unit: Unit, tree: UnitTree) -> tuple[Indicator, ...]:
    if unit.code == plan.region:
        return plan.indicators
    if not tree.is_within(unit.code, plan.region):
        return ()
    if unit.is_department:
        return tuple(i for i in plan.indicators if "department" in i.reporting_level and any(
            tree.department_named(plan.region, name) == unit for name in i.responsible))
    return tuple(i for i in plan.indicators if unit.type in i.reporting_level)


def reported_in(plan: Plan, table_id: str, unit: Unit, tree: UnitTree) -> tuple[Indicator, ...]:
    """The rows of one table that a unit reports (its report's sheet, its form's table), in
    the table's order."""
    wanted = {i.id for i in reported_by(plan, unit, tree)}
    return tuple(plan.indicator(i) for i in plan.table(table_id).indicator_ids if i in wanted)


def reported_in_order(plan: Plan, unit: Unit, tree: UnitTree) -> tuple[Indicator, ...]:
    """Every indicator a unit reports, table after table in the plan's order."""
    return tuple(i for t in plan.tables for i in reported_in(plan, t.id, unit, tree))


def plans_for(plans: tuple[Plan, ...], unit: Unit, tree: UnitTree) -> tuple[Plan, ...]:
    """The plans a unit reports on: those of the region it lies in."""
    return tuple(p for p in plans if tree.is_within(unit.code, p.region))


def period_problem(plan: Plan, period: Period, today: date) -> Message | None:
    """Why figures for `period` cannot be entered or imported under `plan`, if they cannot:
    a quarter that has not begun, or one before the plan's first year. A quarter after the
    plan's last year is fine: offices keep reporting until the next plan arrives."""
    if period.first_day > today:
        return msg("period.not_begun", period=period.shown, today=today.isoformat())
    if period.year < plan.years[0]:
        return msg("period.before_plan", period=period.shown, plan=plan.short_title,
                   first=plan.years[0])
    return None
