"""Consolidation (汇总, DESIGN §2): a parent's report from its children for a period.

The figures are made as `merging.MergedQuarters` says (children plus 本级, one figure for
several departments, 本年累计 from what the children said). The result is an ordinary report
of the parent, so the level above imports it like any other, plus 分单位明细 (every unit's
figure beside the total) and 报送情况 (who reported), and a coverage line under the title.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.catalog import Indicator, Layout, Measure, Plan, Unit
from desktop.excel.spec import (
    CONSOLIDATED,
    ENTERED_HERE,
    ChildStatus,
    Detail,
    DetailCell,
    DetailRow,
    ReportRow,
    ReportSheet,
    ReportSpec,
)
from desktop.messages import say
from desktop.messages.keys import TRUST_STATE_KEYS
from desktop.periods import Period
from desktop.rules.checks import check_unit_period
from desktop.rules.derive import combine, figure
from desktop.rules.scope import reported_by, reported_in
from desktop.store.received import received_in, units_entered
from desktop.usecases import guard, reports
from desktop.usecases.merging import OWN, MergedQuarters, YearToDate
from desktop.usecases.outputs import check_output_path
from desktop.usecases.rows import LastYear, numbered, plan_decimals, row_for, same_period_last_year
from desktop.usecases.targets import UnitTargets, own_targets, unit_targets
from desktop.usecases.workspace import UseCaseError, Workspace

__all__ = ["ConsolidationResult", "MergedQuarters", "child_statuses", "children_of", "consolidate"]


@dataclass(frozen=True)
class ConsolidationResult:
    path: Path | None
    spec: ReportSpec
    received: int
    missing: int
    seconds: float


def consolidate(ws: Workspace, plan_id: str, parent: str, period: Period,
                path: Path | None = None) -> ConsolidationResult:
    started = time.perf_counter()
    plan = ws.plan(plan_id)
    unit = ws.unit(parent)
    guard.ensure_period(plan, period)
    guard.proxy_for(ws, parent)
    if path is not None:
        check_output_path(Path(path), ws.data)
    children = children_of(ws, plan, unit)
    if not children:
        raise UseCaseError("usecase.nothing_below", unit=unit.name)
    quarters = period.quarters_to_date()
    if any(t.layout is Layout.STATISTICS for t in plan.tables):
        quarters = (*Period(period.year - 1, period.quarter).quarters_to_date(), *quarters)
    merged = MergedQuarters(ws, plan, unit, children, quarters)
    made = _Rows(plan, merged, period, region=unit.code == plan.region)
    sheets = tuple(reports.sheet_of(plan, t.id, numbered(
        [made.row(i) for i in reported_in(plan, t.id, unit, ws.catalog.units)]))
        for t in plan.tables)
    statuses = child_statuses(ws, plan, children, period)
    detail = build_detail(merged, sheets, period)
    spec = replace(reports.spec_for(CONSOLIDATED, ws, plan, parent, period, sheets),
                   children=statuses, detail=detail,
                   coverage=coverage_line(statuses, made.years.values()),
                   explained=_explanations(unit, detail))
    if path is not None:
        from desktop.excel.writer import write_report  # openpyxl only when writing

        write_report(spec, Path(path))
    received = sum(1 for c in statuses if c.received)
    return ConsolidationResult(path, spec, received, len(statuses) - received,
                               time.perf_counter() - started)


def children_of(ws: Workspace, plan: Plan, unit: Unit) -> tuple[Unit, ...]:
    return tuple(c for c in ws.catalog.units.children(unit.code)
                 if reported_by(plan, c, ws.catalog.units))


TARGET_LABEL = "目标"


class _Rows:
    """The consolidated report's rows, with the checks run on the consolidated figures."""

    def __init__(self, plan: Plan, merged: MergedQuarters, period: Period, region: bool) -> None:
        self.plan, self.merged, self.period, self.region = plan, merged, period, region
        self.years: dict[str, YearToDate] = {}
        entries = {(i.id, period): e for i in plan.indicators
                   if (e := merged.entry(i, period)) is not None}
        self.failing = {f.indicator for f in check_unit_period(plan, period, entries, {})
                        if f.holds_back}
        # A parent below the region (a county of a city) is held to its own target.
        self.own = own_targets(merged.ws, plan, merged.parent.code)

    def row(self, ind: Indicator) -> ReportRow:
        merged, period = self.merged, self.period
        year = self.years[ind.id] = merged.year_to_date(ind, period)
        last = self._last_year(ind) \
            if self.plan.table(ind.table_id).layout is Layout.STATISTICS else None
        return row_for(ind, period, merged.by_period(ind), merged.baselines, self.region,
                       note=merged.note(ind, period), ytd=year.parts,
                       failing=ind.id in self.failing, last_year=last,
                       own_target=self.own(ind, period.year), decimals=plan_decimals(self.plan, ind))

    def _last_year(self, ind: Indicator) -> LastYear:
        then = Period(self.period.year - 1, self.period.quarter)
        if ind.measure is Measure.FLOW:
            got = self.merged.year_to_date(ind, then)
            if got.parts.value is not None and not got.incomplete:
                return LastYear(got.parts.value)
        return same_period_last_year(ind, self.merged.by_period(ind), self.period,
                                     self.merged.baselines.get(ind.id))


