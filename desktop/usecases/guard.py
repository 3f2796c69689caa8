"""What may change, decided in one place. Every path that writes a figure — typing,
paste, undo and redo, import, demo — asks here first (DESIGN §6):

- the quarter has begun and lies within the plan (`ensure_period`);
- the unit is the file's own, or one below it (代填, `proxy_for`): a town's file holds
  the town's figures, never a sibling's;
- the quarter is a draft: a submitted or locked quarter is changed by nothing until it
  is withdrawn or unlocked (`ensure_editable`).
"""

from __future__ import annotations

from desktop import clock
from desktop.catalog import Plan
from desktop.messages import Message, msg
from desktop.messages.keys import STATE_KEYS, STATE_UNDO_KEYS
from desktop.periods import Period
from desktop.rules.scope import period_problem
from desktop.store import values as store
from desktop.store.database import Database
from desktop.usecases.workspace import UseCaseError, Workspace


def state_word(state: str) -> Message:
    """草稿, 已报送 or 已锁定: a quarter's submission state as the user reads it."""
    return msg(STATE_KEYS[state])


def ensure_period(plan: Plan, period: Period) -> None:
    problem = period_problem(plan, period, clock.today())
    if problem is not None:
        raise UseCaseError(problem.key, **problem.params)


def proxy_for(ws: Workspace, unit: str) -> bool:
    """True when the file's office writes for a unit below it (代填); refuses any unit
    that is neither its own nor below it."""
    own = ws.own_unit
    ws.unit(unit)
    if not own or unit == own:
        return False
    if ws.catalog.units.is_within(unit, own):
        return True
    raise UseCaseError("entry.not_own_unit", own=ws.unit(own).name, unit=ws.unit(unit).name)


def ensure_editable(db: Database, ws: Workspace, plan_id: str, unit: str,
                    period: Period | str) -> None:
    state = store.submission_state(db, plan_id, unit, str(period))
    if state != store.DRAFT:
        shown = Period.parse(str(period)).shown
        raise UseCaseError("entry.not_draft", unit=ws.unit(unit).name, period=shown,
                           state=state_word(state), undo=msg(STATE_UNDO_KEYS[state]))


def ensure_writable(ws: Workspace, db: Database, plan: Plan, unit: str,
                    period: Period) -> bool:
    """All three; returns whether the write is 代填."""
    ensure_period(plan, period)
    proxy = proxy_for(ws, unit)
    ensure_editable(db, ws, plan.id, unit, period)
    return proxy
