"""Importing baselines (上年基数, DESIGN §6): last year's report workbooks, or a plain
sheet a county keeps, long (indicator, value) or wide (indicators × units, units ×
indicators). Rows are matched by indicator id or by name after normalising full-width
characters, spaces and punctuation; a name that does not match is never guessed: the
closest indicator is proposed, and the user's confirmation (`--map 名称=id`) is
remembered in the data file for next year.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import Indicator, Kind, Measure, Plan
from desktop.excel.columns import letter
from desktop.excel.meta import META_SHEET
from desktop.excel.reader import FORMULA_NO_VALUE, NUMBER, Cell, Workbook, WorkbookRefused, shown_name
from desktop.excel.report_reader import Problem, read_report
from desktop.records import BaselineValue
from desktop.rules.numbers import NumberError, parse_number
from desktop.store import values as store
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def normalise(name: str) -> str:
    """全角 → half-width, no spaces or punctuation, lower case: '护理型床位 占比（%）' →
    '护理型床位占比'. A trailing unit in brackets is dropped."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = re.sub(r"[（(][^（()）]*[)）]\s*$", "", text)
    return _PUNCT.sub("", text).lower()


@dataclass
class Unmatched:
    name: str
    where: str
    proposal: str = ""  # the closest indicator id, for the user to confirm


@dataclass
class BaselineFile:
    path: Path
    shape: str = ""  # report | long | wide
    values: list[BaselineValue] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    refusals: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return shown_name(self.path)


@dataclass
class BaselinePlan:
    plan_id: str
    year: int
    files: list[BaselineFile]
    mappings: dict[str, str]

    @property
    def refused(self) -> bool:
        return any(f.refusals for f in self.files)


def plan_baseline_import(ws: Workspace, paths: list[Path], year: int, plan_id: str | None,
                         unit: str | None = None, mappings: dict[str, str] | None = None
                         ) -> BaselinePlan:
    plan = ws.plan(plan_id) if plan_id else None
    unit = unit or ws.own_unit
    files = []
    for path in paths:
        files.append(_read_file(ws, Path(path), year, plan, unit, dict(mappings or {})))
    plan_ids = {v.indicator.split(".")[0] for f in files for v in f.values}
    chosen = plan.id if plan else (plan_ids.pop() if len(plan_ids) == 1 else "")
    return BaselinePlan(chosen, year, files, dict(mappings or {}))


def commit_baseline_import(ws: Workspace, plan: BaselinePlan) -> Changes:
    if plan.refused:
        raise UseCaseError("基数导入未执行：有文件被拒绝，数据未作任何改动。")
    count = 0
    with ws.data.writing() as db:
        for f in plan.files:
            by_plan: dict[str, list[BaselineValue]] = {}
            for value in f.values:
                by_plan.setdefault(value.indicator.split(".")[0], []).append(value)
            for plan_id, values in by_plan.items():
                count += store.write_baselines(db, plan_id, values, f.name)
        for name, indicator in plan.mappings.items():
            db.execute("INSERT OR REPLACE INTO name_map (plan, name, indicator, confirmed_at) "
                       "VALUES (?,?,?,?)", (indicator.split(".")[0], normalise(name), indicator,
                                            store.now()))
        store.log_import(db, "baseline", ", ".join(f.name for f in plan.files), "ok",
                         f"{count} baselines for {plan.year}", ws.clerk)
    return Changes(baselines=count)


def _read_file(ws: Workspace, path: Path, year: int, plan: Plan | None, unit: str,
               mappings: dict[str, str]) -> BaselineFile:
    result = BaselineFile(path)
    try:
        with Workbook(path) as book:
            if META_SHEET in book.sheet_names:
                _from_report(ws, book, result, year)
            else:
                if plan is None:
                    raise UseCaseError(f"{result.name} 是普通表格，请用 --plan 指明它属于哪个规划。")
                _from_plain_sheet(ws, book, result, plan, year, unit, mappings)
    except WorkbookRefused as exc:
        result.refusals.append(Problem(result.name, str(exc).removeprefix(f"{result.name}：")))
    except OSError as exc:
        result.refusals.append(Problem(result.name, f"无法读取文件（{exc.strerror or exc}）。"))
    return result


