"""Another program that has a diary open, run as a child process: a painlog holding the diary's lock, or any
program holding an SQLite lock on it. Used as a context manager; it stops when the block ends."""

import subprocess
import sys
from pathlib import Path

HOLD_LOCK = """
import sys, time
from pathlib import Path
from painlog.storage.lock import acquire
lock = acquire(Path(sys.argv[1]))
print("holding", flush=True)
sys.stdin.readline()
lock.release()
"""

HOLD_SQLITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
sys.stdin.readline()
conn.rollback()
"""


class OtherProgram:
    """A child process that has the diary open until the block ends."""

    def __init__(self, diary: Path, script: str = HOLD_LOCK) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", script, str(diary)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)  # fmt: skip
        self.pid = self.process.pid

    def __enter__(self) -> "OtherProgram":
        line = self.process.stdout.readline()
        assert line.strip() == "holding", "the other program did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.communicate("stop\n", timeout=30)
