"""A writer for the crash test: autosaves edits through the use-case layer and prints an
acknowledgement after each one is committed, until it is killed.

    python -m tests.store.crash_writer DATA_FILE START
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.records import EntryKey
from desktop.usecases.entry import set_value
from desktop.usecases.workspace import create_data_file, open_workspace

PLAN = "qingtongxia"
INDICATORS = ("qingtongxia.home_aging_adaptation_households", "qingtongxia.family_care_beds",
              "qingtongxia.mutual_aid_service_members")
UNIT = "qingtongxia.daba"


def main(path: Path, start: int) -> None:
    ws = open_workspace(path) if path.exists() else create_data_file(path, "qingtongxia")
    n = start
    while True:
        n += 1
        indicator = INDICATORS[n % len(INDICATORS)]
        key = EntryKey(PLAN, indicator, UNIT, "2025Q1")
        set_value(ws, key, "value", str(n))
        # Only now, after the commit returned, is the edit shown as saved.
        sys.stdout.write(f"{indicator} {n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
