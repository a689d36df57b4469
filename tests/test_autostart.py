"""The log-in entry each platform documents: written where that platform looks, in its format, and removed."""

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from painlog import autostart

COMMAND = ["/opt/my python/bin/python3", "-m", "painlog", "--background"]


def test_linux_writes_a_valid_desktop_entry_in_xdg_autostart_and_removes_it(tmp_path):
    found = autostart.entry("linux", COMMAND, tmp_path, {})
    assert found.path == tmp_path / ".config" / "autostart" / "painlog.desktop"
    text = found.content.decode()
    assert text.startswith("[Desktop Entry]\nType=Application\nName=painlog\n")
    assert 'Exec="/opt/my python/bin/python3" -m painlog --background\n' in text
    assert autostart.entry("linux", COMMAND, tmp_path, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}).path == (
        tmp_path / "cfg" / "autostart" / "painlog.desktop"
    )
    autostart.enable(found)
    assert autostart.is_enabled(found) and found.path.read_bytes() == found.content
    assert found.path.stat().st_mode & 0o077 == 0  # owner-only, as every file painlog writes
    if shutil.which("desktop-file-validate"):  # freedesktop.org's own checker, where installed
        result = subprocess.run(["desktop-file-validate", str(found.path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    autostart.disable(found)
    assert not autostart.is_enabled(found) and found.path.parent.is_dir()
    autostart.disable(found)  # already off: nothing to do


@pytest.mark.parametrize(
    ("arg", "written"),
    [("plain", "plain"), ("with space", '"with space"'), ('say "hi"', '"say \\"hi\\""'), ("$HOME", '"\\$HOME"'),
     ("100%", "100%%")],
)  # fmt: skip
def test_exec_arguments_are_quoted_as_the_desktop_entry_specification_says(arg, written):
    assert autostart._desktop_exec([arg]) == written


def test_windows_writes_a_command_file_in_the_startup_folder_that_starts_pythonw(tmp_path):
    command = [r"C:\Python311\python.exe", "-m", "painlog", "--background"]
    found = autostart.entry("win32", command, tmp_path, {"APPDATA": r"C:\Users\ana\AppData\Roaming"})
    assert (
        found.path
        == Path(r"C:\Users\ana\AppData\Roaming")
        / "Microsoft"
        / "Windows"
        / "Start Menu"
        / "Programs"
        / ("Startup")
        / "painlog.cmd"
    )
    lines = found.content.decode().split("\r\n")
    assert lines[0] == "@echo off"
    assert lines[2] == r'start "" "C:\Python311\pythonw.exe" "-m" "painlog" "--background"'


def test_macos_writes_a_launch_agent_that_runs_at_load(tmp_path):
    found = autostart.entry("darwin", COMMAND, tmp_path, {})
    assert found.path == tmp_path / "Library" / "LaunchAgents" / "org.painlog.reminder.plist"
    plist = plistlib.loads(found.content)
    assert plist == {"Label": "org.painlog.reminder", "ProgramArguments": COMMAND, "RunAtLoad": True,
                     "ProcessType": "Interactive"}  # fmt: skip
