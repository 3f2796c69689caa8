"""The frozen program's entry point: the same `desktop.cli.main` as `yinling` and
`python -m desktop` (no arguments opens the window; `--selftest`; every sub-command).

`freeze_support` first: a worker of the import's process pool is this same executable,
started with multiprocessing's arguments; it does its work and exits there."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
