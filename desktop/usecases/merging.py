"""How a parent's figure is made (汇总, DESIGN §2), for the consolidated report, the
window's form of a parent unit and its trend:

- children plus 本级: the children's figures added up (counts and amounts summed, rates from
  summed parts, statuses counted, texts listed), plus the parent's own entry as one more
  contributor — never a replacement; an indicator only the parent reports is its entry;
- one figure, several departments: where only departments report a figure, the lead's
  (`lead`, else the first named) is the figure; the others are shown, never added;
- 本年累计 from what the children said: where the parent's file lacks some of a child's
  earlier quarters, that child's own 本年累计 from its latest report of the year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from desktop.catalog import STATUSES, Indicator, Kind, Measure, Plan, Unit, UnitTree
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules import derive
from desktop.rules.derive import Parts, combine
from desktop.rules.scope import reported_by
from desktop.store import received
from desktop.store import values as store
from desktop.usecases.checking import baselines_for
from desktop.usecases.workspace import Workspace

OWN = "本级"


@dataclass(frozen=True)
class YearToDate:
    """A parent's 本年累计, and which children it could not simply add up."""

    parts: Parts
    own_reported: tuple[str, ...] = ()  # children whose own stated 本年累计 was used
    incomplete: tuple[str, ...] = ()  # children lacking earlier quarters, with nothing to use


@dataclass(frozen=True)
class ChildYear:
    """One child's 本年累计 as the parent makes it: its quarters, or what it stated."""

    entries: tuple[Entry, ...]
    how: str  # sum | own (its report's stated 本年累计) | missing


