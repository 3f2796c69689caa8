"""`[[unit_target]]`: a county's 目标分解 written in the catalog (DESIGN §3) — one unit's own
target for one indicator and year. Checked like every other entry: the indicator and the
unit exist, the unit lies below the plan's region and reports the indicator, the year is
within the plan, a count's target is whole, a rate's is in percent points, a number row
has a number and no unit is given two targets for one year.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.catalog.checks import rate_value_hundredfold
from desktop.catalog.errors import CatalogError, Problem
from desktop.catalog.model import Indicator, Kind, Source, UnitTarget, UnitTree
from desktop.messages import msg

Fail = Callable[[str, int, str, Problem], CatalogError]


def read_unit_targets(data: Mapping[str, Any], units: UnitTree, region: str,
                      years: tuple[int, int], by_id: Mapping[str, Indicator], fail: Fail
                      ) -> tuple[UnitTarget, ...]:
    found: list[UnitTarget] = []
    seen: dict[tuple[str, str, int], int] = {}
    for index, raw in enumerate(data.get("unit_target", [])):
        def problem(key: str, problem: Problem, index: int = index) -> CatalogError:
            return fail("unit_target", index, key, problem)

        ind = by_id.get(raw["indicator"])
        if ind is None:
            raise problem("indicator", msg("catalog.p.unknown_indicator", id=raw["indicator"]))
        _check_unit(raw["unit"], ind, units, region, problem)
        first, last = years
        if not first <= raw["year"] <= last:
            raise problem("year", msg("catalog.p.year_outside", year=raw["year"], first=first,
                                      last=last))
        _check_value(raw, ind, problem)
        key = (ind.id, raw["unit"], raw["year"])
        if key in seen:
            raise problem("unit", msg("targets.catalog_twice", unit=units.get(raw["unit"]).name,
                                      year=raw["year"], first=seen[key] + 1))
        seen[key] = index
        source = raw["source"]
        found.append(UnitTarget(ind.id, raw["unit"], raw["year"], raw["text"], raw.get("value"),
                                Source(source["file"], source["section"], source["quote"]),
                                raw.get("note", "")))
    return tuple(found)


def _check_unit(code: str, ind: Indicator, units: UnitTree, region: str,
                problem: Callable[[str, Problem], CatalogError]) -> None:
    if code not in units:
        raise problem("unit", msg("catalog.p.unknown_unit", code=code))
    unit = units.get(code)
    if code == region or not units.is_within(code, region):
        raise problem("unit", msg("targets.catalog_not_below", unit=unit.name,
                                  region=units.get(region).name))
    reports = ("department" in ind.reporting_level if unit.is_department
               else unit.type in ind.reporting_level)
    if not reports:
        raise problem("unit", msg("targets.catalog_not_reported", unit=unit.name, name=ind.name))


def _check_value(raw: Mapping[str, Any], ind: Indicator,
                 problem: Callable[[str, Problem], CatalogError]) -> None:
    value = raw.get("value")
    if ind.kind.is_number and value is None:
        raise problem("value", msg("targets.catalog_value_needed", name=ind.name))
    if not ind.kind.is_number and value is not None:
        raise problem("value", msg("targets.catalog_no_value", name=ind.name))
    if ind.kind is Kind.COUNT and value is not None and value != int(value):
        raise problem("value", msg("catalog.p.count_whole", value=value))
    # the same mistake as a plan's own rate target: 0.6 beside "60%"
    wrong = rate_value_hundredfold(raw) if ind.kind is Kind.RATE else None
    if wrong is not None:
        raise problem("value", wrong)
