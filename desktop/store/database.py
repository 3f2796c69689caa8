"""The open data file's database handle at run time: a plain sqlite3 connection with the
little the store uses of sqlite-utils — `execute`, `atomic()` transactions (nested ones
as savepoints, rolled back as a whole on any exception), `table_names()`.

sqlite-utils itself (its table API, ~50 ms to import) is loaded only to create or migrate
a file (`migrations.migrate`), never to open one that is up to date.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

_savepoints = itertools.count(1)


class Database:
    """`conn` in autocommit mode (isolation_level=None): each statement outside `atomic()`
    commits on its own, as sqlite-utils' `Database.execute` does."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction, committed on leaving and rolled back on any exception; inside
        another, a savepoint (the same semantics as sqlite-utils' `Database.atomic`)."""
        if self.conn.in_transaction:
            name = f"yinling_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a failure may have ended the transaction already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()
