"""The shipped catalogs, entry by entry, against the seed documents they cite.

A wrong target in a catalog becomes a wrong figure in every county's report, so each
figure is checked against the sentence it quotes, and each quote against its seed.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from desktop.catalog import Catalog, Direction, Indicator, Kind, Layout, Plan, load_catalog
from tests.conftest import SEEDS


@cache
def catalog() -> Catalog:
    return load_catalog()


@cache
def seed(name: str) -> str:
    return squash((SEEDS / name).read_text(encoding="utf-8"))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def by_name(plan_id: str, name: str) -> Indicator:
    found = [i for i in catalog().plan(plan_id).indicators if i.name == name]
    assert len(found) == 1, f"{plan_id}: {len(found)} indicators named {name!r}"
    return found[0]


def targets(ind: Indicator) -> dict[int, tuple[float | None, str]]:
    return {t.year: (t.value, t.text) for t in ind.targets}


ALL_INDICATORS = [i for p in catalog().plans for i in p.indicators]


def test_all_five_plans_ship() -> None:
    assert set(catalog().plan_ids()) == {"qingtongxia", "linhai", "liaoyuan", "weihai", "yingkou"}


@pytest.mark.parametrize("ind", ALL_INDICATORS, ids=lambda i: i.id)
def test_indicator_quotes_its_seed(ind: Indicator) -> None:
    assert squash(ind.source.quote) in seed(ind.source.file)
    for target in ind.targets:
        quote = (target.source or ind.source).quote
        assert squash(target.text) in squash(quote), f"{target.year}: {target.text}"
        if target.source:
            assert squash(target.source.quote) in seed(target.source.file)
    for conflict in ind.conflicts:
        assert squash(conflict.source.quote) in seed(conflict.source.file)
        assert squash(conflict.text) in squash(conflict.source.quote)


@pytest.mark.parametrize("plan", catalog().plans, ids=lambda p: p.id)
def test_baselines_quote_their_seed(plan: Plan) -> None:
    for base in plan.baselines:
        assert squash(base.source.quote) in seed(base.source.file), base.indicator_id
        assert squash(base.text) in squash(base.source.quote), base.indicator_id
        assert base.unit_code in catalog().units


@pytest.mark.parametrize("plan", catalog().plans, ids=lambda p: p.id)
def test_every_plan_cites_its_own_seed(plan: Plan) -> None:
    assert (SEEDS / plan.source_file).exists()
    assert {i.source.file for i in plan.indicators} == {plan.source_file}


# 青铜峡 (001): 表1 with 24 rows in 8 categories, prose targets, 2020 baselines.

def test_qingtongxia_table1_rows_and_categories() -> None:
    table = catalog().plan("qingtongxia").table("basic")
    assert table.layout is Layout.INDICATORS
    assert len(table.indicator_ids) == 24
    assert [s.name for s in table.sections] == [
        "老年人福利", "居家社区养老", "机构养老", "医养结合", "综合能力评估", "养老服务人才",
        "老年教育", "其他"]
    seqs = [catalog().plan("qingtongxia").indicator(i).seq for i in table.indicator_ids]
    assert seqs == [str(n) for n in range(1, 25)]


@pytest.mark.parametrize(("name", "value", "text", "attribute", "responsible"), [
    ("护理型床位占比", 60, "60%", "约束性", ("民政局",)),
    ("居家适老化改造户数", 1000, "1000户", "预期性", ("民政局",)),
    ("设立家庭照护床位", 500, "500张", "预期性", ("民政局", "卫生健康局")),
    ("机构养老床位空置率", 40, "40%", "预期性", ("民政局",)),
    ("65岁及以上老年人健康管理率", 75, "75%", "预期性", ("卫生健康局",)),
    ("人均预期寿命", 78.8, "78.8", "预期性", ()),
])
def test_qingtongxia_table1_sample(name: str, value: float, text: str, attribute: str,
                                   responsible: tuple[str, ...]) -> None:
    ind = by_name("qingtongxia", name)
    assert targets(ind) == {2025: (value, text)}
    assert ind.attribute == attribute and ind.responsible == responsible


def test_qingtongxia_vacancy_rate_is_a_ceiling() -> None:
    assert by_name("qingtongxia", "机构养老床位空置率").direction is Direction.AT_MOST


def test_qingtongxia_lottery_fund_contradiction_keeps_both() -> None:
    ind = by_name("qingtongxia", "福利彩票公益金用于养老服务业的比例")
    assert targets(ind) == {2025: (55, "55%")}
    assert [(c.value, c.source.section.startswith("五")) for c in ind.conflicts] == [(85, True)]


def test_qingtongxia_2020_baselines() -> None:
    plan = catalog().plan("qingtongxia")
    figures = {(b.indicator_id, b.year): b for b in plan.baselines}
    share = figures[(by_name("qingtongxia", "护理型床位占比").id, 2020)]
    assert (share.value, share.numerator, share.denominator) == (42.5, 476, 1120)
    values = {b.text for b in plan.baselines if b.unit_code == "qingtongxia"}
    assert {"1581张", "1120张", "476张", "15个"} <= values


def test_qingtongxia_prose_targets() -> None:
    texts = {t.text for i in catalog().plan("qingtongxia").indicators
             if i.table_id == "tasks" for t in i.targets}
    assert {"6000人以上", "10个", "20个", "25名以上", "3个以上"} <= {squash(t) for t in texts}


# 临海 (004): 94 tasks, year-by-year targets 2022–2025.

def test_linhai_has_94_tasks_each_with_one_status_row() -> None:
    plan = catalog().plan("linhai")
    status = [i.task for i in plan.indicators if i.kind is Kind.STATUS]
    assert sorted(status) == list(range(1, 95))
    assert {i.task for i in plan.indicators} == set(range(1, 95))
    assert [t.layout for t in plan.tables] == [Layout.TASKS, Layout.TASKS]
    assert all(i.responsible for i in plan.indicators if i.kind is Kind.STATUS)


@pytest.mark.parametrize(("task", "expected"), [
    (11, {2022: 290, 2023: 300, 2024: 310, 2025: 320}),
    (50, {2022: 25, 2023: 26, 2024: 27, 2025: 28}),
    (55, {2022: 10, 2023: 14, 2024: 17, 2025: 20}),
    (10, {2022: 11000, 2023: 10000, 2024: 10000, 2025: 10000}),
    (17, {2022: 10, 2023: 11, 2024: 12, 2025: 13}),
])
def test_linhai_year_by_year_targets(task: int, expected: dict[int, float]) -> None:
    rows = [i for i in catalog().plan("linhai").indicators
            if i.task == task and len(i.targets) == 4 and i.kind.is_number]
    assert {t.year: t.value for t in rows[0].targets} == expected


def test_linhai_per_capita_rows_are_per_10000() -> None:
    ind = next(i for i in catalog().plan("linhai").indicators
               if i.task == 55 and i.kind is Kind.PER_CAPITA)
    assert ind.scale == 10000 and ind.numerator and ind.denominator


# 辽源 (002) and 威海 (003): targets in the prose; 辽源's 2020 baselines.

@pytest.mark.parametrize(("plan", "name", "year", "value"), [
    ("liaoyuan", "二级以上综合性医院开设老年医学科比例", 2025, 60),
    ("liaoyuan", "福利事业彩票公益金用于支持发展养老服务的比例", 2025, 55),
    ("liaoyuan", "社区养老服务设施人均用地", 2025, 0.12),
    ("weihai", "家庭养老床位", 2023, 4857),
    ("weihai", "居家上门服务", 2023, 9714),
    ("weihai", "护理型床位占比", 2025, 60),
    ("weihai", "新增医养结合机构", 2025, 30),
])
def test_prose_targets(plan: str, name: str, year: int, value: float) -> None:
    assert by_name(plan, name).target_for(year).value == value


@pytest.mark.parametrize(("plan", "name", "year", "value"), [
    ("liaoyuan", "登记备案养老机构", 2020, 90),
    ("liaoyuan", "养老机构床位总数", 2020, 9279),
    ("liaoyuan", "养老机构入住老人", 2020, 5227),
    ("liaoyuan", "养老机构入住率", 2020, 56.33),
    ("liaoyuan", "医疗卫生机构与养老机构签约", 2020, 86),
    ("yingkou", "正常运营养老机构", 2023, 163),
    ("yingkou", "享受高龄津贴老年人", 2023, 9493),
    ("yingkou", "特殊困难高龄、失能、残疾老年人家庭适老化改造", 2023, 1500),
])
def test_baseline_sample(plan: str, name: str, year: int, value: float) -> None:
    ind = by_name(plan, name)
    found = [b.value for b in catalog().plan(plan).baselines
             if b.indicator_id == ind.id and b.year == year]
    assert found == [value]


def test_yingkou_is_a_statistics_table_without_targets() -> None:
    plan = catalog().plan("yingkou")
    assert [t.layout for t in plan.tables] == [Layout.STATISTICS]
    assert not plan.target_years
    assert all(b.unit_code == "yingkou" for b in plan.baselines)


# The reporting units.

def test_qingtongxia_units() -> None:
    units = catalog().units
    children = units.children("qingtongxia")
    types = [u.type for u in children if not u.is_department]
    assert types.count("town") == 8 and types.count("farm") == 2 and types.count("street") == 1
    assert "裕民街道" in {u.name for u in children}
    assert all(u.parent is None for u in units.roots)
    assert {r.code for r in units.roots} == {p.region for p in catalog().plans}


def test_every_responsible_body_is_a_department_of_its_region() -> None:
    for plan in catalog().plans:
        for ind in plan.indicators:
            for name in ind.responsible:
                assert catalog().units.department_named(plan.region, name), (ind.id, name)
