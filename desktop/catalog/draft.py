"""A plan's indicator table turned into a draft catalog (DESIGN §3a): for every row a
proposal of kind, measure, direction, scale and parts, each said in the draft's comments,
and the questions the program could not answer (`to_decide`, which `plan check` refuses
until the office has answered them). Nothing is guessed silently.

Pure: rows of text in (any object with `number`, `get(meaning)`, `targets`, `bases` and
`quote`, such as `desktop.excel.plan_sheet.SheetRow`), a `Draft` out; `draft_toml`
writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.catalog import wording as w
from desktop.messages import Message, msg
from desktop.messages.keys import DIRECTION_KEYS

FLOW_WORDS = ("新增", "新建", "新开", "改造", "培训", "开展", "发放", "举办", "组织", "接待", "人次",
              "慰问", "救助", "资助", "建成")
STANDARD_WORDS = ("标准", "平均", "人均", "补贴", "津贴")
# "2022年城乡居民养老保险待遇达到290元/月": the words between a year and its number.
_BEFORE_NUMBER = (r"(?:^|[。，,；;])\s*(?:\d{4}年)?[，,、\s]*([^，,。；;]*?)\s*"
                  r"(?:达到|超过|不低于|不少于|保持|提高到|提升到|降至|控制在)?\s*")


class RowLike(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def targets(self) -> dict[int | None, str]: ...
    @property
    def bases(self) -> dict[int | None, str]: ...
    @property
    def quote(self) -> str: ...

    def get(self, meaning: str) -> str: ...


@dataclass
class Figure:
    """A target or a baseline as the draft writes it."""

    year: int
    text: str
    value: float | None = None


@dataclass
class DraftIndicator:
    row: int  # the worksheet row it came from
    id: str
    section: str
    name: str
    unit: str
    kind: str
    seq: str = ""
    task: int | None = None
    description: str = ""
    measure: str | None = None
    direction: str | None = None
    attribute: str = ""
    responsible: list[str] = field(default_factory=list)
    reporting_level: list[str] = field(default_factory=list)
    numerator: str = ""
    denominator: str = ""
    scale: float | None = None
    aggregate: str | None = None
    definition: str = ""
    targets: list[Figure] = field(default_factory=list)
    baselines: list[Figure] = field(default_factory=list)
    quote: str = ""
    proposals: list[Message] = field(default_factory=list)
    questions: list[Message] = field(default_factory=list)


@dataclass
class DraftUnit:
    code: str
    name: str
    type: str
    parent: str | None = None


@dataclass(frozen=True)
class Region:
    """The region the plan is for, as far as the draft needs it."""

    code: str
    name: str
    type: str
    types_below: tuple[str, ...]  # town, street, farm … below it (departments apart)
    department: Callable[[str], str | None]  # a body as written → the department's name


@dataclass
class Draft:
    plan: dict[str, object]
    table: dict[str, str]
    indicators: list[DraftIndicator]
    units: list[DraftUnit] = field(default_factory=list)  # units the draft adds
    units_file: str = ""  # units/<name>.toml when it adds any
    proposals: list[Message] = field(default_factory=list)  # plan-wide
    questions: list[Message] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.questions and not any(i.questions for i in self.indicators)

    @property
    def open_rows(self) -> list[DraftIndicator]:
        return [i for i in self.indicators if i.questions]


@dataclass(frozen=True)
class Settings:
    plan_id: str
    title: str
    short_title: str
    years: tuple[int, int]
    years_said: bool  # given, or read from the title (not only from the target columns)
    source_file: str
    sheet: str
    layout: str = "indicators"
    table_title: str = ""


def draft_plan(rows: Sequence[RowLike], settings: Settings, region: Region,
               new_department: Callable[[str], DraftUnit]) -> Draft:
    """Every row proposed; departments the region lacks made by `new_department`."""
    table_id = "t1"
    context = _Context(settings, region, new_department)
    indicators = []
    for number, row in enumerate(rows, start=1):
        if settings.layout == "tasks":
            indicators += propose_task(row, number, f"{settings.plan_id}.{table_id}", context)
        else:
            indicators.append(propose(row, f"{settings.plan_id}.{table_id}_{number:02d}", context))
    draft = Draft(plan=_plan_fields(settings, region), indicators=indicators,
                  table={"id": table_id, "title": settings.table_title or settings.sheet,
                         "layout": settings.layout, "section": settings.sheet,
                         "quote": settings.table_title or settings.sheet},
                  units=list(context.added.values()))
    levels = "、".join(_levels(region, []))
    draft.proposals.append(msg("draft.levels", levels=levels))
    if not settings.years_said:
        draft.questions.append(msg("draft.q_years", first=settings.years[0], last=settings.years[1]))
    return draft


def _plan_fields(settings: Settings, region: Region) -> dict[str, object]:
    return {"id": settings.plan_id, "title": settings.title, "short_title": settings.short_title,
            "issuer": "", "published": "", "document_number": "", "document_type": "plan",
            "years": list(settings.years), "version": 1, "region": region.code,
            "source_file": settings.source_file}


class _Context:
    def __init__(self, settings: Settings, region: Region,
                 new_department: Callable[[str], DraftUnit]) -> None:
        self.settings, self.region, self.new_department = settings, region, new_department
        self.added: dict[str, DraftUnit] = {}


def propose(row: RowLike, indicator_id: str, ctx: _Context) -> DraftIndicator:
    name = row.get("name")
    unit_text = w.normal(row.get("unit"))
    targets = {year: w.read_target(text) for year, text in row.targets.items()}
    ind = DraftIndicator(row=row.number, id=indicator_id, section=_section(row), name=name,
                         unit=unit_text, kind="", seq=w.normal(row.get("seq")), quote=row.quote,
                         attribute=w.attribute_of(row.get("attribute")),
                         definition=w.normal(row.get("note")))
    _kind(ind, row, targets)
    _figures(ind, row, targets, ctx.settings)
    _measure(ind)
    _direction(ind, targets)
    _bodies(ind, row.get("responsible"), ctx)
    _parts(ind, row)
    return ind


def propose_task(row: RowLike, number: int, prefix: str, ctx: _Context) -> list[DraftIndicator]:
    """A task of a task list (临海): one status indicator for the task, and one more for its
    figure when the year columns hold numbers (DESIGN §3: a task's figures share its number)."""
    text = w.normal(row.get("name"))
    seq = w.normal(row.get("seq"))
    task = int(seq) if seq.isdigit() else number
    status = DraftIndicator(row=row.number, id=f"{prefix}_task{task:02d}", section=_section(row),
                            name=_short(text), unit="", kind="status", seq=seq or str(task),
                            task=task, description=text, direction="done", quote=row.quote,
                            attribute=w.attribute_of(row.get("attribute")))
    status.proposals.append(msg("draft.kind_task"))
    _bodies(status, row.get("responsible"), ctx)
    targets = {year: w.read_target(t) for year, t in row.targets.items()}
    if not any(t.value is not None for t in targets.values()):
        for year, reading in targets.items():
            status.targets.append(Figure(year or ctx.settings.years[1], w.normal(reading.text)))
        return [status]
    figure = propose(row, f"{prefix}_task{task:02d}_1", ctx)
    figure.task, figure.seq, figure.section = task, status.seq, status.section
    figure.name = _figure_name(text, targets) or f"{status.name}（目标值）"
    figure.proposals.insert(0, msg("draft.figure_name", name=figure.name))
    _parts(figure, row)
    return [status, figure]


def _figure_name(text: str, targets: dict[int | None, w.TargetText]) -> str:
    """What the task's text calls the figure: "2022年城乡居民养老保险待遇达到290元/月" →
    城乡居民养老保险待遇."""
    first = next((t for t in targets.values() if t.value is not None), None)
    if first is None:
        return ""
    number = re.search(r"\d+(?:\.\d+)?", w.folded(first.text))
    if number is None:
        return ""
    found = re.search(_BEFORE_NUMBER + re.escape(number.group(0)), w.normal(text))
    name = found.group(1).strip() if found else ""
    return "" if len(name) < 2 else name


def _section(row: RowLike) -> str:
    return w.normal(row.get("section")) or "指标"


def _short(text: str) -> str:
    text = w.normal(text)
    for stop in ("。", "；", ";", "，"):
        if stop in text[:40]:
            return text[:text.index(stop)]
    return text[:40]


def _kind(ind: DraftIndicator, row: RowLike, targets: dict[int | None, w.TargetText]) -> None:
    """count, amount, rate, per-capita, status — from the unit, the targets' words, the name."""
    texts = list(targets.values())
    target_units = [t.unit for t in texts if t.unit]
    per = w.per_base(ind.unit, *target_units, ind.name)
    numbers = [t for t in texts if t.value is not None]
    if per is not None and (numbers or ind.unit):
        ind.kind, ind.scale = "per_capita", per[1]
        ind.unit = ind.unit or target_units[0] if target_units else ind.unit
        ind.proposals.append(msg("draft.kind_per_capita", words=per[0], scale=f"{per[1]:g}"))
    elif w.is_percent_unit(ind.unit) or any(t.percent for t in texts):
        ind.kind, ind.unit = "rate", "%"
        ind.proposals.append(msg("draft.kind_rate"))
    elif unit := w.count_unit(ind.unit) or next(map(w.count_unit, target_units), ""):
        ind.kind, ind.unit = "count", ind.unit or target_units[0]
        ind.proposals.append(msg("draft.kind_count", unit=unit))
    elif unit := w.amount_unit(ind.unit) or next(map(w.amount_unit, target_units), "") or (
            ind.unit if "/" in ind.unit else ""):
        ind.kind, ind.unit = "amount", ind.unit or target_units[0]
        standard = "/" in ind.unit or unit == "岁" or any(s in ind.name for s in STANDARD_WORDS)
        ind.aggregate = "none" if standard else None
        ind.proposals.append(msg("draft.kind_standard" if standard else "draft.kind_amount",
                                 unit=ind.unit))
    elif numbers:
        ind.kind, ind.aggregate = "amount", "none"
        ind.questions.append(msg("draft.q_no_unit", text=numbers[0].text))
    elif ind.unit:
        ind.kind = "amount"
        ind.proposals.append(msg("draft.kind_amount", unit=ind.unit))
    else:
        ind.kind = "status"
        ind.proposals.append(msg("draft.kind_status"))
    if ind.kind == "count" and any(t.value is not None and not float(t.value).is_integer()
                                   for t in numbers):
        ind.kind = "amount"
        ind.proposals.append(msg("draft.count_fraction"))


def _figures(ind: DraftIndicator, row: RowLike, targets: dict[int | None, w.TargetText],
             settings: Settings) -> None:
    first, last = settings.years
    for year, reading in targets.items():
        if year is None:
            year = last
            ind.proposals.append(msg("draft.target_year", year=last))
        value = reading.value if ind.kind not in ("status", "text") else None
        ind.targets.append(Figure(year, w.normal(reading.text), value))
        if reading.each:
            ind.questions.append(msg("draft.q_each", text=reading.text, each=reading.each))
        elif value is None and ind.kind not in ("status", "text"):
            ind.proposals.append(msg("draft.no_number", text=w.normal(reading.text)))
        if reading.approximate and value is not None:
            ind.proposals.append(msg("draft.approximate", text=w.normal(reading.text)))
        if ind.kind == "rate" and reading.value is not None and not reading.percent:
            ind.questions.append(msg("draft.q_rate_without_percent", text=w.normal(reading.text)))
    for year, text in row.bases.items():
        reading = w.read_target(text)
        if reading.value is None or ind.kind in ("status", "text"):
            continue
        if year is None:
            year = first - 1
            ind.proposals.append(msg("draft.base_year", year=year))
        ind.baselines.append(Figure(year, w.normal(text), reading.value))


def _measure(ind: DraftIndicator) -> None:
    if ind.kind in ("status", "text"):
        return
    if ind.kind in ("rate", "per_capita") or ind.aggregate == "none":
        ind.measure = "stock"
        return
    word = next((f for f in FLOW_WORDS if f in ind.name), "")
    ind.measure = "flow" if word else "stock"
    ind.proposals.append(msg("draft.measure_flow", word=word) if word else msg("draft.measure_stock"))


def _direction(ind: DraftIndicator, targets: dict[int | None, w.TargetText]) -> None:
    if ind.kind == "status":
        ind.direction = "done" if ind.targets else None
        return
    if not ind.targets:
        return
    said = next((t for t in targets.values() if t.direction), None)
    if said is not None:
        ind.direction = said.direction
        ind.proposals.append(msg(DIRECTION_KEYS[said.direction], text=w.normal(said.text)))
        return
    if any(t.falling for t in targets.values()):
        ind.direction = "at_most"
        ind.proposals.append(msg("draft.direction_at_most", text=ind.targets[0].text))
        return
    lower = next((word for word in w.LOWER_IS_BETTER if word in ind.name), "")
    if lower:
        ind.direction = "at_most"
        ind.questions.append(msg("draft.q_lower_better", text=ind.targets[0].text, word=lower))
        return
    ind.direction = "at_least"


def _bodies(ind: DraftIndicator, text: str, ctx: _Context) -> None:
    levels = []
    for body in w.bodies(text):
        kind_of_unit = w.names_a_kind_of_unit(body)
        if kind_of_unit:
            levels.append(kind_of_unit)
            ind.questions.append(msg("draft.q_body_is_unit", body=body, type=kind_of_unit))
            continue
        name = ctx.region.department(body)
        if name is None:
            unit = ctx.added.get(body) or ctx.new_department(body)
            ctx.added[body] = unit
            name = unit.name
            ind.proposals.append(msg("draft.new_department", name=body))
        elif name != body:
            ind.proposals.append(msg("draft.department_as", written=body, name=name))
        if name not in ind.responsible:
            ind.responsible.append(name)
    ind.reporting_level = _levels(ctx.region, levels)
    if not ctx.region.types_below and ind.responsible:
        ind.reporting_level.append("department")


def _levels(region: Region, wanted: list[str]) -> list[str]:
    levels = [region.type, *region.types_below]
    levels += [t for t in wanted if t not in levels]
    return list(dict.fromkeys(levels))


def _parts(ind: DraftIndicator, row: RowLike) -> None:
    """A rate's and a per-capita figure's numerator and denominator (口径)."""
    if ind.kind not in ("rate", "per_capita"):
        return
    ind.numerator, ind.denominator = w.normal(row.get("numerator")), w.normal(row.get("denominator"))
    if ind.numerator and ind.denominator:
        return
    if ind.kind == "per_capita":
        ind.numerator = ind.numerator or _per_capita_numerator(ind.name)
        ind.denominator = ind.denominator or ("老年人口数" if "老年" in ind.name + ind.unit
                                              else "常住人口数")
    else:
        ind.numerator = ind.numerator or f"{ind.name}的分子"
        ind.denominator = ind.denominator or f"{ind.name}的分母"
    ind.proposals.append(msg("draft.parts_missing", num=ind.numerator, den=ind.denominator))


def _per_capita_numerator(name: str) -> str:
    rest = re.sub(r"^每(十万|万|千|百)(名|个|位)?(老年人口|老年人|常住人口|人口|人|户籍人口)?(拥有|持证|配备)?",
                  "", w.normal(name))
    return rest or name


KINDS = ("count", "amount", "rate", "per_capita", "status", "text")
EDITABLE = ("kind", "measure", "direction", "unit", "target", "numerator", "denominator",
            "reporting_level", "scale")


def edit(ind: DraftIndicator, key: str, text: str, year: int | None = None) -> None:
    """One correction of the office (the window's 新建方案 table), keeping the row a valid
    catalog entry: a status has no measure and the direction done, a number a measure, a
    per-capita figure a scale, a rate and a per-capita figure their parts."""
    text = text.strip()
    if key == "kind":
        _set_kind(ind, text)
    elif key == "measure":
        ind.measure = text if ind.kind not in ("status", "text") and text in ("stock", "flow") else None
    elif key == "direction":
        ind.direction = text or None
    elif key == "unit":
        ind.unit = text
    elif key == "target":
        _set_target(ind, text, year)
    elif key in ("numerator", "denominator"):
        setattr(ind, key, text)
    elif key == "reporting_level":
        ind.reporting_level = [t for t in re.split(r"[,，、\s]+", text) if t]
    elif key == "scale" and ind.kind == "per_capita":
        ind.scale = float(text) if text else w.PER_SCALE["万"]


def _set_kind(ind: DraftIndicator, kind: str) -> None:
    ind.kind = kind
    if kind in ("status", "text"):
        ind.measure, ind.scale, ind.aggregate = None, None, None
        ind.direction = "done" if kind == "status" and ind.targets else None
        for target in ind.targets:
            target.value = None
        return
    ind.measure = ind.measure or "stock"
    if ind.direction in (None, "done") and ind.targets:
        ind.direction = "at_least"
    ind.scale = (ind.scale or w.PER_SCALE["万"]) if kind == "per_capita" else None
    ind.aggregate = ind.aggregate if kind == "amount" else None
    if kind in ("rate", "per_capita"):
        ind.numerator = ind.numerator or f"{ind.name}的分子"
        ind.denominator = ind.denominator or f"{ind.name}的分母"
    else:
        ind.numerator = ind.denominator = ""
    for target in ind.targets:
        target.value = w.read_target(target.text).value


def _set_target(ind: DraftIndicator, text: str, year: int | None) -> None:
    """The row's last target (or a new one for `year`), as the plan writes it."""
    if not text:
        ind.targets = []
        return
    value = None if ind.kind in ("status", "text") else w.read_target(text).value
    if ind.targets:
        ind.targets[-1].text, ind.targets[-1].value = text, value
    elif year is not None:
        ind.targets.append(Figure(year, text, value))
    if ind.direction is None:
        ind.direction = "done" if ind.kind == "status" else "at_least"
