"""Entering figures through the use-case layer: saved at once, audited, undoable, and
refused where the quarter is submitted or locked."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.periods import Period
from desktop.records import EntryKey
from desktop.store import values as store
from desktop.usecases import checking
from desktop.usecases.entry import InputError, read_entry, set_fields, set_value
from desktop.usecases.undo import undo_step
from desktop.usecases.workspace import UseCaseError, Workspace, create_data_file
from tests.conftest import REPO

PLAN, UNIT, PERIOD = "qingtongxia", "qingtongxia.daba", Period(2025, 1)
BEDS = "qingtongxia.family_care_beds"  # 设立家庭照护床位, a count
SHARE = "qingtongxia.nursing_bed_share"  # 护理型床位占比, a rate


def key(indicator: str) -> EntryKey:
    return EntryKey(PLAN, indicator, UNIT, str(PERIOD))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = create_data_file(tmp_path / "office.sqlite", UNIT, clerk="王芳", phone="0953-1234567")
    yield workspace
    workspace.close()


def test_a_typed_value_is_saved_and_audited(ws: Workspace) -> None:
    changes = set_value(ws, key(BEDS), "value", " 1,200 ")
    assert changes.entries == (key(BEDS),) and len(changes.audit_ids) == 1
    assert read_entry(ws, key(BEDS)).value == 1200
    record = store.history(ws.data.db, key(BEDS))[0]
    assert (record.field, record.old, record.new, record.how, record.who) == \
        ("value", None, "1200", "typed", "王芳")


def test_a_rate_takes_numerator_and_denominator(ws: Workspace) -> None:
    set_fields(ws, key(SHARE), {"numerator": "476", "denominator": "1120"})
    entry = read_entry(ws, key(SHARE))
    assert (entry.numerator, entry.denominator) == (476, 1120)
    with pytest.raises(InputError, match="没有"):
        set_value(ws, key(SHARE), "value", "42.5")


def test_text_that_is_not_a_number_writes_nothing(ws: Workspace) -> None:
    set_value(ws, key(BEDS), "value", "10")
    with pytest.raises(InputError, match="不是一个数字"):
        set_value(ws, key(BEDS), "value", "约4.2万")
    assert read_entry(ws, key(BEDS)).value == 10
    assert len(store.history(ws.data.db, key(BEDS))) == 1


def test_blank_clears_and_zero_stays_zero(ws: Workspace) -> None:
    set_value(ws, key(BEDS), "value", "0")
    assert read_entry(ws, key(BEDS)).value == 0
    set_value(ws, key(BEDS), "value", "")
    assert read_entry(ws, key(BEDS)).value is None


def test_control_characters_and_long_notes_are_refused_when_typed(ws: Workspace) -> None:
    with pytest.raises(InputError, match="控制字符"):
        set_value(ws, key(BEDS), "note", "说明\x07")
    with pytest.raises(InputError, match="过长"):
        set_value(ws, key(BEDS), "note", "长" * 501)


def test_undo_puts_back_the_old_value_and_is_audited(ws: Workspace) -> None:
    set_value(ws, key(BEDS), "value", "10")
    changed = set_value(ws, key(BEDS), "value", "25")
    undo_step(ws, changed.step)
    assert read_entry(ws, key(BEDS)).value == 10
    assert [r.how for r in store.history(ws.data.db, key(BEDS))] == ["undone", "typed", "typed"]


def test_a_note_satisfies_a_warning(ws: Workspace) -> None:
    set_value(ws, EntryKey(PLAN, BEDS, UNIT, "2024Q4"), "value", "100")
    set_value(ws, key(BEDS), "value", "300")
    jumps = [f for f in checking.run_checks(ws, PLAN, UNIT, PERIOD) if f.code == "jump_quarter"]
    assert len(jumps) == 1 and not jumps[0].explained
    set_value(ws, key(BEDS), "note", "新建村级互助院两处")
    jumps = [f for f in checking.run_checks(ws, PLAN, UNIT, PERIOD) if f.code == "jump_quarter"]
    assert jumps[0].explained
    assert checking.blocking(jumps) == []


def test_submission_refused_while_an_error_remains_then_locked_and_unlocked(ws: Workspace) -> None:
    set_fields(ws, key(SHARE), {"numerator": "500", "denominator": "100"})  # 500 %: an error
    with pytest.raises(UseCaseError, match="审核未通过"):
        checking.change_state(ws, PLAN, UNIT, PERIOD, store.SUBMITTED)
    set_fields(ws, key(SHARE), {"numerator": "50"})
    checking.change_state(ws, PLAN, UNIT, PERIOD, store.SUBMITTED)
    with pytest.raises(UseCaseError, match="已报送"):
        set_value(ws, key(BEDS), "value", "1")
    checking.change_state(ws, PLAN, UNIT, PERIOD, store.LOCKED)
    with pytest.raises(UseCaseError, match="原因"):
        checking.change_state(ws, PLAN, UNIT, PERIOD, store.DRAFT)
    checking.change_state(ws, PLAN, UNIT, PERIOD, store.DRAFT, reason="县里退回修改")
    set_value(ws, key(BEDS), "value", "1")
    states = ws.data.db.execute("SELECT old, new, reason FROM audit WHERE field = 'state' "
                                "ORDER BY id").fetchall()
    assert states == [("draft", "submitted", None), ("submitted", "locked", None),
                      ("locked", "draft", "县里退回修改")]


def test_an_autosaved_value_is_read_back_by_a_fresh_process(ws: Workspace) -> None:
    set_value(ws, key(BEDS), "value", "77")
    path = ws.data.path
    ws.close()
    code = ("from desktop.usecases.workspace import open_workspace\n"
            "from desktop.usecases.entry import read_entry\nfrom desktop.records import EntryKey\n"
            f"ws = open_workspace({str(path)!r})\n"
            f"print(read_entry(ws, EntryKey({PLAN!r}, {BEDS!r}, {UNIT!r}, {str(PERIOD)!r})).value)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          check=False)
    assert done.stdout.strip() == "77.0", done.stderr


def test_clerk_and_phone_are_plain_short_text(ws: Workspace, tmp_path: Path) -> None:
    from desktop.usecases.workspace import update_office

    with pytest.raises(UseCaseError, match="控制字符"):
        create_data_file(tmp_path / "x.sqlite", UNIT, clerk="王\x07芳")
    assert not (tmp_path / "x.sqlite").exists()
    with pytest.raises(UseCaseError, match="过长"):
        update_office(ws, UNIT, "王芳", "0" * 41)
    update_office(ws, UNIT, " 王芳 ", "0953-1234567")
    assert ws.clerk == "王芳"
