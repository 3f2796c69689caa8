"""Every derived number, computed one way for the window, the reports and consolidation.

- a rate or per-capita figure from its parts (never from averaged percentages);
- 本年累计 for flows (sum of the year's quarters; for a rate, Σnum ÷ Σden);
- the year's figure for stocks (Q4, or the latest quarter entered so far);
- the change against the baseline;
- progress against the year's target, respecting its direction. A plan that gives only
  an end-year target is measured against it in earlier years as "towards", without
  inventing yearly targets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.catalog import Direction, Indicator, Kind, Measure
from desktop.periods import Period
from desktop.records import BaselineValue, Entry

# Below the year's target by less than this share counts as "behind", more as "off track".
BEHIND_TOLERANCE = 0.10


def quotient(numerator: float | None, denominator: float | None, scale: float) -> float | None:
    """numerator ÷ denominator × scale; None when a part is missing or the base is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator * scale


def figure(ind: Indicator, entry: Entry | None) -> float | None:
    """The number one entry shows: the value, or the rate from its parts."""
    if entry is None or not ind.kind.is_number:
        return None
    if ind.kind.has_parts:
        return quotient(entry.numerator, entry.denominator, ind.scale)
    return entry.value


@dataclass(frozen=True)
class Parts:
    """A number with, for rates, the parts it came from: what consolidation adds up."""

    value: float | None
    numerator: float | None = None
    denominator: float | None = None


def combine(ind: Indicator, entries: list[Entry]) -> Parts:
    """Several entries added up (quarters of a flow, or units of a consolidation)."""
    if ind.kind.has_parts:
        nums = [e.numerator for e in entries if e.numerator is not None]
        dens = [e.denominator for e in entries if e.denominator is not None]
        if not nums or not dens:
            return Parts(None)
        num, den = _tidy(sum(nums)), _tidy(sum(dens))
        return Parts(quotient(num, den, ind.scale), num, den)
    values = [e.value for e in entries if e.value is not None]
    return Parts(_tidy(sum(values)) if values else None)


def _tidy(total: float) -> float:
    """Binary floating point adds 1.0 + 2.57 as 3.5700000000000003; a figure read back from
    a report is 3.57. Nine decimals is far below anything a report shows."""
    return round(total, 9)


def year_to_date(ind: Indicator, by_period: Mapping[Period, Entry], period: Period) -> Parts:
    """本年累计 for flows; for stocks the latest figure up to `period` (期末数)."""
    quarters = [p for p in period.quarters_to_date() if p in by_period]
    if ind.measure is Measure.FLOW:
        return combine(ind, [by_period[p] for p in quarters])
    for quarter in reversed(quarters):
        entry = by_period[quarter]
        parts = Parts(figure(ind, entry), entry.numerator, entry.denominator)
        if parts.value is not None:
            return parts
    return Parts(None)


def year_figure(ind: Indicator, by_period: Mapping[Period, Entry], year: int) -> Parts:
    """The year's figure: Q4 (or the latest quarter) for stocks, the sum for flows."""
    return year_to_date(ind, by_period, Period(year, 4))


@dataclass(frozen=True)
class Change:
    absolute: float
    ratio: float | None  # None when the baseline is 0


def change_against(current: float | None, baseline: float | None) -> Change | None:
    if current is None or baseline is None:
        return None
    return Change(current - baseline, (current - baseline) / baseline if baseline else None)


def baseline_figure(ind: Indicator, baseline: BaselineValue | None) -> float | None:
    if baseline is None:
        return None
    if ind.kind.has_parts and baseline.numerator is not None:
        return quotient(baseline.numerator, baseline.denominator, ind.scale)
    return baseline.value


class ProgressState(StrEnum):
    MET = "met"  # 已达标
    ON_TRACK = "on_track"  # 进度正常
    BEHIND = "behind"  # 略有滞后
    OFF_TRACK = "off_track"  # 明显滞后
    TOWARDS = "towards"  # 向规划末年目标推进 (no target for this year)
    EXCEEDED = "exceeded"  # 超出上限: an at-most figure (空置率 ≤ 40%) above its ceiling
    NO_TARGET = "no_target"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class Progress:
    state: ProgressState
    target_year: int | None = None
    target_text: str = ""
    share: float | None = None  # figure ÷ target (at_least), for the 完成进度 column
    goal: float | None = None  # the target's value, for an at-most target's wording


def progress(ind: Indicator, period: Period, current: float | str | None) -> Progress:
    """Progress of the year-to-date figure (or status word) against the year's target."""
    target = ind.target_for(period.year)
    towards = False
    if target is None:
        final = ind.final_target
        if final is None:
            return Progress(ProgressState.NO_TARGET)
        # Before the final year: moving towards it. After the plan: still held to it, as
        # offices keep reporting on a plan until the next one arrives.
        target, towards = final, final.year > period.year
    if current is None or current == "":
        return Progress(ProgressState.NO_DATA, target.year, target.text)
    if ind.kind is Kind.STATUS or ind.direction is Direction.DONE:
        return _status_progress(str(current), target.year, target.text, period, towards)
    if target.value is None or not isinstance(current, int | float):
        return Progress(ProgressState.NO_TARGET, target.year, target.text)
    state, share = _number_progress(ind, float(current), target.value, period, towards)
    return Progress(state, target.year, target.text, share, target.value)


def _number_progress(ind: Indicator, current: float, goal: float, period: Period,
                     towards: bool) -> tuple[ProgressState, float | None]:
    share = current / goal if goal else None
    if ind.direction is Direction.AT_MOST:
        # A ceiling is kept or it is not: no share of it is "completed".
        return (ProgressState.MET if current <= goal else ProgressState.EXCEEDED), None
    if current >= goal:
        return ProgressState.MET, share
    if towards:
        return ProgressState.TOWARDS, share
    # A flow builds up over the year: by Q2 half the target is on track.
    expected = period.quarter / 4 if ind.measure is Measure.FLOW else 1.0
    reached = current / (goal * expected) if goal else 1.0
    if reached >= 1:
        return ProgressState.ON_TRACK, share
    if reached >= 1 - BEHIND_TOLERANCE:
        return ProgressState.BEHIND, share
    return ProgressState.OFF_TRACK, share


def _status_progress(status: str, year: int, text: str, period: Period, towards: bool
                     ) -> Progress:
    if status == "已完成":
        return Progress(ProgressState.MET, year, text)
    if towards:
        return Progress(ProgressState.TOWARDS, year, text)
    if status == "推进中":
        late = period.quarter == 4
        return Progress(ProgressState.BEHIND if late else ProgressState.ON_TRACK, year, text)
    return Progress(ProgressState.OFF_TRACK if period.quarter >= 3 else ProgressState.BEHIND,
                    year, text)
