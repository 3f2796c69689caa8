"""What a clerk typed stays text in every sheet of every workbook the program writes, even
when it starts like a formula (=, +, -, @, tab, carriage return); characters no report
can hold and over-long notes are refused when typed or imported, never when exported."""

from __future__ import annotations

import functools
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.catalog import Indicator, Kind, load_catalog
from desktop.excel.reader import Workbook
from desktop.excel.writer import save_atomic
from desktop.records import EntryKey
from desktop.store import values as store
from desktop.usecases.consolidating import consolidate
from desktop.usecases.entry import NOTE_MAX, InputError, parse_field, set_fields
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report, write_template
from desktop.usecases.workspace import Workspace
from tests.reliability.conftest import Q2, snapshot
from tests.usecases.conftest import PLAN

DANGEROUS = ['=HYPERLINK("http://example.invalid","点我")', "+86 953 3012345", "-2+3", "@SUM(A1:A9)",
             "\t=1+1", "\r=cmd|' /C calc'!A0"]
INDICATORS = ("qingtongxia.family_care_beds", "qingtongxia.home_aging_adaptation_households",
              "qingtongxia.mutual_aid_service_members", "qingtongxia.nursing_bed_share",
              "qingtongxia.destitute_willing_central_support_rate",
              "qingtongxia.special_difficulty_elderly_monthly_visit_rate")
FILE_NAME = "=cmd|' calc'!A0+@SUM(1).xlsx"  # a received file's name, shown in 报送情况
FORMULA = re.compile(r"<(?:\w+:)?f\b[^>]*>(.*?)</(?:\w+:)?f>", re.S)
# The template's own formulas: a rate from its parts, 本年累计 from 本季度 (and the quarters the
# county holds): cell references and numbers only, never text from a report.
TEMPLATE_FORMULA = re.compile(
    r'IF\(AND\(ISNUMBER\([A-Z]+\d+\),ISNUMBER\([A-Z]+\d+\),[A-Z]+\d+(&gt;|>)0\),'
    r'[A-Z]+\d+/[A-Z]+\d+(\*\d+)?,(""|&quot;&quot;)\)$'
    r'|IF\(ISNUMBER\([A-Z]+\d+\),([\d.]+\+)?[A-Z]+\d+,(""|&quot;&quot;)\)$')


def key(indicator: str, unit: str = "qingtongxia.daba") -> EntryKey:
    return EntryKey(PLAN, indicator, unit, str(Q2))


@pytest.fixture
def workbooks(county: Workspace, region: dict[str, list[Path]], tmp_path: Path) -> dict[str, Path]:
    """The report, the template and the consolidated report (with 分单位明细 and 报送情况)
    of a county whose clerk, phone, notes and received file names all look like formulas."""
    files = [p for p in region["A"] if p.name.endswith(f"{Q2}.xlsx")]
    renamed = tmp_path / FILE_NAME
    shutil.copy(files[1], renamed)
    commit_import(county, plan_import(county, [renamed, *files[:1], *files[2:]], "replace"))
    with county.data.writing() as db:
        store.set_meta(db, {"clerk": DANGEROUS[0], "phone": DANGEROUS[1]})
    for indicator, text in zip(INDICATORS, DANGEROUS, strict=True):
        set_fields(county, key(indicator), {"note": text})  # the town's, in its report
        set_fields(county, key(indicator, PLAN), {"note": text})  # the county's, in its summary
    out = {"report": tmp_path / "report.xlsx", "template": tmp_path / "template.xlsx",
           "consolidated": tmp_path / "consolidated.xlsx"}
    export_report(county, PLAN, "qingtongxia.daba", Q2, out["report"])
    write_template(county.catalog, PLAN, "qingtongxia.daba", Q2, out["template"])
    consolidate(county, PLAN, PLAN, Q2, out["consolidated"])
    return out


def string_cells(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f" or TEMPLATE_FORMULA.match(str(cell.value)[1:]), (
                    path.name, sheet.title, cell.coordinate, cell.value)
                if cell.data_type == "s" and cell.value is not None:
                    found.append(str(cell.value).replace("\n", "\r"))  # XML reads CR as LF
    return found


def test_formula_like_text_stays_text_in_every_sheet(workbooks: dict[str, Path]) -> None:
    for name, path in workbooks.items():
        with zipfile.ZipFile(path) as archive:
            for part in archive.namelist():
                if part.startswith("xl/worksheets/"):
                    formulas = FORMULA.findall(archive.read(part).decode("utf-8"))
                    allowed = name == "template" and all(TEMPLATE_FORMULA.match(f) for f in formulas)
                    assert not formulas or allowed, (name, part, formulas[:3])
    report = string_cells(workbooks["report"])
    for text in DANGEROUS:
        assert any(cell == text or cell.endswith(text) for cell in report), text  # notes
    assert DANGEROUS[0] in report and DANGEROUS[1] in report  # clerk and phone in _meta
    consolidated = string_cells(workbooks["consolidated"])
    assert FILE_NAME in consolidated  # the received file's name, in 报送情况
    for text in DANGEROUS:  # the county's own notes, said to be 本级's beside a total
        assert any(cell == text or cell.endswith(text) for cell in consolidated), text
    string_cells(workbooks["template"])


def test_the_report_with_formula_like_notes_imports_back_exactly(workbooks: dict[str, Path],
                                                                 county: Workspace) -> None:
    with county.data.writing() as db:
        db.execute("DELETE FROM reported_values WHERE unit = 'qingtongxia.daba'")
    commit_import(county, plan_import(county, [workbooks["report"]]))
    for indicator, text in zip(INDICATORS, DANGEROUS, strict=True):
        stored = store.read_entry(county.data.db, key(indicator))
        assert stored is not None and stored.note == text.strip()


@pytest.mark.parametrize("text", ["核对\x00完毕", "核对\x07完毕", "\x1b[31m红字", "核对\x7f", "断开的\udcb4粘贴",
                                  "\ufffe", "长" * (NOTE_MAX + 1)])
def test_characters_no_report_can_hold_and_long_notes_are_refused_when_typed(
        county: Workspace, text: str, tmp_path: Path) -> None:
    before = snapshot(county.data.db.conn)
    with pytest.raises(InputError):
        set_fields(county, key(INDICATORS[0]), {"value": "12", "note": text})
    assert snapshot(county.data.db.conn) == before
    export_report(county, PLAN, "qingtongxia.daba", Q2, tmp_path / "still-exports.xlsx")


@functools.cache
def a_count() -> Indicator:
    return next(i for i in load_catalog().plan(PLAN).indicators if i.kind is Kind.COUNT)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(min_size=1, max_size=60))
def test_any_note_that_is_accepted_is_exported_and_read_back_as_typed(note: str, tmp_path: Path) -> None:
    """The writer's and the reader's side of the contract, for every text the entry accepts."""
    try:
        typed = parse_field(a_count(), "note", note)
    except InputError:
        return
    if typed is None:  # blank clears the note
        return
    book = openpyxl.Workbook()
    cell = book.active["A1"]
    cell.value, cell.data_type = typed, "s"  # as the writer writes text
    path = tmp_path / "note.xlsx"
    save_atomic(book, path)
    with Workbook(path) as read:
        assert read.cells(read.sheet_names[0])["A1"].text == typed
