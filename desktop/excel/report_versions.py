"""A report made under an earlier version of its plan, read through the current version
(DESIGN §3): a renamed indicator's row is read under its new id (`renamed_from`), a
dropped one's figures are read as they were, under the old id, so the importing office
keeps them (shown as 已停用指标), and the checksum is verified over the ids the report
was made with.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import product

from desktop.catalog import Plan
from desktop.excel.meta import Meta, checksum
from desktop.excel.reader import NUMBER, Cell, Workbook
from desktop.rules.numbers import NumberError, parse_number

_MAX_UNSURE = 10  # blank retired rows whose fields are tried both ways for the checksum


@dataclass
class Translation:
    rows: dict[str, tuple[str, int]] = field(default_factory=dict)  # current id → where
    back: dict[str, str] = field(default_factory=dict)  # current id → the report's id
    retired: dict[str, tuple[str, int]] = field(default_factory=dict)  # dropped id → where


def translate(plan: Plan, meta: Meta) -> Translation:
    out = Translation()
    for old, where in meta.rows.items():
        current = plan.current_id(old)
        if current is None:
            out.retired[old] = where
        else:
            out.rows[current] = where
            if current != old:
                out.back[current] = old
    return out


def read_retired(book: Workbook, meta: Meta, sheet: str, row: int) -> dict[str, float | str | None]:
    """A dropped indicator's cells, by what they hold: its parts where the 分子/分母 cells
    have numbers, else its value (a number, or a status word or text), and its note."""
    columns = meta.columns.get(sheet, {})
    if sheet not in book.sheet_names:
        return {}
    grid = book.cells(sheet)

    def cell(key: str) -> Cell | None:
        letter = columns.get(key)
        return grid.get(f"{letter}{row}") if letter else None

    found: dict[str, float | str | None] = {}
    num, den = _number(cell("numerator")), _number(cell("denominator"))
    if num is not None or den is not None:
        found.update(numerator=num, denominator=den)
    else:
        value = cell("value")
        number = _number(value)
        if number is not None:
            found["value"] = number
        elif value is not None and value.text.strip():
            found["text"] = value.text.strip()
    note = cell("note")
    if note is not None and note.text.strip():
        found["note"] = note.text.strip()
    ytd = cell("ytd")  # 本年累计 as printed: in the checksum of a format-2 report
    if ytd is not None and ytd.kind == NUMBER:
        found["ytd"] = float(ytd.value)
    return found


def _number(cell: Cell | None) -> float | None:
    if cell is None:
        return None
    try:
        return parse_number(float(cell.value) if cell.kind == NUMBER else cell.text)
    except (NumberError, ValueError):
        return None


def checksum_matches(expected: str | None, current: Iterable[tuple[str, str, object]],
                     retired: Mapping[str, Mapping[str, object]], header: dict[str, str] | None = None
                     ) -> bool:
    """The report's checksum over the values under the ids it was made with."""
    return any(checksum(values, header) == expected
               for values in value_sets(current, retired, header is not None))


def value_sets(current: Iterable[tuple[str, str, object]], retired: Mapping[str, Mapping[str, object]],
               with_ytd: bool) -> Iterator[list[tuple[str, str, object]]]:
    """The values as the report was made, under its own ids: a retired row's fields are
    those its kind had (parts, or a value); for a blank one the kind is unknown, and both
    ways are given. `with_ytd`: format 2, where every row's 本年累计, as printed, counts."""
    base = list(current)
    sure: list[tuple[str, str, object]] = []
    unsure: list[str] = []
    for old, fields in retired.items():
        if with_ytd:
            sure.append((old, "ytd", fields.get("ytd")))
        if "numerator" in fields or "denominator" in fields:
            sure += [(old, f, fields.get(f)) for f in ("numerator", "denominator", "note")]
        elif "value" in fields or "text" in fields:
            sure += [(old, "value", fields.get("value", fields.get("text"))),
                     (old, "note", fields.get("note"))]
        else:
            unsure.append(old)
    if len(unsure) > _MAX_UNSURE:
        return
    for choice in product((True, False), repeat=len(unsure)):
        extra = []
        for old, parts in zip(unsure, choice, strict=True):
            note = retired[old].get("note")
            extra += ([(old, "numerator", None), (old, "denominator", None), (old, "note", note)]
                      if parts else [(old, "value", None), (old, "note", note)])
        yield [*base, *sure, *extra]
