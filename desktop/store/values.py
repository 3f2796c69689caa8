"""Reading and writing reported values, baselines, submission states and the audit.

Plain SQL on the hot paths (one edit, one form's worth of values): sqlite-utils' table
helpers introspect the schema on every call, which an autosave per keystroke cannot
afford. Callers decide the transaction (`DataFile.writing()`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Mapping, Sized
from dataclasses import dataclass

from desktop.records import FIELDS, AuditRecord, BaselineValue, Entry, EntryKey
from desktop.store.database import Database

DRAFT, SUBMITTED, LOCKED = "draft", "submitted", "locked"


@dataclass(frozen=True)
class AddedUnit:
    code: str
    name: str
    type: str
    parent: str


def now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S")


def read_entry(db: Database, key: EntryKey) -> Entry | None:
    row = db.execute(
        "SELECT value, numerator, denominator, text, note FROM reported_values "
        "WHERE plan = ? AND indicator = ? AND unit = ? AND period = ?",
        (key.plan, key.indicator, key.unit, key.period)).fetchone()
    return Entry(*row) if row else None


def read_entries(db: Database, plan: str, units: Iterable[str],
                 periods: Iterable[str]) -> dict[tuple[str, str, str], Entry]:
    """{(indicator, unit, period): Entry} for a form, a check run or a consolidation."""
    units, periods = list(units), list(periods)
    if not units or not periods:
        return {}
    sql = (f"SELECT indicator, unit, period, value, numerator, denominator, text, note "
           f"FROM reported_values WHERE plan = ? AND unit IN ({_marks(units)}) "
           f"AND period IN ({_marks(periods)})")
    return {(r[0], r[1], r[2]): Entry(*r[3:])
            for r in db.execute(sql, (plan, *units, *periods)).fetchall()}


def write_entry(db: Database, key: EntryKey, entry: Entry, who: str) -> None:
    if entry.is_blank and not entry.note:
        db.execute("DELETE FROM reported_values WHERE plan = ? AND indicator = ? AND unit = ? "
                   "AND period = ?", (key.plan, key.indicator, key.unit, key.period))
        return
    db.execute(
        "INSERT INTO reported_values (plan, indicator, unit, period, value, numerator, "
        "denominator, text, note, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (plan, indicator, unit, period) DO UPDATE SET value = excluded.value, "
        "numerator = excluded.numerator, denominator = excluded.denominator, "
        "text = excluded.text, note = excluded.note, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by",
        (key.plan, key.indicator, key.unit, key.period, entry.value, entry.numerator,
         entry.denominator, entry.text, entry.note, now(), who))


def append_audit(db: Database, key: EntryKey, changes: Mapping[str, tuple[object, object]],
                 how: str, who: str, reason: str | None = None, proxy: bool = False,
                 step: int | None = None, undoes: int | None = None) -> list[int]:
    """One audit row per changed field; returns their ids. `proxy`: 代填, entered by an
    office for a unit below it. `step`: the user action the rows belong to (a new one when
    not given); `undoes`: for an undo or a redo, the step it acts on."""
    ids = []
    at = now()
    step = step if step is not None else next_step(db)
    for field, (old, new) in changes.items():
        cursor = db.execute(
            "INSERT INTO audit (at, who, how, plan, indicator, unit, period, field, old, new, "
            "reason, proxy, step, undoes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (at, who, how, key.plan, key.indicator, key.unit, key.period, field,
             _as_text(old), _as_text(new), reason, int(proxy), step, undoes))
        ids.append(_inserted_id(cursor))
    return ids


def next_step(db: Database) -> int:
    """A new step number for the audit rows of one user action."""
    return int(db.execute("SELECT coalesce(max(step), 0) + 1 FROM audit").fetchone()[0])


def audit_record(db: Database, audit_id: int) -> AuditRecord | None:
    row = db.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit WHERE id = ?", (audit_id,)).fetchone()
    return AuditRecord(*row) if row else None


def history(db: Database, key: EntryKey) -> list[AuditRecord]:
    """One cell's changes, newest first (the window's history panel)."""
    rows = db.execute(
        f"SELECT {_AUDIT_COLUMNS} FROM audit WHERE plan = ? AND unit = ? AND period = ? "
        "AND indicator = ? ORDER BY id DESC",
        (key.plan, key.unit, key.period, key.indicator)).fetchall()
    return [AuditRecord(*r) for r in rows]


def read_baselines(db: Database, plan: str, units: Iterable[str], year: int
                   ) -> dict[tuple[str, str], BaselineValue]:
    units = list(units)
    if not units:
        return {}
    rows = db.execute(
        f"SELECT indicator, unit, year, value, numerator, denominator, text FROM baselines "
        f"WHERE plan = ? AND year = ? AND unit IN ({_marks(units)})",
        (plan, year, *units)).fetchall()
    return {(r[0], r[1]): BaselineValue(*r) for r in rows}


def write_baselines(db: Database, plan: str, rows: Iterable[BaselineValue],
                    source: str) -> int:
    at = now()
    data = [(plan, b.indicator, b.unit, b.year, b.value, b.numerator, b.denominator, b.text,
             source, at) for b in rows]
    db.conn.executemany(
        "INSERT OR REPLACE INTO baselines (plan, indicator, unit, year, value, numerator, "
        "denominator, text, source, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", data)
    return len(data)


def remember_name(db: Database, plan: str, name: str, indicator: str) -> None:
    """A county's own name for an indicator, confirmed once (`--map`), kept for next year."""
    db.execute("INSERT OR REPLACE INTO name_map (plan, name, indicator, confirmed_at) "
               "VALUES (?,?,?,?)", (plan, name, indicator, now()))


