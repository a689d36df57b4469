"""Which failures of SQLite and of the file system a person can act on, decided once, by error code.

A full disk, a read-only place, another program's lock, a damaged file, a drive that cannot be reached: each
is the person's to fix, and is said in one plain sentence. Anything else SQLite raises (a misused API, "no
such column", a constraint our own code broke) is a bug in painlog: it is raised again as it is, never turned
into a sentence that would hide it.

Error codes, never message text: SQLite's messages are not a stable interface, and a translated system says
them in another language. Standard library only (no sqlite3 either: the codes are read from the error), so the
file writer every layer shares can use it too.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


class Failure(Enum):
    """An environment problem the person can act on."""

    BUSY = "busy"  # another program (or painlog window) holds a lock on the file
    READ_ONLY = "read-only"  # the file, its folder or the drive may not be written
    FULL = "full"  # no room left on the disk
    DAMAGED = "damaged"  # the file is corrupt, or is not a database at all
    UNREACHABLE = "unreachable"  # the file cannot be opened, or the drive failed (pulled out, a network gone)


# SQLite's primary result codes (the low byte of an extended code such as SQLITE_READONLY_DBMOVED); their
# numbers are part of SQLite's stable interface (https://www.sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

SQLITE_FAILURES = {
    SQLITE_BUSY: Failure.BUSY,
    SQLITE_LOCKED: Failure.BUSY,
    SQLITE_PERM: Failure.READ_ONLY,
    SQLITE_READONLY: Failure.READ_ONLY,
    SQLITE_FULL: Failure.FULL,
    SQLITE_CORRUPT: Failure.DAMAGED,
    SQLITE_NOTADB: Failure.DAMAGED,
    SQLITE_CANTOPEN: Failure.UNREACHABLE,
    SQLITE_IOERR: Failure.UNREACHABLE,
}

OS_FAILURES = {
    errno.ENOSPC: Failure.FULL,
    errno.EDQUOT: Failure.FULL,  # over the person's quota: full, as far as they can tell
    errno.EROFS: Failure.READ_ONLY,
    errno.EACCES: Failure.READ_ONLY,
    errno.EPERM: Failure.READ_ONLY,
    errno.EIO: Failure.UNREACHABLE,
    errno.ENXIO: Failure.UNREACHABLE,
    errno.ENODEV: Failure.UNREACHABLE,
}


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks an English template for extraction (as painlog.domain.marks does; this module imports nothing of
    painlog): the app says it in its language with painlog.wording.refusals, the command line as it is."""
    return text


SENTENCES = {
    Failure.BUSY: QT_TR_NOOP(
        "{where} is in use by another program or painlog window, so {outcome}; wait a moment, then try again"
    ),
    Failure.READ_ONLY: QT_TR_NOOP(
        "painlog may not write in {where}, so {outcome}; check its permissions or choose another folder"
    ),
    Failure.FULL: QT_TR_NOOP("The disk is full, so {outcome}; free some space and try again"),
    Failure.DAMAGED: QT_TR_NOOP(
        "{where} is damaged, so {outcome}; close painlog and open it again to restore a backup"
    ),
    Failure.UNREACHABLE: QT_TR_NOOP(
        "painlog could not reach {where}, so {outcome}; check that the drive is connected, then try again"
    ),
}


def failure_of(error: BaseException) -> Failure | None:
    """The environment problem behind an sqlite3.Error or OSError, by its code; None when it is none of them.

    An sqlite3.Error raised by SQLite carries its result code (Python 3.11+); one raised by the sqlite3
    module itself (ProgrammingError: a closed connection, wrong parameters) has none and is never a failure
    of the environment.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return SQLITE_FAILURES.get(code & 0xFF)
    if isinstance(error, OSError) and error.errno is not None:
        return OS_FAILURES.get(error.errno)
    return None


def known_failure(error: BaseException) -> Failure:
    """The environment problem behind `error`; a bug (no such problem) is raised again as it is."""
    failure = failure_of(error)
    if failure is None:
        raise error  # its traceback kept, for the top level to report as the bug it is
    return failure


def sentence(failure: Failure, *, where: object, outcome: object) -> str:
    """The one sentence for `failure`: what happened (at `where`), that `outcome` (nothing was changed), what to do.

    `where` names the file or folder ("the diary", a path); `outcome` says what did not happen and that
    nothing was changed ("nothing was saved"). No full stop: callers end it (the command line adds one).
    """
    template, values = words(failure, where=where, outcome=outcome)
    said = template.format(**values)
    return said if said.startswith("painlog") else said[:1].upper() + said[1:]


def words(failure: Failure, *, where: object, outcome: object) -> tuple[str, dict[str, object]]:
    """`sentence`'s English template and its values, for an error the app says in its own language: `where` and
    `outcome` are then Phrases ("the diary", "nothing was saved", marked with QT_TR_NOOP), or a path."""
    return SENTENCES[failure], {"where": where, "outcome": outcome}


@dataclass(frozen=True)
class Phrase:
    """A part of a sentence that names something ("{out} was not written and nothing was changed"): an English
    template marked with QT_TR_NOOP, and its values. str() is the English; painlog.wording.refusals says it in
    the reader's language when it is a value of an error's template (a value that is plain text, a name or a
    path, is left as it is: only a Phrase is translated)."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)
