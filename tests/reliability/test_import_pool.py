"""Many files are read in a pool of processes: what the import says is the same, in the
same order, as reading them one by one here — the hostile ones refused by the workers
with the same words, the data file itself never opened."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from desktop.usecases import reading
from desktop.usecases.importing import plan_import
from desktop.usecases.workspace import Workspace
from tests.reliability.hostile import WORKBOOKS


@pytest.fixture
def batch(daba_q2: Callable[[str], Path], region: dict[str, list[Path]], county: Workspace
          ) -> list[Path]:
    """Every hostile workbook, the region's good reports, a missing file and the data file."""
    files = []
    for case in WORKBOOKS:
        path = daba_q2(case.name)
        path.write_bytes(case.build(path.read_bytes()))
        files.append(path)
    files[3:3] = region["A"]
    files.insert(7, county.data.path)
    files.insert(11, files[0].with_name("gone.xlsx"))
    return files


def said(ws: Workspace, files: list[Path]) -> dict[str, object]:
    return plan_import(ws, files, "replace").as_dict()


def test_a_pool_of_workers_says_what_reading_here_says(
        batch: list[Path], county: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "POOL_FROM", 10**9)
    here = said(county, batch)
    monkeypatch.setattr(reading, "POOL_FROM", 2)
    monkeypatch.setattr(reading, "FILES_PER_WORKER", 1)
    monkeypatch.setattr(reading, "pool_size", lambda files: 2)  # even on one core
    pooled = said(county, batch)
    assert [f["file"] for f in pooled["files"]] == [str(p) for p in batch]  # type: ignore[index]
    assert pooled == here
    refused = [f for f in pooled["files"] if f["refusals"]]  # type: ignore[union-attr]
    assert len(refused) >= len([c for c in WORKBOOKS if c.refused]) + 2  # + gone, data file
    assert any(f["unit"] for f in pooled["files"] if not f["refusals"])  # type: ignore[union-attr]


def test_a_pool_that_cannot_start_reads_the_files_here(
        batch: list[Path], county: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "POOL_FROM", 10**9)
    here = said(county, batch)

    def no_semaphores(*_args: object, **_kwargs: object) -> object:
        raise OSError(38, "Function not implemented")  # as in a sandbox without /dev/shm

    monkeypatch.setattr(reading, "pool_size", lambda files: 2)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_semaphores)
    assert said(county, batch) == here


def test_a_pool_that_breaks_midway_leaves_the_rest_to_this_process(
        batch: list[Path], county: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "POOL_FROM", 10**9)
    here = said(county, batch)
    pooled = reading._pooled

    def breaks(paths: list[Path], catalog: object, workers: int) -> Iterator[reading.FileRead]:
        for n, read in enumerate(pooled(paths, catalog, workers)):  # type: ignore[arg-type]
            if n == 5:
                raise BrokenProcessPool("a worker was killed")
            yield read

    monkeypatch.setattr(reading, "pool_size", lambda files: 2)
    monkeypatch.setattr(reading, "_pooled", breaks)
    assert said(county, batch) == here


def test_a_handful_of_files_starts_no_pool() -> None:
    assert reading.pool_size(reading.POOL_FROM - 1) == 1
    assert reading.pool_size(100_000) >= 1


def test_cancelling_stops_the_reading(batch: list[Path], county: Workspace,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "pool_size", lambda files: 2)
    seen: list[int] = []

    def progress(done: int, total: int, name: str) -> bool:
        seen.append(done)
        return done < 3

    plan = plan_import(county, batch, "replace", progress=progress)
    assert plan.cancelled and plan.refused
    assert seen == [0, 1, 2, 3]
