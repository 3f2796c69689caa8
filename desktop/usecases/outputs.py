"""Where a report may be written: a new file, or an existing workbook to replace. Never
the data file or its companions (-wal, -shm, lock, backups — by name, hard link or
symlink), never a folder, a device such as /dev/null, or a file that is not a workbook."""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.store.datafile import DataFile
from desktop.usecases.workspace import UseCaseError


def check_output_path(path: Path, data: DataFile | None = None, suffix: str = ".xlsx") -> None:
    if data is not None and data.owns(path):
        raise UseCaseError("output.data_file", path=path, data=data.path)
    try:
        info = path.stat()
    except FileNotFoundError:
        return  # a new file
    except OSError as exc:
        raise UseCaseError("output.unusable", path=path, reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise UseCaseError("output.not_a_file", path=path)
    if path.suffix.lower() != suffix:
        raise UseCaseError("output.not_a_workbook", path=path)


def is_data_file(path: Path, data: DataFile) -> bool:
    """An input that is the data file or a companion: never opened, not even to read it
    (closing any descriptor of the data file drops SQLite's POSIX locks)."""
    return data.owns(path)
