"""Consolidation (汇总, DESIGN §2): a parent's report from its children for a period.

Counts and amounts are summed (stocks at period end, flows per quarter so 本年累计 adds
up), rates and per-capita figures come from summed parts (never averaged percentages),
statuses are counted, texts listed by unit. What the parent enters itself (a county-level
figure such as 人均预期寿命) is taken as entered. The result is an ordinary report of the
parent, so the level above imports it like any other.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.catalog import STATUSES, Indicator, Kind, Plan, Unit
from desktop.excel.spec import CONSOLIDATED, ChildStatus, ReportSheet, ReportSpec
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules.derive import combine, figure
from desktop.rules.scope import reported_by
from desktop.store import values as store
from desktop.usecases import guard, reports
from desktop.usecases.checking import baselines_for
from desktop.usecases.outputs import check_output_path
from desktop.usecases.workspace import UseCaseError, Workspace


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
        raise UseCaseError(f"{unit.name} 没有下级填报单位，无需汇总。")
    quarters = period.quarters_to_date()
    merged = MergedQuarters(ws, plan, unit, children, quarters)
    sheets = tuple(ReportSheet(t.id, t.title, t.layout, tuple(
        reports.row_for(ind, period, merged.by_period(ind), merged.baselines, True,
                        note=merged.note(ind, period))
        for ind in _rows(plan, t.id, ws, unit))) for t in plan.tables)
    base = reports.report_spec(ws, plan_id, parent, period)
    statuses = child_statuses(ws, plan, children, period)
    spec = replace(base, kind=CONSOLIDATED, sheets=sheets, children=statuses,
                   detail=merged.detail(period))
    if path is not None:
        from desktop.excel.writer import write_report  # openpyxl only when writing

        write_report(spec, Path(path))
    received = sum(1 for c in statuses if c.received)
    return ConsolidationResult(path, spec, received, len(statuses) - received,
                               time.perf_counter() - started)


def children_of(ws: Workspace, plan: Plan, unit: Unit) -> tuple[Unit, ...]:
    return tuple(c for c in ws.catalog.units.children(unit.code)
                 if reported_by(plan, c, ws.catalog.units))


def _rows(plan: Plan, table_id: str, ws: Workspace, unit: Unit) -> list[Indicator]:
    wanted = {i.id for i in reported_by(plan, unit, ws.catalog.units)}
    return [plan.indicator(i) for i in plan.table(table_id).indicator_ids if i in wanted]


class MergedQuarters:
    """The parent's quarters: its own entries where it has them, else its children's."""

    def __init__(self, ws: Workspace, plan: Plan, parent: Unit, children: tuple[Unit, ...],
                 quarters: tuple[Period, ...]) -> None:
        self.ws, self.plan, self.parent, self.children = ws, plan, parent, children
        codes = [parent.code, *(c.code for c in children)]
        rows = store.read_entries(ws.data.db, plan.id, codes, [str(q) for q in quarters])
        self.entries = {(ind, unit, Period.parse(p)): e for (ind, unit, p), e in rows.items()}
        self.quarters = quarters
        tree = ws.catalog.units
        self._reports = {c.code: {i.id for i in reported_by(plan, c, tree)} for c in children}
        self._contributors: dict[str, list[Unit]] = {}
        self.baselines = self._baselines(quarters[-1].year - 1)

    def contributors(self, ind: Indicator) -> list[Unit]:
        """Grassroots units add up; departments only where no grassroots unit reports it,
        so one figure is never counted twice."""
        if ind.id not in self._contributors:
            reporting = [c for c in self.children if ind.id in self._reports[c.code]]
            grassroots = [c for c in reporting if not c.is_department]
            self._contributors[ind.id] = grassroots or reporting
        return self._contributors[ind.id]

    def by_period(self, ind: Indicator) -> dict[Period, Entry]:
        return {q: e for q in self.quarters if (e := self.entry(ind, q)) is not None}

    def entry(self, ind: Indicator, quarter: Period) -> Entry | None:
        own = self.entries.get((ind.id, self.parent.code, quarter))
        if own is not None and not own.is_blank:
            return own
        parts = [e for c in self.contributors(ind)
                 if (e := self.entries.get((ind.id, c.code, quarter))) is not None]
        if not parts:
            return None
        return _combine(ind, parts, [c.name for c in self.contributors(ind)
                                     if self.entries.get((ind.id, c.code, quarter))])

    def note(self, ind: Indicator, period: Period) -> str | None:
        own = self.entries.get((ind.id, self.parent.code, period))
        if own is not None and own.note:
            return own.note
        if ind.kind is Kind.STATUS:
            words = Counter(e.text for c in self.contributors(ind)
                            if (e := self.entries.get((ind.id, c.code, period))) and e.text)
            return "；".join(f"{w} {words[w]} 个" for w in STATUSES if words[w]) or None
        return None

    def detail(self, period: Period) -> dict[str, dict[str, float | str | None]]:
        table: dict[str, dict[str, float | str | None]] = {}
        for ind in self.plan.indicators:
            row = {}
            for child in self.children:
                entry = self.entries.get((ind.id, child.code, period))
                row[child.code] = figure(ind, entry) if ind.kind.is_number else (
                    entry.text if entry else None)
            table[ind.id] = row
        return table

    def _baselines(self, year: int) -> dict[str, BaselineValue]:
        own = baselines_for(self.ws, self.plan, self.parent.code, year)
        per_child: dict[str, dict[str, BaselineValue]] = {c.code: {} for c in self.children}
        stored = store.read_baselines(self.ws.data.db, self.plan.id, list(per_child), year)
        for (indicator, unit), base in stored.items():
            per_child[unit][indicator] = base
        for ind in self.plan.indicators:
            if ind.id in own or not ind.kind.is_number or ind.aggregate == "none":
                continue
            parts = [per_child[c.code][ind.id] for c in self.contributors(ind)
                     if ind.id in per_child[c.code]]
            if parts:
                summed = combine(ind, [Entry(value=b.value, numerator=b.numerator,
                                             denominator=b.denominator) for b in parts])
                own[ind.id] = BaselineValue(ind.id, self.parent.code, year, summed.value,
                                            summed.numerator, summed.denominator)
        return own


def _combine(ind: Indicator, parts: list[Entry], names: list[str]) -> Entry | None:
    if ind.kind.has_parts:
        summed = combine(ind, parts)
        return Entry(numerator=summed.numerator, denominator=summed.denominator)
    if ind.kind is Kind.STATUS:
        words = {e.text for e in parts if e.text}
        if not words:
            return None
        return Entry(text=words.pop() if len(words) == 1 else "推进中")
    if ind.kind is Kind.TEXT:
        listed = "；".join(f"{n}：{e.text}" for n, e in zip(names, parts, strict=False) if e.text)
        return Entry(text=listed[:2000] or None)
    if ind.aggregate == "none":
        return None  # a standard like 元/月 is shown per unit only (分单位明细)
    return Entry(value=combine(ind, parts).value)


def child_statuses(ws: Workspace, plan: Plan, children: tuple[Unit, ...], period: Period
                    ) -> tuple[ChildStatus, ...]:
    received = {r[0]: r[1:] for r in ws.data.db.execute(
        "SELECT unit, received_at, file, warnings FROM received_reports WHERE plan = ? AND "
        "period = ?", (plan.id, str(period))).fetchall()}
    entered = {r[0] for r in ws.data.db.execute(
        "SELECT DISTINCT unit FROM reported_values WHERE plan = ? AND period = ?",
        (plan.id, str(period))).fetchall()}
    statuses = []
    for child in children:
        if child.code in received:
            at, file, warnings = received[child.code]
            statuses.append(ChildStatus(child.code, child.name, True, at, file, warnings or ""))
        elif child.code in entered:
            statuses.append(ChildStatus(child.code, child.name, True, "", "（本机录入）"))
        else:
            statuses.append(ChildStatus(child.code, child.name, False))
    return tuple(statuses)
