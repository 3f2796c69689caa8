"""One report row (DESIGN §5) from the figures behind it: the target as the plan writes it,
the 上年基数, 本季度, 本年累计, the statistics layout's 上年同期, and 完成进度 in words. The
report, the blank template, the consolidated report and the window's form all build their
rows here, so a row reads the same everywhere."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal

from desktop.catalog import Direction, Indicator, Kind, Measure, Plan, Target
from desktop.excel.spec import PROGRESS_KEYS, ReportRow
from desktop.messages import Message, msg
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules.derive import (
    Parts,
    Progress,
    ProgressState,
    baseline_figure,
    figure,
    progress,
    year_to_date,
)


class _Note(Enum):
    OWN = "own"  # the row's note is the entry's own (not one composed by the consolidation)


_OWN_NOTE = _Note.OWN
GREEN = (ProgressState.MET, ProgressState.ON_TRACK)
PERCENT_UNITS = ("%", "％")


@dataclass(frozen=True)
class LastYear:
    """The same period last year, for the statistics layout: a figure, or none held."""

    value: float | None


def row_for(ind: Indicator, period: Period, by_period: dict[Period, Entry] | None,
            baselines: dict[str, BaselineValue], region: bool,
            note: str | Literal[_Note.OWN] | None = _OWN_NOTE, *,
            ytd: Parts | None = None, failing: bool = False, last_year: LastYear | None = None,
            own_target: Target | None = None, decimals: int = 0) -> ReportRow:
    """One report row; `by_period` None makes a blank template row. Consolidation passes the
    note it composed (status counts) and the 本年累计 it made; `failing` (a check of the row
    fails) keeps its progress from showing green; `own_target` is a target the county set for
    this unit (目标分解), which then replaces the plan's."""
    target = own_target or ind.target_for(period.year) or ind.final_target
    applies = region or own_target is not None or target_applies_to_part(ind)
    text = _own_text(own_target, period.year) if own_target else _target_text(
        ind, period.year, target.text if target else "")
    blank = ReportRow(indicator_id=ind.id, seq=ind.seq, section=ind.section, name=ind.name,
                      unit=ind.unit, kind=ind.kind, scale=ind.scale, denominator_name=ind.denominator,
                      target=text if applies or not text else msg("target.whole_region", text=text),
                      attribute=ind.attribute, responsible="、".join(ind.responsible),
                      baseline=baseline_figure(ind, baselines.get(ind.id)),
                      measure=ind.measure.value if ind.measure else "",
                      whole_fields=tuple(f for f in ("value", "numerator", "denominator")
                                         if ind.whole_number_required(f)),
                      decimals=decimals,
                      last_year=last_year.value if last_year else None,
                      last_year_missing=last_year is not None and last_year.value is None)
    if by_period is None:  # a blank template
        return blank
    entry = by_period.get(period)
    if ytd is None and ind.kind.is_number:
        ytd = year_to_date(ind, by_period, period)
    ytd_value = ytd.value if ytd is not None else None
    current: float | str | None = figure(ind, entry) if ind.kind.is_number else (
        entry.text if entry else None)
    state = progress(ind, period, ytd_value if ind.kind.is_number else current)
    if own_target is not None and own_target.value is not None and ind.kind.is_number:
        state = _against(ind, period, ytd_value, own_target)
    shown = applies and state.state not in (ProgressState.NO_DATA, ProgressState.NO_TARGET)
    words, colour = progress_words(state, ind, ytd_value, failing) if shown else ("", "")
    return replace(blank, numerator=entry.numerator if entry else None,
                   denominator=entry.denominator if entry else None,
                   value=current, year_to_date=ytd_value,
                   progress=words, progress_state=colour,
                   note=(entry.note if entry else None) if note is _Note.OWN else note)


def _against(ind: Indicator, period: Period, current: float | None, target: Target) -> Progress:
    """Progress against the unit's own target, read as the plan's own are: a later year's
    is moved towards, this year's is measured, an earlier year's is held to."""
    return progress(replace(ind, targets=(target,)), period, current)


def _own_text(target: Target, year: int) -> Message | str:
    return target.text if target.year == year else msg("target.of_year", text=target.text,
                                                       year=target.year)


