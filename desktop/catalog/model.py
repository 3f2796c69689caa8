"""The plan catalogs as frozen dataclasses: what `schema/` says, read once at start.

Nothing here touches the disk or Qt; `loader.py` builds these objects and checks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """How an indicator is entered and how it adds up (DESIGN §2)."""

    COUNT = "count"
    AMOUNT = "amount"
    RATE = "rate"
    PER_CAPITA = "per_capita"
    STATUS = "status"
    TEXT = "text"

    @property
    def is_number(self) -> bool:
        return self not in (Kind.STATUS, Kind.TEXT)

    @property
    def has_parts(self) -> bool:
        """Rates and per-capita figures are entered as numerator and denominator."""
        return self in (Kind.RATE, Kind.PER_CAPITA)

    @property
    def fields(self) -> tuple[str, ...]:
        """The entry fields an indicator of this kind is typed in, in the form's order: the
        one rule the entry, the import and the window's form all follow."""
        if self.has_parts:
            return ("numerator", "denominator", "note")
        return ("value" if self.is_number else "text", "note")

    def field_under(self, column: str) -> str:
        """The entry field a form column (numerator, denominator, value, note) holds for this
        kind, or "" where the column is computed or fixed: a status or a text is typed under
        本季度 ("value"), a rate's 本季度 is computed from its parts."""
        if column == "value" and not self.has_parts:
            return self.fields[0]
        return column if column in self.fields else ""


class Measure(StrEnum):
    STOCK = "stock"  # 期末数: the year's figure is the last quarter's
    FLOW = "flow"  # 本期新增: the year's figure (本年累计) is the sum of its quarters


