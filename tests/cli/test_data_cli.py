"""`yinling init`, `set`, `check` and `demo` as a user types them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_set_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "daba.sqlite")
    code, out, _ = run(capsys, "init", "--db", db, "--unit", "qingtongxia.daba", "--clerk", "李明")
    assert code == 0 and "大坝镇" in out
    code, out, err = run(capsys, "set", "--db", db, "--plan", "qingtongxia", "--unit",
                         "qingtongxia.daba", "--period", "2025年第一季度",
                         "qingtongxia.family_care_beds=12",
                         "qingtongxia.nursing_bed_share.num=30",
                         "qingtongxia.nursing_bed_share.den=20",
                         "qingtongxia.family_care_beds.note=新增12张")
    assert code == 0, err
    assert "已保存 4 项" in out and "分子 30 大于分母 20" in out
    code, out, _ = run(capsys, "check", "--db", db, "--plan", "qingtongxia", "--unit",
                       "qingtongxia.daba", "--period", "2025-Q1", "--json")
    assert code == 1  # an error remains
    report = json.loads(out)
    assert report["errors"] == 1 and report["findings"][0]["code"] == "num_gt_den"
    assert report["findings"][0]["name"] == "护理型床位占比"


def test_one_bad_value_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "daba.sqlite"
    run(capsys, "init", "--db", str(db), "--unit", "qingtongxia.daba")
    code, _, err = run(capsys, "set", "--db", str(db), "--plan", "qingtongxia", "--unit",
                       "qingtongxia.daba", "--period", "2025Q1",
                       "qingtongxia.family_care_beds=12", "qingtongxia.mutual_aid_service_members=N/A")
    assert code == 1 and "N/A" in err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM reported_values").fetchone()[0] == 0
    conn.close()


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["set", "--db", "x", "--plan", "p", "--unit", "u", "--period", "2025Q7", "a=1"])
    assert info.value.code == 2
    code, _, err = run(capsys, "check", "--db", str(tmp_path / "none.sqlite"), "--plan",
                       "qingtongxia", "--unit", "qingtongxia", "--period", "2025Q1")
    assert code == 1 and "不存在" in err


def test_demo_fills_every_unit_consistently_with_the_checks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    code, out, _ = run(capsys, "demo", "--db", db, "--plan", "qingtongxia")
    assert code == 0 and "演示数据" in out
    catalog = load_catalog()
    units = [u.code for u in catalog.units.descendants("qingtongxia") if not u.is_department]
    conn = sqlite3.connect(db)
    filled = {r[0] for r in conn.execute("SELECT DISTINCT unit FROM reported_values")}
    periods = {r[0] for r in conn.execute("SELECT DISTINCT period FROM reported_values")}
    baselines = conn.execute("SELECT count(*) FROM baselines WHERE year = 2024").fetchone()[0]
    conn.close()
    assert set(units) <= filled  # every town, street and farm
    assert periods == {f"{y}Q{q}" for y in (2024, 2025) for q in range(1, 5)}
    assert baselines > 0
    for unit in units[:4]:
        for period in ("2024Q2", "2025Q1", "2025Q4"):
            code, out, _ = run(capsys, "check", "--db", db, "--plan", "qingtongxia", "--unit",
                               unit, "--period", period, "--json")
            report = json.loads(out)
            assert code == 0 and report["errors"] == 0, report
            assert report["unexplained_warnings"] == 0, report


@pytest.mark.parametrize("text", ["10²", "120①", "⑫", "2⁵", "١٢"])
def test_look_alike_digits_are_refused_by_set(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              text: str) -> None:
    db = tmp_path / "daba.sqlite"
    run(capsys, "init", "--db", str(db), "--unit", "qingtongxia.daba")
    code, _, err = run(capsys, "set", "--db", str(db), "--plan", "qingtongxia", "--unit",
                       "qingtongxia.daba", "--period", "2025Q1", f"qingtongxia.family_care_beds={text}")
    assert code == 1 and "不是一个数字" in err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM reported_values").fetchone()[0] == 0
    conn.close()
