"""A county's own baseline sheet (上年基数), read as a person reads it (DESIGN §6).

- The header row is found under a title and a 填报单位 row: the first row that names the
  indicator column (指标/名称/项目), or two units, or two indicators.
- Three shapes: long (indicator, value; the unit from the 填报单位 row or `--unit`), wide
  with units across (indicators down), wide with units down (indicators across). Units
  are matched by name, alias (裕民街道办事处) or code; indicators by id or normalised name,
  or by a name the user confirmed once (`--map`, remembered). A name is never guessed.
- Nothing is dropped unseen: every row and column not imported is listed with why, and a
  合计/小计 row or column is never taken for a unit or an indicator.
- A percentage means what Excel shows: a cell formatted as a percentage is read as it is
  shown (0.425 → 42.5 %); a bare number under a rate is taken as percent points when it
  is above 1, and refused as ambiguous when it is not (0.8: 80 % or 0.8 %?).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from desktop.catalog import Indicator, Kind, Plan
from desktop.excel.columns import letter
from desktop.excel.reader import FORMULA_NO_VALUE, NUMBER, Cell
from desktop.messages import say
from desktop.records import BaselineValue
from desktop.rules.numbers import NumberError, parse_number
from desktop.store import values as store
from desktop.usecases.workspace import UseCaseError, Workspace

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_YEAR = re.compile(r"(20\d\d)\s*年?", re.ASCII)
_NAME_HEADERS = ("指标名称", "指标", "名称", "项目", "id", "name")
_TOTALS = ("合计", "小计", "总计", "全市", "全县", "总数")
Grid = list[list[Cell | None]]


def normalise(name: str) -> str:
    """全角 → half-width, no spaces or punctuation, lower case: '护理型床位 占比（%）' →
    '护理型床位占比'. A trailing unit in brackets is dropped."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = re.sub(r"[（(][^（()）]*[)）]\s*$", "", text)
    return _PUNCT.sub("", text).lower()


def is_total(text: str) -> bool:
    key = normalise(text)
    return any(key.startswith(t) or key.endswith(t) for t in _TOTALS)


@dataclass
class Unmatched:
    name: str
    where: str
    proposal: str = ""  # the closest indicator id, for the user to confirm


@dataclass
class SheetResult:
    """What a plain sheet gave: values, and every problem, unmatched name and skipped line."""

    sheet: str
    shape: str = ""
    values: list[tuple[BaselineValue, str]] = field(default_factory=list)  # value, cell
    unmatched: list[Unmatched] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (cell, message)
    years: set[int] = field(default_factory=set)  # years the sheet's titles and headers name
    unit_columns: list[tuple[str, str, str]] = field(default_factory=list)  # (cell, header, unit)
    unknown_units: list[tuple[str, str]] = field(default_factory=list)  # (cell, header) not a unit
    unit_from_sheet: str = ""  # a long sheet's unit, from its 填报单位 row


class _Matcher:
    """Indicator names → indicators: by id, by a confirmed name, or by exact normalised name."""

    def __init__(self, ws: Workspace, plan: Plan, mappings: dict[str, str]) -> None:
        self.plan = plan
        remembered = store.remembered_names(ws.data.db, plan.id)
        self.mapped = {name: ind for name, ind in remembered.items() if plan.has_indicator(ind)}
        for name, indicator_id in mappings.items():
            if not plan.has_indicator(indicator_id):
                raise UseCaseError("baseline.bad_map", name=name, indicator=indicator_id, plan=plan.id)
            self.mapped[normalise(name)] = indicator_id
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


class _Units:
    """Unit names of the plan's region → codes, by name, alias or code; `mine` tells the
    units this file may hold (its own and those below it)."""

    def __init__(self, ws: Workspace, plan: Plan, chosen: dict[str, str] | None = None) -> None:
        tree = self.tree = ws.catalog.units
        self.own = ws.own_unit
        self.names: dict[str, str] = {}
        for unit in (tree.get(plan.region), *tree.descendants(plan.region)):
            for spelling in (unit.name, *unit.aliases):
                self.names.setdefault(normalise(spelling), unit.code)
            self.names.setdefault(unit.code.lower(), unit.code)
        region = set(self.names.values())
        for name, code in (chosen or {}).items():  # a column the user said is this unit
            if code not in region:
                raise UseCaseError("baseline.bad_unit_choice", name=name, unit=code)
            self.names[normalise(name)] = code

    def mine(self, code: str) -> bool:
        return not self.own or self.tree.is_within(code, self.own)

    def find(self, text: str) -> str | None:
        key = normalise(text)
        if not key or is_total(text):
            return None
        return self.names.get(key) or self.names.get(text.strip().lower())


