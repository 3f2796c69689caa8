"""A plan's indicator table (or task list) as a county pastes it from its document into WPS
or Excel (DESIGN §3a), read into rows of text: the title above the header, the header
recognised by meaning (序号, 类别, 指标名称, 单位, base-year and target-year columns, 属性,
责任单位, 分子/分母口径, 说明), merged 类别 cells filled down, section rows (一、老有所养)
carried onto the rows below, and every cell as the table shows it (a "60%" WPS stored
as 0.6 in a percent-formatted cell reads "60%").

What the rows mean (kinds, targets, directions) is decided elsewhere
(`desktop.catalog.draft`): this module only reads.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop.excel.columns import column_index
from desktop.excel.columns import letter as column_letters
from desktop.excel.reader import NUMBER, Cell, Workbook
from desktop.messages import Message, msg

HEADER_SCAN = 12  # the header lies within the first rows, under a title or two
# Meanings of header cells, in the order they are tried: 责任单位 before 单位.
_MEANINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("responsible", ("责任单位", "牵头单位", "责任部门", "牵头部门", "主责单位", "责任主体", "配合单位")),
    ("numerator", ("分子口径", "分子")),
    ("denominator", ("分母口径", "分母")),
    ("seq", ("序号", "编号")),
    ("section", ("类别", "领域", "分类", "维度", "方面", "板块")),
    ("unit", ("计量单位", "单位")),
    ("attribute", ("属性", "性质")),
    ("note", ("说明", "备注", "口径", "解释")),
    ("task", ("主要任务", "重点任务", "任务内容", "任务")),
    ("name", ("指标名称", "指标", "项目名称", "项目", "名称", "内容", "事项")),
)
_YEAR = re.compile(r"((?:19|20)\d{2})")
_SUB_YEAR = re.compile(r"((?:19|20)\d{2})年?(?:目标值?|基期值?|现状值?)?")
_BASE_WORDS = ("基期", "基数", "现状", "基准", "实际", "现值", "完成值", "起点")
_TARGET_WORDS = ("目标", "规划", "预期")
_NOTE_ROW = re.compile(r"^(注|说明|备注|资料来源|数据来源)\s*[:：\d１-９]")
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])\s*")


@dataclass(frozen=True)
class SheetRow:
    """One indicator (or task) row, its cells as the table shows them."""

    number: int  # the worksheet row
    cells: dict[str, str]  # meaning → text (seq, section, name, unit, attribute, …)
    targets: dict[int | None, str] = field(default_factory=dict)  # year (None: not said) → text
    bases: dict[int | None, str] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)  # meaning → cell, for messages
    quote: str = ""  # the row's own cells, from the name on, as the source quote

    def get(self, meaning: str) -> str:
        return self.cells.get(meaning, "")


@dataclass(frozen=True)
class PlanSheet:
    file: str
    sheet: str
    title: str  # the text above the header (表1 …, or the plan's title)
    layout: str  # indicators | tasks
    header_row: int
    columns: dict[str, str]  # meaning → column letter
    target_columns: dict[str, int | None]  # column letter → target year
    base_columns: dict[str, int | None]
    rows: tuple[SheetRow, ...]
    problems: tuple[Message, ...] = ()


def read_plan_sheet(book: Workbook, sheet: str | None = None) -> PlanSheet:
    """The first sheet (or `sheet`) of `book` as a plan table; `problems` says what
    could not be read (no header, no name column), naming the file and the sheet."""
    sheet = sheet or book.sheet_names[0]
    grid = _filled_grid(book, sheet)
    header = _find_header(grid)
    if header is None:
        problem = msg("plansheet.no_header", file=book.name, sheet=sheet)
        return PlanSheet(book.name, sheet, "", "indicators", 0, {}, {}, {}, (), (problem,))
    number, columns, targets, bases, sub = header
    _headerless_section(grid, number, columns)
    title = _title(grid, number)
    layout = "tasks" if "task" in columns and "name" not in columns else "indicators"
    if layout == "tasks":
        columns["name"] = columns.pop("task")
    rows = _rows(grid, number + (2 if sub else 1), columns, targets, bases)
    return PlanSheet(book.name, sheet, title, layout, number, columns, targets, bases, rows)


def shown(cell: Cell | None, percent: bool) -> str:
    """A cell as the sheet shows it: text as typed, a number as printed."""
    if cell is None:
        return ""
    if cell.kind != NUMBER:
        return _clean(cell.text)
    number = float(cell.value)
    if percent:
        return f"{round(number * 100, 8):g}%"
    return str(int(number)) if number.is_integer() else f"{round(number, 8):g}"


def _clean(text: str) -> str:
    """The cell's own words; only line breaks are tidied (a catalog keeps the plan's text)."""
    return re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "\n", text.replace("\r", "")).strip()


def _filled_grid(book: Workbook, sheet: str) -> dict[int, dict[int, str]]:
    """{row: {column: text}}, every cell of a merged range holding the range's text."""
    percent = book.percent_cells(sheet)
    grid: dict[int, dict[int, str]] = {}
    for ref, cell in book.cells(sheet).items():
        letters = ref.rstrip("0123456789")
        text = shown(cell, ref in percent)
        if text:
            grid.setdefault(int(ref[len(letters):]), {})[column_index(letters)] = text
    for first, last in book.merged(sheet):
        top, left = _split(first)
        bottom, right = _split(last)
        text = grid.get(top, {}).get(left, "")
        if not text or (bottom - top + 1) * (right - left + 1) > 10_000:
            continue
        for row in range(top, bottom + 1):
            for col in range(left, right + 1):
                grid.setdefault(row, {})[col] = text
    return grid


