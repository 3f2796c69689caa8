"""Export, blank template (and, with consolidation, the parent's report): the data of a
report workbook gathered in one place, written by `desktop.excel.writer`."""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop import __version__
from desktop.catalog import Catalog, Indicator, Layout, Measure, Plan, Target
from desktop.excel.spec import REPORT, TEMPLATE, ReportRow, ReportSheet, ReportSpec
from desktop.periods import Period
from desktop.records import Entry
from desktop.rules.checks import Finding
from desktop.rules.derive import combine
from desktop.rules.scope import reported_in
from desktop.store import received
from desktop.store import values as store
from desktop.usecases import guard
from desktop.usecases.checking import baselines_for, run_checks
from desktop.usecases.outputs import check_output_path
from desktop.usecases.rows import numbered, plan_decimals, row_for, same_period_last_year
from desktop.usecases.targets import own_targets
from desktop.usecases.trust import signing_key
from desktop.usecases.workspace import UseCaseError, Workspace

__all__ = ["ExportResult", "export_report", "report_spec", "row_for", "write_template"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    seconds: float


def export_report(ws: Workspace, plan_id: str, unit: str, period: Period, path: Path
                  ) -> ExportResult:
    """`yinling export`: refused while the quarter has errors (DESIGN §7). A unit with units
    below it on the plan sends up its consolidated report (children plus its own 本级):
    its own entries alone are not its figure."""
    started = time.perf_counter()
    guard.ensure_period(ws.plan(plan_id), period)
    guard.proxy_for(ws, unit)
    check_output_path(Path(path), ws.data)
    findings = run_checks(ws, plan_id, unit, period)
    errors = [f for f in findings if f.blocking]
    if errors:
        raise UseCaseError("usecase.export_errors", errors=len(errors))
    from desktop.usecases.consolidating import children_of, consolidate

    if children_of(ws, ws.plan(plan_id), ws.unit(unit)):
        result = consolidate(ws, plan_id, unit, period, Path(path))
        return ExportResult(Path(path), sum(len(s.rows) for s in result.spec.sheets),
                            time.perf_counter() - started)
    spec = report_spec(ws, plan_id, unit, period, findings)
    _write(spec, Path(path))
    return ExportResult(Path(path), sum(len(s.rows) for s in spec.sheets),
                        time.perf_counter() - started)


def write_template(catalog: Catalog, plan_id: str, unit: str, period: Period, path: Path,
                   ws: Workspace | None = None) -> ExportResult:
    """`yinling template`: the same layout with empty input cells, for an office without
    the program. Given the county's data file (`ws`), the unit's 上年基数 and what the county
    already holds of its year (本年累计 before this quarter) are filled in."""
    started = time.perf_counter()
    check_output_path(Path(path), ws.data if ws is not None else None)
    plan = _plan(catalog, plan_id)
    if unit not in catalog.units:
        raise UseCaseError("usecase.no_unit", unit=unit)
    region = unit == plan.region
    held = _Held(ws, plan, unit, period) if ws is not None else None
    own = own_targets(ws, plan, unit)  # the unit's own targets are printed in its template
    sheets = _sheets(plan, catalog, unit, lambda ind: _template_row(
        plan, ind, period, region, held, own(ind, period.year)))
    spec = _spec(TEMPLATE, plan, catalog, unit, period, sheets, clerk="", phone="")
    _write(spec, Path(path))
    return ExportResult(Path(path), sum(len(s.rows) for s in sheets), time.perf_counter() - started)


def _template_row(plan: Plan, ind: Indicator, period: Period, region: bool,
                  held: _Held | None, own_target: Target | None) -> ReportRow:
    baselines = held.baselines if held is not None else {}
    row = row_for(ind, period, None, baselines, region, own_target=own_target,
                  decimals=plan_decimals(plan, ind))
    if not ind.kind.is_number:
        return row
    if ind.measure is not Measure.FLOW:
        return replace(row, ytd_formula=True)  # 期末数: 本年累计 is this quarter's figure
    earlier = period.quarters_to_date()[:-1]
    if not earlier:
        return replace(row, ytd_formula=True)
    if held is None or ind.kind.has_parts or not all(q in held.quarters for q in earlier):
        return row  # the earlier quarters are not all here: no 本年累计 to show
    prior = combine(ind, [held.entry(ind, q) for q in earlier]).value
    return replace(row, ytd_formula=True, prior_to_date=prior or 0.0)


class _Held:
    """What the county's file holds of one unit for a template: baselines, earlier quarters."""

    def __init__(self, ws: Workspace, plan: Plan, unit: str, period: Period) -> None:
        self.baselines = baselines_for(ws, plan, unit, period.year - 1)
        quarters = [str(q) for q in period.quarters_to_date()[:-1]]
        rows = store.read_entries(ws.data.db, plan.id, [unit], quarters)
        self.entries = {(i, Period.parse(p)): e for (i, _u, p), e in rows.items()}
        sent = received.received_quarters(ws.data.db, plan.id, [unit], quarters).get(unit, set())
        self.quarters = {Period.parse(p) for p in sent} | {p for _i, p in self.entries}

    def entry(self, ind: Indicator, quarter: Period) -> Entry:
        return self.entries.get((ind.id, quarter), Entry())


def _write(spec: ReportSpec, path: Path) -> None:
    # openpyxl costs ~90 ms to import: loaded when a report is written, not at start.
    from desktop.excel.writer import write_report

    write_report(spec, path)


def report_spec(ws: Workspace, plan_id: str, unit: str, period: Period,
                findings: list[Finding] | None = None) -> ReportSpec:
    plan = ws.plan(plan_id)
    ws.unit(unit)
    statistics = any(t.layout is Layout.STATISTICS for t in plan.tables)
    quarters = period.quarters_to_date()
    if statistics:
        quarters = (*Period(period.year - 1, period.quarter).quarters_to_date(), *quarters)
    rows = store.read_entries(ws.data.db, plan.id, [unit], [str(p) for p in quarters])
    by_indicator: dict[str, dict[Period, Entry]] = {}
    for (ind, _unit, p), entry in rows.items():
        by_indicator.setdefault(ind, {})[Period.parse(p)] = entry
    baselines = baselines_for(ws, plan, unit, period.year - 1)
    if findings is None:
        findings = run_checks(ws, plan_id, unit, period)
    failing = {f.indicator for f in findings if f.holds_back}
    region = unit == plan.region
    own = own_targets(ws, plan, unit)

    def row(ind: Indicator) -> ReportRow:
        history = by_indicator.get(ind.id, {})
        last = same_period_last_year(ind, history, period, baselines.get(ind.id)) \
            if plan.table(ind.table_id).layout is Layout.STATISTICS else None
        return row_for(ind, period, history, baselines, region, failing=ind.id in failing,
                       last_year=last, own_target=own(ind, period.year),
                       decimals=plan_decimals(plan, ind))

    spec = spec_for(REPORT, ws, plan, unit, period, _sheets(plan, ws.catalog, unit, row))
    if guard.proxy_for(ws, unit):  # 代填: the office filled in a report of a unit below it
        office = ws.unit(ws.own_unit)
        spec = replace(spec, filled_by_code=office.code, filled_by_name=office.name)
    return spec


def _sheets(plan: Plan, catalog: Catalog, unit: str, make: Callable[[Indicator], ReportRow]
            ) -> tuple[ReportSheet, ...]:
    """Every table of the plan with the unit's rows, in the plan's order (an empty table
    stays in the spec; the writer does not print it)."""
    reporter = catalog.units.get(unit)
    return tuple(sheet_of(plan, t.id, numbered([make(i) for i in reported_in(plan, t.id, reporter, catalog.units)]))
                 for t in plan.tables)


def sheet_of(plan: Plan, table_id: str, rows: list[ReportRow]) -> ReportSheet:
    table = plan.table(table_id)
    return ReportSheet(table.id, table.title, table.layout, tuple(rows),
                       form_code=table.form_code or plan.form_code,
                       form_issuer=table.form_issuer or plan.form_issuer)


def _spec(kind: str, plan: Plan, catalog: Catalog, unit: str, period: Period,
          sheets: tuple[ReportSheet, ...], *, clerk: str, phone: str) -> ReportSpec:
    last_day = calendar.monthrange(period.year, period.quarter * 3)[1]
    return ReportSpec(
        kind=kind, plan_id=plan.id, plan_version=plan.version,
        plan_short_title=plan.short_title, unit_code=unit,
        unit_name=catalog.units.get(unit).name, period=str(period), year=period.year,
        quarter=period.quarter, as_of=f"{period.year}-{period.quarter * 3:02d}-{last_day:02d}",
        made_at=time.strftime("%Y-%m-%d %H:%M:%S"), clerk=clerk, phone=phone,
        app_version=__version__, sheets=sheets)


def spec_for(kind: str, ws: Workspace, plan: Plan, unit: str, period: Period,
             sheets: tuple[ReportSheet, ...]) -> ReportSpec:
    """A report of this office's file (the consolidated report too): its clerk and phone,
    and, where the file is enrolled for this unit (DESIGN §11), the key that signs it."""
    db = ws.data.db
    spec = _spec(kind, plan, ws.catalog, unit, period, sheets,
                 clerk=store.get_meta(db, "clerk"), phone=store.get_meta(db, "phone"))
    return replace(spec, signing=signing_key(ws, plan.id, unit))


def _plan(catalog: Catalog, plan_id: str) -> Plan:
    try:
        return catalog.plan(plan_id)
    except KeyError:
        raise UseCaseError("usecase.no_plan", plan=plan_id,
                           choices=", ".join(catalog.plan_ids())) from None