def read_sheet(ws: Workspace, grid: Grid, sheet: str, plan: Plan, year: int, unit: str,
               mappings: dict[str, str], unit_names: dict[str, str] | None = None) -> SheetResult:
    result = SheetResult(sheet)
    matcher, units = _Matcher(ws, plan, mappings), _Units(ws, plan, unit_names)
    at = _header_row(grid, matcher, units)
    if at is None:
        result.problems.append(("", say("baseline.no_header")))
        return result
    header = [_text(c) for c in grid[at]]
    for row in grid[:at]:  # title rows: the year they name, and a 填报单位 row for a long sheet
        result.years |= _years(" ".join(_text(c) for c in row))
        found = _unit_row(row, units, result)
        result.unit_from_sheet = found or result.unit_from_sheet
        unit = found or unit
    result.years |= {y for h in header for y in _years(h)}
    unit_columns = {i: code for i, h in enumerate(header) if (code := units.find(h))}
    for i, code in list(unit_columns.items()):
        if not units.mine(code):  # a sibling's column in a town's file: listed, not taken
            result.skipped.append((f"{letter(i)}{at + 1}", say("baseline.not_own_unit", header=header[i])))
            del unit_columns[i]
    result.unit_columns = [(f"{letter(i)}{at + 1}", header[i], code) for i, code in unit_columns.items()]
    indicator_columns = {i: ind for i, h in enumerate(header) if h and (ind := matcher.find(h))}
    if len(unit_columns) >= 2 or (unit_columns and not indicator_columns):
        result.shape = "wide"
        _units_across(result, grid, at, header, unit_columns, matcher, year)
    elif len(indicator_columns) >= 2:
        result.shape = "wide"
        _units_down(result, grid, at, header, indicator_columns, units, year)
    else:
        result.shape = "long"
        _long(result, grid, at, header, matcher, year, unit)
    return result


def _header_row(grid: Grid, matcher: _Matcher, units: _Units) -> int | None:
    for index, row in enumerate(grid):
        texts = [_text(c) for c in row if c is not None and c.kind != NUMBER]
        if any(normalise(t) in _NAME_HEADERS for t in texts):
            return index
        if sum(1 for t in texts if units.find(t)) >= 2 or sum(1 for t in texts if matcher.find(t)) >= 2:
            return index
    return None


def _unit_row(row: list[Cell | None], units: _Units, result: SheetResult) -> str | None:
    """`填报单位：大坝镇` in one cell, or `填报单位` | `大坝镇` in two. A plain `单位：万元` row
    names a unit of measure, not a reporting unit, and is passed over."""
    texts = [_text(c) for c in row if c is not None]
    for i, text in enumerate(texts):
        label, sep, rest = text.replace("：", ":").partition(":")
        kind = normalise(label)
        if kind not in ("填报单位", "报送单位", "单位"):
            continue
        name = rest.strip() if sep and rest.strip() else (texts[i + 1] if i + 1 < len(texts) else "")
        code = units.find(name) if name else None
        if code is None and kind != "单位" and name:
            result.problems.append(("", say("baseline.unknown_unit", name=name)))
        if code is not None and not units.mine(code):
            result.problems.append(("", say("baseline.not_own_unit", header=name)))
            return None
        if code is not None:
            return code
    return None


def _long(result: SheetResult, grid: Grid, at: int, header: list[str], matcher: _Matcher,
          year: int, unit: str) -> None:
    name_col = next((i for i, h in enumerate(header) if normalise(h) in _NAME_HEADERS), 0)
    value_col = next((i for i, h in enumerate(header) if i != name_col and (
        str(year) in h or any(w in h for w in ("基数", "数值", "年末", "本年数", "value")))), None)
    if value_col is None:
        value_col = max(range(len(header)), key=lambda i: (i != name_col, i))
    for i, h in enumerate(header):
        if i not in (name_col, value_col) and h:
            result.skipped.append((f"{letter(i)}{at + 1}", say("baseline.column_not_read", header=h)))
    for number, row in enumerate(grid[at + 1:], start=at + 2):
        name = _text(_at(row, name_col))
        cell = _at(row, value_col)
        if name and cell is not None:
            _add(result, matcher, name, cell, unit, year, f"{letter(value_col)}{number}",
                 f"{letter(name_col)}{number}")
        elif name and not is_total(name) and matcher.find(name) is None:
            result.skipped.append((f"{letter(name_col)}{number}", say("baseline.row_empty", name=name)))


