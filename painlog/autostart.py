"""Starting painlog when the patient logs in, so its daily reminder works while the window is closed.

One small writer per platform, each making the file that platform documents for programs started at log-in:
- Linux and other XDG desktops: a desktop entry in $XDG_CONFIG_HOME/autostart (default ~/.config/autostart),
  per the freedesktop.org Desktop Application Autostart Specification;
- Windows: a command file in the user's Startup folder (%APPDATA%/Microsoft/Windows/Start Menu/Programs/Startup),
  which Windows runs at log-in; it starts pythonw (no console window stays open);
- macOS: a LaunchAgent property list in ~/Library/LaunchAgents with RunAtLoad, per launchd.plist(5).
Turning it off removes the file it wrote, and only that file.
"""

from __future__ import annotations

import plistlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from painlog.files import write_bytes

LABEL = "org.painlog.reminder"  # the LaunchAgent's label and file name
NAME = "painlog"


@dataclass(frozen=True)
class AutostartEntry:
    path: Path
    content: bytes


def start_command(executable: str | None = None) -> list[str]:
    """The command that starts painlog in the background (its window closed, in the tray)."""
    return [executable or sys.executable, "-m", "painlog", "--background"]


def _desktop_exec(command: Sequence[str]) -> str:
    """An Exec= line per the Desktop Entry Specification: arguments with spaces or specials double-quoted,
    with `"`, `` ` ``, `$` and `\\` escaped inside the quotes; a literal % doubled."""
    quoted = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        quoted.append(arg)
    return " ".join(quoted)


def linux_entry(command: Sequence[str], home: Path, environ: Mapping[str, str]) -> AutostartEntry:
    config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
    text = (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={NAME}\n"
        "Comment=Pain diary: the daily reminder\n"
        f"Exec={_desktop_exec(command)}\n"
        "Icon=painlog\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    return AutostartEntry(config / "autostart" / f"{NAME}.desktop", text.encode("utf-8"))


def windows_entry(command: Sequence[str], home: Path, environ: Mapping[str, str]) -> AutostartEntry:
    appdata = Path(environ.get("APPDATA") or home / "AppData" / "Roaming")
    startup = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
    executable, *args = command
    if executable.lower().endswith("python.exe"):  # pythonw: no console window stays open
        executable = str(PureWindowsPath(executable).with_name("pythonw.exe"))
    parts = " ".join(f'"{a}"' for a in (executable, *args))
    text = (
        f'@echo off\r\nrem Starts painlog for its daily reminder (remove this file to stop it).\r\nstart "" {parts}\r\n'
    )
    return AutostartEntry(startup / f"{NAME}.cmd", text.encode("utf-8"))


def macos_entry(command: Sequence[str], home: Path, environ: Mapping[str, str]) -> AutostartEntry:
    plist = {"Label": LABEL, "ProgramArguments": list(command), "RunAtLoad": True, "ProcessType": "Interactive"}
    return AutostartEntry(home / "Library" / "LaunchAgents" / f"{LABEL}.plist", plistlib.dumps(plist))


WRITERS = {"linux": linux_entry, "win32": windows_entry, "darwin": macos_entry}


def entry(platform: str = sys.platform, command: Sequence[str] | None = None, home: Path | None = None,
          environ: Mapping[str, str] | None = None) -> AutostartEntry:  # fmt: skip
    """The autostart file for `platform` (sys.platform; other Unix desktops follow XDG like Linux)."""
    import os

    writer = WRITERS.get(platform, linux_entry)
    return writer(command or start_command(), home or Path.home(), os.environ if environ is None else environ)


def enable(found: AutostartEntry) -> None:
    """Write the entry (replacing an older one of ours), owner-only like every file painlog writes."""
    found.path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(found.path, found.content, replace=True)


def disable(found: AutostartEntry) -> None:
    found.path.unlink(missing_ok=True)


def is_enabled(found: AutostartEntry) -> bool:
    return found.path.is_file()
