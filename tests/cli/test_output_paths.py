"""`export`, `template` and `consolidate -o` never write over the data file or its
companions, a device or a folder (issue 13, item 12): as root, export once replaced
/dev/null, and an export over the open data file replaced it with a workbook."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.cli import main as cli

SCOPE = ["--plan", "qingtongxia", "--unit", "qingtongxia", "--period", "2025Q2"]


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    db = tmp_path / "office" / "county.sqlite"
    db.parent.mkdir()
    assert cli(["demo", "--db", str(db), "--plan", "qingtongxia"]) == 0
    (db.parent / "backups").mkdir(exist_ok=True)
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def targets(db: Path, tmp_path: Path) -> list[Path]:
    hard = tmp_path / "hard-link.xlsx"
    os.link(db, hard)
    soft = tmp_path / "soft-link.xlsx"
    soft.symlink_to(db)
    backup = next(iter(sorted((db.parent / "backups").glob("*.sqlite"))), db.parent / "backups" / "x.xlsx")
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}.lock"), backup, hard, soft,
            Path("/dev/null"), tmp_path, tmp_path / "notes.txt"]


@pytest.mark.parametrize("command", ["export", "template", "consolidate"])
def test_outputs_that_would_destroy_something_are_refused(data_file: Path, tmp_path: Path,
                                                          command: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("会议记录", encoding="utf-8")
    before = digest(data_file)
    for target in targets(data_file, tmp_path):
        code = cli([command, "--db", str(data_file), *SCOPE, "-o", str(target)])
        err = capsys.readouterr().err
        assert code == 1, (target, err)
        assert "不能把报表保存为" in err or "不会覆盖" in err, (target, err)
    assert digest(data_file) == before
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "会议记录"
    assert Path("/dev/null").is_char_device()


def test_a_new_file_and_an_existing_workbook_are_fine(data_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    assert cli(["export", "--db", str(data_file), *SCOPE, "-o", str(target)]) == 0
    assert cli(["export", "--db", str(data_file), *SCOPE, "-o", str(target)]) == 0  # replaced