class MergedQuarters:
    """The parent's figures for `quarters` (those of this year to date, and where asked
    the same of last year), from its own entries and its children's."""

    def __init__(self, ws: Workspace, plan: Plan, parent: Unit, children: tuple[Unit, ...],
                 quarters: tuple[Period, ...]) -> None:
        self.ws, self.plan, self.parent, self.children = ws, plan, parent, children
        self.quarters = quarters
        codes = [parent.code, *(c.code for c in children)]
        periods = [str(q) for q in quarters]
        db = ws.data.db
        rows = store.read_entries(db, plan.id, codes, periods)
        self.entries = {(ind, unit, Period.parse(p)): e for (ind, unit, p), e in rows.items()}
        stated = store.read_reported_ytd(db, plan.id, codes[1:], periods)
        self._stated: dict[tuple[str, str], dict[Period, float | None]] = {}
        for (ind, unit, p), value in stated.items():
            self._stated.setdefault((ind, unit), {})[Period.parse(p)] = value
        self._received = _received(ws, plan, codes[1:], periods)
        self._held = {c.code: set(self._received.get(c.code, ())) for c in children}
        for (_ind, unit, quarter) in self.entries:
            if unit in self._held:
                self._held[unit].add(quarter)
        tree = ws.catalog.units
        self._reports = {c.code: {i.id for i in reported_by(plan, c, tree)} for c in children}
        self._contributors: dict[str, list[Unit]] = {}
        self.baselines = self._baselines(max(quarters).year - 1)

    # Who adds up -----------------------------------------------------------------------

    def reporting(self, ind: Indicator) -> list[Unit]:
        return [c for c in self.children if ind.id in self._reports[c.code]]

    def contributors(self, ind: Indicator) -> list[Unit]:
        """Grassroots units add up; where only departments report a figure, the lead's is
        the figure, so one institution is never counted once per department."""
        if ind.id not in self._contributors:
            self._contributors[ind.id] = contributors(self.plan, self.ws.catalog.units, ind,
                                                      self.reporting(ind))
        return self._contributors[ind.id]

    def departments_beside(self, ind: Indicator) -> list[Unit]:
        """Departments that report a figure without being added up: shown beside it."""
        counted = self.contributors(ind)
        return [c for c in self.reporting(ind) if c.is_department and c not in counted]

    def merges(self, ind: Indicator) -> bool:
        """Whether the parent's figure is made from below (not only its own entry)."""
        return bool(self.contributors(ind))

    # Quarters --------------------------------------------------------------------------

    def own(self, ind: Indicator, quarter: Period) -> Entry | None:
        """The parent's own entry (本级) for a quarter, where it has one."""
        entry = self.entries.get((ind.id, self.parent.code, quarter))
        return entry if entry is not None and not entry.is_blank else None

    def child_entry(self, ind: Indicator, child: Unit, quarter: Period) -> Entry | None:
        entry = self.entries.get((ind.id, child.code, quarter))
        return entry if entry is not None and not entry.is_blank else None

    def by_period(self, ind: Indicator) -> dict[Period, Entry]:
        return {q: e for q in self.quarters if (e := self.entry(ind, q)) is not None}

    def entry(self, ind: Indicator, quarter: Period) -> Entry | None:
        """The parent's figure for a quarter: its contributors' plus its own (本级)."""
        parts: list[Entry] = []
        names: list[str] = []
        for child in self.contributors(ind):
            found = self.child_entry(ind, child, quarter)
            if found is not None:
                parts.append(found)
                names.append(child.name)
        own = self.own(ind, quarter)
        if own is not None:
            parts.append(own)
            names.append(OWN)
        if not parts:
            return None
        if ind.kind is Kind.AMOUNT and ind.aggregate == "none":
            # A standard like 元/月 is not added up: the parent's own figure where it has
            # one, else the lead department's; towns' own are shown per unit (分单位明细).
            if own is not None:
                return Entry(value=own.value)
            lead = self.contributors(ind)
            return parts[0] if len(lead) == 1 and lead[0].is_department else None
        return _combine(ind, parts, names)

    def note(self, ind: Indicator, period: Period) -> str | None:
        own = self.entries.get((ind.id, self.parent.code, period))
        if own is not None and own.note:  # about the parent's own figure, not the total
            return f"{OWN}：{own.note}" if self.merges(ind) else own.note
        if ind.kind is Kind.STATUS:
            units = [*self.contributors(ind), self.parent]
            words = Counter(e.text for u in units
                            if (e := self.entries.get((ind.id, u.code, period))) and e.text)
            return "；".join(f"{w} {words[w]} 个" for w in STATUSES if words[w]) or None
        return None

    # 本年累计 ---------------------------------------------------------------------------

    def year_to_date(self, ind: Indicator, period: Period) -> YearToDate:
        """本年累计 up to `period`: a stock's latest figure; a flow's quarters added up, each
        child's own stated 本年累计 standing in where this file lacks its earlier quarters."""
        if not ind.kind.is_number:
            return YearToDate(Parts(None))
        if ind.measure is not Measure.FLOW:
            return YearToDate(derive.year_to_date(ind, self.by_period(ind), period))
        pieces: list[Entry] = []
        own_reported: list[str] = []
        incomplete: list[str] = []
        for child in self.contributors(ind):
            year = self.child_year(ind, child, period)
            if year.how == "missing":
                incomplete.append(child.name)
            elif year.how == "own":
                own_reported.append(child.name)
            pieces.extend(year.entries)
        pieces.extend(e for q in period.quarters_to_date() if (e := self.own(ind, q)))
        if incomplete:
            return YearToDate(Parts(None), tuple(own_reported), tuple(incomplete))
        if ind.aggregate == "none" and ind.kind is Kind.AMOUNT:
            return YearToDate(derive.year_to_date(ind, self.by_period(ind), period))
        return YearToDate(combine(ind, pieces) if pieces else Parts(None),
                          tuple(own_reported))

    def child_year(self, ind: Indicator, child: Unit, period: Period) -> ChildYear:
        """A child's 本年累计 of a flow: the sum of its quarters this file holds, unless it
        lacks some quarter before the child's latest report of the year; then what that
        report stated (a rate's parts are not stated: nothing to use)."""
        quarters = period.quarters_to_date()
        held = [e for q in quarters if (e := self.child_entry(ind, child, q)) is not None]
        latest = max((q for q in self._received.get(child.code, ()) if q in quarters),
                     default=None)
        if latest is None:
            return ChildYear(tuple(held), "sum")
        lacking = [q for q in quarters if q < latest and q not in self._held[child.code]]
        if not lacking:
            return ChildYear(tuple(held), "sum")
        said = self._stated.get((ind.id, child.code), {})
        after = [e for q in quarters if q > latest and (e := self.child_entry(ind, child, q))]
        if latest in said and said[latest] is None:
            return ChildYear(tuple(after), "sum")  # its report states no figure this year
        if latest not in said or ind.kind.has_parts:
            return ChildYear((), "missing")
        return ChildYear((Entry(value=said[latest]), *after), "own")

    # Baselines -------------------------------------------------------------------------

    def _own_last_year(self, year: int) -> dict[str, BaselineValue]:
        """The parent's own 本级 figures of `year`, from its own quarters in this file."""
        rows = store.read_entries(self.ws.data.db, self.plan.id, [self.parent.code],
                                  [str(q) for q in Period.of_year(year)])
        entries = {(i, Period.parse(p)): e for (i, _u, p), e in rows.items() if not e.is_blank}
        return _year_figures(self.plan, entries, year)

    def _baselines(self, year: int) -> dict[str, BaselineValue]:
        """The parent's 上年基数: its own (last year's county total, from the catalog or
        last year's report) where it has one, else its contributors' added up with its own
        本级 of last year."""
        own = baselines_for(self.ws, self.plan, self.parent.code, year)
        per_child: dict[str, dict[str, BaselineValue]] = {c.code: {} for c in self.children}
        stored = store.read_baselines(self.ws.data.db, self.plan.id, list(per_child), year)
        for (indicator, unit), base in stored.items():
            per_child[unit][indicator] = base
        local = self._own_last_year(year)
        for ind in self.plan.indicators:
            if ind.id in own or not ind.kind.is_number:
                continue
            counted = self.contributors(ind)
            parts = [per_child[c.code][ind.id] for c in counted if ind.id in per_child[c.code]]
            if ind.aggregate == "none":  # not added up: the lead department's, as entry() has it
                if len(counted) == 1 and counted[0].is_department and parts:
                    own[ind.id] = replace(parts[0], unit=self.parent.code)
                continue
            if parts and ind.id in local:
                parts.append(local[ind.id])
            if parts:
                summed = combine(ind, [Entry(value=b.value, numerator=b.numerator,
                                             denominator=b.denominator) for b in parts])
                own[ind.id] = BaselineValue(ind.id, self.parent.code, year, summed.value,
                                            summed.numerator, summed.denominator)
        return own


