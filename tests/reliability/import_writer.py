"""A writer for the import crash test: imports a region's reports again and again, each
time the other version (A, B, A …) with --on-conflict replace, printing `C n` just before
the commit and `A n` once it returned, until it is killed.

    python -m tests.reliability.import_writer DATA_FILE FOLDER_A FOLDER_B
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.workspace import open_workspace


def main(path: Path, folders: dict[str, Path]) -> None:
    files = {name: sorted(folder.glob("*.xlsx")) for name, folder in folders.items()}
    ws = open_workspace(path)
    done = ws.data.db.execute("SELECT count(*) FROM import_log").fetchone()[0]
    while True:
        version = "AB"[done % 2]  # every import changes every figure
        plan = plan_import(ws, files[version], "replace")
        assert not plan.refused, [str(p) for f in plan.files for p in f.refusals]
        print(f"C {done + 1} {version}", flush=True)
        commit_import(ws, plan)
        done += 1
        print(f"A {done} {version}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), {"A": Path(sys.argv[2]), "B": Path(sys.argv[3])})
