"""Reading many report files for an import: in a pool of processes, one per core, when
there are enough of them to repay starting it; in this process otherwise.

Each file is read exactly as in this process (the same reader, the same refusals: zip
bombs, DTDs, macros, forged cells …); only what was read comes back. The results come back
in the order of the files, whatever the order the workers finish in, so an import says
the same thing however it was read. The workers are started fresh ("spawn", as on
Windows, and as the frozen program does it through `multiprocessing.freeze_support`),
never forked from a window with threads running; anything that stops the pool from
working (no semaphores in a sandbox, a worker killed) reads the files here instead.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalog import Catalog
from desktop.excel.reader import Workbook, WorkbookRefused
from desktop.excel.report_reader import ReadReport, read_report
from desktop.messages import language, set_language

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

POOL_FROM = 24  # fewer files than this are read here: a worker takes ~0.3 s to start
FILES_PER_WORKER = 12  # no worker is started for fewer files than this



@dataclass
class FileRead:
    """One file as read: its digest and report, or why it could not be read."""

    path: Path
    sha256: str = ""
    report: ReadReport | None = None
    refusal: str = ""  # the reader's refusal (already naming the file), or an OSError's words
    os_error: bool = False  # the refusal is the system's: the file could not be read at all
    plan_id: str = ""  # from a worker: the report's plan, put back from this process's catalog


def read_file(path: Path, catalog: Catalog) -> FileRead:
    read = FileRead(path)
    try:
        read.sha256 = _sha256(path)
        with Workbook(path) as book:
            read.report = read_report(book, catalog)
    except WorkbookRefused as exc:
        read.refusal = str(exc)
    except OSError as exc:
        read.refusal, read.os_error = str(exc.strerror or exc), True
    return read


def read_files(paths: Sequence[Path], catalog: Catalog) -> Generator[FileRead, None, None]:
    """Every file read, in the order given, each as soon as it is (so the caller's own work
    on one file overlaps the reading of the next). A pool that fails, at its start or
    later, hands the rest of the files to this process."""
    done = 0
    workers = pool_size(len(paths))
    if workers > 1:
        from concurrent.futures.process import BrokenProcessPool  # not at start: ~15 ms

        try:
            for read in _pooled(paths, catalog, workers):
                yield read
                done += 1
            return
        except (OSError, BrokenProcessPool):
            pass  # the pool could not work here: the rest are read in this process
    for path in paths[done:]:
        yield read_file(path, catalog)


def pool_reads_as_here(path: Path, catalog: Catalog) -> bool:
    """Whether two workers started here read `path` as this process does (the self-test's
    proof that the frozen program's workers start); no falling back: a failure raises."""
    pooled = list(_pooled([path, path], catalog, 2))
    here = read_file(path, catalog)
    assert here.report is not None
    return all(r.report is not None and r.report.values == here.report.values
               and r.report.plan is here.report.plan for r in pooled)


def pool_size(files: int) -> int:
    """Workers for `files` files: the cores this process may use, none below POOL_FROM."""
    if files < POOL_FROM:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, files // FILES_PER_WORKER))


def _pooled(paths: Sequence[Path], catalog: Catalog, workers: int) -> Iterator[FileRead]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(16, len(paths) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker, initargs=(catalog, language())) as pool:
        try:
            for read in pool.map(_read_in_worker, paths, chunksize=chunk):
                if read.report is not None and read.plan_id:
                    read.report.plan = catalog.plan(read.plan_id)
                yield read
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


_CATALOG: list[Catalog] = []  # the worker's copy, sent once when it starts


def _start_worker(catalog: Catalog, lang: str) -> None:
    """A worker keeps the catalog and speaks the program's language (its refusals are read
    by the clerk as they are), and ends with the program: a program killed midway (power
    cut, kill -9) leaves no reader behind holding its files and its output."""
    import multiprocessing
    import threading

    _CATALOG.append(catalog)
    set_language(lang)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: BaseProcess) -> None:
    parent.join()  # returns when the program that started this worker is gone
    os._exit(0)


def _read_in_worker(path: Path) -> FileRead:
    read = read_file(path, _CATALOG[0])
    if read.report is not None and read.report.plan is not None:
        # The plan goes back by its id: the catalog's objects are this process's own.
        read.plan_id, read.report.plan = read.report.plan.id, None
    return read


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