class Direction(StrEnum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    DONE = "done"


class Layout(StrEnum):
    INDICATORS = "indicators"  # an indicator table like 青铜峡 表1
    TASKS = "tasks"  # a numbered task list like 临海
    STATISTICS = "statistics"  # an annual statistics table like 营口's bulletin


STATUSES = ("未启动", "推进中", "已完成")
PER_BASE_WORDS = {100000.0: "十万", 10000.0: "万", 1000.0: "千", 100.0: "百"}

UNIT_TYPES = ("province", "city", "county", "district", "town", "township", "street", "farm",
              "department")


@dataclass(frozen=True)
class Source:
    file: str
    section: str
    quote: str


@dataclass(frozen=True)
class Target:
    year: int
    text: str  # as the plan writes it: "60%", "1000户", "25名/万人"
    value: float | None = None  # in the indicator's unit; None for status targets
    source: Source | None = None  # only where it differs from the indicator's
    note: str = ""


@dataclass(frozen=True)
class Conflict:
    """Another figure the same plan gives for the same target, kept beside it."""

    year: int
    text: str
    source: Source
    note: str
    value: float | None = None


@dataclass(frozen=True)
class Indicator:
    id: str
    plan_id: str
    table_id: str
    section: str
    name: str
    unit: str
    kind: Kind
    reporting_level: tuple[str, ...]
    source: Source
    seq: str = ""
    task: int | None = None
    description: str = ""
    measure: Measure | None = None
    direction: Direction | None = None
    attribute: str = ""
    responsible: tuple[str, ...] = ()
    lead: str = ""  # the department that reports a figure several are responsible for
    numerator: str = ""
    denominator: str = ""
    parts: str = "count"  # what a rate's numerator and denominator are: count | amount
    scale: float = 1.0
    aggregate: str = "sum"
    definition: str = ""
    max_jump: float | None = None
    targets: tuple[Target, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    note: str = ""
    renamed_from: tuple[str, ...] = ()  # ids this indicator had in earlier versions

    def target_for(self, year: int) -> Target | None:
        return next((t for t in self.targets if t.year == year), None)

    @property
    def final_target(self) -> Target | None:
        """The last year's target: what a plan that sets no yearly targets aims at."""
        return max(self.targets, key=lambda t: t.year, default=None)

    @property
    def lead_department(self) -> str:
        """Who reports a figure several departments share: the catalog's `lead`, else the
        first named (the usual 牵头单位); "" when no department is responsible."""
        return self.lead or (self.responsible[0] if self.responsible else "")

    def whole_number_required(self, field: str) -> bool:
        """Whether an entered number must be whole: the one rule for the checks, the entry
        and the workbook's validation. A count's value; a rate's or per-capita figure's parts
        unless the catalog says they are amounts (万元)."""
        if field == "value":
            return self.kind is Kind.COUNT
        if field in ("numerator", "denominator"):
            return self.kind.has_parts and self.parts == "count"
        return False


@dataclass(frozen=True)
class Section:
    name: str
    indicator_ids: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    id: str
    title: str
    layout: Layout
    source: Source
    sections: tuple[Section, ...] = ()
    note: str = ""
    form_code: str = ""  # 表号, where the table has its own
    form_issuer: str = ""  # 制表机关

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        return tuple(i for s in self.sections for i in s.indicator_ids)


@dataclass(frozen=True)
class Baseline:
    indicator_id: str
    unit_code: str
    year: int
    value: float
    text: str
    source: Source
    numerator: float | None = None
    denominator: float | None = None
    note: str = ""


@dataclass(frozen=True)
class UnitTarget:
    """A unit's own target for a year (目标分解, `[[unit_target]]`): what the county asks of
    one town, street or department, where the plan's target is the region's."""

    indicator_id: str
    unit_code: str
    year: int
    text: str  # as written: "120户", "3.1%"
    value: float | None = None  # in the indicator's unit (a rate in percent points)
    source: Source | None = None
    note: str = ""

    @property
    def target(self) -> Target:
        return Target(year=self.year, text=self.text, value=self.value, source=self.source,
                      note=self.note)


@dataclass(frozen=True)
class Rule:
    """A cross-indicator check: `left op right` for one unit and period."""

    id: str
    left: str
    op: str
    right: str
    severity: str
    message: str


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    short_title: str
    issuer: str
    published: str
    years: tuple[int, int]
    version: int
    region: str
    source_file: str
    document_number: str = ""
    document_type: str = "plan"
    max_jump: float | None = None  # default jump-check ratio for the plan's numbers
    note: str = ""
    form_code: str = ""  # 表号 and 制表机关 for the report's top right corner, where given
    form_issuer: str = ""
    tables: tuple[Table, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    baselines: tuple[Baseline, ...] = ()
    rules: tuple[Rule, ...] = ()
    unit_targets: tuple[UnitTarget, ...] = ()  # 目标分解 the catalog itself carries
    origin: str = "shipped"  # shipped | added (the office's catalogs folder) | extra
    path: str = ""  # the catalog file it was read from
    _by_id: dict[str, Indicator] = field(default_factory=dict, compare=False, repr=False)
    # Which indicators each unit reports (desktop.rules.scope), filled as units are asked about.
    scope_cache: dict[str, tuple[Indicator, ...]] = field(default_factory=dict, compare=False,
                                                           repr=False)

    def __post_init__(self) -> None:
        self._by_id.update((i.id, i) for i in self.indicators)

    def indicator(self, indicator_id: str) -> Indicator:
        return self._by_id[indicator_id]

    def has_indicator(self, indicator_id: str) -> bool:
        return indicator_id in self._by_id

    @property
    def renamed(self) -> dict[str, str]:
        """Old id → current id, for every id an earlier version of the plan used."""
        return {old: i.id for i in self.indicators for old in i.renamed_from}

    def current_id(self, indicator_id: str) -> str | None:
        """The id an indicator has in this version; None for an id it no longer has."""
        if indicator_id in self._by_id:
            return indicator_id
        return self.renamed.get(indicator_id)

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)

    @property
    def target_years(self) -> tuple[int, ...]:
        return tuple(sorted({t.year for i in self.indicators for t in i.targets}))


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    type: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    source: Source | None = None
    note: str = ""

    @property
    def is_department(self) -> bool:
        return self.type == "department"


@dataclass(frozen=True)
class UnitTree:
    """Reporting units (填报单位): roots are the seed regions' cities and counties."""

    units: tuple[Unit, ...]
    _by_code: dict[str, Unit] = field(default_factory=dict, compare=False, repr=False)
    _children: dict[str | None, list[Unit]] = field(default_factory=dict, compare=False,
                                                    repr=False)
    _departments: dict[str, dict[str, Unit]] = field(default_factory=dict, compare=False,
                                                     repr=False)

    def __post_init__(self) -> None:
        for unit in self.units:
            self._by_code[unit.code] = unit
            self._children.setdefault(unit.parent, []).append(unit)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Unit:
        return self._by_code[code]

    @property
    def roots(self) -> tuple[Unit, ...]:
        return tuple(self._children.get(None, ()))

    def children(self, code: str) -> tuple[Unit, ...]:
        return tuple(self._children.get(code, ()))

    def descendants(self, code: str) -> tuple[Unit, ...]:
        found: list[Unit] = []
        stack = list(reversed(self.children(code)))
        while stack:
            unit = stack.pop()
            found.append(unit)
            stack.extend(reversed(self.children(unit.code)))
        return tuple(found)

    def ancestors(self, code: str) -> tuple[Unit, ...]:
        """Parent first, root last."""
        chain: list[Unit] = []
        parent = self._by_code[code].parent
        while parent is not None:
            chain.append(self._by_code[parent])
            parent = chain[-1].parent
        return tuple(chain)

    def is_within(self, code: str, ancestor: str) -> bool:
        """True when `code` is `ancestor` itself or lies below it."""
        return code == ancestor or any(u.code == ancestor for u in self.ancestors(code))

    def department_named(self, region: str, name: str) -> Unit | None:
        """The department of `region` whose name or alias is `name` as a plan writes it."""
        if region not in self._departments:
            names: dict[str, Unit] = {}
            for unit in self.descendants(region):
                if unit.is_department:
                    for spelling in (*unit.aliases, unit.name):
                        names.setdefault(spelling, unit)
            self._departments[region] = names
        return self._departments[region].get(name)


@dataclass(frozen=True)
class Catalog:
    plans: tuple[Plan, ...]
    units: UnitTree

    def plan(self, plan_id: str) -> Plan:
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        raise KeyError(plan_id)

    def plan_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.plans)

    def with_units(self, extra: tuple[Unit, ...]) -> Catalog:
        """The same plans with units an office added in the program (its town, its parent's
        other towns) beside the shipped ones."""
        known = {u.code for u in self.units.units}
        added = tuple(u for u in extra if u.code not in known and u.parent in known | {x.code for x in extra})
        return Catalog(self.plans, UnitTree(self.units.units + added)) if added else self
