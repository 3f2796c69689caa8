"""The very hidden `_meta` sheet (DESIGN §5, a contract): what the file is, where each
indicator's row and each input column went, and a checksum of the values, so that the
import is exact after rows were re-sorted and can tell values changed after export.

Records, one per row, the first cell saying which kind:
    meta    | key          | value
    row     | indicator id | sheet name | row number
    column  | sheet name   | column key | column letter
    sheet   | sheet name   | table id   | layout
    mac     | part         | keyed digest of that part (a signed report, `signature.py`)
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

META_SHEET = "_meta"
CHECKSUM_FIELDS = ("value", "numerator", "denominator", "note", "ytd")
# What the file says it is: a report relabelled (another unit, period, plan, version or
# kind — a report passed off as a blank template) no longer matches `header_checksum`.
HEADER_FIELDS = ("format_version", "plan_id", "plan_version", "unit_code", "period", "kind",
                 "filled_by_code")
FORMAT_VERSION = 2  # 2: header_checksum; the values' checksum covers 本年累计 (ytd)


def canonical(value: object) -> str:
    """One spelling per value, whatever program saved the file: 12, 12.0 and '12' agree."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return format(float(value), ".10g")
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return format(number, ".10g") if math.isfinite(number) else text


def canonical_lines(values: Iterable[tuple[str, str, object]], header: Mapping[str, str] | None,
                    fields: tuple[str, ...] = HEADER_FIELDS) -> list[str]:
    """What a checksum or a signature is taken over: the header's `fields` in their order,
    then one line per (indicator, field, value), sorted — so rows re-sorted, 12 saved as
    12.0 or a file re-saved by WPS read the same."""
    lines = sorted(value_line(ind, fld, v) for ind, fld, v in values)
    if header is not None:
        lines = [header_line(k, header) for k in fields] + lines
    return lines


def value_line(indicator: str, name_of_field: str, value: object) -> str:
    return f"{indicator}\t{name_of_field}\t{canonical(value)}"


def header_line(key: str, header: Mapping[str, str]) -> str:
    return f"{key}\t{header.get(key, '')}"


def checksum(values: Iterable[tuple[str, str, object]], header: Mapping[str, str] | None = None
             ) -> str:
    """sha256 over the header fields and (indicator, field, value) in a fixed order. An
    unkeyed checksum: it detects a naive edit, not a forger who recomputes it."""
    return hashlib.sha256("\n".join(canonical_lines(values, header)).encode("utf-8")).hexdigest()


def header_checksum(values: Mapping[str, str]) -> str:
    return checksum((), values)


@dataclass
class Meta:
    values: dict[str, str] = field(default_factory=dict)
    rows: dict[str, tuple[str, int]] = field(default_factory=dict)  # indicator → (sheet, row)
    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet → key → letter
    sheets: dict[str, tuple[str, str]] = field(default_factory=dict)  # sheet → (table, layout)
    macs: dict[str, str] = field(default_factory=dict)  # part → keyed digest (signed reports)

    def records(self) -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = [("meta", k, v) for k, v in self.values.items()]
        out += [("row", ind, sheet, row) for ind, (sheet, row) in self.rows.items()]
        out += [("column", sheet, key, col) for sheet, cols in self.columns.items()
                for key, col in cols.items()]
        out += [("sheet", sheet, table, layout) for sheet, (table, layout) in self.sheets.items()]
        out += [("mac", part, digest) for part, digest in self.macs.items()]
        return out

    @classmethod
    def from_records(cls, records: Iterable[Mapping[int, object] | tuple[object, ...]]) -> Meta:
        meta = cls()
        for record in records:
            cells = [c for c in record]
            kind = str(cells[0]) if cells and cells[0] is not None else ""
            if kind == "meta" and len(cells) >= 3:
                meta.values[str(cells[1])] = "" if cells[2] is None else str(cells[2])
            elif kind == "row" and len(cells) >= 4:
                meta.rows[str(cells[1])] = (str(cells[2]), int(float(str(cells[3]))))
            elif kind == "column" and len(cells) >= 4:
                meta.columns.setdefault(str(cells[1]), {})[str(cells[2])] = str(cells[3])
            elif kind == "sheet" and len(cells) >= 4:
                meta.sheets[str(cells[1])] = (str(cells[2]), str(cells[3]))
            elif kind == "mac" and len(cells) >= 3:
                meta.macs[str(cells[1])] = "" if cells[2] is None else str(cells[2])
        return meta
