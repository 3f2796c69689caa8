"""`[[unit_target]]` (目标分解 in a catalog, DESIGN §3): loaded as each unit's own target, and
refused by name where it would show a wrong figure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.catalog import CatalogError, load_catalog
from tests.catalog.mini import MINI_PLAN, MINI_UNITS

UNITS = MINI_UNITS + """
[[unit]]
code = "mini.west"
name = "西镇"
type = "town"
parent = "mini"
"""


def unit_target(unit: str = "mini.east", value: str = "value = 600", text: str = "600张",
                indicator: str = "mini.beds", year: int = 2025) -> str:
    return f"""
[[unit_target]]
indicator = "{indicator}"
unit = "{unit}"
year = {year}
{value}
text = "{text}"
source = {{ file = "001_a7f631645fadad55.txt", section = "一", quote = "机构床位数1120张" }}
"""


def _load(make_schema: Callable[..., Path], *targets: str) -> object:
    return load_catalog(make_schema(plan=MINI_PLAN + "".join(targets), units=UNITS))


def _error(make_schema: Callable[..., Path], *targets: str) -> str:
    with pytest.raises(CatalogError) as info:
        _load(make_schema, *targets)
    return str(info.value)


def test_unit_targets_load_per_unit(make_schema: Callable[..., Path]) -> None:
    catalog = _load(make_schema, unit_target(), unit_target("mini.west", "value = 520", "520张"))
    found = {(t.unit_code, t.year): (t.value, t.text) for t in catalog.plan("mini").unit_targets}  # type: ignore[attr-defined]
    assert found == {("mini.east", 2025): (600, "600张"), ("mini.west", 2025): (520, "520张")}


@pytest.mark.parametrize(("entry", "expected"), [
    (unit_target("mini"), "样例县不在样例县之下"),
    (unit_target("mini.north"), "没有代码为 mini.north 的单位"),
    (unit_target(indicator="mini.nope"), "没有编号为 mini.nope 的指标"),
    (unit_target(year=2030), "2030"),
    (unit_target(value="value = 600.5"), "600.5"),
    (unit_target(value=""), "需要 value"),
    (unit_target("mini.dept.mz"), "民政局不填报“机构床位数”"),
    (unit_target(indicator="mini.nursing_share", value="value = 0.6", text="60%"), "应写 value = 60"),
])
def test_a_wrong_unit_target_is_refused_by_entry(make_schema: Callable[..., Path], entry: str,
                                                 expected: str) -> None:
    message = _error(make_schema, entry)
    assert "unit_target[0]" in message and expected in message


def test_one_unit_twice_in_a_year_is_refused(make_schema: Callable[..., Path]) -> None:
    message = _error(make_schema, unit_target(), unit_target(value="value = 700", text="700张"))
    assert "unit_target[1]" in message and "第 1 个" in message


def test_shipped_unit_targets_quote_their_seed() -> None:
    """青铜峡 四、(七)6: a 社会工作站 in each of the 8 镇 and 裕民街道 — nine targets of 1 that
    add up to the region's 9."""
    from tests.catalog.test_shipped import catalog, seed, squash

    plan = catalog().plan("qingtongxia")
    targets = [t for t in plan.unit_targets if t.indicator_id == "qingtongxia.town_social_work_stations"]
    assert len(targets) == 9 and sum(t.value or 0 for t in targets) == 9
    assert plan.indicator("qingtongxia.town_social_work_stations").target_for(2025).value == 9
    for plan in catalog().plans:
        for target in plan.unit_targets:
            assert target.source is not None
            assert squash(target.source.quote) in seed(target.source.file)
            assert squash(target.text) in squash(target.source.quote)
