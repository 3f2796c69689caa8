"""The use-case layer's context: the catalogs, the open data file and who is working.

The command line and the window both go through the functions of this package, so no
rule is written twice. Each operation commits its own transaction and returns `Changes`
(what it changed), which the window turns into one refresh signal (Anki's OpChanges).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import Catalog, Indicator, Plan, Unit, load_catalog
from desktop.errors import UserError
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
    submission: tuple[str, str, str] | None = None  # (plan, unit, period)
    baselines: int = 0
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
            raise UseCaseError(f"没有编号为 {plan_id} 的规划（可选：{', '.join(self.catalog.plan_ids())}）") from None

    def indicator(self, plan: Plan, indicator_id: str) -> Indicator:
        if not plan.has_indicator(indicator_id):
            raise UseCaseError(f"规划 {plan.id} 中没有指标 {indicator_id}")
        return plan.indicator(indicator_id)

    def unit(self, code: str) -> Unit:
        if code not in self.catalog.units:
            raise UseCaseError(f"没有代码为 {code} 的填报单位（用 yinling units 查看）")
        return self.catalog.units.get(code)

    def close(self) -> None:
        self.data.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_workspace(path: Path | str, *, catalog: Catalog | None = None) -> Workspace:
    """Open an existing data file (refusing a locked, damaged, foreign or newer one)."""
    return Workspace(catalog or load_catalog(), DataFile.open(path))


def create_data_file(path: Path | str, unit: str, *, clerk: str = "", phone: str = "",
                     catalog: Catalog | None = None) -> Workspace:
    """`yinling init`: a data file for an office (its reporting unit, clerk and phone)."""
    catalog = catalog or load_catalog()
    clerk, phone = _office_text("填表人", clerk), _office_text("联系电话", phone)
    if unit not in catalog.units:
        raise UseCaseError(f"没有代码为 {unit} 的填报单位（用 yinling units 查看）")
    ws = Workspace(catalog, DataFile.open(path, create=True))
    try:
        with ws.data.writing() as db:
            store.set_meta(db, {"unit": unit, "clerk": clerk, "phone": phone,
                                "created_at": store.now()})
    except BaseException:
        ws.close()
        raise
    return ws


def update_office(ws: Workspace, unit: str, clerk: str, phone: str) -> Changes:
    """The settings dialog: the office's reporting unit, clerk and phone."""
    ws.unit(unit)
    clerk, phone = _office_text("填表人", clerk), _office_text("联系电话", phone)
    with ws.data.writing() as db:
        store.set_meta(db, {"unit": unit, "clerk": clerk, "phone": phone})
    return Changes(meta=True)


OFFICE_TEXT_MAX = 40


def _office_text(label: str, text: str) -> str:
    """The clerk's name and phone go on every report's footer: plain, short text."""
    text = text.strip()
    if has_control(text):
        raise UseCaseError(f"{label}中含有不可见的控制字符，请删除后重新输入")
    if len(text) > OFFICE_TEXT_MAX:
        raise UseCaseError(f"{label}过长（{len(text)} 字，最多 {OFFICE_TEXT_MAX} 字）")
    return text
