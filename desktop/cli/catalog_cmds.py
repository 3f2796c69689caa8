"""`yinling catalog` and `yinling units`: what the shipped catalogs hold."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from desktop.catalog import Catalog, Kind, Plan, load_catalog
from desktop.catalog.export import catalog_to_dict, units_to_dict
from desktop.cli.output import print_json
from desktop.messages import say
from desktop.messages.keys import KIND_KEYS, LAYOUT_KEYS


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cat = commands.add_parser("catalog", parents=[common],
                              help="plans, tables, sections, indicators and targets")
    cat.add_argument("--plan", metavar="ID", help="only this plan")
    cat.add_argument("--json", action="store_true", help="one JSON document on stdout")
    cat.set_defaults(handler=run_catalog)
    units = commands.add_parser("units", parents=[common], help="the reporting-unit tree")
    units.add_argument("--json", action="store_true", help="one JSON document on stdout")
    units.set_defaults(handler=run_units)


def run_catalog(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    if args.plan and args.plan not in catalog.plan_ids():
        print(say("catalog.unknown_plan", args.lang, plan=args.plan,
                  plans=", ".join(catalog.plan_ids())), file=sys.stderr)
        return 2
    plan_ids = (args.plan,) if args.plan else None
    if args.json:
        print_json(catalog_to_dict(catalog, plan_ids))
        return 0
    for plan in catalog.plans:
        if plan_ids is None or plan.id in plan_ids:
            print("\n".join(plan_summary(catalog, plan, args.lang)))
            print()
    return 0


def run_units(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    if args.json:
        print_json(units_to_dict(catalog.units))
        return 0
    tree = catalog.units
    print(say("units.summary", args.lang, count=len(tree.units), roots=len(tree.roots)))
    for root in tree.roots:
        print(f"{root.name}  [{root.code}]")
        for unit in tree.descendants(root.code):
            depth = len(tree.ancestors(unit.code))
            print(f"{'  ' * depth}{unit.name}  [{unit.code}, {unit.type}]")
    return 0


def run_program(args: argparse.Namespace) -> int:
    """`yinling` alone opens the program (Qt is imported only now, only here)."""
    from desktop.ui.app import main as open_window

    return open_window(args.db, language="en" if args.lang == "en" else None,
                       exit_after_start=args.exit_after_start, opened=getattr(args, "opened", None))


def plan_summary(catalog: Catalog, plan: Plan, lang: str) -> list[str]:
    region = catalog.units.get(plan.region).name
    lines = [say("plan.header", lang, title=plan.title),
             say("plan.facts", lang, id=plan.id, version=plan.version, first=plan.years[0],
                 last=plan.years[1], region=region, source=plan.source_file)]
    for table in plan.tables:
        lines.append(say("plan.table", lang, title=table.title, count=len(table.indicator_ids),
                         sections=len(table.sections),
                         layout=say(LAYOUT_KEYS[table.layout.value], lang)))
    kinds = Counter(i.kind for i in plan.indicators)
    listed = "，".join(f"{say(KIND_KEYS[k.value], lang)} {kinds[k]}" for k in Kind if kinds[k])
    lines.append(say("plan.kinds", lang, total=len(plan.indicators),
                     kinds=listed if lang == "zh" else listed.replace("，", ", ")))
    numeric = sum(1 for i in plan.indicators if any(t.value is not None for t in i.targets))
    if plan.target_years:
        lines.append(say("plan.targets", lang, numeric=numeric,
                         years=", ".join(map(str, plan.target_years))))
    else:
        lines.append(say("plan.no_targets", lang))
    if plan.baselines:
        years = ", ".join(map(str, sorted({b.year for b in plan.baselines})))
        lines.append(say("plan.baselines", lang, count=len(plan.baselines), years=years))
    conflicts = sum(len(i.conflicts) for i in plan.indicators)
    if conflicts:
        lines.append(say("plan.conflicts", lang, count=conflicts))
    return lines