def _split(ref: str) -> tuple[int, int]:
    letters = ref.rstrip("0123456789")
    return int(ref[len(letters):]), column_index(letters)


def meaning_of(header: str) -> str | None:
    words = re.sub(r"\s+", "", unicodedata.normalize("NFKC", header))
    if not words:
        return None
    for meaning, spellings in _MEANINGS:
        if any(s in words for s in spellings):
            return meaning
    return None


def _year_column(header: str) -> tuple[str, int | None] | None:
    """("target" | "base", year) for a year column: 2025年, 2030年目标, 基期值（2020年）."""
    words = re.sub(r"\s+", "", unicodedata.normalize("NFKC", header))
    year = _YEAR.search(words)
    if any(w in words for w in _BASE_WORDS):
        return "base", int(year.group(1)) if year else None
    if year is not None and len(words) <= 12:
        return "target", int(year.group(1))
    if any(w in words for w in _TARGET_WORDS) and words.endswith(("值", "目标", "标")):
        return "target", None
    return None


def _find_header(grid: dict[int, dict[int, str]]
                 ) -> tuple[int, dict[str, str], dict[str, int | None], dict[str, int | None], bool] | None:
    for number in sorted(grid)[:HEADER_SCAN]:
        found = _header_at(grid, number)
        if found is not None:
            return (number, *found)
    return None


def _header_at(grid: dict[int, dict[int, str]], number: int
               ) -> tuple[dict[str, str], dict[str, int | None], dict[str, int | None], bool] | None:
    columns: dict[str, str] = {}
    targets: dict[str, int | None] = {}
    bases: dict[str, int | None] = {}
    for col, text in sorted(grid.get(number, {}).items()):
        letter = column_letters(col)
        year = _year_column(text)
        if year is not None:
            (targets if year[0] == "target" else bases)[letter] = year[1]
            continue
        meaning = meaning_of(text)
        if meaning is not None:
            columns.setdefault(meaning, letter)
    if not ({"name", "task"} & columns.keys()) or len(columns) + len(targets) + len(bases) < 2:
        return None
    sub = _sub_header(grid, number + 1, targets, bases)
    return columns, targets, bases, sub


def _headerless_section(grid: dict[int, dict[int, str]], header: int, columns: dict[str, str]
                        ) -> None:
    """青铜峡's 表1 leaves the 类别 column's header blank: a column left of the names with
    no header of its own holds the sections."""
    if "section" in columns:
        return
    name = column_index(columns.get("name") or columns["task"])
    used = {column_index(c) for c in columns.values()}
    titled = set(grid.get(header, {}))
    candidates = sorted({c for r, cells in grid.items() if r > header for c in cells
                         if c < name and c not in used and c not in titled})
    if candidates:
        columns["section"] = column_letters(candidates[0])


def _sub_header(grid: dict[int, dict[int, str]], number: int, targets: dict[str, int | None],
                bases: dict[str, int | None]) -> bool:
    """A second header row of years under a merged 目标值 / 基期值: the years move down."""
    below = {column_letters(c): t for c, t in grid.get(number, {}).items()
             if column_letters(c) in targets.keys() | bases.keys()}
    years = {letter: _SUB_YEAR.fullmatch(re.sub(r"\s+", "", text)) for letter, text in below.items()}
    if not years or not all(years.values()):
        return False
    for letter, match in years.items():
        year = int(match.group(1)) if match else None
        if letter in bases or any(w in below[letter] for w in _BASE_WORDS):
            bases[letter] = year
            targets.pop(letter, None)
        else:
            targets[letter] = year
    return True


