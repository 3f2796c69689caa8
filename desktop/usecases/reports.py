"""Export, blank template (and, with consolidation, the parent's report): the data of a
report workbook gathered in one place, written by `desktop.excel.writer`."""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, replace
from pathlib import Path

from desktop import __version__
from desktop.catalog import Catalog, Indicator, Kind, Plan
from desktop.excel.spec import PROGRESS_WORDS, REPORT, TEMPLATE, ReportRow, ReportSheet, ReportSpec
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules.derive import (
    ProgressState,
    baseline_figure,
    figure,
    progress,
    year_to_date,
)
from desktop.rules.scope import reported_by
from desktop.store import values as store
from desktop.store.datafile import DataFile
from desktop.usecases import guard
from desktop.usecases.checking import baselines_for, run_checks
from desktop.usecases.outputs import check_output_path
from desktop.usecases.trust import signing_key
from desktop.usecases.workspace import UseCaseError, Workspace


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    seconds: float


def export_report(ws: Workspace, plan_id: str, unit: str, period: Period, path: Path
                  ) -> ExportResult:
    """`yinling export`: refused while the quarter has errors (DESIGN §7)."""
    started = time.perf_counter()
    guard.ensure_period(ws.plan(plan_id), period)
    guard.proxy_for(ws, unit)
    check_output_path(Path(path), ws.data)
    errors = [f for f in run_checks(ws, plan_id, unit, period) if f.blocking]
    if errors:
        raise UseCaseError(f"审核有 {len(errors)} 个错误，不能导出。请先用 yinling check 查看并修改。")
    spec = report_spec(ws, plan_id, unit, period)
    _write(spec, Path(path))
    return ExportResult(Path(path), sum(len(s.rows) for s in spec.sheets),
                        time.perf_counter() - started)


def write_template(catalog: Catalog, plan_id: str, unit: str, period: Period, path: Path,
                   data: DataFile | None = None) -> ExportResult:
    """`yinling template`: the same layout with empty input cells, for an office without
    the program. `data`: the open data file, which the template must not overwrite."""
    started = time.perf_counter()
    check_output_path(Path(path), data)
    plan = _plan(catalog, plan_id)
    if unit not in catalog.units:
        raise UseCaseError(f"没有代码为 {unit} 的填报单位（用 yinling units 查看）")
    region = unit == plan.region
    sheets = tuple(ReportSheet(t.id, t.title, t.layout, tuple(
        row_for(i, period, None, {}, region) for i in _rows_of(plan, t.id, catalog, unit)))
        for t in plan.tables)
    spec = _spec(TEMPLATE, plan, catalog, unit, period, sheets, clerk="", phone="")
    _write(spec, Path(path))
    return ExportResult(Path(path), sum(len(s.rows) for s in sheets), time.perf_counter() - started)


def _write(spec: ReportSpec, path: Path) -> None:
    # openpyxl costs ~90 ms to import: loaded when a report is written, not at start.
    from desktop.excel.writer import write_report

    write_report(spec, path)


def report_spec(ws: Workspace, plan_id: str, unit: str, period: Period) -> ReportSpec:
    plan = ws.plan(plan_id)
    ws.unit(unit)
    periods = [str(p) for p in period.quarters_to_date()]
    rows = store.read_entries(ws.data.db, plan.id, [unit], periods)
    by_indicator: dict[str, dict[Period, Entry]] = {}
    for (ind, _unit, p), entry in rows.items():
        by_indicator.setdefault(ind, {})[Period.parse(p)] = entry
    baselines = baselines_for(ws, plan, unit, period.year - 1)
    region = unit == plan.region
    sheets = tuple(ReportSheet(t.id, t.title, t.layout, tuple(
        row_for(i, period, by_indicator.get(i.id, {}), baselines, region)
        for i in _rows_of(plan, t.id, ws.catalog, unit))) for t in plan.tables)
    db = ws.data.db
    spec = _spec(REPORT, plan, ws.catalog, unit, period, sheets,
                 clerk=store.get_meta(db, "clerk"), phone=store.get_meta(db, "phone"))
    if guard.proxy_for(ws, unit):  # 代填: the office filled in a report of a unit below it
        own = ws.unit(ws.own_unit)
        spec = replace(spec, filled_by_code=own.code, filled_by_name=own.name)
    return replace(spec, signing=signing_key(ws, plan.id, unit))  # an enrolled file signs its own


