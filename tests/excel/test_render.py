"""A real spreadsheet program opens each plan shape's report: LibreOffice renders it to
PDF, and the PDF carries the report's text (titles, unit, rows)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.usecases.reports import export_report
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
