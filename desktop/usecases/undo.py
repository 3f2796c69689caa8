"""Undo and redo on the audit log: one user action (a typed edit, a paste, an import) is one
step of the audit; undoing it puts back what it replaced, redoing it writes again what it
wrote, each a new step of its own ("undone", "redo") that names the step it acts on. The
window's Ctrl+Z and Ctrl+Y and `yinling undo` all come here.

Two rules keep an undo honest:
- the guard (guard.py): a submitted or locked quarter is changed by nothing, undo neither;
- a cell changed again since the step (an import after a typed edit) is not silently put
  back: the undo is refused until the later change is undone first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.periods import Period
from desktop.records import EMPTY, FIELDS, NUMBER_FIELDS, AuditRecord, EntryKey
from desktop.store import steps as store_steps
from desktop.store import values as store
from desktop.usecases import guard
from desktop.usecases.entry import writable, write_cells
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

ACTIONS = ("typed", "pasted", "imported")  # what a user does to figures: each step undoable
UNDONE, REDO = "undone", "redo"


@dataclass(frozen=True)
class Stack:
    """The undo history as the audit tells it: steps that can be undone (newest last) and
    steps undone that can be redone (the next redo last)."""

    done: tuple[int, ...]
    undone: tuple[int, ...]


@dataclass(frozen=True)
class ImportStep:
    """One import in the import log, undone whole by `undo_step(ws, step)` (撤销本次导入)."""

    step: int
    at: str
    who: str
    files: tuple[str, ...]
    changes: int  # audited field changes
    in_effect: bool  # not undone (or redone since)


def imports(ws: Workspace) -> list[ImportStep]:
    """Every import of the file, newest first, and whether it still stands."""
    done = set(stack(ws).done)
    return [ImportStep(step, at, who, tuple(f for f in files if f), count, step in done)
            for step, at, who, files, count in store_steps.import_steps(ws.data.db)]


def undo_step(ws: Workspace, step: int) -> Changes:
    """Put back what `step` replaced, as one new step ("undone")."""
    records = _figures(ws, step)
    before = _first(records, lambda r: r.old)
    after = _last(records, lambda r: r.new)
    return _put(ws, before, expect=after, how=UNDONE, undoes=step)


def redo_step(ws: Workspace, step: int) -> Changes:
    """Write again what `step` wrote, after it was undone, as one new step ("redo")."""
    records = _figures(ws, step)
    before = _first(records, lambda r: r.old)
    after = _last(records, lambda r: r.new)
    return _put(ws, after, expect=before, how=REDO, undoes=step)


def stack(ws: Workspace) -> Stack:
    done: list[int] = []
    undone: list[int] = []
    for step, how, target in store_steps.step_heads(ws.data.db, (*ACTIONS, UNDONE, REDO)):
        if how == UNDONE and target is not None:
            _drop(done, target)
            undone.append(target)
        elif how == REDO and target is not None:
            _drop(undone, target)
            done.append(target)
        else:  # a new action (or an undo written before steps were recorded)
            done.append(step)
            undone.clear()
    return Stack(tuple(done), tuple(undone))


def undo_last(ws: Workspace) -> tuple[int, Changes]:
    """`yinling undo`: the newest step still in effect, undone; returns it and what changed."""
    done = stack(ws).done
    if not done:
        raise UseCaseError("undo.nothing")
    return done[-1], undo_step(ws, done[-1])


def redo_last(ws: Workspace) -> tuple[int, Changes]:
    undone = stack(ws).undone
    if not undone:
        raise UseCaseError("undo.nothing_to_redo")
    return undone[-1], redo_step(ws, undone[-1])


def step_records(ws: Workspace, step: int) -> list[AuditRecord]:
    return store_steps.step_records(ws.data.db, step)


def history(ws: Workspace, plan: str | None = None, unit: str | None = None,
            period: str | None = None, limit: int = 200) -> list[AuditRecord]:
    """`yinling history`: the newest changes, each with its step, newest first."""
    if plan:
        ws.plan(plan)
    if unit:
        ws.unit(unit)
    return store_steps.audit_rows(ws.data.db, plan, unit, period, limit)


# The writing -----------------------------------------------------------------------------

Cells = dict[EntryKey, dict[str, str | None]]


def _figures(ws: Workspace, step: int) -> list[AuditRecord]:
    records = [r for r in step_records(ws, step) if r.field in FIELDS and r.indicator]
    if not records or records[0].how not in (*ACTIONS, UNDONE, REDO):
        raise UseCaseError("undo.no_such_step", step=step)
    return records


def _first(records: list[AuditRecord], value: Callable[[AuditRecord], str | None]) -> Cells:
    """Per cell, `value` of the first record that touched it (what the step replaced)."""
    cells: Cells = {}
    for r in records:
        cells.setdefault(_key(r), {}).setdefault(r.field, value(r))
    return cells


def _last(records: list[AuditRecord], value: Callable[[AuditRecord], str | None]) -> Cells:
    """Per cell, `value` of the last record that touched it (what the step left)."""
    cells: Cells = {}
    for r in records:
        cells.setdefault(_key(r), {})[r.field] = value(r)
    return cells


def _key(record: AuditRecord) -> EntryKey:
    return EntryKey(record.plan, record.indicator, record.unit, record.period)


def _put(ws: Workspace, cells: Cells, expect: Cells, how: str, undoes: int) -> Changes:
    proxy = writable(ws, cells)
    with ws.data.writing() as db:
        for key, fields in expect.items():
            guard.ensure_editable(db, ws, key.plan, key.unit, key.period)  # before all else
            now = store.read_entry(db, key) or EMPTY
            for field, text in fields.items():
                if store_steps.audit_text(now.get(field)) != text:
                    raise UseCaseError("undo.changed_since", step=undoes,
                                       indicator=ws.plan(key.plan).indicator(key.indicator).name,
                                       unit=ws.unit(key.unit).name,
                                       period=Period.parse(key.period).shown)
        typed = {key: {f: _value(f, text) for f, text in fields.items()} for key, fields in cells.items()}
        return write_cells(db, ws, typed, proxy, how, undoes=undoes)


def _value(field: str, text: str | None) -> float | str | None:
    if text is None:
        return None
    return float(text) if field in NUMBER_FIELDS else text


def _drop(steps: list[int], step: int) -> None:
    if step in steps:
        steps.remove(step)
