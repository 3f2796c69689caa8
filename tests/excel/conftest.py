"""A data file with real figures for report tests, built through the use cases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.periods import Period
from desktop.records import EntryKey
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import set_fields
from desktop.usecases.workspace import Workspace, create_data_file

Q2 = Period(2025, 2)
EVIL_NOTE = '=HYPERLINK("http://example.invalid","点我")'


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("reports") / "county.sqlite"
    ws = create_data_file(path, "qingtongxia", clerk="马丽", phone="0953-3012345")
    fill_demo(ws, ("qingtongxia", "linhai", "yingkou"))
    set_fields(ws, EntryKey("qingtongxia", "qingtongxia.family_care_beds", "qingtongxia.daba",
                            str(Q2)), {"note": EVIL_NOTE})
    yield ws
    ws.close()
