"""Plan packages (issue 18, item 2): a county and its town on two machines (two homes, two
catalogs folders). A package installs the plan and enrols the town's file in one step; a
newer one updates the plan and carries the town's figures across renamed ids; an older one
is refused with both versions named; units the county added (临海's towns) travel with it;
a file that is not a package, or is one tampered with, is refused by name."""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from desktop.catalog import load_catalog
from desktop.errors import UserError
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.store import values as store
from desktop.usecases.entry import set_fields
from desktop.usecases.packages import export_packages, open_package
from desktop.usecases.plans import install_texts
from desktop.usecases.workspace import add_unit, create_data_file, open_workspace
from tests.catalog.mini import MINI_UNITS
from tests.usecases.test_versions import V1, V2

EAST, Q1 = "mini.east", Period(2025, 1)


@pytest.fixture
def machines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """`on("county")`, `on("town")`: the office whose home the program now runs in."""
    monkeypatch.setenv("YINLING_TODAY", "2025-05-20")

    def on(office: str) -> Path:
        home = tmp_path / office
        monkeypatch.setenv("HOME", str(home))
        monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
        monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
        return home

    return on


def test_a_newer_package_updates_the_plan_and_an_older_one_is_refused(
        machines: Callable[[str], Path], tmp_path: Path) -> None:
    machines("county")
    install_texts("mini", V1, {"mini.toml": MINI_UNITS})
    with create_data_file(tmp_path / "county.sqlite", "mini") as county:
        [first] = export_packages(county, "mini", [EAST], tmp_path / "v1")
    town_home = machines("town")
    assert "mini" not in load_catalog().plan_ids()  # a machine that has never seen the plan
    started = time.perf_counter()
    town, opened = open_package(first.path, tmp_path / "east.sqlite", clerk="王芳")
    seconds = time.perf_counter() - started
    assert opened.installed and opened.created and town.own_unit == EAST and seconds < 10
    assert (town_home / "share/yinling/plans/mini.toml").read_text(encoding="utf-8") == V1
    set_fields(town, EntryKey("mini", "mini.beds", EAST, str(Q1)), {"value": 24})
    town.close()

    machines("county")
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})  # 机构床位数 renamed
    with open_workspace(tmp_path / "county.sqlite") as county:
        [second] = export_packages(county, "mini", [EAST], tmp_path / "v2")
    assert second.issue == 2

    machines("town")
    town, opened = open_package(second.path, tmp_path / "east.sqlite")
    try:
        assert opened.installed and opened.replaced_version == 1 and not opened.created
        assert town.catalog.plan("mini").version == 2
        held = store.read_entries(town.data.db, "mini", [EAST], [str(Q1)])
        assert held[("mini.institution_beds", EAST, str(Q1))].value == 24  # carried by renamed_from
    finally:
        town.close()
    with pytest.raises(UserError) as info:
        open_package(first.path, tmp_path / "east.sqlite")
    assert "第 1 版" in str(info.value) and "第 2 版" in str(info.value)

    machines("another town")  # a machine that already has version 2
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})
    with pytest.raises(UserError) as info:
        open_package(first.path, tmp_path / "west.sqlite")
    assert "第 1 版" in str(info.value) and "已安装第 2 版" in str(info.value)
    assert not (tmp_path / "west.sqlite").exists()


def test_units_the_county_added_travel_with_the_package(machines: Callable[[str], Path],
                                                        tmp_path: Path) -> None:
    """临海's plan names no towns: the county adds them in its file; its package for one of
    them carries it, so the town's file is for that town, with no tree to choose from."""
    machines("county")
    with create_data_file(tmp_path / "linhai.sqlite", "linhai") as county:
        town = add_unit(county, "linhai", "大田街道", "street")
        [made] = export_packages(county, "linhai", [town.code], tmp_path)
    machines("town")
    ws, _opened = open_package(made.path, tmp_path / "datian.sqlite")
    with ws:
        assert ws.own_unit == town.code and ws.unit(town.code).name == "大田街道"
    with open_workspace(tmp_path / "datian.sqlite") as again:  # the unit is the file's own now
        assert again.unit(again.own_unit).name == "大田街道"


def test_what_a_county_cannot_package(machines: Callable[[str], Path], tmp_path: Path) -> None:
    machines("county")
    with create_data_file(tmp_path / "daba.sqlite", "qingtongxia.daba") as town, \
            pytest.raises(UserError) as info:
        export_packages(town, "qingtongxia", ["qingtongxia.xiakou"], tmp_path)
    assert "不是本单位（大坝镇）的下级单位" in str(info.value)
    assert not list(tmp_path.glob("*.ylpkg"))