def remembered_names(db: Database, plan: str) -> dict[str, str]:
    return dict(db.execute("SELECT name, indicator FROM name_map WHERE plan = ?", (plan,)).fetchall())


def submission_state(db: Database, plan: str, unit: str, period: str) -> str:
    row = db.execute("SELECT state FROM submissions WHERE plan = ? AND unit = ? AND period = ?",
                     (plan, unit, period)).fetchone()
    return row[0] if row else DRAFT


def write_submission_state(db: Database, plan: str, unit: str, period: str,
                           state: str, who: str, reason: str | None) -> None:
    db.execute(
        "INSERT OR REPLACE INTO submissions (plan, unit, period, state, changed_at, changed_by, "
        "reason) VALUES (?,?,?,?,?,?,?)", (plan, unit, period, state, now(), who, reason))


def get_meta(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row and row[0] is not None else default


def set_meta(db: Database, values: Mapping[str, str]) -> None:
    db.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                        list(values.items()))


def log_import(db: Database, kind: str, files: str, result: str, summary: str,
               who: str) -> int:
    cursor = db.execute(
        "INSERT INTO import_log (at, who, kind, files, result, summary) VALUES (?,?,?,?,?,?)",
        (now(), who, kind, files, result, summary))
    return _inserted_id(cursor)


def write_entries_bulk(db: Database, plan: str,
                       rows: Iterable[tuple[str, str, str, Entry]], who: str) -> int:
    """Many values at once (demo, import): one statement, no per-row round trip."""
    at = now()
    data = [(plan, ind, unit, period, e.value, e.numerator, e.denominator, e.text, e.note, at,
             who) for ind, unit, period, e in rows]
    db.conn.executemany(
        "INSERT OR REPLACE INTO reported_values (plan, indicator, unit, period, value, "
        "numerator, denominator, text, note, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)", data)
    return len(data)


def audit_bulk(db: Database, plan: str, rows: Iterable[tuple[str, str, str, Entry]],
               how: str, who: str) -> int:
    """One audit row per non-blank field of many new values (demo): what was written, and how."""
    at = now()
    data = [(at, who, how, plan, ind, unit, period, f, None, _as_text(e.get(f)))
            for ind, unit, period, e in rows for f in FIELDS if e.get(f) not in (None, "")]
    db.conn.executemany(
        "INSERT INTO audit (at, who, how, plan, indicator, unit, period, field, old, new) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)", data)
    return len(data)


def foreign_figures(db: Database, who: str, source: str) -> int:
    """Figures and baselines not written by `who` (values) or from `source` (baselines)."""
    values = db.execute("SELECT count(*) FROM reported_values WHERE coalesce(updated_by, '') != ?",
                        (who,)).fetchone()[0]
    bases = db.execute("SELECT count(*) FROM baselines WHERE coalesce(source, '') != ?",
                       (source,)).fetchone()[0]
    return int(values) + int(bases)


def units_with_figures(db: Database) -> list[str]:
    return [u for (u,) in db.execute("SELECT DISTINCT unit FROM reported_values ORDER BY unit")]


def non_draft_quarters(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM submissions WHERE state != ?", (DRAFT,)).fetchone()[0])


def added_units(db: Database) -> list[AddedUnit]:
    """Units an office added in the program, in the order they were added."""
    rows = db.execute("SELECT code, name, type, parent FROM units ORDER BY created_at").fetchall()
    return [AddedUnit(*r) for r in rows]


def add_unit_row(db: Database, code: str, name: str, unit_type: str, parent: str) -> None:
    db.execute("INSERT OR REPLACE INTO units (code, name, type, parent, created_at) "
               "VALUES (?,?,?,?,?)", (code, name, unit_type, parent, now()))


def write_reported_ytd(db: Database, plan: str, unit: str, period: str,
                      values: Mapping[str, float | None]) -> None:
    """The 本年累计 a child's report states (None: it states none), replacing what its
    earlier copy stated."""
    db.execute("DELETE FROM reported_ytd WHERE plan = ? AND unit = ? AND period = ?",
               (plan, unit, period))
    db.conn.executemany(
        "INSERT INTO reported_ytd (plan, indicator, unit, period, value) VALUES (?,?,?,?,?)",
        [(plan, ind, unit, period, value) for ind, value in values.items()])


def read_reported_ytd(db: Database, plan: str, units: Iterable[str],
                      periods: Iterable[str]) -> dict[tuple[str, str, str], float | None]:
    """{(indicator, unit, period): 本年累计 as that unit's report stated it}."""
    units, periods = list(units), list(periods)
    if not units or not periods:
        return {}
    rows = db.execute(
        f"SELECT indicator, unit, period, value FROM reported_ytd WHERE plan = ? AND unit IN "
        f"({_marks(units)}) AND period IN ({_marks(periods)})", (plan, *units, *periods))
    return {(r[0], r[1], r[2]): r[3] for r in rows.fetchall()}


_AUDIT_COLUMNS = ("id, at, who, how, plan, indicator, unit, period, field, old, new, reason, proxy, "
                  "coalesce(step, -id), undoes")


def _inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT has just made (an INSERT always sets one)."""
    if cursor.lastrowid is None:
        raise sqlite3.InterfaceError("the INSERT made no row")
    return cursor.lastrowid


def _marks(items: Sized) -> str:
    return ",".join("?" * len(items))


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


__all__ = ["DRAFT", "FIELDS", "LOCKED", "SUBMITTED"]