def _from_report(ws: Workspace, book: Workbook, result: BaselineFile, year: int) -> None:
    """Last year's Q4 report: stocks at year end, flows as 本年累计."""
    result.shape = "report"
    report = read_report(book, ws.catalog)
    result.refusals += report.problems
    if report.plan is None or report.period is None or report.problems:
        return
    if report.period.year != year or report.period.quarter != 4:
        result.refusals.append(Problem(result.name, f"这是 {report.period} 的报表；{year} 年的"
                                                         f"基数应取 {year}Q4（年末）的报表。"))
        return
    meta = report.meta
    assert meta is not None
    for ind_id, (sheet, row) in meta.rows.items():
        ind = report.plan.indicator(ind_id)
        if not ind.kind.is_number:
            continue
        value = _year_figure(book, ind, sheet, row, meta.columns.get(sheet, {}), report.values)
        if value is not None:
            result.values.append(BaselineValue(ind.id, report.unit, year, *value))


def _year_figure(book: Workbook, ind: Indicator, sheet: str, row: int, columns: dict[str, str],
                 values: dict[tuple[str, str], object]) -> tuple | None:
    num, den = values.get((ind.id, "numerator")), values.get((ind.id, "denominator"))
    if ind.measure is Measure.STOCK or ind.measure is None:
        if ind.kind.has_parts:
            if isinstance(num, float) and isinstance(den, float) and den:
                return (num / den * ind.scale, num, den)
            return None
        value = values.get((ind.id, "value"))
        return (value,) if isinstance(value, float) else None
    cell = book.cells(sheet).get(f"{columns.get('ytd', 'L')}{row}")
    if cell is None or cell.kind != NUMBER:
        return None
    try:
        figure = parse_number(float(cell.value)) * (100 if ind.kind is Kind.RATE else 1)
    except NumberError:
        return None
    return (figure,)


def _from_plain_sheet(ws: Workspace, book: Workbook, result: BaselineFile, plan: Plan,
                      year: int, unit: str, mappings: dict[str, str]) -> None:
    sheet = book.sheet_names[0]
    grid = book.rows(sheet)
    header_at = next((i for i, row in enumerate(grid)
                      if sum(1 for c in row if c is not None and c.kind != NUMBER) >= 2), None)
    if header_at is None:
        result.refusals.append(Problem(result.name, "找不到表头行。", sheet))
        return
    header = [(c.text.strip() if c is not None else "") for c in grid[header_at]]
    matcher = _Matcher(ws, plan, mappings)
    unit_columns = {i: code for i, h in enumerate(header) if (code := _unit_named(ws, plan, h))}
    if len(unit_columns) >= 2:
        result.shape = "wide"
        _wide(result, grid, header_at, unit_columns, matcher, year, sheet)
        return
    header_indicators = {i: ind for i, h in enumerate(header) if h and (ind := matcher.find(h))}
    if len(header_indicators) >= 2:
        result.shape = "wide"
        _wide_units_down(ws, plan, result, grid, header_at, header_indicators, year, sheet)
        return
    result.shape = "long"
    _long(result, grid, header_at, header, matcher, year, unit, sheet)


def _long(result: BaselineFile, grid: list[list[Cell | None]], header_at: int, header: list[str],
          matcher: _Matcher, year: int, unit: str, sheet: str) -> None:
    name_col = next((i for i, h in enumerate(header) if "指标" in h or h.lower() in ("id", "name")), 0)
    value_col = next((i for i, h in enumerate(header) if i != name_col and (
        str(year) in h or any(w in h for w in ("基数", "数值", "年末", "本年数", "value")))),
        len(header) - 1)
    for number, row in enumerate(grid[header_at + 1:], start=header_at + 2):
        name_cell = row[name_col] if name_col < len(row) else None
        value_cell = row[value_col] if value_col < len(row) else None
        if name_cell is None or value_cell is None:
            continue
        _add(result, matcher, name_cell.text.strip(), value_cell, unit, year, sheet,
             f"{letter(value_col)}{number}")


