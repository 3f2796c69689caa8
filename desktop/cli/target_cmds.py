"""`yinling targets import | list | set` (DESIGN §9): a county's 目标分解 — each unit's own
target — from a sheet, shown as a table, or set one at a time."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.output import print_json
from desktop.messages import say
from desktop.usecases.target_sheets import commit_targets_import, plan_targets_import
from desktop.usecases.targets import set_target, target_table
from desktop.usecases.workspace import UseCaseError, open_workspace


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    targets = commands.add_parser("targets", parents=[common],
                                  help="per-unit targets (目标分解): import from a sheet, list, set")
    sub = targets.add_subparsers(title="targets commands", metavar="COMMAND", required=True)
    imp = sub.add_parser("import", parents=[common], help="each unit's target from a sheet")
    imp.add_argument("--db", required=True, type=Path, metavar="F")
    imp.add_argument("--plan", required=True, metavar="ID")
    imp.add_argument("files", nargs="+", type=Path, metavar="SHEET.xlsx")
    imp.add_argument("--year", type=int, help="the targets' year (default: the year the sheet names)")
    imp.add_argument("--map", action="append", default=[], metavar="NAME=ID",
                     help="confirm a name's indicator (remembered, as for baselines)")
    imp.add_argument("--dry-run", action="store_true", help="show what would be set, write nothing")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=run_import)
    listing = sub.add_parser("list", parents=[common], help="the targets of a year, units × indicators")
    listing.add_argument("--db", required=True, type=Path, metavar="F")
    listing.add_argument("--plan", required=True, metavar="ID")
    listing.add_argument("--year", required=True, type=int)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    one = sub.add_parser("set", parents=[common], help="one unit's target (an empty text clears it)")
    one.add_argument("--db", required=True, type=Path, metavar="F")
    one.add_argument("--plan", required=True, metavar="ID")
    one.add_argument("--unit", required=True, metavar="CODE")
    one.add_argument("--year", required=True, type=int)
    one.add_argument("assignments", nargs="+", metavar="ID=TARGET")
    one.set_defaults(handler=run_set)


def run_import(args: argparse.Namespace) -> int:
    mappings = {}
    for item in args.map:
        name, sep, indicator = item.partition("=")
        if not sep:
            raise UseCaseError("baseline.bad_map", name=item, indicator="?", plan=args.plan)
        mappings[name.strip()] = indicator.strip()
    with open_workspace(args.db) as ws:
        plan = plan_targets_import(ws, args.plan, args.files, args.year, mappings)
        written = not plan.refused and not args.dry_run
        if written:
            commit_targets_import(ws, plan)
        if args.json:
            print_json({**plan.as_dict(), "dry_run": args.dry_run, "written": written})
            return 1 if plan.refused else 0
        for f in plan.files:
            print(say("targets.file", args.lang, file=f.path.name, shape=f.shape or "?",
                      count=len(f.targets)))
            for name in f.unmatched:
                print("  ? " + name)
            for p in f.skipped:
                print(f"  − {p}")
            for p in f.refusals:
                print(f"  ✗ {p}")
        if plan.replaces:
            print(say("targets.replaced", args.lang, count=plan.replaces))
        if plan.refused:
            print(say("targets.refused", args.lang))
        elif written:
            print(say("targets.written", args.lang, count=plan.count, year=plan.year))
        else:
            print(say("targets.dry_run", args.lang))
    return 1 if plan.refused else 0


def run_list(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        table = target_table(ws, args.plan, args.year)
        names = {code: ws.unit(code).name for code in table.units}
        if args.json:
            print_json({"plan": table.plan.id, "year": table.year,
                        "units": [{"code": c, "name": names[c]} for c in table.units],
                        "rows": [{"indicator": r.indicator.id, "name": r.indicator.name,
                                  "total": r.total.text if r.total else None,
                                  "total_value": r.total.value if r.total else None,
                                  "parts_sum": r.parts_sum,
                                  "parts": {u: {"value": t.value, "text": t.text}
                                            for u, t in r.parts.items()},
                                  "warning": r.warning.render(args.lang) if r.warning else None}
                                 for r in table.rows]})
            return 0
        for row in table.rows:
            if not row.parts and row.total is None:
                continue
            parts = "，".join(f"{names[u]} {t.text}" for u, t in row.parts.items()) or "—"
            total = row.total.text if row.total else "—"
            print(f"{row.indicator.name}：{total}｜{parts}")
            if row.warning is not None:
                print("  ! " + row.warning.render(args.lang))
    return 0


def run_set(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        for item in args.assignments:
            indicator, sep, text = item.partition("=")
            if not sep:
                raise UseCaseError("targets.not_a_number", name=item, text="")
            set_target(ws, args.plan, indicator.strip(), args.unit, args.year, text)
    return 0
