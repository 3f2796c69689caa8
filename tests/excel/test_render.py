"""A real spreadsheet program opens each plan shape's report: LibreOffice renders it to
PDF, and the PDF carries the report's text (titles, unit, rows)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace
from tests.excel.conftest import Q2, Regions

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
# CI installs LibreOffice and poppler (.ci/run); there a missing program is a failure.
needs_office = pytest.mark.skipif(
    not (SOFFICE and PDFTOTEXT) and not os.environ.get("CI"),
    reason="LibreOffice (soffice) and pdftotext are not installed on this machine")

SHAPES = [
    ("qingtongxia", "qingtongxia.daba", ["青铜峡市积极应对人口老龄化指标完成情况统计表", "大坝镇",
                                         "护理型床位占比", "填表人"]),
    ("linhai", "linhai", ["临海市老有康养专项指标完成情况统计表", "建立老年人公共服务清单", "推进中"]),
    ("yingkou", "yingkou.bayuquan", ["营口市老龄事业发展指标完成情况统计表", "本年数", "增减率"]),
]


@needs_office
@pytest.mark.slow
def test_each_plan_shape_renders_with_its_text(regions: Regions, tmp_path: Path) -> None:
    files = []
    for plan, unit, _ in SHAPES:
        path = tmp_path / f"{plan}.xlsx"
        export_report(regions[plan], plan, unit, Q2, path)
        files.append(path)
    profile = tmp_path / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)],
                   check=True, capture_output=True, timeout=240)
    for (plan, _unit, words), source in zip(SHAPES, files, strict=True):
        pdf = source.with_suffix(".pdf")
        assert pdf.exists(), f"LibreOffice made no PDF of {source.name}"
        text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        compact = "".join(text.split())
        for word in words:
            assert word in compact, f"{plan}: {word!r} missing from the rendered PDF"


def _render(files: list[Path], folder: Path) -> None:
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
                   check=True, capture_output=True, timeout=300)


def _pages(pdf: Path) -> list[str]:
    """Each page's text, laid out."""
    count = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))
    return [subprocess.run([PDFTOTEXT, "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


@needs_office
@pytest.mark.slow
def test_a_consolidated_report_renders_every_sheet_with_whole_page_numbers(
        demo_ws: Workspace, tmp_path: Path) -> None:
    """青铜峡's county report (its consolidation, every sheet): 28 pages at this issue's
    start, most of them bare grids of 分单位明细; the count is printed for the record."""
    path = tmp_path / "青铜峡市-2025Q2.xlsx"
    export_report(demo_ws, "qingtongxia", "qingtongxia", Q2, path)
    _render([path], tmp_path)
    pages = _pages(path.with_suffix(".pdf"))
    print(f"\n青铜峡市 county report, 2025Q2: {len(pages)} pages")
    compact = ["".join(p.split()) for p in pages]
    text = "".join(compact)
    for word in ("汇总范围：应报28个单位，已报28个", "分单位明细", "本级", "部门报送", "报送情况",
                 "应报28个单位，已报28个，未报0个", "（2025年第二季度）", "统计截止：2025年6月30日"):
        assert word in text, word
    assert len(pages) < 28
    for number, page in enumerate(compact, start=1):
        # The page number whole, at the foot of every page (not cut by the margin) ...
        assert f"第{number}页，共{len(pages)}页" in page, number
        # ... and every page a titled table, not a bare grid.
        assert "序号" in page, number
    bottoms = _page_number_bottoms(path.with_suffix(".pdf"))
    assert bottoms and max(bottoms) < 595 - 10  # A4 landscape is 595 points high


def _page_number_bottoms(pdf: Path) -> list[float]:
    """Where the page number's text ends on each page (points from the top)."""
    import re

    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [float(m) for m in re.findall(r'yMax="([0-9.]+)">页，共', xml)]


@needs_office
@pytest.mark.slow
def test_a_town_report_and_a_template_render_without_empty_forms(
        demo_ws: Workspace, tmp_path: Path) -> None:
    from desktop.usecases.reports import write_template

    report, blank = tmp_path / "大坝镇.xlsx", tmp_path / "大坝镇-空白模板.xlsx"
    export_report(demo_ws, "qingtongxia", "qingtongxia.daba", Q2, report)
    write_template(demo_ws.catalog, "qingtongxia", "qingtongxia.daba", Q2, blank, demo_ws)
    _render([report, blank], tmp_path)
    for path in (report, blank):
        pages = ["".join(p.split()) for p in _pages(path.with_suffix(".pdf"))]
        assert not any("五、保障措施中的目标" in p for p in pages)  # no rows for a town
        assert all("序号" in p for p in pages)
        assert "填表人：" in pages[-1] and "说明：" in pages[-1]
