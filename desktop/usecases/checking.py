"""Running the checks (审核) of one unit's quarter, and changing its submission state."""

from __future__ import annotations

from desktop.catalog import Plan
from desktop.periods import Period
from desktop.records import BaselineValue, Entry, EntryKey
from desktop.rules.checks import Finding, check_unit_period
from desktop.store import values as store
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

_TRANSITIONS = {  # (from, to): what the user does
    (store.DRAFT, store.SUBMITTED): "submit",
    (store.SUBMITTED, store.DRAFT): "withdraw",
    (store.SUBMITTED, store.LOCKED): "lock",
    (store.DRAFT, store.LOCKED): "lock",
    (store.LOCKED, store.DRAFT): "unlock",
}
STATE_WORDS = {store.DRAFT: "草稿", store.SUBMITTED: "已报送", store.LOCKED: "已锁定"}


def run_checks(ws: Workspace, plan_id: str, unit: str, period: Period) -> list[Finding]:
    plan = ws.plan(plan_id)
    ws.unit(unit)
    return check_unit_period(plan, period, _entries_for_checks(ws, plan, unit, period),
                             baselines_for(ws, plan, unit, period.year - 1))


def _entries_for_checks(ws: Workspace, plan: Plan, unit: str, period: Period
                        ) -> dict[tuple[str, Period], Entry]:
    periods = [*Period.of_year(period.year), period.previous]
    rows = store.read_entries(ws.data.db, plan.id, [unit], [str(p) for p in set(periods)])
    return {(ind, Period.parse(p)): e for (ind, _u, p), e in rows.items()}


def baselines_for(ws: Workspace, plan: Plan, unit: str, year: int) -> dict[str, BaselineValue]:
    """A unit's 上年基数 for `year`: imported ones, else the catalog's seed figures."""
    found = {b.indicator_id: BaselineValue(b.indicator_id, b.unit_code, b.year, b.value,
                                           b.numerator, b.denominator, b.text)
             for b in plan.baselines if b.unit_code == unit and b.year == year}
    for (ind, _unit), base in store.read_baselines(ws.data.db, plan.id, [unit], year).items():
        found[ind] = base
    return found


def blocking(findings: list[Finding]) -> list[Finding]:
    """What stops submission and export: errors, and warnings nobody explained."""
    return [f for f in findings if f.blocking or not f.explained]


def submission_state(ws: Workspace, plan_id: str, unit: str, period: Period) -> str:
    return store.submission_state(ws.data.db, plan_id, unit, str(period))


def change_state(ws: Workspace, plan_id: str, unit: str, period: Period, to: str,
                 reason: str = "") -> Changes:
    """submit / withdraw / lock / unlock. Submitting is refused while checks fail;
    unlocking needs a reason, which the audit keeps."""
    ws.plan(plan_id)
    ws.unit(unit)
    current = submission_state(ws, plan_id, unit, period)
    action = _TRANSITIONS.get((current, to))
    if action is None:
        raise UseCaseError(f"{period} 的报表当前为“{STATE_WORDS[current]}”，不能改为“{STATE_WORDS.get(to, to)}”")
    if action == "unlock" and not reason.strip():
        raise UseCaseError("解锁需要填写原因")
    if action == "submit":
        problems = blocking(run_checks(ws, plan_id, unit, period))
        if problems:
            errors = sum(1 for f in problems if f.blocking)
            raise UseCaseError(f"审核未通过，不能报送：{errors} 个错误，"
                               f"{len(problems) - errors} 个警告未填写情况说明")
    key = EntryKey(plan_id, "", unit, str(period))
    with ws.data.writing() as db:
        store.write_submission_state(db, plan_id, unit, str(period), to, ws.clerk, reason or None)
        ids = store.append_audit(db, key, {"state": (current, to)}, "state", ws.clerk,
                                 reason or None)
    return Changes(submission=(plan_id, unit, str(period)), audit_ids=tuple(ids))