def target_applies_to_part(ind: Indicator) -> bool:
    """A region's target in 户 or 张 is a total: a town's share of it is not set by the
    plan, so a town's report shows it for reference and measures no progress against it.
    A rate, a per-capita figure, a standard or a task applies to every unit as it is."""
    return ind.kind in (Kind.RATE, Kind.PER_CAPITA, Kind.STATUS) or ind.aggregate == "none"


def _target_text(ind: Indicator, year: int, text: str) -> Message | str:
    """The plan's own words; an end-year target shown in an earlier year says which year."""
    target = ind.target_for(year)
    if target is not None or not text:
        return text
    final = ind.final_target
    return msg("target.of_year", text=text, year=final.year) if final else text


def progress_words(state: Progress, ind: Indicator, current: float | None, failing: bool
                   ) -> tuple[Message | str, str]:
    """完成进度 as a clerk reads it, and the state that colours it. A ceiling (at most) is
    kept or exceeded — 30.7%（≤40%）已达标, 超出上限 10.0 个百分点 — never "77% complete";
    a row whose checks fail is not shown green until it is put right."""
    key = PROGRESS_KEYS.get(state.state.value)
    word: Message | str = msg(key) if key else ""
    text: Message | str
    if ind.direction is Direction.AT_MOST and current is not None and state.goal is not None:
        text = _ceiling_words(state, ind, current, word)
    elif state.share is None or ind.kind is Kind.STATUS:
        text = word
    else:
        text = msg("progress.share", share=f"{state.share:.0%}", word=word) if key else f"{state.share:.0%}"
    if failing and state.state in GREEN:
        return msg("progress.to_verify", text=text), ""
    return text, state.state.value


def _ceiling_words(state: Progress, ind: Indicator, current: float, word: Message | str
                   ) -> Message:
    percent = ind.kind is Kind.RATE or ind.unit.strip() in PERCENT_UNITS
    assert state.goal is not None
    if state.state is ProgressState.EXCEEDED:
        excess = current - state.goal
        if percent:
            return msg("progress.over_points", word=word, excess=f"{excess:.1f}")
        return msg("progress.over_by", word=word, excess=_plain(excess), unit=ind.unit)
    shown = f"{current:.1f}%" if percent else f"{_plain(current)}{ind.unit}"
    return msg("progress.within", shown=shown, target=state.target_text, word=word)


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:.2f}".rstrip("0")


def same_period_last_year(ind: Indicator, by_period: dict[Period, Entry], period: Period,
                          baseline: BaselineValue | None) -> LastYear:
    """The statistics layout compares with the same quarters of last year: a flow's
    本年累计 then (every quarter held), a stock's figure at that quarter's end; at year end
    last year's year-end baseline is that figure. Nothing held says so: never last year's
    whole year set against half of this one."""
    if not ind.kind.is_number:
        return LastYear(None)
    then = Period(period.year - 1, period.quarter)
    if ind.measure is Measure.FLOW:
        quarters = then.quarters_to_date()
        if all(q in by_period for q in quarters):
            return LastYear(year_to_date(ind, by_period, then).value)
    elif then in by_period and figure(ind, by_period[then]) is not None:
        return LastYear(figure(ind, by_period[then]))
    if period.quarter == 4:
        return LastYear(baseline_figure(ind, baseline))
    return LastYear(None)


def plan_decimals(plan: Plan, ind: Indicator) -> int:
    """How many decimals the plan writes this figure with (money to one decimal where the
    plan writes one): the most its targets and baselines show, at most 4."""
    if ind.kind is not Kind.AMOUNT:
        return 0
    values = [t.value for t in ind.targets if t.value is not None]
    values += [b.value for b in plan.baselines if b.indicator_id == ind.id]
    return max((_decimals_of(v) for v in values), default=0)


def _decimals_of(number: float) -> int:
    text = f"{round(float(number), 4):.4f}".rstrip("0")
    return min(4, len(text.split(".")[1])) if "." in text else 0


def numbered(rows: list[ReportRow]) -> list[ReportRow]:
    """序号 where the plan prints none (四、五 and the statistics tables): the row's place."""
    if any(r.seq for r in rows):
        return rows
    return [replace(r, seq=str(n)) for n, r in enumerate(rows, start=1)]