def _wide(result: BaselineFile, grid: list[list[Cell | None]], header_at: int,
          unit_columns: dict[int, str], matcher: _Matcher, year: int, sheet: str) -> None:
    for number, row in enumerate(grid[header_at + 1:], start=header_at + 2):
        name_cell = next((c for i, c in enumerate(row) if c is not None and i not in unit_columns
                          and c.kind != NUMBER), None)
        if name_cell is None:
            continue
        for col, code in unit_columns.items():
            if col < len(row) and row[col] is not None:
                _add(result, matcher, name_cell.text.strip(), row[col], code, year, sheet,
                     f"{letter(col)}{number}")


def _wide_units_down(ws: Workspace, plan: Plan, result: BaselineFile,
                     grid: list[list[Cell | None]], header_at: int,
                     header_indicators: dict[int, Indicator], year: int, sheet: str) -> None:
    for number, row in enumerate(grid[header_at + 1:], start=header_at + 2):
        code = next((c for cell in row if cell is not None and (c := _unit_named(ws, plan, cell.text))),
                    None)
        if code is None:
            continue
        for col, ind in header_indicators.items():
            if col < len(row) and row[col] is not None:
                _store(result, ind, row[col], code, year, sheet, f"{letter(col)}{number}")


def _add(result: BaselineFile, matcher: _Matcher, name: str, cell: Cell, unit: str, year: int,
         sheet: str, ref: str) -> None:
    if not name:
        return
    ind = matcher.find(name)
    if ind is None:
        if not any(u.name == name for u in result.unmatched):
            result.unmatched.append(Unmatched(name, f"{sheet}!{ref}", matcher.propose(name)))
        return
    _store(result, ind, cell, unit, year, sheet, ref)


def _store(result: BaselineFile, ind: Indicator, cell: Cell, unit: str, year: int, sheet: str,
           ref: str) -> None:
    if not ind.kind.is_number:
        return
    try:
        number = parse_number(float(cell.value) if cell.kind == NUMBER else cell.text, percent_ok=True)
    except NumberError:
        what = "是没有保存计算结果的公式，请在 Excel/WPS 中打开并保存后再导入" if cell.kind == FORMULA_NO_VALUE else (
            f"“{cell.text}”不是一个明确的数字")
        result.refusals.append(Problem(result.name, f"“{ind.name}”：{what}", sheet, ref))
        return
    if ind.kind is Kind.RATE and cell.kind == NUMBER and 0 < number <= 1 and "%" not in cell.text:
        number *= 100  # a true Excel percentage (0.425 shown as 42.5%)
    result.values.append(BaselineValue(ind.id, unit, year, number))


class _Matcher:
    def __init__(self, ws: Workspace, plan: Plan, mappings: dict[str, str]) -> None:
        self.plan = plan
        remembered = ws.data.db.execute("SELECT name, indicator FROM name_map WHERE plan = ?",
                                        (plan.id,)).fetchall()
        self.mapped = {name: ind for name, ind in remembered}
        for name, ind in mappings.items():
            if not plan.has_indicator(ind):
                raise UseCaseError(f"--map {name}={ind}：规划 {plan.id} 中没有这个指标")
            self.mapped[normalise(name)] = ind
        self.by_name: dict[str, list[Indicator]] = {}
        for ind in plan.indicators:
            self.by_name.setdefault(normalise(ind.name), []).append(ind)

    def find(self, name: str) -> Indicator | None:
        if self.plan.has_indicator(name.strip()):
            return self.plan.indicator(name.strip())
        key = normalise(name)
        if key in self.mapped:
            return self.plan.indicator(self.mapped[key])
        found = self.by_name.get(key, [])
        return found[0] if len(found) == 1 else None

    def propose(self, name: str) -> str:
        close = difflib.get_close_matches(normalise(name), list(self.by_name), n=1, cutoff=0.5)
        return self.by_name[close[0]][0].id if close else ""


def _unit_named(ws: Workspace, plan: Plan, text: str) -> str | None:
    key = normalise(text)
    if not key:
        return None
    for unit in (ws.catalog.units.get(plan.region), *ws.catalog.units.descendants(plan.region)):
        if normalise(unit.name) == key or unit.code == text.strip():
            return unit.code
    return None
