"""One way to write: a transaction whose failures of the environment become plain sentences (a bug is raised
as it is), and nothing half-kept."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from painlog.domain.marks import QT_TR_NOOP
from painlog.storage.errors import DiaryWriteError
from painlog.storage.failures import Failure, Phrase, failure_of, known_failure, sentence
from painlog.storage.failures import words as failure_words

_savepoints = itertools.count(1)
THE_DIARY = Phrase(QT_TR_NOOP("the diary"))
NOTHING_SAVED = Phrase(QT_TR_NOOP("nothing was saved"))
READ_ONLY_WINDOW = QT_TR_NOOP(
    "This window shows the diary read-only, because another painlog has it open, so nothing was saved. "
    "Make the change in the other painlog window"
)


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Commit everything in the block or nothing; committed means on disk (synchronous=FULL).

    Nested blocks become savepoints, so a group of repository writes is still all-or-nothing.
    """
    savepoint = f"painlog_{next(_savepoints)}" if conn.in_transaction else None
    try:
        conn.execute(f"SAVEPOINT {savepoint}" if savepoint else "BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {savepoint}" if savepoint else "ROLLBACK")
                if savepoint:
                    conn.execute(f"RELEASE {savepoint}")
            raise
        try:
            conn.execute(f"RELEASE {savepoint}" if savepoint else "COMMIT")
        except sqlite3.Error:
            if conn.in_transaction and not savepoint:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        if _query_only(conn) and failure_of(error) is Failure.READ_ONLY:
            raise DiaryWriteError(READ_ONLY_WINDOW, values={}) from error
        refused = write_refused(error)
        raise DiaryWriteError(refused.template, values=refused.values) from error


def _query_only(conn: sqlite3.Connection) -> bool:
    """A diary opened read-only (another painlog has it open) refuses writes with PRAGMA query_only."""
    try:
        return bool(conn.execute("PRAGMA query_only").fetchone()[0])
    except sqlite3.Error:
        return False


def explain_write_error(error: sqlite3.Error) -> str:
    """The sentence for a write the environment refused; a bug (no such refusal) is raised again as it is."""
    return sentence(known_failure(error), where=THE_DIARY, outcome=NOTHING_SAVED)


def write_refused(error: sqlite3.Error) -> Phrase:
    """`explain_write_error` as a Phrase, for a sentence that goes on from it in the app's language."""
    return Phrase(*failure_words(known_failure(error), where=THE_DIARY, outcome=NOTHING_SAVED))
