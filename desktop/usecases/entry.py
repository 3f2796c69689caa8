"""Entering figures: set a value or a note, one committed step each (undone in `undo.py`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from desktop.catalog import STATUSES, Indicator, Kind
from desktop.periods import Period
from desktop.records import EMPTY, FIELDS, NUMBER_FIELDS, Entry, EntryKey
from desktop.rules.numbers import NumberError, parse_number
from desktop.rules.text import has_control
from desktop.store import values as store
from desktop.usecases import guard
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

if TYPE_CHECKING:
    from desktop.store.database import Database

NOTE_MAX = 500  # characters: a 情况说明 is a sentence or two, not a report
TEXT_MAX = 2000


class InputError(UseCaseError):
    """What was typed cannot be stored in that cell; nothing was saved."""


def parse_field(ind: Indicator, field: str, raw: object) -> float | str | None:
    """What a typed or pasted cell means for this indicator; blank clears it."""
    if field not in ind.kind.fields:
        raise InputError("entry.no_field", name=ind.name, field=field)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if field in NUMBER_FIELDS:
        try:
            return parse_number(raw if isinstance(raw, str | int | float) else str(raw))
        except NumberError as exc:
            raise InputError("entry.not_a_number", name=ind.name, raw=repr(raw)) from exc
    text = str(raw).strip() if field != "note" else str(raw).rstrip()
    if has_control(text):
        raise InputError("entry.control_chars", name=ind.name)
    limit = NOTE_MAX if field == "note" else TEXT_MAX
    if len(text) > limit:
        raise InputError("entry.too_long", name=ind.name, length=len(text), limit=limit)
    if ind.kind is Kind.STATUS and field == "text" and text not in STATUSES:
        raise InputError("entry.status_only", name=ind.name, allowed="、".join(STATUSES))
    return text


def set_fields(ws: Workspace, key: EntryKey, raw: Mapping[str, object], how: str = "typed"
               ) -> Changes:
    """Set one or more cells of one value in one committed transaction, with its audit."""
    return set_many(ws, {key: raw}, how)


def set_many(ws: Workspace, cells: Mapping[EntryKey, Mapping[str, object]], how: str = "pasted"
             ) -> Changes:
    """Several values (a pasted block, a typed cell) in one committed transaction: one
    step of the audit, undone as one (`undo.py`). Every cell is parsed and every quarter
    checked first (guard.py): one that cannot be stored raises and writes nothing."""
    parsed: dict[EntryKey, dict[str, float | str | None]] = {}
    for key, raw in cells.items():
        ind = ws.indicator(ws.plan(key.plan), key.indicator)
        parsed[key] = {field: parse_field(ind, field, value) for field, value in raw.items()}
    proxy = writable(ws, parsed)
    with ws.data.writing() as db:
        return write_cells(db, ws, parsed, proxy, how)


def writable(ws: Workspace, keys: Iterable[EntryKey]) -> dict[str, bool]:
    """The quarters of `keys` lie within their plans and the units are the file's own or
    below it (guard.py); returns, per unit, whether the write is 代填."""
    proxy: dict[str, bool] = {}
    for key in keys:
        guard.ensure_period(ws.plan(key.plan), Period.parse(key.period))
        proxy[key.unit] = guard.proxy_for(ws, key.unit)
    return proxy


def write_cells(db: Database, ws: Workspace,
                cells: Mapping[EntryKey, Mapping[str, float | str | None]], proxy: Mapping[str, bool],
                how: str, undoes: int | None = None) -> Changes:
    """Parsed cells written in the caller's transaction as one audit step; a submitted or
    locked quarter refuses the whole step."""
    step = store.next_step(db)
    keys: list[EntryKey] = []
    ids: list[int] = []
    for key, fields in cells.items():
        guard.ensure_editable(db, ws, key.plan, key.unit, key.period)
        old = store.read_entry(db, key) or EMPTY
        new = old.updated(fields)
        changed = {f: (old.get(f), new.get(f)) for f in FIELDS if old.get(f) != new.get(f)}
        if changed:
            store.write_entry(db, key, new, ws.clerk)
            ids += store.append_audit(db, key, changed, how, ws.clerk, proxy=proxy[key.unit],
                                      step=step, undoes=undoes)
            keys.append(key)
    return Changes(entries=tuple(keys), audit_ids=tuple(ids), step=step if ids else 0)


def set_value(ws: Workspace, key: EntryKey, field: str, raw: object, how: str = "typed"
              ) -> Changes:
    return set_fields(ws, key, {field: raw}, how)


def read_entry(ws: Workspace, key: EntryKey) -> Entry:
    return store.read_entry(ws.data.db, key) or EMPTY

