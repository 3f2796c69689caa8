"""Undo and redo as use cases on the audit log: one step per user action (a typed cell, a
paste, a whole import), each undo and redo audited as its own step, the guard respected,
and a later change never silently put back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.periods import Period
from desktop.records import EntryKey
from desktop.store import values as store
from desktop.usecases import checking, undo
from desktop.usecases.entry import read_entry, set_fields, set_many
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import UseCaseError, Workspace, create_data_file

PLAN, DABA, PERIOD = "qingtongxia", "qingtongxia.daba", Period(2025, 2)
BEDS = "qingtongxia.family_care_beds"
SHARE = "qingtongxia.nursing_bed_share"


def key(indicator: str = BEDS, unit: str = DABA) -> EntryKey:
    return EntryKey(PLAN, indicator, unit, str(PERIOD))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = create_data_file(tmp_path / "daba.sqlite", DABA, clerk="王芳")
    yield workspace
    workspace.close()


def hows(ws: Workspace, indicator: str = BEDS) -> list[str]:
    return [r.how for r in store.history(ws.data.db, key(indicator))]


def test_undo_then_redo_of_a_typed_value_each_audited(ws: Workspace) -> None:
    set_fields(ws, key(), {"value": "10"}, "typed")
    typed = set_fields(ws, key(), {"value": "25"}, "typed")
    undone = undo.undo_step(ws, typed.step)
    assert read_entry(ws, key()).value == 10 and undone.entries == (key(),)
    undo.redo_step(ws, typed.step)
    assert read_entry(ws, key()).value == 25
    assert hows(ws) == ["redo", "undone", "typed", "typed"]
    redo = store.history(ws.data.db, key())[0]
    assert redo.undoes == typed.step and redo.who == "王芳"


def test_a_paste_is_one_step(ws: Workspace) -> None:
    pasted = set_many(ws, {key(): {"value": "7"}, key(SHARE): {"numerator": "3", "denominator": "9"}})
    assert undo.stack(ws).done == (pasted.step,)
    undo.undo_step(ws, pasted.step)
    assert read_entry(ws, key()).value is None
    share = read_entry(ws, key(SHARE))
    assert (share.numerator, share.denominator) == (None, None)
    assert undo.stack(ws) == undo.Stack(done=(), undone=(pasted.step,))


def test_undo_last_goes_back_step_by_step_and_says_when_nothing_is_left(ws: Workspace) -> None:
    first = set_fields(ws, key(), {"value": "1"})
    second = set_fields(ws, key(), {"value": "2"})
    assert undo.undo_last(ws)[0] == second.step
    assert undo.undo_last(ws)[0] == first.step
    assert read_entry(ws, key()).value is None
    with pytest.raises(UseCaseError, match="没有可撤销的修改"):
        undo.undo_last(ws)
    assert undo.redo_last(ws)[0] == first.step
    assert read_entry(ws, key()).value == 1


def test_a_new_edit_after_an_undo_drops_the_redo(ws: Workspace) -> None:
    set_fields(ws, key(), {"value": "1"})
    undo.undo_last(ws)
    set_fields(ws, key(), {"value": "5"})
    assert undo.stack(ws).undone == ()
    with pytest.raises(UseCaseError, match="没有可重做"):
        undo.redo_last(ws)


def test_undo_respects_a_submitted_quarter(ws: Workspace) -> None:
    typed = set_fields(ws, key(), {"value": "12"})
    checking.act(ws, PLAN, DABA, PERIOD, "submit")
    with pytest.raises(UseCaseError, match=r"已报送.*先撤回报送"):
        undo.undo_step(ws, typed.step)
    assert read_entry(ws, key()).value == 12
    checking.act(ws, PLAN, DABA, PERIOD, "withdraw")
    undo.undo_step(ws, typed.step)
    assert read_entry(ws, key()).value is None


def test_a_state_change_is_not_an_undo_step(ws: Workspace) -> None:
    changes = checking.act(ws, PLAN, DABA, PERIOD, "submit")
    with pytest.raises(UseCaseError, match="不是可撤销的修改"):
        undo.undo_step(ws, store.audit_record(ws.data.db, changes.audit_ids[0]).step)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Workspace, Path]]:
    """A county file, and 大坝镇's report with figures for it to import."""
    town = create_data_file(tmp_path / "town.sqlite", DABA, clerk="王芳")
    set_fields(town, key(), {"value": "40"})
    set_fields(town, key(SHARE), {"numerator": "3", "denominator": "9"})
    report = tmp_path / "daba.xlsx"
    export_report(town, PLAN, DABA, PERIOD, report)
    town.close()
    ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="马丽")
    yield ws, report
    ws.close()


def test_an_import_is_one_step_and_undone_whole(county: tuple[Workspace, Path]) -> None:
    ws, report = county
    imported = commit_import(ws, plan_import(ws, [report], "replace"))
    assert len(imported.audit_ids) >= 3 and imported.step
    assert undo.stack(ws).done == (imported.step,)
    undo.undo_step(ws, imported.step)
    assert read_entry(ws, key()).value is None and read_entry(ws, key(SHARE)).numerator is None
    assert [r.how for r in store.history(ws.data.db, key())] == ["undone", "imported"]


def test_the_import_log_lists_each_import_and_whether_it_stands(county: tuple[Workspace, Path]) -> None:
    ws, report = county
    imported = commit_import(ws, plan_import(ws, [report], "replace"))
    [entry] = undo.imports(ws)
    assert (entry.step, entry.files, entry.who, entry.in_effect) == (imported.step, ("daba.xlsx",), "马丽", True)
    assert entry.changes == len(imported.audit_ids)
    undo.undo_step(ws, entry.step)  # 撤销本次导入
    assert [i.in_effect for i in undo.imports(ws)] == [False]


def test_a_typed_edit_is_not_undone_over_a_later_import(county: tuple[Workspace, Path]) -> None:
    ws, report = county
    typed = set_fields(ws, key(), {"value": "5"})  # 代填 for 大坝镇, then its report comes in
    imported = commit_import(ws, plan_import(ws, [report], "replace"))
    with pytest.raises(UseCaseError, match="又被修改过"):
        undo.undo_step(ws, typed.step)
    assert read_entry(ws, key()).value == 40  # the import stands
    assert undo.undo_last(ws)[0] == imported.step  # the newest step first: the import
    assert read_entry(ws, key()).value == 5
    undo.undo_step(ws, typed.step)
    assert read_entry(ws, key()).value is None
