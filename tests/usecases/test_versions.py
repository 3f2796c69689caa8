"""A plan's second version (DESIGN §3): `renamed_from` carries values, baselines and last
year's reports across; a dropped id's figures stay visible as 已停用指标; a report made
under the first version imports through the map. The version-2 catalog is made here."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.store import values as store
from desktop.usecases import entry, forms
from desktop.usecases.baselines import commit_baseline_import, plan_baseline_import
from desktop.usecases.checking import baselines_for
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.plans import install_texts
from desktop.usecases.reports import export_report
from desktop.usecases.versions import retired
from desktop.usecases.workspace import create_data_file, open_workspace
from tests.catalog.mini import MINI_PLAN, MINI_UNITS

Q4, Q1 = Period(2024, 4), Period(2025, 1)
VISITS = """
[[indicator]]
id = "mini.visits"
table = "basic"
section = "居家养老"
name = "上门探访人次"
unit = "人次"
kind = "count"
measure = "flow"
reporting_level = ["county", "town"]
source = { file = "001_a7f631645fadad55.txt", section = "一", quote = "探访" }
"""
V1 = MINI_PLAN.replace("years = [2023, 2025]", "years = [2023, 2026]") + VISITS
# Version 2: 机构床位数 gets a clearer id, 上门探访人次 is dropped.
V2 = (V1.replace("version = 1", "version = 2")
      .replace('id = "mini.beds"', 'id = "mini.institution_beds"\nrenamed_from = ["mini.beds"]')
      .replace('indicator = "mini.beds"', 'indicator = "mini.institution_beds"')
      .replace(VISITS, ""))
EAST = "mini.east"


@pytest.fixture
def first_version(tmp_path: Path) -> dict[str, Path]:
    """A town and its county working under version 1; the town's reports of 2024Q4 and
    2025Q1 exported under it."""
    install_texts("mini", V1, {"mini.toml": MINI_UNITS})
    town = create_data_file(tmp_path / "east.sqlite", EAST, clerk="王芳")
    for period, beds, visits in ((Q4, 20, 7), (Q1, 24, 9)):
        for ind, fields in (("mini.beds", {"value": beds}), ("mini.visits", {"value": visits}),
                            ("mini.nursing_share", {"numerator": 12, "denominator": beds})):
            entry.set_fields(town, EntryKey("mini", ind, EAST, str(period)), fields)
    files = {}
    for period in (Q4, Q1):
        files[str(period)] = tmp_path / f"east-{period}.xlsx"
        export_report(town, "mini", EAST, period, files[str(period)])
    town.close()
    create_data_file(tmp_path / "county.sqlite", "mini").close()
    files["town"], files["county"] = tmp_path / "east.sqlite", tmp_path / "county.sqlite"
    return files


def test_opening_under_version_2_moves_the_figures_to_the_new_id(first_version: dict[str, Path]
                                                                 ) -> None:
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})
    assert load_catalog().plan("mini").version == 2
    with open_workspace(first_version["town"]) as ws:
        key = EntryKey("mini", "mini.institution_beds", EAST, str(Q1))
        assert entry.read_entry(ws, key).value == 24
        assert store.read_entry(ws.data.db, EntryKey("mini", "mini.beds", EAST, str(Q1))) is None
        history = forms.cell_history(ws, key)
        assert history[0].how == "renamed" and (history[0].old, history[0].new) == (
            "mini.beds", "mini.institution_beds")
        assert any(r.how == "typed" and r.new == "24" for r in history)  # made under the old id
        form = forms.load_form(ws, "mini", EAST, Q1)
        assert {r.indicator.id for r in form.rows} == {"mini.nursing_share", "mini.institution_beds"}
    backups = list((first_version["town"].parent / "backups").glob("east-*-renames.sqlite"))
    assert len(backups) == 1
    with open_workspace(first_version["town"]):  # a second open moves nothing, backs up nothing
        pass
    assert len(list((first_version["town"].parent / "backups").glob("*-renames.sqlite"))) == 1


def test_a_dropped_id_stays_visible_with_its_old_name(first_version: dict[str, Path]) -> None:
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})
    with open_workspace(first_version["town"]) as ws:
        found = retired(ws.data, ws.catalog.plan("mini"), EAST)
    assert [(r.indicator, r.name, r.period, r.entry.value) for r in found] == [
        ("mini.visits", "上门探访人次", "2024Q4", 7), ("mini.visits", "上门探访人次", "2025Q1", 9)]


def test_a_report_of_version_1_imports_through_the_map(first_version: dict[str, Path]) -> None:
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})
    with open_workspace(first_version["county"]) as ws:
        plan = plan_import(ws, [first_version["2025Q1"]])
        summary = plan.files[0]
        assert not plan.refused, [str(p) for p in summary.refusals]
        assert not summary.changed_after_export  # the checksum holds over the old ids
        commit_import(ws, plan)
        assert entry.read_entry(ws, EntryKey("mini", "mini.institution_beds", EAST, "2025Q1")).value == 24
        found = retired(ws.data, ws.catalog.plan("mini"), EAST)
        assert [(r.indicator, r.entry.value) for r in found] == [("mini.visits", 9)]


def test_a_changed_value_in_a_version_1_report_is_still_noticed(first_version: dict[str, Path]
                                                                ) -> None:
    import zipfile

    path = first_version["2025Q1"]
    with zipfile.ZipFile(path) as book:
        parts = {i.filename: book.read(i) for i in book.infolist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet1"))
    assert b"<v>24</v>" in parts[sheet]
    parts[sheet] = parts[sheet].replace(b"<v>24</v>", b"<v>25</v>", 1)
    changed = path.with_name("changed.xlsx")
    with zipfile.ZipFile(changed, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})
    with open_workspace(first_version["county"]) as ws:
        assert plan_import(ws, [changed]).files[0].changed_after_export


def test_last_years_q4_report_of_version_1_is_a_baseline(first_version: dict[str, Path]) -> None:
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})
    with open_workspace(first_version["county"]) as ws:
        plan = plan_baseline_import(ws, [first_version["2024Q4"]], 2024, None)
        assert not plan.refused, [str(p) for f in plan.files for p in f.refusals]
        commit_baseline_import(ws, plan)
        found = baselines_for(ws, ws.catalog.plan("mini"), EAST, 2024)
    assert found["mini.institution_beds"].value == 20
    assert found["mini.nursing_share"].value == pytest.approx(60.0)
    assert "mini.visits" not in found and "mini.beds" not in found


def test_a_report_of_a_newer_version_is_still_refused(first_version: dict[str, Path]) -> None:
    install_texts("mini", V2.replace("version = 2", "version = 3"), {"mini.toml": MINI_UNITS})
    with open_workspace(first_version["town"]) as ws:
        export_report(ws, "mini", EAST, Q1, first_version["town"].with_name("v3.xlsx"))
    install_texts("mini", V2, {"mini.toml": MINI_UNITS})
    with open_workspace(first_version["county"]) as ws:
        plan = plan_import(ws, [first_version["town"].with_name("v3.xlsx")])
    assert plan.refused and "第 3 版" in str(plan.files[0].refusals[0])
