"""The audit in steps: a file from before steps were recorded gets them on migration — each
typed change its own step, a paste or an import one step per moment — and new rows share the
step their use case gives them."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from desktop.records import EntryKey
from desktop.store import steps, values
from desktop.store.migrations import migrate


def test_older_audit_rows_get_steps_on_migration(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "old.sqlite")
    migrate(db, upto=6)
    rows = [("2025-04-01 10:00:00", "王芳", "typed", "a"), ("2025-04-01 10:00:00", "王芳", "typed", "b"),
            ("2025-04-01 10:05:00", "马丽", "imported", "a"), ("2025-04-01 10:05:00", "马丽", "imported", "b"),
            ("2025-04-01 10:06:00", "马丽", "imported", "c")]
    db.conn.executemany("INSERT INTO audit (at, who, how, plan, indicator, unit, period, field, old, new) "
                        "VALUES (?, ?, ?, 'p', ?, 'u', '2025Q2', 'value', NULL, '1')", rows)
    migrate(db)
    found = [(r.how, r.indicator, r.step) for r in steps.audit_rows(db)][::-1]
    assert found == [("typed", "a", 1), ("typed", "b", 2), ("imported", "a", 3), ("imported", "b", 3),
                     ("imported", "c", 5)]
    assert values.next_step(db) == 6


def test_new_rows_share_the_step_given_and_rows_without_one_stand_alone(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "new.sqlite")
    migrate(db)
    key = EntryKey("p", "i", "u", "2025Q2")
    step = values.next_step(db)
    values.append_audit(db, key, {"value": (None, 1), "note": (None, "说明")}, "pasted", "王芳", step=step)
    [state] = values.append_audit(db, key, {"state": ("draft", "submitted")}, "state", "王芳")
    assert [r.field for r in steps.step_records(db, step)] == ["value", "note"]
    assert values.audit_record(db, state).step == step + 1
    db.execute("INSERT INTO audit (at, who, how, plan, indicator, unit, period, field) "
               "VALUES ('now', 'x', 'target', 'p', 'i', 'u', '2025', 'target')")  # a writer without steps
    assert steps.audit_rows(db)[0].step < 0 and [h for _s, h, _u in steps.step_heads(db, ["target"])] == []
