"""What the baseline preview shows (issue 17, item 12), without a window: the unit columns
recognised, a heading that is not a unit offered for a choice, a chosen unit taken, the
long sheet's unit and whether the sheet named it; a name confirmed once remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.usecases.baselines import commit_baseline_import, plan_baseline_import
from desktop.usecases.checking import baselines_for
from desktop.usecases.workspace import UseCaseError, Workspace
from tests.usecases.conftest import PLAN
from tests.usecases.test_baseline_sheets import sheet

BEDS = "qingtongxia.family_care_beds"


def test_unit_columns_recognised_and_one_chosen(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "wide.xlsx", [
        ["指标", "大坝镇", "裕民街道办事处", "叶盛", "合计"],
        ["设立家庭照护床位", 40, 12, 3, 55],
    ])
    first = plan_baseline_import(county, [path], 2024, PLAN).files[0]
    assert [(ref, header, code) for ref, header, code in first.unit_columns] == [
        ("B1", "大坝镇", "qingtongxia.daba"), ("C1", "裕民街道办事处", "qingtongxia.yumin")]
    assert first.unknown_units == [("D1", "叶盛")]  # 合计 is never offered as a unit
    chosen = plan_baseline_import(county, [path], 2024, PLAN,
                                  unit_names={"叶盛": "qingtongxia.yesheng"})
    assert ("D1", "叶盛", "qingtongxia.yesheng") in chosen.files[0].unit_columns
    commit_baseline_import(county, chosen)
    found = baselines_for(county, county.catalog.plan(PLAN), "qingtongxia.yesheng", 2024)
    assert found[BEDS].value == 3


def test_a_unit_outside_the_region_cannot_be_chosen(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "wide.xlsx", [["指标", "大坝镇", "叶盛"], ["设立家庭照护床位", 40, 3]])
    with pytest.raises(UseCaseError, match="叶盛"):
        plan_baseline_import(county, [path], 2024, PLAN, unit_names={"叶盛": "linhai"})


def test_a_long_sheet_says_where_its_unit_came_from(county: Workspace, tmp_path: Path) -> None:
    named = sheet(tmp_path / "named.xlsx", [["填报单位：大坝镇"], ["指标名称", "2024年末"],
                                            ["设立家庭照护床位", 40]])
    bare = sheet(tmp_path / "bare.xlsx", [["指标名称", "2024年末"], ["设立家庭照护床位", 40]])
    files = plan_baseline_import(county, [named, bare], 2024, PLAN, unit="qingtongxia.xiakou").files
    assert (files[0].unit, files[0].unit_from_sheet) == ("qingtongxia.daba", True)
    assert (files[1].unit, files[1].unit_from_sheet) == ("qingtongxia.xiakou", False)
    assert files[1].values[0].unit == "qingtongxia.xiakou"
