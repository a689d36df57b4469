"""The command line while another program has the diary open: commands that write refuse and name it,
commands that only read go on working."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.holder import HOLD_SQLITE_LOCK, OtherProgram


def painlog(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "painlog", *args], capture_output=True, text=True, timeout=120,
                          env=env)  # fmt: skip


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the folder, byte for byte, except the other program's lock file."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(".lock")}  # fmt: skip


@pytest.fixture
def demo_diary(tmp_path) -> tuple[Path, Path, Path]:
    """A demo diary with a backup and a JSON export of itself; returns the diary, the backup and the export."""
    diary = tmp_path / "diary.sqlite"
    assert painlog("demo", "--db", str(diary), "--days", "20").returncode == 0
    made = painlog("backup", "--db", str(diary))
    backup = Path(made.stdout.split(" to ", 1)[1].strip().rstrip("."))
    export = tmp_path / "out" / "e.json"
    export.parent.mkdir()
    assert painlog("export", "--db", str(diary), "--format", "json", "--out", str(export)).returncode == 0
    return diary, backup, export


def test_commands_that_write_refuse_while_the_app_has_the_diary_open(demo_diary, tmp_path):
    diary, backup, export = demo_diary
    with OtherProgram(diary) as app:
        before = snapshot(tmp_path)
        for command in (("demo", "--force"), ("import", str(export)), ("restore", str(backup))):
            result = painlog(command[0], "--db", str(diary), *command[1:])
            assert result.returncode == 1, command
            (line,) = result.stderr.strip().splitlines()
            assert f"open in another painlog (process {app.pid} on " in line and "nothing was changed" in line
            assert snapshot(tmp_path) == before, command


def test_commands_that_only_read_work_while_the_app_has_the_diary_open(demo_diary, tmp_path):
    diary, _, _ = demo_diary
    with OtherProgram(diary):
        for command in (("export", "--format", "csv", "--out", str(tmp_path / "out" / "e.zip")),
                        ("summary", "--out", str(tmp_path / "out" / "s.pdf")),
                        ("backup", "--out", str(tmp_path / "out" / "copy.sqlite")), ("check",)):  # fmt: skip
            result = painlog(command[0], "--db", str(diary), *command[1:])
            assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["copy.sqlite", "e.json", "e.zip", "s.pdf"]


def test_restore_refuses_while_another_program_holds_an_sqlite_lock(demo_diary, tmp_path):
    diary, backup, _ = demo_diary
    with OtherProgram(diary, HOLD_SQLITE_LOCK):
        before = snapshot(tmp_path)
        result = painlog("restore", "--db", str(diary), str(backup))
        assert result.returncode == 1
        assert "in use by another program" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert snapshot(tmp_path) == before
    conn = sqlite3.connect(diary)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
