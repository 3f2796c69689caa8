"""What a report workbook says, as plain data: built by the use cases, written by
`writer.py`, read back by the import. No openpyxl here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.catalog import Kind, Layout
from desktop.excel.signature import SigningKey
from desktop.messages import Message

REPORT, TEMPLATE, CONSOLIDATED = "report", "template", "consolidated"
# The words of the 完成进度 column, by progress state (desktop.rules.derive.ProgressState):
# message keys (desktop/messages/words.py), rendered in Chinese in a report.
PROGRESS_KEYS = {
    "met": "progress.met", "on_track": "progress.on_track", "behind": "progress.behind",
    "off_track": "progress.off_track", "towards": "progress.towards",
    "exceeded": "progress.exceeded",
}
# The fill of a 完成进度 cell by progress state (RRGGBB), in the report and in the window alike.
PROGRESS_FILLS = {
    "met": "C6EFCE", "on_track": "C6EFCE", "behind": "FFEB9C", "off_track": "FFC7CE",
    "towards": "DDEBF7", "exceeded": "FFC7CE",
}
# The dashboard's bars: the states it counts, in its order, in stronger colours than a fill.
PROGRESS_BARS = {
    "met": "4caf50", "on_track": "8bc34a", "behind": "ffc107", "off_track": "e53935", "towards": "64b5f6",
}
QUARTER_WORDS = "一二三四"
# 报送情况's 来源文件 for a unit whose figures were typed into this data file, not imported.
ENTERED_HERE = "（本机录入）"
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
    target: Message | str = ""  # as the plan writes it, with what the program adds (（全域）)
    attribute: str = ""
    responsible: str = ""
    baseline: float | None = None  # the figure (a rate in percent points)
    numerator: float | None = None
    denominator: float | None = None
    value: float | str | None = None  # 本季度 / 本年数: a number, or the status word or text
    year_to_date: float | None = None  # 本年累计
    progress: Message | str = ""  # 完成进度 in words
    progress_state: str = ""
    note: str | None = None
    measure: str = ""  # stock | flow, for numbers
    whole_fields: tuple[str, ...] = ()  # input fields that take whole numbers only
    decimals: int = 0  # the decimals the plan writes this figure with (amounts)
    # The statistics layout's 上年同期: the same quarters of last year (a flow's 本年累计 then,
    # a stock's figure at the same quarter's end), or None with `last_year_missing`.
    last_year: float | None = None
    last_year_missing: bool = False
    # A blank template's 本年累计 = this figure (earlier quarters the county holds) + 本季度.
    prior_to_date: float | None = None
    ytd_formula: bool = False

    @property
    def target_text(self) -> str:
        """The target as the report prints it: Chinese, whatever the process's language."""
        return render_zh(self.target)

    @property
    def progress_text(self) -> str:
        """完成进度 as the report prints it: Chinese, whatever the process's language."""
        return render_zh(self.progress)

    @property
    def is_percent(self) -> bool:
        """Shown as a percentage: a rate, or a reference figure written with %."""
        return self.kind is Kind.RATE or self.unit.strip() in ("%", "％")


@dataclass(frozen=True)
class ReportSheet:
    table_id: str
    title: str
    layout: Layout
    rows: tuple[ReportRow, ...]
    form_code: str = ""  # 表号 and 制表机关 for the top right, where the catalog gives them
    form_issuer: str = ""


@dataclass(frozen=True)
class ChildStatus:
    """One child unit in a consolidated report's 报送情况 sheet."""

    code: str
    name: str
    received: bool
    received_at: str = ""
    file: str = ""
    warnings: str = ""
    changed_after_export: bool = False
    signature: str = ""  # 已验证 / 未验证 / 验证失败, once reports are signed (DESIGN §11)


@dataclass(frozen=True)
class DetailCell:
    """One unit's figure in 分单位明细."""

    value: float | str | None
    own_ytd: bool = False  # 本年累计 as the unit's own report stated it (earlier quarters missing)
    differs: bool = False  # a department's figure unlike the one counted: shown, never added


@dataclass(frozen=True)
class DetailRow:
    """One line of 分单位明细: an indicator's 本季度, 本年累计 or 期末数 for every unit."""

    row: ReportRow
    table: str  # the table's title, for grouping
    label: str  # 本季度 | 本年累计 | 期末数
    cells: dict[str, DetailCell]  # child code → figure (the units that add up, as columns)
    own: DetailCell | None  # 本级: the parent's own entry
    departments: tuple[tuple[str, DetailCell, bool], ...]  # (name, figure, counted)
    total: float | str | None


@dataclass(frozen=True)
class Detail:
    columns: tuple[tuple[str, str], ...] = ()  # (code, name) of the units shown as columns
    rows: tuple[DetailRow, ...] = ()
    with_departments: bool = False


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
    # Consolidated reports only: each child's state, 分单位明细, and the coverage line.
    children: tuple[ChildStatus, ...] = ()
    detail: Detail = field(default_factory=Detail)
    coverage: str = ""  # 汇总范围：应报 N 个单位，已报 M 个…
    explained: tuple[str, ...] = ()  # what 分单位明细's marks mean, for its notes
    # The unit's key from its plan package (DESIGN §11): the report is signed with it.
    signing: SigningKey | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return f"{self.plan_short_title}指标完成情况统计表"

    @property
    def subtitle(self) -> str:
        return f"（{self.year}年第{QUARTER_WORDS[self.quarter - 1]}季度）"

    @property
    def as_of_text(self) -> str:
        """统计截止 as the contract writes dates: 2025年6月30日."""
        return chinese_date(self.as_of)

    @property
    def made_on_text(self) -> str:
        return chinese_date(self.made_at[:10])


def render_zh(text: Message | str) -> str:
    return text.render("zh") if isinstance(text, Message) else text


def chinese_date(iso: str) -> str:
    """2025-06-30 → 2025年6月30日 (anything else as it is)."""
    parts = iso.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return iso
    return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"
