"""`targets import` of a file it cannot read says why for that file — not that the sheet
names no year (it had not been read at all), whether or not --year is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main as cli


@pytest.mark.parametrize(("which", "reason"), [
    ("missing", "无法读取文件"), ("data file", "数据文件"), ("folder", "无法读取文件")])
def test_an_unreadable_sheet_is_named_with_its_reason(tmp_path: Path, which: str, reason: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "county.sqlite"
    assert cli(["init", "--db", str(db), "--unit", "qingtongxia"]) == 0
    sheet = {"missing": tmp_path / "2025年目标分解.xlsx", "data file": db, "folder": tmp_path}[which]
    capsys.readouterr()
    code = cli(["targets", "import", "--db", str(db), "--plan", "qingtongxia", str(sheet)])
    said = "".join(capsys.readouterr())
    assert code == 1 and reason in said and "未写明年份" not in said, said
