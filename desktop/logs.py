"""The log file: where a bug's traceback goes, so a clerk can send it to us.

Known environment failures (disk full, locked, damaged …) are messages, not bugs, and
are not logged with tracebacks.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

log = logging.getLogger("yinling")


def log_file() -> Path:
    override = os.environ.get("YINLING_LOG_DIR")
    if override:
        return Path(override) / "yinling.log"
    from platformdirs import user_log_path

    from desktop.paths import APP_AUTHOR, APP_NAME

    return user_log_path(APP_NAME, APP_AUTHOR) / "yinling.log"


def setup_logging() -> Path:
    """Log to a rotating file (1 MB × 3); safe to call more than once."""
    path = log_file()
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000,
                                                           backupCount=3, encoding="utf-8")
        except OSError:
            return path  # no log folder: the message on screen still reaches the user
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def log_bug(exc: BaseException, context: str) -> Path:
    path = setup_logging()
    log.error("unexpected error during %s", context, exc_info=exc)
    return path
