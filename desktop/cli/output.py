"""How the CLI prints: one JSON document on stdout for --json (DESIGN §9)."""

from __future__ import annotations

import json
import sys
from typing import Any

# Exit status: 0 done, 1 the work found errors (nothing written), 2 a usage error.
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
