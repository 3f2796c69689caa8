"""A report workbook (ours, or a template filled in WPS/Excel/LibreOffice) read back into
values, through its `_meta` sheet: exact even when rows were re-sorted, values were typed
as text or the styles were changed. Every refusal names the file, the sheet and the cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import STATUSES, Catalog, Indicator, Kind, Layout, Plan
from desktop.excel import report_versions
from desktop.excel.columns import columns_for
from desktop.excel.meta import CHECKSUM_FIELDS, META_SHEET, Meta, checksum, header_checksum
from desktop.excel.reader import BOOL, ERROR, FORMULA_NO_VALUE, NUMBER, Cell, Workbook, shown_name
from desktop.messages import Message, msg, say
from desktop.periods import Period, PeriodError
from desktop.rules.numbers import NumberError, parse_number

_READ_COLUMNS = ("seq", "name", "numerator", "denominator", "value", "note", "ytd")
FIELD_COLUMNS = {"value": "value", "text": "value", "numerator": "numerator",
                 "denominator": "denominator", "note": "note"}


@dataclass(frozen=True)
class Problem:
    file: str
    message: str | Message
    sheet: str = ""
    cell: str = ""

    def __str__(self) -> str:
        where = f"[{self.sheet}!{self.cell}] " if self.sheet and self.cell else (
            f"[{self.sheet}] " if self.sheet else "")
        return f"{self.file} {where}{self.message}"


@dataclass
class ReadReport:
    path: Path
    kind: str = ""  # report | template | consolidated
    plan: Plan | None = None
    unit: str = ""
    period: Period | None = None
    values: dict[tuple[str, str], float | str | None] = field(default_factory=dict)
    cells: dict[tuple[str, str], str] = field(default_factory=dict)  # where each value was
    changed_after_export: bool = False
    problems: list[Problem] = field(default_factory=list)
    meta: Meta | None = None
    # 本年累计 as the sheet states it (a rate in percent points), kept for consolidation.
    year_to_date: dict[str, float | None] = field(default_factory=dict)
    ytd_printed: dict[str, float | str | None] = field(default_factory=dict)  # as the cell holds it
    filled_by: str = ""  # 代填: the office that filled in the report, when not the unit itself
    from_version: int = 0  # made under this earlier version of the plan (0: the current one)
    renamed: dict[str, str] = field(default_factory=dict)  # current id → the report's id
    retired: dict[str, dict[str, float | str | None]] = field(default_factory=dict)  # dropped id → fields

    @property
    def format_version(self) -> int:
        text = self.meta.values.get("format_version", "1") if self.meta else "1"
        return int(text) if text.isdigit() else 0


def read_report(book: Workbook, catalog: Catalog) -> ReadReport:
    """The values of every indicator row that `_meta` lists, or the reasons it cannot."""
    result = ReadReport(book.path)
    name = shown_name(book.path)
    if META_SHEET not in book.sheet_names:
        result.problems.append(Problem(name, msg("reading.no_meta")))
        return result
    try:
        meta = Meta.from_records(tuple(_row_values(r)) for r in book.rows(META_SHEET))
    except (ValueError, OverflowError):  # a row number that is not a number: forged or damaged
        result.problems.append(Problem(name, msg("reading.meta_broken"), META_SHEET))
        return result
    result.meta = meta
    if not _identify(result, meta, catalog) or not _header_intact(result, meta):
        return result
    _check_visible(book, result, meta, catalog)
    if result.problems:
        return result
    if result.from_version:
        _through_versions(book, result, meta)
    for indicator_id, (sheet, row) in meta.rows.items():
        plan = result.plan
        assert plan is not None
        if not plan.has_indicator(indicator_id):
            result.problems.append(Problem(name, msg("reading.indicator_gone", indicator=indicator_id), sheet))
            continue
        _read_row(book, result, meta, plan.indicator(indicator_id), sheet, row)
    if result.kind != "template" and not result.problems:
        header = meta.values if result.format_version >= 2 else None
        expected = meta.values.get("checksum")
        result.changed_after_export = not report_versions.checksum_matches(
            expected, _checksum_values(result), result.retired, header) if result.from_version else (
            checksum(_checksum_values(result), header) != expected)
    result.filled_by = meta.values.get("filled_by_name", "")
    return result


def _through_versions(book: Workbook, result: ReadReport, meta: Meta) -> None:
    """A report of an earlier version: its rows under their current ids; a dropped
    indicator's figures kept under its old id (the importing file shows them as 已停用)."""
    assert result.plan is not None
    moved = report_versions.translate(result.plan, meta)
    meta.rows, result.renamed = moved.rows, moved.back
    for old, (sheet, row) in moved.retired.items():
        result.retired[old] = report_versions.read_retired(book, meta, sheet, row)
        for name_of_field, value in result.retired[old].items():
            if name_of_field != "ytd":
                result.values[(old, name_of_field)] = value


