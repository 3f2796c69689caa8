"""A data file with real figures for report tests, built through the use cases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.periods import Period
from desktop.records import EntryKey
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import set_fields
from desktop.usecases.workspace import Workspace, create_data_file

Q2 = Period(2025, 2)
EVIL_NOTE = '=HYPERLINK("http://example.invalid","点我")'


class Regions:
    """One data file per region, as offices keep them (a file holds its own region only)."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.files = folder, {}

    def __getitem__(self, plan: str) -> Workspace:
        if plan not in self.files:
            catalog = load_catalog()
            ws = create_data_file(self.folder / f"{plan}.sqlite", catalog.plan(plan).region,
                                  clerk="马丽", phone="0953-3012345", catalog=catalog)
            fill_demo(ws, (plan,))
            self.files[plan] = ws
        return self.files[plan]


@pytest.fixture(scope="module")
def regions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Regions]:
    found = Regions(tmp_path_factory.mktemp("regions"))
    yield found
    for ws in found.files.values():
        ws.close()


@pytest.fixture(scope="module")
def demo_ws(regions: Regions) -> Workspace:
    ws = regions["qingtongxia"]
    set_fields(ws, EntryKey("qingtongxia", "qingtongxia.family_care_beds", "qingtongxia.daba",
                            str(Q2)), {"note": EVIL_NOTE})
    return ws
