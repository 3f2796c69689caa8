"""`yinling init`, `set`, `check` and `demo`: the data file from the command line."""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from desktop.cli.output import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, period_arg, print_json
from desktop.messages import say
from desktop.messages.keys import SEVERITY_KEYS, STATE_DONE_KEYS
from desktop.records import EntryKey
from desktop.rules.checks import Finding
from desktop.usecases import checking, demo, entry
from desktop.usecases.workspace import (
    ADDABLE_TYPES,
    UseCaseError,
    Workspace,
    create_data_file,
    open_workspace,
)

_SUFFIXES = {"num": "numerator", "den": "denominator", "note": "note"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[common], help="create a data file for an office")
    init.add_argument("--db", required=True, type=Path, metavar="F")
    init.add_argument("--unit", required=True, metavar="CODE",
                      help="the office's reporting unit (with --new-unit: its parent)")
    init.add_argument("--new-unit", metavar="NAME", help="add the office's unit under --unit")
    init.add_argument("--new-unit-type", default="town", choices=ADDABLE_TYPES)
    init.add_argument("--clerk", default="", metavar="NAME")
    init.add_argument("--phone", default="", metavar="P")
    init.set_defaults(handler=run_init)

    put = commands.add_parser("set", parents=[common], help="enter values (ID=VALUE ID.num=N ID.den=D ID.note=TEXT)")
    _scope(put, plan_required=True)
    put.add_argument("assignments", nargs="+", metavar="ID=VALUE")
    put.set_defaults(handler=run_set)

    check = commands.add_parser("check", parents=[common], help="run the checks (审核) of a quarter")
    _scope(check, plan_required=True)
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_check)

    for action, text in (("submit", "submit a quarter (refused while its checks fail)"),
                         ("withdraw", "withdraw a submitted quarter"),
                         ("lock", "lock a quarter: nothing changes it until unlocked"),
                         ("unlock", "unlock a locked quarter (--reason is required)")):
        state = commands.add_parser(action, parents=[common], help=text)
        _scope(state, plan_required=True)
        state.add_argument("--reason", default="", metavar="TEXT", help="kept in the history")
        state.set_defaults(handler=run_state, action=action)

    fill = commands.add_parser("demo", parents=[common], help="fill a data file with demo figures")
    fill.add_argument("--db", required=True, type=Path, metavar="F")
    fill.add_argument("--plan", metavar="ID", help="only this plan (default: all)")
    fill.set_defaults(handler=run_demo)


def _scope(parser: argparse.ArgumentParser, plan_required: bool) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="F")
    parser.add_argument("--plan", required=plan_required, metavar="ID")
    parser.add_argument("--unit", required=True, metavar="CODE")
    parser.add_argument("--period", required=True, type=period_arg, metavar="2025Q1")


def run_init(args: argparse.Namespace) -> int:
    if args.db.exists():
        raise UseCaseError("cli.exists", path=args.db)
    new_unit = (args.new_unit, args.new_unit_type) if args.new_unit else None
    with create_data_file(args.db, args.unit, clerk=args.clerk, phone=args.phone,
                          new_unit=new_unit) as ws:
        print(say("init.done", args.lang, path=args.db, unit=ws.unit(ws.own_unit).name))
    return EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        plan = ws.plan(args.plan)
        ws.unit(args.unit)
        grouped = _parse_assignments(ws, plan.id, args.assignments)
        # One transaction: every cell parsed and the quarter checked first, so one bad
        # value (or a submitted quarter, another office's unit) writes nothing.
        entry.set_many(ws, {EntryKey(plan.id, ind_id, args.unit, str(args.period)): fields
                            for ind_id, fields in grouped.items()}, how="typed")
        print(say("set.done", args.lang, count=sum(len(f) for f in grouped.values())))
        findings = [f for f in checking.run_checks(ws, plan.id, args.unit, args.period)
                    if f.indicator in grouped]
        for line in _finding_lines(ws, plan.id, findings, args.lang):
            print(line)
    return EXIT_OK


def _parse_assignments(ws: Workspace, plan_id: str, items: list[str]) -> dict[str, dict[str, str]]:
    plan = ws.plan(plan_id)
    grouped: dict[str, dict[str, str]] = defaultdict(dict)
    for item in items:
        target, sep, raw = item.partition("=")
        if not sep:
            raise UseCaseError("cli.assignment", item=repr(item))
        ind_id, field = target, ""
        if target.rsplit(".", 1)[-1] in _SUFFIXES and not plan.has_indicator(target):
            ind_id, suffix = target.rsplit(".", 1)
            field = _SUFFIXES[suffix]
        ind = ws.indicator(plan, ind_id)
        if not field:
            if ind.kind.has_parts:
                raise UseCaseError("cli.rate_parts", indicator=ind_id)
            field = "value" if ind.kind.is_number else "text"
        grouped[ind_id][field] = raw
    return dict(grouped)


def run_check(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        findings = checking.run_checks(ws, args.plan, args.unit, args.period)
        state = checking.submission_state(ws, args.plan, args.unit, args.period)
        errors = [f for f in findings if f.blocking]
        warnings = [f for f in findings if not f.blocking]
        if args.json:
            plan = ws.plan(args.plan)
            print_json({
                "plan": args.plan, "unit": args.unit, "period": str(args.period), "state": state,
                "errors": len(errors), "warnings": len(warnings),
                "unexplained_warnings": sum(1 for f in warnings if not f.explained),
                "findings": [{"severity": f.severity, "code": f.code, "indicator": f.indicator,
                              "name": plan.indicator(f.indicator).name, "field": f.field,
                              "explained": f.explained, "message": f.message(args.lang)}
                             for f in findings]})
        else:
            print(say("check.summary", args.lang, errors=len(errors), warnings=len(warnings),
                      explained=sum(1 for f in warnings if f.explained)))
            for line in _finding_lines(ws, args.plan, findings, args.lang):
                print(line)
    return EXIT_ERRORS if errors else EXIT_OK


def _finding_lines(ws: Workspace, plan_id: str, findings: list[Finding], lang: str) -> list[str]:
    plan = ws.plan(plan_id)
    lines = []
    for f in findings:
        word = say(SEVERITY_KEYS[f.severity], lang)
        done = say("check.explained", lang) if f.explained else ""
        lines.append(f"  [{word}] {plan.indicator(f.indicator).name} ({f.indicator}): "
                     f"{f.message(lang)}{done}")
    return lines


def run_state(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        checking.act(ws, args.plan, args.unit, args.period, args.action, args.reason)
        print(say(STATE_DONE_KEYS[args.action], args.lang, unit=ws.unit(args.unit).name,
                  period=args.period.shown))
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.db.exists():
        ws = open_workspace(args.db)
    else:
        from desktop.catalog import load_catalog

        catalog = load_catalog()
        region = catalog.plan(args.plan).region if args.plan else catalog.plans[0].region
        ws = create_data_file(args.db, region, clerk="演示")
    with ws:
        try:
            _changes, result = demo.fill_demo(ws, (args.plan,) if args.plan else None)
        except demo.DemoRefused as exc:
            print(str(exc), file=sys.stderr)
            return EXIT_USAGE
    print(say("demo.done", args.lang, values=result.values, baselines=result.baselines,
              units=result.units, seconds=f"{time.perf_counter() - started:.2f}", path=args.db))
    return EXIT_OK
