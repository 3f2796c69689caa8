"""The reliability suite's figures, printed at the end of the run (conftest.py): how many
kills were survived, edits checked, hostile inputs tried, and how many were lost,
half-written or ended in a traceback (each of the last three fails its test as well)."""

from __future__ import annotations

from collections import Counter

FIGURES: Counter[str] = Counter()

ORDER = (
    ("edit_kills", "writer kills during autosaved edits"),
    ("edits_checked", "acknowledged edits checked after the kills"),
    ("import_kills", "writer kills during a large import"),
    ("import_kills_in_commit", "  of them inside the import's commit"),
    ("imports_checked", "committed imports checked whole"),
    ("disk_full", "disk-full failures met (edit, import, export)"),
    ("hostile_inputs", "hostile or malformed workbooks tried"),
    ("datafile_faults", "data-file faults tried (damaged, read-only, moved, …)"),
    ("lost", "acknowledged edits lost"),
    ("half_written", "half-written imports, files or backups"),
    ("tracebacks", "tracebacks"),
)


def count(name: str, n: int = 1) -> None:
    FIGURES[name] += n


def lines() -> list[str]:
    return [f"{FIGURES[key]:>7}  {label}" for key, label in ORDER if key in FIGURES or key in
            ("lost", "half_written", "tracebacks")]
