"""The round of issue 18 from the command line, county and town on two machines (two homes),
real files throughout: targets from the county's sheet, packages for every child, the town
opens its own, enters and exports; the county imports it verified and consolidates, the
towns' own targets beside their figures in 分单位明细 and 已验证 in 报送情况."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main as cli
from tests.usecases.test_baseline_sheets import sheet

PLAN, DABA = "qingtongxia", "qingtongxia.daba"
HOMES = "qingtongxia.home_aging_adaptation_households"


@pytest.fixture
def on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    monkeypatch.setenv("YINLING_TODAY", "2025-05-20")

    def office(name: str) -> None:
        home = tmp_path / name
        monkeypatch.setenv("HOME", str(home))
        monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
        monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))

    return office


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli(list(argv))
    return code, capsys.readouterr().out


def test_the_round(tmp_path: Path, on: Callable[[str], None], capsys: pytest.CaptureFixture[str]) -> None:
    county, town = str(tmp_path / "county.sqlite"), str(tmp_path / "daba.sqlite")
    on("county")
    assert run(capsys, "init", "--db", county, "--unit", PLAN, "--clerk", "马丽")[0] == 0
    split = sheet(tmp_path / "2025年目标分解.xlsx", [
        ["2025年居家适老化改造户数分解"],
        ["填报单位", "居家适老化改造户数", "设立家庭照护床位"],
        ["大坝镇", 120, 60], ["峡口镇", 100, 40], ["合计", 220, 100]])
    code, out = run(capsys, "targets", "import", "--db", county, "--plan", PLAN, str(split))
    assert code == 0 and "已写入 4 个分解目标（2025年）" in out
    code, out = run(capsys, "package", "export", "--db", county, "--plan", PLAN, "--all-children",
                    "-o", str(tmp_path / "packages"), "--json")
    made = {p["unit"]: p for p in json.loads(out)["packages"]}
    assert code == 0 and made[DABA]["targets"] == 2 and len(made) == 28

    on("town")
    code, out = run(capsys, "package", "open", made[DABA]["file"], "--db", town, "--clerk", "王芳", "--json")
    opened = json.loads(out)
    assert code == 0 and opened["unit"] == DABA and opened["created"] and opened["targets"] == 2
    assert run(capsys, "set", "--db", town, "--plan", PLAN, "--unit", DABA, "--period", "2025Q2",
               f"{HOMES}=90")[0] == 0
    report = tmp_path / "大坝镇-2025Q2.xlsx"
    assert run(capsys, "export", "--db", town, "--plan", PLAN, "--unit", DABA, "--period", "2025Q2",
               "-o", str(report))[0] == 0
    book = openpyxl.load_workbook(report)
    row = next(r for r in book.worksheets[0].iter_rows(values_only=True) if r[2] == "居家适老化改造户数")
    assert "120户" in row and any(isinstance(c, str) and "75%" in c for c in row)  # its own target

    on("county")
    code, out = run(capsys, "import", "--db", county, str(report), "--json")
    assert code == 0 and json.loads(out)["files"][0]["signature"] == "verified"
    summary = tmp_path / "青铜峡市-2025Q2.xlsx"
    assert run(capsys, "consolidate", "--db", county, "--plan", PLAN, "--unit", PLAN, "--period", "2025Q2",
               "-o", str(summary))[0] == 0
    book = openpyxl.load_workbook(summary)
    detail = list(book["分单位明细"].iter_rows(values_only=True))
    header = next(r for r in detail if r[0] == "序号")
    start = next(i for i, r in enumerate(detail) if r[1] and "居家适老化改造户数" in str(r[1]))
    figure = detail[start]
    target = next(r for r in detail[start:] if r[3] == "目标")
    assert figure[header.index("大坝镇")] == 90 and target[header.index("大坝镇")] == 120
    assert target[header.index("峡口镇")] == 100 and target[header.index("汇总数")] == 1000
    status = list(book["报送情况"].iter_rows(values_only=True))
    columns = next(r for r in status if r[0] == "序号")
    assert next(r for r in status if r[1] == "大坝镇")[columns.index("验证")] == "已验证"
