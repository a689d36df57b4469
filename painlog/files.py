"""Writing files the person asked for (exports, the summary PDF) safely: owner-only, under a temporary name,
moved into place only when complete."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path


class FileWriteError(OSError):
    """A file could not be written; the sentence says why, and nothing half-written was left."""


def _reason(error: OSError) -> str:
    if error.errno == 28 or "No space" in str(error):
        return "the disk is full"
    return error.strerror or str(error)


def write_file(out: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(partial)` to fill an owner-only temporary file, then move it to `out`."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise FileWriteError(f"{out} is a folder; give a file name")
    if not out.parent.is_dir():
        raise FileWriteError(f"The folder {out.parent} does not exist")
    partial = out.with_name(f".{out.name}.partial")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        write(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, out)
    except OSError as error:
        with suppress(OSError):
            partial.unlink()
        raise FileWriteError(f"Cannot write {out}: {_reason(error)}") from error
    return out


def write_folder(out: Path, write: Callable[[Path], None]) -> Path:
    """Fill a new owner-only folder (`out` must not exist, or be empty), built aside and moved into place."""
    out = Path(out).expanduser()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FileWriteError(f"{out} already exists and is not an empty folder; choose a new name")
    if not out.parent.is_dir():
        raise FileWriteError(f"The folder {out.parent} does not exist")
    partial = out.with_name(f".{out.name}.partial")
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(mode=0o700)
        write(partial)
        if out.exists():
            out.rmdir()
        os.replace(partial, out)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise FileWriteError(f"Cannot write {out}: {_reason(error)}") from error
    return out


def owner_only_open(path: Path, mode: str = "w", **kwargs: object):  # noqa: ANN201 - a file object
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    return open(fd, mode, **kwargs)  # noqa: SIM115 - the caller closes it
