"""`yinling import` and `yinling consolidate` (DESIGN §6, §2)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.catalog import Catalog
from desktop.cli.output import period_arg, print_json
from desktop.messages import say
from desktop.messages.keys import FIELD_KEYS, TRUST_STATE_KEYS
from desktop.usecases.consolidating import consolidate
from desktop.usecases.importing import ON_CONFLICT, ImportPlan, commit_import, plan_import
from desktop.usecases.workspace import open_workspace


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    imp = commands.add_parser("import", parents=[common],
                              help="import reports (or, with --baseline, last year's figures)")
    imp.add_argument("--db", required=True, type=Path, metavar="F")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--baseline", action="store_true", help="the files are baseline sheets")
    imp.add_argument("--year", type=int, help="with --baseline: the year the figures are for")
    imp.add_argument("--plan", metavar="ID", help="with --baseline: the plan of a plain sheet")
    imp.add_argument("--unit", metavar="CODE", help="with --baseline: the unit of a long sheet")
    imp.add_argument("--map", action="append", default=[], metavar="NAME=ID",
                     help="with --baseline: confirm a name's indicator (remembered)")
    imp.add_argument("--period", type=period_arg, metavar="2025Q1", help="refuse other periods")
    imp.add_argument("--dry-run", action="store_true", help="show the summary, write nothing")
    imp.add_argument("--on-conflict", choices=ON_CONFLICT, default="fail")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=run_import)

    con = commands.add_parser("consolidate", parents=[common],
                              help="a parent unit's report from its children (汇总)")
    con.add_argument("--db", required=True, type=Path, metavar="F")
    con.add_argument("--plan", required=True, metavar="ID")
    con.add_argument("--unit", required=True, metavar="PARENT")
    con.add_argument("--period", required=True, type=period_arg, metavar="2025Q1")
    con.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    con.set_defaults(handler=run_consolidate)


def run_import(args: argparse.Namespace) -> int:
    if args.baseline:
        from desktop.cli.baseline_cmds import run_baseline_import

        return run_baseline_import(args)
    with open_workspace(args.db) as ws:
        plan = plan_import(ws, args.files, args.on_conflict, args.period)
        written = not plan.refused and not args.dry_run
        if written:
            commit_import(ws, plan)
        if args.json:
            print_json({**plan.as_dict(), "dry_run": args.dry_run, "written": written})
        else:
            print_summary(plan, args.lang, ws.catalog)
            key = "import.written" if written else (
                "import.dry_run" if not plan.refused else "import.refused")
            print(say(key, args.lang))
    return 1 if plan.refused else 0


def print_summary(plan: ImportPlan, lang: str, catalog: Catalog) -> None:
    for f in plan.files:
        head = f"{f.path.name}: {f.unit_name or '?'} {f.period or ''}".rstrip()
        print(head)
        if not f.refused or f.plan:
            print("  " + say("import.counts", lang, adds=f.adds, replaces=f.replaces, keeps=f.keeps,
                             conflicts=len(f.conflicts), warnings=len(f.warnings)))
        print("  " + say(TRUST_STATE_KEYS[f.signature], lang)
              + "".join(say("import.signature_note", lang, note=n) for n in f.signature_notes
                          if f.signature != "invalid"))
        if f.changed_after_export:
            print("  " + say("import.changed", lang))
        if f.filled_by:
            print("  " + say("import.filled_by", lang, office=f.filled_by))
        for c in f.conflicts[:20]:
            print("  ≠ " + say("import.conflict", lang, name=_name(catalog, f.plan, c.indicator),
                               field=say(FIELD_KEYS[c.field], lang), old=c.old, new=c.new))
        if f.clears:
            names = "、".join(dict.fromkeys(_name(catalog, f.plan, c.indicator) for c in f.clears))
            print("  − " + say("import.clears", lang, count=len(f.clears), names=names))
        for w in f.warnings[:20]:
            print(f"  ! {w.indicator}: {w.message(lang)}")
        for p in f.refusals:
            print(f"  ✗ {p}")


def _name(catalog: Catalog, plan_id: str, indicator: str) -> str:
    """An indicator as the clerk knows it: by its name in the catalog."""
    plan = catalog.plan(plan_id)
    return plan.indicator(indicator).name if plan.has_indicator(indicator) else indicator


def run_consolidate(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        result = consolidate(ws, args.plan, args.unit, args.period, args.output)
    print(say("consolidate.done", args.lang, path=args.output, received=result.received,
              missing=result.missing))
    return 0
