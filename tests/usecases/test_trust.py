"""Signed reports (issue 18, items 3 and 6; DESIGN §11), from real files: a county makes
plan packages, a town opens its own, enters and exports its quarter; the county's import
says 已验证 — and 验证失败, refusing the file and saying what changed, for each forgery an
attacker with the program's source can make (a value, the unit, the period, the kind, a
note, each with both checksums recomputed), for a report signed with another town's key,
and for one signed with a key a re-issued package retired. A blank template filled in
without the program is 未验证, imported and marked so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main as cli
from desktop.errors import UserError
from desktop.excel.reader import Workbook
from desktop.excel.report_reader import read_report
from desktop.excel.signature import SigningKey
from desktop.excel.writer import write_report
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.store import trust
from desktop.usecases.entry import set_fields
from desktop.usecases.importing import FileSummary, commit_import, plan_import
from desktop.usecases.packages import export_packages, open_package
from desktop.usecases.reports import export_report, report_spec, write_template
from desktop.usecases.targets import set_target
from desktop.usecases.workspace import Workspace, create_data_file
from tests.usecases.forgery import forge, meta_value

PLAN = "qingtongxia"
DABA, XIAKOU = "qingtongxia.daba", "qingtongxia.xiakou"
HOMES = "qingtongxia.home_aging_adaptation_households"  # 居家适老化改造户数
SHARE = "qingtongxia.nursing_bed_share"  # 护理型床位占比
Q1 = Period(2025, 1)


@dataclass
class Round:
    folder: Path
    county: Workspace
    packages: dict[str, Path]
    towns: dict[str, Workspace]

    def export(self, unit: str, name: str = "", period: Period = Q1) -> Path:
        path = self.folder / (name or f"{unit}-{period}.xlsx")
        export_report(self.towns[unit], PLAN, unit, period, path)
        return path

    def summary(self, *paths: Path) -> list[FileSummary]:
        return plan_import(self.county, list(paths), "replace").files


def _enter(ws: Workspace, unit: str, homes: int, note: str) -> None:
    set_fields(ws, EntryKey(PLAN, HOMES, unit, str(Q1)), {"value": homes, "note": note})
    set_fields(ws, EntryKey(PLAN, SHARE, unit, str(Q1)), {"numerator": 21, "denominator": 40})


@pytest.fixture
def round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Round]:
    monkeypatch.setenv("YINLING_TODAY", "2025-05-20")
    county = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="马丽")
    set_target(county, PLAN, HOMES, DABA, 2025, "120")
    made = export_packages(county, PLAN, [DABA, XIAKOU], tmp_path / "packages")
    packages = {m.unit: m.path for m in made}
    towns = {}
    for unit, homes in ((DABA, 30), (XIAKOU, 25)):
        ws, _opened = open_package(packages[unit], tmp_path / f"{unit}.sqlite", clerk="王芳")
        _enter(ws, unit, homes, "已入户核实")
        towns[unit] = ws
    yield Round(tmp_path, county, packages, towns)
    for ws in (county, *towns.values()):
        ws.close()


def cell(path: Path, ws: Workspace, indicator: str, field: str) -> tuple[str, str]:
    with Workbook(path) as book:
        where = read_report(book, ws.catalog).cells[(indicator, field)]
    sheet, _, ref = where.partition("!")
    return sheet, ref


def refusal(summary: FileSummary) -> str:
    return " ".join(str(p) for p in summary.refusals)


def test_the_towns_own_report_is_verified(round_trip: Round) -> None:
    report = round_trip.export(DABA)
    [summary] = round_trip.summary(report)
    assert summary.signature == "verified" and not summary.refused
    commit_import(round_trip.county, plan_import(round_trip.county, [report], "replace"))
    stored = round_trip.county.data.db.execute(
        "SELECT signature FROM received_reports WHERE unit = ?", (DABA,)).fetchone()
    assert stored == ("verified",)


def test_a_value_typed_over_in_excel_is_refused(round_trip: Round) -> None:
    """Before: an edit made in WPS was flagged (changed after export) and imported."""
    report = round_trip.export(DABA)
    sheet, ref = cell(report, round_trip.county, HOMES, "value")
    forged = forge(report, round_trip.folder / "naive.xlsx", round_trip.county.catalog,
                   cells={(sheet, ref): 300}, recompute=False)
    [summary] = round_trip.summary(forged)
    assert summary.signature == "invalid" and summary.refused
    assert "居家适老化改造户数" in refusal(summary) and ref in refusal(summary)


@pytest.mark.parametrize("what", ["value", "note", "numerator"])
def test_a_figure_or_note_changed_with_the_checksums_recomputed_is_refused(round_trip: Round,
                                                                          what: str) -> None:
    report = round_trip.export(DABA)
    indicator = SHARE if what == "numerator" else HOMES
    sheet, ref = cell(report, round_trip.county, indicator, what)
    new = {"value": 300, "note": "已核实（补报）", "numerator": 39}[what]
    forged = forge(report, round_trip.folder / f"{what}.xlsx", round_trip.county.catalog,
                   cells={(sheet, ref): new})
    [summary] = round_trip.summary(forged)
    assert not summary.changed_after_export  # the checksum was made again: it cannot tell
    assert summary.signature == "invalid" and summary.refused
    words = {"value": "本季度数", "note": "备注", "numerator": "分子"}[what]
    assert words in refusal(summary) and ref in refusal(summary)


@pytest.mark.parametrize(("meta", "expected"), [
    ({"period": "2025Q2"}, "统计期"),
    ({"kind": "consolidated"}, "报表类型"),
    ({"kind": "template"}, "报表类型"),
    ({"exported_at": "2025-04-01 08:00:00"}, "导出时间"),
])
def test_what_the_file_says_it_is_changed_with_the_checksums_recomputed(
        round_trip: Round, meta: dict[str, str], expected: str) -> None:
    report = round_trip.export(DABA)
    forged = forge(report, round_trip.folder / "relabelled.xlsx", round_trip.county.catalog, meta=meta)
    [summary] = round_trip.summary(forged)
    assert summary.signature == "invalid" and summary.refused
    assert expected in refusal(summary)


def test_a_report_passed_off_as_another_towns(round_trip: Round) -> None:
    """大坝镇's report relabelled as 峡口镇's, title rows and checksums made again."""
    report = round_trip.export(DABA)
    forged = forge(report, round_trip.folder / "as-xiakou.xlsx", round_trip.county.catalog,
                   meta={"unit_code": XIAKOU, "unit_name": "峡口镇"})
    [summary] = round_trip.summary(forged)
    assert summary.signature == "invalid" and summary.refused
    assert "发给大坝镇的密钥" in refusal(summary)


def test_a_key_from_another_town(round_trip: Round) -> None:
    """峡口镇's office signs a report in 大坝镇's name with its own key (read from its own
    file): named as 峡口镇's key; with 大坝镇's key id written in, the digest fails."""
    xiakou = round_trip.towns[XIAKOU]
    record = trust.enrolment(xiakou.data.db, PLAN)
    assert record is not None
    spec = report_spec(round_trip.towns[DABA], PLAN, DABA, Q1)
    own_key = replace(spec, signing=SigningKey(record.key_id, bytes.fromhex(record.secret)))
    path = write_report(own_key, round_trip.folder / "xiakou-key.xlsx")
    [summary] = round_trip.summary(path)
    assert summary.signature == "invalid" and "发给峡口镇的密钥" in refusal(summary)
    daba_id = trust.enrolment(round_trip.towns[DABA].data.db, PLAN).key_id  # type: ignore[union-attr]
    borrowed = replace(spec, signing=SigningKey(daba_id, bytes.fromhex(record.secret)))
    path = write_report(borrowed, round_trip.folder / "borrowed-id.xlsx")
    [summary] = round_trip.summary(path)
    assert summary.signature == "invalid" and summary.refused


def test_a_reissued_package_retires_the_old_key(round_trip: Round, capsys: pytest.CaptureFixture[str]
                                                ) -> None:
    before = round_trip.export(DABA, "before.xlsx")
    [again] = export_packages(round_trip.county, PLAN, [DABA], round_trip.folder / "again")
    assert again.issue == 2
    [summary] = round_trip.summary(before)
    assert summary.signature == "invalid" and "第 1 次下发方案包的密钥" in refusal(summary)
    town = round_trip.towns[DABA]
    town_db = town.data.path
    town.close()
    ws, opened = open_package(again.path, town_db)
    round_trip.towns[DABA] = ws
    assert opened.package.issue == 2
    [summary] = round_trip.summary(round_trip.export(DABA, "after.xlsx"))
    assert summary.signature == "verified"
    ws.close()
    code = cli(["package", "open", str(round_trip.packages[DABA]), "--db", str(town_db)])
    assert code == 1 and "第 1 次下发" in capsys.readouterr().err  # the old one: refused
    round_trip.towns[DABA] = open_package(again.path, town_db)[0]


def test_a_filled_template_is_unsigned_and_imported_with_its_mark(round_trip: Round) -> None:
    path = round_trip.folder / "template.xlsx"
    write_template(round_trip.county.catalog, PLAN, DABA, Q1, path)
    sheet, ref = cell_in_template(path, round_trip.county, HOMES)
    book = openpyxl.load_workbook(path)
    book[sheet][ref].value = 28
    book.save(path)
    [summary] = round_trip.summary(path)
    assert summary.signature == "unsigned" and not summary.refused
    assert any("空白模板" in n and "没有签名" in n for n in summary.signature_notes)  # 大坝镇 has a package


def cell_in_template(path: Path, ws: Workspace, indicator: str) -> tuple[str, str]:
    book = openpyxl.load_workbook(path)
    meta = {r[1]: r for r in book["_meta"].iter_rows(values_only=True) if r[0] == "row"}
    sheet, row = meta[indicator][2], int(meta[indicator][3])
    column = next(r[3] for r in book["_meta"].iter_rows(values_only=True)
                  if r[0] == "column" and r[1] == sheet and r[2] == "value")
    return str(sheet), f"{column}{row}"


def test_a_signature_stripped_is_unsigned_and_says_the_unit_has_a_package(round_trip: Round) -> None:
    report = round_trip.export(DABA)
    forged = forge(report, round_trip.folder / "stripped.xlsx", round_trip.county.catalog,
                   meta={"signature": None, "key_id": None})
    [summary] = round_trip.summary(forged)
    assert summary.signature == "unsigned"
    assert any("已领取方案包" in n for n in summary.signature_notes)


def test_an_office_without_a_package_sends_unsigned(round_trip: Round, tmp_path: Path) -> None:
    with create_data_file(tmp_path / "yesheng.sqlite", "qingtongxia.yesheng") as town:
        set_fields(town, EntryKey(PLAN, HOMES, "qingtongxia.yesheng", str(Q1)), {"value": 12})
        path = tmp_path / "yesheng.xlsx"
        export_report(town, PLAN, "qingtongxia.yesheng", Q1, path)
    assert meta_value(path, "kind") == "report"
    [summary] = round_trip.summary(path)
    assert summary.signature == "unsigned" and not summary.refused and not summary.signature_notes


def test_the_cli_says_it_per_file(round_trip: Round, capsys: pytest.CaptureFixture[str]) -> None:
    good = round_trip.export(DABA)
    sheet, ref = cell(good, round_trip.county, HOMES, "value")
    bad = forge(round_trip.export(XIAKOU), round_trip.folder / "bad.xlsx", round_trip.county.catalog,
                cells={(sheet, ref): 99})
    round_trip.county.close()
    db = str(round_trip.county.data.path)
    assert cli(["import", "--db", db, "--json", str(good), str(bad)]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert [f["signature"] for f in files] == ["verified", "invalid"]
    assert cli(["import", "--db", db, str(good)]) == 0
    assert "已验证" in capsys.readouterr().out


def test_a_town_cannot_open_a_package_over_a_file_of_another_towns_figures(round_trip: Round) -> None:
    xiakou = round_trip.towns[XIAKOU]
    path = xiakou.data.path
    xiakou.close()
    with pytest.raises(UserError) as info:
        open_package(round_trip.packages[DABA], path)
    assert "峡口镇" in str(info.value)
    round_trip.towns[XIAKOU] = open_package(round_trip.packages[XIAKOU], path)[0]
