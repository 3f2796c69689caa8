"""A block copied from Excel or WPS (tab-separated lines) pasted on the entry table: which
cells it fills, and which of its cells cannot be taken, each named by row and column. Plain
Python: the window says where the block lands and what each cell of the table is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.catalog import Indicator
from desktop.messages import Message, msg
from desktop.records import EntryKey
from desktop.usecases.entry import InputError, parse_field


@dataclass(frozen=True)
class Slot:
    """One cell of the entry table a pasted value may land on."""

    indicator: Indicator
    key: EntryKey
    field: str  # the entry field it edits; "" for a cell that cannot be filled in
    row_name: str  # how the row is named in a message (its number as shown)
    column_name: str  # the column's header, as shown


@dataclass(frozen=True)
class Paste:
    cells: dict[EntryKey, dict[str, str]] = field(default_factory=dict)
    bad: tuple[Message, ...] = ()

    @property
    def count(self) -> int:
        return sum(len(fields) for fields in self.cells.values())


def split_block(text: str) -> list[list[str]]:
    """The rows and cells of a copied block; the final line break Excel adds is not a row."""
    if not text:
        return []
    return [line.rstrip("\r").split("\t") for line in text.rstrip("\r\n").split("\n")]


def paste_block(text: str, row: int, column: int,
                slot_at: Callable[[int, int], Slot | None]) -> Paste:
    """The block with its top-left cell at (row, column). `slot_at(r, c)` is the table's cell
    there, or None beyond the table's edge (those values are left out, as Excel does). Each
    value is checked as if typed; a blank on a cell that cannot be filled is no problem."""
    cells: dict[EntryKey, dict[str, str]] = {}
    bad: list[Message] = []
    for i, values in enumerate(split_block(text)):
        for j, raw in enumerate(values):
            slot = slot_at(row + i, column + j)
            if slot is None:
                continue
            where = msg("paste.where", row=slot.row_name, column=slot.column_name)
            if not slot.field:
                if raw.strip():
                    bad.append(msg("paste.not_editable", where=where))
                continue
            try:
                parse_field(slot.indicator, slot.field, raw)
            except InputError as exc:
                bad.append(msg("paste.bad", where=where, problem=exc))
                continue
            cells.setdefault(slot.key, {})[slot.field] = raw
    return Paste(cells, tuple(bad))
