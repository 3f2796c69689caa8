"""The paste parser without a window: a TSV block onto the entry table's cells, good cells
kept together, bad ones named by row and column."""

from __future__ import annotations

import pytest

from desktop.catalog import load_catalog
from desktop.records import EntryKey
from desktop.usecases.pasting import Slot, paste_block, split_block

PLAN = "qingtongxia"
BEDS = "qingtongxia.family_care_beds"  # a count
SHARE = "qingtongxia.nursing_bed_share"  # a rate
COLUMNS = ("分子", "分母", "本季度")


@pytest.fixture(scope="module")
def table() -> list[list[Slot]]:
    """Two rows (a rate, then a count) × three columns (分子, 分母, 本季度)."""
    plan = load_catalog().plan(PLAN)
    grid = []
    for number, (ind_id, fields) in enumerate(((SHARE, ("numerator", "denominator", "")),
                                                (BEDS, ("", "", "value"))), start=7):
        ind = plan.indicator(ind_id)
        key = EntryKey(PLAN, ind_id, "qingtongxia.daba", "2025Q2")
        grid.append([Slot(ind, key, f, str(number), title) for f, title in zip(fields, COLUMNS, strict=True)])
    return grid


def slots(table: list[list[Slot]]) -> object:
    return lambda r, c: table[r][c] if r < len(table) and c < len(table[r]) else None


def test_a_block_fills_the_cells_it_lands_on(table: list[list[Slot]]) -> None:
    pasted = paste_block("40\t80\n", 0, 0, slots(table))  # type: ignore[arg-type]
    assert pasted.cells == {table[0][0].key: {"numerator": "40", "denominator": "80"}}
    assert pasted.bad == () and pasted.count == 2


def test_bad_cells_are_named_by_row_and_column_and_the_good_ones_kept(table: list[list[Slot]]) -> None:
    pasted = paste_block("5\tabc\n1\t2\t3\n", 0, 0, slots(table))  # type: ignore[arg-type]
    assert pasted.cells == {table[0][0].key: {"numerator": "5"}, table[1][2].key: {"value": "3"}}
    problems = [str(m) for m in pasted.bad]
    assert problems[0].startswith("序号 7 的“分母”") and "abc" in problems[0]
    assert problems[1:] == ["序号 8 的“分子”：此处不可填写", "序号 8 的“分母”：此处不可填写"]


def test_blank_on_a_fixed_cell_and_values_beyond_the_edge_are_left_out(table: list[list[Slot]]) -> None:
    pasted = paste_block("\t\t12\t99\n\n\n7\n", 1, 0, slots(table))  # type: ignore[arg-type]
    assert pasted.cells == {table[1][2].key: {"value": "12"}} and pasted.bad == ()


def test_look_alike_digits_are_refused(table: list[list[Slot]]) -> None:
    pasted = paste_block("10²\t120①\r\n", 0, 0, slots(table))  # type: ignore[arg-type]
    assert pasted.cells == {} and len(pasted.bad) == 2
    assert "10²" in str(pasted.bad[0]) and "120①" in str(pasted.bad[1])


def test_split_block_keeps_empty_cells_and_windows_line_ends() -> None:
    assert split_block("1\t\t3\r\n4\r\n") == [["1", "", "3"], ["4"]]
    assert split_block("") == []
