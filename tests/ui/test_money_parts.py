"""A rate whose parts are money (福利彩票公益金用于养老服务业的比例, 万元): the window shows the
parts as typed, never rounded to whole numbers, and flags no "应为整数"."""

from __future__ import annotations

from pathlib import Path

from desktop.periods import Period
from desktop.records import EntryKey
from desktop.ui.entry_model import COLUMNS, EntryModel
from desktop.usecases.entry import set_fields
from desktop.usecases.forms import load_form
from desktop.usecases.workspace import create_data_file

LOTTERY = "qingtongxia.welfare_lottery_fund_elderly_share"
OFFICE = "qingtongxia.dept.minzheng"


def test_money_parts_are_shown_as_typed(tmp_path: Path) -> None:
    ws = create_data_file(tmp_path / "minzheng.sqlite", OFFICE)
    try:
        period = Period(2025, 2)
        set_fields(ws, EntryKey("qingtongxia", LOTTERY, OFFICE, str(period)),
                   {"numerator": "356.8", "denominator": "648.5"})
        form = load_form(ws, "qingtongxia", OFFICE, period)
    finally:
        ws.close()
    row = next(r for r in form.rows if r.indicator.id == LOTTERY)
    assert not row.findings
    model = EntryModel()
    shown = {c.key: model.display(row, i) for i, c in enumerate(COLUMNS)}
    assert (shown["numerator"], shown["denominator"], shown["value"]) == ("356.80", "648.50", "55.0%")
