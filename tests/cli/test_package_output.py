"""`package export -o` names a folder; a file there (the data file itself, a device, a
report) is refused in words, never as 程序内部错误 (issue 13: every file the program
writes to, and no internal error for a wrong argument)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.cli import main as cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("where", ["data file", "device", "report"])
def test_a_file_in_place_of_the_folder_is_refused_in_words(tmp_path: Path, where: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "county.sqlite"
    assert cli(["init", "--db", str(db), "--unit", "qingtongxia"]) == 0
    report = tmp_path / "大坝镇.xlsx"
    report.write_bytes(b"PK\x03\x04 a workbook")
    target = {"data file": db, "device": Path("/dev/null"), "report": report}[where]
    before = digest(db)
    capsys.readouterr()
    code = cli(["package", "export", "--db", str(db), "--plan", "qingtongxia", "--unit",
                "qingtongxia.daba", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and "不是文件夹" in err and "程序内部错误" not in err, err
    assert digest(db) == before and report.read_bytes() == b"PK\x03\x04 a workbook"
    assert Path("/dev/null").is_char_device()


def test_a_folder_by_the_packages_name_is_refused_in_words(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "county.sqlite"
    assert cli(["init", "--db", str(db), "--unit", "qingtongxia"]) == 0
    taken = tmp_path / "packages" / "大坝镇-青铜峡市积极应对人口老龄化.ylpkg"
    taken.mkdir(parents=True)
    capsys.readouterr()
    code = cli(["package", "export", "--db", str(db), "--plan", "qingtongxia", "--unit",
                "qingtongxia.daba", "-o", str(taken.parent)])
    err = capsys.readouterr().err
    assert code == 1 and "同名的文件夹" in err and "程序内部错误" not in err, err
    assert taken.is_dir() and sorted(p.name for p in taken.parent.iterdir()) == [taken.name]
