"""Damaging a diary file on purpose, the same way in every test that needs a damaged one."""

import sqlite3
from pathlib import Path

PAGE = 4096


def wreck_checkins_page(path: Path) -> bytes:
    """Overwrite the check-ins table's root page (keeping its header bytes); returns the damaged file's bytes."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'checkins'").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    data[PAGE * (root - 1) + 8 : PAGE * root] = b"\x00\xff" * ((PAGE - 8) // 2)
    path.write_bytes(bytes(data))
    return bytes(data)


def wreck_checkins_index(path: Path) -> bytes:
    """Scramble the second half of the check-ins' date index page: the file opens, but SQLite's quick check
    finds dozens of problems (all in one multi-line row). Returns the damaged file's bytes."""
    conn = sqlite3.connect(path)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_checkins_1'").fetchone()
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    data[PAGE * (page[0] - 1) + 2000 : PAGE * page[0]] = b"\x00\xff" * ((PAGE - 2000) // 2)
    path.write_bytes(bytes(data))
    return bytes(data)