def _package(tmp_path: Path, machines: Callable[[str], Path]) -> Path:
    machines("county")
    with create_data_file(tmp_path / "county.sqlite", "qingtongxia") as county:
        [made] = export_packages(county, "qingtongxia", ["qingtongxia.daba"], tmp_path)
    machines("town")
    return made.path


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], tuple[str, bytes] | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            changed = change(info.filename, old.read(info))
            if changed is not None:
                new.writestr(*changed)
    return target


@pytest.mark.parametrize(("case", "expected"), [
    ("not a zip", "不是银龄台账的方案包"),
    ("foreign member", "不该有的文件“../evil.sh”"),
    ("manifest without a key", "不完整或被改动过"),
    ("no plan", "不完整或被改动过"),
    ("broken catalog", "未通过检查"),
])
def test_a_file_that_is_not_a_good_package_is_refused(machines: Callable[[str], Path], tmp_path: Path,
                                                      case: str, expected: str) -> None:
    good = _package(tmp_path, machines)
    bad = tmp_path / "bad.ylpkg"
    if case == "not a zip":
        bad.write_text("hello", encoding="utf-8")
    elif case == "foreign member":
        _rewrite(good, bad, lambda n, d: (n, d))
        with zipfile.ZipFile(bad, "a") as archive:
            archive.writestr("../evil.sh", "rm -rf /")
    elif case == "manifest without a key":
        def drop_key(name: str, data: bytes) -> tuple[str, bytes]:
            if name != "package.json":
                return name, data
            manifest = json.loads(data)
            del manifest["key"]
            return name, json.dumps(manifest).encode()
        _rewrite(good, bad, drop_key)
    elif case == "no plan":
        _rewrite(good, bad, lambda n, d: None if n.startswith("plans/") else (n, d))
    else:  # a newer version whose catalog does not load: checked before anything is installed
        def break_plan(name: str, data: bytes) -> tuple[str, bytes]:
            if name == "package.json":
                manifest = json.loads(data)
                manifest["plan"]["version"] = 9
                return name, json.dumps(manifest).encode()
            if name.startswith("plans/"):
                newer = data.replace(b"version = 1", b"version = 9")
                return name, newer.replace(b'kind = "rate"', b'kind = "ratio"', 1)
            return name, data
        _rewrite(good, bad, break_plan)
    with pytest.raises(UserError) as info:
        open_package(bad, tmp_path / "town.sqlite")
    assert expected in str(info.value)
    assert not (tmp_path / "town.sqlite").exists()
    assert not (Path.home() / "share/yinling/plans").exists()  # nothing installed


def test_three_levels_a_district_enrolled_by_its_city_splits_on_and_signs_its_total(
        make_schema: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The city gives 东区 600 of its 1000 beds and a package; 东区 splits its 600 between its
    streets (its own target the total beside their parts), consolidates, and its consolidated
    report — judged against its 600, not the city's 1000 — arrives at the city verified."""
    from desktop.usecases.consolidating import consolidate
    from desktop.usecases.importing import commit_import, plan_import
    from desktop.usecases.targets import set_target, target_table
    from tests.usecases.test_region_targets import PLAN, Q2, UNITS
    from tests.usecases.totals import cell, import_all, unit_report, words

    monkeypatch.setenv("YINLING_TODAY", "2025-05-20")
    monkeypatch.setenv("YINLING_SCHEMA", str(make_schema(plan=PLAN, units=UNITS)))
    city = create_data_file(tmp_path / "city.sqlite", "city")
    set_target(city, "city", "city.beds", "city.east", 2025, "600")
    [made] = export_packages(city, "city", ["city.east"], tmp_path)
    district, _opened = open_package(made.path, tmp_path / "east.sqlite")
    set_target(district, "city", "city.beds", "city.east.a", 2025, "350")
    set_target(district, "city", "city.beds", "city.east.b", 2025, "250")
    [beds] = [r for r in target_table(district, "city", 2025).rows if r.indicator.id == "city.beds"]
    assert beds.total is not None and beds.total.text == "600张" and beds.parts_sum == 600 and beds.warning is None
    figures = {Q2: {"city.beds": {"value": "300"},
                    "city.nursing_share": {"numerator": "180", "denominator": "300"}}}
    streets = [unit_report(tmp_path / "streets", "city", code, figures, Q2)
               for code in ("city.east.a", "city.east.b")]
    import_all(district, streets)
    summary = tmp_path / "东区-汇总.xlsx"
    consolidate(district, "city", "city.east", Q2, summary)
    district.close()
    sheet = openpyxl.load_workbook(summary)["表1 主要指标"]
    assert words(cell(sheet, "养老床位数", "2025年目标").value) == "600张"
    assert words(cell(sheet, "养老床位数", "完成进度").value) == "100%已达标"
    [received] = plan_import(city, [summary]).files
    assert received.signature == "verified" and not received.refused
    commit_import(city, plan_import(city, [summary]))
    city.close()