def coverage_line(statuses: tuple[ChildStatus, ...], years: Iterable[YearToDate]) -> str:
    """汇总范围 under the title: how many units should report, how many did, and where
    本年累计 rests on what a unit stated rather than on quarters this file holds."""
    expected, received = len(statuses), sum(1 for s in statuses if s.received)
    line = f"汇总范围：应报 {expected} 个单位，已报 {received} 个"
    if received < expected:
        line += "（未报单位见“报送情况”）"
    years = list(years)
    own = _names(y.own_reported for y in years)
    incomplete = _names(y.incomplete for y in years)
    if own:
        line += f"；本年累计中，{'、'.join(own)}按其报表所报本年累计计入（本表缺其此前季度的报表）"
    if incomplete:
        line += f"；{'、'.join(incomplete)}缺此前季度的报表，有关新增类指标的本年累计未汇总"
    return line


def _names(groups: Iterable[tuple[str, ...]]) -> list[str]:
    seen: list[str] = []
    for group in groups:
        seen.extend(n for n in group if n not in seen)
    return seen


# 分单位明细 ------------------------------------------------------------------------------


def build_detail(merged: MergedQuarters, sheets: tuple[ReportSheet, ...], period: Period
                 ) -> Detail:
    """Every unit's figure beside the total, row by row in the report's order, for the rows
    units below report: a stock's 期末数, a flow's 本季度 and 本年累计; 本级 its own column;
    departments beside."""
    grassroots = tuple(c for c in merged.children if not c.is_department)
    targets = unit_targets(merged.ws, merged.plan)
    rows: list[DetailRow] = []
    departments = False
    for sheet in sheets:
        for row in sheet.rows:
            ind = merged.plan.indicator(row.indicator_id)
            if not merged.reporting(ind):
                continue  # the parent's own figure alone: nothing to set beside it
            for label in _labels(ind):
                made = _detail_row(merged, ind, row, sheet.title, label, grassroots, period)
                departments = departments or bool(made.departments)
                rows.append(made)
            rows += _target_row(merged, targets, ind, row, sheet.title, grassroots, period)
    return Detail(tuple((c.code, c.name) for c in grassroots), tuple(rows), departments)


def _target_row(merged: MergedQuarters, targets: UnitTargets, ind: Indicator, row: ReportRow,
                table: str, units: tuple[Unit, ...], period: Period) -> list[DetailRow]:
    """目标: each unit's own target beside its figures (目标分解), and the parent's, where
    any unit below has one."""
    cells = {u.code: DetailCell(t.value if t.value is not None else t.text)
             for u in units if (t := targets.for_year(ind.id, u.code, period.year)) is not None}
    if not cells:
        return []
    parent = merged.parent.code
    own = targets.for_year(ind.id, parent, period.year) if parent != merged.plan.region else (
        ind.target_for(period.year) or ind.final_target)
    total = None if own is None else (own.value if own.value is not None else own.text)
    return [DetailRow(row, table, TARGET_LABEL, cells, None, (), total)]


def _labels(ind: Indicator) -> tuple[str, ...]:
    if not ind.kind.is_number:
        return ("本季度",)
    return ("本季度", "本年累计") if ind.measure is Measure.FLOW else ("期末数",)