def _year_figures(plan: Plan, entries: dict[tuple[str, Period], Entry], year: int
                  ) -> dict[str, BaselineValue]:
    """Each indicator's year figure from one unit's quarters (Q4's stock, the flow's sum)."""
    by_indicator: dict[str, dict[Period, Entry]] = {}
    for (indicator_id, quarter), entry in entries.items():
        by_indicator.setdefault(indicator_id, {})[quarter] = entry
    found = {}
    for ind_id, quarters in by_indicator.items():
        if not plan.has_indicator(ind_id):
            continue
        ind = plan.indicator(ind_id)
        if ind.kind.is_number:
            parts = derive.year_figure(ind, quarters, year)
            if parts.value is not None:
                found[ind_id] = BaselineValue(ind_id, "", year, parts.value, parts.numerator,
                                              parts.denominator)
    return found


def contributors(plan: Plan, tree: UnitTree, ind: Indicator, reporting: list[Unit]) -> list[Unit]:
    """Of the children that report a figure, those whose figures make the parent's: every
    grassroots unit (镇, 街道, 场); where only departments report it, the lead alone."""
    grassroots = [c for c in reporting if not c.is_department]
    if grassroots:
        return grassroots
    lead = tree.department_named(plan.region, ind.lead_department)
    return [lead] if lead in reporting else reporting[:1]


def _received(ws: Workspace, plan: Plan, units: list[str], periods: list[str]
              ) -> dict[str, set[Period]]:
    """Which quarters' reports this file received from each unit."""
    found = received.received_quarters(ws.data.db, plan.id, units, periods)
    return {unit: {Period.parse(p) for p in quarters} for unit, quarters in found.items()}


def _combine(ind: Indicator, parts: list[Entry], names: list[str]) -> Entry | None:
    if ind.kind.has_parts:
        summed = combine(ind, parts)
        return Entry(numerator=summed.numerator, denominator=summed.denominator)
    if ind.kind is Kind.STATUS:
        words = {e.text for e in parts if e.text}
        if not words:
            return None
        return Entry(text=words.pop() if len(words) == 1 else "推进中")
    if ind.kind is Kind.TEXT:
        listed = "；".join(f"{n}：{e.text}" for n, e in zip(names, parts, strict=True) if e.text)
        return Entry(text=listed[:2000] or None)
    return Entry(value=combine(ind, parts).value)
