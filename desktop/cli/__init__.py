"""`yinling`: a thin command line over the same library the window uses (DESIGN §9).

Exit status: 0 done, 1 the work found errors (nothing written), 2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.catalog import CatalogError
from desktop.cli import (
    catalog_cmds,
    data_cmds,
    history_cmds,
    import_cmds,
    package_cmds,
    plan_cmds,
    report_cmds,
    target_cmds,
)
from desktop.cli.output import EXIT_ERRORS, EXIT_OK
from desktop.errors import UserError
from desktop.logs import log_bug
from desktop.messages import LANGS, say, set_language


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --lang given before the sub-command is not overwritten by this default.
    common.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                        help="message language: zh (default) or en")
    parser = argparse.ArgumentParser(prog="yinling",
                                     description="银龄台账 — 老龄工作指标季度填报与汇总")
    # Its own --lang, not the parent's: parents share action objects, and a default set
    # here would then overwrite a --lang given before the sub-command.
    parser.add_argument("--lang", choices=LANGS, default="zh",
                        help="message language: zh (default) or en")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation works (catalogs, data file, report, window); exit 0 if so")
    parser.add_argument("--db", type=Path, metavar="F",
                        help="with no command: open the window on this data file")
    # For the start-up benchmark: open the window, paint it once, quit.
    parser.add_argument("--exit-after-start", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    catalog_cmds.register(commands, common)
    data_cmds.register(commands, common)
    report_cmds.register(commands, common)
    import_cmds.register(commands, common)
    plan_cmds.register(commands, common)
    target_cmds.register(commands, common)
    package_cmds.register(commands, common)
    history_cmds.register(commands, common)
    return parser


OPENED_SUFFIXES = (".ylpkg", ".xlsx")  # what a double-click hands the program (packaging/)


def opened_file(argv: Sequence[str]) -> tuple[list[str], Path | None]:
    """`yinling FILE` — a package or a report double-clicked, or dropped on the program: the
    file, and the rest of the arguments. A file after a command (`yinling import F`) is the
    command's."""
    rest = list(argv)
    skip = False
    for index, arg in enumerate(rest):
        if skip:
            skip = False
            continue
        if arg in ("--db", "--lang"):
            skip = True
            continue
        if arg.startswith("-"):
            continue
        if Path(arg).suffix.lower() in OPENED_SUFFIXES:
            return rest[:index] + rest[index + 1:], Path(arg)
        break
    return rest, None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv, opened = opened_file(sys.argv[1:] if argv is None else argv)
    set_language(_language_asked(argv))  # before parsing: argparse's refusals follow it too
    args = parser.parse_args(argv)
    args.opened = opened
    # The same as --exit-after-start, for a command line that must stay as a desktop entry
    # writes it (CI opens a package through the installed entry's Exec line).
    args.exit_after_start = args.exit_after_start or os.environ.get("YINLING_EXIT_AFTER_START") == "1"
    set_language(args.lang)
    _utf8_output()
    try:
        if args.selftest:
            from desktop.selftest import run_selftest

            return run_selftest()
        if args.handler is None:
            return catalog_cmds.run_program(args)
        return int(args.handler(args))
    except CatalogError as exc:
        print(say("catalog.error", args.lang, error=exc), file=sys.stderr)
        return EXIT_ERRORS
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERRORS
    except BrokenPipeError:
        # `yinling units | head`: the reader left; not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug: logged with its traceback, a short message on screen
        print(say("error.bug", args.lang, log=log_bug(exc, " ".join(sys.argv))), file=sys.stderr)
        return EXIT_ERRORS


def _language_asked(argv: Sequence[str]) -> str:
    """The --lang given anywhere on the line (before or after the command), or zh."""
    lang = "zh"
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    return lang


def _utf8_output() -> None:
    """Chinese text must print on a Windows console set to a legacy code page too."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8")
