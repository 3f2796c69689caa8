"""Entering figures: set a value or a note, one committed step each (undone in `undo.py`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.catalog import STATUSES, Indicator, Kind
from desktop.periods import Period
from desktop.records import EMPTY, FIELDS, NUMBER_FIELDS, Entry, EntryKey
from desktop.rules.numbers import NumberError, parse_number
from desktop.rules.text import has_control
from desktop.store import values as store
from desktop.usecases import guard
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

if TYPE_CHECKING:
    import sqlite_utils

NOTE_MAX = 500  # characters: a 情况说明 is a sentence or two, not a report
TEXT_MAX = 2000


class InputError(UseCaseError):
    """What was typed cannot be stored in that cell; nothing was saved."""


def fields_for(ind: Indicator) -> tuple[str, ...]:
    """The input cells of an indicator, in the form's order."""
    if ind.kind.has_parts:
        return ("numerator", "denominator", "note")
    if ind.kind.is_number:
        return ("value", "note")
    return ("text", "note")


def parse_field(ind: Indicator, field: str, raw: object) -> float | str | None:
    """What a typed or pasted cell means for this indicator; blank clears it."""
    if field not in fields_for(ind):
        raise InputError(f"指标“{ind.name}”没有“{field}”这一栏")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if field in NUMBER_FIELDS:
        try:
            return parse_number(raw)  # type: ignore[arg-type]
        except NumberError as exc:
            raise InputError(f"“{ind.name}”：{raw!r} 不是一个数字") from exc
    text = str(raw).strip() if field != "note" else str(raw).rstrip()
    if has_control(text):
        raise InputError(f"“{ind.name}”：文字中含有不可见的控制字符，请删除后重新输入")
    limit = NOTE_MAX if field == "note" else TEXT_MAX
    if len(text) > limit:
        raise InputError(f"“{ind.name}”：文字过长（{len(text)} 字，最多 {limit} 字）")
    if ind.kind is Kind.STATUS and field == "text" and text not in STATUSES:
        raise InputError(f"“{ind.name}”：状态只能是 {'、'.join(STATUSES)}")
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
    parsed: dict[EntryKey, dict[str, object]] = {}
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


def write_cells(db: sqlite_utils.Database, ws: Workspace,
                cells: Mapping[EntryKey, Mapping[str, object]], proxy: Mapping[str, bool],
                how: str, undoes: int | None = None) -> Changes:
    """Parsed cells written in the caller's transaction as one audit step; a submitted or
    locked quarter refuses the whole step."""
    step = store.next_step(db)
    keys: list[EntryKey] = []
    ids: list[int] = []
    for key, fields in cells.items():
        guard.ensure_editable(db, ws, key.plan, key.unit, key.period)
        old = store.read_entry(db, key) or EMPTY
        given: dict[str, Any] = dict(fields)  # each parsed for its field (parse_field)
        new = replace(old, **given)
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

