"""What the entry window shows, as plain data: the form of one unit's quarter (every
table of a plan), counts for the navigator, the unit and period pickers, a cell's history,
an indicator's trend and which children have reported. The window's models read these."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop import clock
from desktop.catalog import Indicator, Kind, Plan, Table, Unit
from desktop.excel.spec import ChildStatus, ReportRow, ReportSpec
from desktop.messages import msg, say
from desktop.messages.keys import JUMP_SENTENCE_KEYS
from desktop.periods import Period
from desktop.records import EMPTY, AuditRecord, Entry, EntryKey
from desktop.rules.checks import Finding
from desktop.rules.derive import figure
from desktop.rules.scope import plans_for, reported_by, reported_in_order
from desktop.store import values as store
from desktop.usecases.checking import baselines_for, run_checks, submission_state
from desktop.usecases.merging import MergedQuarters
from desktop.usecases.rows import row_for
from desktop.usecases.targets import own_targets
from desktop.usecases.workspace import Workspace


@dataclass(frozen=True)
class FormRow:
    indicator: Indicator
    key: EntryKey
    entry: Entry
    shown: ReportRow  # target, baseline, figure, 本年累计 and progress as the report has them
    findings: tuple[Finding, ...]
    consolidated: bool = False  # shown from the units below, not entered here
    previous: float | str | None = None  # 上季度: last quarter's figure (or word), beside 本季度

    @property
    def needs_entry(self) -> bool:
        """A row the clerk fills in and has not yet (只看未填)."""
        return not self.consolidated and self.entry.is_blank

    @property
    def has_problem(self) -> bool:
        """An error, or a warning without its 情况说明 (只看有问题)."""
        return any(f.blocking or not f.explained for f in self.findings)


@dataclass(frozen=True)
class Form:
    plan_id: str
    unit: str
    period: Period
    state: str  # draft | submitted | locked
    rows: tuple[FormRow, ...]
    findings: tuple[Finding, ...]

    def table_rows(self, table_id: str) -> tuple[FormRow, ...]:
        return tuple(r for r in self.rows if r.indicator.table_id == table_id)

    def counts(self, table_id: str) -> tuple[int, int]:
        """(empty, failing) input rows of a table, for the navigator."""
        rows = self.table_rows(table_id)
        empty = sum(1 for r in rows if r.entry.is_blank)
        failing = sum(1 for r in rows if r.has_problem)
        return empty, failing

    def filled(self, table_id: str) -> tuple[int, int]:
        """(filled, to fill) rows of a table the unit enters itself: 表1 已填 14/14."""
        rows = [r for r in self.table_rows(table_id) if not r.consolidated]
        return sum(1 for r in rows if not r.entry.is_blank), len(rows)


def load_form(ws: Workspace, plan_id: str, unit: str, period: Period) -> Form:
    plan = ws.plan(plan_id)
    ws.unit(unit)
    rows_by_period = store.read_entries(ws.data.db, plan.id, [unit],
                                        [str(p) for p in {*period.quarters_to_date(), period.previous}])
    by_indicator: dict[str, dict[Period, Entry]] = {}
    for (indicator_id, _unit, p), entry in rows_by_period.items():
        by_indicator.setdefault(indicator_id, {})[Period.parse(p)] = entry
    baselines = baselines_for(ws, plan, unit, period.year - 1)
    findings = tuple(run_checks(ws, plan.id, unit, period))
    by_cell: dict[str, list[Finding]] = {}
    for finding in findings:
        by_cell.setdefault(finding.indicator, []).append(finding)
    region = unit == plan.region
    merged = _merged(ws, plan, unit, period)
    targets = own_targets(ws, plan, unit)
    rows = []
    for ind in reported_in_order(plan, ws.catalog.units.get(unit), ws.catalog.units):
        target = targets(ind, period.year)
        history = by_indicator.get(ind.id, {})
        own = history.get(period, EMPTY)
        failing = any(f.holds_back for f in by_cell.get(ind.id, ()))
        # A parent's figure made from below (children plus its own 本级) is shown as the
        # consolidated report has it, read-only.
        below = merged is not None and merged.merges(ind)
        if merged is not None and below:
            shown = row_for(ind, period, merged.by_period(ind), merged.baselines, region,
                            note=merged.note(ind, period), ytd=merged.year_to_date(ind, period).parts,
                            own_target=target)
        else:
            shown = row_for(ind, period, history, baselines, region, failing=failing, own_target=target)
        before = merged.entry(ind, period.previous) if merged is not None and below \
            and period.previous.year == period.year else history.get(period.previous)
        rows.append(FormRow(ind, EntryKey(plan.id, ind.id, unit, str(period)), own, shown,
                            tuple(by_cell.get(ind.id, ())), consolidated=below,
                            previous=_shown_figure(ind, before)))
    return Form(plan.id, unit, period, submission_state(ws, plan.id, unit, period), tuple(rows),
                findings)


def _shown_figure(ind: Indicator, entry: Entry | None) -> float | str | None:
    """A quarter's figure as 本季度 shows it: the number (a rate from its parts), or the word."""
    if entry is None:
        return None
    return figure(ind, entry) if ind.kind.is_number else entry.text


def _merged(ws: Workspace, plan: Plan, unit: str, period: Period) -> MergedQuarters | None:
    """For a parent unit, what its children add up to (shown read-only where the parent
    enters nothing itself); None for a unit without children on this plan."""
    from desktop.usecases.consolidating import children_of

    parent = ws.unit(unit)
    children = children_of(ws, plan, parent)
    if not children:
        return None
    return MergedQuarters(ws, plan, parent, children, period.quarters_to_date())


