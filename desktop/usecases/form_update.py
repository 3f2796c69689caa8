"""Redrawing by what changed: which rows of an open form an operation's `Changes` can have
moved, and the form with only those rows (and only the checks that can have moved with
them) made again. An edit to one indicator re-runs its own checks and the rules that name
it; everything else on the form stays as it was read."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.catalog import Plan
from desktop.periods import Period
from desktop.records import EMPTY
from desktop.rules.checks import Finding, check_indicator, check_rules
from desktop.usecases.checking import baselines_for, entries_for_checks, submission_state
from desktop.usecases.forms import Form
from desktop.usecases.rows import row_for
from desktop.usecases.targets import own_targets
from desktop.usecases.workspace import Changes, Workspace


@dataclass(frozen=True)
class Redraw:
    """What of an open form to draw again: everything, or these rows (indicator ids) and
    the submission state."""

    everything: bool = False
    rows: frozenset[str] = frozenset()
    state: bool = False

    @property
    def nothing(self) -> bool:
        return not (self.everything or self.rows or self.state)


def redraw_for(ws: Workspace, form: Form, changes: Changes) -> Redraw:
    if changes.meta or changes.targets or changes.baselines:
        return Redraw(everything=True)
    here = (form.plan_id, form.unit, str(form.period))
    state = changes.submission == here
    rows: set[str] = set()
    consolidated = {r.indicator.id for r in form.rows if r.consolidated}
    for key in changes.entries:
        if key.plan != form.plan_id:
            continue
        if key.unit == form.unit and key.period == str(form.period):
            if key.indicator in consolidated:
                return Redraw(everything=True)  # shown added up with the units below
            rows.add(key.indicator)
        elif _feeds(ws, form, key.unit, key.period):
            return Redraw(everything=True)  # 本年累计, a jump, or the figures added up from below
    return Redraw(rows=frozenset(_with_rules(ws, form, rows)), state=state)


def _feeds(ws: Workspace, form: Form, unit: str, period: str) -> bool:
    """A value of another quarter of this unit, or of a unit below it, shows on the form."""
    if unit != form.unit and not ws.catalog.units.is_within(unit, form.unit):
        return False
    changed = Period.parse(period)
    return changed.year == form.period.year or changed == form.period.previous


def _with_rules(ws: Workspace, form: Form, rows: set[str]) -> set[str]:
    """The rows an edit can move: its own, and the rows whose rules name it (a rule's finding
    sits on its left-hand indicator)."""
    plan = ws.plan(form.plan_id)
    return rows | {rule.left for rule in plan.rules if rows & {rule.left, rule.right}}


def update_form(ws: Workspace, form: Form, redraw: Redraw) -> Form:
    """The form with `redraw.rows` read and checked again, and its state when asked."""
    state = submission_state(ws, form.plan_id, form.unit, form.period) if redraw.state else form.state
    if not redraw.rows:
        return replace(form, state=state)
    plan, period, rows = ws.plan(form.plan_id), form.period, redraw.rows
    entries = entries_for_checks(ws, plan, form.unit, period)
    baselines = baselines_for(ws, plan, form.unit, period.year - 1)
    ruled = [r for r in plan.rules if rows & {r.left, r.right}]
    fresh = [f for i in rows for f in check_indicator(plan, plan.indicator(i), period, entries,
                                                      baselines.get(i))]
    fresh += check_rules(plan, ruled, period, entries)
    moved = {r.id for r in ruled}
    findings = _in_order(plan, [f for f in form.findings if not _moved(f, rows, moved)] + fresh)
    by_cell: dict[str, list[Finding]] = {}
    for finding in findings:
        by_cell.setdefault(finding.indicator, []).append(finding)
    targets = own_targets(ws, plan, form.unit)
    quarters = set(period.quarters_to_date())
    new_rows = []
    for row in form.rows:
        if row.indicator.id not in rows:
            new_rows.append(row)
            continue
        found = tuple(by_cell.get(row.indicator.id, ()))
        if row.consolidated:  # figures from below: only its checks can have moved
            new_rows.append(replace(row, findings=found))
            continue
        ind = row.indicator
        history = {p: e for (i, p), e in entries.items() if i == ind.id and p in quarters}
        failing = any(f.blocking or not f.explained for f in found)
        shown = row_for(ind, period, history, baselines, form.unit == plan.region, failing=failing,
                        own_target=targets(ind, period.year))
        new_rows.append(replace(row, entry=history.get(period, EMPTY), shown=shown,
                                findings=found))
    return replace(form, state=state, rows=tuple(new_rows), findings=findings)


def _in_order(plan: Plan, findings: list[Finding]) -> tuple[Finding, ...]:
    """As a full check run lists them: by indicator in the plan's order, then the rules."""
    place = {ind.id: n for n, ind in enumerate(plan.indicators)}
    rule_place = {rule.id: n for n, rule in enumerate(plan.rules)}
    return tuple(sorted(findings, key=lambda f: (1, rule_place.get(str(f.params.get("rule")), 0))
                        if f.code == "rule" else (0, place.get(f.indicator, 0))))


def _moved(finding: Finding, rows: frozenset[str], rules: set[str]) -> bool:
    if finding.code == "rule":
        return finding.params.get("rule") in rules
    return finding.indicator in rows
