"""The use-case layer's context: the catalogs, the open data file and who is working.

The command line and the window both go through the functions of this package, so no
rule is written twice. Each operation commits its own transaction and returns `Changes`
(what it changed), which the window turns into one refresh signal (Anki's OpChanges).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import Catalog, Indicator, Plan, Unit, load_catalog
from desktop.errors import UserError
from desktop.messages import Message, msg
from desktop.records import EntryKey
from desktop.rules.text import has_control
from desktop.store import values as store
from desktop.store.datafile import DataFile


class UseCaseError(UserError):
    """A request the program refuses, with a message for the user."""


@dataclass(frozen=True)
class Changes:
    """What one operation changed: the window refreshes exactly this."""

    entries: tuple[EntryKey, ...] = ()
    audit_ids: tuple[int, ...] = ()
    step: int = 0  # the audit step written (what undo and redo act on); 0: none
    submission: tuple[str, str, str] | None = None  # (plan, unit, period)
    baselines: int = 0
    targets: int = 0  # unit targets (目标分解) set, cleared or brought by a package
    meta: bool = False
    messages: tuple[str, ...] = field(default=())


@dataclass
class Workspace:
    catalog: Catalog
    data: DataFile

    @property
    def own_unit(self) -> str:
        return store.get_meta(self.data.db, "unit")

    @property
    def clerk(self) -> str:
        return store.get_meta(self.data.db, "clerk") or "—"

    def plan(self, plan_id: str) -> Plan:
        try:
            return self.catalog.plan(plan_id)
        except KeyError:
            raise UseCaseError("usecase.no_plan", plan=plan_id,
                               choices=", ".join(self.catalog.plan_ids())) from None

    def indicator(self, plan: Plan, indicator_id: str) -> Indicator:
        if not plan.has_indicator(indicator_id):
            raise UseCaseError("usecase.no_indicator", plan=plan.id, indicator=indicator_id)
        return plan.indicator(indicator_id)

    def unit(self, code: str) -> Unit:
        if code not in self.catalog.units:
            raise UseCaseError("usecase.no_unit", unit=code)
        return self.catalog.units.get(code)

    def close(self) -> None:
        self.data.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_workspace(path: Path | str, *, catalog: Catalog | None = None) -> Workspace:
    """Open an existing data file (refusing a locked, damaged, foreign or newer one); its
    figures under ids a plan has renamed move to the new ids (`versions`)."""
    from desktop.usecases.versions import carry_renames

    data = DataFile.open(path)
    try:
        ws = Workspace(_with_added_units(catalog or load_catalog(), data), data)
        carry_renames(data, ws.catalog.plans, ws.clerk)
    except BaseException:
        data.close()
        raise
    return ws


ADDABLE_TYPES = ("town", "township", "street", "farm", "department", "district", "county")


def added_unit_code(parent: str, name: str) -> str:
    """The same name under the same parent gets the same code in every office's file, so
    the county that adds the town too imports its reports without a mapping."""
    digest = hashlib.sha1(f"{parent}/{name}".encode()).hexdigest()[:8]
    return f"{parent}.x{digest}"


def add_unit(ws: Workspace, parent: str, name: str, unit_type: str) -> Unit:
    """A reporting unit the shipped tree lacks (a 临海 town: the plan names none), under a
    parent the tree has — the office's own unit or one below it; kept in the data file and
    merged into the tree at every open."""
    ws.unit(parent)
    own = ws.own_unit
    if own and not ws.catalog.units.is_within(parent, own):
        raise UseCaseError("entry.not_own_unit", own=ws.unit(own).name, unit=ws.unit(parent).name)
    name = _check_new_unit(ws.catalog, parent, name, unit_type)
    unit = Unit(code=added_unit_code(parent, name), name=name, type=unit_type, parent=parent)
    with ws.data.writing() as db:
        store.add_unit_row(db, unit.code, unit.name, unit.type, parent)
    ws.catalog = ws.catalog.with_units((unit,))
    return unit


def _check_new_unit(catalog: Catalog, parent: str, name: str, unit_type: str) -> str:
    name = _office_text(msg("usecase.office.unit_name"), name)
    if not name:
        raise UseCaseError("usecase.unit_name_needed")
    if unit_type not in ADDABLE_TYPES:
        raise UseCaseError("usecase.unit_type", types=", ".join(ADDABLE_TYPES))
    if any(u.name == name for u in catalog.units.children(parent)):
        raise UseCaseError("usecase.unit_exists", parent=catalog.units.get(parent).name, name=name)
    return name


def refresh_catalog(ws: Workspace) -> Changes:
    """The catalogs read again after a plan was added or removed (the window's 方案 menu)."""
    from desktop.usecases.versions import carry_renames

    ws.catalog = _with_added_units(load_catalog(), ws.data)
    carry_renames(ws.data, ws.catalog.plans, ws.clerk)
    return Changes(meta=True)


def _with_added_units(catalog: Catalog, data: DataFile) -> Catalog:
    rows = store.added_units(data.db)
    return catalog.with_units(tuple(Unit(code=u.code, name=u.name, type=u.type, parent=u.parent)
                                    for u in rows))


def create_data_file(path: Path | str, unit: str, *, clerk: str = "", phone: str = "",
                     catalog: Catalog | None = None,
                     new_unit: tuple[str, str] | None = None) -> Workspace:
    """`yinling init`: a data file for an office (its reporting unit, clerk and phone).
    With `new_unit` (name, type), the office's unit is added under `unit` first."""
    catalog = catalog or load_catalog()
    clerk, phone = _office_text(CLERK, clerk), _office_text(PHONE, phone)
    if unit not in catalog.units:
        raise UseCaseError("usecase.no_unit", unit=unit)
    if new_unit is not None:  # checked before the file exists: a refusal leaves nothing behind
        _check_new_unit(catalog, unit, *new_unit)
    ws = Workspace(catalog, DataFile.open(path, create=True))
    try:
        if new_unit is not None:
            unit = add_unit(ws, unit, *new_unit).code
        with ws.data.writing() as db:
            store.set_meta(db, {"unit": unit, "clerk": clerk, "phone": phone,
                                "created_at": store.now()})
    except BaseException:
        ws.close()
        raise
    return ws


def update_office(ws: Workspace, unit: str, clerk: str, phone: str) -> Changes:
    """The settings dialog: the office's reporting unit, clerk and phone. The unit can change
    only while the file holds no figures outside the new unit's part of the tree: a town's
    file does not become another town's."""
    ws.unit(unit)
    clerk, phone = _office_text(CLERK, clerk), _office_text(PHONE, phone)
    if unit != ws.own_unit:
        check_unit_change(ws, unit)
    with ws.data.writing() as db:
        store.set_meta(db, {"unit": unit, "clerk": clerk, "phone": phone})
    return Changes(meta=True)


def check_unit_change(ws: Workspace, unit: str) -> None:
    """A file becomes another unit's only while it holds no figures outside that unit's
    part of the tree (the settings dialog, a plan package): a town's file does not become
    another town's."""
    tree = ws.catalog.units
    held = [u for u in store.units_with_figures(ws.data.db) if not tree.is_within(u, unit)]
    if held:
        raise UseCaseError("office.unit_holds_figures", held=ws.unit(held[0]).name,
                           unit=ws.unit(unit).name)


OFFICE_TEXT_MAX = 40
CLERK, PHONE = msg("usecase.office.clerk"), msg("usecase.office.phone")


def _office_text(label: Message, text: str) -> str:
    """The clerk's name and phone go on every report's footer: plain, short text."""
    text = text.strip()
    if has_control(text):
        raise UseCaseError("usecase.office_control", label=label)
    if len(text) > OFFICE_TEXT_MAX:
        raise UseCaseError("usecase.office_long", label=label, length=len(text),
                           limit=OFFICE_TEXT_MAX)
    return text
