"""`yinling import --baseline --year 2024`: last year's figures as baselines."""

from __future__ import annotations

import argparse

from desktop.cli.output import print_json
from desktop.messages import say
from desktop.usecases.baselines import commit_baseline_import, plan_baseline_import
from desktop.usecases.workspace import UseCaseError, open_workspace


def run_baseline_import(args: argparse.Namespace) -> int:
    if args.year is None:
        raise UseCaseError("cli.baseline_year")
    mappings = {}
    for item in args.map:
        name, sep, indicator = item.partition("=")
        if not sep:
            raise UseCaseError("cli.map_form", item=repr(item))
        mappings[name.strip()] = indicator.strip()
    with open_workspace(args.db) as ws:
        plan = plan_baseline_import(ws, args.files, args.year, args.plan, args.unit, mappings)
        written = not plan.refused and not args.dry_run
        if written:
            commit_baseline_import(ws, plan)
        if args.json:
            print_json({"year": plan.year, "plan": plan.plan_id, "refused": plan.refused,
                        "dry_run": args.dry_run, "written": written, "files": [
                            {"file": str(f.path), "shape": f.shape, "values": len(f.values),
                             "changed_after_export": f.changed_after_export,
                             "unmatched": [{"name": u.name, "cell": u.where, "proposal": u.proposal}
                                           for u in f.unmatched],
                             "skipped": [str(p) for p in f.skipped],
                             "refusals": [str(p) for p in f.refusals]} for f in plan.files]})
        else:
            for f in plan.files:
                print(say("baseline.file", args.lang, file=f.path.name, shape=f.shape,
                          count=len(f.values)))
                if f.changed_after_export:
                    print("  " + say("import.changed", args.lang))
                for u in f.unmatched:
                    print("  " + say("baseline.unmatched", args.lang, name=u.name, cell=u.where,
                                     proposal=u.proposal or "?"))
                for p in f.skipped:
                    print(f"  − {p}")
                for p in f.refusals:
                    print(f"  ✗ {p}")
            key = "import.written" if written else (
                "import.dry_run" if not plan.refused else "import.refused")
            print(say(key, args.lang))
    return 1 if plan.refused else 0
