"""The shipped catalogs, the office's catalogs folder and `YINLING_SCHEMA` are all loaded;
the JSON Schemas always come from the program (DESIGN §3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.paths import office_catalogs_dir
from tests.catalog.mini import MINI_PLAN, MINI_UNITS
from tests.conftest import SCHEMA


def _office(plan: str = MINI_PLAN, units: str = MINI_UNITS, name: str = "mini") -> Path:
    root = office_catalogs_dir()
    (root / "plans").mkdir(parents=True, exist_ok=True)
    (root / "units").mkdir(exist_ok=True)
    (root / "plans" / f"{name}.toml").write_text(plan, encoding="utf-8")
    if units:
        (root / "units" / f"{name}.toml").write_text(units, encoding="utf-8")
    return root


def test_an_office_plan_loads_beside_the_shipped_ones() -> None:
    """No JSON Schema and no seed-style file name in the office's folder: neither is needed."""
    root = _office(MINI_PLAN.replace("001_a7f631645fadad55.txt", "样例县十五五指标表.xlsx"))
    assert not list(root.rglob("*.json"))
    catalog = load_catalog()
    assert {"qingtongxia", "linhai", "mini"} <= set(catalog.plan_ids())
    mini = catalog.plan("mini")
    assert mini.origin == "added" and Path(mini.path) == root / "plans" / "mini.toml"
    assert mini.source_file == "样例县十五五指标表.xlsx"
    assert catalog.plan("qingtongxia").origin == "shipped"
    assert "mini.east" in catalog.units


def test_a_higher_version_of_a_shipped_plan_wins_an_equal_one_does_not() -> None:
    shipped = (SCHEMA / "plans" / "qingtongxia.toml").read_text(encoding="utf-8")
    renamed = shipped.replace('short_title = "青铜峡市积极应对人口老龄化"', 'short_title = "青铜峡（办公室版）"')
    _office(renamed, units="", name="qingtongxia")
    assert load_catalog().plan("qingtongxia").origin == "shipped"
    _office(renamed.replace("version = 1", "version = 2", 1), units="", name="qingtongxia")
    plan = load_catalog().plan("qingtongxia")
    assert plan.origin == "added" and plan.version == 2 and plan.short_title == "青铜峡（办公室版）"
    assert load_catalog().plan_ids().count("qingtongxia") == 1


def test_the_extra_folder_is_loaded_beside_the_others(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra"
    (extra / "plans").mkdir(parents=True)
    (extra / "units").mkdir()
    (extra / "plans" / "mini.toml").write_text(MINI_PLAN, encoding="utf-8")
    (extra / "units" / "mini.toml").write_text(MINI_UNITS, encoding="utf-8")
    monkeypatch.setenv("YINLING_SCHEMA", str(extra))
    catalog = load_catalog()
    assert catalog.plan("mini").origin == "extra" and "qingtongxia" in catalog.plan_ids()


def test_the_same_unit_carried_by_two_plans_is_one_unit() -> None:
    _office()
    _office(MINI_PLAN.replace('id = "mini"', 'id = "mini2"').replace('"mini.', '"mini2.'),
            units=MINI_UNITS, name="mini2")
    catalog = load_catalog()
    assert [u.code for u in catalog.units.units].count("mini.east") == 1
    assert catalog.plan("mini2").region == "mini"


def test_the_cache_follows_the_office_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path
                                             ) -> None:
    monkeypatch.setenv("YINLING_CATALOG_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert "mini" not in load_catalog().plan_ids()
    root = _office()
    assert "mini" in load_catalog().plan_ids()
    (root / "plans" / "mini.toml").write_text(MINI_PLAN.replace("护理型床位占比", "护理床位比例"),
                                              encoding="utf-8")
    assert load_catalog().plan("mini").indicator("mini.nursing_share").name == "护理床位比例"
    (root / "plans" / "mini.toml").unlink()
    assert "mini" not in load_catalog().plan_ids()
