"""`yinling package export | open` (DESIGN §9, §11): the county makes one plan package per
unit below it; a town opens its package once — the plan installed, its file's unit set,
its targets and its key in place."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.output import print_json
from desktop.messages import say
from desktop.usecases.packages import export_packages, open_package
from desktop.usecases.workspace import open_workspace


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    package = commands.add_parser("package", parents=[common],
                                  help="plan packages (.ylpkg): the county makes them, a town opens one")
    sub = package.add_subparsers(title="package commands", metavar="COMMAND", required=True)
    export = sub.add_parser("export", parents=[common], help="one package per unit below this office")
    export.add_argument("--db", required=True, type=Path, metavar="F")
    export.add_argument("--plan", required=True, metavar="ID")
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--unit", action="append", default=[], metavar="CODE", help="a unit (repeatable)")
    who.add_argument("--all-children", action="store_true", help="every unit directly below")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=run_export)
    opening = sub.add_parser("open", parents=[common],
                             help="a town: install the plan, set its unit, keep its key and targets")
    opening.add_argument("file", type=Path, metavar="FILE.ylpkg")
    opening.add_argument("--db", type=Path, default=None, metavar="F",
                         help="the data file (default: the usual one; made if there is none)")
    opening.add_argument("--clerk", default="", metavar="NAME", help="for a new data file")
    opening.add_argument("--phone", default="", metavar="P", help="for a new data file")
    opening.add_argument("--json", action="store_true")
    opening.set_defaults(handler=run_open)


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        made = export_packages(ws, args.plan, args.unit, args.output, args.all_children)
    if args.json:
        print_json({"plan": args.plan, "packages": [
            {"unit": m.unit, "unit_name": m.unit_name, "file": str(m.path), "issue": m.issue,
             "targets": m.targets} for m in made]})
        return 0
    for m in made:
        print(say("package.exported", args.lang, unit=m.unit_name, path=m.path, issue=m.issue,
                  targets=m.targets))
    if any(m.issue > 1 for m in made):
        print(say("package.retired_note", args.lang))
    return 0


def run_open(args: argparse.Namespace) -> int:
    ws, opened = open_package(args.file, args.db, clerk=args.clerk, phone=args.phone)
    with ws:
        package = opened.package
        unit = ws.unit(package.unit.code).name
        if args.json:
            print_json({"plan": package.plan_id, "version": package.plan_version,
                        "unit": package.unit.code, "unit_name": unit, "issuer": package.issuer_code,
                        "issue": package.issue, "targets": len(package.targets),
                        "installed": opened.installed, "replaced_version": opened.replaced_version,
                        "created": opened.created, "db": str(opened.path)})
            return 0
        if opened.installed:
            key = "package.updated" if opened.replaced_version else "package.installed"
            print(say(key, args.lang, plan=package.plan_title, version=package.plan_version,
                      old=opened.replaced_version))
        print(say("package.opened", args.lang, plan=package.plan_title, version=package.plan_version,
                  unit=unit, issuer=package.issuer_name, issue=package.issue,
                  targets=len(package.targets), path=opened.path))
    return 0
