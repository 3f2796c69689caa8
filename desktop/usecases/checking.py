"""Running the checks (审核) of one unit's quarter, and changing its submission state."""

from __future__ import annotations

from desktop.catalog import Plan
from desktop.periods import Period
from desktop.records import BaselineValue, Entry, EntryKey
from desktop.rules.checks import Finding, check_unit_period
from desktop.store import values as store
from desktop.usecases import guard
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

_TRANSITIONS = {  # (from, to): what the user does
    (store.DRAFT, store.SUBMITTED): "submit",
    (store.SUBMITTED, store.DRAFT): "withdraw",
    (store.SUBMITTED, store.LOCKED): "lock",
    (store.DRAFT, store.LOCKED): "lock",
    (store.LOCKED, store.DRAFT): "unlock",
}
ACTIONS = {"submit": store.SUBMITTED, "withdraw": store.DRAFT, "lock": store.LOCKED,
           "unlock": store.DRAFT}  # what the user does → the state it leads to


def run_checks(ws: Workspace, plan_id: str, unit: str, period: Period) -> list[Finding]:
    plan = ws.plan(plan_id)
    ws.unit(unit)
    return check_unit_period(plan, period, entries_for_checks(ws, plan, unit, period),
                             baselines_for(ws, plan, unit, period.year - 1))


def entries_for_checks(ws: Workspace, plan: Plan, unit: str, period: Period
                       ) -> dict[tuple[str, Period], Entry]:
    """What the checks of a quarter read: this year's quarters and the one before."""
    periods = {str(p): p for p in (*Period.of_year(period.year), period.previous)}
    rows = store.read_entries(ws.data.db, plan.id, [unit], list(periods))
    return {(ind, periods[p]): e for (ind, _u, p), e in rows.items()}


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
    return [f for f in findings if f.holds_back]


def submission_state(ws: Workspace, plan_id: str, unit: str, period: Period) -> str:
    return store.submission_state(ws.data.db, plan_id, unit, str(period))


def change_state(ws: Workspace, plan_id: str, unit: str, period: Period, to: str,
                 reason: str = "") -> Changes:
    """submit / withdraw / lock / unlock. Submitting is refused while checks fail;
    unlocking needs a reason, which the audit keeps."""
    plan = ws.plan(plan_id)
    guard.ensure_period(plan, period)
    proxy = guard.proxy_for(ws, unit)
    current = submission_state(ws, plan_id, unit, period)
    action = _TRANSITIONS.get((current, to))
    if action is None:
        raise UseCaseError("state.cannot_change", period=period.shown, unit=ws.unit(unit).name,
                           now=guard.state_word(current), to=guard.state_word(to))
    if action == "unlock" and not reason.strip():
        raise UseCaseError("state.unlock_reason")
    if action == "submit":
        problems = blocking(run_checks(ws, plan_id, unit, period))
        if problems:
            errors = sum(1 for f in problems if f.blocking)
            raise UseCaseError("state.checks_fail", errors=errors, warnings=len(problems) - errors)
    key = EntryKey(plan_id, "", unit, str(period))
    with ws.data.writing() as db:
        store.write_submission_state(db, plan_id, unit, str(period), to, ws.clerk, reason or None)
        ids = store.append_audit(db, key, {"state": (current, to)}, "state", ws.clerk,
                                 reason or None, proxy=proxy)
    return Changes(submission=(plan_id, unit, str(period)), audit_ids=tuple(ids))


def act(ws: Workspace, plan_id: str, unit: str, period: Period, action: str, reason: str = ""
        ) -> Changes:
    """`yinling submit|withdraw|lock|unlock`: the action named, or a refusal saying why
    (withdraw is for a submitted quarter, unlock for a locked one)."""
    current = submission_state(ws, plan_id, unit, period)
    to = ACTIONS[action]
    if _TRANSITIONS.get((current, to)) != action:
        raise UseCaseError("state.cannot_change", period=period.shown, unit=ws.unit(unit).name,
                           now=guard.state_word(current), to=guard.state_word(to))
    return change_state(ws, plan_id, unit, period, to, reason)
