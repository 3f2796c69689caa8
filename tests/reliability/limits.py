"""The environment's limits, for real: a small filesystem that fills up, and a process
that cannot write where it has no permission even though the tests run as root.

A full disk is a tmpfs of a few MB mounted for the test when mounting works (root, as in
CI); otherwise SQLite's own limit (`PRAGMA max_page_count`) gives the same SQLITE_FULL
inside the real code path, and a file-size limit (RLIMIT_FSIZE) makes a report's save fail
the way a full disk does. Read-only places are tested in a child process whose root has
lost CAP_DAC_OVERRIDE (setpriv, util-linux), so file and folder modes apply to it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from tests.conftest import REPO


@dataclass
class SmallDisk:
    root: Path
    mounted: bool  # a real tmpfs; otherwise the SQLite page limit stands in for it

    def fill(self, db: sqlite_utils.Database | None = None) -> None:
        """No space left: the filesystem filled to the last byte, or the data file capped
        at the size it has now."""
        if self.mounted:
            handle = os.open(self.root / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            try:
                for block in (1 << 20, 4096, 1):  # down to the last byte
                    with contextlib.suppress(OSError):
                        while os.write(handle, b"\0" * block):
                            pass
            finally:
                os.close(handle)
        elif db is not None:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")

    def free(self, db: sqlite_utils.Database | None = None) -> None:
        if self.mounted:
            (self.root / "filler").unlink()
        elif db is not None:
            db.execute("PRAGMA max_page_count = 1073741823")

    @contextlib.contextmanager
    def full_for_files(self, room: int = 8192) -> Iterator[None]:
        """While inside, a file written here cannot grow: the disk is full, or (without a
        mount) no file may grow beyond `room` bytes, so writes fail with EFBIG."""
        if self.mounted:
            self.fill()
            try:
                yield
            finally:
                self.free()
            return
        import resource
        import signal

        old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
        old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, old_limit[1]))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
            signal.signal(signal.SIGXFSZ, old_handler)


def can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None and not os.environ.get(
        "YINLING_TEST_NO_MOUNT")


@contextlib.contextmanager
def small_disk(root: Path, megabytes: int = 24) -> Iterator[SmallDisk]:
    root.mkdir()
    mounted = can_mount() and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "yinling-test", str(root)],
        capture_output=True, check=False).returncode == 0
    try:
        yield SmallDisk(root, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(root)], check=False)


def unprivileged(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """`python args…` in a child that file and folder modes apply to: as root, without
    the capabilities that let root ignore them."""
    command = [sys.executable, *args]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable",
                   "--inh-caps=-all", *command]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
