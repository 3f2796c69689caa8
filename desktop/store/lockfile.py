"""One program instance per data file, whatever path it is reached by.

On Linux and other POSIX systems the lock is a `flock` on the data file itself, taken
before SQLite opens it and held until after SQLite has closed it: it belongs to the file
(its device and inode), so a hard link or a symlink in another folder meets the same
lock, and the operating system drops it when the process dies (even kill -9 or a power
cut) — there is never a stale lock to clear by hand. A `flock` is independent of the
POSIX locks SQLite uses, and the descriptor that holds it is never closed during the
session, so it cannot drop them (closing *any* descriptor of the file would).

On Windows (locks there belong to a handle and block reads and writes, so the data file
itself cannot carry one) the lock is on `<resolved path>.lock`.

Beside the data file, `<file>.lock` records who holds it (process, computer, since) for
the message a second instance shows.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _lock_fd(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock_fd(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class LockHeld(Exception):
    def __init__(self, holder: dict[str, object]) -> None:
        self.holder = holder
        super().__init__(str(holder))


class InstanceLock:
    def __init__(self, data_file: Path) -> None:
        self.data_file = data_file
        self.path = data_file.with_name(data_file.name + ".lock")  # who holds it
        self._fd: int | None = None

    def acquire(self) -> None:
        """Raises LockHeld when another instance holds the file; OSError if it cannot be
        made. Creates an empty data file when there is none yet (SQLite takes it as new)."""
        target = self._locked_file()
        fd = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
        if not _lock_fd(fd):
            os.close(fd)  # never the data file's SQLite descriptors: ours, opened just now
            raise LockHeld(self._holder())
        self._fd = fd
        self._record()

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock_fd(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def _locked_file(self) -> Path:
        if sys.platform == "win32":  # pragma: no cover
            return Path(os.path.realpath(self.data_file)).with_name(
                Path(os.path.realpath(self.data_file)).name + ".lock")
        return self.data_file

    def _record(self) -> None:
        """Who holds the file, for a second instance's message (best effort: a folder
        that refuses the note does not stop the work). On Windows it is written after the
        locked first byte of the lock file, through the handle that holds the lock."""
        note = json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                           "since": time.strftime("%Y-%m-%d %H:%M:%S")}).encode("utf-8")
        try:
            if sys.platform == "win32":  # pragma: no cover
                assert self._fd is not None
                os.ftruncate(self._fd, 1)
                os.lseek(self._fd, 1, os.SEEK_SET)
                os.write(self._fd, note)
            else:  # never through a symlink planted in its place
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
                try:
                    os.write(fd, note)
                finally:
                    os.close(fd)
        except OSError:
            pass

    def _holder(self) -> dict[str, object]:
        try:
            with open(self._locked_file() if sys.platform == "win32" else self.path, "rb") as note:
                note.seek(1 if sys.platform == "win32" else 0)
                found = json.loads(note.read().decode("utf-8") or "{}")
            return found if isinstance(found, dict) else {}
        except (OSError, ValueError):
            return {}
