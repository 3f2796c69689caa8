"""One program instance per data file: an OS lock on `<file>.lock`.

The operating system drops the lock when the process dies (even on kill -9 or a power
cut), so there is never a stale lock to clear by hand. A second instance is refused with
the holder's process id, host and start time, before it touches the data file.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from pathlib import Path
from typing import IO

if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class LockHeld(Exception):
    def __init__(self, holder: dict[str, object]) -> None:
        self.holder = holder
        super().__init__(str(holder))


class InstanceLock:
    def __init__(self, data_file: Path) -> None:
        self.path = data_file.with_name(data_file.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Raises LockHeld when another process holds the lock; OSError if it cannot be made."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        if not _try_lock(handle):
            handle.seek(0)
            try:
                holder = json.loads(handle.read() or "{}")
            except ValueError:
                holder = {}
            handle.close()
            raise LockHeld(holder)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                 "since": time.strftime("%Y-%m-%d %H:%M:%S")}))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
