"""What a report workbook says, as plain data: built by the use cases, written by
`writer.py`, read back by the import. No openpyxl here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.catalog import Kind, Layout
from desktop.excel.signature import SigningKey

REPORT, TEMPLATE, CONSOLIDATED = "report", "template", "consolidated"
# The words of the 完成进度 column, by progress state (desktop.rules.derive.ProgressState).
PROGRESS_WORDS = {
    "met": "已达标", "on_track": "进度正常", "behind": "略有滞后", "off_track": "明显滞后",
    "towards": "向末年目标推进", "no_data": "", "no_target": "",
}
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ReportRow:
    indicator_id: str
    seq: str
    section: str
    name: str
    unit: str
    kind: Kind
    scale: float = 1.0
    denominator_name: str = ""  # what a per-capita figure is counted on (口径 of its base)
    target_text: str = ""
    attribute: str = ""
    responsible: str = ""
    baseline: float | None = None  # the figure (a rate in percent points)
    numerator: float | None = None
    denominator: float | None = None
    value: float | str | None = None  # 本季度 / 本年数: a number, or the status word or text
    year_to_date: float | None = None  # 本年累计
    progress_text: str = ""
    progress_state: str = ""
    note: str | None = None


@dataclass(frozen=True)
class ReportSheet:
    table_id: str
    title: str
    layout: Layout
    rows: tuple[ReportRow, ...]


@dataclass(frozen=True)
class ChildStatus:
    """One child unit in a consolidated report's 报送情况 sheet."""

    code: str
    name: str
    received: bool
    received_at: str = ""
    file: str = ""
    warnings: str = ""


@dataclass(frozen=True)
class ReportSpec:
    kind: str  # report | template | consolidated
    plan_id: str
    plan_version: int
    plan_short_title: str
    unit_code: str
    unit_name: str
    period: str  # 2025Q1
    year: int
    quarter: int
    as_of: str  # 统计截止 date, 2025-03-31
    made_at: str  # when the file was written
    clerk: str
    phone: str
    app_version: str
    sheets: tuple[ReportSheet, ...]
    # 代填: the office that filled in this unit's report when it is not the unit itself.
    filled_by_code: str = ""
    filled_by_name: str = ""
    # Consolidated reports only: indicator id → {child code: figure}, and each child's state.
    children: tuple[ChildStatus, ...] = ()
    detail: dict[str, dict[str, float | str | None]] = field(default_factory=dict)
    # The unit's key from its plan package (DESIGN §11): the report is signed with it.
    signing: SigningKey | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return f"{self.plan_short_title}指标完成情况统计表"

    @property
    def subtitle(self) -> str:
        return f"（{self.year}年第{self.quarter}季度）"
