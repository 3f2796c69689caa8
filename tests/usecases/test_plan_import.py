"""`plan import`: a plan's table as a county pastes it into WPS becomes a draft catalog
whose proposals are marked and whose open questions are asked (DESIGN §3a).

The oracle: 青铜峡's 表1, laid out as its seed lays it out, against the hand-made
`schema/plans/qingtongxia.toml` 表1."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.catalog import load_catalog
from desktop.catalog.draft_toml import plan_text
from desktop.usecases.plan_import import UnitsGiven, import_sheet, make_draft
from desktop.usecases.workspace import UseCaseError
from tests.conftest import SEEDS
from tests.usecases.plan_sheets import (
    seed_lines_of_table1,
    write_new_plan_sheet,
    write_qingtongxia_table1,
)

SEED = "001_a7f631645fadad55.txt"


def test_the_sheet_is_the_seed_table_put_back_into_cells() -> None:
    """Nothing in the test sheet is invented: its cells are the seed's lines, in order."""
    lines = [line.strip() for line in (SEEDS / SEED).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    expected = seed_lines_of_table1()
    start = lines.index(expected[0])
    assert lines[start:start + len(expected)] == expected


def _draft_toml(tmp_path: Path, **kwargs: object) -> tuple[dict, str, object]:
    sheet = write_qingtongxia_table1(tmp_path / "表1.xlsx")
    draft, table = make_draft(sheet, UnitsGiven(region="qingtongxia"), plan_id="qtx",
                              years=(2023, 2025), **kwargs)  # type: ignore[arg-type]
    text = plan_text(draft, table.file, table.sheet)
    return tomllib.loads(text), text, draft


def test_table1_oracle_same_kinds_directions_targets_and_bodies(tmp_path: Path) -> None:
    """Each row of the draft against the hand-made catalog: kind, direction, the 2025
    target (value and text) and the responsible bodies agree, or the row asks about it.
    (The hand-made 表1 also carries a 2023 target for 评估机构 from 五、(二)1 of the prose;
    the table has only the 2025 column, so only 2025 is compared.)"""
    data, _text, _draft = _draft_toml(tmp_path)
    handmade = [i for i in load_catalog().plan("qingtongxia").indicators if i.table_id == "basic"]
    made = data["indicator"]
    assert len(made) == len(handmade) == 24
    assert len({i["section"] for i in made}) == 8
    table = ["| # | 指标 | kind | direction | 2025 | 责任单位 | 程序提问 |", "|---|---|---|---|---|---|---|"]
    unasked = []
    for number, (row, ind) in enumerate(zip(made, handmade, strict=True), start=1):
        assert (row["name"], row["section"]) == (ind.name, ind.section)
        target = ind.target_for(2025)
        got = row["targets"]["2025"]
        pairs = {"kind": (row["kind"], ind.kind.value),
                 "direction": (row.get("direction"), ind.direction.value if ind.direction else None),
                 "target": ((got.get("value"), got["text"]), (target.value, target.text)),
                 "bodies": (row.get("responsible", []), list(ind.responsible))}
        differ = [k for k, (a, b) in pairs.items() if a != b]
        asks = row.get("to_decide", [])
        if differ and not asks:
            unasked.append((ind.name, differ))
        cells = [f"{a}" + ("" if a == b else f" ≠ {b}") for a, b in pairs.values()]
        table.append(f"| {number} | {ind.name[:14]} | " + " | ".join(cells) + " | "
                     + ("；".join(q[:28] for q in asks) or "—") + " |")
    print("\n".join(table))
    assert unasked == []
    asked = {row["name"] for row in made if row.get("to_decide")}
    assert asked == {"机构养老床位空置率", "社会工作者与老年人比例", "社区老年大学分校(老年学校)比例",
                     "人均预期寿命"}


def test_every_proposal_is_marked_in_the_comments(tmp_path: Path) -> None:
    _data, text, draft = _draft_toml(tmp_path)
    blocks = text.split("[[indicator]]")[1:]
    assert len(blocks) == 24
    for block, ind in zip(blocks, draft.indicators, strict=True):
        assert re.search(rf"^# 第 {ind.row} 行：", block, re.M)
        assert "# 建议：" in block or "to_decide = [" in block
    flow = next(b for b in blocks if "居家适老化改造户数" in b)
    assert 'measure = "flow"' in flow and "本期新增（flow）：名称含“改造”" in flow


def test_the_answered_draft_is_an_ordinary_catalog(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sheet = write_qingtongxia_table1(tmp_path / "表1.xlsx")
    result = import_sheet(sheet, out, UnitsGiven(region="qingtongxia"), plan_id="qtx",
                          years=(2023, 2025))
    assert not result.draft.complete and result.units_path is None
    path = out / "plans" / "qtx.toml"
    path.write_text(re.sub(r"(?m)^to_decide = .*\n", "", path.read_text(encoding="utf-8")),
                    encoding="utf-8")
    from desktop.catalog.loader import read_plan_file

    plan = read_plan_file(path, load_catalog().units, "added")
    share = next(i for i in plan.indicators if i.name == "护理型床位占比")
    assert share.kind.value == "rate" and share.target_for(2025).value == 60
    assert share.source.quote == "护理型床位占比 60% 约束性 民政局"
    assert (out / "sources" / "表1.xlsx").exists()


def test_percentages_stored_as_numbers_read_as_the_table_shows_them(tmp_path: Path) -> None:
    """WPS keeps a pasted "60%" as 0.6 in a cell formatted 0%: the draft says 60, "60%"."""
    data, _text, _draft = _draft_toml(tmp_path)
    first = data["indicator"][0]  # row 3 of the sheet: stored as 0.6 formatted 0%
    assert first["targets"]["2025"] == {"value": 60, "text": "60%"}


def test_a_new_region_with_base_and_target_columns(tmp_path: Path) -> None:
    sheet = write_new_plan_sheet(tmp_path / "样例县.xlsx")
    result = import_sheet(sheet, tmp_path / "out", UnitsGiven(region_name="样例县",
                          names=("东镇", "西镇", "城关街道")), plan_id="yangli")
    draft = result.draft
    assert draft.complete, [q.render() for i in draft.indicators for q in i.questions]
    data = tomllib.loads(result.plan_path.read_text(encoding="utf-8"))
    assert data["plan"]["years"] == [2023, 2025]  # from the title（2023—2025年）
    assert data["plan"]["short_title"] == "样例县养老服务体系建设三年行动方案"
    rows = {r["name"]: r for r in data["indicator"]}
    share = rows["护理型床位占比"]
    assert share["direction"] == "at_least" and share["targets"]["2025"]["value"] == 60
    assert rows["机构养老床位空置率"]["direction"] == "at_most"
    per = rows["每千人拥有床位数"]
    assert (per["kind"], per["scale"], per["unit"]) == ("per_capita", 1000, "张/千人")
    assert per["numerator"] == "床位数" and per["denominator"] == "常住人口数"
    assert rows["居家适老化改造户数"]["responsible"] == ["民政局", "卫生健康局"]
    assert rows["健全养老服务综合监管制度"]["kind"] == "status"
    bases = {(b["indicator"], b["year"]): b["value"] for b in data["baseline"]}
    assert bases[(share["id"], 2020)] == 42.5 and bases[(per["id"], 2020)] == 35.1
    units = tomllib.loads(result.units_path.read_text(encoding="utf-8"))["unit"]
    by_name = {u["name"]: u for u in units}
    assert by_name["样例县"]["type"] == "county" and by_name["城关街道"]["type"] == "street"
    assert by_name["民政局"]["type"] == "department" and by_name["东镇"]["parent"] == "yangli"


def test_units_from_a_units_sheet(tmp_path: Path) -> None:
    units = tmp_path / "单位.xlsx"
    book = Workbook()
    for row in (("名称", "类型", "上级"), ("东镇", "镇", "样例县"), ("城关街道", "街道", ""),
                ("民政局", "部门", "")):
        book.active.append(row)
    book.save(units)
    sheet = write_new_plan_sheet(tmp_path / "样例县.xlsx")
    draft, _ = make_draft(sheet, UnitsGiven(region_name="样例县", sheet=units), plan_id="yangli")
    assert {(u.name, u.type) for u in draft.units} >= {("东镇", "town"), ("城关街道", "street"),
                                                       ("民政局", "department")}
    assert [u.name for u in draft.units].count("民政局") == 1


def test_a_name_that_says_no_unit_type_is_asked_for(tmp_path: Path) -> None:
    sheet = write_new_plan_sheet(tmp_path / "样例县.xlsx")
    with pytest.raises(UseCaseError, match="“幸福村”看不出是镇、乡、街道还是场"):
        make_draft(sheet, UnitsGiven(region_name="样例县", names=("幸福村",)), plan_id="yangli")


def test_a_sheet_without_a_header_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "乱表.xlsx"
    book = Workbook()
    book.active.append(("随便写的", 12))
    book.save(path)
    with pytest.raises(UseCaseError, match=r"乱表\.xlsx“Sheet”：前几行中找不到表头"):
        make_draft(path, UnitsGiven(region="qingtongxia"), plan_id="x")


def test_the_shipped_example_sheet_is_the_seed_table_and_imports(tmp_path: Path) -> None:
    """resources/examples/plan_table_example.xlsx: 青铜峡 表1 in the layout the README
    recommends; its rows are what `example_rows` builds from the seed's cells."""
    import openpyxl

    from tests.conftest import REPO
    from tests.usecases.plan_sheets import EXAMPLE_HEADER, example_rows

    path = REPO / "resources" / "examples" / "plan_table_example.xlsx"
    sheet = openpyxl.load_workbook(path)["指标表"]
    assert tuple(c.value for c in sheet[2]) == EXAMPLE_HEADER
    cells = [tuple(c.value or "" for c in row) for row in sheet.iter_rows(min_row=3)]
    expected = example_rows()
    assert [(r[0], r[2], *r[3:]) for r in cells] == [(r[0], r[2], *r[3:]) for r in expected]
    draft, _ = make_draft(path, UnitsGiven(region="qingtongxia"), plan_id="example",
                          years=(2023, 2025))
    assert [i.name for i in draft.open_rows] == ["机构养老床位空置率", "社会工作者与老年人比例",
                                                 "社区老年大学分校(老年学校)比例"]
    assert {(i.name, i.numerator) for i in draft.indicators if i.kind == "rate"} >= {
        ("护理型床位占比", "护理型床位数")}
    assert sum(len(i.baselines) for i in draft.indicators) == 2


def test_linhai_task_list_oracle(tmp_path: Path) -> None:
    """A task list laid out as 临海's (序号, 任务, year columns, 责任单位) against the hand-made
    linhai.toml: one status indicator per task, and for a task with figures one more with the
    same kind, direction, yearly targets and bodies."""
    from tests.usecases.plan_sheets import linhai_rows, write_linhai_tasks

    seed = (SEEDS / "004_05e428a3f359dd90.txt").read_text(encoding="utf-8")
    for heading, _task, text, figures, bodies in linhai_rows():
        assert heading in seed and text in seed and bodies in seed
        assert all(f in text for f in figures.values())
    sheet = write_linhai_tasks(tmp_path / "任务.xlsx")
    draft, table = make_draft(sheet, UnitsGiven(region="linhai"), plan_id="lh", years=(2022, 2025))
    assert table.layout == "tasks" and draft.complete
    data = tomllib.loads(plan_text(draft, table.file, table.sheet))
    handmade = load_catalog().plan("linhai")
    by_task: dict[int, list] = {}
    for ind in handmade.indicators:
        by_task.setdefault(ind.task, []).append(ind)
    made: dict[int, list] = {}
    for row in data["indicator"]:
        made.setdefault(row["task"], []).append(row)
    assert set(made) == {1, 2, 3, 4, 11, 12, 55}
    for task, rows in made.items():
        status, *figures = rows
        hand_status = next(i for i in by_task[task] if i.kind.value == "status")
        assert (status["kind"], status["name"], status["direction"]) == ("status", hand_status.name, "done")
        assert status["responsible"] == list(hand_status.responsible)
        assert status["section"] == hand_status.section
        hand_figures = [i for i in by_task[task] if i.kind.value != "status"]
        assert len(figures) == len(hand_figures)
        for row, ind in zip(figures, hand_figures, strict=True):
            assert (row["name"], row["kind"], row["direction"]) == (ind.name, ind.kind.value, ind.direction.value)
            assert {int(y): (t.get("value"), t["text"]) for y, t in row["targets"].items()} == {
                t.year: (t.value, t.text) for t in ind.targets}
            assert row.get("scale", ind.scale) == ind.scale
