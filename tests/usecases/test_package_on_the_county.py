"""A county that double-clicks one of the packages it has just made (they sit in a folder
on its own machine) opens it in its own data file. The file that issued the package, or
split the plan's targets among its units, must not become that town's file: refused, the
county's file left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.errors import UserError
from desktop.usecases.packages import export_packages, open_package
from desktop.usecases.targets import set_target
from desktop.usecases.workspace import create_data_file, open_workspace

PLAN, DABA = "qingtongxia", "qingtongxia.daba"
HOMES = "qingtongxia.home_aging_adaptation_households"


@pytest.fixture(autouse=True)
def _may_2025(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YINLING_TODAY", "2025-05-20")


@pytest.mark.parametrize("county_did", ["issued", "split"])
def test_the_county_file_does_not_become_the_towns(tmp_path: Path, county_did: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "county.sqlite"
    with create_data_file(db, PLAN, clerk="马丽") as county:
        set_target(county, PLAN, HOMES, DABA, 2025, "120")
        if county_did == "issued":
            [made] = export_packages(county, PLAN, [DABA], tmp_path / "packages")
    if county_did == "split":  # a package from elsewhere; this file only split the targets
        with create_data_file(tmp_path / "other.sqlite", PLAN) as elsewhere:
            [made] = export_packages(elsewhere, PLAN, [DABA], tmp_path / "from-elsewhere")
    with pytest.raises(UserError, match="交给大坝镇"):
        open_package(made.path, db)
    capsys.readouterr()
    assert cli(["package", "open", str(made.path), "--db", str(db)]) == 1
    assert "青铜峡市" in capsys.readouterr().err
    with open_workspace(db) as county:
        assert county.own_unit == PLAN