def _rows_of(plan: Plan, table_id: str, catalog: Catalog, unit: str) -> list[Indicator]:
    wanted = {i.id for i in reported_by(plan, catalog.units.get(unit), catalog.units)}
    return [plan.indicator(i) for i in plan.table(table_id).indicator_ids if i in wanted]


_OWN_NOTE = object()


def row_for(ind: Indicator, period: Period, by_period: dict[Period, Entry] | None,
            baselines: dict[str, BaselineValue], region: bool, note: object = _OWN_NOTE
            ) -> ReportRow:
    """One report row; `by_period` None makes a blank template row. Consolidation passes
    the note it composed (status counts) instead of an entry's own."""
    target = ind.target_for(period.year) or ind.final_target
    applies = region or target_applies_to_part(ind)
    text = _target_text(ind, period.year, target.text if target else "")
    common = dict(indicator_id=ind.id, seq=ind.seq, section=ind.section, name=ind.name,
                  unit=ind.unit, kind=ind.kind, scale=ind.scale, denominator_name=ind.denominator,
                  target_text=text if applies or not text else f"{text}（全域）",
                  attribute=ind.attribute, responsible="、".join(ind.responsible),
                  baseline=baseline_figure(ind, baselines.get(ind.id)))
    if by_period is None:  # a blank template
        return ReportRow(**common)
    entry = by_period.get(period)
    ytd = year_to_date(ind, by_period, period).value if ind.kind.is_number else None
    current: float | str | None = figure(ind, entry) if ind.kind.is_number else (
        entry.text if entry else None)
    state = progress(ind, period, ytd if ind.kind.is_number else current)
    shown = applies and state.state not in (ProgressState.NO_DATA, ProgressState.NO_TARGET)
    return ReportRow(**common,
                     numerator=entry.numerator if entry else None,
                     denominator=entry.denominator if entry else None,
                     value=current, year_to_date=ytd,
                     progress_text=_progress_text(state.state, state.share, ind) if shown else "",
                     progress_state=state.state.value if shown else "",
                     note=(entry.note if entry else None) if note is _OWN_NOTE else note)  # type: ignore[arg-type]


def target_applies_to_part(ind: Indicator) -> bool:
    """A region's target in 户 or 张 is a total: a town's share of it is not set by the
    plan, so a town's report shows it for reference and measures no progress against it.
    A rate, a per-capita figure, a standard or a task applies to every unit as it is."""
    return ind.kind in (Kind.RATE, Kind.PER_CAPITA, Kind.STATUS) or ind.aggregate == "none"


def _target_text(ind: Indicator, year: int, text: str) -> str:
    """The plan's own words; an end-year target shown in an earlier year says which year."""
    target = ind.target_for(year)
    if target is not None or not text:
        return text
    final = ind.final_target
    return f"{text}（{final.year}年）" if final else text


def _progress_text(state: ProgressState, share: float | None, ind: Indicator) -> str:
    word = PROGRESS_WORDS.get(state.value, "")
    if share is None or ind.kind is Kind.STATUS:
        return word
    return f"{share:.0%} {word}".strip()


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


def _plan(catalog: Catalog, plan_id: str) -> Plan:
    try:
        return catalog.plan(plan_id)
    except KeyError:
        raise UseCaseError(f"没有编号为 {plan_id} 的规划（可选：{', '.join(catalog.plan_ids())}）") from None
