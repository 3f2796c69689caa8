"""`yinling targets import`: a county's 目标分解 from the sheet it keeps — units down or
across, indicators the other way, names matched exactly as baselines are
(`baseline_sheets.read_sheet`: by id, normalised name, a confirmed mapping, a unit's name,
alias or code; 合计 never a unit; every row and column not taken listed with why).

The same pipeline as every import: read → check → preview → commit in one transaction,
or nothing. Refused by file, sheet and cell: a figure that is not one number, below 0, a
count's that is not whole, a rate's above 100 %, the same unit's target twice, a unit that
does not report the indicator, a sheet naming another year. The office's own column (the
region's total) is listed, not taken: the region's target is the plan's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import Plan
from desktop.excel.reader import Workbook, WorkbookRefused, shown_name
from desktop.excel.report_reader import Problem
from desktop.messages import msg, say
from desktop.rules.scope import reported_by
from desktop.store import targets as store
from desktop.usecases.baseline_sheets import SheetResult, read_sheet
from desktop.usecases.outputs import is_data_file
from desktop.usecases.targets import check_year, value_problem
from desktop.usecases.workspace import Changes, UseCaseError, Workspace


@dataclass
class TargetsFile:
    path: Path
    shape: str = ""
    targets: list[store.StoredTarget] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # where each target was, sheet!cell
    skipped: list[Problem] = field(default_factory=list)
    refusals: list[Problem] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return shown_name(self.path)


@dataclass
class TargetsImport:
    plan_id: str
    year: int
    files: list[TargetsFile]
    replaces: int = 0  # targets already in the file that the sheet changes

    @property
    def refused(self) -> bool:
        return any(f.refusals for f in self.files)

    @property
    def count(self) -> int:
        return sum(len(f.targets) for f in self.files)

    def as_dict(self) -> dict[str, object]:
        return {"plan": self.plan_id, "year": self.year, "refused": self.refused,
                "targets": self.count, "replaces": self.replaces, "files": [
                    {"file": str(f.path), "shape": f.shape, "targets": [
                        {"indicator": t.indicator, "unit": t.unit, "value": t.value, "text": t.text,
                         "cell": c} for t, c in zip(f.targets, f.cells, strict=True)],
                     "unmatched": f.unmatched, "skipped": [str(p) for p in f.skipped],
                     "refusals": [str(p) for p in f.refusals]} for f in self.files]}


def plan_targets_import(ws: Workspace, plan_id: str, paths: list[Path], year: int | None = None,
                        mappings: dict[str, str] | None = None) -> TargetsImport:
    """What the sheets would set, and every reason they would not; writes nothing."""
    plan = ws.plan(plan_id)
    if year is not None:
        check_year(plan, year)
    read = _read_all(ws, paths, plan, year, dict(mappings or {}))
    if year is None:  # the year the sheets name, read again under it
        named = {y for _f, sheet in read if sheet is not None for y in sheet.years}
        if all(sheet is None for _f, sheet in read):  # none could be read: each file says why
            return TargetsImport(plan.id, plan.years[1], [f for f, _sheet in read])
        if len(named) != 1:
            raise UseCaseError("targets.need_year", years="、".join(map(str, sorted(named))) or "—")
        year = named.pop()
        check_year(plan, year)
        read = _read_all(ws, paths, plan, year, dict(mappings or {}))
    for f, sheet in read:
        if sheet is not None:
            _take(ws, plan, f, sheet, year)
    result = TargetsImport(plan.id, year, [f for f, _sheet in read])
    held = {(t.indicator, t.unit): (t.value, t.text)
            for t in store.read_targets(ws.data.db, plan.id, year=year)}
    result.replaces = sum(1 for f in result.files for t in f.targets
                          if held.get((t.indicator, t.unit), (t.value, t.text)) != (t.value, t.text))
    return result


def _read_all(ws: Workspace, paths: list[Path], plan: Plan, year: int | None,
              mappings: dict[str, str]) -> list[tuple[TargetsFile, SheetResult | None]]:
    files = [TargetsFile(Path(p)) for p in paths]
    return [(f, _read(ws, f, plan, year, mappings)) for f in files]


def commit_targets_import(ws: Workspace, plan: TargetsImport) -> Changes:
    if plan.refused:
        raise UseCaseError("targets.refused")
    held = {(t.indicator, t.unit): t for t in store.read_targets(ws.data.db, plan.plan_id,
                                                                 year=plan.year)}
    count = 0
    with ws.data.writing() as db:
        for f in plan.files:
            for target in f.targets:
                before = held.get((target.indicator, target.unit))
                store.write_target(db, target, ws.clerk)
                store.audit_target(db, plan.plan_id, target.indicator, target.unit, plan.year,
                                   before.text if before else None, target.text, "imported",
                                   ws.clerk, f.name)
                count += 1
    return Changes(targets=count)


def _read(ws: Workspace, result: TargetsFile, plan: Plan, year: int | None,
          mappings: dict[str, str]) -> SheetResult | None:
    if is_data_file(result.path, ws.data):  # never opened: that would drop SQLite's locks
        result.refusals.append(Problem(result.name, say("import.data_file")))
        return None
    try:
        with Workbook(result.path) as book:
            sheet = book.sheet_names[0]
            read = read_sheet(ws, book.rows(sheet), sheet, plan, year or plan.years[1],
                              ws.own_unit, mappings)
    except WorkbookRefused as exc:
        result.refusals.append(Problem(result.name, str(exc).removeprefix(f"{result.name}：")))
        return None
    except OSError as exc:
        result.refusals.append(Problem(result.name, msg("import.unreadable", reason=exc.strerror or exc)))
        return None
    return read


def _take(ws: Workspace, plan: Plan, result: TargetsFile, read: SheetResult, year: int) -> None:
    """Each matched figure checked as a target of its unit, or refused by its cell."""
    sheet, name = read.sheet, result.name
    result.shape = read.shape
    result.unmatched = [f"{u.name}（{u.where}）" + (f" → {u.proposal}?" if u.proposal else "")
                        for u in read.unmatched]
    result.skipped = [Problem(name, why, sheet, where) for where, why in read.skipped]
    result.refusals += [Problem(name, message, sheet, cell) for cell, message in read.problems]
    if read.years and year not in read.years:
        named = "、".join(str(y) for y in sorted(read.years))
        result.refusals.append(Problem(name, say("baseline.other_year", named=named, year=year), sheet))
    tree, own = ws.catalog.units, ws.own_unit
    first: dict[tuple[str, str], str] = {}
    for value, ref in read.values:
        ind, unit = plan.indicator(value.indicator), tree.get(value.unit)
        if unit.code == own or (not own and unit.code == plan.region):
            result.skipped.append(Problem(name, say("targets.own_unit", name=unit.name), sheet, ref))
            continue
        problem = None
        if ind not in reported_by(plan, unit, tree):
            problem = say("targets.not_reported", unit=unit.name, name=ind.name)
        elif value.value is not None and (wrong := value_problem(ind, value.value)) is not None:
            problem = wrong.render()
        elif (ind.id, unit.code) in first:
            problem = say("baseline.duplicate", name=f"{unit.name}“{ind.name}”",
                          first=first[(ind.id, unit.code)])
        if problem is not None:
            result.refusals.append(Problem(name, problem, sheet, ref))
            continue
        first[(ind.id, unit.code)] = f"{sheet}!{ref}"
        number = value.value or 0.0
        shown = f"{int(number) if number.is_integer() else number:g}"
        result.targets.append(store.StoredTarget(
            plan.id, ind.id, unit.code, year, number,
            f"{shown}{'%' if ind.kind.value == 'rate' else ind.unit}", f"imported:{name}"))
        result.cells.append(f"{sheet}!{ref}")
    if not result.refusals and not result.targets:
        result.refusals.append(Problem(name, say("targets.nothing")))
