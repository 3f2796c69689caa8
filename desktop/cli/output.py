"""How the CLI reads a period and prints: one JSON document on stdout for --json (DESIGN §9)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.periods import Period, PeriodError

# Exit status: 0 done, 1 the work found errors (nothing written), 2 a usage error.
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def period_arg(text: str) -> Period:
    """`--period 2025Q1` (or 2025年第一季度): argparse's type, its refusal in the user's words."""
    try:
        return Period.parse(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
