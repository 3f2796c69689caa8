"""`plan import -o` names the folder the draft goes to; a file there (the data file, a
device, a catalog) is refused in words and left as it was, never 程序内部错误."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.cli import main as cli
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "examples" / "plan_table_example.xlsx"


@pytest.mark.parametrize("where", ["data file", "device", "plans is a file"])
def test_a_file_in_place_of_the_draft_folder_is_refused_in_words(
        tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "county.sqlite"
    assert cli(["init", "--db", str(db), "--unit", "qingtongxia"]) == 0
    (tmp_path / "draft").mkdir()
    (tmp_path / "draft" / "plans").write_text("不是文件夹", encoding="utf-8")
    out = {"data file": db, "device": Path("/dev/null"), "plans is a file": tmp_path / "draft"}[where]
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    capsys.readouterr()
    code = cli(["plan", "import", str(EXAMPLE), "-o", str(out), "--region", "qingtongxia",
                "--id", "ex2030", "--years", "2026-2030"])
    said = "".join(capsys.readouterr())
    assert code == 1 and "不是文件夹" in said and "程序内部错误" not in said, said
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert (tmp_path / "draft" / "plans").read_text(encoding="utf-8") == "不是文件夹"
