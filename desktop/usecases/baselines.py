"""Importing baselines (上年基数, DESIGN §6): last year's report workbooks, or a plain
sheet a county keeps (read in `baseline_sheets.py`). The same pipeline as reports: read →
match → check → preview → commit in one transaction, or nothing.

Refused, each by file (and sheet and cell): a sheet where nothing matched, a sheet whose
year is not the one asked for, a report of a unit outside the office's tree or of another
year than last year's Q4, a figure that fails the checks of its kind (a whole count ≥ 0,
a rate within 0–100 %), the same figure twice (both cells named), an ambiguous bare
percentage. Names that match nothing are listed with the closest indicator proposed,
never guessed; `--map 名称=id` confirms one, remembered in the data file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import Indicator, Kind, Measure, Plan
from desktop.excel.meta import META_SHEET
from desktop.excel.reader import Workbook, WorkbookRefused, shown_name
from desktop.excel.report_reader import Problem, ReadReport, read_report
from desktop.messages import msg, say
from desktop.records import BaselineValue, Entry
from desktop.rules.checks import check_entry
from desktop.rules.derive import quotient
from desktop.store import values as store
from desktop.usecases.baseline_sheets import SheetResult, Unmatched, _Matcher, normalise, read_sheet
from desktop.usecases.outputs import is_data_file
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

__all__ = ["BaselineFile", "BaselinePlan", "Unmatched", "_Matcher", "commit_baseline_import",
           "normalise", "plan_baseline_import"]


@dataclass
class BaselineFile:
    path: Path
    shape: str = ""  # report | long | wide
    values: list[BaselineValue] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # the cell each value came from
    unmatched: list[Unmatched] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)  # rows and columns not imported, and why
    refusals: list[Problem] = field(default_factory=list)
    changed_after_export: bool = False  # a report whose checksum fails
    unit_columns: list[tuple[str, str, str]] = field(default_factory=list)  # (cell, header, unit)
    unknown_units: list[tuple[str, str]] = field(default_factory=list)  # headers not taken as units
    unit: str = ""  # a long sheet's unit, or a report's
    unit_from_sheet: bool = False  # …named in the file (填报单位), not chosen

    @property
    def name(self) -> str:
        return shown_name(self.path)


@dataclass
class BaselinePlan:
    plan_id: str
    year: int
    files: list[BaselineFile]
    mappings: dict[str, str]
    unit_names: dict[str, str] = field(default_factory=dict)  # a sheet's unit heading → unit

    @property
    def refused(self) -> bool:
        return any(f.refusals for f in self.files)


def plan_baseline_import(ws: Workspace, paths: list[Path], year: int, plan_id: str | None,
                         unit: str | None = None, mappings: dict[str, str] | None = None,
                         unit_names: dict[str, str] | None = None) -> BaselinePlan:
    """What would be imported, matched, proposed and refused; writes nothing. `mappings`
    confirms names (名称 → indicator), `unit_names` says which unit a heading the program
    did not recognise stands for (the window's choices; `--map` on the command line)."""
    plan = ws.plan(plan_id) if plan_id else None
    unit = unit or ws.own_unit
    files = [_read_file(ws, Path(path), year, plan, unit, dict(mappings or {}), dict(unit_names or {}))
             for path in paths]
    plan_ids = {v.indicator.split(".")[0] for f in files for v in f.values}
    chosen = plan.id if plan else (plan_ids.pop() if len(plan_ids) == 1 else "")
    return BaselinePlan(chosen, year, files, dict(mappings or {}), dict(unit_names or {}))


def commit_baseline_import(ws: Workspace, plan: BaselinePlan) -> Changes:
    if plan.refused:
        raise UseCaseError("baseline.import_refused")
    count = 0
    with ws.data.writing() as db:
        for f in plan.files:
            by_plan: dict[str, list[BaselineValue]] = {}
            for value in f.values:
                by_plan.setdefault(value.indicator.split(".")[0], []).append(value)
            for plan_id, values in by_plan.items():
                count += store.write_baselines(db, plan_id, values, f.name)
        for name, indicator in plan.mappings.items():
            store.remember_name(db, indicator.split(".")[0], normalise(name), indicator)
        store.log_import(db, "baseline", ", ".join(f.name for f in plan.files), "ok",
                         f"{count} baselines for {plan.year}", ws.clerk)
    return Changes(baselines=count)


def _read_file(ws: Workspace, path: Path, year: int, plan: Plan | None, unit: str,
               mappings: dict[str, str], unit_names: dict[str, str] | None = None) -> BaselineFile:
    result = BaselineFile(path)
    if is_data_file(path, ws.data):  # never opened: that would drop SQLite's locks
        result.refusals.append(Problem(result.name, say("import.data_file")))
        return result
    try:
        with Workbook(path) as book:
            if META_SHEET in book.sheet_names:
                _from_report(ws, book, result, year)
            else:
                if plan is None:
                    raise UseCaseError("baseline.plain_sheet", name=result.name)
                _from_plain_sheet(ws, book, result, plan, year, unit, mappings, unit_names)
    except WorkbookRefused as exc:
        result.refusals.append(Problem(result.name, str(exc).removeprefix(f"{result.name}：")))
    except OSError as exc:
        result.refusals.append(Problem(result.name, msg("import.unreadable", reason=exc.strerror or exc)))
    if not result.refusals and not result.values and result.shape != "report":
        # (a report of a unit that reports only tasks has no figures: nothing to match)
        result.refusals.append(Problem(result.name, say("baseline.nothing_matched")))
    return result


def _from_report(ws: Workspace, book: Workbook, result: BaselineFile, year: int) -> None:
    """Last year's Q4 report: stocks at year end, flows as its printed 本年累计."""
    result.shape = "report"
    report = read_report(book, ws.catalog)
    result.refusals += report.problems
    if report.plan is None or report.period is None or report.problems:
        return
    own = ws.own_unit
    if own and not ws.catalog.units.is_within(report.unit, own):
        result.refusals.append(Problem(result.name, msg("import.outside", unit=ws.unit(report.unit).name,
                                                         own=ws.unit(own).name)))
        return
    if report.period.year != year or report.period.quarter != 4:
        result.refusals.append(Problem(result.name, msg("baseline.year_end_only",
                                                         period=report.period, year=year)))
        return
    result.changed_after_export = report.changed_after_export
    result.unit, result.unit_from_sheet = report.unit, True
    meta = report.meta
    assert meta is not None
    for ind_id in meta.rows:
        ind = report.plan.indicator(ind_id)
        if ind.kind.is_number:
            value = _year_figure(ind, report)
            if value is not None:
                _checked(result, value_of(ind, report.unit, year, value), ind,
                         report.cells.get((ind.id, _main_field(ind)), ""))


def _year_figure(ind: Indicator, report: ReadReport) -> tuple[float | None, ...] | None:
    """(value, numerator, denominator) of the year: a stock's Q4, a flow's 本年累计."""
    values = report.values
    if ind.measure is Measure.FLOW:
        ytd = report.year_to_date.get(ind.id)
        return (ytd,) if ytd is not None else None
    if ind.kind.has_parts:
        num, den = values.get((ind.id, "numerator")), values.get((ind.id, "denominator"))
        if isinstance(num, float) and isinstance(den, float):
            return (None, num, den)
        return None
    value = values.get((ind.id, "value"))
    return (value,) if isinstance(value, float) else None


def value_of(ind: Indicator, unit: str, year: int, figure: tuple[float | None, ...]) -> BaselineValue:
    value, num, den = (*figure, None, None)[:3]
    if value is None and num is not None:
        value = quotient(num, den, ind.scale)
    return BaselineValue(ind.id, unit, year, value, num, den)


def _from_plain_sheet(ws: Workspace, book: Workbook, result: BaselineFile, plan: Plan,
                      year: int, unit: str, mappings: dict[str, str],
                      unit_names: dict[str, str] | None = None) -> None:
    sheet = book.sheet_names[0]
    read = read_sheet(ws, book.rows(sheet), sheet, plan, year, unit, mappings, unit_names)
    result.shape, result.unmatched = read.shape, read.unmatched
    result.unit_columns, result.unknown_units = read.unit_columns, read.unknown_units
    result.unit, result.unit_from_sheet = read.unit_from_sheet or unit, bool(read.unit_from_sheet)
    result.skipped = [Problem(result.name, why, sheet, where) for where, why in read.skipped]
    result.refusals += [Problem(result.name, message, sheet, cell) for cell, message in read.problems]
    _check_year(result, read, year, sheet)
    for value, ref in read.values:
        _checked(result, value, plan.indicator(value.indicator), f"{sheet}!{ref}")


def _check_year(result: BaselineFile, read: SheetResult, year: int, sheet: str) -> None:
    if read.years and year not in read.years:
        named = "、".join(str(y) for y in sorted(read.years))
        result.refusals.append(Problem(result.name, say("baseline.other_year", named=named, year=year),
                                       sheet))


def _checked(result: BaselineFile, value: BaselineValue, ind: Indicator, where: str) -> None:
    """The checks of a typed figure (whole counts, ≥ 0, parts, a rate within 0–100 %),
    and the same figure twice refused with both cells named."""
    sheet, _, cell = where.partition("!")
    if value.numerator is not None or value.denominator is not None:
        entry = Entry(numerator=value.numerator, denominator=value.denominator)
        problems = [f.message() for f in check_entry(ind, entry) if f.blocking]
    else:  # one figure as written: a count, an amount, or a rate in percent points
        problems = [f.message() for f in check_entry(ind, Entry(value=value.value)) if f.blocking]
        if value.value is not None and value.value < 0 and ind.kind.has_parts:
            problems.append(say("check.negative", value=value.value))
    if ind.kind is Kind.RATE and value.value is not None and not 0 <= value.value <= 100:
        problems.append(say("baseline.rate_range", value=f"{value.value:g}"))
    for message in problems:
        result.refusals.append(Problem(result.name, f"“{ind.name}”：{message}", sheet, cell))
    earlier = next((i for i, v in enumerate(result.values)
                    if v.indicator == value.indicator and v.unit == value.unit), None)
    if earlier is not None:
        result.refusals.append(Problem(result.name, say("baseline.duplicate", name=ind.name,
                                                         first=result.sources[earlier]), sheet, cell))
    if not problems and earlier is None:
        result.values.append(value)
        result.sources.append(where)


def _main_field(ind: Indicator) -> str:
    return "numerator" if ind.kind.has_parts else "value"
