"""`yinling plan import | check | add | list | remove` (DESIGN §3a, §9): a county's new plan
from its indicator table to an installed catalog, without code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.output import EXIT_ERRORS, EXIT_OK, print_json
from desktop.messages import say
from desktop.messages.keys import PLAN_WHERE_KEYS
from desktop.paths import default_data_file, office_catalogs_dir
from desktop.usecases import plan_import, plans
from desktop.usecases.workspace import UseCaseError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plan = commands.add_parser("plan", parents=[common],
                               help="a new plan from its indicator table: import, check, add, list, remove")
    sub = plan.add_subparsers(title="plan commands", metavar="COMMAND", required=True)
    draft = sub.add_parser("import", parents=[common], help="draft a catalog from an indicator table (.xlsx)")
    draft.add_argument("sheet", type=Path, metavar="SHEET.xlsx")
    draft.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    draft.add_argument("--id", default="", metavar="ID", help="the plan's id (lower case)")
    draft.add_argument("--title", default="", metavar="T")
    draft.add_argument("--years", default="", metavar="2026-2030")
    draft.add_argument("--sheet", dest="sheet_name", default=None, metavar="NAME",
                       help="the worksheet (default: the first)")
    where = draft.add_mutually_exclusive_group()
    where.add_argument("--region", default="", metavar="CODE", help="an existing region (yinling units)")
    where.add_argument("--region-name", default="", metavar="NAME", help="a new region's name")
    draft.add_argument("--units", type=Path, default=None, metavar="UNITS.xlsx",
                       help="with --region-name: a sheet of units (名称, 类型, 上级)")
    draft.add_argument("--units-list", default="", metavar='"A镇,B街道"',
                       help="with --region-name: the names of its towns and streets")
    draft.add_argument("--force", action="store_true", help="overwrite an earlier draft in DIR")
    draft.set_defaults(handler=run_import)
    check = sub.add_parser("check", parents=[common], help="check catalog files or folders")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_check)
    add = sub.add_parser("add", parents=[common], help="check, then install into the office's catalogs folder")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.set_defaults(handler=run_add)
    listing = sub.add_parser("list", parents=[common], help="shipped and added plans")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    remove = sub.add_parser("remove", parents=[common], help="take an added plan away")
    remove.add_argument("plan_id", metavar="ID")
    remove.add_argument("--db", type=Path, default=None, metavar="F",
                        help="the data file to look for its figures (default: the usual one)")
    remove.add_argument("--force", action="store_true", help="remove it although the data file holds figures (kept)")
    remove.set_defaults(handler=run_remove)


def run_import(args: argparse.Namespace) -> int:
    if args.region_name and not (args.units or args.units_list):
        raise UseCaseError("plans.region_needed")
    given = plan_import.UnitsGiven(
        region=args.region, region_name=args.region_name, sheet=args.units,
        names=tuple(n.strip() for n in args.units_list.replace("，", ",").replace("、", ",").split(",")
                    if n.strip()))
    years = plan_import.parse_years(args.years) if args.years else None
    result = plan_import.import_sheet(args.sheet, args.output, given, plan_id=args.id,
                                      title=args.title, years=years, sheet=args.sheet_name,
                                      overwrite=args.force)
    draft = result.draft
    print(say("plans.draft_written", args.lang, plan=result.plan_path, rows=len(draft.indicators)))
    if result.units_path is not None:
        print(say("plans.units_written", args.lang, units=result.units_path, count=len(draft.units)))
    for question in draft.questions:
        print(say("plans.plan_question", args.lang, question=question.render(args.lang)))
    for ind in draft.open_rows:
        for question in ind.questions:
            print(say("plans.question", args.lang, row=ind.row, name=ind.name,
                      question=question.render(args.lang)))
    count = len(draft.questions) + sum(len(i.questions) for i in draft.indicators)
    if count:
        print(say("plans.open_questions", args.lang, count=count, path=args.output))
        return EXIT_ERRORS
    print(say("plans.draft_complete", args.lang, path=args.output))
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    results = plans.check_candidates(plans.find_candidates(args.paths))
    failed = [r for r in results if not r.ok]
    if args.json:
        print_json({"ok": not failed, "files": [
            {"file": str(r.candidate.plan), "plan": r.plan.id if r.plan else None,
             "version": r.plan.version if r.plan else None, "ok": r.ok,
             "problems": [p.render(args.lang) for p in r.problems]} for r in results]})
        return EXIT_ERRORS if failed else EXIT_OK
    for result in results:
        if result.ok and result.plan is not None:
            print(say("plans.check_ok", args.lang, path=result.candidate.plan, plan=result.plan.id,
                      version=result.plan.version, rows=len(result.plan.indicators)))
        for problem in result.problems:
            print(problem.render(args.lang), file=sys.stderr)
    if failed:
        print(say("plans.check_failed", args.lang, count=len(failed)), file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    for plan in plans.add_plans(args.paths):
        print(say("plans.added", args.lang, plan=plan.id, version=plan.version,
                  path=office_catalogs_dir() / "plans"))
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    listed = plans.list_plans()
    if args.json:
        print_json({"office_folder": str(office_catalogs_dir()),
                    "plans": [p.as_dict() for p in listed]})
        return EXIT_OK
    print(say("plans.list_header", args.lang, folder=office_catalogs_dir()))
    for p in listed:
        print(say("plans.list_row", args.lang, id=p.id, version=p.version, title=p.title,
                  where=say(PLAN_WHERE_KEYS[p.origin], args.lang)))
        if p.problem:
            print(say("plans.broken", args.lang, error=p.problem))
        elif not p.active:
            print(say("plans.shadowed", args.lang, by=say(PLAN_WHERE_KEYS[p.by], args.lang),
                      version=p.by_version))
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    db = args.db or default_data_file()
    figures = (0, 0)
    if db.exists():
        from desktop.store import versions
        from desktop.store.datafile import DataFile

        with DataFile.open(db) as data:
            figures = versions.plan_figures(data.db, args.plan_id)
    removed = plans.remove_plan(args.plan_id, figures, args.force, str(db))
    print(say("plans.removed", args.lang, plan=removed.plan_id, path=removed.moved_to))
    if removed.values or removed.baselines:
        print(say("plans.kept_figures", args.lang, values=removed.values, baselines=removed.baselines))
    return EXIT_OK
