"""Real errors raised by SQLite itself (with their result codes), each made the way it happens to a person."""

import sqlite3
from pathlib import Path

import pytest


def _raised(action) -> sqlite3.Error:  # noqa: ANN001 - a callable that must fail
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def _database(folder: Path, name: str) -> Path:
    path = folder / name
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return path


def full_disk(folder: Path) -> sqlite3.Error:
    """A database that may not grow (PRAGMA max_page_count): SQLite says the disk is full."""
    conn = sqlite3.connect(_database(folder, "full.sqlite"))
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    try:
        return _raised(lambda: conn.execute("INSERT INTO t VALUES (?)", ["x" * 100_000]))
    finally:
        conn.close()


def locked(folder: Path) -> sqlite3.Error:
    """Another connection holds a write transaction; ours cannot start one."""
    path = _database(folder, "locked.sqlite")
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")
    conn = sqlite3.connect(path, timeout=0)
    try:
        return _raised(lambda: conn.execute("BEGIN IMMEDIATE"))
    finally:
        conn.close()
        holder.rollback()
        holder.close()


def read_only(folder: Path) -> sqlite3.Error:
    """A file opened read-only (as SQLite does when the file or its drive may not be written)."""
    path = _database(folder, "read-only.sqlite")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _raised(lambda: conn.execute("INSERT INTO t VALUES (2)"))
    finally:
        conn.close()


def corrupt(folder: Path) -> sqlite3.Error:
    """A table's page overwritten with garbage, the file's header intact."""
    path = _database(folder, "corrupt.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE big (x)")
    conn.executemany("INSERT INTO big VALUES (?)", [["y" * 500] for _ in range(40)])
    conn.commit()
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'big'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * (root - 1) : page * root] = b"\x00\xff" * (page // 2)
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    try:
        return _raised(lambda: conn.execute("SELECT count(*), max(x) FROM big").fetchall())
    finally:
        conn.close()


def not_a_database(folder: Path) -> sqlite3.Error:
    """A file of garbage opened as a database."""
    path = folder / "garbage.sqlite"
    path.write_bytes(b"this is a letter, not a database " * 200)
    conn = sqlite3.connect(path)
    try:
        return _raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    finally:
        conn.close()


def cannot_open(folder: Path) -> sqlite3.Error:
    """A database in a folder that is not there (a drive not plugged in)."""
    return _raised(lambda: sqlite3.connect(folder / "missing" / "diary.sqlite"))


def no_such_column(folder: Path) -> sqlite3.Error:
    """Our own bug: a query naming a column the table does not have."""
    conn = sqlite3.connect(_database(folder, "bug.sqlite"))
    try:
        return _raised(lambda: conn.execute("SELECT nope FROM t"))
    finally:
        conn.close()


def broken_constraint(folder: Path) -> sqlite3.Error:
    """Our own bug: a row that breaks a constraint painlog's code should have checked first."""
    conn = sqlite3.connect(_database(folder, "constraint.sqlite"))
    conn.execute("CREATE TABLE u (x UNIQUE)")
    conn.execute("INSERT INTO u VALUES (1)")
    try:
        return _raised(lambda: conn.execute("INSERT INTO u VALUES (1)"))
    finally:
        conn.close()


def misused_api(folder: Path) -> sqlite3.Error:
    """Our own bug: the wrong number of parameters (the sqlite3 module's ProgrammingError, no SQLite code)."""
    conn = sqlite3.connect(_database(folder, "misuse.sqlite"))
    try:
        return _raised(lambda: conn.execute("SELECT ?", [1, 2]))
    finally:
        conn.close()
