"""`python -m desktop`: the same entry point as the `yinling` command."""

import sys

if __name__ == "__main__":  # not when a process-pool worker of the import imports this module
    from desktop.cli import main

    sys.exit(main())
