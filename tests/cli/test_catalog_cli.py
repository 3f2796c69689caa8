"""`yinling catalog` and `yinling units`, as a user or a script calls them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import REPO


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_catalog_json_is_one_document_with_every_plan(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalog", "--json")
    assert code == 0
    data = json.loads(out)
    plans = {p["id"]: p for p in data["plans"]}
    assert set(plans) == {"qingtongxia", "linhai", "liaoyuan", "weihai", "yingkou"}
    table1 = plans["qingtongxia"]["tables"][0]
    assert table1["title"].startswith("表1") and len(table1["sections"]) == 8
    first = plans["qingtongxia"]["indicators"][0]
    assert {"id", "name", "unit", "kind", "measure", "targets", "source"} <= set(first)
    share = next(i for i in plans["qingtongxia"]["indicators"] if i["name"] == "护理型床位占比")
    assert share["targets"] == [{"year": 2025, "value": 60, "text": "60%", "note": "",
                                 "source": None}]


def test_catalog_one_plan(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalog", "--plan", "linhai", "--json")
    assert code == 0
    assert [p["id"] for p in json.loads(out)["plans"]] == ["linhai"]


def test_catalog_summary_in_chinese_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalog", "--plan", "qingtongxia")
    assert code == 0
    assert "表1 积极应对人口老龄化实施方案基本指标（指标表）：24 项，8 个类别" in out
    assert "目标年份" in out
    code, out, _ = run(capsys, "--lang", "en", "catalog", "--plan", "linhai")
    assert "(task list)" in out and "target years: 2022, 2023, 2024, 2025" in out


def test_unknown_plan_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "catalog", "--plan", "nowhere")
    assert code == 2 and "nowhere" in err and "qingtongxia" in err


def test_broken_catalog_gives_one_clear_message(
        capsys: pytest.CaptureFixture[str], make_schema: Callable[..., Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_schema(edit=('kind = "count"', 'kind = "tally"'))
    monkeypatch.setenv("YINLING_SCHEMA", str(root))
    code, out, err = run(capsys, "catalog")
    assert code == 1 and out == ""
    assert "mini.toml" in err and "(mini.beds).kind" in err and "'tally' 不是可选的值" in err
    assert "Traceback" not in err


def test_units_json_is_a_tree(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "units", "--json")
    assert code == 0
    roots = {u["code"]: u for u in json.loads(out)["units"]}
    qtx = roots["qingtongxia"]
    assert qtx["name"] == "青铜峡市"
    names = {c["name"] for c in qtx["children"]}
    assert {"裕民街道", "大坝镇", "民政局"} <= names


def test_python_dash_m_entry_point() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "units", "--json"], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["units"]


def test_no_arguments_is_a_usage_error_only_when_wrong(capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    with pytest.raises(SystemExit) as info:
        main(["catalog", "--bogus"])
    assert info.value.code == 2
