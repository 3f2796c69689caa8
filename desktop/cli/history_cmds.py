"""`yinling undo` and `yinling history`: the audit's steps from the command line, through
the same use cases as the window's Ctrl+Z (usecases/undo.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.output import period_arg, print_json
from desktop.messages import say
from desktop.messages.keys import HOW_KEYS
from desktop.records import AuditRecord
from desktop.usecases import undo
from desktop.usecases.workspace import Workspace, open_workspace

EXIT_OK = 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    back = commands.add_parser("undo", parents=[common],
                               help="undo the last change (a typed value, a paste, a whole import)")
    back.add_argument("--db", required=True, type=Path, metavar="F")
    back.add_argument("--steps", type=_positive, default=1, metavar="N",
                      help="how many steps to undo, newest first (default 1)")
    back.set_defaults(handler=run_undo)
    past = commands.add_parser("history", parents=[common],
                               help="the changes recorded in a data file, newest first")
    past.add_argument("--db", required=True, type=Path, metavar="F")
    past.add_argument("--plan", metavar="ID")
    past.add_argument("--unit", metavar="CODE")
    past.add_argument("--period", type=period_arg, metavar="2025Q1")
    past.add_argument("--limit", type=_positive, default=200, metavar="N")
    past.add_argument("--json", action="store_true")
    past.set_defaults(handler=run_history)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: a whole number ≥ 1")
    return int(text)


def run_undo(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        for count in range(args.steps):
            if count and not undo.stack(ws).done:
                break  # fewer steps than asked: all undone
            step, changes = undo.undo_last(ws)
            how = undo.step_records(ws, step)[0].how
            print(say("undo.done", args.lang, step=step, how=_how(how, args.lang),
                      count=len(changes.audit_ids)))
    return EXIT_OK


def run_history(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        records = undo.history(ws, args.plan, args.unit, str(args.period) if args.period else None,
                               args.limit)
        if args.json:
            print_json([_as_dict(ws, r, args.lang) for r in records])
            return EXIT_OK
        if not records:
            print(say("history.none", args.lang))
        for r in records:
            shown = _as_dict(ws, r, args.lang)
            print(say("history.cli_line", args.lang, step=r.step, at=r.at, who=r.who,
                      how=shown["how_shown"], unit=shown["unit_name"], period=r.period,
                      indicator=shown["indicator_name"], field=r.field,
                      old="—" if r.old is None else r.old, new="—" if r.new is None else r.new))
    return EXIT_OK


def _as_dict(ws: Workspace, r: AuditRecord, lang: str) -> dict[str, object]:
    units = ws.catalog.units
    plan = ws.catalog.plan(r.plan) if r.plan in ws.catalog.plan_ids() else None
    name = plan.indicator(r.indicator).name if plan and r.indicator and plan.has_indicator(r.indicator) \
        else r.indicator
    of_step = say("history.of_step", lang, step=r.undoes) if r.undoes else ""
    return {"id": r.id, "step": r.step, "undoes": r.undoes, "at": r.at, "who": r.who, "how": r.how,
            "how_shown": _how(r.how, lang) + of_step, "plan": r.plan, "unit": r.unit,
            "unit_name": units.get(r.unit).name if r.unit in units else r.unit,
            "period": r.period, "indicator": r.indicator, "indicator_name": name,
            "field": r.field, "old": r.old, "new": r.new, "reason": r.reason,
            "proxy": bool(r.proxy)}


def _how(how: str, lang: str) -> str:
    return say(HOW_KEYS[how], lang) if how in HOW_KEYS else how