def _detail_row(merged: MergedQuarters, ind: Indicator, row: ReportRow, table: str, label: str,
                grassroots: tuple[Unit, ...], period: Period) -> DetailRow:
    reporting = merged.reporting(ind)
    codes = {c.code for c in reporting}  # a set: a thousand towns are not searched one by one
    cells = {c.code: _cell(merged, ind, c, label, period) for c in grassroots if c.code in codes}
    own = _own_cell(merged, ind, label, period)
    total = row.year_to_date if label == "本年累计" else row.value
    counted = [c for c in merged.contributors(ind) if c.is_department]
    shown = [c for c in reporting if c.is_department]
    figures = {c.code: _cell(merged, ind, c, label, period) for c in shown}
    reference = figures[counted[0].code].value if counted else total
    departments = tuple(
        (c.name, replace(figures[c.code], differs=c not in counted and _differ(
            figures[c.code].value, reference)), c in counted) for c in shown)
    return DetailRow(row, table, label, cells, own, departments, total)


def _cell(merged: MergedQuarters, ind: Indicator, unit: Unit, label: str, period: Period
          ) -> DetailCell:
    if label == "本年累计":
        year = merged.child_year(ind, unit, period)
        if year.how == "missing":
            return DetailCell(None)
        value = combine(ind, list(year.entries)).value if year.entries else None
        return DetailCell(value, own_ytd=year.how == "own")
    entry = merged.child_entry(ind, unit, period)
    if not ind.kind.is_number:
        return DetailCell(entry.text if entry else None)
    return DetailCell(figure(ind, entry))


def _own_cell(merged: MergedQuarters, ind: Indicator, label: str, period: Period
              ) -> DetailCell | None:
    if label == "本年累计":
        entries = [e for q in period.quarters_to_date() if (e := merged.own(ind, q))]
        return DetailCell(combine(ind, entries).value) if entries else None
    entry = merged.own(ind, period)
    if entry is None:
        return None
    return DetailCell(figure(ind, entry) if ind.kind.is_number else entry.text)


def _differ(value: float | str | None, reference: float | str | None) -> bool:
    if value is None or reference is None:
        return False
    if isinstance(value, int | float) and isinstance(reference, int | float):
        return abs(float(value) - float(reference)) > 1e-9
    return value != reference


def _explanations(parent: Unit, detail: Detail) -> tuple[str, ...]:
    notes = [f"“{OWN}”为{parent.name}本级（不属于任何下级单位的机构）自己填报的数，与各单位之数一并计入汇总。",
             "比率、每万（每千）人指标的汇总数由各单位分子、分母分别相加后计算，不是百分比相加。"]
    if any(c.own_ytd for r in detail.rows for c in r.cells.values()):
        notes.append("标“※”的本年累计取自该单位报表所报的本年累计：本表缺该单位此前季度的报表。")
    if any(r.label == TARGET_LABEL for r in detail.rows):
        notes.append(f"“{TARGET_LABEL}”行：各单位的分解目标（目标分解）；其“汇总数”一栏为{parent.name}本级的目标，"
                     "不是各单位目标之和。")
    if detail.with_departments:
        notes.append("“部门报送”栏：几个部门共同负责的同一项数，只计牵头单位所报（标“计入”）；"
                     "其他部门所报与之不一致的标“△”，均不重复计入。")
    return tuple(notes)


# 报送情况 --------------------------------------------------------------------------------


def child_statuses(ws: Workspace, plan: Plan, children: tuple[Unit, ...], period: Period
                    ) -> tuple[ChildStatus, ...]:
    reports_in = received_in(ws.data.db, plan.id, str(period))
    entered = units_entered(ws.data.db, plan.id, str(period))
    statuses = []
    for child in children:
        if child.code in reports_in:
            got = reports_in[child.code]
            signed = got.signature
            statuses.append(ChildStatus(child.code, child.name, True, got.received_at, got.file,
                                        got.warnings or "", changed_after_export=got.changed_after_export,
                                        signature=say(TRUST_STATE_KEYS[signed], "zh") if signed else ""))
        elif child.code in entered:
            statuses.append(ChildStatus(child.code, child.name, True, "", ENTERED_HERE))
        else:
            statuses.append(ChildStatus(child.code, child.name, False))
    return tuple(statuses)