def _title(grid: dict[int, dict[int, str]], header: int) -> str:
    lines = []
    for number in sorted(r for r in grid if r < header):
        texts = list(dict.fromkeys(grid[number].values()))  # a merged title once
        if len(texts) == 1:
            lines.append(texts[0].replace("\n", ""))
    return " ".join(lines)


def _rows(grid: dict[int, dict[int, str]], first: int, columns: dict[str, str],
          targets: dict[str, int | None], bases: dict[str, int | None]) -> tuple[SheetRow, ...]:
    name_col = column_index(columns["name"])
    rows: list[SheetRow] = []
    heading = ""
    for number in sorted(r for r in grid if r >= first):
        cells = grid[number]
        texts = [t for _, t in sorted(cells.items())]
        if not texts or _NOTE_ROW.match(texts[0]):
            continue
        if _is_heading(cells, texts, columns):
            heading = _HEADING_NUMBER.sub("", texts[0]).replace("\n", "").split("。")[0]
            continue
        row = _row(number, cells, columns, targets, bases, name_col)
        if not row.get("name"):
            continue
        if heading and not row.get("section"):
            row.cells["section"] = heading
        rows.append(row)
    return tuple(rows)


def _is_heading(cells: dict[int, str], texts: list[str], columns: dict[str, str]) -> bool:
    """一、老有所养 on a row of its own: merged across the table, numbered like a chapter,
    or alone in the 类别 column."""
    if len(cells) >= 2:
        return len(set(texts)) == 1
    (col,) = cells
    section = columns.get("section")
    return bool(_HEADING_NUMBER.match(texts[0])) or (
        section is not None and col == column_index(section))


def _row(number: int, cells: dict[int, str], columns: dict[str, str],
         targets: dict[str, int | None], bases: dict[str, int | None], name_col: int) -> SheetRow:
    found: dict[str, str] = {}
    refs: dict[str, str] = {}
    for meaning, letter in columns.items():
        text = cells.get(column_index(letter), "")
        if text:
            found[meaning] = text if meaning in ("note", "responsible") else text.replace("\n", "")
            refs[meaning] = f"{letter}{number}"
    target_texts = {year: cells[column_index(letter)] for letter, year in targets.items()
                    if cells.get(column_index(letter))}
    base_texts = {year: cells[column_index(letter)] for letter, year in bases.items()
                  if cells.get(column_index(letter))}
    for letter in (*targets, *bases):
        if cells.get(column_index(letter)):
            refs[f"year:{letter}"] = f"{letter}{number}"
    quote = " ".join(t.replace("\n", " ") for c, t in sorted(cells.items()) if c >= name_col)
    return SheetRow(number, found, target_texts, base_texts, refs, quote)


def sheet_text(book: Workbook) -> str:
    """Every sheet's cells as read for a plan (merged ranges filled), row by row: the text
    a `plan check` finds the draft's quotes in."""
    lines = []
    for sheet in book.sheet_names:
        grid = _filled_grid(book, sheet)
        for number in sorted(grid):
            lines.append(" ".join(t for _, t in sorted(grid[number].items())))
    return "\n".join(lines)


def units_sheet_rows(book: Workbook, sheet: str | None = None) -> list[tuple[int, str, str, str]]:
    """A units sheet (名称, 类型, 上级): (row, name, type word, parent name) for each unit."""
    sheet = sheet or book.sheet_names[0]
    grid = _filled_grid(book, sheet)
    for number in sorted(grid)[:HEADER_SCAN]:
        header = {_unit_header(t): c for c, t in grid[number].items() if _unit_header(t)}
        if "name" in header:
            break
    else:
        return []
    out = []
    for row in sorted(r for r in grid if r > number):
        cells = grid[row]
        name = cells.get(header["name"], "").replace("\n", "")
        if name:
            out.append((row, name, cells.get(header.get("type", -1), ""),
                        cells.get(header.get("parent", -1), "").replace("\n", "")))
    return out


def _unit_header(text: str) -> str:
    words = re.sub(r"\s+", "", text)
    if "上级" in words:
        return "parent"
    if "类型" in words or "类别" in words or "级别" in words:
        return "type"
    if "名称" in words or words in ("单位", "填报单位", "镇街", "乡镇"):
        return "name"
    return ""