def _header_intact(result: ReadReport, meta: Meta) -> bool:
    """What the file says it is (unit, period, plan, version, kind) as it was written; a
    file relabelled in its hidden sheet is refused, not imported under another name."""
    if result.format_version < 2:
        return True  # written before the header checksum existed
    if header_checksum(meta.values) == meta.values.get("header_checksum"):
        return True
    result.problems.append(Problem(shown_name(result.path), say("import.header_changed"), META_SHEET))
    return False


def _check_visible(book: Workbook, result: ReadReport, meta: Meta, catalog: Catalog) -> None:
    """What is imported is what the sheet shows (DESIGN §6): the printed title rows name the
    unit and period `_meta` says, and the columns `_meta` points at carry the printed
    headers of the figures they are read as."""
    assert result.period is not None
    unit = catalog.units.get(result.unit)
    names = {_plain(n) for n in (unit.name, *unit.aliases)}
    year, quarter = result.period.year, result.period.quarter
    period_texts = {f"（{year}年第{quarter}季度）", f"（{year}年第{'一二三四'[quarter - 1]}季度）"}
    for sheet, (_table, layout) in meta.sheets.items():
        rows = [row for where, row in meta.rows.values() if where == sheet]
        if sheet not in book.sheet_names or sheet not in meta.columns or not rows:
            continue  # reported by the row reader
        grid = book.cells(sheet, _read_columns(meta.columns[sheet]))
        shown_unit = _plain(_text(grid.get("A3"))).removeprefix("填报单位（盖章）：")
        if shown_unit not in names:
            _disagree(result, sheet, "A3", "import.visible_unit", shown=_text(grid.get("A3")),
                      meta=unit.name)
        if _plain(_text(grid.get("A2"))) not in period_texts:
            _disagree(result, sheet, "A2", "import.visible_period", shown=_text(grid.get("A2")),
                      meta=result.period.shown)
        # The header stands right above the first row (row 4, or 5 under a coverage line).
        _check_headers(result, sheet, layout, meta.columns[sheet], grid, min(rows) - 1)


def _check_headers(result: ReadReport, sheet: str, layout: str, columns: dict[str, str],
                   grid: dict[str, Cell], header_row: int) -> None:
    assert result.period is not None
    try:
        expected = {c.key: c.label for c in columns_for(Layout(layout), result.period.year)}
    except ValueError:
        _disagree(result, sheet, "", "import.visible_layout", layout=layout)
        return
    for key in _READ_COLUMNS:
        letter = columns.get(key)
        if letter is None or key not in expected:
            continue
        ref = f"{letter}{header_row}"
        if _plain(_text(grid.get(ref))) != expected[key]:
            _disagree(result, sheet, ref, "import.visible_column", shown=_text(grid.get(ref)),
                      expected=expected[key])


def _disagree(result: ReadReport, sheet: str, cell: str, key: str, **params: object) -> None:
    result.problems.append(Problem(shown_name(result.path), say(key, None, **params), sheet, cell))


def _text(cell: Cell | None) -> str:
    return "" if cell is None else _as_text(cell)


def _plain(text: str) -> str:
    return "".join(text.split())


def _identify(result: ReadReport, meta: Meta, catalog: Catalog) -> bool:
    name = shown_name(result.path)
    plan_id = meta.values.get("plan_id", "")
    try:
        plan = catalog.plan(plan_id)
    except KeyError:
        result.problems.append(Problem(name, msg("reading.unknown_plan", plan=plan_id)))
        return False
    version = meta.values.get("plan_version", "")
    if version.isdigit() and 0 < int(version) < plan.version:
        result.from_version = int(version)  # read through renamed_from (report_versions)
    elif version != str(plan.version):
        result.problems.append(Problem(name, msg("reading.plan_version", version=version,
                                                 current=plan.version)))
        return False
    unit = meta.values.get("unit_code", "")
    if unit not in catalog.units:
        result.problems.append(Problem(name, msg("reading.unknown_unit",
                                                 name=meta.values.get("unit_name", ""), unit=unit)))
        return False
    try:
        period = Period.parse(meta.values.get("period", ""))
    except PeriodError:
        result.problems.append(Problem(name, msg("reading.unknown_period",
                                                 period=meta.values.get("period"))))
        return False
    result.kind, result.plan, result.unit, result.period = (meta.values.get("kind", "report"), plan,
                                                            unit, period)
    return True


def _read_row(book: Workbook, result: ReadReport, meta: Meta, ind: Indicator, sheet: str,
              row: int) -> None:
    name = shown_name(result.path)
    if sheet not in book.sheet_names:
        result.problems.append(Problem(name, msg("reading.sheet_missing"), sheet))
        return
    columns = meta.columns.get(sheet, {})
    grid = book.cells(sheet, _read_columns(columns))
    located = _locate(grid, columns, ind, row)
    if located is None:
        result.problems.append(Problem(name, msg("reading.row_missing", name=ind.name), sheet))
        return
    row = located
    _read_ytd(result, ind, grid, columns, row)
    for name_of_field in ind.kind.fields:
        letter = columns.get(FIELD_COLUMNS[name_of_field])
        if letter is None:
            continue
        ref = f"{letter}{row}"
        try:
            result.values[(ind.id, name_of_field)] = _value(ind, name_of_field, grid.get(ref))
            result.cells[(ind.id, name_of_field)] = f"{sheet}!{ref}"
        except ValueError as exc:
            result.problems.append(Problem(name, msg("reading.cell_problem", name=ind.name,
                                                 problem=exc.args[0] if exc.args else exc), sheet, ref))
    _read_year_to_date(result, ind, grid.get(f"{columns.get('ytd', '')}{row}"))


