"""Per-unit targets (issue 18, item 1): the county sets each town's own target — typed, or
from the sheet it keeps (units down or across, names matched as baselines are) — and the
目标分解 table sets the region's total beside the sum of the parts, warning when they
disagree. Only a file's units below it get targets; a figure that is not one plain
number, or breaks its kind's rules, is refused by its cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.errors import UserError
from desktop.usecases.target_sheets import commit_targets_import, plan_targets_import
from desktop.usecases.targets import set_target, target_table, unit_targets
from desktop.usecases.workspace import Workspace, create_data_file
from tests.usecases.conftest import PLAN
from tests.usecases.test_baseline_sheets import sheet

HOMES = "qingtongxia.home_aging_adaptation_households"  # 居家适老化改造户数, 1000户 in 2025
BEDS = "qingtongxia.family_care_beds"  # 设立家庭照护床位, 500张
SHARE = "qingtongxia.nursing_bed_share"  # 护理型床位占比, 60%
DABA, XIAKOU, YUMIN = "qingtongxia.daba", "qingtongxia.xiakou", "qingtongxia.yumin"


def targets_of(ws: Workspace, indicator: str, year: int = 2025) -> dict[str, tuple[float | None, str]]:
    found = unit_targets(ws, ws.catalog.plan(PLAN))
    return {unit: (t.value, t.text) for (ind, unit), years in found.targets.items()
            if ind == indicator and (t := years.get(year)) is not None}


def row(ws: Workspace, indicator: str, year: int = 2025) -> object:
    return next(r for r in target_table(ws, PLAN, year).rows if r.indicator.id == indicator)


def test_typed_targets_and_the_sum_beside_the_total(county: Workspace) -> None:
    set_target(county, PLAN, HOMES, DABA, 2025, "120户")
    set_target(county, PLAN, HOMES, XIAKOU, 2025, "1,000")
    set_target(county, PLAN, SHARE, YUMIN, 2025, "65%")
    assert targets_of(county, HOMES) == {DABA: (120, "120户"), XIAKOU: (1000, "1000户")}
    homes = row(county, HOMES)
    assert homes.total.text == "1000户" and homes.parts_sum == 1120  # type: ignore[attr-defined]
    warning = homes.warning.render()  # type: ignore[attr-defined]
    assert "分解合计 1120户，比全域目标 1000户 多 120户" in warning and "还有 9 个单位未分解" in warning
    share = row(county, SHARE)
    assert share.parts_sum is None and share.warning is None  # type: ignore[attr-defined]
    set_target(county, PLAN, HOMES, XIAKOU, 2025, "880")
    assert "比全域目标" not in str(row(county, HOMES).warning or "")  # type: ignore[attr-defined]
    set_target(county, PLAN, HOMES, XIAKOU, 2025, "")
    assert targets_of(county, HOMES) == {DABA: (120, "120户")}
    audit = county.data.db.execute("SELECT unit, period, field, old, new FROM audit WHERE how = 'target' "
                                   "ORDER BY id").fetchall()
    assert audit[0] == (DABA, "2025", "target", None, "120户") and audit[-1][3:] == ("880户", None)


@pytest.mark.parametrize(("unit", "indicator", "text", "expected"), [
    (DABA, HOMES, "约120户", "不是一个明确的数字"),
    (DABA, HOMES, "12.5", "不是整数"),
    (DABA, HOMES, "-3", "不能小于 0"),
    (DABA, SHARE, "160%", "0–100"),
    (PLAN, HOMES, "900", "不是本单位（青铜峡市）的下级单位"),
    ("qingtongxia.dept.minzheng", HOMES, "10", "民政局不填报"),
])
def test_a_wrong_target_is_refused_in_words(county: Workspace, unit: str, indicator: str, text: str,
                                            expected: str) -> None:
    with pytest.raises(UserError) as info:
        set_target(county, PLAN, indicator, unit, 2025, text)
    assert expected in str(info.value)
    assert targets_of(county, indicator) == {}


def test_a_town_sets_no_targets(tmp_path: Path) -> None:
    with create_data_file(tmp_path / "daba.sqlite", DABA) as town, pytest.raises(UserError) as info:
        set_target(town, PLAN, HOMES, XIAKOU, 2025, "100")
    assert "不是本单位（大坝镇）的下级单位" in str(info.value)


def test_a_sheet_with_units_across(county: Workspace, tmp_path: Path) -> None:
    """The header under a title; full-width names and an alias; the county's own column and
    a 合计 column listed, not taken; the year from the title."""
    path = sheet(tmp_path / "分解.xlsx", [
        ["2025年居家适老化改造等目标分解表"],
        ["指标名称", "青铜峡市", "大坝镇", "峡口镇", "裕民街道办事处", "合计"],
        ["居家适老化改造户数（户）", 1000, 120, "８８０", None, 1000],
        ["设立家庭照护床位", 500, 60, 40, 30, 130],
    ])
    plan = plan_targets_import(county, PLAN, [path])
    assert plan.year == 2025 and not plan.refused
    skipped = [str(p) for p in plan.files[0].skipped]
    assert any("青铜峡市" in s and "本单位" in s for s in skipped)
    assert any("合计" in s for s in skipped)
    commit_targets_import(county, plan)
    assert targets_of(county, HOMES) == {DABA: (120, "120户"), XIAKOU: (880, "880户")}
    assert targets_of(county, BEDS) == {DABA: (60, "60张"), XIAKOU: (40, "40张"), YUMIN: (30, "30张")}
    assert row(county, HOMES).warning is None  # type: ignore[attr-defined]  # 120 + 880 = 1000
    assert "少 370张" in row(county, BEDS).warning.render()  # type: ignore[attr-defined]


def test_a_sheet_with_units_down_through_the_cli(county: Workspace, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(tmp_path / "towns.xlsx", [
        ["单位", "居家适老化改造户数", "护理型床位占比"],
        ["大坝镇", 120, "62%"],
        ["峡口镇", 100, 0.58],
    ], formats={"C3": "0%"})
    county.close()
    db = str(county.data.path)
    assert cli(["targets", "import", "--db", db, "--plan", PLAN, "--year", "2025", "--dry-run",
                str(path)]) == 0
    assert "预览" in capsys.readouterr().out
    assert cli(["targets", "import", "--db", db, "--plan", PLAN, "--year", "2025", str(path)]) == 0
    assert "已写入 4 个分解目标（2025年）" in capsys.readouterr().out
    assert cli(["targets", "list", "--db", db, "--plan", PLAN, "--year", "2025", "--json"]) == 0
    import json

    listed = json.loads(capsys.readouterr().out)
    share = next(r for r in listed["rows"] if r["indicator"] == SHARE)
    assert share["parts"] == {DABA: {"value": 62, "text": "62%"}, XIAKOU: {"value": 58, "text": "58%"}}


def test_a_bad_cell_refuses_the_whole_sheet(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "bad.xlsx", [
        ["指标名称", "大坝镇", "峡口镇", "大坝镇"],
        ["居家适老化改造户数", 120, "约100", 130],
        ["护理型床位占比", 0.8, 61, None],
    ])
    plan = plan_targets_import(county, PLAN, [path], 2025)
    refusals = [str(p) for p in plan.files[0].refusals]
    assert any("C2" in r and "约100" in r for r in refusals)
    assert any("B3" in r for r in refusals)  # a bare 0.8 under a rate: 80 % or 0.8 %?
    assert any("D2" in r and "B2" in r for r in refusals)  # the same town twice, both cells
    with pytest.raises(UserError):
        commit_targets_import(county, plan)
    assert targets_of(county, HOMES) == {}


def test_a_sheet_of_another_year_is_refused(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "2024.xlsx", [["2024年目标分解"], ["指标名称", "大坝镇"], ["居家适老化改造户数", 100]])
    plan = plan_targets_import(county, PLAN, [path], 2025)
    assert plan.refused and "2024" in str(plan.files[0].refusals[0])
