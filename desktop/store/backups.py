"""The data file's backups: made with SQLite's backup API into the `backups` folder beside
it, named `{stem}-{sequence}-{date}-{time}-{tag}.sqlite`, the newest ten kept; the newest
one this program can open is offered when the file is damaged or too new."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from pathlib import Path

from desktop.store.migrations import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 10


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def _backup_name(path: Path) -> re.Pattern[str]:
    """`{stem}-{sequence}-{date}-{time}-{tag}.sqlite`; files of earlier versions have no
    sequence number and come before every numbered one."""
    return re.compile(rf"{re.escape(path.stem)}-(?:(\d{{6}})-)?(\d{{8}})-(\d{{6}})-([\w]+)\.sqlite",
                      re.ASCII)


def list_backups(path: Path) -> list[Path]:
    """Every backup of `path`, oldest first: in the order they were made (their sequence
    number), not by the clock, which may have been wrong when any of them was made."""
    pattern = _backup_name(path)
    try:
        found = [(m, b) for b in backups_dir(path).glob(f"{path.stem}-*.sqlite")
                 if (m := pattern.fullmatch(b.name))]
    except OSError:
        return []
    return [b for m, b in sorted(found, key=lambda f: (int(f[0].group(1) or 0), f[1].name))]


def backup_facts(path: Path, backup: Path) -> tuple[int, str, str]:
    """(sequence, date, tag) from a backup's name."""
    match = _backup_name(path).fullmatch(backup.name)
    assert match is not None
    return int(match.group(1) or 0), match.group(2), match.group(4)


def latest_backup(path: Path) -> Path | None:
    """The newest backup this program can open: ours, not newer, and passing its check."""
    return next((b for b in reversed(list_backups(path)) if _usable(b)), None)


def restore_backup(path: Path, backup: Path) -> Path:
    """Put `backup` in place of a damaged file; the damaged one is kept aside, not deleted.
    The copy is made beside the file first, so a failed restore changes nothing."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    fresh = path.with_name(f".{path.name}.restoring")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_atomic(source, fresh)
    finally:
        source.close()
    if path.exists():
        path.rename(aside)
    for suffix in ("-wal", "-shm"):
        stale = path.with_name(path.name + suffix)
        if stale.exists():
            stale.rename(aside.with_name(aside.name + suffix))
    os.replace(fresh, path)
    suspect_marker(path).unlink(missing_ok=True)
    return aside


def made_when(backup: Path) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(backup.stat().st_mtime))


def _usable(backup: Path) -> bool:
    try:
        with open(backup, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return False
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            return bool(app_id == APPLICATION_ID and version <= SCHEMA_VERSION
                        and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except (OSError, sqlite3.Error, UnicodeDecodeError):
        return False


def copy_atomic(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's backup API into a temporary file, moved into place only when complete:
    a full disk or a crash never leaves half a backup to be offered later."""
    partial = target.with_name(f".{target.name}.part")
    leftovers = [partial.with_name(partial.name + s) for s in ("", "-journal", "-wal", "-shm")]
    try:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException:
        for leftover in leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise


def prune_backups(path: Path) -> None:
    for old in list_backups(path)[:-BACKUPS_KEPT]:
        with contextlib.suppress(OSError):
            old.unlink()


def suspect_marker(path: Path) -> Path:
    return path.with_name(path.name + ".check")


def mark_suspect(path: Path) -> None:
    with contextlib.suppress(OSError):
        suspect_marker(path).touch()