def _read_columns(columns: dict[str, str]) -> set[str]:
    """The columns of a sheet the import decodes: the title's (A) and those it reads, never
    the computed ones (target, progress …) it has no use for."""
    return {"A", *(letter for key, letter in columns.items() if key in _READ_COLUMNS)}


def _read_year_to_date(result: ReadReport, ind: Indicator, cell: Cell | None) -> None:
    """The sheet's 本年累计: a number, or blank in a report the program made (the unit had
    no figure this year). A computed column, so anything else (a filled template's blank, a
    formula without a saved value) states nothing rather than being refused."""
    if not ind.kind.is_number:
        return
    if cell is None and result.kind != "template":
        result.year_to_date[ind.id] = None
        return
    if cell is None or cell.kind != NUMBER:
        return
    try:
        number = parse_number(float(cell.value))
    except NumberError:
        return
    result.year_to_date[ind.id] = round(number * 100, 9) if ind.kind is Kind.RATE else number


def _read_ytd(result: ReadReport, ind: Indicator, grid: dict[str, Cell], columns: dict[str, str],
              row: int) -> None:
    """本年累计 as printed, for the checksum (which covers what the sheet shows)."""
    letter = columns.get("ytd")
    cell = grid.get(f"{letter}{row}") if letter else None
    if cell is None:
        result.ytd_printed[ind.id] = None
    else:
        result.ytd_printed[ind.id] = float(cell.value) if cell.kind == NUMBER else cell.text


def _value(ind: Indicator, field: str, cell: Cell | None) -> float | str | None:
    if cell is None:
        return None
    if cell.kind == FORMULA_NO_VALUE:
        raise ValueError(msg("reading.formula"))
    if cell.kind == ERROR:
        raise ValueError(msg("reading.error_value", value=cell.value))
    if cell.kind == BOOL:
        raise ValueError(msg("reading.logical"))
    if field in ("note", "text"):
        text = _as_text(cell)
        if ind.kind is Kind.STATUS and field == "text" and text and text not in STATUSES:
            raise ValueError(msg("reading.status", text=text, allowed="/".join(STATUSES)))
        return text or None
    try:
        return parse_number(float(cell.value) if cell.kind == NUMBER else cell.text)
    except NumberError:
        raise ValueError(msg("reading.not_a_number", text=cell.text)) from None


def _as_text(cell: Cell) -> str:
    if cell.kind == NUMBER:
        number = float(cell.value)
        return str(int(number)) if number.is_integer() else str(number)
    return cell.text.strip()


def _locate(grid: dict[str, Cell], columns: dict[str, str], ind: Indicator, row: int) -> int | None:
    """The row `_meta` recorded, or, if the rows were re-sorted, the row holding this
    indicator's number and name."""
    name_col, seq_col = columns.get("name", "C"), columns.get("seq", "A")

    wanted = _plain(ind.name)

    def matches(r: int) -> bool:
        name = grid.get(f"{name_col}{r}")
        seq = grid.get(f"{seq_col}{r}")
        # The writer breaks long names into lines (at a space, too): the same without them.
        return name is not None and _plain(name.text) == wanted and (
            seq is None or _as_text(seq) == ind.seq or not ind.seq)

    if matches(row):
        return row
    candidates = sorted({int(ref[len(name_col):]) for ref in grid
                         if ref.startswith(name_col) and ref[len(name_col):].isdigit()})
    found = [r for r in candidates if matches(r)]
    return found[0] if len(found) == 1 else None


def _row_values(row: list[Cell | None]) -> list[object]:
    return [None if c is None else (c.value if c.kind != NUMBER else _number_text(c)) for c in row]


def _number_text(cell: Cell) -> str:
    number = float(cell.value)
    return str(int(number)) if number.is_integer() else str(number)


def signed_values(result: ReadReport) -> list[list[tuple[str, str, object]]]:
    """The values a signature covers, as this file holds them: one list, or for a report of
    an earlier version each way its retired rows may have been written."""
    values = _checksum_values(result)
    if not result.from_version:
        return [values]
    return list(report_versions.value_sets(values, result.retired, result.format_version >= 2))


def _checksum_values(result: ReadReport) -> list[tuple[str, str, object]]:
    values: list[tuple[str, str, object]] = []
    for (indicator, which), value in result.values.items():
        key = "value" if which == "text" else which
        if key in CHECKSUM_FIELDS and indicator not in result.retired:
            values.append((result.renamed.get(indicator, indicator), key, value))
    if result.format_version >= 2:
        values += [(result.renamed.get(indicator, indicator), "ytd", value)
                   for indicator, value in result.ytd_printed.items()]
    return values
