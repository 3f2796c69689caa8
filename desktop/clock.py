"""Today's date, asked in one place: which quarters have begun depends on it.

`YINLING_TODAY=2025-05-20` fixes it (tests, and an expert checking a past quarter's
behaviour); otherwise it is the computer's date.
"""

from __future__ import annotations

import os
from datetime import date


def today() -> date:
    fixed = os.environ.get("YINLING_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()
