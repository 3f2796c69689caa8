"""The window's 打开方案包 and 新建方案（从指标表） given the data file itself (typed into the
dialog, or through a link) refuse it without opening it: closing any descriptor of the
data file drops SQLite's POSIX locks (issue 13, item 14; imports already refuse it so)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.usecases.packages import open_into
from desktop.usecases.plan_import import UnitsGiven, make_draft
from desktop.usecases.workspace import Workspace, create_data_file


@pytest.fixture
def town(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_data_file(tmp_path / "office" / "daba.sqlite", "qingtongxia.daba")
    yield ws
    ws.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every archive the program opens (a workbook or a package is a zip archive)."""
    seen: list[str] = []
    real = zipfile.ZipFile

    def record(file: object, *args: object, **kwargs: object) -> zipfile.ZipFile:
        seen.append(str(file))
        return real(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile, "ZipFile", record)
    return seen


def the_data_file_and_a_link(ws: Workspace, tmp_path: Path) -> list[Path]:
    link = tmp_path / "方案包.ylpkg"
    link.symlink_to(ws.data.path)
    return [ws.data.path, Path(f"{ws.data.path}-wal"), link]


def test_a_package_that_is_the_data_file_is_refused_unopened(town: Workspace, tmp_path: Path,
                                                            opened: list[str]) -> None:
    for path in the_data_file_and_a_link(town, tmp_path):
        with pytest.raises(UserError, match="数据文件"):
            open_into(town, path)
    assert opened == []


def test_a_plan_sheet_that_is_the_data_file_is_refused_unopened(town: Workspace, tmp_path: Path,
                                                               opened: list[str]) -> None:
    for path in the_data_file_and_a_link(town, tmp_path):
        with pytest.raises(UserError, match="数据文件"):
            make_draft(path, UnitsGiven(region="qingtongxia"), plan_id="x", data=town.data)
    assert opened == []
