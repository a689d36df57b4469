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
