"""`yinling --lang en`: every refusal reads in English; only the catalog's own names (units,
plans, indicators) and figures stay as the catalog writes them."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.cli import main
from desktop.messages import set_language
from tests.catalog.mini import MINI_PLAN

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
TOWN, PLAN = "qingtongxia.daba", "qingtongxia"


def catalog_names() -> list[str]:
    """What the catalog itself writes: names of units, plans, tables, sections, indicators."""
    catalog = load_catalog()
    names = [u.name for u in catalog.units.units]
    for plan in catalog.plans:
        names += [plan.title, plan.short_title]
        names += [t.title for t in plan.tables]
        for ind in plan.indicators:
            names += [ind.name, ind.section]
    return sorted({n for n in names if n}, key=len, reverse=True)


def not_english(text: str) -> list[str]:
    """The Chinese left in `text` once the catalog's own names are taken out."""
    for name in catalog_names():
        text = text.replace(name, "")
    return [line for line in text.splitlines() if CJK.search(line)]


def run_en(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(["--lang", "en", *argv])
    finally:
        set_language("zh")
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def town_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "daba.sqlite")
    assert main(["init", "--db", db, "--unit", TOWN, "--clerk", "王芳"]) == 0
    capsys.readouterr()
    return db


def test_a_missing_data_file_is_refused_in_english(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, said = run_en(capsys, "export", "--db", str(tmp_path / "missing.db"), "--plan", PLAN,
                        "--unit", TOWN, "--period", "2025Q1", "-o", str(tmp_path / "r.xlsx"))
    assert code == 1
    assert "does not exist" in said and not_english(said) == []


def test_a_bad_period_is_refused_in_english(town_db: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_en(capsys, "export", "--db", town_db, "--plan", PLAN, "--unit", TOWN,
               "--period", "2025Q5", "-o", str(tmp_path / "r.xlsx"))
    said = capsys.readouterr().err
    assert "2025Q5" in said and not_english(said) == []


def test_export_refusals_in_english(town_db: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "r.xlsx")
    for plan, unit in (("nowhere", TOWN), (PLAN, "nowhere")):
        code, said = run_en(capsys, "export", "--db", town_db, "--plan", plan, "--unit", unit,
                            "--period", "2025Q1", "-o", out)
        assert code == 1 and "nowhere" in said and not_english(said) == [], said
    run_en(capsys, "set", "--db", town_db, "--plan", PLAN, "--unit", TOWN, "--period", "2025Q1",
           "qingtongxia.nursing_bed_share.num=30", "qingtongxia.nursing_bed_share.den=20")
    code, said = run_en(capsys, "export", "--db", town_db, "--plan", PLAN, "--unit", TOWN,
                        "--period", "2025Q1", "-o", out)
    assert code == 1 and "error" in said and not_english(said) == [], said
    code, said = run_en(capsys, "consolidate", "--db", town_db, "--plan", PLAN, "--unit", TOWN,
                        "--period", "2025Q1", "-o", out)
    assert code == 1 and not_english(said) == [], said


def test_entry_and_init_refusals_in_english(town_db: str, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    code, said = run_en(capsys, "set", "--db", town_db, "--plan", PLAN, "--unit", TOWN,
                        "--period", "2025Q1", "qingtongxia.family_care_beds=abc")
    assert code == 1 and "abc" in said and not_english(said) == [], said
    code, said = run_en(capsys, "init", "--db", town_db, "--unit", TOWN, "--clerk", "x")
    assert code == 1 and not_english(said) == [], said


def test_refused_imports_in_english(town_db: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("hello", encoding="utf-8")
    macro = tmp_path / "macro.xlsx"
    with zipfile.ZipFile(macro, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/vbaProject.bin", b"\0")
    for sheet in (text, macro):
        code, said = run_en(capsys, "import", "--db", town_db, "--period", "2025Q1", str(sheet))
        assert code == 1 and sheet.name in said and not_english(said) == [], said


def test_plan_check_errors_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "mini.toml"
    broken.write_text(MINI_PLAN.replace('kind = "count"', 'kind = "tally"', 1), encoding="utf-8")
    code, said = run_en(capsys, "plan", "check", str(broken))
    assert code == 1 and "tally" in said and not_english(said) == [], said


def test_a_report_exported_in_english_stays_chinese(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The municipal format is Chinese: --lang en changes what the program says, not the
    workbook it writes (完成进度, 报送情况's 验证, a target's （全域）)."""
    import openpyxl

    db, out = str(tmp_path / "county.sqlite"), tmp_path / "r.xlsx"
    assert main(["init", "--db", db, "--unit", PLAN, "--clerk", "马丽"]) == 0
    assert main(["demo", "--db", db, "--plan", PLAN]) == 0
    capsys.readouterr()
    code, said = run_en(capsys, "export", "--db", db, "--plan", PLAN, "--unit", PLAN,
                        "--period", "2025Q2", "-o", str(out))
    assert code == 0 and not_english(said) == [], said
    cells = [v for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    assert any("进度正常" in v or "已达标" in v for v in cells)
    assert not [v for v in cells if re.search(r"\b(on track|met|behind|whole region)\b", v)]