def _units_across(result: SheetResult, grid: Grid, at: int, header: list[str],
                  unit_columns: dict[int, str], matcher: _Matcher, year: int) -> None:
    name_col = next((i for i, h in enumerate(header) if normalise(h) in _NAME_HEADERS),
                    min((i for i in range(len(header)) if i not in unit_columns), default=0))
    for i, h in enumerate(header):
        if i != name_col and i not in unit_columns and h:
            why = "baseline.total_not_unit" if is_total(h) else "baseline.column_not_unit"
            result.skipped.append((f"{letter(i)}{at + 1}", say(why, header=h)))
            if not is_total(h):
                result.unknown_units.append((f"{letter(i)}{at + 1}", h))
    for number, row in enumerate(grid[at + 1:], start=at + 2):
        name = _text(_at(row, name_col))
        if not name:
            continue
        for col, code in unit_columns.items():
            cell = _at(row, col)
            if cell is not None:
                _add(result, matcher, name, cell, code, year, f"{letter(col)}{number}",
                     f"{letter(name_col)}{number}")


def _units_down(result: SheetResult, grid: Grid, at: int, header: list[str],
                indicator_columns: dict[int, Indicator], units: _Units, year: int) -> None:
    for i, h in enumerate(header):
        if i not in indicator_columns and h and not units.find(h) and normalise(h) not in (
                "单位", "填报单位", "单位名称"):
            result.skipped.append((f"{letter(i)}{at + 1}", say("baseline.column_not_indicator", header=h)))
    for number, row in enumerate(grid[at + 1:], start=at + 2):
        texts = [(i, _text(c)) for i, c in enumerate(row) if c is not None and c.kind != NUMBER
                 and i not in indicator_columns]
        code = next((c for _i, t in texts if (c := units.find(t))), None)
        if code is not None and not units.mine(code):
            result.skipped.append((f"A{number}", say("baseline.not_own_unit", header=texts[0][1])))
            continue
        if code is not None:
            result.unit_columns.append((f"A{number}", next(t for _i, t in texts if units.find(t) == code),
                                        code))
        if code is None:
            if texts or any(c is not None for c in row):
                shown = texts[0][1] if texts else ""
                why = "baseline.total_not_unit" if is_total(shown) else "baseline.row_not_unit"
                result.skipped.append((f"A{number}", say(why, header=shown)))
                if shown and not is_total(shown):
                    result.unknown_units.append((f"A{number}", shown))
            continue
        for col, ind in indicator_columns.items():
            cell = _at(row, col)
            if cell is not None:
                _store(result, ind, cell, code, year, f"{letter(col)}{number}")


def _add(result: SheetResult, matcher: _Matcher, name: str, cell: Cell, unit: str, year: int,
         ref: str, name_ref: str) -> None:
    if is_total(name):
        result.skipped.append((name_ref, say("baseline.total_not_indicator", name=name)))
        return
    ind = matcher.find(name)
    if ind is None:
        if not any(u.name == name for u in result.unmatched):
            result.unmatched.append(Unmatched(name, f"{result.sheet}!{name_ref}", matcher.propose(name)))
        return
    _store(result, ind, cell, unit, year, ref)


def _store(result: SheetResult, ind: Indicator, cell: Cell, unit: str, year: int, ref: str) -> None:
    if not ind.kind.is_number:
        result.skipped.append((ref, say("baseline.not_a_number_row", name=ind.name)))
        return
    try:
        number = _number(ind, cell)
    except ValueError as exc:
        result.problems.append((ref, f"“{ind.name}”：{exc}"))
        return
    result.values.append((BaselineValue(ind.id, unit, year, number), ref))


def _number(ind: Indicator, cell: Cell) -> float:
    """The figure a cell means, in the indicator's unit (a rate in percent points)."""
    if cell.kind == FORMULA_NO_VALUE:
        raise ValueError(say("baseline.formula"))
    try:
        number = parse_number(float(cell.value) if cell.kind == NUMBER else cell.text, percent_ok=True)
    except NumberError:
        raise ValueError(say("baseline.not_a_number", text=cell.text)) from None
    if ind.kind is not Kind.RATE:
        return number
    if cell.kind == NUMBER and cell.percent:
        return round(number * 100, 9)  # formatted as a percentage: what Excel shows
    if cell.kind == NUMBER and 0 < number <= 1:
        raise ValueError(say("baseline.ambiguous_percent", value=cell.text))
    return number


def _at(row: list[Cell | None], col: int) -> Cell | None:
    return row[col] if col < len(row) else None


def _text(cell: Cell | None) -> str:
    if cell is None:
        return ""
    if cell.kind == NUMBER:
        number = float(cell.value)
        return str(int(number)) if number.is_integer() else str(number)
    return cell.text.strip()


def _years(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}
