"""`yinling undo` and `yinling history` as a clerk types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

SCOPE = ("--plan", "qingtongxia", "--unit", "qingtongxia.daba", "--period", "2025Q1")
BEDS = "qingtongxia.family_care_beds"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "daba.sqlite")
    run(capsys, "init", "--db", path, "--unit", "qingtongxia.daba", "--clerk", "李明")
    for value in ("12", "15"):
        assert run(capsys, "set", "--db", path, *SCOPE, f"{BEDS}={value}")[0] == 0
    return path


def beds(capsys: pytest.CaptureFixture[str], db: str) -> object:
    code, out, _ = run(capsys, "history", "--db", db, *SCOPE, "--json")
    assert code == 0
    return next((r["new"] for r in json.loads(out) if r["indicator"] == BEDS), None)


def test_undo_one_step_then_two(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "undo", "--db", db)
    assert code == 0, err
    assert "已撤销" in out and "录入" in out
    assert beds(capsys, db) == "12"
    code, out, _ = run(capsys, "undo", "--db", db, "--steps", "2")
    assert code == 0 and out.count("已撤销") == 1  # only one was left
    assert beds(capsys, db) is None
    code, _, err = run(capsys, "undo", "--db", db)
    assert code == 1 and "没有可撤销的修改" in err


def test_history_lists_each_change_with_its_step_and_how(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "undo", "--db", db)
    code, out, _ = run(capsys, "history", "--db", db, "--json")
    assert code == 0
    records = json.loads(out)
    assert [r["how"] for r in records] == ["undone", "typed", "typed"]
    assert records[0]["undoes"] == records[1]["step"] and records[0]["who"] == "李明"
    assert records[0]["indicator_name"] == "设立家庭照护床位"
    code, out, _ = run(capsys, "history", "--db", db, *SCOPE)
    lines = out.strip().splitlines()
    assert len(lines) == 3 and "15 → 12" in lines[0] and "大坝镇" in lines[0]
    assert f"撤销（第 {records[1]['step']} 步）" in lines[0]
    code, out, _ = run(capsys, "--lang", "en", "history", "--db", db, "--unit", "qingtongxia.xiakou")
    assert code == 0 and out.strip() == "No changes recorded."


def test_undo_refuses_a_submitted_quarter(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "submit", "--db", db, *SCOPE)[0] == 0
    code, _, err = run(capsys, "undo", "--db", db)
    assert code == 1 and "已报送" in err
    assert beds(capsys, db) == "15"


def test_usage(db: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["undo", "--db", db, "--steps", "0"])
    assert info.value.code == 2