def tables_of(ws: Workspace, plan: Plan, unit: str) -> tuple[Table, ...]:
    """The plan's tables that have rows for `unit` (a town does not see the county's own)."""
    wanted = {i.id for i in reported_by(plan, ws.catalog.units.get(unit), ws.catalog.units)}
    return tuple(t for t in plan.tables if wanted.intersection(t.indicator_ids))


def has_units_below(ws: Workspace, unit: str) -> bool:
    """A unit with units below it: it consolidates, and may add one."""
    return bool(ws.catalog.units.children(unit))


def parent_name(ws: Workspace, unit: str) -> str:
    """The office a report goes up to (县民政局 of 大坝镇's county), or ""."""
    parent = ws.unit(unit).parent
    return ws.unit(parent).name if parent else ""


def units_for(ws: Workspace) -> list[tuple[Unit, int]]:
    """The office's own unit and every unit below it that reports on a plan, with depth."""
    tree = ws.catalog.units
    own = ws.own_unit or tree.roots[0].code
    found = [(tree.get(own), 0)]
    for unit in tree.descendants(own):
        if plans_for(ws.catalog.plans, unit, tree) and any(
                reported_by(p, unit, tree) for p in plans_for(ws.catalog.plans, unit, tree)):
            found.append((unit, len(tree.ancestors(unit.code)) - len(tree.ancestors(own))))
    return found


def plans_of(ws: Workspace, unit: str) -> tuple[Plan, ...]:
    tree = ws.catalog.units
    return tuple(p for p in plans_for(ws.catalog.plans, tree.get(unit), tree)
                 if reported_by(p, tree.get(unit), tree))


def periods_of(plan: Plan) -> list[Period]:
    """The quarters one can report on: from the plan's first year up to the quarter we are
    in (after the plan's last year too: offices keep reporting until the next plan)."""
    now = Period.of_day(clock.today())
    first = Period(plan.years[0], 1)
    found = [p for year in range(plan.years[0], max(now.year, plan.years[0]) + 1)
             for p in Period.of_year(year) if first <= p <= now]
    return found


def cell_history(ws: Workspace, key: EntryKey) -> list[AuditRecord]:
    """One cell's changes, newest first, including those made under ids the indicator had
    in earlier versions of its plan (renamed_from)."""
    records = store.history(ws.data.db, key)
    plan = ws.catalog.plan(key.plan) if key.plan in ws.catalog.plan_ids() else None
    if plan is None or not plan.has_indicator(key.indicator):
        return records
    for old in plan.indicator(key.indicator).renamed_from:
        records += store.history(ws.data.db, replace(key, indicator=old))
    return sorted(records, key=lambda r: r.id, reverse=True)


def trend(ws: Workspace, plan_id: str, indicator: str, unit: str, period: Period
          ) -> list[tuple[Period, float | None]]:
    """The indicator's figure for each quarter of this year and the last; for a parent
    unit, what its children add up to where it enters nothing itself."""
    from desktop.usecases.consolidating import children_of

    plan = ws.plan(plan_id)
    ind = plan.indicator(indicator)
    quarters = (*Period.of_year(period.year - 1), *Period.of_year(period.year))
    parent = ws.unit(unit)
    children = children_of(ws, plan, parent)
    if children:
        merged = MergedQuarters(ws, plan, parent, children, quarters)
        return [(q, figure(ind, merged.entry(ind, q))) for q in quarters]
    rows = store.read_entries(ws.data.db, plan.id, [unit], [str(q) for q in quarters])
    return [(q, figure(ind, rows.get((indicator, unit, str(q))))) for q in quarters]


def children_reported(ws: Workspace, plan_id: str, unit: str, period: Period) -> list[ChildStatus]:
    """For a parent unit: each child, and whether its report for the period is in."""
    from desktop.usecases.consolidating import child_statuses, children_of

    plan = ws.plan(plan_id)
    return list(child_statuses(ws, plan, children_of(ws, plan, ws.unit(unit)), period))


def check_sentence(ind: Indicator, finding: Finding) -> str:
    """A check as the clerk reads it: a jump of a rate in %, and a warning answered by a
    note says so instead of asking for one."""
    if finding.code in ("jump_quarter", "jump_baseline"):
        percent = ind.kind is Kind.RATE or ind.unit.strip() in ("%", "％")
        shown = {k: f"{v}%" if percent and k in ("now", "before") and v != "—" else v
                 for k, v in finding.params.items()}
        state = "explained" if finding.explained else "open"
        return str(msg(JUMP_SENTENCE_KEYS[(finding.code, state)], **shown))
    if finding.explained:
        return say("entry_ux.check.rule.explained", text=finding.message())
    return finding.message()


def printed_spec(ws: Workspace, plan_id: str, unit: str, period: Period) -> ReportSpec:
    """The report the unit would export (its consolidated report where units below it
    report on the plan), for 打印预览 and 另存为PDF: the same description the workbook
    writer takes, so the printed page and the workbook cannot differ."""
    from desktop.usecases.consolidating import children_of, consolidate
    from desktop.usecases.reports import report_spec

    plan = ws.plan(plan_id)
    if children_of(ws, plan, ws.unit(unit)):
        return consolidate(ws, plan_id, unit, period).spec
    return report_spec(ws, plan_id, unit, period)
