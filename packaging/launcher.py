"""The frozen program's entry point: the same `desktop.cli.main` as `yinling` and
`python -m desktop` (no arguments opens the window; `--selftest`; every sub-command)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
