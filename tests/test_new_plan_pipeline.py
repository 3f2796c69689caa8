"""Issue 15, done when: a plan made from a sheet in a test runs the full pipeline (init,
set, check, export, template, import, consolidate, the window opens on it) with no file
of the program changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow
from desktop.usecases.workspace import open_workspace
from tests.conftest import REPO
from tests.usecases.plan_sheets import write_new_plan_sheet


def _program_files() -> dict[str, str]:
    found = {}
    for folder in ("desktop", "schema", "resources"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                found[str(path.relative_to(REPO))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, f"{argv}: {out}{err}"
    return out


def test_a_plan_from_a_sheet_runs_the_whole_pipeline(tmp_path: Path, qtbot: QtBot,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = _program_files()
    sheet = write_new_plan_sheet(tmp_path / "样例县养老服务指标表.xlsx")
    run(capsys, "plan", "import", str(sheet), "-o", str(tmp_path / "draft"), "--region-name",
        "样例县", "--units-list", "东镇,西镇,城关街道", "--id", "yangli")
    run(capsys, "plan", "check", str(tmp_path / "draft"))
    run(capsys, "plan", "add", str(tmp_path / "draft"))
    units = {u["name"]: u["code"] for root in json.loads(run(capsys, "units", "--json"))["units"]
             if root["code"] == "yangli" for u in [root, *root["children"]]}
    east, west = units["东镇"], units["西镇"]
    ids = {i["name"]: i["id"] for i in json.loads(
        run(capsys, "catalog", "--plan", "yangli", "--json"))["plans"][0]["indicators"]}
    town = str(tmp_path / "east.sqlite")
    run(capsys, "init", "--db", town, "--unit", east, "--clerk", "张敏")
    run(capsys, "set", "--db", town, "--plan", "yangli", "--unit", east, "--period", "2025Q1",
        f"{ids['护理型床位占比']}.num=30", f"{ids['护理型床位占比']}.den=50",
        f"{ids['每千人拥有床位数']}.num=40", f"{ids['每千人拥有床位数']}.den=1500",
        f"{ids['居家适老化改造户数']}=120", f"{ids['健全养老服务综合监管制度']}=推进中")
    check = json.loads(run(capsys, "check", "--db", town, "--plan", "yangli", "--unit", east,
                           "--period", "2025Q1", "--json"))
    assert check["errors"] == 0
    run(capsys, "export", "--db", town, "--plan", "yangli", "--unit", east, "--period", "2025Q1",
        "-o", str(tmp_path / "east.xlsx"))
    run(capsys, "template", "--plan", "yangli", "--unit", west, "--period", "2025Q1",
        "-o", str(tmp_path / "west.xlsx"))
    county = str(tmp_path / "county.sqlite")
    run(capsys, "init", "--db", county, "--unit", "yangli")
    run(capsys, "import", "--db", county, str(tmp_path / "east.xlsx"), str(tmp_path / "west.xlsx"))
    out = run(capsys, "consolidate", "--db", county, "--plan", "yangli", "--unit", "yangli",
              "--period", "2025Q1", "-o", str(tmp_path / "county.xlsx"))
    assert "已报 2 个单位，未报 1 个" in out  # 东镇 in figures, 西镇 as its blank template
    with open_workspace(county) as ws:
        from desktop.periods import Period
        from desktop.usecases.consolidating import consolidate

        result = consolidate(ws, "yangli", "yangli", Period(2025, 1))
        rows = {r.name: r for s in result.spec.sheets for r in s.rows}
        assert rows["每千人拥有床位数"].value == pytest.approx(40 / 1500 * 1000)
        assert rows["护理型床位占比"].value == pytest.approx(60.0)
        window = MainWindow(ws, settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        top = window.navigator.topLevelItem(0)
        assert top.text(0) == "样例县养老服务体系建设三年行动方案"
        assert window.model.rowCount() == 6
        window.close()
    assert _program_files() == before
