"""`yinling plan import | check | add | list | remove` as an office runs them (DESIGN §9)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.cli import main
from desktop.paths import office_catalogs_dir
from tests.catalog.mini import MINI_PLAN, MINI_UNITS
from tests.conftest import SCHEMA
from tests.usecases.plan_sheets import write_new_plan_sheet, write_qingtongxia_table1


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _answer_all(plan: Path) -> None:
    """What the office does after reading the questions: answers them and deletes to_decide."""
    plan.write_text(re.sub(r"(?m)^to_decide = .*\n", "", plan.read_text(encoding="utf-8")),
                    encoding="utf-8")


def test_import_lists_the_questions_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                ) -> None:
    sheet = write_qingtongxia_table1(tmp_path / "表1.xlsx")
    out_dir = tmp_path / "draft"
    code, out, err = run(capsys, "plan", "import", str(sheet), "-o", str(out_dir), "--region",
                         "qingtongxia", "--id", "qtx", "--years", "2023-2025")
    assert code == 1, err
    assert "已写出草稿" in out and "（24 项指标）" in out
    assert "第 13 行 机构养老床位空置率：" in out and "第 25 行 人均预期寿命：" in out
    assert "4 处需要决定" in out and "yinling plan check" in out
    assert (out_dir / "plans" / "qtx.toml").exists()
    code, out, err = run(capsys, "plan", "import", str(sheet), "-o", str(out_dir), "--region",
                         "qingtongxia", "--id", "qtx")
    assert code == 1 and "已存在，不会覆盖" in err and out == ""


def test_import_of_a_complete_sheet_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    sheet = write_new_plan_sheet(tmp_path / "样例县.xlsx")
    code, out, err = run(capsys, "plan", "import", str(sheet), "-o", str(tmp_path / "d"),
                         "--region-name", "样例县", "--units-list", "东镇,西镇，城关街道", "--id", "yangli")
    assert code == 0, out + err
    assert "草稿完整" in out and "新增 6 个单位" in out


def test_check_lists_every_open_question_then_passes(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_qingtongxia_table1(tmp_path / "表1.xlsx")
    run(capsys, "plan", "import", str(sheet), "-o", str(tmp_path / "d"), "--region", "qingtongxia",
        "--id", "qtx", "--years", "2023-2025")
    code, _, err = run(capsys, "plan", "check", str(tmp_path / "d"))
    assert code == 1
    assert err.count("还有待确认的问题") == 4 and "第 " in err and "to_decide" in err
    _answer_all(tmp_path / "d" / "plans" / "qtx.toml")
    code, out, err = run(capsys, "plan", "check", str(tmp_path / "d"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] and report["files"][0]["plan"] == "qtx"


def test_check_finds_a_quote_the_document_beside_does_not_have(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_qingtongxia_table1(tmp_path / "表1.xlsx")
    run(capsys, "plan", "import", str(sheet), "-o", str(tmp_path / "d"), "--region", "qingtongxia",
        "--id", "qtx", "--years", "2023-2025")
    plan = tmp_path / "d" / "plans" / "qtx.toml"
    _answer_all(plan)
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('text = "1000户"', 'text = "2000户"', 1).replace(
        "居家适老化改造户数 1000户", "居家适老化改造户数 2000户"), encoding="utf-8")
    code, _, err = run(capsys, "plan", "check", str(plan))
    assert code == 1 and "出处引文在 表1.xlsx 中找不到" in err and "2000户" in err


def test_add_list_and_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_new_plan_sheet(tmp_path / "样例县.xlsx")
    run(capsys, "plan", "import", str(sheet), "-o", str(tmp_path / "d"), "--region-name", "样例县",
        "--units-list", "东镇,西镇,城关街道", "--id", "yangli")
    code, out, err = run(capsys, "plan", "add", str(tmp_path / "d"))
    assert code == 0, err
    assert "已安装规划 yangli（第 1 版）" in out
    assert (office_catalogs_dir() / "plans" / "yangli.toml").exists()
    assert (office_catalogs_dir() / "units" / "yangli.toml").exists()
    assert load_catalog().plan("yangli").origin == "added"
    code, out, _ = run(capsys, "plan", "list", "--json")
    listed = {p["id"]: p for p in json.loads(out)["plans"]}
    assert listed["yangli"]["origin"] == "added" and listed["yangli"]["active"]
    assert listed["qingtongxia"]["origin"] == "shipped"
    code, out, _ = run(capsys, "plan", "list")
    assert "yangli" in out and "本单位添加" in out and "随程序提供" in out
    code, _, err = run(capsys, "plan", "remove", "qingtongxia")
    assert code == 1 and "随程序提供，不能移除" in err
    code, out, err = run(capsys, "plan", "remove", "yangli")
    assert code == 0, err
    assert "yangli" not in load_catalog().plan_ids()
    assert "yangli" not in load_catalog().units  # its units went with it
    assert list((office_catalogs_dir() / "removed").rglob("yangli.toml"))


def test_remove_is_refused_while_the_data_file_holds_figures(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    sheet = write_new_plan_sheet(tmp_path / "样例县.xlsx")
    run(capsys, "plan", "import", str(sheet), "-o", str(tmp_path / "d"), "--region-name", "样例县",
        "--units-list", "东镇", "--id", "yangli")
    run(capsys, "plan", "add", str(tmp_path / "d"))
    db = str(tmp_path / "county.sqlite")
    assert run(capsys, "init", "--db", db, "--unit", "yangli")[0] == 0
    code, _, err = run(capsys, "set", "--db", db, "--plan", "yangli", "--unit", "yangli",
                       "--period", "2025Q1", "yangli.t1_04=12")
    assert code == 0, err
    code, _, err = run(capsys, "plan", "remove", "yangli", "--db", db)
    assert code == 1 and "1 个数值" in err and "--force" in err
    assert "yangli" in load_catalog().plan_ids()
    code, out, err = run(capsys, "plan", "remove", "yangli", "--db", db, "--force")
    assert code == 0 and "保留不动" in out
    run(capsys, "plan", "add", str(tmp_path / "d"))  # back again: the figure is still there
    code, out, _ = run(capsys, "check", "--db", db, "--plan", "yangli", "--unit", "yangli",
                       "--period", "2025Q1", "--json")
    assert code == 0


def test_a_plan_no_higher_than_the_shipped_one_is_refused(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "plans" / "qingtongxia.toml"
    copy.parent.mkdir()
    copy.write_text((SCHEMA / "plans" / "qingtongxia.toml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    code, _, err = run(capsys, "plan", "add", str(copy))
    assert code == 1 and "须把 version 提高到 2" in err


def test_a_new_version_that_drops_an_id_must_say_so(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "v1"
    (first / "plans").mkdir(parents=True)
    (first / "units").mkdir()
    (first / "plans" / "mini.toml").write_text(MINI_PLAN, encoding="utf-8")
    (first / "units" / "mini.toml").write_text(MINI_UNITS, encoding="utf-8")
    assert run(capsys, "plan", "add", str(first))[0] == 0
    second = MINI_PLAN.replace('id = "mini.beds"', 'id = "mini.institution_beds"').replace(
        'indicator = "mini.beds"', 'indicator = "mini.institution_beds"')
    (first / "plans" / "mini.toml").write_text(second, encoding="utf-8")
    code, _, err = run(capsys, "plan", "add", str(first))
    assert code == 1 and "去掉或改了编号的指标：mini.beds" in err
    renamed = second.replace('id = "mini.institution_beds"',
                             'id = "mini.institution_beds"\nrenamed_from = ["mini.beds"]')
    (first / "plans" / "mini.toml").write_text(renamed, encoding="utf-8")
    code, _, err = run(capsys, "plan", "check", str(first))
    assert code == 1 and "提高到 2 或以上" in err
    (first / "plans" / "mini.toml").write_text(renamed.replace("version = 1", "version = 2"),
                                               encoding="utf-8")
    code, _, err = run(capsys, "plan", "add", str(first))
    assert code == 0, err
    assert load_catalog().plan("mini").version == 2
