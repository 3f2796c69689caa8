"""`yinling export` and `yinling template`: the report workbook (DESIGN §5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.catalog import load_catalog
from desktop.cli.output import period_arg
from desktop.messages import say
from desktop.usecases.reports import export_report, write_template
from desktop.usecases.workspace import open_workspace


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", parents=[common], help="write a unit's quarterly report (.xlsx)")
    export.add_argument("--db", required=True, type=Path, metavar="F")
    _target(export)
    export.set_defaults(handler=run_export)
    template = commands.add_parser("template", parents=[common],
                                   help="write a blank template (.xlsx) for an office without the program")
    template.add_argument("--db", type=Path, metavar="F",
                          help="the county's data file: fills in the unit's 上年基数 and 本年累计 so far")
    _target(template)
    template.set_defaults(handler=run_template)


def _target(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--plan", required=True, metavar="ID")
    parser.add_argument("--unit", required=True, metavar="CODE")
    parser.add_argument("--period", required=True, type=period_arg, metavar="2025Q1")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        result = export_report(ws, args.plan, args.unit, args.period, args.output)
    print(say("export.done", args.lang, path=result.path, rows=result.rows))
    return 0


def run_template(args: argparse.Namespace) -> int:
    if args.db is not None:
        with open_workspace(args.db) as ws:
            result = write_template(ws.catalog, args.plan, args.unit, args.period, args.output, ws)
    else:
        result = write_template(load_catalog(), args.plan, args.unit, args.period, args.output)
    print(say("template.done", args.lang, path=result.path, rows=result.rows))
    return 0
