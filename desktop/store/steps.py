"""The audit read as steps: one user action (a typed edit, a paste, an import, an undo or
a redo) is one step, the unit undo and redo work on (`usecases/undo.py`)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.records import AuditRecord
from desktop.store.database import Database
from desktop.store.values import _AUDIT_COLUMNS, _as_text, _marks


def step_records(db: Database, step: int) -> list[AuditRecord]:
    """The audit rows of one step, in the order they were written."""
    rows = db.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit WHERE step = ? ORDER BY id",
                      (step,)).fetchall()
    return [AuditRecord(*r) for r in rows]


def step_heads(db: Database, hows: Iterable[str]) -> list[tuple[int, str, int | None]]:
    """(step, how, the step it undoes or redoes) of every step written in one of `hows`,
    oldest first."""
    hows = list(hows)
    rows = db.execute(f"SELECT step, min(how), max(undoes) FROM audit WHERE step IS NOT NULL "
                      f"AND how IN ({_marks(hows)}) GROUP BY step ORDER BY step", hows).fetchall()
    return [(int(r[0]), str(r[1]), r[2]) for r in rows]


def audit_rows(db: Database, plan: str | None = None, unit: str | None = None,
               period: str | None = None, limit: int = 200) -> list[AuditRecord]:
    """The newest `limit` audit rows, narrowed to a plan, unit and period when given; newest
    first."""
    where, params = [], []
    for column, value in (("plan", plan), ("unit", unit), ("period", period)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    sql = (f"SELECT {_AUDIT_COLUMNS} FROM audit {'WHERE ' + ' AND '.join(where) if where else ''} "
           "ORDER BY id DESC LIMIT ?")
    return [AuditRecord(*r) for r in db.execute(sql, (*params, limit)).fetchall()]


def audit_text(value: object) -> str | None:
    """A figure as the audit writes it (what an undo compares against)."""
    return _as_text(value)


def import_steps(db: Database) -> list[tuple[int, str, str, tuple[str, ...], int]]:
    """(step, at, who, the files' names, rows) of every import, newest first."""
    files: dict[int, list[str]] = {}
    for step, name in db.execute("SELECT DISTINCT step, reason FROM audit WHERE how = 'imported' "
                                 "AND step IS NOT NULL ORDER BY step, reason").fetchall():
        files.setdefault(int(step), []).append(name or "")
    rows = db.execute("SELECT step, min(at), min(who), count(*) FROM audit WHERE how = 'imported' "
                      "AND step IS NOT NULL GROUP BY step ORDER BY step DESC").fetchall()
    return [(int(r[0]), str(r[1]), str(r[2]), tuple(files.get(int(r[0]), ())), int(r[3])) for r in rows]
