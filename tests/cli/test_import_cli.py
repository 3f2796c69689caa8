"""`yinling import` and `yinling consolidate` as a county clerk runs them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def towns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[Path]]:
    source = tmp_path / "source.sqlite"
    run(capsys, "demo", "--db", source, "--plan", "qingtongxia")
    files = []
    for town in ("daba", "xiakou", "yumin"):
        path = tmp_path / f"{town}.xlsx"
        code, _, err = run(capsys, "export", "--db", source, "--plan", "qingtongxia", "--unit",
                           f"qingtongxia.{town}", "--period", "2025Q2", "-o", path)
        assert code == 0, err
        files.append(path)
    county = tmp_path / "county.sqlite"
    run(capsys, "init", "--db", county, "--unit", "qingtongxia")
    return county, files


def count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM reported_values").fetchone()[0]
    finally:
        conn.close()


def test_dry_run_then_import_then_consolidate(towns: tuple[Path, list[Path]], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    county, files = towns
    code, out, _ = run(capsys, "import", "--db", county, *files, "--dry-run", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["dry_run"] and not summary["written"]
    assert [f["unit_name"] for f in summary["files"]] == ["大坝镇", "峡口镇", "裕民街道"]
    assert all(f["adds"] > 0 for f in summary["files"]) and count(county) == 0
    code, out, _ = run(capsys, "import", "--db", county, *files)
    assert code == 0 and "已导入" in out and count(county) > 0
    target = tmp_path / "summary.xlsx"
    code, out, _ = run(capsys, "consolidate", "--db", county, "--plan", "qingtongxia", "--unit",
                       "qingtongxia", "--period", "2025Q2", "-o", target)
    assert code == 0 and "已报 3 个单位" in out
    assert "报送情况" in openpyxl.load_workbook(target).sheetnames


def test_a_refused_file_stops_the_batch_with_exit_1(towns: tuple[Path, list[Path]], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    county, files = towns
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(files[0].read_bytes()[:500])
    code, out, _ = run(capsys, "import", "--db", county, *files, broken)
    assert code == 1 and "broken.xlsx" in out and "未执行" in out
    assert count(county) == 0


def test_baseline_with_a_confirmed_mapping(towns: tuple[Path, list[Path]], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    county, _ = towns
    book = openpyxl.Workbook()
    for row in (["指标名称", "2024年"], ["家庭照护床位数", 400]):
        book.active.append(row)
    sheet = tmp_path / "基数.xlsx"
    book.save(sheet)
    code, out, _ = run(capsys, "import", "--db", county, "--baseline", "--year", "2024", "--plan",
                       "qingtongxia", sheet)
    assert "未匹配的名称“家庭照护床位数”" in out and "qingtongxia.family_care_beds" in out
    code, out, _ = run(capsys, "import", "--db", county, "--baseline", "--year", "2024", "--plan",
                       "qingtongxia", sheet, "--map", "家庭照护床位数=qingtongxia.family_care_beds")
    assert code == 0 and "匹配 1 个基数" in out
